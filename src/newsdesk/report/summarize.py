"""Extractive story summaries: LexRank centrality across outlets, then MMR for variety.

Every sentence of every article in a story becomes a candidate; TF-IDF cosine similarity
links them into a graph and LexRank (PageRank over that graph) scores how central each one
is. Edges between sentences of the *same* article are down-weighted, so a sentence ranks
high when *other outlets* say the same thing — agreement across newsrooms, not repetition
within one. A small lead bonus reflects news writing (the lede carries the event).
Maximal Marginal Relevance then picks sentences that are central but not redundant.

Pure: articles and their sentence spans in, cited spans out. The returned text is always
``body[start:end]`` exactly, so the briefing can cite it.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from ..model import Annotations, Article
from .spans import split_sentences

SUMMARY_SENTENCES = 4  # a briefing paragraph, not an article: four sentences read in ~20 seconds
MIN_WORDS = 8  # shorter fragments are headings, captions or datelines, not summary material
MAX_WORDS = 60  # longer "sentences" are usually run-on lists or a failed split
EDGE_MIN = 0.08  # cosine below this is topical noise, not an edge of the graph
SAME_ARTICLE_WEIGHT = 0.3  # within-article similarity counts, but much less than agreement across outlets
DAMPING = 0.85  # the usual PageRank damping
ITERATIONS = 100  # power iteration converges long before this on story-sized graphs
TOLERANCE = 1e-8
LEAD_WEIGHT = 0.3  # share of the score given to position (1 for the lede, decaying with 1/(1+i))
MMR_LAMBDA = 0.7  # relevance vs. novelty in MMR
REDUNDANT = 0.5  # a candidate this similar to a chosen sentence says the same thing; skip it

# "LINDHAVEN, Helvoria (Coastline Wire) — ", "HALVERGATE (WHLV) — ": a dateline is cut off the cited span
DATELINE_RE = re.compile(r"^[A-Z][A-Z .'’-]{2,40}(?:,[^—–\n]{0,60})?(?:\s*\([^()\n]{1,40}\))?\s*[—–-]{1,2}\s+")
SENTENCE_START_RE = re.compile(r"[\"“‘'(]?[A-Z0-9]")  # a fragment starting mid-sentence is a bad split
SENTENCE_END_RE = re.compile(r"[.!?][\"'”’)\]]*$")  # headlines and captions do not end like sentences


@dataclass(frozen=True, slots=True)
class Candidate:
    """A sentence of one article: ``text == body[start:end]``."""

    article: str
    start: int
    end: int
    text: str
    position: int  # index among the article's sentences (0 = lede)
    score: float = 0.0


def candidates(articles: Sequence[Article], annotations: Mapping[str, Annotations] | None = None) -> list[Candidate]:
    """Summary-worthy sentences of the articles (extract-stage spans, else the fallback splitter)."""
    out = []
    for article in articles:
        ann = (annotations or {}).get(article.id)
        spans = [(int(s), int(e)) for s, e in ann.sentences] if ann and ann.sentences else split_sentences(article.body)
        for position, (start, end) in enumerate(spans):
            text = article.body[start:end]
            m = DATELINE_RE.match(text)
            if m:
                start += m.end()
                text = article.body[start:end]
            words = len(text.split())
            if words < MIN_WORDS or words > MAX_WORDS or not re.search(r"[a-z]", text) \
                    or not SENTENCE_END_RE.search(text) or not SENTENCE_START_RE.match(text):
                continue
            out.append(Candidate(article.id, start, end, text, position))
    return out


def similarity(texts: Sequence[str]) -> np.ndarray:
    """Cosine similarity of TF-IDF vectors (rows are L2-normalised, so X·Xᵀ is the cosine)."""
    vec = TfidfVectorizer(stop_words="english", sublinear_tf=True, token_pattern=r"(?u)\b\w[\w'-]*\w\b|\b\d+\b")
    try:
        matrix = vec.fit_transform(texts)
    except ValueError:  # every candidate was stop words only: no vocabulary, no similarity
        return np.zeros((len(texts), len(texts)))
    return (matrix @ matrix.T).toarray()


def lexrank(sim: np.ndarray, same_article: np.ndarray) -> np.ndarray:
    """Continuous LexRank scores (sum to 1) over the thresholded, weighted similarity graph."""
    n = sim.shape[0]
    if n == 0:
        return np.zeros(0)
    weights = np.where(sim >= EDGE_MIN, sim, 0.0)
    weights = np.where(same_article, weights * SAME_ARTICLE_WEIGHT, weights)
    np.fill_diagonal(weights, 0.0)
    degree = weights.sum(axis=1, keepdims=True)
    transition = np.divide(weights, degree, out=np.full_like(weights, 1.0 / n), where=degree > 0)
    scores = np.full(n, 1.0 / n)
    for _ in range(ITERATIONS):
        updated = (1 - DAMPING) / n + DAMPING * transition.T @ scores
        if np.abs(updated - scores).sum() < TOLERANCE:
            scores = updated
            break
        scores = updated
    return scores / scores.sum()


def mmr(relevance: np.ndarray, sim: np.ndarray, k: int) -> list[int]:
    """Indices picked greedily by λ·relevance − (1−λ)·max similarity to what is already picked."""
    chosen: list[int] = []
    left = list(range(len(relevance)))
    while left and len(chosen) < k:
        def gain(i: int) -> float:
            overlap = max((sim[i, j] for j in chosen), default=0.0)
            return MMR_LAMBDA * relevance[i] - (1 - MMR_LAMBDA) * overlap

        best = max(left, key=lambda i: (gain(i), -i))
        left.remove(best)
        if any(sim[best, j] >= REDUNDANT for j in chosen):
            continue
        chosen.append(best)
    return chosen


def summary_length(sources: int) -> int:
    """Sentences for a story covered by ``sources`` independent newsrooms: fewer sources, less to say."""
    return max(1, min(SUMMARY_SENTENCES, 2 + sources // 2))


def summarize(articles: Sequence[Article], annotations: Mapping[str, Annotations] | None = None,
              k: int = SUMMARY_SENTENCES) -> list[Candidate]:
    """The ``k`` most central, mutually different sentences of a story, most central first.

    Pass one representative per group of copies (syndicated text would otherwise vote for
    itself). Returns ``[]`` when no article has a usable sentence.
    """
    cands = candidates(articles, annotations)
    if not cands:
        return []
    sim = similarity([c.text for c in cands])
    owners = np.array([c.article for c in cands])
    central = lexrank(sim, owners[:, None] == owners[None, :])
    central = central / central.max() if central.max() > 0 else central
    lead = np.array([1.0 / (1 + c.position) for c in cands])
    relevance = (1 - LEAD_WEIGHT) * central + LEAD_WEIGHT * lead
    picked = mmr(relevance, sim, k)
    return [Candidate(cands[i].article, cands[i].start, cands[i].end, cands[i].text, cands[i].position,
                      float(relevance[i])) for i in picked]
