"""Story (event) clustering without a given number of stories.

1. Each article becomes a weighted TF-IDF vector of content words and of names/figures
   (:mod:`newsdesk.link.vectors`).
2. Candidate neighbours come from an inverted index over each article's heaviest terms;
   only candidates get an exact cosine similarity (sub-quadratic).
3. Two articles published far apart are less likely to report one event: their similarity
   is scaled down by ``DATE_FAR_FACTOR`` when both dates are known and differ by more than
   ``DATE_WINDOW_DAYS``. Unknown dates change nothing.
4. Copies (duplicates, syndicated copies, rewrites) always share a story.
5. Average linkage over the neighbour graph merges clusters while their mean similarity is
   at least ``MERGE_THRESHOLD`` (:mod:`newsdesk.link.linkage`). The threshold is loose on
   purpose: it gathers everything about one subject.
6. Each cluster is re-weighted locally and cut in two while its halves are clearly apart
   (:mod:`newsdesk.link.split`): two events of the same kind become two stories.

Incremental use: pass the stories of an earlier run as ``existing``. Their articles keep
their story (two existing stories never merge); new articles join one of them or start new
stories, numbered after the highest existing ``S<n>``.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from newsdesk.link.features import LinkFeatures, content_words, link_features
from newsdesk.link.linkage import average_linkage
from newsdesk.link.sources import UnionFind, independent_sources
from newsdesk.link.split import SPLIT_RATIO, split_clusters
from newsdesk.link.vectors import VectorConfig, article_matrix, neighbour_edges
from newsdesk.model import Annotations, Article, Story, SyndicationPair

MERGE_THRESHOLD = 0.15  # mean similarity for two clusters to be about one subject (split later); tuned on ECB+ 1-25
DATE_WINDOW_DAYS = 7  # reports of one event are usually published within a week of each other
DATE_FAR_FACTOR = 0.5  # dated further apart: same-event evidence counts half
LABEL_NAMES = 3  # names/keywords joined into a story label
KEYWORDS = 8  # keywords stored on a story

_STORY_ID = re.compile(r"^S(\d+)$")


@dataclass(frozen=True, slots=True)
class ClusterConfig:
    """All clustering knobs in one place (defaults are the module constants)."""

    merge_threshold: float = MERGE_THRESHOLD
    split_ratio: float = SPLIT_RATIO
    date_window_days: int = DATE_WINDOW_DAYS
    date_far_factor: float = DATE_FAR_FACTOR
    vectors: VectorConfig = field(default_factory=VectorConfig)


def _day(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None  # an unparseable date is an unknown date


def cluster_indices(
    articles: list[Article],
    features: list[LinkFeatures],
    word_docs: list[list[str]],
    config: ClusterConfig,
    groups: list[list[int]] | None = None,
    anchors: dict[int, str] | None = None,
) -> list[list[int]]:
    """Cluster articles by index (``word_docs``: content words of each article)."""
    n = len(articles)
    if n == 0:
        return []
    matrix = article_matrix(word_docs, features, config.vectors)
    edges = neighbour_edges(matrix, config.vectors)
    days = [_day(a.published) for a in articles]
    for (i, j), s in edges.items():
        if days[i] and days[j] and abs((days[i] - days[j]).days) > config.date_window_days:
            edges[(i, j)] = s * config.date_far_factor
    clusters = average_linkage(
        n, edges, config.merge_threshold, config.vectors.neighbours, initial=groups, anchors=anchors
    )

    def local_matrix(members: list[int]):
        return article_matrix([word_docs[i] for i in members], [features[i] for i in members], config.vectors)

    return split_clusters(clusters, local_matrix, together=groups, ratio=config.split_ratio)


def _label(features: list[LinkFeatures], word_docs: list[list[str]]) -> tuple[str, list[str]]:
    """Most frequent names (by number of articles naming them) and content keywords."""
    name_df: Counter[str] = Counter()
    surface: dict[str, str] = {}
    word_df: Counter[str] = Counter()
    for feat, doc in zip(features, word_docs):
        name_df.update(set(feat.names))
        for key, form in feat.surface.items():
            surface.setdefault(key, form)
        word_df.update(set(doc))
    names = [surface.get(k, k) for k, _ in sorted(name_df.items(), key=lambda kv: (-kv[1], kv[0]))]
    words = [w for w, _ in sorted(word_df.items(), key=lambda kv: (-kv[1], kv[0])) if len(w) > 2]
    keywords = list(dict.fromkeys(names[:LABEL_NAMES] + words))[:KEYWORDS]
    label = ", ".join(names[:LABEL_NAMES]) if names else ", ".join(words[:LABEL_NAMES])
    return label, keywords


def _must_link(
    index: dict[str, int], copies: list[SyndicationPair] | None, existing: list[Story] | None
) -> tuple[dict[int, str], list[list[int]]]:
    """Anchors (article index -> existing story id) and groups that must stay together.

    Members of one existing story stay together; copies join each other unless they were
    already filed under two different existing stories.
    """
    anchors: dict[int, str] = {}
    for story in existing or []:
        for article_id in story.article_ids:
            if article_id in index:
                anchors.setdefault(index[article_id], story.id)
    uf = UnionFind(index)
    story_of = dict(anchors)  # union-find root index -> existing story id
    for pair in copies or []:
        if pair.a in index and pair.b in index:
            sa, sb = story_of.get(index[uf.find(pair.a)]), story_of.get(index[uf.find(pair.b)])
            if sa is not None and sb is not None and sa != sb:
                continue  # copies already filed under two stories stay where they are
            root = index[uf.union(pair.a, pair.b)]
            if sa or sb:
                story_of[root] = sa or sb
    for story in existing or []:
        present = [a for a in story.article_ids if a in index and anchors.get(index[a]) == story.id]
        for article_id in present[1:]:
            uf.union(present[0], article_id)
    return anchors, [[index[a] for a in g] for g in uf.groups() if len(g) > 1]


def cluster_stories(
    articles: list[Article],
    annotations: dict[str, Annotations] | None = None,
    copies: list[SyndicationPair] | None = None,
    existing: list[Story] | None = None,
    config: ClusterConfig | None = None,
) -> list[Story]:
    """Group articles into stories; see the module docstring for the method.

    ``articles`` should include the articles of ``existing`` stories so that new articles
    can be compared with them; existing members not passed in stay in their story.
    Returns the existing stories (updated) followed by new ones, ids ``S<n>``.
    """
    config = config or ClusterConfig()
    annotations = annotations or {}
    articles = sorted({a.id: a for a in articles}.values(), key=lambda a: a.id)
    index = {a.id: i for i, a in enumerate(articles)}
    features = [link_features(a, annotations.get(a.id)) for a in articles]

    anchors, groups = _must_link(index, copies, existing)

    word_docs = [content_words((a.title or "") + "\n" + a.body) for a in articles]
    clusters = cluster_indices(articles, features, word_docs, config, groups, anchors)
    by_id = {a.id: a for a in articles}
    stories: dict[str, Story] = {s.id: s for s in existing or []}
    used = {int(m.group(1)) for s in stories for m in [_STORY_ID.match(s)] if m}
    next_number = max(used, default=0) + 1
    fresh: list[Story] = []
    for cluster in clusters:
        ids = [articles[i].id for i in cluster]
        story_id = next((anchors[i] for i in cluster if i in anchors), None)
        if story_id is not None:
            old = stories[story_id]
            ids = sorted(set(old.article_ids) | set(ids))
        else:
            while f"S{next_number}" in stories:
                next_number += 1
            story_id = f"S{next_number}"
            next_number += 1
        members = [by_id[a] for a in ids if a in by_id]
        label, keywords = _label([features[index[a.id]] for a in members], [word_docs[index[a.id]] for a in members])
        dates = sorted(a.published for a in members if a.published)
        story = Story(
            id=story_id,
            label=label,
            article_ids=ids,
            independent_sources=independent_sources(ids, by_id, copies),
            first_seen=dates[0] if dates else None,
            last_seen=dates[-1] if dates else None,
            keywords=keywords,
        )
        if story_id in stories:
            stories[story_id] = story
        else:
            fresh.append(story)
    return list(stories.values()) + fresh
