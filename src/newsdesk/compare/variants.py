"""Quote variants: the same utterance quoted in different words by different articles.

Quotes are compared on normalised words (lower case, punctuation and quote marks
dropped). Two quotes of different articles are the same utterance when their word
sequences are similar enough (``SAME_UTTERANCE``) — or one is a fragment of the other
(``FRAGMENT``, for "filled with diplomacy" inside a longer quotation) — and their speakers
do not contradict each other. The verdict of a group says how far the wordings drift:
``identical`` (same words), ``minor-variation`` (a few words differ, or one quotes part of
the other) or ``divergent`` (same gist, noticeably different words); the group's verdict is its worst
pair. ``diff`` holds, for the first (longest) member against each other member, the pair's
verdict and the word-level difflib opcodes ``[tag, words of a, words of b]``.
"""
from __future__ import annotations

import difflib

from functools import lru_cache

import numpy as np
from scipy import sparse
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from newsdesk.compare import text as _text
from newsdesk.compare.story import StoryContext
from newsdesk.link.sources import UnionFind
from newsdesk.model import Quote, QuoteVariant

SAME_UTTERANCE = 0.6  # word-sequence similarity (difflib ratio) at which two quotes are one utterance
FRAGMENT = 90  # percent of a shorter quote's words, in one run, at which a shorter quote is taken from the longer one
FRAGMENT_MIN_WORDS = 3  # shorter fragments ("very sensitive") are too generic to pair on
SPEAKER_OVERRIDE = 0.9  # near-verbatim quotes are one utterance even when speaker attribution disagrees
SAME_SPEAKER = 70  # rapidfuzz ratio of surnames taken as one person ("Jeliazkov" / "Zhelyazkov")
SPEAKER_OVERRIDE_WORDS = 6  # a fragment this long, found verbatim, overrides a speaker mismatch
PARAPHRASE_MAX_WORDS = 10  # paraphrase matching only for short snippets ("never swap the Serin for paper promises")
PARAPHRASE_SHARED = 2  # same speaker: this many shared content words rare in the story ...
PARAPHRASE_SHARE = 0.4  # ... with all shared words covering this share of the shorter quote
RARE_SENTENCE_SHARE = 0.05  # rare: in at most 5 % of the story's sentences
CANDIDATE_RATIO = 40  # character similarity below which two quotes are never one utterance ...
CANDIDATE_PARTIAL = 80  # ... unless one nearly appears inside the other
MINOR = 0.8  # word-sequence similarity at or above which the wording differs only slightly
MIN_WORDS = 4  # quotes shorter than this are too generic to pair on their own


@lru_cache(maxsize=8192)
def _norm(text: str) -> str:
    return " ".join(_text.words(text.replace("‘", " ").replace("’", "'")))


def _speaker_key(q: Quote) -> str | None:
    """The speaker's surname, or None when the speaker is unknown or only a description ("he")."""
    return _surname(q.speaker) if q.speaker else None


@lru_cache(maxsize=8192)
def _surname(speaker: str) -> str | None:
    if not speaker[:1].isupper() or speaker.split()[0].lower() in ("the", "he", "she", "they", "it", "a", "an"):
        return None
    last = _text.words(speaker)
    return last[-1].rstrip("y") if last else None  # "Zelenskyy" / "Mr. Zelensky"


