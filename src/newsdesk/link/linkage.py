"""Average-linkage agglomeration over a sparse neighbour graph, stopped by a threshold.

Classic average linkage merges the two clusters whose mean pairwise similarity is highest
and stops when no pair reaches the threshold, so no number of clusters is needed. Here only
neighbour edges are known (see :mod:`newsdesk.link.vectors`); a pair that is not an edge
counts as similarity 0. Because every article keeps at most ``neighbours`` edges, the mean
between two clusters is taken over the pairs the graph could have observed,
``min(|A|·|B|, neighbours·min(|A|, |B|))``, so a large story is not diluted just because its
members cannot all be neighbours of each other.

Clusters may carry an *anchor* (an existing story id): two clusters with different anchors
never merge, which keeps earlier story assignments stable when new articles arrive.
"""
from __future__ import annotations

import heapq
from array import array
from collections.abc import Callable

import numpy as np

QUEUE_CHUNK = 65_536  # sorted candidates turned back into Python tuples this many at a time


def average_linkage(
    n: int,
    edges: dict[tuple[int, int], float],
    threshold: float,
    neighbours: int,
    initial: list[list[int]] | None = None,
    anchors: dict[int, str] | None = None,
) -> list[list[int]]:
    """Clusters of item indices 0..n-1 (each sorted; list sorted by first member).

    ``initial`` groups items that must end up together (e.g. copies, an existing story);
    ``anchors`` maps an item index to an existing story id.
    """
    anchors = anchors or {}
    owner = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    for group in initial or []:
        head = min(group)
        for item in group:
            if owner[item] != head:
                members[head].extend(members.pop(owner[item]))
                for moved in members[head]:
                    owner[moved] = head
    anchor: dict[int, str | None] = {c: None for c in members}
    for item, story in anchors.items():
        anchor[owner[item]] = story

    sums: dict[int, dict[int, float]] = {c: {} for c in members}
    for (i, j), s in edges.items():
        a, b = owner[i], owner[j]
        if a == b:
            continue
        sums[a][b] = sums[a].get(b, 0.0) + s
        sums[b][a] = sums[b].get(a, 0.0) + s

    def mean(a: int, b: int) -> float:
        na, nb = len(members[a]), len(members[b])
        return sums[a][b] / min(na * nb, neighbours * min(na, nb))

    # the first candidates (one per pair of clusters that share an edge, the bulk of them)
    # wait in sorted arrays, a few bytes each; only pairs re-scored after a merge go on a heap
    queue = _Queue(sums, mean)
    heap: list[tuple[float, int, int]] = []
    while (entry := queue.pop(heap)) is not None:
        neg, a, b = entry
        if -neg < threshold:
            break
        if a not in members or b not in members or b not in sums[a]:
            continue
        if abs(mean(a, b) + neg) > 1e-9:
            continue  # stale entry: the pair was re-pushed with its current mean
        if anchor[a] is not None and anchor[b] is not None and anchor[a] != anchor[b]:
            continue
        keep, gone = (a, b) if len(sums[a]) >= len(sums[b]) else (b, a)
        members[keep].extend(members.pop(gone))
        anchor[keep] = anchor[keep] or anchor.pop(gone)
        anchor.pop(gone, None)
        gone_nbrs = sums.pop(gone)
        gone_nbrs.pop(keep, None)
        sums[keep].pop(gone, None)
        for other, s in gone_nbrs.items():
            del sums[other][gone]
            sums[keep][other] = sums[keep].get(other, 0.0) + s
            sums[other][keep] = sums[keep][other]
        for other in sums[keep]:
            x, y = (keep, other) if keep < other else (other, keep)
            heapq.heappush(heap, (-mean(x, y), x, y))
    clusters = [sorted(m) for m in members.values()]
    clusters.sort(key=lambda m: m[0])
    return clusters


class _Queue:
    """The initial candidate pairs ``(-mean, a, b)``, a < b, in ascending order, as arrays.

    Popped in the order a heap of the same tuples would give them, so merging this queue
    with the heap of later pushes pops exactly what one heap of everything would."""

    def __init__(self, sums: dict[int, dict[int, float]], mean: Callable[[int, int], float]) -> None:
        firsts, seconds, negs = array("q"), array("q"), array("d")  # 8 bytes an entry, not a tuple
        for a, nbrs in sums.items():
            for b in nbrs:
                if a < b:
                    firsts.append(a)
                    seconds.append(b)
                    negs.append(-mean(a, b))
        first, second, neg = np.frombuffer(firsts, np.int64), np.frombuffer(seconds, np.int64), np.frombuffer(negs)
        order = np.lexsort((second, first, neg))  # -mean, then a, then b: tuple order
        self.first, self.second, self.neg = first[order], second[order], neg[order]
        self.next = 0  # index of the next entry not yet in ``chunk``
        self.chunk: list[tuple[float, int, int]] = []
        self.at = 0

    def pop(self, heap: list[tuple[float, int, int]]) -> tuple[float, int, int] | None:
        """The smallest entry left here or on ``heap`` (taken from where it was); None when both are empty."""
        entry = self._pop_before(heap[0] if heap else None)
        if entry is None and heap:
            entry = heapq.heappop(heap)
        return entry

    def _pop_before(self, other: tuple[float, int, int] | None) -> tuple[float, int, int] | None:
        """The smallest remaining entry if it comes before ``other`` (or ``other`` is None)."""
        if self.at == len(self.chunk):
            if self.next == len(self.first):
                return None
            hi = self.next + QUEUE_CHUNK
            self.chunk = list(zip(self.neg[self.next:hi].tolist(), self.first[self.next:hi].tolist(),
                                  self.second[self.next:hi].tolist()))
            self.next, self.at = min(hi, len(self.first)), 0
        entry = self.chunk[self.at]
        if other is not None and other < entry:
            return None
        self.at += 1
        return entry
