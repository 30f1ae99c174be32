"""Link stage: copies between articles and stories (events) across them.

- :func:`find_copies` — duplicates, syndicated wire copies and rewrites (``copies.py``);
- :func:`cluster_stories` — stories without a given number of clusters, incremental
  (``cluster.py``, with ``vectors.py``, ``linkage.py``, ``split.py``);
- :func:`independent_sources` — newsrooms behind a set of articles (``sources.py``).

Works with ``annotations=None`` (regex quotes, numbers and proper nouns, ``features.py``)
and uses the extract stage's quotes, quantities and entities when they are given.
"""
from newsdesk.link.cluster import ClusterConfig, cluster_stories
from newsdesk.link.copies import find_copies
from newsdesk.link.sources import independent_sources

__all__ = ["ClusterConfig", "cluster_stories", "find_copies", "independent_sources"]