def _same(a: Quote, b: Quote, rare: set[str] | None = None) -> tuple[bool, float]:
    na, nb = _norm(a.text), _norm(b.text)
    ka, kb = _speaker_key(a), _speaker_key(b)
    wa, wb = na.split(), nb.split()
    ratio = _word_ratio(wa, wb)
    cover = _fragment_cover(wa, wb) if ratio < SPEAKER_OVERRIDE and _may_cover(wa, wb) else (
        1.0 if ratio >= SPEAKER_OVERRIDE else 0.0)  # below FRAGMENT: only compared with it
    short = min(len(wa), len(wb))
    same_speaker = bool(ka and kb and (ka == kb or fuzz.ratio(ka, kb) >= SAME_SPEAKER))
    if ka and kb and not same_speaker:
        # speaker attribution can be wrong: only near-verbatim long quotes override it
        if not (ratio >= SPEAKER_OVERRIDE or (cover >= FRAGMENT / 100 and short >= SPEAKER_OVERRIDE_WORDS)):
            return False, ratio
    if ratio >= SAME_UTTERANCE and short >= MIN_WORDS:
        return True, ratio
    if short >= FRAGMENT_MIN_WORDS and cover >= FRAGMENT / 100:
        return True, ratio
    if same_speaker and rare is not None and short <= PARAPHRASE_MAX_WORDS:
        # a paraphrase inside quote marks: same speaker, and distinctive words in common
        sa, sb = set(_text.content_words(na)), set(_text.content_words(nb))
        shared = sa & sb
        if len(shared & rare) >= PARAPHRASE_SHARED and len(shared) >= PARAPHRASE_SHARE * min(len(sa), len(sb)):
            return True, ratio
    return False, ratio


def _word_ratio(wa: list[str], wb: list[str]) -> float:
    """2·LCS / (len a + len b) over words (the difflib ratio, computed by rapidfuzz in C)."""
    return Indel.normalized_similarity(wa, wb)


def _fragment_cover(wa: list[str], wb: list[str]) -> float:
    """Share of the shorter quote's words found as one run inside the longer quote."""
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    m = difflib.SequenceMatcher(a=short, b=long_, autojunk=False).find_longest_match(0, len(short), 0, len(long_))
    return m.size / len(short) if short else 0.0


def _may_cover(wa: list[str], wb: list[str]) -> bool:
    """Can the shorter quote's longest run inside the longer reach ``FRAGMENT``? The run is
    no longer than the count of its words found anywhere in the longer, a cheap bound that
    spares most pairs the difflib match."""
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if not short:
        return False
    present = set(long_)
    return sum(w in present for w in short) / len(short) >= FRAGMENT / 100


def _diff(a: Quote, b: Quote) -> dict:
    wa, wb = _norm(a.text).split(), _norm(b.text).split()
    ops = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes():
        ops.append([tag, " ".join(wa[i1:i2]), " ".join(wb[j1:j2])])
    return {"a": a.id, "b": b.id, "verdict": _verdict([a, b]), "opcodes": ops}


def _verdict(members: list[Quote]) -> str:
    norms = [_norm(q.text) for q in members]
    if len(set(norms)) == 1:
        return "identical"
    base = norms[0].split()
    worst = min(max(_word_ratio(base, n.split()), _fragment_cover(base, n.split())) for n in norms[1:])
    return "minor-variation" if worst >= MINOR else "divergent"


BOUND_SLACK = 0.01  # the word bounds below are loosened a little: a float rounding never drops a pair


def _may_be_same(norms: list[str]) -> np.ndarray:
    """Pairs of normalised quotes that :func:`_same` might call one utterance on their words
    (a superset; the speaker route is left out: :func:`_candidates` pairs same-speaker
    quotes anyway).

    ``_same`` says yes on words only when the word-sequence ratio ``2·LCS / (la + lb)``
    reaches ``SAME_UTTERANCE`` or the shorter quote's longest run inside the longer covers
    ``FRAGMENT`` % of it. Both are bounded by ``found[a, b]``, the number of word positions
    of ``a`` whose word occurs in ``b``: LCS ≤ min(found[a, b], found[b, a]) and the run ≤
    found[short, long]. Pairs failing both bounds can never be one utterance, so their
    character similarity need not be computed."""
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for r, n in enumerate(norms):
        for w in n.split():
            rows.append(r)
            cols.append(vocab.setdefault(w, len(vocab)))
    shape = (len(norms), max(1, len(vocab)))
    counts = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=shape)  # duplicates summed
    present = counts.copy()
    present.data[:] = 1.0
    found = (counts @ present.T).toarray()
    length = np.maximum(np.array([len(n.split()) for n in norms], dtype=np.float64), 1.0)
    lcs_bound = np.minimum(found, found.T)
    by_ratio = 2 * lcs_bound >= (SAME_UTTERANCE - BOUND_SLACK) * (length[:, None] + length[None, :])
    share = found / length[:, None]  # share of a's words found in b
    by_cover = np.maximum(share, share.T) >= FRAGMENT / 100 - BOUND_SLACK
    return by_ratio | by_cover


