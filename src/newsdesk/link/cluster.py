"""Story (event) clustering without a given number of stories.

1. Each article becomes a weighted TF-IDF vector of content words and of names/figures
   (:mod:`newsdesk.link.vectors`).
2. Candidate neighbours come from an inverted index over each article's heaviest terms;
   only candidates get an exact cosine similarity (sub-quadratic).
3. Two articles published far apart are less likely to report one event: their similarity
   is scaled down by ``DATE_FAR_FACTOR`` when both dates are known and differ by more than
   ``DATE_WINDOW_DAYS`` with no chain of similar articles dated in between (a story's
   follow-ups continue it; an earlier event with nothing between stays apart). Unknown
   dates change nothing.
4. Copies (duplicates, syndicated copies, rewrites) always share a story.
5. Average linkage over the neighbour graph merges clusters while their mean similarity is
   at least ``MERGE_THRESHOLD`` (:mod:`newsdesk.link.linkage`). The threshold is loose on
   purpose: it gathers everything about one subject.
6. Each cluster is re-weighted locally and cut in two while a calibrated model says its
   halves more likely report two events than one and the halves are apart (between/within
   similarity under ``MAX_CUT_RATIO``) (:mod:`newsdesk.link.split`): two events of the same
   kind become two stories; one large event stays one story.

Incremental use: pass the stories of an earlier run as ``existing``. Their articles keep
their story (two existing stories never merge); new articles join one of them or start new
stories, numbered after the highest existing ``S<n>``.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from newsdesk.engine import trim_memory
from newsdesk.link.linkage import average_linkage
from newsdesk.link.sources import UnionFind, independent_sources
from newsdesk.link.split import MAX_CUT_RATIO, SPLIT_MODEL, SPLIT_PROBABILITY, SplitModel, split_clusters
from newsdesk.link.summary import LinkSummaries
from newsdesk.link.vectors import VectorConfig, article_matrix, neighbour_edges
from newsdesk.model import Annotations, Article, Story, SyndicationPair

MERGE_THRESHOLD = 0.13  # mean similarity for two clusters to be about one subject (split later); tuned on ECB+ 1-25
DATE_WINDOW_DAYS = 7  # reports of one event are usually published within a week of each other
DATE_FAR_FACTOR = 0.25  # dated further apart: same-event evidence counts a quarter (a half let an earlier round of the same talks join once the IDF had a prior)
LABEL_NAMES = 3  # names/keywords joined into a story label
KEYWORDS = 8  # keywords stored on a story

_STORY_ID = re.compile(r"^S(\d+)$")


@dataclass(frozen=True, slots=True)
class ClusterConfig:
    """All clustering knobs in one place (defaults are the module constants)."""

    merge_threshold: float = MERGE_THRESHOLD
    split_model: SplitModel = SPLIT_MODEL
    split_probability: float = SPLIT_PROBABILITY
    split_max_ratio: float = MAX_CUT_RATIO
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


def far_apart(days: Sequence[dt.date | None], first: np.ndarray, second: np.ndarray, sim: np.ndarray,
              config: ClusterConfig) -> np.ndarray:
    """Which edges join articles published far apart with no coverage in between: dated more
    than the window apart, and not linked through a chain of dated articles, each within the
    window of the next and similar enough to share a story (a follow-up nine days on, with
    reports on the days between, continues the story; a meeting two weeks before, with nothing
    between, is another event)."""
    ordinal = np.array([d.toordinal() if d else -1 for d in days], dtype=np.int64)
    a, b = ordinal[first], ordinal[second]
    dated = (a >= 0) & (b >= 0)
    gap = np.abs(a - b)
    far = dated & (gap > config.date_window_days)
    if not far.any():
        return far
    near = dated & ~far & (sim >= config.merge_threshold)
    component = components(len(days), first[near], second[near])
    return far & (component[first] != component[second])


SMALL_GRAPH = 50_000  # nodes + edges below which a Python union-find (~1 us each) beats importing csgraph (~0.13 s)


def components(n: int, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """A connected-component label for each of ``n`` nodes of the undirected graph whose edges
    are ``first[i] - second[i]``: SciPy's labels (components numbered 0, 1, ... in the order of
    their smallest node). Small graphs by union-find, so that a small corpus does not import
    ``scipy.sparse.csgraph`` (which pulls in ``scipy.sparse.linalg`` and ``scipy.linalg``)."""
    if n + len(first) > SMALL_GRAPH:
        from scipy.sparse.csgraph import connected_components

        graph = sp.coo_matrix((np.ones(len(first), dtype=np.int8), (first, second)), shape=(n, n))
        return connected_components(graph, directed=False)[1]
    sets = UnionFind(range(n))  # type: ignore[arg-type]  # its root is the smallest node
    for a, b in zip(first.tolist(), second.tolist()):
        sets.union(a, b)
    labels: dict[int, int] = {}  # root -> component number, by smallest node
    return np.array([labels.setdefault(sets.find(x), len(labels)) for x in range(n)], dtype=np.int32)


def subject_clusters(
    days: Sequence[dt.date | None],
    word_docs: Sequence[list[str]],
    name_docs: Sequence[list[str]],
    config: ClusterConfig,
    groups: list[list[int]] | None = None,
    anchors: dict[int, str] | None = None,
) -> tuple[list[list[int]], Callable[[list[int]], sp.csr_matrix]]:
    """Steps 1-5: the loose clusters (one subject each) and the function that gives a
    cluster's locally re-weighted rows (what the split pass reads)."""
    matrix = article_matrix(word_docs, name_docs, config.vectors, background=True)
    edges = neighbour_edges(matrix, config.vectors)
    del matrix  # the split pass re-weights each cluster on its own
    trim_memory()  # the matrix and the pruned candidate pools, before linkage's many small objects
    far = far_apart(days, edges.first, edges.second, edges.sim, config)
    edges.sim[far] = edges.sim[far] * config.date_far_factor
    clusters = average_linkage(
        len(word_docs), edges, config.merge_threshold, config.vectors.neighbours, initial=groups, anchors=anchors
    )
    del edges
    trim_memory()  # linkage's dicts and heap, before the split pass builds its matrices

    def local_matrix(members: list[int]) -> sp.csr_matrix:
        return article_matrix([word_docs[i] for i in members], [name_docs[i] for i in members], config.vectors)

    return clusters, local_matrix


