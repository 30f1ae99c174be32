"""cluster_stories and independent_sources: seeds, incremental stability, folding copies."""
from __future__ import annotations

import random

import pytest

from newsdesk.link import cluster_stories, find_copies, independent_sources
from newsdesk.model import Article, Story, SyndicationPair


@pytest.fixture(scope="module")
def seeds(raw_seed_articles) -> dict[str, Article]:
    return raw_seed_articles


def _story_of(stories: list[Story]) -> dict[str, str]:
    return {a: s.id for s in stories for a in s.article_ids}


def test_seed_berlin_talks_form_one_story(seeds):
    articles = list(seeds.values())
    stories = cluster_stories(articles, copies=find_copies(articles))
    where = _story_of(stories)
    assert sorted(where) == sorted(a.id for a in articles)  # every article in exactly one story
    assert sum(len(s.article_ids) for s in stories) == len(articles)
    berlin = {where[seeds[k].id] for k in ("000", "001", "002", "004")}
    assert len(berlin) == 1
    story = next(s for s in stories if s.id in berlin)
    assert story.label and story.keywords
    assert story.first_seen is None and story.last_seen is None  # no article carries a date
    # 001 and 004 are one newsroom's text (rewrite): four articles, at most four sources
    assert story.independent_sources <= len(story.article_ids) - 1


def test_story_ids_deterministic_and_order_free(seeds):
    articles = list(seeds.values())
    first = cluster_stories(articles)
    shuffled = articles[:]
    random.Random(5).shuffle(shuffled)
    again = cluster_stories(shuffled)
    assert [s.as_dict() for s in again] == [s.as_dict() for s in first]
    assert [s.id for s in first] == [f"S{i}" for i in range(1, len(first) + 1)]


def test_incremental_keeps_existing_assignments(seeds):
    early = [seeds[k] for k in ("000", "001", "003")]
    before = cluster_stories(early)
    all_articles = list(seeds.values())
    after = cluster_stories(all_articles, copies=find_copies(all_articles), existing=before)
    old, new = _story_of(before), _story_of(after)
    for article_id, story_id in old.items():
        assert new[article_id] == story_id
    assert {s.id for s in before} <= {s.id for s in after}
    assert sorted(new) == sorted(a.id for a in all_articles)
    # 004 rewrites 001, so it joins 001's story
    assert new[seeds["004"].id] == new[seeds["001"].id]


def test_incremental_never_merges_two_existing_stories(seeds):
    existing = [
        Story(id="berlin", label="", article_ids=[seeds["000"].id], independent_sources=1),
        Story(id="berlin-2", label="", article_ids=[seeds["001"].id], independent_sources=1),
    ]
    after = cluster_stories(list(seeds.values()), existing=existing)
    where = _story_of(after)
    assert where[seeds["000"].id] == "berlin"
    assert where[seeds["001"].id] == "berlin-2"
    assert len({s.id for s in after}) == len(after)


def test_dates_set_first_and_last_seen():
    text = "Flood waters rose in the river valley on Monday as rain continued, officials in Passau said."
    articles = [
        Article(id="x1", source="t", body=text, content_hash="1", published="2025-06-02"),
        Article(id="x2", source="t", body=text + " More rain is expected.", content_hash="2", published="2025-06-03T08:00:00"),
    ]
    (story,) = cluster_stories(articles)
    assert story.first_seen == "2025-06-02" and story.last_seen == "2025-06-03T08:00:00"


def test_empty_input():
    assert cluster_stories([]) == []


def _a(article_id: str, outlet: str | None) -> Article:
    return Article(id=article_id, source="t", body="x", content_hash=article_id, outlet=outlet)


def test_independent_sources_folds_copies_and_outlets():
    by_id = {a.id: a for a in [_a("a", "Wire"), _a("b", "Paper"), _a("c", "Daily"), _a("d", "daily"), _a("e", None)]}
    copies = [SyndicationPair(a="a", b="b", kind="syndicated", similarity=0.8)]
    assert independent_sources(["a", "b", "c", "d", "e"], by_id, copies) == 3  # {a,b} {c,d} {e}
    assert independent_sources(["a", "b", "c", "d", "e"], by_id, []) == 4  # {a} {b} {c,d} {e}
    assert independent_sources(["a", "c"], by_id, copies) == 2
    assert independent_sources([], by_id, copies) == 0


def test_story_counts_independent_sources(seeds):
    articles = list(seeds.values())
    copies = find_copies(articles)
    stories = cluster_stories(articles, copies=copies)
    by_id = {a.id: a for a in articles}
    for story in stories:
        assert story.independent_sources == independent_sources(story.article_ids, by_id, copies)


def test_seed_earlier_paris_meeting_is_its_own_story_when_dated(seeds):
    # Publication dates of the scraped pages: 003 (Paris, Macron) ran on 1 December,
    # the Berlin reports on 14 December. Far-apart dates weaken same-event evidence.
    articles = []
    for key, article in sorted(seeds.items()):
        data = article.as_dict()
        data["published"] = "2025-12-01" if "Published_Date: 2025-12-01" in article.body else "2025-12-14"
        articles.append(Article.from_dict(data))
    stories = cluster_stories(articles, copies=find_copies(articles))
    where = _story_of(stories)
    assert len({where[seeds[k].id] for k in ("000", "001", "002", "004")}) == 1
    assert where[seeds["003"].id] != where[seeds["000"].id]
    paris = next(s for s in stories if seeds["003"].id in s.article_ids)
    assert paris.first_seen == paris.last_seen == "2025-12-01"


def test_clusters_with_extract_annotations(seeds):
    extract = pytest.importorskip("newsdesk.extract")
    if not hasattr(extract, "extract_article"):
        pytest.skip("newsdesk.extract.extract_article is not there yet")
    articles = list(seeds.values())
    annotations = {a.id: extract.extract_article(a) for a in articles}
    stories = cluster_stories(articles, annotations, copies=find_copies(articles, annotations))
    where = _story_of(stories)
    assert len({where[seeds[k].id] for k in ("000", "001", "002", "004")}) == 1


def test_rerun_with_own_result_changes_nothing(seeds):
    articles = list(seeds.values())
    copies = find_copies(articles)
    first = cluster_stories(articles, copies=copies)
    again = cluster_stories(articles, copies=copies, existing=first)
    assert [s.as_dict() for s in again] == [s.as_dict() for s in first]


def test_far_dates_joined_by_coverage_in_between_are_not_far():
    # a report on day 0, a follow-up on day 5, another on day 10: the day-0 and day-10 reports
    # are 10 days apart but the day-5 report, similar to both, continues the story between them
    import datetime as dt

    import numpy as np

    from newsdesk.link.cluster import ClusterConfig, far_apart

    d0 = dt.date(2031, 3, 2)
    first, second = np.array([0, 1, 0]), np.array([1, 2, 2])
    sim = np.array([0.5, 0.5, 0.4])
    days = [d0, d0 + dt.timedelta(days=5), d0 + dt.timedelta(days=10)]
    assert far_apart(days, first, second, sim, ClusterConfig()).tolist() == [False, False, False]
    # nothing dated between them: the day-0 and day-10 reports are far apart
    assert far_apart([d0, None, days[2]], first, second, sim, ClusterConfig()).tolist() == [False, False, True]
    # a middle report too unlike them to share a story chains nothing
    weak = np.array([0.01, 0.01, 0.4])
    assert far_apart(days, first, second, weak, ClusterConfig()).tolist() == [False, False, True]
