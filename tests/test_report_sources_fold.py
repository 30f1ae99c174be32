"""Sources: duplicate and syndicated copies fold under the earliest original; rewrites stay sources."""
from __future__ import annotations

from newsdesk.model import Article, SyndicationPair
from newsdesk.report.sources import fold_copies


def test_fold_copies_keeps_earliest_as_original() -> None:
    arts = [Article(id=i, source=i, body="x", content_hash=i, outlet=i.upper(), published=d)
            for i, d in (("wire", "2026-02-15"), ("paper", "2026-02-16"), ("blog", None), ("other", "2026-02-14"))]
    pairs = [SyndicationPair("paper", "wire", "syndicated", 0.97), SyndicationPair("blog", "paper", "duplicate", 1.0),
             SyndicationPair("other", "wire", "rewrite", 0.6)]
    rows = fold_copies(arts, pairs)
    assert [r.article.id for r in rows] == ["other", "wire"], "rewrites stay separate sources"
    wire = rows[1]
    assert [(c.id, kind) for c, kind, _ in wire.copies] == [("paper", "syndicated"), ("blog", "duplicate")]
