"""Single-source claims: substantive statements that no other independent source supports.

A candidate is a sentence that aligned with no other outlet's sentence, or an attributed
clause of an aligned sentence that the other outlets' versions leave out ("X said its
forces hit a warehouse ..., and that 12 people were killed": the first clause is one
outlet's claim). It must

* carry substance (:func:`_substance`): an amount, a named actor, an attribution; most
  of it a quotation (speech, compared by the quote-variant stage) or a lower-case
  fragment counts against it;
* be supported nowhere else: no sentence of another independent source repeats more
  than ``SUPPORT_MAX_OVERLAP`` of its words (``CLAUSE_MAX_OVERLAP`` for clauses).

Groups that only copies of one another report (scored the same way) join the ranking,
duplicates fold, and the ``SINGLE_SOURCE_MAX`` most substantive are kept in reading order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from newsdesk.compare import text as _text
from newsdesk.compare.story import Sent as _Sent
from newsdesk.compare.story import StoryContext, mention
from newsdesk.compare.text import ATTRIBUTION_RE as _ATTRIBUTION_RE
from newsdesk.compare.text import CALENDAR as _CALENDAR
from newsdesk.compare.text import QUOTED_RE as _QUOTED_RE
from newsdesk.compare.text import claim_text as _claim
from newsdesk.compare.text import names_in as _names
from newsdesk.model import Fact, Quantity

CLAUSE_MAX_OVERLAP = 0.4  # share of a clause's words another outlet's sentence may repeat and it still be one outlet's
CLAUSE_MIN_WORDS = 5  # a clause shorter than this is not a claim of its own
SINGLE_SOURCE_MIN_SCORE = 2  # substance needed: an amount, or a named actor with an attributed predicate
SINGLE_SOURCE_MAX = 15  # at most this many single-source claims per story, the most substantive first
CLAUSE_BONUS = 1  # a detail one outlet adds to a sentence others report too is a claim worth seeing
SUPPORT_MAX_OVERLAP = 0.5  # a sentence sharing more of its words with another outlet's sentence is supported there
ALIGNED_SHARE = 0.5  # a clause overlapping an aligned clause by more than half of it is that clause
QUOTE_SHARE_MAX = 0.5  # a sentence more than half quotation is speech, not a claim of fact


def _substance(text: str, amounts: list[Quantity], names: set[str]) -> tuple[int, list[str]]:
    """How much of a checkable claim a sentence carries, and why.

    +2 for an amount, +1 for a named actor, +1 for an attribution ("said", "according to");
    -2 when most of it is a quotation (speech, compared in the quote-variant stage), -1 for
    a fragment that starts in lower case.
    """
    score, why = 0, []
    if amounts:
        score += 2
        why.append("amounts " + ", ".join(f"“{q.text}”" for q in amounts))
    if names - _CALENDAR:
        score += 1
        why.append("a named actor")
    if _ATTRIBUTION_RE.search(text):
        score += 1
        why.append("an attribution")
    quoted = sum(len(m.group(1) or m.group(2) or "") for m in _QUOTED_RE.finditer(text))
    if quoted > QUOTE_SHARE_MAX * len(text):
        score -= 2  # speech: the quote-variant stage compares it
    if text[:1].islower():
        score -= 1
    return score, why


@dataclass(slots=True)
class _Support:
    """The story's sentences as an inverted index: which sentences hold each word, and the
    independence group of each sentence (as a code)."""

    group: np.ndarray  # sentence -> group code
    codes: dict[str, int]  # independence group -> code
    postings: dict[str, np.ndarray]  # word -> the sentences holding it


def _supported_elsewhere(ctx: StoryContext, article: str, words: set[str], support: _Support) -> float:
    """The largest share of ``words`` that one sentence of another independent source repeats.

    Counted through the inverted index (the words each sentence shares with ``words``), not
    by intersecting ``words`` with every sentence: the same counts, the same division."""
    own = support.codes.get(ctx.group_of(article), -1)
    others = support.group != own
    if not others.any():
        return 0.0  # no sentence of another source
    hits = [support.postings[w] for w in words if w in support.postings]
    if not hits:
        return 0.0  # ... or none repeats a word (0 / len(words))
    counts = np.bincount(np.concatenate(hits), minlength=len(support.group))
    return int(counts[others].max()) / len(words)


def _by_group(ctx: StoryContext, sents: list[_Sent]) -> _Support:
    codes: dict[str, int] = {}
    group = np.empty(len(sents), dtype=np.int64)
    postings: dict[str, list[int]] = {}
    for k, s in enumerate(sents):
        group[k] = codes.setdefault(ctx.group_of(s.sent.article), len(codes))
        for w in set(s.words):
            postings.setdefault(w, []).append(k)
    return _Support(group, codes, {w: np.asarray(ks, dtype=np.int64) for w, ks in postings.items()})


def _single_source(ctx: StoryContext, sents: list[_Sent], used: set[int], by_group: _Support) -> list[tuple[int, Fact]]:
    """Substantive sentences that no other independent source reports, with their score."""
    facts = []
    for k, s in enumerate(sents):
        if k in used:
            continue
        amounts = [q for q in s.quantities if q.value is not None]
        score, why = _substance(s.sent.text, amounts, s.names)
        if score < SINGLE_SOURCE_MIN_SCORE:
            continue
        overlap = _supported_elsewhere(ctx, s.sent.article, set(s.words), by_group)
        if overlap > SUPPORT_MAX_OVERLAP:
            continue
        detail = (f"only {s.sent.article} reports this ({' and '.join(why)}; no sentence of another outlet aligns "
                  f"with it, and none repeats more than {overlap:.0%} of its words)")
        facts.append((score, Fact(id="", story=ctx.story.id, claim=_claim(s.sent.text), mentions=[mention(s.sent)],
                                  verdict="single-source", detail=detail)))
    return facts


_CLAUSE_SPLIT_RE = re.compile(r",\s+and\s+that\s+|;\s+|,\s+while\s+|,\s+but\s+|\s+and\s+that\s+")


def _aligned(article: str, start: int, end: int, aligned: dict[str, list[tuple[int, int]]]) -> bool:
    """Is most of this span a clause that aligned with another outlet's?"""
    return any(min(end, e) - max(start, s) > ALIGNED_SHARE * (end - start) for s, e in aligned.get(article, ()))


