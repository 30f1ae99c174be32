"""The compare stages' own stop words and TF-IDF are scikit-learn's, exactly.

They replace ``sklearn.feature_extraction.text`` in the compare stages (with SciPy's statistics ~0.7 s CPU in
every worker process): the stop words must be the same set and :func:`facts.tfidf_rows` must
give the same arrays, bit for bit, as ``TfidfVectorizer`` — else fact alignment would change.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from scipy import sparse

from newsdesk.compare import facts
from newsdesk.compare import text as _text
from newsdesk.compare._stopwords import ENGLISH_STOP_WORDS

DEMO = Path(__file__).resolve().parents[1] / "src" / "newsdesk" / "demo" / "corpus"

sklearn_text = pytest.importorskip("sklearn.feature_extraction.text")


def _reference(docs: list[list[str]]) -> sparse.csr_matrix:
    vec = sklearn_text.TfidfVectorizer(analyzer=lambda ts: ts, sublinear_tf=True)
    return sparse.csr_matrix(vec.fit_transform(docs))


def _same(a: sparse.csr_matrix, b: sparse.csr_matrix) -> bool:
    return (a.shape == b.shape and a.indices.dtype == b.indices.dtype and np.array_equal(a.indices, b.indices)
            and np.array_equal(a.indptr, b.indptr) and a.data.tobytes() == b.data.tobytes())


def _demo_sentences() -> list[str]:
    out = []
    for path in sorted(DEMO.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out += [s.strip() for s in text.replace("\n", " ").split(". ") if s.strip()]
    return out


def test_stop_words_are_scikit_learns():
    assert ENGLISH_STOP_WORDS == frozenset(sklearn_text.ENGLISH_STOP_WORDS)


def test_tfidf_rows_bit_identical_on_demo_sentences():
    docs = [_text.terms(s) for s in _demo_sentences()]
    assert len(docs) > 100 and any(len(d) > 8 for d in docs)  # rows long enough to test the summing order
    docs.append([])  # a sentence with no terms: an empty row
    mine = facts.tfidf_rows(docs)
    assert _same(mine, _reference(docs))
    # and what alignment computes from the rows: candidate pairs and a group's cosines
    art = np.arange(len(docs)) % 4
    for x, y in zip(facts._candidates(mine, art, 0.1), facts._candidates(_reference(docs), art, 0.1)):
        assert x.tobytes() == y.tobytes()
    idx = list(range(0, len(docs), 3))
    assert facts.sub_similarity(mine, idx).tobytes() == facts.sub_similarity(_reference(docs), idx).tobytes()


def test_tfidf_rows_repeated_terms_and_small_stories():
    docs = [["b", "a", "b", "c"], ["c", "c"], ["d"], ["a", "d", "a", "a", "e"]]
    assert _same(facts.tfidf_rows(docs), _reference(docs))
    assert _same(facts.tfidf_rows(docs[:2]), _reference(docs[:2]))


def test_compare_does_not_import_scikit_learn():
    code = "import sys, newsdesk.compare; print('sklearn' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
