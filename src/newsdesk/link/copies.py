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
- ``rewrite``: the same facts in the same order, paraphrased: paraphrased sentences that align
  *in the same order* (``REWRITE_MIN_ALIGNED`` of them, covering ``REWRITE_MIN_ORDERED_SHARE``
  of the shorter text's sentences) and two long quotes shared in order — or one long quote
  and a shared figure, when the shorter text is a short article (``SHORT_ARTICLE_SENTENCES``)
  and the ordered run covers ``REWRITE_ONE_QUOTE_SHARE`` of it (retold sentence by sentence) —
  or, for a loaded rewrite whose inserted adjectives and merged sentences defeat sentence
  alignment, two long quotes, a shared figure and ``REWRITE_MIN_WORD_ORDER`` of the words kept
  in the source's order (:func:`~newsdesk.link.align.ordered_words`). Independent reports of
  one press conference share a quote or two and the figures given there, but not the run of
  the source's sentences nor the order of its words.

Memory (:func:`detect_copies`): candidates are listed a block of articles at a time from
per-article summaries (shingle hashes, quotes); the first test of the scoring (shared
wording or two shared quotes) runs on those summaries, and only the pairs that pass it are
scored on the texts, which are read per connected component of such pairs with at most
``SCORE_CACHE`` articles' texts held at once.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

import numpy as np

from newsdesk.link.align import (
    SentenceMatrix, align_matrices, align_sentences, ordered_shared_quotes, ordered_words, quote_sentence_pairs,
    same_quotes, sentence_words, shared_numbers,
)
from newsdesk.link.features import LinkFeatures, normalize_text
from newsdesk.link.minhash import LshIndex
from newsdesk.link.summary import LinkSummaries
from newsdesk.model import Annotations, Article, SyndicationPair

DUPLICATE_JACCARD = 0.9  # nearly every 3-gram shared: the same text up to trivia
SYNDICATED_JACCARD = 0.5  # most wording shared: one wire text with edits
SYNDICATED_CONTAINMENT = 0.8  # the shorter text is mostly inside the longer one: a trimmed copy
REWRITE_MIN_QUOTES = 2  # a rewrite carries two of its source's quotes in order ...
REWRITE_QUOTE_MIN_WORDS = 8  # ... long ones: short partial quotes ("ready to look at a demilitarised zone") get picked up by everyone
REWRITE_MIN_ALIGNED = 3  # ... and at least this many paraphrased sentences aligned in the same order,
# covering a fifth of the shorter text: a rewrite follows its source sentence by sentence (loaded
# rewrites of the story sets measured 0.25-0.27; independent reports sharing a quote 0.15 at most)
REWRITE_MIN_ORDERED_SHARE = 0.2
REWRITE_MIN_NUMBERS = 1  # with only one long quote shared: the same figures (138 drones) too ...
# ... and half the shorter text retold in order (independent synthetic reports of one event, built
# on one template, reach 0.29 with one shared quote; a retold short article most of its sentences)
REWRITE_ONE_QUOTE_SHARE = 0.5
# ... of a short article: one that a retelling with one quote can follow sentence by sentence (longer
# pairs sharing one quote are mostly independent reports, and scoring them all costs 2.6x the pairs)
SHORT_ARTICLE_SENTENCES = 12
# narration words kept in the source's order (over the geometric mean of the texts' content words
# outside quotes), with two long quotes and a figure shared: loaded rewrites of the story sets keep
# 0.315-0.34, independent reports sharing two quotes 0.19 at most (constructed short press-conference
# reports 0.22; tabloids of one story sharing one quote 0.28): about midway
REWRITE_MIN_WORD_ORDER = 0.26
QUOTE_KEY_WORDS = 5  # quote windows of this many words are the rewrite retrieval keys
MAX_BUCKET = 200  # LSH buckets larger than this are chained, not paired all-with-all
MAX_QUOTE_POSTING = 50  # a quote window in more articles is a famous line, not a copy signal
COPY_BLOCK = 1024  # candidate pairs are listed for this many first articles at a time: bounds them in memory
LOW_MASK = (1 << 16) - 1  # shingle bits of the first test's prefilter: ~1 % of an article's 500 shingles pass by chance
SCORE_CACHE = 1024  # articles whose texts are held while scoring (~75 KB each); bigger components: by blocks


def _quote_keys(feat: LinkFeatures) -> set[str]:
    return _keys_of_quotes(feat.quotes)


def _keys_of_quotes(quotes: Sequence[str]) -> set[str]:
    keys = set()
    for quote in quotes:
        toks = quote.split()
        for k in range(0, max(1, len(toks) - QUOTE_KEY_WORDS + 1)):
            window = toks[k : k + QUOTE_KEY_WORDS]
            if len(window) == QUOTE_KEY_WORDS:
                keys.add(" ".join(window))
    return keys


def _quote_candidates(features: list[LinkFeatures]) -> set[tuple[int, int]]:
    n = len(features)
    return {divmod(c, n) for c in _quote_pair_codes([f.quotes for f in features]).tolist()}


def _quote_pair_codes(quotes: Sequence[Sequence[str]]) -> np.ndarray:
    """Pairs (i < j) that share a quote window held by at most MAX_QUOTE_POSTING articles, as
    sorted codes ``i * n + j``."""
    n = len(quotes)
    postings: dict[str, list[int]] = {}
    for i, qs in enumerate(quotes):
        for key in _keys_of_quotes(qs):
            postings.setdefault(key, []).append(i)
    out = [np.zeros(0, dtype=np.int64)]
    for members in postings.values():
        if 2 <= len(members) <= MAX_QUOTE_POSTING:
            m = np.asarray(members, dtype=np.int64)
            x, y = np.triu_indices(len(m), 1)
            out.append(m[x] * n + m[y])
    return np.unique(np.concatenate(out))


def _long_quotes(feat: LinkFeatures, indices: list[int]) -> int:
    """How many of the shared quotes are long enough to be evidence of a shared source text."""
    return sum(1 for i in indices if len(feat.quotes[i].split()) >= REWRITE_QUOTE_MIN_WORDS)


def _overlap(inter: int, size_a: int, size_b: int) -> tuple[float, float]:
    """Shingle Jaccard and containment from the size of the intersection and of each set."""
    union = (size_a + size_b - inter) or 1
    return inter / union, inter / (min(size_a, size_b) or 1)


def _may_be_copy(jaccard: float, containment: float, shared_quotes: int, shared_figures: int = 0,
                 short: bool = False) -> bool:
    """The first test of a candidate: shared wording, or two shared quotes, or — when the
    shorter text is a short article (``short``) — one quote and a figure; else it is no copy."""
    if jaccard >= SYNDICATED_JACCARD or containment >= SYNDICATED_CONTAINMENT:
        return True
    return shared_quotes >= REWRITE_MIN_QUOTES or (
        short and shared_quotes >= 1 and shared_figures >= REWRITE_MIN_NUMBERS)


def _ordered_run(aligned: list[dict]) -> int:
    """How many aligned sentence pairs follow one order in both texts (the longest run of
    pairs increasing in both): the source's structure carried over."""
    tails: list[int] = []
    for pair in aligned:  # in the order of ``a``
        k = bisect_left(tails, pair["b"][0])
        if k == len(tails):
            tails.append(pair["b"][0])
        else:
            tails[k] = pair["b"][0]
    return len(tails)


def _retold(a: Article, fa: LinkFeatures, b: Article, fb: LinkFeatures, long_quotes: int,
            numbers: list[str]) -> tuple[float, list[dict]] | None:
    """A loaded rewrite that sentence alignment misses: two of the source's long quotes, its
    figures, and its words kept in its order through inserted adjectives, merged sentences and
    rephrased attributions (:func:`ordered_words`); returns that share and the sentence pairs
    it retells, or None. Independent reports of one press conference share the quotes and
    figures given there but put the rest in their own words and order."""
    if long_quotes < REWRITE_MIN_QUOTES or len(numbers) < REWRITE_MIN_NUMBERS:
        return None
    share, pairs = ordered_words(a.body, fa.sentences, b.body, fb.sentences)
    if share < REWRITE_MIN_WORD_ORDER or len(pairs) < REWRITE_MIN_ALIGNED:
        return None
    return share, pairs


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
    """:func:`score_pair`, reusing per-article texts (:func:`_texts`) when given."""
    jaccard, containment = _overlap(len(sa & sb), len(sa), len(sb))
    quotes = ordered_shared_quotes(fa.quotes, fb.quotes)
    numbers = shared_numbers(fa.numbers, fb.numbers)
    short = min(len(fa.sentences), len(fb.sentences)) <= SHORT_ARTICLE_SENTENCES
    if not _may_be_copy(jaccard, containment, len(quotes), len(numbers), short):
        return None  # neither shared wording nor shared quotes: skip the costly alignment
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
    if _long_quotes(fa, quotes):  # a shared long quote's sentences are the source's, whatever is said around them
        aligned = sorted(aligned + quote_sentence_pairs(a.body, fa.sentences, [fa.quote_texts[i] for i in quotes],
                                                        b.body, fb.sentences, fb.quote_texts, aligned),
                         key=lambda p: p["a"][0])
    ordered = _ordered_run(aligned)
    retold: tuple[float, list[dict]] | None = None
    ordered_share = ordered / (min(len(fa.sentences), len(fb.sentences)) or 1)
    long_quotes = _long_quotes(fa, quotes)
    if same_text or jaccard >= DUPLICATE_JACCARD:
        kind, similarity = "duplicate", 1.0 if same_text else jaccard
    elif jaccard >= SYNDICATED_JACCARD or containment >= SYNDICATED_CONTAINMENT:
        kind, similarity = "syndicated", max(jaccard, containment)
    elif ordered >= REWRITE_MIN_ALIGNED and ordered_share >= REWRITE_MIN_ORDERED_SHARE and (
        long_quotes >= REWRITE_MIN_QUOTES
        or (short and long_quotes >= 1 and len(numbers) >= REWRITE_MIN_NUMBERS and ordered_share >= REWRITE_ONE_QUOTE_SHARE)
    ) or (retold := _retold(a, fa, b, fb, long_quotes, numbers)) is not None:
        kind = "rewrite"
        if retold is not None:  # paraphrased past sentence alignment: the words kept in order are the evidence
            aligned = retold[1]
            ordered = len(aligned)
            evidence["aligned_sentences"] = aligned
            evidence["ordered_word_share"] = round(retold[0], 4)
        evidence["ordered_sentences"] = ordered
        n_sent = min(len(fa.sentences), len(fb.sentences)) or 1
        n_quotes = min(len(fa.quotes), len(fb.quotes)) or 1
        similarity = float(
            np.mean([min(1.0, len(quotes) / n_quotes), min(1.0, len(aligned) / n_sent), containment])
        )
    else:
        return None
    evidence["basis"] = kind
    return SyndicationPair(a=a.id, b=b.id, kind=kind, similarity=round(float(similarity), 4), evidence=evidence)


def _texts(article: Article, feat: LinkFeatures, vocab: dict[str, int]) -> tuple[list[str], SentenceMatrix]:
    """Per-article inputs of scoring that do not depend on the other article: the normalised
    word list of the body and the content words of each sentence (``vocab`` is shared by all
    articles being compared)."""
    body = article.body
    return normalize_text(body).split(), SentenceMatrix(sentence_words(body, feat.sentences), vocab)


def _shared_shingles(a: np.ndarray, b: np.ndarray) -> int:
    """Size of the intersection of two sorted arrays of distinct values."""
    if not len(a) or not len(b):
        return 0
    at = np.searchsorted(b, a)
    at[at == len(b)] = 0
    return int(np.count_nonzero(b[at] == a))


def _first_test(summaries: LinkSummaries, i: int, j: int) -> bool:
    """:func:`_may_be_copy` from the summaries alone (what :func:`_score` checks first)."""
    sa, sb = summaries.shingles[i], summaries.shingles[j]
    jaccard, containment = _overlap(_shared_shingles(sa, sb), len(sa), len(sb))
    if _may_be_copy(jaccard, containment, 0):
        return True
    qa, qb = summaries.quotes[i], summaries.quotes[j]
    if min(len(qa), len(qb)) < 1:  # no shared quote can there be
        return False
    short = min(len(summaries.sentences[i]), len(summaries.sentences[j])) // 2 <= SHORT_ARTICLE_SENTENCES
    if min(len(qa), len(qb)) < REWRITE_MIN_QUOTES and not short:
        return False
    quotes = len(ordered_shared_quotes(list(qa), list(qb)))
    if quotes != 1 or not short:  # the figures matter only to one quote shared by a short article
        return _may_be_copy(jaccard, containment, quotes)
    figures = len(shared_numbers(list(summaries.numbers[i]), list(summaries.numbers[j])))
    return _may_be_copy(jaccard, containment, quotes, figures, short)


def _first_tests(summaries: LinkSummaries, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """:func:`_first_test` of every pair ``(first[k], second[k])`` (``first`` in runs of one
    article, as candidate codes in order give them): each article's shingles are looked up in
    one call for all its partners, and its quotes compared with all theirs in two rapidfuzz
    calls (:func:`same_quotes`), instead of a few calls per pair."""
    out = np.zeros(len(first), dtype=bool)
    if not len(first):
        return out
    low = np.zeros(LOW_MASK + 1, dtype=bool)  # marks the low bits of one article's shingles at a time
    n_shingles = summaries.shingles.lengths().tolist()
    n_sentences = (summaries.sentences.lengths() // 2).tolist()  # spans are stored as start, end
    runs = np.flatnonzero(np.diff(first)) + 1
    for lo, hi in zip([0, *runs.tolist()], [*runs.tolist(), len(first)]):
        i = int(first[lo])
        partners = second[lo:hi].tolist()
        sa = summaries.shingles[i]
        sizes = [n_shingles[j] for j in partners]
        if len(sa) and sum(sizes):
            everything = np.concatenate(summaries.shingles.take(partners))
            # a filter on the low bits first (exact: only what it lets through is looked up):
            # a partner's shingle is in ``sa`` only if its low bits are those of one of sa's
            low[sa & LOW_MASK] = True
            maybe = np.flatnonzero(low[everything & LOW_MASK])
            low[sa & LOW_MASK] = False
            values = everything[maybe]
            at = np.searchsorted(sa, values)
            at[at == len(sa)] = 0
            hits = maybe[sa[at] == values]
            owner = np.searchsorted(np.cumsum(sizes), hits, side="right")  # the partner of each shared shingle
            shared = np.bincount(owner, minlength=len(partners)).tolist()
        else:
            shared = [0] * len(partners)
        qa = summaries.quotes[i]
        size_a = len(sa)
        quoted: list[tuple[int, int, bool]] = []  # (k, partner, short) whose quotes decide
        for k, (j, inter, size_b) in enumerate(zip(partners, shared, sizes)):
            jaccard, containment = _overlap(inter, size_a, size_b)
            if _may_be_copy(jaccard, containment, 0):
                out[lo + k] = True
                continue
            few = min(len(qa), len(summaries.quotes[j]))
            if few < 1:  # no shared quote can there be
                continue
            short = min(n_sentences[i], n_sentences[j]) <= SHORT_ARTICLE_SENTENCES
            if few < REWRITE_MIN_QUOTES and not short:
                continue
            quoted.append((k, j, short))
        if not quoted:
            continue
        same = same_quotes(qa, [q for _, j, _ in quoted for q in summaries.quotes[j]]).tolist()
        at = 0
        for k, j, short in quoted:
            qb = summaries.quotes[j]
            block = [row[at : at + len(qb)] for row in same]
            at += len(qb)
            jaccard, containment = _overlap(shared[k], size_a, sizes[k])
            quotes = len(ordered_shared_quotes(qa, qb, block))
            if quotes != 1 or not short:
                out[lo + k] = _may_be_copy(jaccard, containment, quotes)
            else:
                figures = len(shared_numbers(list(summaries.numbers[i]), list(summaries.numbers[j])))
                out[lo + k] = _may_be_copy(jaccard, containment, quotes, figures, short)
    return out


Loader = Callable[[list[int]], list[Article]]


def detect_copies(
    summaries: LinkSummaries,
    load: Loader,
    known: np.ndarray | None = None,
    previous: set[int] | None = None,
    emit: Callable[[int, SyndicationPair], None] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Copy pairs among the summarised articles, in bounded memory; :func:`find_copies` in full.

    Pairs are codes ``i * n + j`` (i < j, indices into ``summaries``). ``known`` marks
    articles an earlier run saw unchanged and ``previous`` holds that run's pair codes: a
    candidate pair of two known articles is a copy exactly when it is in ``previous``, and
    is not scored. Every other candidate is first tested on the summaries; those that pass
    are scored on their texts, which ``load(indices)`` provides (the articles, in the order
    asked; their other features come from the summaries). Each newly scored pair is handed to ``emit(code, pair)`` as it is
    found (in no particular order). Returns the sorted codes of all copy pairs and, for
    each, whether it was taken from ``previous``.

    Candidates are listed ``COPY_BLOCK`` first articles at a time; pairs to score are taken
    by connected component of the pairs that passed the first test, so that the texts of at
    most ``SCORE_CACHE`` articles are held at once.
    """
    n = len(summaries)
    known = known if known is not None else np.zeros(n, dtype=bool)
    previous = previous or set()
    lsh = LshIndex(summaries.signatures, MAX_BUCKET)
    quote_codes = _quote_pair_codes(summaries.quotes)
    kept: list[int] = []
    passed: list[int] = []
    for lo in range(0, n, COPY_BLOCK):
        hi = min(n, lo + COPY_BLOCK)
        q_lo, q_hi = np.searchsorted(quote_codes, [lo * n, hi * n])
        codes = np.unique(np.concatenate([lsh.pairs(lo, hi), quote_codes[q_lo:q_hi]]))
        first, second = codes // n, codes % n
        both_known = known[first] & known[second]
        if both_known.any():
            kept.extend(c for c in codes[both_known].tolist() if c in previous)
        test = ~both_known
        passed.extend(codes[test][_first_tests(summaries, first[test], second[test])].tolist())
    del lsh, quote_codes
    found = _score_passed(np.asarray(passed, dtype=np.int64), n, summaries, load, emit)
    codes = np.asarray(kept + found, dtype=np.int64)
    reused = np.concatenate([np.ones(len(kept), dtype=bool), np.zeros(len(found), dtype=bool)])
    order = np.argsort(codes, kind="stable")
    return codes[order], reused[order]


def _score_passed(passed: np.ndarray, n: int, summaries: LinkSummaries, load: Loader,
                  emit: Callable[[int, SyndicationPair], None] | None) -> list[int]:
    """Score the pairs that passed the first test, component by component; returns the codes of copies."""
    if not len(passed):
        return []
    from newsdesk.link.cluster import components

    first, second = passed // n, passed % n
    label = components(n, first, second)
    # position of each article among the articles of its component, in index order
    involved = np.unique(np.concatenate([first, second]))
    by_component = involved[np.argsort(label[involved], kind="stable")]
    position = np.zeros(n, dtype=np.int64)
    comp_sorted = label[by_component]
    comp_start = np.searchsorted(comp_sorted, comp_sorted)
    comp_end = np.searchsorted(comp_sorted, comp_sorted, side="right")
    position[by_component] = np.arange(len(by_component)) - comp_start
    where = np.zeros(n, dtype=np.int64)  # place of each involved article in by_component
    where[by_component] = np.arange(len(by_component))

    def block_of(k: int) -> set[int]:
        """The articles of ``k``'s block: its component's members whose positions share k's ``block``-sized run."""
        at = int(where[k])
        lo = int(comp_start[at]) + (int(position[k]) // block) * block
        return set(by_component[lo : min(lo + block, int(comp_end[at]))].tolist())

    block = SCORE_CACHE // 2
    # pairs grouped by component, then by the blocks of their two articles within it
    order = np.lexsort((second, first, position[second] // block, position[first] // block, label[first]))
    groups = np.stack([label[first], position[first] // block, position[second] // block], axis=1)[order]
    cache: dict[int, tuple[Article, LinkFeatures, set[int], tuple[list[str], SentenceMatrix]]] = {}
    vocab: dict[str, int] = {}
    found: list[int] = []
    boundaries = np.flatnonzero(np.any(np.diff(groups, axis=0) != 0, axis=1)) + 1
    for span in np.split(order, boundaries):
        i0, j0 = int(first[span[0]]), int(second[span[0]])
        need = block_of(i0) | block_of(j0)
        missing = sorted(k for k in need if k not in cache)
        if len(cache) + len(missing) > SCORE_CACHE:
            for k in [k for k in cache if k not in need]:
                del cache[k]
        for k, article in zip(missing, load(missing)):
            feat = summaries.copy_features(k)
            cache[k] = (article, feat, set(summaries.shingles[k].tolist()), _texts(article, feat, vocab))
        for x in span.tolist():
            i, j = int(first[x]), int(second[x])
            a, fa, sa, ta = cache[i]
            b, fb, sb, tb = cache[j]
            pair = _score(a, fa, sa, b, fb, sb, ta, tb)
            if pair is not None:
                found.append(i * n + j)
                if emit is not None:
                    emit(i * n + j, pair)
    return found


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
    result equals a full run. (The pipeline calls :func:`detect_copies` on summaries read
    from the store in batches; this is the same on lists in memory.)
    """
    annotations = annotations or {}
    known = known or set()
    articles = sorted({a.id: a for a in articles}.values(), key=lambda a: a.id)
    n = len(articles)
    summaries = LinkSummaries()
    for a in articles:
        summaries.add(a, annotations.get(a.id))
    summaries.finish()
    index = {a.id: k for k, a in enumerate(articles)}
    before = {index[p.a] * n + index[p.b]: p for p in previous or () if p.a in index and p.b in index}
    new: dict[int, SyndicationPair] = {}
    codes, reused = detect_copies(
        summaries,
        lambda ks: [articles[k] for k in ks],
        np.array([a.id in known for a in articles], dtype=bool),
        set(before),
        new.__setitem__,
    )
    return [before[c] if r else new[c] for c, r in zip(codes.tolist(), reused.tolist())]
