"""``cluster.components``: union-find on small graphs, the same partition as SciPy's connected components."""
from __future__ import annotations

import subprocess
import sys

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from newsdesk.link import cluster


def _same_partition(a: np.ndarray, b: np.ndarray) -> bool:
    return bool(np.array_equal(a[:, None] == a[None, :], b[:, None] == b[None, :]))


def test_union_find_matches_scipy_on_random_graphs():
    rng = np.random.default_rng(7)
    for n, m in ((1, 0), (5, 0), (12, 3), (40, 25), (60, 80), (90, 300)):
        first = rng.integers(0, n, size=m)
        second = rng.integers(0, n, size=m)
        graph = sp.coo_matrix((np.ones(m, dtype=np.int8), (first, second)), shape=(n, n))
        expected = connected_components(graph, directed=False)[1]
        got = cluster.components(n, first, second)
        assert _same_partition(got, expected)
        assert np.array_equal(got, expected)  # the same labels too: copies orders components by them


def test_large_graph_goes_to_scipy(monkeypatch):
    monkeypatch.setattr(cluster, "SMALL_GRAPH", 10)
    first, second = np.array([0, 2, 4, 6]), np.array([1, 3, 5, 0])
    labels = cluster.components(8, first, second)
    assert labels[0] == labels[1] == labels[6] and labels[2] == labels[3] and labels[7] not in labels[:7]


def test_importing_the_cluster_stage_leaves_csgraph_out():
    code = "import sys, newsdesk.link.cluster; print('scipy.sparse.csgraph' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
