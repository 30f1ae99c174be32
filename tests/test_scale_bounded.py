"""Analysis in bounded memory: batches of any size give the same results as one big batch.

The pipeline reads articles in batches, keeps compact link summaries, stages copy pairs in
the store and builds comparison jobs a few stories at a time; copy detection lists
candidates by blocks and scores them with a bounded text cache; the neighbour graph is
pruned as it is gathered. Here every such size is made tiny, so that each batching path
really runs with many batches, and the export must equal the one of the default sizes.
"""
from __future__ import annotations

import pytest

import newsdesk.link.copies as copies_mod
import newsdesk.link.summary as summary_mod
import newsdesk.link.vectors as vectors_mod
import newsdesk.pipeline as pipeline_mod
from newsdesk.api import Desk
from newsdesk.engine import EngineConfig, open_engine
from newsdesk.ingest import Ingested, read_inputs
from newsdesk.link.minhash import LshIndex, lsh_candidates
from newsdesk.link.summary import LinkSummaries
from newsdesk.link.vectors import VectorConfig, _prune_to_neighbours, article_matrix, neighbour_edges
from newsdesk.synth import write_corpus

SERIAL = EngineConfig(kind="serial")
TINY = {  # (module, constant, value): one or two items per batch, block, cache and pruning step
    (pipeline_mod, "EXTRACT_BATCH", 2), (pipeline_mod, "READ_BATCH", 3), (pipeline_mod, "STAGE_ROWS", 2),
    (pipeline_mod, "COMPARE_BATCH_ARTICLES", 1), (copies_mod, "COPY_BLOCK", 2), (copies_mod, "SCORE_CACHE", 2),
    (vectors_mod, "SIM_PAIRS", 3), (vectors_mod, "PRUNE_MIN_EDGES", 4), (summary_mod, "ITEMS_PER_BLOCK", 2),
}


def export(desk: Desk) -> dict:
    doc = desk.export_dict()
    doc.pop("generator")
    return doc


def analyze_in_steps(db: str, parts: list[str], engine: EngineConfig = SERIAL) -> dict:
    with Desk(db) as desk:
        for part in parts:
            assert desk.ingest([part]).added
            desk.analyze(engine)
        return export(desk)


@pytest.fixture
def tiny(monkeypatch):
    for module, name, value in TINY:
        monkeypatch.setattr(module, name, value)


@pytest.fixture(scope="module")
def demo_reference(demo_corpus, tmp_path_factory) -> dict:
    return analyze_in_steps(str(tmp_path_factory.mktemp("ref") / "r.db"), [str(demo_corpus)])


def test_scale_bounded_tiny_batches_give_the_demo_export(demo_reference, demo_corpus, db_url, tiny):
    doc = analyze_in_steps(db_url, [str(demo_corpus)])
    assert doc["syndication"] and doc["stories"] and doc["entities"] and doc["facts"]
    assert doc == demo_reference


def test_scale_bounded_tiny_batches_on_a_pool_give_the_demo_export(demo_reference, demo_corpus, tmp_path, tiny,
                                                                   monkeypatch):
    import newsdesk.engine as engine_module

    monkeypatch.setattr(engine_module, "POOL_MIN_ITEMS", 1)
    doc = analyze_in_steps(str(tmp_path / "p.db"), [str(demo_corpus)], EngineConfig(kind="local", workers=2))
    assert doc == demo_reference


def test_scale_bounded_tiny_batches_incremental_synth_equals_default(tmp_path, monkeypatch):
    corpus = write_corpus(40, tmp_path / "c.jsonl", stories=5, seed=21)
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    parts = [tmp_path / "old.jsonl", tmp_path / "new.jsonl"]
    parts[0].write_text("".join(lines[:30]), encoding="utf-8")
    parts[1].write_text("".join(lines[30:]), encoding="utf-8")
    default = analyze_in_steps(str(tmp_path / "default.db"), [str(p) for p in parts])
    for module, name, value in TINY:
        monkeypatch.setattr(module, name, value)
    assert analyze_in_steps(str(tmp_path / "tiny.db"), [str(p) for p in parts]) == default
    assert len(default["syndication"]) > 10  # enough pairs for many staged batches and cache evictions


@pytest.fixture(scope="module")
def demo_summaries(demo_corpus) -> LinkSummaries:
    articles = sorted((i.article for i in read_inputs([str(demo_corpus)]) if isinstance(i, Ingested)),
                      key=lambda a: a.id)
    summaries = LinkSummaries()
    for a in articles:
        summaries.add(a)
    return summaries.finish()


