"""How often a term occurs in news in general: the prior of the clustering IDF.

A corpus's own document frequencies say how rare a term is only when the corpus is large
and mixed. In six articles about one chemical fire, "chemical" and "fire" are in every
article and get the lowest weight, and two reports of the fire look alike only through
incidental words. General word frequencies (the ``wordfreq`` package: Wikipedia, news,
books, subtitles, web text; the data ships inside the package, nothing is fetched) give a
prior for the share of articles that contain a term, which :func:`newsdesk.link.vectors._tfidf`
blends with the corpus's own counts.

A word of general frequency ``f`` (per running word) is expected in ``1 - exp(-L f)`` of
articles of ``L`` words (``L``: ``VectorConfig.prior_doc_words``). A name of several words
is as rare as wordfreq's combination of its words (``1/f = 1/f1 + 1/f2 + ...``); a figure
(``#<number>``) as rare as wordfreq says that number is written. A term wordfreq does not
know (most names of people and small places) has rate 0: it is as telling as a term can be.
"""
from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

_SPLIT = re.compile(r"[\s\-]+")


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    """wordfreq's English table (word -> frequency per running word), loaded once."""
    from wordfreq import get_frequency_dict

    return get_frequency_dict("en", "best")


def load_frequencies() -> None:
    """Load the word table now (it is loaded on first use otherwise)."""
    _frequencies()


def term_frequency(term: str) -> float:
    """General frequency of a content word, a (lower-case) name or a ``#``-figure; 0 when unknown."""
    if term.startswith("#"):
        from wordfreq import word_frequency

        return word_frequency(term[1:], "en")
    table = _frequencies()
    found = table.get(term)
    if found is not None:
        return found
    parts = [p for p in _SPLIT.split(term.replace("'s", "").strip(".")) if p]
    if len(parts) < 2:
        return 0.0
    inverse = 0.0
    for part in parts:
        f = table.get(part)
        if not f:
            return 0.0
        inverse += 1.0 / f
    return 1.0 / inverse


def document_rates(terms: Sequence[str], doc_words: float) -> np.ndarray:
    """Expected share of news articles (of ``doc_words`` words) that contain each term."""
    freq = np.fromiter((term_frequency(t) for t in terms), dtype=np.float64, count=len(terms))
    return -np.expm1(-doc_words * freq)
