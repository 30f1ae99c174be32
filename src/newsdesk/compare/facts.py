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
   amounts, near-identical wording is consistent and looser overlap is compatible, but
   only between anchored members: near-identical wording, a shared unit, the same quoted
   words, or a shared named actor plus uncommon words about what it did. Members anchored
   to no other member are dropped, and a group left with one article is no fact.
3. **Same amount, different sentences.** Amounts of one unit whose neighbouring words share
   an uncommon stem ("30 people were killed" / "12 people were killed") are compared even
   when their sentences did not align.
4. **Elapsed-time claims** (:mod:`newsdesk.compare.elapsed`): "third year" against "nearly
   four years after the invasion", reasoned against the article or story date.
5. **Single-source claims.** Substantive sentences (an amount, or a named actor with an
   attributed predicate; mostly-quotation sentences and fragments score lower) and
   attributed clauses that no other independent outlet supports: none of its sentences
   aligns, nor repeats more than ``SUPPORT_MAX_OVERLAP`` of the words. The
   ``SINGLE_SOURCE_MAX`` most substantive are kept.

Copies (same outlet, or a syndication pair passed in ``copies``) are one source: a group
reported only by copies of one another is ``single-source``, and the detail says so.
"""
from __future__ import annotations

import re

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from newsdesk.compare import _text
from newsdesk.compare import quantities as qmath
from newsdesk.compare import single_source
from newsdesk.compare._context import StoryContext, independence, mention
from newsdesk.compare._sents import CALENDAR as _CALENDAR
from newsdesk.compare._sents import QUOTED_RE as _QUOTED_RE
from newsdesk.compare._sents import Sent as _Sent
from newsdesk.compare._sents import claim_text as _claim
from newsdesk.compare._sents import prepare as _prepare
from newsdesk.compare.elapsed import elapsed_facts
from newsdesk.compare.issues import CompareConfig
from newsdesk.model import Fact, Quantity

ALIGN_MIN = 0.30  # combined score at which two sentences are taken to report the same thing
TIE_EPSILON = 0.01  # partners scoring within this of the best are copies of it, paired too
GROUP_LINK_RATIO = 0.85  # two groups merge when their mean cross-pair score is near ALIGN_MIN
UNIT_BONUS = 0.12  # sharing a counted unit ("drones") is strong evidence of the same fact
ENTITY_BONUS = 0.04  # per shared capitalised name, up to ENTITY_BONUS_MAX
ENTITY_BONUS_MAX = 0.12
CONSISTENT_SIM = 0.6  # cosine at which two wordings say the same thing (consistent, not merely compatible)
SAME_AMOUNT_SIM = 0.3  # equal amounts make a group consistent when the wording is at least this close
QUANTITY_WINDOW_BEFORE = 3  # words before an amount that say what it is about
QUANTITY_WINDOW_AFTER = 5  # words after it ("30 people were killed when ...")
COMMON_SENTENCE_SHARE = 0.08  # stems in more than 8 % of sentences are too common to tie two amounts
ANCHOR_SIM = 0.4  # wording this close needs no further anchor to be one fact
QUOTE_ANCHOR_WORDS = 3  # a shared run of this many quoted words anchors two sentences
ANCHOR_TOPIC_MIN = 2  # else a shared named actor plus this many shared uncommon non-name words


# --------------------------------------------------------------------------- 1-2 sentence groups


def _similarity(sents: list[_Sent]) -> np.ndarray:
    if len(sents) < 2:
        return np.zeros((len(sents), len(sents)))
    vec = TfidfVectorizer(analyzer=lambda ws: ws, sublinear_tf=True)
    m = vec.fit_transform([s.words for s in sents])
    return (m @ m.T).toarray()


def _score(a: _Sent, b: _Sent, cos: float) -> float:
    score = cos
    if a.units & b.units:
        score += UNIT_BONUS
    score += min(ENTITY_BONUS_MAX, ENTITY_BONUS * len(a.names & b.names))
    return score


def _candidate_scores(sents: list[_Sent], sim: np.ndarray) -> dict[tuple[int, int], float]:
    """Scores of the sentence pairs (i < j, different articles) that can reach ALIGN_MIN.

    The cosine is computed for all pairs at once; the bonuses are added only where the
    cosine alone is within reach, so large stories stay fast.
    """
    if len(sents) < 2:
        return {}
    arts = np.array([s.sent.article for s in sents])
    reachable = np.triu(sim >= ALIGN_MIN - UNIT_BONUS - ENTITY_BONUS_MAX, k=1) & (arts[:, None] != arts[None, :])
    return {(int(i), int(j)): _score(sents[i], sents[j], float(sim[i, j])) for i, j in np.argwhere(reachable)}


def _groups(sents: list[_Sent], sim: np.ndarray, score_of: dict[tuple[int, int], float]) -> list[list[int]]:
    """Average-link agglomeration of aligned pairs, at most one sentence per article per group."""
    pairs = [(score, i, j) for (i, j), score in score_of.items() if score >= ALIGN_MIN]
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


def _anchor(a: _Sent, b: _Sent, cos: float, common: set[str]) -> bool:
    """Do two sentences share enough to be one fact? Near-identical wording, a counted unit,
    the same quoted words, or a named actor plus ``ANCHOR_TOPIC_MIN`` uncommon words that
    are not names (what the actor did), a shared weekday or month standing in for one."""
    if cos >= ANCHOR_SIM or a.units & b.units or _shared_quote(a, b):
        return True
    names = (a.names & b.names) - _CALENDAR
    if not names:
        return False
    name_stems = {_text.stem(n) for n in a.names | b.names} | a.names | b.names
    topic = {w for w in set(a.words) & set(b.words) if w not in common and w not in name_stems and w.rstrip("y") not in name_stems}
    when = (a.names & b.names) & _CALENDAR
    return len(topic) + bool(when) >= ANCHOR_TOPIC_MIN


def _quoted_ngrams(s: _Sent) -> set[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    for m in _QUOTED_RE.finditer(s.sent.text):
        ws = _text.words(m.group(1) or m.group(2) or "")
        out.update(tuple(ws[i:i + QUOTE_ANCHOR_WORDS]) for i in range(len(ws) - QUOTE_ANCHOR_WORDS + 1))
    return out


def _shared_quote(a: _Sent, b: _Sent) -> bool:
    """Both quote the same words ("filled with diplomacy"): one utterance, so one fact."""
    return bool(a.has_quote and b.has_quote and _quoted_ngrams(a) & _quoted_ngrams(b))


def _anchored(sents: list[_Sent], sim: np.ndarray, group: list[int], common: set[str]) -> list[int]:
    """The members of a group without amounts that are anchored to another member; a member
    that only shares generic words with the rest is dropped, repeatedly until stable."""
    keep = list(group)
    while len(keep) > 1:
        loose = [k for k in keep if not any(_anchor(sents[k], sents[j], float(sim[k, j]), common) for j in keep if j != k)]
        if not loose:
            break
        keep = [k for k in keep if k not in loose]
    return keep


def _sentence_facts(ctx: StoryContext, sents: list[_Sent], sim: np.ndarray, common: set[str]
                    ) -> tuple[list[Fact], list[tuple[int, Fact]], set[int], list[list[int]]]:
    """Aligned sentence groups as facts; groups reported only by copies come back apart,
    with their substance score, to be ranked with the other single-source claims."""
    facts: list[Fact] = []
    copies_only: list[tuple[int, Fact]] = []
    score_of = _candidate_scores(sents, sim)
    groups = _groups(sents, sim, score_of)
    grouped = {k for g in groups for k in g}
    # 1b. a sentence left out because its best partner already sits in a group still
    # reports that partner's fact: pair the two on their own
    partners: dict[int, list[tuple[float, int]]] = {}
    for (i, j), score in score_of.items():
        for a, b in ((i, j), (j, i)):
            if a not in grouped and score >= ALIGN_MIN:
                partners.setdefault(a, []).append((score, b))
    for i in sorted(partners):
        top = max(score for score, _ in partners[i])
        # the best partner, and its verbatim copies in other articles (equal score)
        ties: dict[str, int] = {}
        for score, b in sorted(partners[i], key=lambda x: (-x[0], x[1])):
            if score >= top - TIE_EPSILON:
                ties.setdefault(sents[b].sent.article, b)
        groups.append(sorted([i, *ties.values()], key=lambda k: (sents[k].sent.article, sents[k].sent.start)))
    used: set[int] = set()
    for group in groups:
        members = [sents[k] for k in group]
        used.update(group)
        notes, found = _quantity_verdicts(ctx, members, sim, group, common)
        if not found:
            group = _anchored(sents, sim, group, common)
            if len({sents[k].sent.article for k in group}) < 2:
                continue  # only loosely alike: neither one fact nor a single-source claim
            members = [sents[k] for k in group]
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
        verdict, detail = independence(ctx, articles, verdict, detail)
        mentions = []
        quantity_spans = {q.id: q for _, qa, qb in found for q in (qa, qb)}
        for m in members:
            qs = [q for q in m.quantities if q.id in quantity_spans]
            body = ctx.views[m.sent.article].article.body
            if qs and verdict in ("conflict", "compatible-with-rounding"):
                mentions.append(mention(m.sent, qs[0].start, qs[0].end, body))
            else:
                mentions.append(mention(m.sent))
        claim = _claim(min((m.sent.text for m in members), key=len))
        fact = Fact(id="", story=ctx.story.id, claim=claim, mentions=mentions, verdict=verdict, detail=detail)
        if verdict == "single-source":  # copies of one another only: ranked with the other single-source claims
            copies_only.append((max(single_source._substance(m.sent.text, [q for q in m.quantities if q.value is not None], m.names)[0]
                                    for m in members), fact))
        else:
            facts.append(fact)
    return facts, copies_only, used, groups


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
            label, detail = independence(ctx, arts, label, detail)
            body_a = ctx.views[qa.article].article.body
            body_b = ctx.views[qb.article].article.body
            facts.append(Fact(id="", story=ctx.story.id, claim=f"number of {qmath.unit_key(qa)} ({shared})",
                              mentions=[mention(sents[ka].sent, qa.start, qa.end, body_a),
                                        mention(sents[kb].sent, qb.start, qb.end, body_b)],
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


# --------------------------------------------------------------------------- entry point


def align(ctx: StoryContext, cfg: CompareConfig) -> list[Fact]:
    sents = _prepare(ctx)
    sim = _similarity(sents)
    df: dict[str, int] = {}
    for s in sents:
        for w in set(s.words):
            df[w] = df.get(w, 0) + 1
    common = {w for w, n in df.items() if n > COMMON_SENTENCE_SHARE * max(1, len(sents))}
    grouped, copies_only, used, groups = _sentence_facts(ctx, sents, sim, common)
    amounts, _ = _quantity_facts(ctx, sents, groups, common)
    amounts = _fold_into_groups(amounts, grouped)
    single = single_source.find(ctx, sents, used, copies_only)
    facts = elapsed_facts(ctx, cfg) + amounts + grouped + single
    for n, f in enumerate(facts):
        f.id = f"{ctx.story.id}-fact{n}"
    return facts
