"""Pair evidence: shared quotes in order, shared figures, aligned (paraphrased) sentences."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from newsdesk.link.features import MIN_QUOTE_WORDS, content_words, unquoted
from newsdesk.link.features import words as words_of

QUOTE_MATCH_RATIO = 90  # rapidfuzz ratio at which two quotes are the same words (punctuation, a typo)
ALIGN_MIN_SCORE = 0.35  # content-word Jaccard for two sentences to say the same thing
MIN_FIGURE = 10  # 1-9 are too common ("two", "3 people") to show that figures were carried over
YEARS = range(1900, 2101)  # years are shared by any two reports of the same period
# content words a sentence pair keeps in the texts' common word order to count as one sentence
# retold: a name and a verb ("Ms Pell said") are shared by any two reports, three seldom are
WORD_ALIGN_MIN = 3


def _same_quote(x: str, y: str) -> bool:
    if x == y:
        return True
    shorter, longer = (x, y) if len(x) <= len(y) else (y, x)
    if len(shorter.split()) >= MIN_QUOTE_WORDS and shorter in longer:
        return True
    # ratio = 200 * LCS / (len x + len y) <= 200 * len(shorter) / (len x + len y): lengths this far
    # apart cannot reach the bar (integer test; most quote pairs of two articles stop here)
    if 200 * len(shorter) < QUOTE_MATCH_RATIO * (len(x) + len(y)):
        return False
    return fuzz.ratio(x, y, score_cutoff=QUOTE_MATCH_RATIO) >= QUOTE_MATCH_RATIO


def ordered_shared_quotes(quotes_a: Sequence[str], quotes_b: Sequence[str],
                          same: Sequence[Sequence[bool]] | None = None) -> list[int]:
    """Indices of quotes of ``a`` that ``b`` carries too, in the same order (longest such sequence).

    Matching pairs are reduced to a longest increasing subsequence of ``b`` positions, so a
    quote moved far out of order does not count. ``same[i][j]``: whether quote ``i`` of ``a``
    and ``j`` of ``b`` are the same words, when the caller has them already (:func:`same_quotes`).
    """
    matches = []  # (index in a, index in b), first match of each a quote
    used_b: set[int] = set()
    for i, qa in enumerate(quotes_a):
        row = same[i] if same is not None else None
        for j, qb in enumerate(quotes_b):
            if j not in used_b and (row[j] if row is not None else _same_quote(qa, qb)):
                matches.append((i, j))
                used_b.add(j)
                break
    # longest strictly increasing subsequence over the b indices (patience sorting)
    tails: list[int] = []
    tail_idx: list[int] = []
    prev = [-1] * len(matches)
    for k, (_, j) in enumerate(matches):
        pos = bisect_left(tails, j)
        if pos == len(tails):
            tails.append(j)
            tail_idx.append(k)
        else:
            tails[pos] = j
            tail_idx[pos] = k
        prev[k] = tail_idx[pos - 1] if pos else -1
    chain = []
    k = tail_idx[-1] if tail_idx else -1
    while k >= 0:
        chain.append(matches[k][0])
        k = prev[k]
    return chain[::-1]


def same_quotes(quotes_a: Sequence[str], quotes_b: Sequence[str]) -> np.ndarray:
    """:func:`_same_quote` of every quote of ``a`` with every quote of ``b``, as a boolean matrix:
    the ratio and the containment test's necessary condition (the shorter quote a subsequence
    of the longer: Indel distance = the difference of lengths) computed in rapidfuzz's C loops,
    the substring test in Python only where that condition holds and the ratio does not."""
    if not len(quotes_a) or not len(quotes_b):
        return np.zeros((len(quotes_a), len(quotes_b)), dtype=bool)
    same = process.cdist(quotes_a, quotes_b, scorer=fuzz.ratio, score_cutoff=QUOTE_MATCH_RATIO,
                         dtype=np.float64) >= QUOTE_MATCH_RATIO
    same |= np.asarray(quotes_a, dtype=object)[:, None] == np.asarray(quotes_b, dtype=object)[None, :]
    len_a = np.fromiter(map(len, quotes_a), dtype=np.int64, count=len(quotes_a))
    len_b = np.fromiter(map(len, quotes_b), dtype=np.int64, count=len(quotes_b))
    spread = np.abs(len_a[:, None] - len_b[None, :])
    inside = ~same & (process.cdist(quotes_a, quotes_b, scorer=Indel.distance, dtype=np.int64) == spread)
    for i, j in zip(*np.nonzero(inside)):
        same[i, j] = _same_quote(quotes_a[i], quotes_b[j])
    return same


def _specific(number: str) -> bool:
    value = float(number)
    return value >= MIN_FIGURE and not (value.is_integer() and int(value) in YEARS)


def shared_numbers(numbers_a: list[str], numbers_b: list[str]) -> list[str]:
    """Specific figures (not small counts, not years) that both texts report."""
    shared = {n for n in numbers_a if _specific(n)} & set(numbers_b)
    return sorted(shared, key=float)


def sentence_words(body: str, spans: list[tuple[int, int]]) -> list[set[str]]:
    """Content words of each sentence span (what :func:`align_sentences` compares)."""
    return [set(content_words(body[s:e])) for s, e in spans]


def align_sentences(
    body_a: str, spans_a: list[tuple[int, int]], body_b: str, spans_b: list[tuple[int, int]],
    *, words_a: list[set[str]] | None = None, words_b: list[set[str]] | None = None,
) -> list[dict]:
    """One-to-one sentence pairs whose content words overlap (Jaccard >= ALIGN_MIN_SCORE).

    Greedy by score; returns ``{"a": [start, end], "b": [start, end], "score": x}`` in the
    order of ``a``. ``words_a``/``words_b``: :func:`sentence_words` of each side, when the
    caller has them already (an article meets many candidates).
    """
    if words_a is None:
        words_a = sentence_words(body_a, spans_a)
    if words_b is None:
        words_b = sentence_words(body_b, spans_b)
    index: dict[str, list[int]] = {}
    for j, ws in enumerate(words_b):
        for w in ws:
            index.setdefault(w, []).append(j)
    scored = []
    for i, wa in enumerate(words_a):
        if not wa:
            continue
        overlap: dict[int, int] = {}
        for w in wa:
            for j in index.get(w, ()):
                overlap[j] = overlap.get(j, 0) + 1
        for j, inter in overlap.items():
            score = inter / (len(wa) + len(words_b[j]) - inter)  # Jaccard: |a ∪ b| without building it
            if score >= ALIGN_MIN_SCORE:
                scored.append((score, i, j))
    return _greedy(scored, spans_a, spans_b)


def _greedy(scored: list[tuple[float, int, int]], spans_a, spans_b) -> list[dict]:
    """One-to-one pairs, best score first, then returned in the order of ``a``."""
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    taken_a: set[int] = set()
    taken_b: set[int] = set()
    pairs = []
    for score, i, j in scored:
        if i in taken_a or j in taken_b:
            continue
        taken_a.add(i)
        taken_b.add(j)
        pairs.append({"a": list(spans_a[i]), "b": list(spans_b[j]), "score": round(score, 3)})
    pairs.sort(key=lambda p: p["a"][0])
    return pairs


class SentenceMatrix:
    """The content words of an article's sentences as (word id, sentence) entries, sorted by
    word id, over a vocabulary shared by the articles being compared: the word overlap of
    every sentence pair of two articles is then a few array operations
    (:func:`align_matrices`) instead of a loop over words."""

    def __init__(self, word_sets: list[set[str]], vocab: dict[str, int]):
        words: list[int] = []
        rows: list[int] = []
        for i, ws in enumerate(word_sets):
            words.extend(vocab.setdefault(w, len(vocab)) for w in ws)
            rows.extend([i] * len(ws))
        order = np.argsort(np.asarray(words, dtype=np.int64), kind="stable")
        self.words = np.asarray(words, dtype=np.int64)[order]
        self.rows = np.asarray(rows, dtype=np.int64)[order]
        self.sizes = np.asarray([len(ws) for ws in word_sets], dtype=np.int64)  # words per sentence


def align_matrices(
    spans_a: list[tuple[int, int]], ma: SentenceMatrix, spans_b: list[tuple[int, int]], mb: SentenceMatrix
) -> list[dict]:
    """:func:`align_sentences` (the same pairs and scores) from two :class:`SentenceMatrix`
    of one vocabulary."""
    if not len(ma.words) or not len(mb.words):
        return []
    left = np.searchsorted(mb.words, ma.words, side="left")
    counts = np.searchsorted(mb.words, ma.words, side="right") - left
    total = int(counts.sum())
    if not total:
        return []
    # every (entry of a, entry of b) with the same word: expand the ranges [left, left + count)
    starts = np.repeat(left - (np.cumsum(counts) - counts), counts)
    in_b = starts + np.arange(total)
    n_b = len(mb.sizes)
    cells = np.repeat(ma.rows, counts) * n_b + mb.rows[in_b]
    inter = np.bincount(cells, minlength=len(ma.sizes) * n_b)
    flat = np.flatnonzero(inter)
    n = inter[flat]
    i, j = flat // n_b, flat % n_b
    # the same float division as the loop in align_sentences: int / int, correctly rounded
    score = n.astype(np.float64) / (ma.sizes[i] + mb.sizes[j] - n).astype(np.float64)
    good = score >= ALIGN_MIN_SCORE
    scored = list(zip(score[good].tolist(), i[good].tolist(), j[good].tolist()))
    return _greedy(scored, spans_a, spans_b)


def quote_sentence_pairs(body_a: str, spans_a: list[tuple[int, int]], quotes_a: list[str],
                         body_b: str, spans_b: list[tuple[int, int]], quotes_b: list[str],
                         aligned: list[dict]) -> list[dict]:
    """Sentence pairs inside one shared quote that runs over several sentences, paired in order,
    that sentence alignment left apart: a rewrite keeps its source's quote word for word but
    rewords the attribution around it ('..., said X, secretary of ...' / '..., she said, as
    though ...'), which takes the continuation sentence under the word-overlap bar.
    ``quotes_a``/``quotes_b``: the quotes as written; ``aligned``: the pairs already aligned."""
    taken_a = {tuple(p["a"]) for p in aligned}
    taken_b = {tuple(p["b"]) for p in aligned}
    out = []
    for qa in quotes_a:
        qb = next((q for q in quotes_b if _same_quote(" ".join(words_of(qa)), " ".join(words_of(q)))), None)
        at_a, at_b = body_a.find(qa), body_b.find(qb) if qb else -1
        if qb is None or at_a < 0 or at_b < 0:
            continue
        in_a = [sp for sp in spans_a if sp[0] < at_a + len(qa) and at_a < sp[1]]
        in_b = [sp for sp in spans_b if sp[0] < at_b + len(qb) and at_b < sp[1]]
        if len(in_a) < 2 or len(in_a) != len(in_b):
            continue  # a one-sentence quote aligns by its words already; uneven cuts cannot be paired
        for x, y in zip(in_a, in_b):
            if tuple(x) not in taken_a and tuple(y) not in taken_b:
                taken_a.add(tuple(x))
                taken_b.add(tuple(y))
                out.append({"a": list(x), "b": list(y), "score": 1.0, "by": "quote"})
    return out


def ordered_words(body_a: str, spans_a: list[tuple[int, int]], body_b: str,
                  spans_b: list[tuple[int, int]]) -> tuple[float, list[dict]]:
    """The content words of two texts' narration kept in one order (a longest common subsequence
    of their sentences' content words outside direct quotes): a retelling keeps its source's
    words in the source's order whatever it inserts around them ("the brutal ban slapped on
    her by ...") and however it merges or splits sentences; independent reports share names
    and figures in their own orders. Quotes are left out: reports of one press conference
    carry the same ones word for word, in short reports most of their words. Returns the share
    of words so kept (their number over the geometric mean of the two texts' word counts) and
    the sentence pairs that keep ``WORD_ALIGN_MIN`` or more of them (``{"a", "b", "score",
    "by": "words"}``, score: kept words over the shorter sentence's, in the order of ``a``)."""
    tokens_a, sent_a = _sentence_tokens(unquoted(body_a), spans_a)
    tokens_b, sent_b = _sentence_tokens(unquoted(body_b), spans_b)
    if not tokens_a or not tokens_b:
        return 0.0, []
    kept: dict[tuple[int, int], int] = {}
    total = 0
    for op in Indel.opcodes(tokens_a, tokens_b):  # Indel's alignment keeps a longest common subsequence
        if op.tag != "equal":
            continue
        for k in range(op.src_end - op.src_start):
            cell = (sent_a[op.src_start + k], sent_b[op.dest_start + k])
            kept[cell] = kept.get(cell, 0) + 1
        total += op.src_end - op.src_start
    size_a = [0] * len(spans_a)
    size_b = [0] * len(spans_b)
    for i in sent_a:
        size_a[i] += 1
    for j in sent_b:
        size_b[j] += 1
    pairs = [{"a": list(spans_a[i]), "b": list(spans_b[j]), "score": round(n / min(size_a[i], size_b[j]), 3), "by": "words"}
             for (i, j), n in sorted(kept.items()) if n >= WORD_ALIGN_MIN]
    return total / float(np.sqrt(len(tokens_a) * len(tokens_b))), pairs


def _sentence_tokens(body: str, spans: list[tuple[int, int]]) -> tuple[list[str], list[int]]:
    """Content words of the sentences in order, and the sentence of each."""
    tokens: list[str] = []
    sentence: list[int] = []
    for k, (s, e) in enumerate(spans):
        ws = content_words(body[s:e])
        tokens.extend(ws)
        sentence.extend([k] * len(ws))
    return tokens, sentence
