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

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from newsdesk.link.background import document_rates
from newsdesk.tfidf import row_norms, term_counts


@dataclass(frozen=True, slots=True)
class VectorConfig:
    name_weight: float = 0.5  # names/figures weigh as much as all other words; tuned on ECB+ 1-25
    retrieval_terms: int = 24  # heaviest terms per article used to find candidates
    max_posting: int = 400  # a retrieval term shared by more articles than this is too common to help
    neighbours: int = 40  # most similar candidates kept per article
    min_similarity: float = 0.05  # weaker edges are noise; they never decide a merge
    prior_docs: float = 1000.0  # pseudo-articles of general news joined to the corpus for its IDF; ECB+ 1-25: flat from 300 to 3000
    prior_doc_words: float = 300.0  # words of one such article (a news report); ECB+ 1-25: flat from 150 to 600


SIM_PAIRS = 16_384  # candidate pairs whose similarity is computed in one sparse product (~50 MB): bounds its memory
PRUNE_MIN_EDGES = 1_000_000  # edges gathered before the first pruning to each node's neighbours
CANDIDATE_ROWS = 128  # articles whose candidates are listed at once: up to rows x 24 terms x 400 postings (~50 MB)


@dataclass(slots=True)
class EdgeList:
    """Edges ``(i, j)``, i < j, with their similarity, in a fixed order (arrays, not a dict of
    tuples: a few bytes per edge). ``items()`` yields ``((i, j), s)`` like ``dict.items()``."""

    first: np.ndarray  # int64
    second: np.ndarray  # int64
    sim: np.ndarray  # float64

    def __len__(self) -> int:
        return len(self.first)

    def items(self) -> Iterator[tuple[tuple[int, int], float]]:
        step = 65_536
        for lo in range(0, len(self.first), step):
            hi = lo + step
            for i, j, s in zip(self.first[lo:hi].tolist(), self.second[lo:hi].tolist(), self.sim[lo:hi].tolist()):
                yield (i, j), s

    def as_dict(self) -> dict[tuple[int, int], float]:
        return dict(self.items())


def _tfidf(docs: Sequence[list[str]], prior: Callable[[list[str]], np.ndarray] | None = None,
           prior_docs: float = 0.0) -> sp.csr_matrix:
    """Sublinear-tf TF-IDF rows, L2-normalised.

    Without ``prior`` the IDF is the corpus's own (``ln((1 + N) / (1 + df)) + 1``). With it,
    the corpus is joined by ``prior_docs`` pseudo-documents in which a term occurs at the rate
    ``prior(terms)`` gives: ``ln((1 + N + K) / (1 + df + K q)) + 1``. A small corpus about one
    event then still weighs that event's words by how rare they are in general, not by how
    rare they are among the few articles at hand; a large corpus outweighs the prior.

    The float operations are those of scikit-learn's ``TfidfVectorizer(sublinear_tf=True)``
    (float32 without a prior, float64 with one), in the same order: the same bits
    (``tests/test_link_vectors_tfidf.py``)."""
    if not any(docs):
        return sp.csr_matrix((len(docs), 0))
    if prior is None or prior_docs <= 0:
        tf, _ = term_counts(docs, np.float32)
        data = tf.data
        df = np.bincount(tf.indices, minlength=tf.shape[1]).astype(np.float32)
        df += 1.0  # smooth_idf
        idf = np.full_like(df, fill_value=tf.shape[0] + 1, dtype=np.float32)
        idf /= df
        np.log(idf, out=idf)
        idf += 1.0
        np.log(data, data)  # sublinear tf
        data += 1.0
        data *= idf[tf.indices]
        # scikit-learn's row normaliser: float32 squares summed left to right in a double,
        # each entry divided by the double root and rounded back to float32
        norms = row_norms((data * data).astype(np.float64), tf.indptr)
        tf.data = (data.astype(np.float64) / np.repeat(norms, np.diff(tf.indptr))).astype(np.float32)
        return tf
    tf, terms = term_counts(docs, np.float64)
    np.log(tf.data, tf.data)  # sublinear tf, no IDF, no norm: scikit-learn's use_idf=False, norm=None
    tf.data += 1.0
    df = np.bincount(tf.indices, minlength=tf.shape[1]).astype(np.float64)
    n = tf.shape[0]
    idf = np.log((1.0 + n + prior_docs) / (1.0 + df + prior_docs * prior(terms))) + 1.0
    tf.data *= idf[tf.indices]
    norms = np.sqrt(np.asarray(tf.multiply(tf).sum(axis=1)).ravel())
    tf.data /= np.repeat(np.where(norms > 0, norms, 1.0), np.diff(tf.indptr))
    return tf.astype(np.float32)


def article_matrix(
    word_docs: Sequence[list[str]], name_docs: Sequence[list[str]], config: VectorConfig,
    background: bool = False,
) -> sp.csr_matrix:
    """The concatenated, weighted TF-IDF matrix (one row per article).

    ``name_docs``: each article's names followed by its figures as ``#<figure>``.
    ``background``: the IDF blends general news frequencies with the corpus's own
    (:mod:`newsdesk.link.background`); without it the IDF is the corpus's alone."""
    prior = (lambda terms: document_rates(terms, config.prior_doc_words)) if background else None
    words = _tfidf(word_docs, prior, config.prior_docs)
    # weighted in place (the product is computed in float64 and rounded, as ``words * w`` was):
    # at 100k articles each copy of the matrix is ~250 MB
    words.data *= np.sqrt(1.0 - config.name_weight)
    names = _tfidf(name_docs, prior, config.prior_docs)
    names.data *= np.sqrt(config.name_weight)
    return sp.hstack([words, names], format="csr").astype(np.float32, copy=False)


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


