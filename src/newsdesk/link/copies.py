"""Duplicates, syndicated copies and rewrites between articles.

Candidates (never all pairs):
1. MinHash/LSH over word 3-gram shingles (:mod:`newsdesk.link.minhash`) finds texts that
   share much of their wording: duplicates and wire copies with small edits.
2. An inverted index over 5-word windows of direct quotes finds texts that quote the same
   words even when every other sentence was paraphrased: rewrites.

Each candidate pair is then scored on evidence, in this order:
- ``duplicate``: same normalised text, or shingle Jaccard >= ``DUPLICATE_JACCARD``;
- ``syndicated``: Jaccard >= ``SYNDICATED_JACCARD`` or one text mostly contained in the
  other (containment >= ``SYNDICATED_CONTAINMENT``): a wire copy with a new lead, a cut or
  house-style edits;
- ``rewrite``: at least ``REWRITE_MIN_QUOTES`` long quotes shared *in the same order*, plus
  shared figures or paraphrased sentences that align. Independent reports of one press
  conference share a quote or two, but rarely the order, the figures and the sentences.
"""
from __future__ import annotations

import numpy as np

from newsdesk.link.align import (
    SentenceMatrix, align_matrices, align_sentences, ordered_shared_quotes, sentence_words, shared_numbers,
)
from newsdesk.link.features import LinkFeatures, link_features, normalize_text, words
from newsdesk.link.minhash import lsh_candidates, shingle_hashes, signatures
from newsdesk.model import Annotations, Article, SyndicationPair

DUPLICATE_JACCARD = 0.9  # nearly every 3-gram shared: the same text up to trivia
SYNDICATED_JACCARD = 0.5  # most wording shared: one wire text with edits
SYNDICATED_CONTAINMENT = 0.8  # the shorter text is mostly inside the longer one: a trimmed copy
REWRITE_MIN_QUOTES = 2  # one shared quote is a press conference; two in order is a source text
REWRITE_QUOTE_MIN_WORDS = 8  # shorter partial quotes ("ready to look at a demilitarised zone") get picked up by everyone
REWRITE_MIN_NUMBERS = 1  # the same figures (138 drones) carried over ...
REWRITE_MIN_ALIGNED = 3  # ... or at least this many paraphrased sentences that align
QUOTE_KEY_WORDS = 5  # quote windows of this many words are the rewrite retrieval keys
MAX_BUCKET = 200  # LSH buckets larger than this are chained, not paired all-with-all
MAX_QUOTE_POSTING = 50  # a quote window in more articles is a famous line, not a copy signal


def _quote_keys(feat: LinkFeatures) -> set[str]:
    keys = set()
    for quote in feat.quotes:
        toks = quote.split()
        for k in range(0, max(1, len(toks) - QUOTE_KEY_WORDS + 1)):
            window = toks[k : k + QUOTE_KEY_WORDS]
            if len(window) == QUOTE_KEY_WORDS:
                keys.add(" ".join(window))
    return keys


def _quote_candidates(features: list[LinkFeatures]) -> set[tuple[int, int]]:
    postings: dict[str, list[int]] = {}
    for i, feat in enumerate(features):
        for key in _quote_keys(feat):
            postings.setdefault(key, []).append(i)
    pairs: set[tuple[int, int]] = set()
    for members in postings.values():
        if 2 <= len(members) <= MAX_QUOTE_POSTING:
            for x in range(len(members)):
                for y in range(x + 1, len(members)):
                    pairs.add((members[x], members[y]))
    return pairs


def _long_quotes(feat: LinkFeatures, indices: list[int]) -> int:
    """How many of the shared quotes are long enough to be evidence of a shared source text."""
    return sum(1 for i in indices if len(feat.quotes[i].split()) >= REWRITE_QUOTE_MIN_WORDS)


class _PairTexts:
    """Per-article inputs of scoring that do not depend on the other article, computed on first
    use: the normalised word list of the body and the content words of each sentence."""

    def __init__(self, articles: list[Article], features: list[LinkFeatures]):
        self.articles, self.features = articles, features
        self.cache: dict[int, tuple[list[str], SentenceMatrix]] = {}
        self.vocab: dict[str, int] = {}

    def get(self, k: int) -> tuple[list[str], SentenceMatrix]:
        if k not in self.cache:
            body = self.articles[k].body
            sentences = sentence_words(body, self.features[k].sentences)
            self.cache[k] = (normalize_text(body).split(), SentenceMatrix(sentences, self.vocab))
        return self.cache[k]


