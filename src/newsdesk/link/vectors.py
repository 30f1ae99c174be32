"""Article vectors and candidate neighbours for story clustering.

An article is one L2-normalised sparse vector that concatenates two TF-IDF blocks, each
scaled so that the dot product of two articles is a weighted sum of two cosines:

    sim(a, b) = (1 - NAME_WEIGHT) * cos(words_a, words_b) + NAME_WEIGHT * cos(names_a, names_b)

``words`` are content words (function words dropped, sublinear tf); ``names`` are entity
names from the extract stage or, without annotations, capitalised tokens inside sentences,
plus the figures an article reports. Names separate two events of the same kind (two
earthquakes, two rehab check-ins) that share most of their vocabulary.

Neighbours are found without comparing every pair: each article keeps only its
``RETRIEVAL_TERMS`` heaviest terms for retrieval (an inverted index in sparse-matrix form);
two articles become candidates when they share one such term, and only candidates get an
exact similarity. Terms that are among the heaviest of very many articles say little about
any one pair and are left out of retrieval (``MAX_POSTING``).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

from newsdesk.link.features import LinkFeatures


@dataclass(frozen=True, slots=True)
class VectorConfig:
    name_weight: float = 0.5  # names/figures weigh as much as all other words; tuned on ECB+ 1-25
    retrieval_terms: int = 24  # heaviest terms per article used to find candidates
    max_posting: int = 400  # a retrieval term shared by more articles than this is too common to help
    neighbours: int = 40  # most similar candidates kept per article
    min_similarity: float = 0.05  # weaker edges are noise; they never decide a merge


def _identity(tokens: list[str]) -> list[str]:
    return tokens


def _tfidf(docs: list[list[str]]) -> sp.csr_matrix:
    if not any(docs):
        return sp.csr_matrix((len(docs), 0))
    vec = TfidfVectorizer(analyzer=_identity, sublinear_tf=True, norm="l2", dtype=np.float32)
    return vec.fit_transform(docs).tocsr()


def article_matrix(
    word_docs: list[list[str]], features: list[LinkFeatures], config: VectorConfig
) -> sp.csr_matrix:
    """The concatenated, weighted TF-IDF matrix (one row per article)."""
    words = _tfidf(word_docs)
    names = _tfidf([f.names + ["#" + n for n in f.numbers] for f in features])
    matrix = sp.hstack(
        [words * np.sqrt(1.0 - config.name_weight), names * np.sqrt(config.name_weight)], format="csr"
    )
    return matrix.astype(np.float32)


def _top_terms(matrix: sp.csr_matrix, keep: int) -> sp.csr_matrix:
    """Each row reduced to its ``keep`` largest entries, set to 1 (a retrieval key set)."""
    rows, cols = [], []
    for i in range(matrix.shape[0]):
        start, end = matrix.indptr[i], matrix.indptr[i + 1]
        data = matrix.data[start:end]
        idx = matrix.indices[start:end]
        if len(data) > keep:
            sel = np.argpartition(-data, keep - 1)[:keep]
            idx = idx[sel]
        rows.append(np.full(len(idx), i, dtype=np.int64))
        cols.append(idx.astype(np.int64))
    r = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    c = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64)
    return sp.csr_matrix((np.ones(len(r), dtype=np.float32), (r, c)), shape=matrix.shape)


def neighbour_edges(matrix: sp.csr_matrix, config: VectorConfig) -> dict[tuple[int, int], float]:
    """Similarity of each candidate pair (i < j) kept as a neighbour by i or by j."""
    n = matrix.shape[0]
    keys = _top_terms(matrix, config.retrieval_terms)
    posting = np.asarray(keys.sum(axis=0)).ravel()
    keys = keys[:, np.flatnonzero(posting <= config.max_posting)] if n else keys
    keys_t = keys.T.tocsr()
    edges: dict[tuple[int, int], float] = {}
    chunk = 512
    for lo in range(0, n, chunk):
        hi = min(n, lo + chunk)
        cand = (keys[lo:hi] @ keys_t).tocoo()
        mask = cand.row + lo < cand.col
        ii, jj = cand.row[mask] + lo, cand.col[mask]
        if not len(ii):
            continue
        sims = np.asarray(matrix[ii].multiply(matrix[jj]).sum(axis=1)).ravel()
        keep = sims >= config.min_similarity
        for i, j, s in zip(ii[keep].tolist(), jj[keep].tolist(), sims[keep].tolist()):
            edges[(i, j)] = s
    return _prune_to_neighbours(edges, n, config.neighbours)


def _prune_to_neighbours(edges: dict[tuple[int, int], float], n: int, k: int) -> dict[tuple[int, int], float]:
    """Keep an edge when it is among the ``k`` strongest of either endpoint."""
    by_node: list[list[tuple[float, int, int]]] = [[] for _ in range(n)]
    for (i, j), s in edges.items():
        by_node[i].append((s, i, j))
        by_node[j].append((s, i, j))
    kept: dict[tuple[int, int], float] = {}
    for lst in by_node:
        lst.sort(key=lambda t: (-t[0], t[1], t[2]))
        for s, i, j in lst[:k]:
            kept[(i, j)] = s
    return kept
