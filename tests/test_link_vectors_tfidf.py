"""The link stage's TF-IDF is scikit-learn's ``TfidfVectorizer``, bit for bit, without importing it.

``vectors._tfidf`` replaced ``TfidfVectorizer`` (whose import, with SciPy's statistics, cost ~0.7 s of
every ``analyze``); clustering compares floats against thresholds, so the rows must be the same arrays.
"""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from scipy import sparse as sp

from newsdesk.link import vectors
from newsdesk.link.background import document_rates
from newsdesk.link.features import content_words

DEMO = Path(__file__).resolve().parents[1] / "src" / "newsdesk" / "demo" / "corpus"

sklearn_text = pytest.importorskip("sklearn.feature_extraction.text")


def _reference(docs, prior=None, prior_docs=0.0):
    """The code this replaced, verbatim (scikit-learn's vectorizer)."""
    if prior is None or prior_docs <= 0:
        vec = sklearn_text.TfidfVectorizer(analyzer=lambda d: d, sublinear_tf=True, norm="l2", dtype=np.float32)
        return vec.fit_transform(docs).tocsr()
    vec = sklearn_text.TfidfVectorizer(analyzer=lambda d: d, sublinear_tf=True, use_idf=False, norm=None,
                                       dtype=np.float64)
    tf = vec.fit_transform(docs).tocsr()
    terms = vec.get_feature_names_out().tolist()
    df = np.bincount(tf.indices, minlength=tf.shape[1]).astype(np.float64)
    n = tf.shape[0]
    idf = np.log((1.0 + n + prior_docs) / (1.0 + df + prior_docs * prior(terms))) + 1.0
    tf.data *= idf[tf.indices]
    norms = np.sqrt(np.asarray(tf.multiply(tf).sum(axis=1)).ravel())
    tf.data /= np.repeat(np.where(norms > 0, norms, 1.0), np.diff(tf.indptr))
    return tf.astype(np.float32)


def _same(a, b) -> bool:
    return (type(a) is type(b) and a.shape == b.shape and a.dtype == b.dtype
            and a.indices.dtype == b.indices.dtype and np.array_equal(a.indices, b.indices)
            and np.array_equal(a.indptr, b.indptr) and a.data.tobytes() == b.data.tobytes())


def _paragraph_docs() -> tuple[list[list[str]], list[list[str]]]:
    words, names = [], []
    for path in sorted(DEMO.glob("*.txt")):
        for para in path.read_text(encoding="utf-8").split("\n\n"):
            words.append(content_words(para))
            names.append(re.findall(r"(?<=[a-z,] )[A-Z][a-z]+", para) + [f"#{n}" for n in re.findall(r"\d+", para)])
    return words, names


def test_tfidf_bit_identical_with_and_without_the_background_prior():
    words, names = _paragraph_docs()
    assert len(words) > 50 and max(map(len, words)) > 40  # long rows test the summing order
    words.append([])  # a paragraph with no content word: an empty row
    names.append([])
    config = vectors.VectorConfig()
    prior = lambda terms: document_rates(terms, config.prior_doc_words)  # noqa: E731
    for docs in (words, names, words[:3], [["solo"], ["solo", "solo"]]):
        assert _same(vectors._tfidf(docs), _reference(docs))
        assert _same(vectors._tfidf(docs, prior, config.prior_docs), _reference(docs, prior, config.prior_docs))
    # and the matrix clustering reads
    mine = vectors.article_matrix(words, names, config, background=True)
    assert isinstance(mine, sp.csr_matrix) and mine.nnz > 1000


def test_link_stage_imports_no_scikit_learn():
    import subprocess
    import sys

    code = "import sys, newsdesk.link.cluster; print('sklearn' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
