"""Fact alignment: which statements in different articles report the same fact, and do they agree?

The matcher is a cascade, each step reading like prose:

1. **Clause alignment** (:mod:`newsdesk.compare._align`, :mod:`newsdesk.compare._clauses`).
   Sentences are cut into clauses; every clause becomes a TF-IDF vector over normalised
   content words, folded paraphrases and canonical entity names (fitted on the story's own
   clauses). Two clauses of different articles link when their cosine (plus a bonus for a
   shared counted unit, "drones") reaches ``_align.ALIGN_MIN`` *and* they share an
   anchor: near-identical wording, a counted unit, the same quoted words, or uncommon
   terms about what happened (not only names or role nouns) while naming a common actor.
   Clauses naming different weekdays never link. Groups are stars: the clause linking
   best to the most articles is a centre and takes its best partner in each other article
   (one clause per article, no chains).
2. **Verdict per group.** Amounts of the same unit are compared as intervals
   (:mod:`newsdesk.compare.quantities`): equal → consistent, overlapping →
   compatible-with-rounding, disjoint in near-identical clauses (or said about the same
   thing) → conflict. Without amounts, paraphrases (``PARAPHRASE_SIM``) are consistent
   and a group where one adds detail to the other is compatible.
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

import numpy as np

from newsdesk.compare import _align, _clauses, _text
from newsdesk.compare import quantities as qmath
from newsdesk.compare import single_source
from newsdesk.compare._context import StoryContext, independence, mention
from newsdesk.compare._sents import QUOTED_RE as _QUOTED_RE
from newsdesk.compare._sents import Sent as _Sent
from newsdesk.compare._sents import claim_text as _claim
from newsdesk.compare._sents import prepare as _prepare
from newsdesk.compare.elapsed import elapsed_facts
from newsdesk.compare.config import CompareConfig
from newsdesk.model import Fact, Quantity

CONSISTENT_SIM = 0.6  # cosine at which two wordings are near-identical (amounts in them are about one thing)
PARAPHRASE_SIM = 0.5  # mean clause cosine at which a group says the same thing (consistent, not merely compatible)
SAME_AMOUNT_SIM = 0.3  # equal amounts make a group consistent when the wording is at least this close
QUANTITY_WINDOW_BEFORE = 3  # words before an amount that say what it is about
QUANTITY_WINDOW_AFTER = 5  # words after it ("30 people were killed when ...")
COMMON_SENTENCE_SHARE = 0.08  # stems in more than 8 % of sentences are too common to tie two amounts


# --------------------------------------------------------------------------- 1-2 clause groups


def _clause_view(sents: list[_Sent], c: _clauses.Clause) -> _Sent:
    """A clause as the amount comparisons see a sentence: its own span, words and amounts."""
    parent = sents[c.sent]
    qs = [q for q in parent.quantities if c.start <= q.start < c.end]
    units = frozenset(u for q in qs if (u := qmath.unit_key(q)) and u not in qmath.DURATION_UNITS)
    return _Sent(_text.Sentence(parent.sent.article, parent.sent.index, c.start, c.end, c.text), c.terms, qs,
                 parent.names, parent.has_quote and bool(_QUOTED_RE.search(c.text)), units)


def _quantity_verdicts(ctx: StoryContext, members: list[_Sent], sim: np.ndarray, common: set[str]) -> tuple[list[str], list[tuple[str, Quantity, Quantity]]]:
    """Pairwise comparisons of amounts across the group's sentences.

    Amounts of the same unit in aligned sentences are compared; a conflict also needs them
    to be said about the same thing: the words next to them share an uncommon stem, or the
    sentences are near-identical. ``sim`` is the members' pairwise cosine block.
    """
    notes: list[str] = []
    found: list[tuple[str, Quantity, Quantity]] = []
    for x in range(len(members)):
        for y in range(x + 1, len(members)):
            a, b = members[x], members[y]
            near_identical = float(sim[x, y]) >= CONSISTENT_SIM
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


def _sentence_facts(ctx: StoryContext, sents: list[_Sent], common: set[str]
                    ) -> tuple[list[Fact], list[tuple[int, Fact]], set[int], list[list[int]], dict[str, list[tuple[int, int]]]]:
    """Aligned clause groups as facts; groups reported only by copies come back apart,
    with their substance score, to be ranked with the other single-source claims.
    Also returns the sentences that align anywhere, the groups as sentence indices and
    the spans of the clauses that align (by article)."""
    facts: list[Fact] = []
    copies_only: list[tuple[int, Fact]] = []
    clauses = _clauses.clauses(ctx, sents)
    views = [_clause_view(sents, c) for c in clauses]
    arts = [v.sent.article for v in views]
    vectors = _align.clause_vectors(clauses)
    scored = _align.links(clauses, arts, vectors, [v.units for v in views], _align.rarity(clauses))
    groups = _align.star_groups(arts, scored)
    used = {clauses[k].sent for pair in scored for k in pair}
    for group in groups:
        members = [views[k] for k in group]
        block = _align.sub_similarity(vectors, group)
        notes, found = _quantity_verdicts(ctx, members, block, common)
        kinds = {v for v, _, _ in found}
        pair_sims = [float(block[x, y]) for x in range(len(group)) for y in range(x + 1, len(group))]
        mean_sim = sum(pair_sims) / len(pair_sims)
        if "conflict" in kinds:
            verdict = "conflict"
        elif "rounding" in kinds:
            verdict = "compatible-with-rounding"
        elif mean_sim >= PARAPHRASE_SIM or ("same" in kinds and mean_sim >= SAME_AMOUNT_SIM):
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
        for k, m in zip(group, members):
            qs = [q for q in m.quantities if q.id in quantity_spans]
            body = ctx.views[m.sent.article].article.body
            whole = sents[clauses[k].sent].sent
            if qs and verdict in ("conflict", "compatible-with-rounding"):
                mentions.append(mention(whole, qs[0].start, qs[0].end, body))
            else:
                mentions.append(mention(whole, m.sent.start, m.sent.end, body))
        claim = _claim(min((m.sent.text for m in members), key=len))
        fact = Fact(id="", story=ctx.story.id, claim=claim, mentions=mentions, verdict=verdict, detail=detail)
        if verdict == "single-source":  # copies of one another only: ranked with the other single-source claims
            copies_only.append((max(single_source._substance(m.sent.text, [q for q in m.quantities if q.value is not None], m.names)[0]
                                    for m in members), fact))
        else:
            facts.append(fact)
    sentence_groups = [sorted({clauses[k].sent for k in g}) for g in groups]
    aligned: dict[str, list[tuple[int, int]]] = {}
    for k in {k for pair in scored for k in pair}:
        aligned.setdefault(arts[k], []).append((clauses[k].start, clauses[k].end))
    return facts, copies_only, used, sentence_groups, aligned


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
    by_unit: dict[str | None, list[int]] = {}  # only amounts of one unit are compared: pair within a unit
    for x, (_, q, _) in enumerate(items):
        by_unit.setdefault(qmath.unit_key(q), []).append(x)
    for x in range(len(items)):
        for y in by_unit[qmath.unit_key(items[x][1])]:
            if y <= x:
                continue
            (ka, qa, wa), (kb, qb, wb) = items[x], items[y]
            if sents[ka].sent.article == sents[kb].sent.article:
                continue
            if not (wa & wb) - common:
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
    """Pairs that share a mention (30 vs 12, 30 vs 12, ...) become one fact with all mentions.

    A fact joins the first merged fact with its claim that has one of its mentions (an
    index from (claim, article, start) to the merged facts holding it finds that one).
    """
    merged: list[Fact] = []
    holders: dict[tuple[str, str, int], list[int]] = {}  # (claim, article, start) -> merged facts with it, in order
    have: list[set[tuple[str, int]]] = []  # per merged fact: its mentions' (article, start)
    details: list[list[str]] = []  # per merged fact: its detail, then the details it absorbed
    for f in facts:
        keys = {(f.claim, m.article, m.start) for m in f.mentions}
        hosts = [holders[k][0] for k in keys if k in holders]
        if not hosts:
            for k in keys:
                holders.setdefault(k, []).append(len(merged))
            merged.append(f)
            have.append({(m.article, m.start) for m in f.mentions})
            details.append([f.detail])
            continue
        at = min(hosts)
        host = merged[at]
        new = [m for m in f.mentions if (m.article, m.start) not in have[at]]
        host.mentions.extend(new)
        have[at].update((m.article, m.start) for m in new)
        for m in new:
            k = (host.claim, m.article, m.start)
            if at not in holders.setdefault(k, []):
                holders[k].append(at)
                holders[k].sort()
        if f.verdict == "conflict" and host.verdict != "conflict":
            host.verdict = "conflict"
        details[at].append(f.detail)
    for f, parts in zip(merged, details):
        f.detail = "; ".join(parts)
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
    df: dict[str, int] = {}
    for s in sents:
        for w in set(s.words):
            df[w] = df.get(w, 0) + 1
    common = {w for w, n in df.items() if n > COMMON_SENTENCE_SHARE * max(1, len(sents))}
    grouped, copies_only, used, groups, aligned = _sentence_facts(ctx, sents, common)
    amounts, _ = _quantity_facts(ctx, sents, groups, common)
    amounts = _fold_into_groups(amounts, grouped)
    single = single_source.find(ctx, sents, used, copies_only, aligned)
    facts = elapsed_facts(ctx, cfg) + amounts + grouped + single
    for n, f in enumerate(facts):
        f.id = f"{ctx.story.id}-fact{n}"
    return facts
