"""Fact alignment recall on the five real seed articles, through the real stages.

ingest → extract → merge entities → copies → stories → ``compare_story`` over the Berlin
story, with that story's entities and copy pairs, exactly as :mod:`newsdesk.pipeline` runs
them. The expected pairs below were written by reading the seeds: each is one fact that two
outlets report in their own words, and both mentions must sit in the same fact.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.compare import compare_story
from newsdesk.model import Article, Comparison

# (article prefix, words in its mention, other article prefix, words in that mention)
EXPECTED_PAIRS = [
    ("001", "138 drones", "002", "more than 130 drones"),
    ("001", "235 Ukrainian drones", "002", "hundreds of Ukrainian drones"),
    ("002", "preventing renewed Russian aggression", "001", "prevent another wave of Russian aggression"),
    ("001", "arrived in Berlin on Sunday", "002", "began in Berlin on Sunday"),
    ("002", "abandon Ukraine’s longstanding bid", "004", "drop its long-standing bid"),
    ("000", "free economic zone", "001", "calling it unworkable"),
    ("000", "We stand where we stand", "004", "we stand where we stand"),
    ("001", "legally binding", "002", "legally binding"),
    ("000", "cease-fire along the current front line", "001", "freeze along the current line"),
    ("001", "national guard forces would remain", "002", "Russian forces would remain"),
    ("001", "Putin’s demand", "002", "withdraw forces"),
    ("002", "gaps remain", "003", "gaps between the sides"),
    ("001", "filled with diplomacy", "002", "filled with diplomacy"),
    ("002", "redrawing of Europe’s borders", "004", "redrawing of European borders"),
    ("000", "Russian troops would not have to withdraw", "001", "corresponding Russian pullback"),
    ("001", "meet German Chancellor Friedrich Merz", "002", "who met Mr Zelensky on Sunday"),
]


@pytest.fixture(scope="module")
def berlin(seeds_dir: Path) -> tuple[list[Article], Comparison]:
    from newsdesk.extract import extract_article, merge_entities
    from newsdesk.ingest import read_inputs
    from newsdesk.link import cluster_stories, find_copies

    articles = [it.article for it in read_inputs([str(seeds_dir)]) if hasattr(it, "article")]
    annotations = {a.id: extract_article(a) for a in articles}
    entities, _ = merge_entities([annotations[a] for a in sorted(annotations)])
    copies = find_copies(articles, annotations)
    stories = cluster_stories(articles, annotations, copies)
    story = max(stories, key=lambda s: len(s.article_ids))  # the Berlin talks
    members = set(story.article_ids)
    assert len(members) >= 4, [s.article_ids for s in stories]
    by_id = {a.id: a for a in articles}
    comparison = compare_story(
        story,
        [by_id[a] for a in story.article_ids],
        {a: annotations[a] for a in story.article_ids},
        [e for e in entities if any(m.article in members for m in e.mentions)],
        copies=[p for p in copies if p.a in members and p.b in members],
    )
    return [by_id[a] for a in story.article_ids], comparison


def _outlet(articles: list[Article]) -> dict[str, str]:
    return {a.id: a.outlet or a.id for a in articles}


def test_compare_seeds_pipeline_many_multi_outlet_facts(berlin) -> None:
    articles, comparison = berlin
    outlet = _outlet(articles)
    multi = [f for f in comparison.facts if len({outlet[m.article] for m in f.mentions}) >= 2]
    assert len(multi) >= 22, len(multi)  # measured 26 (was 16 with whole-sentence alignment)
    verdicts = {f.verdict for f in multi}
    assert {"consistent", "compatible", "compatible-with-rounding", "conflict"} <= verdicts


def test_compare_seeds_pipeline_expected_pairs_aligned(berlin) -> None:
    articles, comparison = berlin
    ids = {a.id[:3]: a.id for a in articles}
    missing = []
    for pa, wa, pb, wb in EXPECTED_PAIRS:
        together = any(any(m.article == ids[pa] and wa in m.text for m in f.mentions)
                       and any(m.article == ids[pb] and wb in m.text for m in f.mentions)
                       for f in comparison.facts)
        if not together:
            missing.append((pa, wa, pb, wb))
    assert len(missing) <= 1, missing  # one may slip as the extractors change


def test_compare_seeds_pipeline_third_year_and_few_false_conflicts(berlin) -> None:
    articles, comparison = berlin
    a004 = next(a.id for a in articles if a.id.startswith("004"))
    conflicts = [f for f in comparison.facts if f.verdict == "conflict"]
    third = [f for f in conflicts if any(m.article == a004 and "third year" in m.text for m in f.mentions)]
    assert third and {m.article for m in third[0].mentions} - {a004}
    assert len(conflicts) - 1 <= 2, [f.claim for f in conflicts]


def test_compare_seeds_pipeline_one_mention_per_article_and_spans(berlin) -> None:
    articles, comparison = berlin
    body = {a.id: a.body for a in articles}
    for f in comparison.facts:
        if f.claim.startswith("time elapsed"):
            continue  # elapsed-time facts gather every statement of the war's length
        arts = [m.article for m in f.mentions]
        assert len(arts) == len(set(arts)), f.claim
        for m in f.mentions:
            assert body[m.article][m.start:m.end] == m.text and m.text in m.sentence