def _single_source_clauses(ctx: StoryContext, sents: list[_Sent], used: set[int],
                           aligned: dict[str, list[tuple[int, int]]], by_group: _Support) -> list[tuple[int, Fact]]:
    """Attributed clauses inside aligned sentences that no other outlet supports.

    "X said its forces hit a warehouse ..., and that 12 people were killed": the second
    clause aligns with other reports, the first is one outlet's claim. A clause counts when
    it has ``CLAUSE_MIN_WORDS`` content words, shares at most ``CLAUSE_MAX_OVERLAP`` of
    them with any sentence of an independent article, and carries substance (see
    :func:`_substance`).
    """
    facts = []
    for k in sorted(used):
        s = sents[k]
        if not _ATTRIBUTION_RE.search(s.sent.text):
            continue
        parts = _CLAUSE_SPLIT_RE.split(s.sent.text)
        if len(parts) < 2:
            continue
        offset = 0
        for part in parts:
            at = s.sent.text.find(part, offset)
            offset = at + len(part)
            words = set(_text.content_words(part))
            if len(words) < CLAUSE_MIN_WORDS:
                continue
            best = _supported_elsewhere(ctx, s.sent.article, words, by_group)
            if best > CLAUSE_MAX_OVERLAP:
                continue
            start = s.sent.start + at
            if _aligned(s.sent.article, start, start + len(part), aligned):
                continue  # this clause is one of an aligned fact's mentions
            amounts = [q for q in s.quantities if start <= q.start < start + len(part) and q.value is not None]
            score, _ = _substance(part, amounts, _names(part) | (s.names if _ATTRIBUTION_RE.search(part) else set()))
            score += CLAUSE_BONUS
            if score < SINGLE_SOURCE_MIN_SCORE:
                continue
            body = ctx.views[s.sent.article].article.body
            facts.append((score, Fact(id="", story=ctx.story.id, claim=_claim(part), verdict="single-source",
                              mentions=[mention(s.sent, start, start + len(part.rstrip(" .,")), body)],
                              detail=f"only {s.sent.article} reports this part of an otherwise shared sentence "
                                     f"(at most {best:.0%} of its words appear in any sentence of another outlet)")))
    return facts


def _cap_single_source(scored: list[tuple[int, Fact]]) -> list[Fact]:
    """The ``SINGLE_SOURCE_MAX`` most substantive single-source claims, in reading order."""
    seen: set[str] = set()
    unique = []
    for n, (score, fact) in enumerate(scored):
        key = _text.norm_space(fact.claim).lower()
        if key not in seen:  # copies of one sentence in several copy groups: once
            seen.add(key)
            unique.append((score, n, fact))
    ranked = sorted(unique, key=lambda x: (-x[0], x[1]))[:SINGLE_SOURCE_MAX]
    return [fact for _, _, fact in sorted(ranked, key=lambda x: x[1])]


def find(ctx: StoryContext, sents: list[_Sent], used: set[int], copies_only: list[tuple[int, Fact]],
         aligned: dict[str, list[tuple[int, int]]] | None = None) -> list[Fact]:
    """The story's single-source claims: unaligned sentences, unshared clauses and
    copies-only groups, substantive enough, capped. ``aligned`` holds the spans of clauses
    that aligned with another outlet's (by article); those are never single-source."""
    scored = [(n, f) for n, f in copies_only if n >= SINGLE_SOURCE_MIN_SCORE]
    support = _by_group(ctx, sents)  # read by both steps
    return _cap_single_source(scored + _single_source(ctx, sents, used, support)
                              + _single_source_clauses(ctx, sents, used, aligned or {}, support))