def cluster_indices(
    days: Sequence[dt.date | None],
    word_docs: Sequence[list[str]],
    name_docs: Sequence[list[str]],
    config: ClusterConfig,
    groups: list[list[int]] | None = None,
    anchors: dict[int, str] | None = None,
) -> list[list[int]]:
    """Cluster articles by index (``word_docs``: content words of each article; ``name_docs``:
    its names and ``#``-figures; ``days``: its publication day, if known)."""
    if len(word_docs) == 0:
        return []
    clusters, local_matrix = subject_clusters(days, word_docs, name_docs, config, groups, anchors)
    return split_clusters(clusters, local_matrix, together=groups, model=config.split_model,
                          threshold=config.split_probability, max_ratio=config.split_max_ratio)


def _label(names: list[list[str]], surfaces: list[list[tuple[str, str]]],
           word_docs: list[list[str]]) -> tuple[str, list[str]]:
    """Most frequent names (by number of articles naming them) and content keywords."""
    name_df: Counter[str] = Counter()
    surface: dict[str, str] = {}
    word_df: Counter[str] = Counter()
    for article_names, article_surface, doc in zip(names, surfaces, word_docs):
        name_df.update(set(article_names))
        for key, form in article_surface:
            surface.setdefault(key, form)
        word_df.update(set(doc))
    names_ranked = [surface.get(k, k) for k, _ in sorted(name_df.items(), key=lambda kv: (-kv[1], kv[0]))]
    words = [w for w, _ in sorted(word_df.items(), key=lambda kv: (-kv[1], kv[0])) if len(w) > 2]
    keywords = list(dict.fromkeys(names_ranked[:LABEL_NAMES] + words))[:KEYWORDS]
    label = ", ".join(names_ranked[:LABEL_NAMES]) if names_ranked else ", ".join(words[:LABEL_NAMES])
    return label, keywords