def _candidates(quotes: list[Quote]) -> list[tuple[int, int]]:
    """Pairs worth the word-level comparison: similar characters (rapidfuzz, all pairs at
    once in C), a near-verbatim fragment, or the same speaker (for paraphrases)."""
    norms = [_norm(q.text) for q in quotes]
    if len(norms) < 2:
        return []
    # the characters are compared once per distinct wording: copies repeat their source's quotes
    distinct = sorted(set(norms))
    at = {n: k for k, n in enumerate(distinct)}
    close = process.cdist(distinct, distinct, scorer=fuzz.ratio, score_cutoff=CANDIDATE_RATIO) > 0
    # the partial ratio only where it can matter: a pair not close by ratio whose words could
    # make _same say yes (see _may_be_same); elsewhere _same says no, candidate or not
    for i, j in np.argwhere(np.triu(_may_be_same(distinct) & ~close, k=1)).tolist():
        if fuzz.partial_ratio(distinct[i], distinct[j], score_cutoff=CANDIDATE_PARTIAL) > 0:
            close[i, j] = close[j, i] = True  # the partial ratio is symmetric (shorter inside longer)
    code = np.array([at[n] for n in norms])
    keys = [_speaker_key(q) for q in quotes]
    short = [len(n.split()) <= PARAPHRASE_MAX_WORDS for n in norms]
    out = {(int(i), int(j)) for i, j in np.argwhere(np.triu(close[np.ix_(code, code)], k=1))}
    for i in range(len(quotes)):
        if not (short[i] and keys[i]):
            continue
        for j in range(len(quotes)):
            if i != j and keys[j] and fuzz.ratio(keys[i], keys[j]) >= SAME_SPEAKER:
                out.add((min(i, j), max(i, j)))
    return sorted(out)


def find(ctx: StoryContext) -> list[QuoteVariant]:
    if len(ctx.views) < 2:
        return []  # a variant is one utterance in two articles
    quotes = [q for v in ctx.views.values() for q in v.quotes if q.text and len(_norm(q.text).split()) >= FRAGMENT_MIN_WORDS]
    sets = UnionFind(range(len(quotes)))
    root = sets.find
    df: dict[str, int] = {}
    n_sents = 0
    for v in ctx.views.values():
        for sent in v.sentences:
            n_sents += 1
            for w in set(_text.content_words(sent.text)):
                df[w] = df.get(w, 0) + 1
    rare = {w for w, n in df.items() if n <= max(1, RARE_SENTENCE_SHARE * n_sents)}

    for i, j in _candidates(quotes):
        if quotes[i].article == quotes[j].article or root(i) == root(j):
            continue  # same article, or already one utterance: the comparison would change nothing
        same, _ = _same(quotes[i], quotes[j], rare)
        if same:
            sets.union(i, j)
    groups: dict[int, list[Quote]] = {}
    for i, q in enumerate(quotes):
        groups.setdefault(root(i), []).append(q)
    out = []
    for members in groups.values():
        if len({q.article for q in members}) < 2:
            continue
        members.sort(key=lambda q: (len(q.text), q.article, q.start), reverse=True)  # longest first
        speaker = next((q.speaker for q in members if q.speaker), None)
        out.append(QuoteVariant(
            id="", story=ctx.story.id, speaker=speaker, members=[q.id for q in members],
            verdict=_verdict(members), diff=[_diff(members[0], q) for q in members[1:]],
        ))
    out.sort(key=lambda v: v.members)
    for n, v in enumerate(out):
        v.id = f"{ctx.story.id}-qv{n}"
    return out


