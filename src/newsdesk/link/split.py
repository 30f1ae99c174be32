"""Second pass of story clustering: split a cluster that holds two events of one kind.

Two earthquakes, two rehab check-ins or two Berlin and Paris rounds of the same peace talks
share most of their vocabulary, so over the whole collection they look alike. Inside such a
cluster the TF-IDF weights are re-fitted on the cluster alone ("local IDF"): words every
member uses lose their weight and the names, places and figures that tell the events apart
dominate. The cluster is cut in two by average linkage and the cut is kept only when the
two halves are clearly apart: the mean similarity *between* halves must be below
``SPLIT_RATIO`` times the mean similarity *within* the looser half. Halves are split again
the same way. Groups that must stay together (copies, members of an existing story) are
never divided: a cut that would divide one is refused.
"""
from __future__ import annotations

from collections.abc import Callable

import numpy as np
import scipy.sparse as sp
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

SPLIT_RATIO = 0.6  # between-halves similarity below 60% of within-half similarity: two events
MIN_SPLIT_SIZE = 4  # smaller clusters are too small to judge a split on
MAX_SPLIT_SIZE = 600  # the local pass is quadratic in cluster size; larger clusters stay whole


def _within(sim: np.ndarray, idx: np.ndarray) -> float:
    block = sim[np.ix_(idx, idx)]
    return float((block.sum() - np.trace(block)) / (len(idx) * (len(idx) - 1)))


def split_clusters(
    clusters: list[list[int]],
    local_matrix: Callable[[list[int]], sp.csr_matrix],
    together: list[list[int]] | None = None,
    ratio: float = SPLIT_RATIO,
) -> list[list[int]]:
    """Recursively split clusters; ``local_matrix(members)`` gives locally re-weighted rows."""
    group_of: dict[int, int] = {}
    for g, items in enumerate(together or []):
        for item in items:
            group_of[item] = g
    out: list[list[int]] = []
    stack = [sorted(c) for c in clusters]
    while stack:
        cluster = stack.pop()
        if not MIN_SPLIT_SIZE <= len(cluster) <= MAX_SPLIT_SIZE:
            out.append(cluster)
            continue
        rows = local_matrix(cluster)
        sim = (rows @ rows.T).toarray().astype(np.float64)
        np.fill_diagonal(sim, 1.0)
        dist = np.clip(1.0 - sim, 0.0, None)
        np.fill_diagonal(dist, 0.0)
        labels = fcluster(linkage(squareform(dist, checks=False), "average"), 2, "maxclust")
        left, right = np.flatnonzero(labels == 1), np.flatnonzero(labels == 2)
        if len(left) < 2 or len(right) < 2:
            out.append(cluster)
            continue
        between = float(sim[np.ix_(left, right)].mean())
        if between >= ratio * min(_within(sim, left), _within(sim, right)):
            out.append(cluster)
            continue
        side = {cluster[i]: 0 for i in left} | {cluster[i]: 1 for i in right}
        sides_of_group: dict[int, set[int]] = {}
        for item in cluster:
            if item in group_of:
                sides_of_group.setdefault(group_of[item], set()).add(side[item])
        if any(len(s) > 1 for s in sides_of_group.values()):
            out.append(cluster)  # the cut would divide copies or an existing story
            continue
        stack.append([cluster[i] for i in left])
        stack.append([cluster[i] for i in right])
    out = [sorted(c) for c in out]
    out.sort(key=lambda c: c[0])
    return out
