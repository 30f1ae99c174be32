"""Fact alignment: which statements in different articles report the same fact, and do they agree?

The matcher is a cascade, each step reading like prose:

1. **Sentence alignment.** Every sentence becomes a TF-IDF vector over stemmed content
   words (fitted on the story's own sentences). Two sentences of different articles align
   when their cosine similarity, plus a bonus for sharing a counted unit ("drones") and
   for sharing named entities, reaches ``ALIGN_MIN``. Aligned pairs are merged greedily,
   best first, into groups that hold at most one sentence per article (no chaining).
2. **Verdict per group.** Amounts of the same unit are compared as intervals
   (:mod:`newsdesk.compare.quantities`): equal → consistent, overlapping →
   compatible-with-rounding, disjoint in near-identical sentences → conflict. Without
   amounts, near-identical wording is consistent and looser overlap is compatible.
3. **Elapsed-time claims.** "now entering its third year", "nearly four years after the
   invasion", "the nearly four-year war" and "the invasion ... in February 2022" are all
   claims about how long one event has lasted. They rarely share words, so they are
   gathered by event noun (``CompareConfig.event_nouns``) and compared as intervals of
   elapsed years at each article's date (its own, else the story's), which may conflict.
4. **Single-source claims.** Important sentences (an amount or a quotation, and a named
   actor) that no other independent outlet supports.

Copies (same outlet, or a syndication pair passed in ``copies``) are one source: a group
reported only by copies of one another is ``single-source``, and the detail says so.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from newsdesk.compare import _text
from newsdesk.compare import quantities as qmath
from newsdesk.compare._context import StoryContext
from newsdesk.compare.issues import CompareConfig
from newsdesk.model import Fact, FactMention, Quantity

ALIGN_MIN = 0.26  # combined score at which two sentences are taken to report the same thing
GROUP_LINK_RATIO = 0.85  # two groups merge when their mean cross-pair score is near ALIGN_MIN
UNIT_BONUS = 0.12  # sharing a counted unit ("drones") is strong evidence of the same fact
ENTITY_BONUS = 0.04  # per shared capitalised name, up to ENTITY_BONUS_MAX
ENTITY_BONUS_MAX = 0.12
CONSISTENT_SIM = 0.6  # cosine at which two wordings say the same thing (consistent, not merely compatible)
SAME_AMOUNT_SIM = 0.3  # equal amounts make a group consistent when the wording is at least this close
QUANTITY_WINDOW_BEFORE = 3  # words before an amount that say what it is about
QUANTITY_WINDOW_AFTER = 5  # words after it ("30 people were killed when ...")
COMMON_SENTENCE_SHARE = 0.08  # stems in more than 8 % of sentences are too common to tie two amounts
CLAUSE_MIN_WORDS = 5  # a clause shorter than this is not a claim of its own
CLAUSE_MAX_OVERLAP = 0.4  # share of a clause's words another outlet's sentence may repeat and it still be one outlet's
MIN_CONTENT_WORDS = 4  # shorter sentences ("It said so.") carry no alignable fact
CLAIM_MAX_CHARS = 160  # claims are short: cut at a word boundary
EVENT_WINDOW = 70  # characters between a duration and the event noun it is about
DAYS_PER_YEAR = 365.25


@dataclass(slots=True)
class _Sent:
    sent: _text.Sentence
    words: list[str]
    quantities: list[Quantity]
    names: set[str]
    has_quote: bool


# --------------------------------------------------------------------------- helpers


def _claim(text: str) -> str:
    text = _text.norm_space(text).strip("“”\"' ")
    if len(text) <= CLAIM_MAX_CHARS:
        return text
    cut = text[:CLAIM_MAX_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + " …"


def _names(text: str) -> set[str]:
    """Capitalised words that are not sentence-initial: a cheap proxy for named actors."""
    out = set()
    for m in re.finditer(r"(?<=[a-z,;:’'\"”] )([A-Z][a-z]{2,})", text):
        out.add(m.group(1).lower().rstrip("y"))  # Zelensky / Zelenskyy
    return out


def _mention(s: _text.Sentence, start: int | None = None, end: int | None = None, body: str = "") -> FactMention:
    if start is None or end is None:
        return FactMention(s.article, s.start, s.end, s.text, s.text)
    return FactMention(s.article, start, end, body[start:end], s.text)


def _prepare(ctx: StoryContext) -> list[_Sent]:
    out = []
    for view in ctx.views.values():
        for s in view.sentences:
            ws = _text.content_words(s.text)
            if len(ws) < MIN_CONTENT_WORDS:
                continue
            qs = [q for q in view.quantities if s.start <= q.start < s.end]
            has_quote = any(s.start <= q.start < s.end for q in view.quotes)
            out.append(_Sent(s, ws, qs, _names(s.text), has_quote))
    return out


# --------------------------------------------------------------------------- 1-2 sentence groups


def _similarity(sents: list[_Sent]) -> np.ndarray:
    if len(sents) < 2:
        return np.zeros((len(sents), len(sents)))
    vec = TfidfVectorizer(analyzer=lambda ws: ws, sublinear_tf=True)
    m = vec.fit_transform([s.words for s in sents])
    return (m @ m.T).toarray()


def _units(s: _Sent) -> set[str]:
    return {u for q in s.quantities if (u := qmath.unit_key(q)) and u not in qmath.DURATION_UNITS}


def _score(a: _Sent, b: _Sent, cos: float) -> float:
    score = cos
    if _units(a) & _units(b):
        score += UNIT_BONUS
    score += min(ENTITY_BONUS_MAX, ENTITY_BONUS * len(a.names & b.names))
    return score


def _groups(sents: list[_Sent], sim: np.ndarray) -> list[list[int]]:
    """Average-link agglomeration of aligned pairs, at most one sentence per article per group."""
    score_of: dict[tuple[int, int], float] = {}
    pairs = []
    for i in range(len(sents)):
        for j in range(i + 1, len(sents)):
            if sents[i].sent.article == sents[j].sent.article:
                continue
            score = _score(sents[i], sents[j], float(sim[i, j]))
            score_of[(i, j)] = score
            if score >= ALIGN_MIN:
                pairs.append((score, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    group_of: dict[int, int] = {}
    groups: dict[int, list[int]] = {}
    for _, i, j in pairs:
        gi, gj = group_of.get(i), group_of.get(j)
        if gi is not None and gi == gj:
            continue
        members_i = groups[gi] if gi is not None else [i]
        members_j = groups[gj] if gj is not None else [j]
        arts_i = {sents[k].sent.article for k in members_i}
        if arts_i & {sents[k].sent.article for k in members_j}:
            continue  # one sentence per article per group
        link = [score_of.get((min(x, y), max(x, y)), 0.0) for x in members_i for y in members_j]
        if sum(link) / len(link) < ALIGN_MIN * GROUP_LINK_RATIO:
            continue  # the groups agree through one pair only: keep them apart
        new = members_i + members_j
        gid = min(new)
        for k in (gi, gj):
            if k is not None:
                groups.pop(k, None)
        groups[gid] = new
        for k in new:
            group_of[k] = gid
    return [sorted(g, key=lambda k: (sents[k].sent.article, sents[k].sent.start)) for g in groups.values()]


def _quantity_verdicts(ctx: StoryContext, members: list[_Sent], sim: np.ndarray, idx: list[int],
                       common: set[str]) -> tuple[list[str], list[tuple[str, Quantity, Quantity]]]:
    """Pairwise comparisons of amounts across the group's sentences.

    Amounts of the same unit in aligned sentences are compared; a conflict also needs them
    to be said about the same thing: the words next to them share an uncommon stem, or the
    sentences are near-identical.
    """
    notes: list[str] = []
    found: list[tuple[str, Quantity, Quantity]] = []
    for x in range(len(members)):
        for y in range(x + 1, len(members)):
            a, b = members[x], members[y]
            near_identical = float(sim[idx[x], idx[y]]) >= CONSISTENT_SIM
            for qa in a.quantities:
                for qb in b.quantities:
                    ua, ub = qmath.unit_key(qa), qmath.unit_key(qb)
                    if ua is None or ua != ub or ua in qmath.DURATION_UNITS:
                        continue
                    verdict = qmath.compare(qa, qb)
                    if verdict == "conflict" and not near_identical:
                        wa = _window(a, qa, ctx.views[a.sent.article].article.body)
                        wb = _window(b, qb, ctx.views[b.sent.article].article.body)
                        if not (wa & wb) - common:
                            continue  # a conflict needs the amounts to be about the same thing
                    if verdict:
                        found.append((verdict, qa, qb))
                        notes.append(f"{qmath.describe(qa)} ({qa.article}) vs {qmath.describe(qb)} ({qb.article}): {verdict}")
    return notes, found


def _sentence_facts(ctx: StoryContext, sents: list[_Sent], sim: np.ndarray,
                    common: set[str]) -> tuple[list[Fact], set[int], list[list[int]]]:
    facts: list[Fact] = []
    groups = _groups(sents, sim)
    grouped = {k for g in groups for k in g}
    # 1b. a sentence left out because its best partner already sits in a group still
    # reports that partner's fact: pair the two on their own
    for i, s in enumerate(sents):
        if i in grouped:
            continue
        best = max(((_score(s, t, float(sim[i, j])), j) for j, t in enumerate(sents)
                    if t.sent.article != s.sent.article), default=None)
        if best is not None and best[0] >= ALIGN_MIN:
            groups.append(sorted([i, best[1]], key=lambda k: (sents[k].sent.article, sents[k].sent.start)))
    used: set[int] = set()
    for group in groups:
        members = [sents[k] for k in group]
        used.update(group)
        notes, found = _quantity_verdicts(ctx, members, sim, group, common)
        kinds = {v for v, _, _ in found}
        pair_sims = [float(sim[i, j]) for n, i in enumerate(group) for j in group[n + 1:]]
        mean_sim = sum(pair_sims) / len(pair_sims)
        if "conflict" in kinds:
            verdict = "conflict"
        elif "rounding" in kinds:
            verdict = "compatible-with-rounding"
        elif mean_sim >= CONSISTENT_SIM or ("same" in kinds and mean_sim >= SAME_AMOUNT_SIM):
            verdict = "consistent"
        else:
            verdict = "compatible"
        articles = sorted({m.sent.article for m in members})
        detail = f"reported by {len(articles)} articles ({', '.join(articles)}); mean wording similarity {mean_sim:.2f}"
        if notes:
            detail += "; amounts: " + "; ".join(notes)
        elif verdict == "compatible":
            detail += "; same actors and topic, different detail, nothing mutually exclusive"
        verdict, detail = _independence(ctx, articles, verdict, detail)
        mentions = []
        quantity_spans = {q.id: q for _, qa, qb in found for q in (qa, qb)}
        for m in members:
            qs = [q for q in m.quantities if q.id in quantity_spans]
            body = ctx.views[m.sent.article].article.body
            if qs and verdict in ("conflict", "compatible-with-rounding"):
                mentions.append(_mention(m.sent, qs[0].start, qs[0].end, body))
            else:
                mentions.append(_mention(m.sent))
        claim = _claim(min((m.sent.text for m in members), key=len))
        facts.append(Fact(id="", story=ctx.story.id, claim=claim, mentions=mentions, verdict=verdict, detail=detail))
    return facts, used, groups


def _independence(ctx: StoryContext, articles: list[str], verdict: str, detail: str) -> tuple[str, str]:
    """Copies are one source: downgrade to single-source when only copies report it."""
    groups = {ctx.group_of(a) for a in articles}
    notes = sorted({n for a in articles for n in ctx.copy_notes.get(a, []) if n.split(" of ")[-1] in articles})
    if len(groups) == 1 and len(articles) > 1:
        why = "; ".join(notes) if notes else "same outlet"
        return "single-source", f"{detail}; but the articles are not independent ({why}), so this is one source (would be {verdict})"
    if notes:
        detail += f"; {len(groups)} independent sources (copies: {'; '.join(notes)})"
    return verdict, detail


# --------------------------------------------------------------------------- 2b same amount, different sentences

_PREDICATE_SYNONYMS = {"die": "kill", "died": "kill", "dead": "kill", "death": "kill", "deaths": "kill",
                       "killing": "kill", "kill": "kill", "killed": "kill", "wounded": "injur", "injured": "injur",
                       "hurt": "injur", "fired": "launch", "launched": "launch", "downed": "shot",
                       "intercepted": "shot", "destroyed": "shot"}


def _window(s: _Sent, q: Quantity, body: str) -> set[str]:
    """Content stems around an amount (what is said about it), synonyms folded, unit excluded."""
    before = _text.words(body[max(s.sent.start, q.start - 40): q.start])[-QUANTITY_WINDOW_BEFORE:]
    after = _text.words(body[q.end: min(s.sent.end, q.end + 80)])[:QUANTITY_WINDOW_AFTER]
    unit = qmath.unit_key(q)
    out = set()
    for w in before + after:
        w = _PREDICATE_SYNONYMS.get(w, w)
        if w in _text.STOPWORDS or len(w) < 3 or w[0].isdigit():
            continue
        st = _text.stem(w)
        if st != unit:
            out.add(st)
    return out


def _quantity_facts(ctx: StoryContext, sents: list[_Sent], groups: list[list[int]], common: set[str]) -> tuple[list[Fact], set[int]]:
    """Amounts of the same unit, said about the same thing, in sentences that did not align.

    Two amounts are about the same thing when they count the same unit and the words next
    to them share a stem that is not common in the story ("30 people were killed" /
    "12 people were killed"). Only disjoint or rounded amounts become facts here; equal
    ones add nothing the sentence groups do not already say.
    """
    same_group = {(a, b) for g in groups for a in g for b in g}
    items = [(k, q, _window(s, q, ctx.views[s.sent.article].article.body))
             for k, s in enumerate(sents) for q in s.quantities
             if qmath.unit_key(q) and qmath.unit_key(q) not in qmath.DURATION_UNITS and q.value is not None]
    facts: list[Fact] = []
    involved: set[int] = set()
    seen: set[tuple[str, str]] = set()
    for x in range(len(items)):
        for y in range(x + 1, len(items)):
            (ka, qa, wa), (kb, qb, wb) = items[x], items[y]
            if sents[ka].sent.article == sents[kb].sent.article:
                continue
            if qmath.unit_key(qa) != qmath.unit_key(qb) or not (wa & wb) - common:
                continue
            if (ka, kb) in same_group:
                continue  # compared inside the aligned sentence group already
            verdict = qmath.compare(qa, qb)
            if verdict not in ("conflict", "rounding"):
                continue
            key = tuple(sorted((qa.id or f"{qa.article}:{qa.start}", qb.id or f"{qb.article}:{qb.start}")))
            if key in seen:
                continue
            seen.add(key)  # type: ignore[arg-type]
            involved.update((ka, kb))
            arts = sorted({qa.article, qb.article})
            shared = ", ".join(sorted((wa & wb) - common))
            label = "conflict" if verdict == "conflict" else "compatible-with-rounding"
            detail = (f"the same count of {qmath.unit_key(qa)} ({shared}): {qmath.describe(qa)} ({qa.article}) vs "
                      f"{qmath.describe(qb)} ({qb.article}): " +
                      ("the intervals do not overlap, so both cannot be true" if verdict == "conflict" else "the intervals overlap"))
            label, detail = _independence(ctx, arts, label, detail)
            body_a = ctx.views[qa.article].article.body
            body_b = ctx.views[qb.article].article.body
            facts.append(Fact(id="", story=ctx.story.id, claim=f"number of {qmath.unit_key(qa)} ({shared})",
                              mentions=[_mention(sents[ka].sent, qa.start, qa.end, body_a),
                                        _mention(sents[kb].sent, qb.start, qb.end, body_b)],
                              verdict=label, detail=detail))
    return _merge_quantity_facts(facts), involved


def _merge_quantity_facts(facts: list[Fact]) -> list[Fact]:
    """Pairs that share a mention (30 vs 12, 30 vs 12, ...) become one fact with all mentions."""
    merged: list[Fact] = []
    for f in facts:
        keys = {(m.article, m.start) for m in f.mentions}
        host = next((g for g in merged if keys & {(m.article, m.start) for m in g.mentions}
                     and g.claim == f.claim), None)
        if host is None:
            merged.append(f)
            continue
        have = {(m.article, m.start) for m in host.mentions}
        host.mentions.extend(m for m in f.mentions if (m.article, m.start) not in have)
        if f.verdict == "conflict" and host.verdict != "conflict":
            host.verdict = "conflict"
        host.detail += "; " + f.detail
    return merged


def _fold_into_groups(amounts: list[Fact], grouped: list[Fact]) -> list[Fact]:
    """An amount fact that shares a mention with a sentence-group fact of the same verdict
    joins it (one conflict, all its mentions), instead of being reported twice."""
    left = []
    for f in amounts:
        spans = {(m.article, m.start, m.end) for m in f.mentions}
        host = next((g for g in grouped if g.verdict == f.verdict
                     and spans & {(m.article, m.start, m.end) for m in g.mentions}), None)
        if host is None:
            left.append(f)
            continue
        have = {m.article for m in host.mentions}
        host.mentions.extend(m for m in f.mentions if m.article not in have)
        host.detail += "; also " + f.detail
    return left


# --------------------------------------------------------------------------- 3 elapsed-time claims

_ORDINAL_DUR_RE = re.compile(r"\b(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+year\b", re.I)
_COUNT_DUR_RE = re.compile(
    r"(?P<qual>\b(?:nearly|almost|about|around|roughly|more than|over|at least|just over|just under|some)\s+)?"
    r"\b(?P<num>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)[\s-]+years?\b", re.I)
_ANCHOR_BEFORE_RE = re.compile(  # "the March 2023 invasion": the date names the start of the event after it
    r"\b(?:(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
    r"(?P<year>(?:19|20)\d\d)\s+(?:full-scale\s+)?(?P<noun>[a-z-]+)")
_ANCHOR_RE = re.compile(
    r"\b(?:in|since|began in|started in|launched in)\s+(?:(?P<month>January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+)?(?:(?P<day>\d{1,2}),?\s+)?(?P<year>(?:19|20)\d\d)\b")


@dataclass(slots=True)
class _Elapsed:
    sent: _text.Sentence
    start: int
    end: int
    event: str
    interval: tuple[float, float] | None  # elapsed years at the article date
    how: str


def _event_near(text: str, start: int, end: int, cfg: CompareConfig) -> str | None:
    window = text[max(0, start - EVENT_WINDOW): end + EVENT_WINDOW].lower()
    best = None
    for event, nouns in cfg.event_nouns.items():
        for noun in nouns:
            for m in re.finditer(r"\b" + re.escape(noun) + r"\b", window):
                dist = abs(m.start() - min(EVENT_WINDOW, start))
                if best is None or dist < best[0]:
                    best = (dist, event)
    return best[1] if best else None


def _event_of_noun(noun: str, cfg: CompareConfig) -> str | None:
    return next((event for event, nouns in cfg.event_nouns.items() if noun.lower() in nouns), None)


def _years_between(start: date, end: date) -> float:
    return (end - start).days / DAYS_PER_YEAR


def _elapsed_claims(ctx: StoryContext, cfg: CompareConfig) -> list[_Elapsed]:
    out: list[_Elapsed] = []
    for aid, view in ctx.views.items():
        ref, ref_how = ctx.ref_dates(aid)
        for s in view.sentences:
            t = s.text
            for m in _ORDINAL_DUR_RE.finditer(t):
                event = _event_near(t, m.start(), m.end(), cfg)
                if event:
                    n = _text.ORDINALS[m.group("ord").lower()]
                    q = Quantity("", aid, 0, 0, m.group(0), float(n), "year", qualifier="ordinal")
                    out.append(_Elapsed(s, s.start + m.start(), s.start + m.end(), event, qmath.interval(q),
                                        f"“{m.group(0)}” means {n - 1} to under {n} years elapsed"))
            for m in _COUNT_DUR_RE.finditer(t):
                tail = t[m.end(): m.end() + 12].lower()
                if not re.match(r"[\s-]*(?:after|since|into|of|ago|old|-long|long|war|conflict|invasion)", tail) and not re.match(r"[\s-]", t[m.end():m.end() + 1] or " "):
                    continue
                event = _event_near(t, m.start(), m.end(), cfg)
                num = _text._to_number(m.group("num"))
                if not event or num is None or num > 100:
                    continue
                qual = (m.group("qual") or "").strip().lower() or None
                q = Quantity("", aid, 0, 0, m.group(0), num, "year", qualifier=qual)
                iv = qmath.interval(q)
                out.append(_Elapsed(s, s.start + m.start(), s.start + m.end(), event, iv,
                                    f"“{m.group(0).strip()}” means {iv[0]:.1f} to {iv[1]:.1f} years" if iv else m.group(0)))
            anchors = [(m, _event_near(t, m.start(), m.end(), cfg)) for m in _ANCHOR_RE.finditer(t)
                       if re.search(r"invasion|began|start|launch|since|outbreak", t[max(0, m.start() - EVENT_WINDOW): m.end()], re.I)]
            anchors += [(m, _event_of_noun(m.group("noun"), cfg)) for m in _ANCHOR_BEFORE_RE.finditer(t)]
            for m, event in anchors:
                if not event:
                    continue
                year = int(m.group("year"))
                month = _text.MONTHS[m.group("month").lower()] if m.group("month") else None
                day = m.groupdict().get("day")
                first = date(year, month or 1, int(day or 1))
                last = date(year, month or 12, int(day or (28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)))
                if ref is None:
                    out.append(_Elapsed(s, s.start + m.start(), s.start + m.end(), event, None,
                                        f"started {m.group(0)}; elapsed time unknown ({ref_how})"))
                    continue
                if first > ref[1]:
                    continue  # a future date is a plan, not the start of the event
                iv = (max(0.0, _years_between(last, ref[0])), _years_between(first, ref[1]))
                out.append(_Elapsed(s, s.start + m.start(), s.start + m.end(), event, iv,
                                    f"started “{m.group(0)}”, and {ref_how}, so {iv[0]:.2f} to {iv[1]:.2f} years had elapsed"))
    return out


def _elapsed_facts(ctx: StoryContext, cfg: CompareConfig) -> list[Fact]:
    by_event: dict[str, list[_Elapsed]] = {}
    for c in _elapsed_claims(ctx, cfg):
        by_event.setdefault(c.event, []).append(c)
    facts = []
    for event, claims in sorted(by_event.items()):
        articles = sorted({c.sent.article for c in claims})
        if len(articles) < 2:
            continue
        known = [c for c in claims if c.interval is not None]
        clashes = []
        for i, a in enumerate(known):
            for b in known[i + 1:]:
                if a.sent.article == b.sent.article:
                    continue
                (alo, ahi), (blo, bhi) = a.interval, b.interval  # type: ignore[misc]
                if ahi < blo or bhi < alo:
                    clashes.append(f"{a.sent.article} [{alo:.2f}, {ahi:.2f}] cannot meet {b.sent.article} [{blo:.2f}, {bhi:.2f}]")
        if clashes:
            verdict = "conflict"
        elif len({(round(c.interval[0], 2), round(c.interval[1], 2)) for c in known}) <= 1:  # type: ignore[index]
            verdict = "consistent"
        else:
            verdict = "compatible-with-rounding"
        parts = [f"{c.sent.article}: {c.how}" for c in claims]
        detail = f"how long the {event} has lasted, as each article states it: " + "; ".join(parts)
        if clashes:
            detail += ". Elapsed-time intervals that do not overlap: " + "; ".join(clashes)
        verdict, detail = _independence(ctx, articles, verdict, detail)
        mentions = [_mention(c.sent, c.start, c.end, ctx.views[c.sent.article].article.body) for c in claims]
        facts.append(Fact(id="", story=ctx.story.id, claim=f"time elapsed since the {event} began",
                          mentions=mentions, verdict=verdict, detail=detail))
    return facts


# --------------------------------------------------------------------------- 4 single-source

_ATTRIBUTION_RE = re.compile(r"\b(?:said|says|told|according to|announced|reported|claimed|confirmed)\b")


def _single_source(ctx: StoryContext, sents: list[_Sent], used: set[int]) -> list[Fact]:
    facts = []
    for k, s in enumerate(sents):
        if k in used:
            continue
        amounts = [q for q in s.quantities if q.value is not None]
        attributed = bool(_ATTRIBUTION_RE.search(s.sent.text))
        if not (amounts or s.has_quote or (attributed and s.names)) or not (s.names or attributed):
            continue
        why = []
        if amounts:
            why.append("amounts " + ", ".join(f"“{q.text}”" for q in amounts))
        if s.has_quote:
            why.append("a quotation")
        if not why:
            why.append("an attributed statement")
        detail = f"only {s.sent.article} reports this ({' and '.join(why)}; no sentence of another outlet aligns with it)"
        facts.append(Fact(id="", story=ctx.story.id, claim=_claim(s.sent.text), mentions=[_mention(s.sent)],
                          verdict="single-source", detail=detail))
    return facts


_CLAUSE_SPLIT_RE = re.compile(r",\s+and\s+that\s+|;\s+|,\s+while\s+|,\s+but\s+|\s+and\s+that\s+")


def _single_source_clauses(ctx: StoryContext, sents: list[_Sent], used: set[int]) -> list[Fact]:
    """Attributed clauses inside aligned sentences that no other outlet supports.

    "X said its forces hit a warehouse ..., and that 12 people were killed": the second
    clause aligns with other reports, the first is one outlet's claim. A clause counts when
    it has ``CLAUSE_MIN_WORDS`` content words and shares at most ``CLAUSE_MAX_OVERLAP`` of
    them with any sentence of an independent article.
    """
    facts = []
    by_group: dict[str, list[set[str]]] = {}
    for s in sents:
        by_group.setdefault(ctx.group_of(s.sent.article), []).append(set(s.words))
    for k in sorted(used):
        s = sents[k]
        if not _ATTRIBUTION_RE.search(s.sent.text):
            continue
        parts = _CLAUSE_SPLIT_RE.split(s.sent.text)
        if len(parts) < 2:
            continue
        offset = 0
        others = [ws for g, lst in by_group.items() if g != ctx.group_of(s.sent.article) for ws in lst]
        for part in parts:
            at = s.sent.text.find(part, offset)
            offset = at + len(part)
            words = set(_text.content_words(part))
            if len(words) < CLAUSE_MIN_WORDS:
                continue
            best = max((len(words & ws) / len(words) for ws in others), default=0.0)
            if best > CLAUSE_MAX_OVERLAP:
                continue
            start = s.sent.start + at
            body = ctx.views[s.sent.article].article.body
            facts.append(Fact(id="", story=ctx.story.id, claim=_claim(part), verdict="single-source",
                              mentions=[_mention(s.sent, start, start + len(part.rstrip(" .,")), body)],
                              detail=f"only {s.sent.article} reports this part of an otherwise shared sentence "
                                     f"(at most {best:.0%} of its words appear in any sentence of another outlet)"))
    return facts


# --------------------------------------------------------------------------- entry point


def align(ctx: StoryContext, cfg: CompareConfig) -> list[Fact]:
    sents = _prepare(ctx)
    sim = _similarity(sents)
    df: dict[str, int] = {}
    for s in sents:
        for w in set(s.words):
            df[w] = df.get(w, 0) + 1
    common = {w for w, n in df.items() if n > COMMON_SENTENCE_SHARE * max(1, len(sents))}
    grouped, used, groups = _sentence_facts(ctx, sents, sim, common)
    amounts, _ = _quantity_facts(ctx, sents, groups, common)
    amounts = _fold_into_groups(amounts, grouped)
    facts = (_elapsed_facts(ctx, cfg) + amounts + grouped + _single_source(ctx, sents, used)
             + _single_source_clauses(ctx, sents, used))
    for n, f in enumerate(facts):
        f.id = f"{ctx.story.id}-fact{n}"
    return facts
