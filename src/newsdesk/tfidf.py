"""Term counts and row norms as scikit-learn 1.x computes them, without importing it.

Both the linking stage (article vectors) and the comparison stage (clause vectors) need
TF-IDF rows that are bit for bit scikit-learn's (the exports are pinned), and neither may pay
scikit-learn's import (with SciPy's statistics ~0.7 s of every process's start-up). These are
the two pieces they share; each stage keeps its own IDF formula.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp


def term_counts(docs: Sequence[list[str]], dtype: type) -> tuple[sp.csr_matrix, list[str]]:
    """Term counts and the sorted terms, as ``CountVectorizer(analyzer=identity, dtype=dtype)
    .fit_transform`` makes them, array for array: columns in the terms' sorted order, a row's
    entries ordered by each term's first appearance in the corpus (what its ``sort_indices``
    before the column renumbering leaves)."""
    if len(docs) >= MANY_DOCS:
        return _term_counts_arrays(docs, dtype)
    vocab: dict[str, int] = {}  # term -> index in order of first appearance
    seen_at: list[int] = []
    counts: list[int] = []
    indptr = [0]
    for doc in docs:
        counter: dict[int, int] = {}
        for t in doc:
            k = vocab.setdefault(t, len(vocab))
            counter[k] = counter.get(k, 0) + 1
        keys = sorted(counter)
        seen_at.extend(keys)
        counts.extend(counter[k] for k in keys)
        indptr.append(len(seen_at))
    terms = sorted(vocab)
    rank = np.empty(len(vocab), dtype=np.int32)  # first appearance -> sorted position (the column)
    for column, t in enumerate(terms):
        rank[vocab[t]] = column
    indices = rank[np.asarray(seen_at, dtype=np.int32)]  # entries keep their order, as in scikit-learn
    data = np.asarray(counts, dtype=dtype)
    matrix = sp.csr_matrix((data, indices, np.asarray(indptr, dtype=np.int32)), shape=(len(docs), len(vocab)))
    return matrix, terms


MANY_DOCS = 64  # from this many documents the counting is done in arrays (a fixed cost of ~0.1 ms)
CHUNK_DOCS = 2048  # documents counted together in arrays: their token ids held at once (a few MB)


def _term_counts_arrays(docs: Sequence[list[str]], dtype: type) -> tuple[sp.csr_matrix, list[str]]:
    """:func:`term_counts` with one dictionary look-up per token and the counting in numpy: a
    document's (first-appearance index, count) entries sorted by that index are the distinct
    codes ``document * V + index`` of a chunk of documents, in order."""
    vocab: dict[str, int] = {}
    seen_parts: list[np.ndarray] = []
    count_parts: list[np.ndarray] = []
    row_sizes = np.zeros(len(docs), dtype=np.int64)
    for lo in range(0, len(docs), CHUNK_DOCS):
        chunk = [docs[k] for k in range(lo, min(lo + CHUNK_DOCS, len(docs)))]
        lengths = np.fromiter(map(len, chunk), dtype=np.int64, count=len(chunk))
        ids = np.fromiter((vocab.setdefault(t, len(vocab)) for doc in chunk for t in doc), dtype=np.int64,
                          count=int(lengths.sum()))
        width = max(len(vocab), 1)
        codes, counts = np.unique(np.repeat(np.arange(len(chunk), dtype=np.int64), lengths) * width + ids,
                                  return_counts=True)
        seen_parts.append(codes % width)
        count_parts.append(counts)
        row_sizes[lo : lo + len(chunk)] = np.bincount(codes // width, minlength=len(chunk))
    terms = sorted(vocab)
    rank = np.empty(len(vocab), dtype=np.int32)
    for column, t in enumerate(terms):
        rank[vocab[t]] = column
    seen_at = np.concatenate(seen_parts) if seen_parts else np.zeros(0, dtype=np.int64)
    indices = rank[seen_at.astype(np.int32)]
    data = (np.concatenate(count_parts) if count_parts else np.zeros(0, dtype=np.int64)).astype(dtype)
    indptr = np.concatenate([[0], np.cumsum(row_sizes)]).astype(np.int32)
    matrix = sp.csr_matrix((data, indices, indptr), shape=(len(docs), len(vocab)))
    return matrix, terms


def row_norms(squares: np.ndarray, indptr: np.ndarray) -> np.ndarray:
    """Each row's L2 norm from its entries' squares, the squares added left to right in a
    double as scikit-learn's row normaliser does (the same bits); an empty row's norm is 1."""
    starts = np.asarray(indptr[:-1], dtype=np.int64)
    lengths = np.diff(np.asarray(indptr, dtype=np.int64))
    sums = np.zeros(len(lengths))
    for k in range(int(lengths.max(initial=0))):
        rows = np.flatnonzero(lengths > k)
        sums[rows] += squares[starts[rows] + k]
    norms = np.sqrt(sums)
    norms[sums == 0.0] = 1.0  # an empty row stays as it is
    return norms