def neighbour_edges(matrix: sp.csr_matrix, config: VectorConfig) -> EdgeList:
    """Similarity of each candidate pair (i < j) kept as a neighbour by i or by j.

    Similarities are computed ``SIM_PAIRS`` pairs at a time and the edges gathered so far
    are cut back to each node's ``neighbours`` strongest whenever they pile up: an edge that
    is not among the strongest of either end in part of the edges is not among them in all
    of them, so the result is the same as keeping every edge and pruning once."""
    n = matrix.shape[0]
    keys = _top_terms(matrix, config.retrieval_terms)
    posting = np.asarray(keys.sum(axis=0)).ravel()
    keys = keys[:, np.flatnonzero(posting <= config.max_posting)] if n else keys
    keys_t = keys.T.tocsr()
    firsts: list[np.ndarray] = []
    seconds: list[np.ndarray] = []
    sims_kept: list[np.ndarray] = []
    gathered = 0
    limit = PRUNE_MIN_EDGES
    chunk = CANDIDATE_ROWS
    for lo in range(0, n, chunk):
        hi = min(n, lo + chunk)
        cand = (keys[lo:hi] @ keys_t).tocoo()
        mask = cand.row + lo < cand.col
        ii, jj = (cand.row[mask] + lo).astype(np.int64), cand.col[mask].astype(np.int64)
        del cand, mask
        for b in range(0, len(ii), SIM_PAIRS):
            bi, bj = ii[b : b + SIM_PAIRS], jj[b : b + SIM_PAIRS]
            sims = np.asarray(matrix[bi].multiply(matrix[bj]).sum(axis=1)).ravel()
            keep = sims >= config.min_similarity
            # gathered as int32 ids and float32 similarities (exact: the matrix is float32),
            # half the memory of the pool and of its pruning at 100k articles
            firsts.append(bi[keep].astype(np.int32))
            seconds.append(bj[keep].astype(np.int32))
            sims_kept.append(sims[keep].astype(np.float32))
            gathered += int(keep.sum())
        if gathered > limit:
            pool = _strongest(np.concatenate(firsts), np.concatenate(seconds), np.concatenate(sims_kept),
                              n, config.neighbours, ordered=False)
            firsts, seconds, sims_kept = [pool.first], [pool.second], [pool.sim]
            gathered = len(pool)
            limit = max(PRUNE_MIN_EDGES, gathered + gathered // 2)  # pruning grows with the pool: ~n x neighbours
    if not firsts:
        empty = np.zeros(0, dtype=np.int64)
        return EdgeList(empty, empty, np.zeros(0, dtype=np.float64))
    edges = _strongest(np.concatenate(firsts), np.concatenate(seconds), np.concatenate(sims_kept),
                       n, config.neighbours, ordered=True)
    return EdgeList(edges.first.astype(np.int64), edges.second.astype(np.int64), edges.sim.astype(np.float64))


def _strongest(first: np.ndarray, second: np.ndarray, sim: np.ndarray, n: int, k: int,
               ordered: bool) -> EdgeList:
    """Keep an edge when it is among the ``k`` strongest of either endpoint (ties: lower i, then j).

    ``ordered``: in the order of a dict filled node by node, each node's kept edges strongest
    first, an edge at its first appearance (what the neighbour graph's consumers iterate)."""
    m = len(first)
    node = np.concatenate([first, second]).astype(np.int32, copy=False)
    edge = np.concatenate([np.arange(m, dtype=np.int32), np.arange(m, dtype=np.int32)])
    order = np.lexsort((second[edge].astype(np.int32, copy=False), first[edge].astype(np.int32, copy=False),
                        -sim[edge], node))
    node, edge = node[order], edge[order]
    del order
    # rank of each entry within its node's run (int32 throughout: 2m entries, the peak of clustering)
    starts = np.flatnonzero(np.concatenate([[True], node[1:] != node[:-1]])) if m else np.zeros(0, dtype=np.int64)
    rank = np.arange(2 * m, dtype=np.int32)
    rank -= np.repeat(starts.astype(np.int32), np.diff(np.append(starts, 2 * m)))
    del starts
    top = rank < k
    best = np.full(m, np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(best, edge[top], node[top].astype(np.int64) * k + rank[top])
    kept = np.flatnonzero(best < np.iinfo(np.int64).max)
    if ordered:
        kept = kept[np.argsort(best[kept], kind="stable")]
    return EdgeList(first[kept], second[kept], sim[kept])


def _prune_to_neighbours(edges: dict[tuple[int, int], float], n: int, k: int) -> dict[tuple[int, int], float]:
    """Keep an edge when it is among the ``k`` strongest of either endpoint (the dict form of
    :func:`_strongest`)."""
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
