"""find_copies with ``known``/``previous`` gives the full result without rescoring old pairs."""
from __future__ import annotations

from newsdesk.api import Desk
from newsdesk.engine import EngineConfig
from newsdesk.extract import extract_articles
from newsdesk.ingest import read_inputs
from newsdesk.link import copies as copies_mod
from newsdesk.link import find_copies
from newsdesk.synth import write_corpus


def _corpus(path):
    arts = [x.article for x in read_inputs([str(path)]) if hasattr(x, "article")]
    anns = {a.article: a for a in extract_articles(arts)}
    return sorted(arts, key=lambda a: a.id), anns


def _spy(monkeypatch) -> list[tuple[str, str]]:
    scored: list[tuple[str, str]] = []
    real = copies_mod._score

    def counting(a, fa, sa, b, fb, sb, *rest):
        scored.append((a.id, b.id))
        return real(a, fa, sa, b, fb, sb, *rest)

    monkeypatch.setattr(copies_mod, "_score", counting)
    return scored


def _check_two_batches(articles, anns, monkeypatch):
    half = len(articles) // 2
    first = articles[:half]
    old = find_copies(first, anns)
    full = find_copies(articles, anns)
    scored = _spy(monkeypatch)
    known = {a.id for a in first}
    again = find_copies(articles, anns, known=known, previous=old)
    assert again == full
    assert scored and not [p for p in scored if p[0] in known and p[1] in known]
    scored.clear()
    find_copies(first, anns)
    return len(scored)  # candidate pairs of the first batch alone: what the incremental run skipped


def test_link_copies_incremental_demo_corpus_equals_full(demo_corpus, monkeypatch):
    articles, anns = _corpus(demo_corpus)
    assert len(articles) >= 8
    _check_two_batches(articles, anns, monkeypatch)


def test_link_copies_incremental_synth_skips_old_pairs(tmp_path, monkeypatch):
    path = write_corpus(60, tmp_path / "c.jsonl", stories=4, seed=3)
    articles, anns = _corpus(path)
    skipped = _check_two_batches(articles, anns, monkeypatch)
    assert skipped > 0  # the first batch had candidate pairs, and none was scored again


def test_link_copies_incremental_changed_article_is_rescored(tmp_path, monkeypatch):
    path = write_corpus(40, tmp_path / "c.jsonl", stories=3, seed=4)
    articles, anns = _corpus(path)
    old = find_copies(articles, anns)
    assert old
    # a stale previous result: the pair of an unknown (changed) article must not be trusted
    target = old[0]
    stale = [p for p in old if p is not target]
    known = {a.id for a in articles} - {target.a}
    assert find_copies(articles, anns, known=known, previous=stale) == old


def test_link_copies_incremental_pipeline_matches_fresh(tmp_path, monkeypatch):
    path = write_corpus(40, tmp_path / "c.jsonl", stories=5, seed=21)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    old, new = tmp_path / "old.jsonl", tmp_path / "new.jsonl"
    old.write_text("".join(lines[:30]), encoding="utf-8")
    new.write_text("".join(lines[30:]), encoding="utf-8")
    serial = EngineConfig(kind="serial")
    with Desk(str(tmp_path / "incr.db")) as desk:
        desk.ingest([str(old)])
        desk.analyze(serial)
        first_ids = {a.id for a in desk.articles()}
        desk.ingest([str(new)])
        scored = _spy(monkeypatch)
        desk.analyze(serial)
        incremental = desk.copies()
        monkeypatch.undo()
    assert scored and all(not (a in first_ids and b in first_ids) for a, b in scored)
    with Desk(str(tmp_path / "fresh.db")) as desk:
        desk.ingest([str(path)])
        desk.analyze(serial)
        fresh = desk.copies()
    assert incremental == fresh and fresh
