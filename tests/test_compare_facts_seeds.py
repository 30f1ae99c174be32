"""Fact alignment on the five real seed articles, treated as one story."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.compare import align_facts, compare_story
from newsdesk.model import Annotations, Article, Story


def _load(seeds_dir: Path) -> tuple[Story, list[Article], dict[str, Annotations], list]:
    from newsdesk.ingest import read_inputs

    arts = [it.article for it in read_inputs([str(p) for p in sorted(seeds_dir.glob("*.txt"))]) if hasattr(it, "article")]
    try:
        from newsdesk.extract import extract_article, merge_entities
    except ImportError:  # extract not available: compare falls back to its own light annotations
        anns, ents = {}, []
    else:
        anns = {a.id: extract_article(a) for a in arts}
        ents, _ = merge_entities(list(anns.values()))
    story = Story(id="seeds", label="Ukraine peace talks", article_ids=[a.id for a in arts], independent_sources=len(arts))
    return story, arts, anns, ents


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path):
    return _load(seeds_dir)


@pytest.fixture(scope="module")
def comparison(seeds):
    story, arts, anns, ents = seeds
    return compare_story(story, arts, anns, ents)


def _art(arts: list[Article], prefix: str) -> str:
    return next(a.id for a in arts if a.id.startswith(prefix))


def test_compare_facts_third_year_conflict_found(seeds, comparison) -> None:
    _, arts, _, _ = seeds
    a004 = _art(arts, "004")
    conflicts = [f for f in comparison.facts if f.verdict == "conflict"]
    war = [f for f in conflicts if any(m.article == a004 and "third year" in m.text for m in f.mentions)]
    assert war, [f.claim for f in conflicts]
    fact = war[0]
    others = {m.article for m in fact.mentions} - {a004}
    assert others, "the conflict must set 004 against at least one other article"
    assert "third year" in fact.detail and "cannot meet" in fact.detail  # the reasoning is spelled out


def test_compare_facts_at_most_two_false_conflicts(seeds, comparison) -> None:
    _, arts, _, _ = seeds
    a004 = _art(arts, "004")
    true = [f for f in comparison.facts if f.verdict == "conflict" and any(m.article == a004 for m in f.mentions)
            and "year" in f.detail]
    assert len([f for f in comparison.facts if f.verdict == "conflict"]) - len(true[:1]) <= 2


def test_compare_facts_multi_outlet_facts(seeds, comparison) -> None:
    _, arts, _, _ = seeds
    outlet = {a.id: (a.outlet or a.id) for a in arts}
    multi = [f for f in comparison.facts if f.verdict != "single-source"
             and len({outlet[m.article] for m in f.mentions}) >= 2]
    # measured 29 with clause-level alignment (was 19 with whole sentences, 24 before the
    # anchor rules, five of which only shared a name such as "Putin" and generic words)
    assert len(multi) >= 24, len(multi)
    verdicts = {f.verdict for f in multi}
    assert {"consistent", "compatible-with-rounding", "compatible", "conflict"} <= verdicts


def test_compare_facts_single_source_is_capped_and_substantive(seeds, comparison) -> None:
    single = [f for f in comparison.facts if f.verdict == "single-source"]
    assert 0 < len(single) <= 20, len(single)  # was 39, most of them bare quotations and asides
    for f in single:
        text = f.mentions[0].sentence
        assert not text.startswith(("It said", "“When we talk")), text


def test_compare_facts_drone_counts_are_rounding(seeds, comparison) -> None:
    rounding = [f for f in comparison.facts if f.verdict == "compatible-with-rounding"]
    texts = {m.text for f in rounding for m in f.mentions}
    assert "138 drones" in texts and "more than 130 drones" in texts


def test_compare_facts_mentions_point_into_bodies(seeds, comparison) -> None:
    _, arts, _, _ = seeds
    body = {a.id: a.body for a in arts}
    for f in comparison.facts:
        assert f.claim and f.detail and f.mentions
        for m in f.mentions:
            assert body[m.article][m.start:m.end] == m.text
            assert m.text in m.sentence or m.sentence in body[m.article]


def test_compare_facts_copies_are_one_source(seeds) -> None:
    from newsdesk.model import SyndicationPair

    story, arts, anns, ents = seeds
    a001, a004 = _art(arts, "001"), _art(arts, "004")
    copies = [SyndicationPair(a001, a004, "rewrite", 0.8)]
    facts = align_facts(story, arts, anns, ents, copies=copies)
    only_pair = [f for f in facts if {m.article for m in f.mentions} == {a001, a004}]
    assert only_pair
    for f in only_pair:
        assert f.verdict == "single-source" and "rewrite" in f.detail