@pytest.mark.parametrize("max_bucket", [1, 200])
def test_scale_bounded_lsh_blocks_list_the_candidates(demo_summaries, max_bucket):
    n = len(demo_summaries)
    expected = lsh_candidates(list(demo_summaries.signatures), max_bucket)
    index = LshIndex(demo_summaries.signatures, max_bucket)
    found = {divmod(int(c), n) for lo in range(0, n, 3) for c in index.pairs(lo, min(n, lo + 3))}
    assert expected and found == expected


def test_scale_bounded_neighbour_pruning_as_gathered_equals_pruning_once(demo_summaries, monkeypatch):
    n = len(demo_summaries)
    matrix = article_matrix(demo_summaries.word_docs, demo_summaries.name_docs(), VectorConfig())
    every = neighbour_edges(matrix, VectorConfig(neighbours=n)).as_dict()  # nothing pruned
    expected = _prune_to_neighbours(every, n, 2)
    assert 0 < len(expected) < len(every)
    monkeypatch.setattr(vectors_mod, "SIM_PAIRS", 2)
    monkeypatch.setattr(vectors_mod, "PRUNE_MIN_EDGES", 3)
    pruned = neighbour_edges(matrix, VectorConfig(neighbours=2))
    assert list(pruned.items()) == list(expected.items())  # same edges, values and order


def _tag(x: int) -> tuple[int, int]:
    return x, x * x


@pytest.mark.parametrize("kind", ["serial", "local", "dask"])
def test_scale_bounded_engine_stream_yields_each_batch_in_order(kind, monkeypatch):
    import newsdesk.engine as engine_module

    if kind == "dask":
        pytest.importorskip("dask.distributed")
    monkeypatch.setattr(engine_module, "POOL_MIN_ITEMS", 1)
    batches = [list(range(0, 5)), [], list(range(5, 40)), [40], list(range(41, 120))]
    seen = []
    with open_engine(EngineConfig(kind=kind, workers=2)) as engine:
        got = list(engine.stream(_tag, iter(batches), sum(map(len, batches)), seen.append))
    assert got == [[_tag(x) for x in b] for b in batches]
    assert sum(seen) == 120


def test_scale_bounded_store_publishes_staged_records_like_a_replace(db_url):
    with Desk(db_url) as desk:
        store = desk.store
        store.replace_results("pairs", [(f"k{i}", None, {"v": i}) for i in range(6)])
        store.stage_results("pairs", [("k9", None, {"v": 9}), ("stale", None, {"v": -1})])
        store.stage_results("pairs", [("k2", None, {"v": 22})])
        # k9 and k2 from the staged records, k4 and k0 kept, in this order; k1, k3, k5 and stale dropped
        store.publish_staged("pairs", [("k9", True), ("k4", False), ("k2", True), ("k0", False)])
        assert store.results("pairs") == [{"v": 9}, {"v": 4}, {"v": 22}, {"v": 0}]
        assert store.results("pairs~staged") == [] and store.results("pairs~old") == []
        pages = list(store.iter_results("pairs", page=3))
        assert [len(p) for p in pages] == [3, 1]
        assert sorted(d["v"] for p in pages for d in p) == [0, 4, 9, 22]
        assert store.results_by_key("pairs", ["k2", "missing", "k0"]) == {"k2": {"v": 22}, "k0": {"v": 0}}
        store.stage_results("pairs", [("k7", None, {"v": 7})])
        store.discard_staged("pairs")  # what a killed run left is dropped
        store.publish_staged("pairs", [("k0", False)])
        assert store.results("pairs") == [{"v": 0}]


def test_scale_bounded_story_entities_are_the_corpus_entities_cut_to_the_story(demo_corpus, tmp_path):
    from newsdesk.extract import merge_entities

    with Desk(str(tmp_path / "e.db")) as desk:
        desk.ingest([str(demo_corpus)])
        desk.analyze(SERIAL)
        annotations = desk.store.annotations()
        stories = desk.stories()
    entities, _ = merge_entities([annotations[a] for a in sorted(annotations)])
    # a second merge: packing empties the mention lists of the entities it is given
    packed = pipeline_mod._StoryEntities(merge_entities([annotations[a] for a in sorted(annotations)])[0])
    assert len(stories) > 1
    for story in stories:
        members = set(story.article_ids)
        expected = [(e.id, e.name, e.aliases, [m for m in e.mentions if m.article in members]) for e in entities]
        assert [(e.id, e.name, e.aliases, e.mentions) for e in packed.for_story(story.article_ids)] == \
            [x for x in expected if x[3]]