def score_pair(
    a: Article, fa: LinkFeatures, sa: set[int], b: Article, fb: LinkFeatures, sb: set[int]
) -> SyndicationPair | None:
    """Classify one candidate pair, or None when the evidence does not make it a copy."""
    return _score(a, fa, sa, b, fb, sb)


def _score(
    a: Article, fa: LinkFeatures, sa: set[int], b: Article, fb: LinkFeatures, sb: set[int],
    texts_a: tuple[list[str], SentenceMatrix] | None = None,
    texts_b: tuple[list[str], SentenceMatrix] | None = None,
) -> SyndicationPair | None:
    """:func:`score_pair`, reusing per-article texts (``_PairTexts``) when given."""
    inter = len(sa & sb)
    union = (len(sa) + len(sb) - inter) or 1
    jaccard = inter / union
    containment = inter / (min(len(sa), len(sb)) or 1)
    quotes = ordered_shared_quotes(fa.quotes, fb.quotes)
    if jaccard < SYNDICATED_JACCARD and containment < SYNDICATED_CONTAINMENT and len(quotes) < REWRITE_MIN_QUOTES:
        return None  # neither shared wording nor shared quotes: skip the costly alignment
    numbers = shared_numbers(fa.numbers, fb.numbers)
    if texts_a is not None and texts_b is not None:
        aligned = align_matrices(fa.sentences, texts_a[1], fb.sentences, texts_b[1])
        same_text = texts_a[0] == texts_b[0]
    else:
        aligned = align_sentences(a.body, fa.sentences, b.body, fb.sentences)
        same_text = normalize_text(a.body).split() == normalize_text(b.body).split()
    evidence = {
        "shared_quotes": [fa.quote_texts[i] for i in quotes],  # as written in ``a``
        "shared_numbers": numbers,
        "aligned_sentences": aligned,
        "shingle_jaccard": round(jaccard, 4),
        "containment": round(containment, 4),
    }
    if same_text or jaccard >= DUPLICATE_JACCARD:
        kind, similarity = "duplicate", 1.0 if same_text else jaccard
    elif jaccard >= SYNDICATED_JACCARD or containment >= SYNDICATED_CONTAINMENT:
        kind, similarity = "syndicated", max(jaccard, containment)
    elif _long_quotes(fa, quotes) >= REWRITE_MIN_QUOTES and (
        len(numbers) >= REWRITE_MIN_NUMBERS or len(aligned) >= REWRITE_MIN_ALIGNED
    ):
        kind = "rewrite"
        n_sent = min(len(fa.sentences), len(fb.sentences)) or 1
        n_quotes = min(len(fa.quotes), len(fb.quotes)) or 1
        similarity = float(
            np.mean([min(1.0, len(quotes) / n_quotes), min(1.0, len(aligned) / n_sent), containment])
        )
    else:
        return None
    evidence["basis"] = kind
    return SyndicationPair(a=a.id, b=b.id, kind=kind, similarity=round(float(similarity), 4), evidence=evidence)




def find_copies(
    articles: list[Article],
    annotations: dict[str, Annotations] | None = None,
    *,
    known: set[str] | None = None,
    previous: list[SyndicationPair] | None = None,
) -> list[SyndicationPair]:
    """All copy pairs among ``articles`` (``a < b`` by id, sorted by ``(a, b)``).

    Incremental use: ``known`` are ids of articles that an earlier call already saw with the
    same content and annotations, ``previous`` that call's result. Candidate pairs are still
    found over the whole corpus (a new article can change LSH buckets and quote postings), but
    a candidate pair of two known articles is not scored again: its verdict depends on those
    two articles only, so it is taken from ``previous`` (absent there: rejected before). The
    result equals a full run.
    """
    annotations = annotations or {}
    known = known or set()
    before = {(p.a, p.b): p for p in previous or ()}
    articles = sorted({a.id: a for a in articles}.values(), key=lambda a: a.id)
    features = [link_features(a, annotations.get(a.id)) for a in articles]
    shingles = [shingle_hashes(words(a.body)) for a in articles]
    candidates = lsh_candidates(signatures(shingles), MAX_BUCKET)
    candidates |= _quote_candidates(features)
    sets: dict[int, set[int]] = {}  # built on first use: known pairs never need them
    texts = _PairTexts(articles, features)
    pairs = []
    for i, j in sorted(candidates):
        a, b = articles[i], articles[j]
        if a.id in known and b.id in known:
            pair = before.get((a.id, b.id))
        else:
            for k in (i, j):
                if k not in sets:
                    sets[k] = set(shingles[k].tolist())
            pair = _score(a, features[i], sets[i], b, features[j], sets[j], texts.get(i), texts.get(j))
        if pair is not None:
            pairs.append(pair)
    return pairs