def _must_link(
    index: dict[str, int], copies: Sequence[tuple[str, str]] | None, existing: list[Story] | None
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
    for pa, pb in copies or []:
        if pa in index and pb in index:
            sa, sb = story_of.get(index[uf.find(pa)]), story_of.get(index[uf.find(pb)])
            if sa is not None and sb is not None and sa != sb:
                continue  # copies already filed under two stories stay where they are
            root = index[uf.union(pa, pb)]
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
    Returns the existing stories (updated) followed by new ones, ids ``S<n>``. (The pipeline
    calls :func:`cluster_summaries` on summaries read from the store in batches.)
    """
    annotations = annotations or {}
    articles = sorted({a.id: a for a in articles}.values(), key=lambda a: a.id)
    summaries = LinkSummaries()
    for a in articles:
        summaries.add(a, annotations.get(a.id))
    return cluster_summaries(summaries.finish(), [(p.a, p.b) for p in copies or []], existing, config)


class _Outlet:
    """What :func:`independent_sources` reads of an article."""

    __slots__ = ("outlet",)

    def __init__(self, outlet: str | None) -> None:
        self.outlet = outlet


def cluster_summaries(
    summaries: LinkSummaries,
    copies: Sequence[tuple[str, str]] | None = None,
    existing: list[Story] | None = None,
    config: ClusterConfig | None = None,
) -> list[Story]:
    """:func:`cluster_stories` over summarised articles (ids in sorted order) and copy pairs
    ``(a, b)`` sorted by ``(a, b)``."""
    config = config or ClusterConfig()
    ids = summaries.ids
    index = {a: i for i, a in enumerate(ids)}
    anchors, groups = _must_link(index, copies, existing)
    word_docs = summaries.word_docs
    clusters = cluster_indices([_day(p) for p in summaries.published], word_docs, summaries.name_docs(),
                               config, groups, anchors)
    copies_of: dict[str, list[str]] = {}  # a -> [b]: a story's copy pairs without scanning them all
    for pa, pb in copies or []:
        copies_of.setdefault(pa, []).append(pb)
    stories: dict[str, Story] = {s.id: s for s in existing or []}
    used = {int(m.group(1)) for s in stories for m in [_STORY_ID.match(s)] if m}
    next_number = max(used, default=0) + 1
    fresh: list[Story] = []
    for cluster in clusters:
        member_ids = [ids[i] for i in cluster]
        story_id = next((anchors[i] for i in cluster if i in anchors), None)
        if story_id is not None:
            old = stories[story_id]
            member_ids = sorted(set(old.article_ids) | set(member_ids))
        else:
            while f"S{next_number}" in stories:
                next_number += 1
            story_id = f"S{next_number}"
            next_number += 1
        members = [index[a] for a in member_ids if a in index]
        label, keywords = _label([summaries.names[k] for k in members], [summaries.surface_of(k) for k in members],
                                 [word_docs[k] for k in members])
        dates = sorted(summaries.published[k] for k in members if summaries.published[k])
        inside = set(member_ids)
        story_copies = [_Pair(a, b) for a in member_ids for b in copies_of.get(a, ()) if b in inside]
        story = Story(
            id=story_id,
            label=label,
            article_ids=member_ids,
            independent_sources=independent_sources(
                member_ids, {ids[k]: _Outlet(summaries.outlets[k]) for k in members}, story_copies),
            first_seen=dates[0] if dates else None,
            last_seen=dates[-1] if dates else None,
            keywords=keywords,
        )
        if story_id in stories:
            stories[story_id] = story
        else:
            fresh.append(story)
    return list(stories.values()) + fresh


class _Pair:
    """A copy pair as :func:`independent_sources` reads it."""

    __slots__ = ("a", "b")

    def __init__(self, a: str, b: str) -> None:
        self.a, self.b = a, b
