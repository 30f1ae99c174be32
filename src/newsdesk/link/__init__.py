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
from newsdesk.link.cluster import ClusterConfig, cluster_stories, cluster_summaries
from newsdesk.link.copies import detect_copies, find_copies
from newsdesk.link.sources import independent_sources
from newsdesk.link.summary import LinkSummaries

__all__ = ["ClusterConfig", "LinkSummaries", "cluster_stories", "cluster_summaries", "detect_copies", "find_copies",
           "independent_sources"]
