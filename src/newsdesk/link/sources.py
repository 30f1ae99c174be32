"""Union-find and the count of independent sources behind a set of articles."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Generic, TypeVar

from newsdesk.model import Article, SyndicationPair

T = TypeVar("T")


class UnionFind(Generic[T]):
    """Disjoint sets over hashable, ordered items (article ids, indices); the smallest item of a
    set is its root, so a set's name does not depend on the order of the unions."""

    def __init__(self, items: Iterable[T] = ()) -> None:
        self.parent: dict[T, T] = {}
        for item in items:
            self.parent[item] = item

    def find(self, item: T) -> T:
        self.parent.setdefault(item, item)
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:  # path compression
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: T, b: T) -> T:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        root, child = (ra, rb) if ra < rb else (rb, ra)
        self.parent[child] = root
        return root

    def groups(self) -> list[list[T]]:
        out: dict[T, list[T]] = {}
        for item in self.parent:
            out.setdefault(self.find(item), []).append(item)
        return sorted((sorted(g) for g in out.values()), key=lambda g: g[0])


def independent_sources(
    article_ids: Iterable[str],
    articles_by_id: Mapping[str, Article],
    copies: Iterable[SyndicationPair] | None,
) -> int:
    """How many distinct newsrooms stand behind ``article_ids``.

    Duplicates, syndicated copies and rewrites of one another count once (union-find over
    the copy pairs), and articles of the same outlet count once. An article whose outlet is
    unknown counts as its own newsroom unless a copy pair ties it to another.
    """
    ids = list(dict.fromkeys(article_ids))
    if not ids:
        return 0
    inside = set(ids)
    uf = UnionFind(ids)
    for pair in copies or []:
        if pair.a in inside and pair.b in inside:
            uf.union(pair.a, pair.b)
    by_outlet: dict[str, str] = {}
    for article_id in ids:
        article = articles_by_id.get(article_id)
        outlet = (article.outlet or "").strip().lower() if article is not None else ""
        if not outlet:
            continue
        if outlet in by_outlet:
            uf.union(by_outlet[outlet], article_id)
        else:
            by_outlet[outlet] = article_id
    return len({uf.find(i) for i in ids})
