"""Second pass of story clustering: split a cluster that holds two events of one kind.

Two earthquakes, two rehab check-ins or two Berlin and Paris rounds of the same peace talks
share most of their vocabulary, so over the whole collection they look alike. Inside such a
cluster the TF-IDF weights are re-fitted on the cluster alone ("local IDF"): words every
member uses lose their weight and the names, places and figures that tell the events apart
dominate. Then, for each cluster:

1. **Cut.** The cluster's similarity graph is cut in two where the least similarity crosses
   relative to the similarity each side holds (the normalised cut, found by a sweep over the
   graph's Fiedler vector: spectral bisection). Groups that must stay together (copies,
   members of an existing story) are moved whole to the side holding most of them.
2. **Decide.** A calibrated logistic model (:class:`SplitModel`) turns three scale-free
   figures of the cut — the normalised cut, the between/within similarity ratio and the
   cluster size — into the probability that the halves report two events. The cut is kept
   when that probability is at least ``SPLIT_PROBABILITY``; its halves are cut again the
   same way.
3. **Gate.** Whatever the model says, a cut whose halves are about as similar to each other as
   each is inside (between/within ratio ``MAX_CUT_RATIO`` or more) separates nothing and is not
   taken. The model is fitted on ECB+, where every topic holds two events of at most ~20
   documents, so a large loose cluster there is nearly always two events and the model leans on
   size; in a news stream one event can gather a hundred articles with no second event inside.
   For the same reason sizes beyond the largest cluster the model was fitted on
   (``SplitModel.max_size``) count as that largest size: the model is not extrapolated.

The model's coefficients were fitted on cuts of ECB+ topics 1-25 only (the topics clustered
together and each topic alone, so that cuts of small corpora are among them)
(``python eval/ecbplus_clusters.py --fit``); topics 26-35 are kept for reporting.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

MIN_SPLIT_SIZE = 4  # smaller clusters are too small to judge a split on
MIN_SIDE = 2  # a cut never leaves one article alone: one odd article is no second event
MAX_SPLIT_SIZE = 600  # the local pass is cubic in cluster size; larger clusters stay whole
TRAINING_DEPTH = 6  # fitting: cuts of cuts ... this deep (deeper cuts are of 4-article fragments)
SPLIT_PROBABILITY = 0.5  # cut when two events are more likely than one (the model is calibrated)
MAX_CUT_RATIO = 0.8  # halves this similar to each other are one event (ECB+ 1-25: 13 of its 15 distinct two-event cuts are under 0.72)


@dataclass(frozen=True, slots=True)
class SplitModel:
    """P(two events | cut) = sigmoid(intercept + coef · features), features as
    :func:`cut_features` gives them; a cluster larger than ``max_size`` (the largest the model
    was fitted on) counts as ``max_size`` articles."""

    intercept: float
    coef: tuple[float, float, float]
    max_size: int | None = None

    def probability(self, features: tuple[float, float, float]) -> float:
        ncut, ratio, log_size = features
        if self.max_size is not None:
            log_size = min(log_size, math.log(self.max_size))
        z = self.intercept + sum(c * f for c, f in zip(self.coef, (ncut, ratio, log_size)))
        return 1.0 / (1.0 + math.exp(-z))


# logistic regression over (normalised cut, between/within ratio, ln size) of the 382 cuts of
# ECB+ topics 1-25 clustered together and topic by topic (27 separate two events; label: the
# cut raises the cluster's B3 F1), refit with `python eval/ecbplus_clusters.py --fit`; topics
# 26-35 never fitted on; the largest of those clusters has 30 articles
SPLIT_MODEL = SplitModel(intercept=-8.061, coef=(-1.612, -1.62, 3.401), max_size=30)


@dataclass(frozen=True, slots=True)
class Cut:
    """A cluster's best two-way cut: positions (into the cluster's member list) of each side."""

    left: np.ndarray
    right: np.ndarray
    features: tuple[float, float, float]


def _within(sim: np.ndarray, idx: np.ndarray) -> float:
    block = sim[np.ix_(idx, idx)]
    return float((block.sum() - np.trace(block)) / (len(idx) * (len(idx) - 1)))


def _ncut(adj: np.ndarray, side: np.ndarray) -> float:
    """Normalised cut of a two-way partition (``side`` boolean) of the graph ``adj``."""
    degree = adj.sum(axis=1)
    crossing = float(adj[np.ix_(side, ~side)].sum())
    vol_a, vol_b = float(degree[side].sum()), float(degree[~side].sum())
    if vol_a <= 0 or vol_b <= 0:
        return 2.0
    return crossing / vol_a + crossing / vol_b


def spectral_bisection(adj: np.ndarray) -> np.ndarray:
    """Boolean side of each node: the sweep cut of the Fiedler vector with the least
    normalised cut, each side at least ``MIN_SIDE`` nodes (``adj``: symmetric, >= 0, zero diagonal)."""
    n = adj.shape[0]
    degree = adj.sum(axis=1)
    inv_sqrt = 1.0 / np.sqrt(np.maximum(degree, 1e-12))
    normalised = inv_sqrt[:, None] * adj * inv_sqrt[None, :]
    _, vectors = np.linalg.eigh(normalised)
    fiedler = np.round(vectors[:, -2] * inv_sqrt, 9)  # rounded: ties sort by index on any BLAS
    order = np.lexsort((np.arange(n), fiedler))
    ordered = adj[np.ix_(order, order)]
    d = degree[order]
    # cut(first k) grows by d_v minus twice v's similarity to the nodes before it
    crossing = np.cumsum(d - 2.0 * np.tril(ordered, -1).sum(axis=1))
    vol = np.cumsum(d)
    total = vol[-1]
    k = np.arange(1, n + 1)
    with np.errstate(divide="ignore", invalid="ignore"):
        ncut = crossing / vol + crossing / (total - vol)
    valid = (k >= MIN_SIDE) & (k <= n - MIN_SIDE) & np.isfinite(ncut)
    side = np.zeros(n, dtype=bool)
    if not valid.any():
        side[order[: n // 2]] = True
        return side
    best = int(np.flatnonzero(valid)[np.argmin(ncut[valid])])
    side[order[: best + 1]] = True
    return side


def cut_features(sim: np.ndarray, side: np.ndarray) -> tuple[float, float, float]:
    """(normalised cut, between / lower within similarity, ln size) of a two-way cut."""
    adj = np.clip(sim, 0.0, None)
    np.fill_diagonal(adj, 0.0)
    left, right = np.flatnonzero(side), np.flatnonzero(~side)
    between = float(sim[np.ix_(left, right)].mean())
    within = min(_within(sim, idx) for idx in (left, right) if len(idx) > 1)  # a lone article has none
    ratio = between / within if within > 0 else 1.0
    return (_ncut(adj, side), ratio, math.log(len(side)))


def best_cut(sim: np.ndarray, groups: list[np.ndarray] | None = None) -> Cut | None:
    """The cluster's cut (``sim``: local similarities; ``groups``: positions that must stay on
    one side), or None when no cut leaves ``MIN_SIDE`` articles on each side."""
    adj = np.clip(sim, 0.0, None)
    np.fill_diagonal(adj, 0.0)
    side = spectral_bisection(adj)
    for group in groups or []:
        side[group] = side[group].sum() * 2 >= len(group)  # the whole group to its majority side
    if min(int(side.sum()), int((~side).sum())) < MIN_SIDE:
        return None
    return Cut(np.flatnonzero(side), np.flatnonzero(~side), cut_features(sim, side))


def _local_sim(rows: sp.csr_matrix) -> np.ndarray:
    sim = (rows @ rows.T).toarray().astype(np.float64)
    np.fill_diagonal(sim, 1.0)
    return sim


def candidate_cuts(
    clusters: list[list[int]],
    local_matrix: Callable[[list[int]], sp.csr_matrix],
    label: Callable[[list[int], list[int]], int],
    max_depth: int = TRAINING_DEPTH,
) -> Iterator[tuple[tuple[float, float, float], int]]:
    """Every cut of the full recursion (each cut taken, ``max_depth`` levels below the loose
    clusters): ``(features, label)``, where ``label(left, right)`` is 1 when the cut separates
    two events. Cuts of one-event fragments of all sizes teach the model what a cut that
    separates nothing looks like. What the split model is fitted on."""
    stack = [(sorted(c), 0) for c in clusters]
    while stack:
        cluster, depth = stack.pop()
        if not MIN_SPLIT_SIZE <= len(cluster) <= MAX_SPLIT_SIZE or depth > max_depth:
            continue
        cut = best_cut(_local_sim(local_matrix(cluster)))
        if cut is None:
            continue
        left, right = [cluster[i] for i in cut.left], [cluster[i] for i in cut.right]
        yield cut.features, label(left, right)
        stack.append((left, depth + 1))
        stack.append((right, depth + 1))


def split_clusters(
    clusters: list[list[int]],
    local_matrix: Callable[[list[int]], sp.csr_matrix],
    together: list[list[int]] | None = None,
    model: SplitModel = SPLIT_MODEL,
    threshold: float = SPLIT_PROBABILITY,
    max_ratio: float = MAX_CUT_RATIO,
) -> list[list[int]]:
    """Recursively split clusters; ``local_matrix(members)`` gives locally re-weighted rows.
    A cut is kept when the model gives it ``threshold`` or more and its between/within ratio
    is under ``max_ratio``."""
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
        positions: dict[int, list[int]] = {}
        for pos, item in enumerate(cluster):
            if item in group_of:
                positions.setdefault(group_of[item], []).append(pos)
        groups = [np.array(p) for p in positions.values() if len(p) > 1]
        cut = best_cut(_local_sim(local_matrix(cluster)), groups)
        if cut is None or cut.features[1] >= max_ratio or model.probability(cut.features) < threshold:
            out.append(cluster)
            continue
        stack.append([cluster[i] for i in cut.left])
        stack.append([cluster[i] for i in cut.right])
    out = [sorted(c) for c in out]
    out.sort(key=lambda c: c[0])
    return out
