"""Who reported a story: copies folded under their original, independent newsrooms counted."""
from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ..link.sources import UnionFind
from ..model import Article, SyndicationPair

FILE_LABEL_MAX_CHARS = 60  # an entry id or URL tail longer than this is cut in the fallback label
FOLDED_KINDS = ("duplicate", "syndicated")  # rewrites are re-reported, so they stay visible as sources


@dataclass(slots=True)
class SourceRow:
    """One original article and the copies of it that were folded under it."""

    article: Article
    copies: list[tuple[Article, str, float]] = field(default_factory=list)  # (copy, kind, similarity)


def file_label(source: str) -> str:
    """An input's file name (or URL tail) as a short label: ``caves.txt``, ``feed.xml#3``."""
    head, _, fragment = source.partition("#")
    if "://" in head:
        parts = urlsplit(head)
        name = parts.path.rstrip("/").rsplit("/", 1)[-1] or parts.hostname or head
    else:
        name = os.path.basename(head.rstrip("/\\")) or head
    if fragment and "://" not in fragment:
        name = f"{name}#{fragment}"
    return name if len(name) <= FILE_LABEL_MAX_CHARS else name[: FILE_LABEL_MAX_CHARS - 1] + "…"


def outlet_name(article: Article | Mapping[str, Any], short: bool = False) -> str:
    """What displays call an article's outlet (an Article or its listing record): its name, else
    "unknown outlet (file name)", or with ``short`` the file name alone (for sentences that
    name many outlets; the sources list says once that the outlet is unknown)."""
    if isinstance(article, Mapping):
        outlet, source = article.get("outlet"), str(article.get("source") or "")
    else:
        outlet, source = article.outlet, article.source
    if outlet:
        return outlet
    return file_label(source) if short else f"unknown outlet ({file_label(source)})"


def fold_copies(articles: Sequence[Article], copies: Iterable[SyndicationPair]) -> list[SourceRow]:
    """Group duplicate/syndicated articles; the earliest published (then smallest id) is the original.

    Rows come out in publication order, undated last.
    """
    by_id = {a.id: a for a in articles}
    sets = UnionFind(a.id for a in articles)
    find = sets.find
    links: dict[frozenset, tuple[str, float]] = {}
    for pair in copies:
        if pair.kind in FOLDED_KINDS and pair.a in by_id and pair.b in by_id:
            sets.union(pair.a, pair.b)
            links[frozenset((pair.a, pair.b))] = (pair.kind, pair.similarity)
    groups: dict[str, list[Article]] = {}
    for a in articles:
        groups.setdefault(find(a.id), []).append(a)
    rows = []
    for members in groups.values():
        members.sort(key=published_key)
        original, rest = members[0], members[1:]
        row = SourceRow(original)
        for c in rest:
            # the pair with the original when the link stage recorded it, else any pair that put the copy here
            direct = links.get(frozenset((original.id, c.id)))
            kind, sim = direct or next(v for k, v in sorted(links.items(), key=lambda kv: sorted(kv[0])) if c.id in k)
            row.copies.append((c, kind, sim))
        rows.append(row)
    rows.sort(key=lambda r: published_key(r.article))
    return rows


def published_key(article: Article) -> tuple:
    return (article.published is None, article.published or "", article.id)
