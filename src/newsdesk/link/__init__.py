"""Link stage: copies between articles and stories (events) across them.

- :func:`find_copies` — duplicates, syndicated wire copies and rewrites (``copies.py``);
- :func:`cluster_stories` — stories without a given number of clusters, incremental
  (``cluster.py``, with ``vectors.py``, ``linkage.py``, ``split.py``);
- :func:`independent_sources` — newsrooms behind a set of articles (``sources.py``).

Over a large corpus the pipeline keeps only compact per-article features
(:class:`LinkSummaries`, ``summary.py``) and calls :func:`detect_copies` and
:func:`cluster_summaries` on them; ``find_copies`` and ``cluster_stories`` do the same on
lists in memory.

Works with ``annotations=None`` (regex quotes, numbers and proper nouns, ``features.py``)
and uses the extract stage's quotes, quantities and entities when they are given.
"""
from __future__ import annotations

import importlib
from typing import Any

# what each public name is imported from, on first use: the clustering modules pull in
# scikit-learn and SciPy (~0.6 s), which a command that only ingests never needs
_EXPORTS = {
    "ClusterConfig": "cluster", "cluster_stories": "cluster", "cluster_summaries": "cluster",
    "detect_copies": "copies", "find_copies": "copies",
    "independent_sources": "sources",
    "LinkSummaries": "summary",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'newsdesk.link' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"newsdesk.link.{module}"), name)
    globals()[name] = value  # later lookups are plain attribute reads
    return value
