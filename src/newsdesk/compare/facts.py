"""Fact alignment: which statements in different articles report the same fact, and do they agree?

The matcher is a cascade, each step reading like prose:

1. **Clauses** (:func:`clauses`). Sentences are cut into clauses (:func:`text.clause_spans`);
   each clause gets the bag of *terms* the matcher compares: its words as matching terms
   (:func:`text.terms`) and one term per named entity, by its canonical (merged) name where
   the annotations have one, so "Zelensky" and "Zelenskyy", "U.S." and "Washington" are the
   same term. A sentence whose subject is a pronoun is about the person named just before.
2. **Scores** (:func:`clause_vectors`, :func:`links`). Every clause is a TF-IDF vector over
   its terms, fitted on the story's own clauses, so words and names every article repeats
   weigh little. Two clauses of different articles score their cosine, plus ``UNIT_BONUS``
   when they count the same unit ("drones").
3. **Anchors** (:func:`anchored`). A score is not enough: two clauses must also share
   something specific: a counted unit, the same quoted words, near-identical wording
   (``NEAR_IDENTICAL``; from ``ANCHOR_SIM`` on, one shared uncommon word about what
   happened), or terms that say what happened or where (not who: names of people and
   bodies, role nouns and time words do not count), at least one of them uncommon, whose
   rarity (IDF; common terms at ``COMMON_WEIGHT``) adds up to ``ANCHOR_TOPIC_MIN``
   just-uncommon terms while the two sentences name a common actor. Clauses naming
   different weekdays never link — unless one article copies the other: a rewrite that
   moves an event to another day reports the same event wrongly — nor do two that are
   mostly quotation without quoting the same words.
4. **Groups** (:func:`star_groups`; stars, not chains). The clause whose best links into
   the other articles add up to the most is a fact's centre; its best-linked clause in
   each other article joins it. Those clauses are taken, and the next centre is chosen
   among the rest. A member is thus always tied to the centre directly.
5. **Verdict per group** (:mod:`newsdesk.compare.verdicts`). Amounts that count the same
   thing are compared as intervals: equal → consistent, overlapping →
   compatible-with-rounding, disjoint in near-identical clauses (or said about the same
   thing) → conflict, with the conflict's *sides* (which outlets report which value, the
   outlier first). Without amounts, paraphrases (``PARAPHRASE_SIM``) are consistent and a
   group where one adds detail to the other is compatible.
6. **Same amount, different sentences** (:func:`_quantity_facts`). Amounts of one unit whose
   neighbouring words share an uncommon stem ("30 people were killed" / "12 people were
   killed") are compared even when their sentences did not align; so is the count a lead
   split in two moved to its next sentence (:func:`_left_over`), and the new values of two
   changes from one old value ("to $90 a seat from $60" / "to $240 a seat from $60",
   :func:`_changed_from`): a sentence that aligned on another fact (the day the fare rose)
   still has its figure compared.
7. **When events began** (:func:`verdicts.time_facts`): weekdays, dates and elapsed times
   ("third year", "since Monday", "now in its second week", "after three years on the
   market"), compared per event.
   **How long events lasted** (:func:`durations.duration_facts`): "ran for barely three
   weeks" against "ran from 4 May to 13 July", compared per event.
8. **Single-source claims** (:mod:`newsdesk.compare.single_source`).

Copies (same outlet, or a syndication pair passed in ``copies``) are one source: a group
reported only by copies of one another is ``single-source``, and the detail says so —
except a conflict: a copy that changed a figure of its source contradicts it.

Memory: the story's full cosine matrix is never built; candidate pairs are found by row
blocks (``SIM_ROWS``) and checked in vectorised batches (``LINK_CHUNK``).
"""
from __future__ import annotations

import heapq
from itertools import chain
from bisect import bisect_left, bisect_right
import math
import re
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from newsdesk.compare import durations, roles, single_source, verdicts
from newsdesk.compare import text as _text
from newsdesk.compare.config import CompareConfig
from newsdesk.compare.story import Sent, StoryContext, counted_units, independence, mention, prepare
from newsdesk.compare.text import QUOTED_RE, ROLES, TIME_WORDS, WEEKDAYS
from newsdesk.model import Fact, Quantity
from newsdesk.tfidf import row_norms, term_counts

_PRONOUN_RE = re.compile(r"\b(?:he|she|He|She)\b")
PLACE_TYPES = frozenset(("GPE", "LOC", "FAC"))  # entity types that say where something happened
ENTITY_PREFIX = "@"  # entity terms are "@<canonical name>", never confused with a word

CONSISTENT_SIM = 0.6  # cosine at which two wordings are near-identical (amounts in them are about one thing)
PARAPHRASE_SIM = 0.5  # mean clause cosine at which a group says the same thing (consistent, not merely compatible)
SAME_AMOUNT_SIM = 0.3  # equal amounts make a group consistent when the wording is at least this close
QUANTITY_WINDOW_BEFORE = 3  # words before an amount that say what it is about
QUANTITY_WINDOW_AFTER = 5  # words after it ("30 people were killed when ...")
COMMON_SENTENCE_SHARE = 0.08  # stems in more than 8 % of sentences are too common to tie two amounts
COMMON_PER_ARTICLE = 1  # ... and in more sentences than the story has articles (2 added six false poll conflicts on PolNeAR)
BEFORE_CHARS = 24  # body characters before an amount searched for a qualifier the extractor left out
NOTES_MAX = 12  # amount comparisons a group's detail spells out (a big story's group makes thousands)


# --------------------------------------------------------------------------- 1. clauses


@dataclass(slots=True)
class Clause:
    """A clause of one sentence (``sent`` indexes the story's sentence list)."""

    sent: int
    start: int
    end: int
    text: str
    terms: list[str]  # words and entity terms, for the cosine
    entities: frozenset[str]  # canonical entity names in the clause
    sentence_entities: frozenset[str]  # ... and in its whole sentence (the subject of a later clause)
    places: frozenset[str] = frozenset()  # its entities that are places (where, not who)


def _entity_spans(ctx: StoryContext, article: str) -> list[tuple[int, int, str, str]]:
    out = []
    for ent in ctx.views[article].entities:
        for m in ent.mentions:
            name = ctx.entity_names.get(f"{m.article}:{m.start}", ent.name)
            out.append((m.start, m.end, ENTITY_PREFIX + name.lower(), ent.type))
    return sorted(out)


def clauses(ctx: StoryContext, sents: list[Sent]) -> list[Clause]:
    """Every clause of the story's (substantive) sentences, in sentence order.

    A sentence whose subject is a pronoun ("He also dismissed ...") and that names no person
    is about the person of the sentence before it: that person counts as named in it.
    """
    spans_of: dict[str, list[tuple[int, int, str, str]]] = {}
    starts_of: dict[str, list[int]] = {}
    out: list[Clause] = []
    last_people: dict[str, frozenset[str]] = {}
    for k, s in enumerate(sents):
        art = s.sent.article
        if art not in spans_of:
            spans_of[art] = _entity_spans(ctx, art)
            starts_of[art] = [a for a, _, _, _ in spans_of[art]]
        # the article's mentions inside the sentence, in their order: those starting in it
        # (found by bisection on the sorted spans, not by a scan of all of them) that end in it
        lo = bisect_left(starts_of[art], s.sent.start)
        hi = bisect_right(starts_of[art], s.sent.end)
        in_sent = [x for x in spans_of[art][lo:hi] if x[1] <= s.sent.end]
        ents = [(a, b, t) for a, b, t, _ in in_sent]
        people = frozenset(t for a, b, t, typ in in_sent if typ == "PERSON")
        sentence_ents = frozenset(t for _, _, t in ents)
        if not people and _PRONOUN_RE.search(s.sent.text):
            sentence_ents |= last_people.get(art, frozenset())
        elif people:
            last_people[art] = people
        for cs, ce in _text.clause_spans(s.sent.text):
            while ce > cs and s.sent.text[ce - 1] in " ,;—–":
                ce -= 1
            start, end = s.sent.start + cs, s.sent.start + ce
            inside = [(a, b, t) for a, b, t in ents if start <= a and b <= end]
            # the words outside entity mentions, then one term per entity mention
            text, pieces, pos = s.sent.text[cs:ce], [], start
            for a, b, _ in inside:
                pieces.append(s.sent.text[pos - s.sent.start: a - s.sent.start])
                pos = max(pos, b)
            pieces.append(s.sent.text[pos - s.sent.start: ce])
            ts = _text.terms(" ".join(pieces)) + [t for _, _, t in inside]
            places = frozenset(t for a, b, t, typ in in_sent if start <= a and b <= end and typ in PLACE_TYPES)
            out.append(Clause(k, start, end, text, ts, frozenset(t for _, _, t in inside), sentence_ents, places))
    return out
ALIGN_MIN = 0.22  # score at which two clauses are taken to report the same thing
UNIT_BONUS = 0.12  # sharing a counted unit ("drones") is strong evidence of the same fact
NEAR_IDENTICAL = 0.6  # wording this close needs no further anchor than one shared word
ANCHOR_SIM = 0.45  # wording this close needs one shared uncommon word that is not a name
ANCHOR_TOPIC_MIN = 2  # else shared terms about what happened weighing as much as this many just-uncommon ones
NO_ACTOR_FACTOR = 1.5  # ... and half as much again when the two sentences name no common actor
COMMON_SHARE = 0.06  # terms in more than 6 % of the story's clauses are too common to anchor
COMMON_WEIGHT = 0.25  # a common term counts a quarter towards an anchor
COMMON_MIN_CLAUSES = 3  # ... and in more than 3 (a small story's shared words are not common for being shared)
QUOTE_ANCHOR_WORDS = 3  # a shared run of this many quoted words anchors two clauses
QUOTE_SHARE = 0.5  # a clause more than half quotation is an utterance: it matches only by its quoted words


# --------------------------------------------------------------------------- 2-4. scores, anchors, groups


def clause_vectors(clauses: list[Clause]) -> sparse.csr_matrix:
    """The clauses' TF-IDF rows (fitted on the story), L2-normalised: the cosine of two clauses
    is the dot product of their rows. The story's full cosine matrix is never built (a
    278-article story's took ~1 GB): :func:`links` and :func:`sub_similarity` compute the
    parts they need, with the same values."""
    if len(clauses) < 2 or not any(c.terms for c in clauses):  # nothing to compare (an empty vocabulary)
        return sparse.csr_matrix((len(clauses), 1))
    return tfidf_rows([c.terms for c in clauses])


def tfidf_rows(docs: list[list[str]]) -> sparse.csr_matrix:
    """``TfidfVectorizer(analyzer=lambda ts: ts, sublinear_tf=True).fit_transform(docs)`` of
    scikit-learn 1.x, array for array and bit for bit (the same vocabulary order, the same order
    of each row's entries, the same float operations in the same order), without importing
    scikit-learn in every worker or paying its per-call validation on every story.

    Reads lists of terms (at least one term in all); returns the L2-normalised rows:
    ``(1 + log tf) * (1 + log((n + 1) / (df + 1)))``, columns in the terms' sorted order.
    ``tests/test_compare_stopwords_tfidf.py`` compares it with scikit-learn's on real stories.
    """
    tf, _ = term_counts(docs, np.float64)
    data, indices = tf.data, tf.indices
    df = np.bincount(indices, minlength=tf.shape[1]).astype(np.float64)
    df += 1.0  # smooth_idf: one more document holding every term
    idf = np.full_like(df, fill_value=len(docs) + 1, dtype=np.float64)
    idf /= df
    np.log(idf, out=idf)
    idf += 1.0
    np.log(data, data)  # sublinear tf
    data += 1.0
    data *= idf[indices]
    data /= np.repeat(row_norms(data * data, tf.indptr), np.diff(tf.indptr))
    return tf


SMALL_BLOCK = 8  # groups up to this size are multiplied here: fewer operations than SciPy's per-call setup


def sub_similarity(vectors: sparse.csr_matrix, idx: list[int]) -> np.ndarray:
    """The dense cosine block of the clauses ``idx`` (a group's pairwise cosines).

    A small group's block is computed as SciPy's sparse product computes it: each entry
    (x, y) adds ``x``'s weights times ``y``'s, in the order of ``x``'s stored entries,
    from 0.0, so the same floats."""
    if len(idx) > SMALL_BLOCK:
        rows = vectors[idx]
        return sparse.csr_matrix(rows @ rows.T).toarray()
    ptr, ind, dat = vectors.indptr, vectors.indices, vectors.data
    entries = [(ind[ptr[k]:ptr[k + 1]].tolist(), dat[ptr[k]:ptr[k + 1]].tolist()) for k in idx]
    weight_of = [dict(zip(cols, vals)) for cols, vals in entries]
    block = np.zeros((len(idx), len(idx)))
    for x, (cols, vals) in enumerate(entries):
        for y, other in enumerate(weight_of):
            total = 0.0
            for c, v in zip(cols, vals):
                w = other.get(c)
                if w is not None:
                    total += v * w
            block[x, y] = total
    return block


SIM_ROWS = 256  # clauses whose cosines with the whole story are computed at once (bounds one block's memory)


def _candidates(vectors: sparse.csr_matrix, art: np.ndarray, min_cos: float
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs ``i < j`` of clauses in different articles with cosine >= ``min_cos``, by row blocks."""
    n = vectors.shape[0]
    columns = vectors.T.tocsr()
    ci, cj, cos = [], [], []
    for lo in range(0, n, SIM_ROWS):
        block = sparse.csr_matrix(vectors[lo:lo + SIM_ROWS] @ columns).tocoo()
        row = block.row.astype(np.int64) + lo
        col = block.col.astype(np.int64)
        keep = (col > row) & (block.data >= min_cos) & (art[row] != art[col])
        ci.append(row[keep])
        cj.append(col[keep])
        cos.append(block.data[keep])
    if not ci:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0)
    return np.concatenate(ci), np.concatenate(cj), np.concatenate(cos)


@dataclass(slots=True)
class Rarity:
    """How rare each term is in the story: its IDF, the common terms, and the weight of
    ``ANCHOR_TOPIC_MIN`` terms just rare enough not to be common (what an anchor needs)."""

    idf: dict[str, float]
    common: set[str]
    anchor_weight: float


def rarity(clauses: list[Clause]) -> Rarity:
    df: dict[str, int] = {}
    for c in clauses:
        for t in set(c.terms):
            df[t] = df.get(t, 0) + 1
    n = max(1, len(clauses))
    boundary = max(COMMON_MIN_CLAUSES, COMMON_SHARE * n)
    return Rarity(idf={t: math.log(n / k) for t, k in df.items()},
                  common={t for t, k in df.items() if k > boundary},
                  anchor_weight=ANCHOR_TOPIC_MIN * math.log(max(1.0, n / boundary)))


def _quoted_ngrams(text: str) -> set[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    for m in QUOTED_RE.finditer(text):
        ws = _text.words(m.group(1) or m.group(2) or "")
        out.update(tuple(ws[i:i + QUOTE_ANCHOR_WORDS]) for i in range(len(ws) - QUOTE_ANCHOR_WORDS + 1))
    return out


def _mostly_quoted(text: str) -> bool:
    quoted = sum(len(m.group(1) or m.group(2) or "") for m in QUOTED_RE.finditer(text))
    return quoted > QUOTE_SHARE * len(text)


def anchored(a: Clause, b: Clause, cos: float, units: bool, rare: Rarity,
             quoted: tuple[set[tuple[str, ...]], set[tuple[str, ...]]] | None = None, copies: bool = False) -> bool:
    """Do two clauses share something specific enough to be one fact? (see the module docstring)

    Names and role nouns ("special envoy") say who, time words say when, not what
    happened: a link needs a shared term that is none of them. Two clauses that name
    different weekdays are about different events, unless their articles are ``copies`` of
    one another; two that are mostly quotation are different utterances unless they quote
    the same words.
    """
    ta, tb = set(a.terms), set(b.terms)
    days_a, days_b = ta & WEEKDAYS, tb & WEEKDAYS
    if days_a and days_b and not days_a & days_b and not copies:
        return False
    qa, qb = quoted if quoted is not None else (_quoted_ngrams(a.text), _quoted_ngrams(b.text))
    if units or qa & qb:
        return True
    if _mostly_quoted(a.text) and _mostly_quoted(b.text):
        return False  # two different utterances (the same one shares quoted words, above)
    what = {t for t in ta & tb if not t.startswith(ENTITY_PREFIX) and t not in ROLES and t not in TIME_WORDS}
    if cos >= NEAR_IDENTICAL:
        return bool(what)
    if cos >= ANCHOR_SIM and what - rare.common:
        return True
    # words about what happened, and places (where), weighed by rarity; people and bodies (who) not
    if not what - rare.common:
        return False  # only names (or words every article uses) in common
    weight = sum(rare.idf.get(t, 0.0) * (COMMON_WEIGHT if t in rare.common else 1.0) for t in what | (a.places & b.places))
    if not (a.sentence_entities & b.sentence_entities):
        return weight >= NO_ACTOR_FACTOR * rare.anchor_weight  # no common actor: more must match
    return weight >= rare.anchor_weight


def _incidence(sets: list, weights: dict | None = None) -> sparse.csr_matrix:
    """Clause x item matrix: 1 (or the item's weight) where the clause has the item."""
    return _incidences(sets, weights)[0 if weights is None else 1]


def _incidences(sets: list, weights: dict | None = None, drop: set | frozenset = frozenset()
                ) -> tuple[sparse.csr_matrix, sparse.csr_matrix | None, sparse.csr_matrix]:
    """Clause x item matrices of one structure: 1 where the clause has the item; the item's
    weight there (None without ``weights``); 1 there unless the item is in ``drop``, else an
    explicit 0 (its row products count the shared items not in ``drop``, as the incidence of
    the sets without them does).

    Built as CSR directly, each row's columns sorted: the canonical matrix the COO route gave
    (an item is in a set once, so there are no duplicates to sum), without its conversions;
    columns numbered by first appearance as before, so weighted sums add in the same order."""
    ids: dict = {}
    number = ids.setdefault
    rows = [sorted([number(it, len(ids)) for it in items]) for items in sets]
    indptr = np.zeros(len(rows) + 1, dtype=np.int32)
    np.cumsum([len(r) for r in rows], out=indptr[1:])
    cols = np.fromiter(chain.from_iterable(rows), dtype=np.int32, count=int(indptr[-1]))
    shape = (len(sets), max(1, len(ids)))

    def matrix(per_item: list[float] | None) -> sparse.csr_matrix:
        data = np.ones(len(cols)) if per_item is None else np.array(per_item, dtype=np.float64)[cols]
        return sparse.csr_matrix((data, cols, indptr), shape=shape)

    plain = matrix(None)
    weighted = None if weights is None else matrix([weights.get(it, 0.0) for it in ids])
    kept = plain if not drop else matrix([0.0 if it in drop else 1.0 for it in ids])
    return plain, weighted, kept


def _rowdot(a: sparse.csr_matrix, b: sparse.csr_matrix, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """For every pair (i[k], j[k]): the dot product of row i[k] of ``a`` with row j[k] of ``b``."""
    return np.asarray(a[i].multiply(b[j]).sum(axis=1)).ravel()


LINK_CHUNK = 100_000  # candidate pairs checked per vectorised batch (bounds the memory of one batch)


def links(clauses: list[Clause], arts: list[str], vectors: sparse.csr_matrix, unit_sets: list[frozenset[str]],
          rare: Rarity, copies: set[frozenset[str]] | None = None) -> dict[tuple[int, int], float]:
    """Anchored clause pairs (i < j, different articles) scoring at least ``ALIGN_MIN``.

    Candidates are the pairs that share a term (the non-zero cosines; a shared unit alone
    scores ``UNIT_BONUS``, below ``ALIGN_MIN``). :func:`anchored` is then decided for all of
    them at once on per-clause incidence matrices (weekdays, units, quoted 3-grams, terms
    about what happened, places, actors), with the same rules and result as calling it
    pair by pair. ``copies``: pairs of article ids that copy one another.
    """
    if len(clauses) < 2:
        return {}
    names = sorted(set(arts))
    art_code = {a: n for n, a in enumerate(names)}
    art = np.array([art_code[a] for a in arts], dtype=np.int64)
    copy_of = np.zeros((len(names), len(names)), dtype=bool)  # article code x article code: copies
    for pair in copies or ():
        x, y = (art_code.get(a) for a in sorted(pair))
        if x is not None and y is not None:
            copy_of[x, y] = copy_of[y, x] = True
    ci, cj, cos = _candidates(vectors, art, ALIGN_MIN - UNIT_BONUS)
    if not len(ci):
        return {}
    term_sets = [set(c.terms) for c in clauses]
    what_sets = [{t for t in ts if not t.startswith(ENTITY_PREFIX) and t not in ROLES and t not in TIME_WORDS}
                 for ts in term_sets]
    weights = {t: rare.idf.get(t, 0.0) * (COMMON_WEIGHT if t in rare.common else 1.0)
               for ts in term_sets for t in ts}
    units = _incidence(unit_sets)
    days = _incidence([ts & WEEKDAYS for ts in term_sets])
    has_day = np.asarray(days.sum(axis=1)).ravel() > 0
    quoted = _incidence([_quoted_ngrams(c.text) for c in clauses])
    mostly = np.array([_mostly_quoted(c.text) for c in clauses])
    what, what_w, uncommon = _incidences(what_sets, weights, rare.common)  # uncommon: what less the common terms
    places, places_w, _ = _incidences([c.places for c in clauses], weights)
    actors = _incidence([c.sentence_entities for c in clauses])
    out: dict[tuple[int, int], float] = {}
    for lo in range(0, len(ci), LINK_CHUNK):
        i, j, c = ci[lo:lo + LINK_CHUNK], cj[lo:lo + LINK_CHUNK], cos[lo:lo + LINK_CHUNK]
        shared_unit = _rowdot(units, units, i, j) > 0
        score = c + np.where(shared_unit, UNIT_BONUS, 0.0)
        ok = score >= ALIGN_MIN
        i, j, c, shared_unit, score = i[ok], j[ok], c[ok], shared_unit[ok], score[ok]
        if not len(i):
            continue
        day_clash = has_day[i] & has_day[j] & (_rowdot(days, days, i, j) == 0) & ~copy_of[art[i], art[j]]
        same_quote = _rowdot(quoted, quoted, i, j) > 0
        both_quoted = mostly[i] & mostly[j]
        any_what = _rowdot(what, what, i, j) > 0
        rare_what = _rowdot(uncommon, uncommon, i, j) > 0
        weight = _rowdot(what_w, what, i, j) + _rowdot(places_w, places, i, j)
        needed = np.where(_rowdot(actors, actors, i, j) > 0, rare.anchor_weight, NO_ACTOR_FACTOR * rare.anchor_weight)
        by_words = np.where(c >= NEAR_IDENTICAL, any_what,
                            rare_what & ((c >= ANCHOR_SIM) | (weight >= needed)))
        linked = ~day_clash & (shared_unit | same_quote | (~both_quoted & by_words))
        for a, b, s in zip(i[linked].tolist(), j[linked].tolist(), score[linked].tolist()):
            out[(a, b)] = s
    return dict(sorted(out.items()))


def star_groups(arts: list[str], scored: dict[tuple[int, int], float]) -> list[list[int]]:
    """Greedy star clustering of the linked clauses (see the module docstring), one clause
    per article per group; members in (article, index) order.

    A centre's value (the sum of its best link into each other article) only drops as
    clauses are taken, so a max-heap of possibly stale values, re-checked when popped,
    yields the same centres as rescanning every clause each round.
    """
    adj: dict[int, dict[int, float]] = {}
    for (i, j), s in scored.items():
        adj.setdefault(i, {})[j] = s
        adj.setdefault(j, {})[i] = s
    alive = set(adj)

    def star(c: int) -> tuple[float, list[int]]:
        per_art: dict[str, tuple[float, int]] = {}
        for j, s in adj[c].items():
            if j in alive and (arts[j] not in per_art or (s, -j) > (per_art[arts[j]][0], -per_art[arts[j]][1])):
                per_art[arts[j]] = (s, j)
        return round(sum(s for s, _ in per_art.values()), 6), [c, *(j for _, j in per_art.values())]

    heap = [(-star(c)[0], c) for c in sorted(alive)]
    heapq.heapify(heap)
    groups = []
    while heap:
        neg, c = heapq.heappop(heap)
        if c not in alive:
            continue
        value, members = star(c)
        if len(members) < 2:
            alive.discard(c)
            continue
        if value < -neg:  # stale: clauses it linked to were taken since
            heapq.heappush(heap, (-value, c))
            continue
        alive.difference_update(members)
        groups.append(sorted(members, key=lambda k: (arts[k], k)))
    return groups


# --------------------------------------------------------------------------- 5. verdict per group


def _clause_quantities(sents: list[Sent], c: Clause) -> list[Quantity]:
    """The amounts inside a clause (its view's ``quantities``, without building the view)."""
    parent = sents[c.sent]
    return [q for q in parent.quantities if c.start <= q.start < c.end] if parent.quantities else []


def _clause_view(sents: list[Sent], c: Clause) -> Sent:
    """A clause as the amount comparisons see a sentence: its own span, words and amounts."""
    parent = sents[c.sent]
    qs = [q for q in parent.quantities if c.start <= q.start < c.end]
    return Sent(_text.Sentence(parent.sent.article, parent.sent.index, c.start, c.end, c.text), c.terms, qs,
                parent.names, parent.has_quote and bool(QUOTED_RE.search(c.text)), counted_units(qs))


def _before(ctx: StoryContext, q: Quantity) -> str:
    """The body text just before an amount (a qualifier the extractor may have left out)."""
    body = ctx.views[q.article].article.body
    return body[max(0, q.start - BEFORE_CHARS): q.start]


def _comparable(q: Quantity) -> str | None:
    """The unit an amount is compared in, or None (no unit, or a duration: see time facts).
    A noun that counts persons in a role is a count of people ("2,000 jobs": people employed)."""
    return _comparable_key(verdicts.unit_key(q))


def _comparable_key(unit: str | None) -> str | None:
    """:func:`_comparable` of a unit key."""
    if unit in roles.PERSON_ROLE_NOUNS:
        return "people"
    if unit in _text.LENGTH_METRES:
        return _text.LENGTH  # "400 feet", "nearly a mile": one measure
    return None if unit is None or unit in verdicts.DURATION_UNITS else unit


def _role(ctx: StoryContext, q: Quantity) -> str | None:
    """What an amount's noun is doing in its clause (:func:`roles.role`: died, aboard, employed ...)."""
    return roles.role(ctx.views[q.article].article.body, q)


def _rate(ctx: StoryContext, q: Quantity) -> bool:
    """Is an amount a rate ("700,000 passengers a year", "40 calls per day")? (:func:`roles.is_rate`)"""
    return roles.is_rate(ctx.views[q.article].article.body, q)


def same_fact(ctx: StoryContext, qa: Quantity, qb: Quantity) -> bool:
    """May two amounts state one fact? They count the same thing (:func:`verdicts.same_unit`)
    in roles that may be one ("Two passengers died" and "412 passengers aboard" count one
    noun in two roles: two facts)."""
    return (verdicts.same_unit(_comparable(qa), _comparable(qb))
            and roles.compatible(_role(ctx, qa), _role(ctx, qb)) and not _magnitudes_apart(qa, qb))


MAGNITUDES_APART = 1000.0  # "$15 a head" and "a $38 million repair": a misreported figure is never that far off


def _magnitudes_apart(qa: Quantity, qb: Quantity) -> bool:
    """Are two amounts too far apart in size to be one figure misreported (a fee and a total)?"""
    a, b = abs(qa.value or 0.0), abs(qb.value or 0.0)
    return min(a, b) > 0 and max(a, b) / min(a, b) > MAGNITUDES_APART


def counted_keys(ctx: StoryContext, qs: list[Quantity]) -> frozenset[str]:
    """What a clause's amounts count, as keys two clauses share when they count one thing:
    ``unit|role``; an amount whose role is unknown may be in any role (its unit alone, and
    its unit in every role), so it shares a key with any amount of its unit."""
    keys: set[str] = set()
    for q in qs:
        unit = _comparable(q)
        if unit is None:
            continue
        r = _role(ctx, q)
        if r is not None:
            keys.add(f"{unit}|{r}")
        else:
            keys.add(unit)
            keys.update(f"{unit}|{k}" for k in roles.ROLES)
    return frozenset(keys)


Compared = tuple[str, Quantity, Quantity]  # (verdict, amount, amount)

AGE = "age"  # the unit compare/text.quantities gives a bare figure read as an age
ECHO_MIN = 100  # a unitless figure this large equal to a counted one repeats it: small numbers recur by chance
SPECIFIC_FIGURE = 100  # an outlet repeating a figure this large (or larger) elsewhere agrees with it: small counts recur by chance
# the old value of a change: "fall from 16,450 ...", "up from about 300", "11.2 per cent instead of 9.6 per cent"
_CHANGE_START_RE = re.compile(r"\b(?:from|instead\s+of|rather\s+than|in\s+place\s+of)\s+(?:[a-z]+\s+){0,2}$", re.I)


def _change_start(ctx: StoryContext, s: Sent, q: Quantity) -> bool:
    """Is ``q`` the old value of a change its sentence reports ("from 16,450 tonnes to 11,850
    tonnes", "12,000, down from 16,450"): preceded by "from", with another amount of its kind
    in the sentence (the new value)?"""
    if not _CHANGE_START_RE.search(_before(ctx, q)):
        return False
    return any(o is not q and verdicts.same_unit(_comparable(q), _comparable(o)) for o in s.quantities)


CHANGE_GAP = 40  # characters between a change's new value and "from" its old one ("to $90 a seat on May 1, up from $60")
_TO_RE = re.compile(r"^\s*to\s+(?:[a-z]+\s+){0,2}$", re.I)  # "from 60 to (about) 90": what lies between the old and the new


def _changed_from(ctx: StoryContext, s: Sent, q: Quantity) -> Quantity | None:
    """The old value of a change whose new value is ``q`` ("raised the fare to $90 a seat from
    $60", "from $60 to $90"): an amount of its kind in its sentence, a change start, just after
    it or just before its "to"."""
    body = ctx.views[q.article].article.body
    for o in s.quantities:
        if o is q or o.value is None or not verdicts.same_unit(_comparable(q), _comparable(o)) or not _change_start(ctx, s, o):
            continue
        if q.end <= o.start <= q.end + CHANGE_GAP and not re.search(r"[.;:]", body[q.end:o.start]):
            return o
        if o.end <= q.start and _TO_RE.match(body[o.end:q.start]):
            return o
    return None


def _fractional(value: float) -> bool:
    """Is a figure given to two decimal places or more ("$2.75", "11.25 per cent")? Such a
    figure is as specific as a large one: an outlet does not repeat it by chance."""
    return round(value * 10) != value * 10


def _repeats(ctx: StoryContext, article: str, q: Quantity, least: float = SPECIFIC_FIGURE) -> bool:
    """Does ``article`` itself give ``q``'s figure, in ``q``'s unit, somewhere in its text?
    Only figures from ``least`` up, or given to two decimals (:func:`_fractional`), count: such
    a figure is not repeated by chance (a rewrite of the article, which keeps its figures, passes 0)."""
    if q.value is None or (q.value < least and not _fractional(q.value)):
        return False
    unit = _comparable(q)
    return any(o.value == q.value and verdicts.same_unit(unit, _comparable(o)) for o in ctx.views[article].quantities)


# a figure dated to its article's day of writing: "as of", "so far", "at last count", or a
# level verb ("stood at", "rose to") with "today" / "this afternoon" / "now" ("forced 900 from
# their homes today" dates an event, not a level, and stays comparable)
_AS_OF_RE = re.compile(r"\b(?:as\s+of|so\s+far|at\s+last\s+count|currently)\b", re.I)
_LEVEL_RE = re.compile(r"\b(?:(?:stood|stands|remained|remains|was|is)\s+(?:now\s+)?at|"
                       r"(?:rose|risen|climbed|grew|reached|fell|dropped)(?:\s+to)?)\s+(?:about\s+|some\s+|nearly\s+|only\s+)?$",
                       re.I)
_WRITING_DAY_RE = re.compile(r"\b(?:today|tonight|now|this\s+(?:morning|afternoon|evening))\b", re.I)


def _dated_level(ctx: StoryContext, s: Sent, q: Quantity) -> bool:
    """Does a clause date its figure ``q`` to the day it is written (a level verb right before it)?"""
    text = _clause_of(s, q)
    return bool(_AS_OF_RE.search(text) or (_LEVEL_RE.search(_before(ctx, q)) and _WRITING_DAY_RE.search(text)))


def _clause_of(s: Sent, q: Quantity) -> str:
    """The clause of a sentence that holds an amount ("It was 15 percent contained as of Monday
    morning, and 37 structures had been destroyed": the second clause for "37 structures")."""
    at, text = q.start - s.sent.start, s.sent.text
    cuts = [0] + [m.end() for m in _CLAUSE_CUT_RE.finditer(text)] + [len(text)]
    return next((text[a:b] for a, b in zip(cuts, cuts[1:]) if a <= at < b), text)


_CLAUSE_CUT_RE = re.compile(r"[;:]\s+|,\s+(?=(?:and|but|while|whereas)\b)", re.I)  # where a coordinated clause begins


# a counted noun coordinated with another noun that has no figure of its own ("900 patients
# and visiting relatives"): the figure counts the union; a number, a pronoun or a clause
# word after "and" opens another statement instead
_UNION_RE = re.compile(r"\s+and\s+(?!(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a|an|about|some|"
                       r"nearly|more|he|she|it|they|we|i|then|that|this|was|were|is|are|has|had|have|"
                       r"said|says|would|will)\b)[a-z][\w-]*", re.I)


def _union(ctx: StoryContext, q: Quantity) -> bool:
    """Does ``q`` count its noun together with a coordinated one ("for 4,100 private patients
    and car-park permit holders")?"""
    if not (q.unit or q.counts):
        return False
    body = ctx.views[q.article].article.body
    return _UNION_RE.match(body, q.end) is not None


# the new value of a change the clause tells: "has raised its pay offer to nurses to 5 per cent",
# "cut the forecast to 2.1%", "an improved offer of 4 per cent": a value since changed, not a report of the old one
_CHANGE_VERB = (r"rais\w*|increas\w*|lift\w*|boost\w*|hik\w*|upp(?:ed|ing)|improv\w*|sweeten\w*|cut|cuts|cutting|"
                r"lower\w*|reduc\w*|trimm?\w*|slash\w*|revis\w*|chang\w*|amend\w*|adjust\w*")
_CHANGED_TO_RE = re.compile(r"\b(?:" + _CHANGE_VERB + r")\b[^.;:]{0,80}?\bto\s+(?:[a-z]+\s+){0,2}$", re.I)
_IMPROVED_OF_RE = re.compile(r"\b(?:improved|increased|higher|revised|new|sweetened|better|raised|lower|reduced)\s+"
                             r"(?:[a-z]+\s+){0,2}(?:offer|bid|proposal|deal|forecast|estimate|target|figure)\s+of\s+"
                             r"(?:[a-z]+\s+){0,2}$", re.I)


CHANGE_REACH = 120  # characters before a figure searched for its change verb ("has raised its pay offer to nurses and staff to")


def _changed_to(ctx: StoryContext, s: Sent, q: Quantity) -> bool:
    """Is ``q`` the new value of a change its clause tells ("has raised its offer to staff to 5
    per cent", "an improved offer of 4 per cent"), with no old value beside it (then
    :func:`_changed_from` compares the change)?"""
    body = ctx.views[q.article].article.body
    before = body[max(s.sent.start, q.start - CHANGE_REACH):q.start]
    return bool(_CHANGED_TO_RE.search(before) or _IMPROVED_OF_RE.search(before)) and _changed_from(ctx, s, q) is None


def _updated(ctx: StoryContext, sa: Sent, qa: Quantity, sb: Sent, qb: Quantity) -> bool:
    """Does one article tell its figure as changed to ("raised its offer to 5 per cent") while
    the other, dated no later (its own date, else a copy's), tells a figure of the same thing
    plainly ("has offered 3.5 per cent")? The later one reports an update over time, not a
    contradiction. Undated articles keep the clash: which came first is unknown."""
    ca, cb = _changed_to(ctx, sa, qa), _changed_to(ctx, sb, qb)
    if ca == cb:
        return False
    new, old = (sa.sent.article, sb.sent.article) if ca else (sb.sent.article, sa.sent.article)
    (rn, _), (ro, _) = ctx.ref_dates(new), ctx.ref_dates(old)
    return rn is not None and ro is not None and rn[0] >= ro[1]  # dated (or a copy's date) no earlier


def _two_moments(ctx: StoryContext, sa: Sent, qa: Quantity, sb: Sent, qb: Quantity) -> bool:
    """Are two independent reports, published on different days, of a figure one of them dates
    to its own day of writing ("containment stood at 40 percent this afternoon")?"""
    a, b = sa.sent.article, sb.sent.article
    da, db = ctx.views[a].published, ctx.views[b].published
    if da is None or db is None or da == db or ctx.copies(a, b):
        return False
    return _dated_level(ctx, sa, qa) or _dated_level(ctx, sb, qb)


# the base of a share: "15 per cent of their pay", "40% of the vote" (the noun after "of")
_BASE_RE = re.compile(r"\s+of\s+(?:(?:the|their|its|his|her|our|your|a|an|all|annual|total|gross)\s+)*([a-z][a-z-]+)", re.I)


# a figure joined to the noun it counts by a hyphen ("an 84-turbine wind farm", "a 32,000-seat stadium")
_JOINED_TEXT_RE = re.compile(r"\w-[a-z]{3,}$")


def _joined_count(q: Quantity) -> bool:
    """Is an amount a figure joined to its noun ("84-turbine"): the size of what the noun
    phrase names (a farm of 84 turbines, a stadium of 32,000 seats), not a count of an event?"""
    return _JOINED_TEXT_RE.search(q.text or "") is not None


# a figure joined to a noun of a bound a rule sets: "the 60-ship cap", "a 500-signature threshold"
_LIMIT_NOUNS = r"cap|caps|limit|limits|ceiling|quota|maximum|minimum|threshold|allowance"
_LIMIT_AFTER_RE = re.compile(r"\s+(?:" + _LIMIT_NOUNS + r")\b", re.I)
# a bound told any way in the clause before a figure: "to limit every other let to 90 nights", "a cap of 60"
_BOUND_BEFORE_RE = re.compile(r"\b(?:" + _LIMIT_NOUNS + r"|capp\w*|limit\w*|restrict\w*|no\s+more\s+than|at\s+most)\b[^.;:]*$", re.I)
BOUND_CHARS = 80  # how far before a figure a bound word still governs it


def _cap_figure(ctx: StoryContext, q: Quantity) -> bool:
    """Is an amount the figure of a bound, joined to its noun ("the 60-ship cap")?"""
    return _joined_count(q) and _LIMIT_AFTER_RE.match(ctx.views[q.article].article.body, q.end) is not None


def _bounded(ctx: StoryContext, q: Quantity) -> bool:
    """Is an amount said as a bound, in any wording ("the 60-ship cap", "limit the port to 60
    calls a season")?"""
    body = ctx.views[q.article].article.body
    return _cap_figure(ctx, q) or _BOUND_BEFORE_RE.search(body, max(0, q.start - BOUND_CHARS), q.start) is not None


# a count whose noun another noun narrows ("three board members", "12 night nurses"), or that a
# relative clause restricts ("the three members who voted no"): a part of a group, not its size
_NARROWED_TEXT_RE = re.compile(r"^\S+\s+(?:[a-z][\w-]*\s+)+[a-z][\w-]*$", re.I)
_RESTRICTED_AFTER_RE = re.compile(r"\s+(?:who|whom|that|which|whose)\b", re.I)


def _narrowed(ctx: StoryContext, q: Quantity) -> bool:
    """Does a count name a part of its noun's group ("the three board members who voted no")
    rather than the whole one? Such a count is no size of a body a joined figure gives ("the
    eleven-member council"): the two count different groups."""
    if _joined_count(q):
        return False
    return bool(_NARROWED_TEXT_RE.match(q.text or "")) \
        or _RESTRICTED_AFTER_RE.match(ctx.views[q.article].article.body, q.end) is not None


_ALL_BEFORE_RE = re.compile(r"\ball\s+$", re.I)
_ALL_OF_RE = re.compile(r"\s+of\s+(?:(its|their)|the\s+(\w+)['’]s)\s", re.I)
_POSSESSOR_BEFORE_RE = re.compile(r"(?:\b(its|their|his|her)|(\w+)['’]s)\s+$", re.I)


def _possessor(ctx: StoryContext, q: Quantity) -> str | None:
    """Whose whole group a count is ("its 48 musicians": "*", any owner; "the orchestra's 62
    musicians": "orchestra"), None for a count no one owns or a narrowed part of a group ("its
    12 night nurses", "its three members who voted no"). Two outlets cannot give one body's
    whole group two sizes."""
    if q.counts is None or _narrowed(ctx, q):
        return None
    body = ctx.views[q.article].article.body
    m = _POSSESSOR_BEFORE_RE.search(body, max(0, q.start - 40), q.start)
    if m is None:
        m = _ALL_OF_RE.match(body, q.end) if _ALL_BEFORE_RE.search(body, max(0, q.start - 10), q.start) else None
        if m is None:
            return None  # "all 31 of its supermarkets": all of its own, as "its 46 supermarkets"
    return "*" if m.group(1) else _text.stem(m.group(2).lower())


def _same_owner(a: str | None, b: str | None) -> bool:
    """Two owned counts of one owner ("its" fits any: "her council's two trustees" and "the
    trust's eleven trustees" are two bodies' groups)."""
    return a is not None and b is not None and (a == b or "*" in (a, b))


def share_base(ctx: StoryContext, q: Quantity) -> str | None:
    """What a share is a share of ("11.2 per cent of salary": "salary"), as a folded stem;
    None for an amount that is no share or names no base."""
    if verdicts.unit_key(q) != "percent":
        return None
    m = _BASE_RE.match(ctx.views[q.article].article.body, q.end)
    if m is None:
        return None
    w = m.group(1).lower()
    return _text.stem(_PREDICATE_SYNONYMS.get(w, w))


def _same_base(ctx: StoryContext, qa: Quantity, qb: Quantity, wa: set[str], wb: set[str]) -> bool:
    """Are two shares said of one base: one's base is among the words around the other ("pay
    11.2 per cent of their salary" / "15 per cent of their pay")? A base ties two shares even
    when the word is common in the story: it says what the share measures."""
    ba, bb = share_base(ctx, qa), share_base(ctx, qb)
    return (ba is not None and ba in wb) or (bb is not None and bb in wa)


# one figure of a tally or score: "by 41 votes to 38", "won 41-38", "beat them 3 to 1" (the
# other figure right after it); a change's "from 41 to 38" is told by its "from" instead
_TALLY_AFTER_RE = re.compile(r"\s+to\s+\d|[-–]\d")  # a spaced dash opens an aside ("129 points - 13 more"), no tally
_TALLY_TEXT_RE = re.compile(r"\d[-–]\d")


def _tally(ctx: StoryContext, q: Quantity) -> bool:
    """Is ``q`` one figure of a tally ("re-elected by 41 votes to 38", "won 41-38"): a side's
    count, not the margin ("re-elected by three votes") nor any other count of its noun?"""
    if _TALLY_TEXT_RE.search(q.text or "") and q.value_max is None:
        return True
    return _TALLY_AFTER_RE.match(ctx.views[q.article].article.body, q.end) is not None \
        and not _CHANGE_START_RE.search(_before(ctx, q))


def _quoted_by(ctx: StoryContext, q: Quantity) -> str | None:
    """The speaker (surname, lower case) of the direct quotation an amount stands in, if any."""
    for quote in ctx.views[q.article].quotes:
        if quote.direct and quote.start <= q.start < quote.end and quote.speaker:
            return quote.speaker.split()[-1].lower()
    return None


def different_quantities(ctx: StoryContext, sa: Sent, qa: Quantity, sb: Sent, qb: Quantity) -> bool:
    """Two amounts of one unit that count different things, so they cannot conflict:

    1. one is the old value of a change ("fall from 16,450 tonnes to 11,850") and the other
       is not: a before and an after are two quantities of one noun;
    2. one outlet also gives the other's figure elsewhere ("would raise about $96 million ...",
       "... would cost about $7 million a year"): an outlet does not contradict a figure it
       reports itself, so its other figure counts something else;
    3. their nouns play different roles ("60 people who signed up" / "employ about 650
       people"; "Two passengers died" / "412 passengers aboard"): :func:`same_fact`;
    4. one is a rate and the other is not ("about 700,000 passengers a year" / "more than
       400 passengers" on one crossing);
    5. they were published on different days and one dates its figure to its own day of
       writing ("stood at 40 percent this afternoon", "so far"): two moments of a level;
       or the later one tells its figure as changed to ("raised its offer to 5 per cent"):
       :func:`_updated`;
    6. one is a figure of a tally ("by 41 votes to 38") and the other is not ("by three votes"),
       or a bound a rule sets ("the 60-ship cap") and the other is no bound (:func:`_bounded`);
    7. each stands in a direct quotation of a different speaker ("a waiting list of 1,100
       families," said the chair / "48 homes is 48 families off a waiting list," said a
       campaigner): two people saying two things, not two outlets reporting one fact.
    """
    if _change_start(ctx, sa, qa) != _change_start(ctx, sb, qb):
        return True
    if _two_moments(ctx, sa, qa, sb, qb) or _updated(ctx, sa, qa, sb, qb):
        return True
    if _tally(ctx, qa) != _tally(ctx, qb):
        return True  # "by 41 votes to 38" is one side's count; "by three votes" the margin
    if (_cap_figure(ctx, qa) and not _bounded(ctx, qb)) or (_cap_figure(ctx, qb) and not _bounded(ctx, qa)):
        return True  # "the 60-ship cap" bounds what "112 ships called" counted
    speakers = _quoted_by(ctx, qa), _quoted_by(ctx, qb)
    if all(speakers) and speakers[0] != speakers[1]:
        return True
    if _union(ctx, qa) != _union(ctx, qb):
        return True  # "4,000 patients and staff" counts more than the patients
    if not roles.compatible(_role(ctx, qa), _role(ctx, qb)):
        return True
    if _rate(ctx, qa) != _rate(ctx, qb):
        return True  # "carries about 700,000 passengers a year" is not how many one trip carried
    ba, bb = share_base(ctx, qa), share_base(ctx, qb)
    if ba is not None and bb is not None and ba != bb:
        return True  # "40 per cent of the vote" / "55 per cent of members": shares of two things
    return _repeats(ctx, qb.article, qa) or _repeats(ctx, qa.article, qb)


def _quantity_verdicts(ctx: StoryContext, members: list[Sent], sim: np.ndarray, common: set[str]
                       ) -> tuple[list[str], list[Compared]]:
    """Pairwise comparisons of amounts across the group's sentences.

    Amounts that count the same thing (:func:`verdicts.same_unit`) in aligned sentences are
    compared; a conflict also needs them to be said about the same thing: the sentences are
    near-identical, or the words next to them share an uncommon stem, or both state the same
    role (:mod:`roles`: "would create 2,000 jobs" / "would employ 650 people"), or one article copies
    the other and each clause holds only this one amount of the unit (a rewrite keeps its
    source's sentences, and changed the figure). ``sim`` is the members' pairwise cosine block.
    """
    notes: list[str] = []
    found: list[Compared] = []
    counted = [x for x, m in enumerate(members) if m.quantities]
    for i, x in enumerate(counted):
        for y in counted[i + 1:]:
            a, b = members[x], members[y]
            near_identical = float(sim[x, y]) >= CONSISTENT_SIM
            for qa, qb in _amount_pairs(a.quantities, b.quantities, lambda x, y: same_fact(ctx, x, y)):
                verdict = verdicts.compare(qa, qb, _before(ctx, qa), _before(ctx, qb))
                if verdict == "conflict" and different_quantities(ctx, a, qa, b, qb):
                    continue
                if verdict == "conflict" and ctx.copies(a.sent.article, b.sent.article) and (
                        _repeats(ctx, b.sent.article, qa, 0) and _repeats(ctx, a.sent.article, qb, 0)):
                    # a rewrite and its source that both give both figures ("offered 3.5 per cent ... wants 8
                    # per cent") paired two of their sentences on other words: nothing was changed
                    continue
                # aligned clauses' one age each: the age of what they are about; a figure joined to
                # its noun ("an 84-turbine farm") and the one count of that noun in an aligned clause
                # ("build 124 turbines"): the size of the thing both are about
                def alone() -> bool:
                    return ((ctx.copies(a.sent.article, b.sent.article) or _comparable(qa) == AGE
                             or (_joined_count(qa) and not _narrowed(ctx, qb))
                             or (_joined_count(qb) and not _narrowed(ctx, qa))
                             or _same_owner(_possessor(ctx, qa), _possessor(ctx, qb))
                             or (_sole_count(ctx, qa) and _sole_count(ctx, qb) and _same_periods(a, b)))
                            and _only(a, qa) and _only(b, qb))
                # "create 2,000 jobs" / "employ 650 people"; a size joined to its noun ("the eleven-member
                # council") plays no role its members do ("three members voted no")
                said_alike = (r := _role(ctx, qa)) is not None and r == _role(ctx, qb) \
                    and _joined_count(qa) == _joined_count(qb)
                if verdict == "conflict" and not near_identical and not said_alike and not alone():
                    wa = _window(a, qa, ctx.views[a.sent.article].article.body)
                    wb = _window(b, qb, ctx.views[b.sent.article].article.body)
                    if not _ties(wa, wb, common, qa, qb) and not _same_base(ctx, qa, qb, wa, wb) \
                            and not _same_modified_noun(qa, qb) and not _same_since(ctx, qa, qb):
                        continue  # a conflict needs the amounts to be about the same thing
                if verdict:
                    found.append((verdict, qa, qb))
                    if verdict != "same" and len(notes) < NOTES_MAX:
                        notes.append(f"{verdicts.describe(qa, _before(ctx, qa))} ({qa.article}) vs "
                                     f"{verdicts.describe(qb, _before(ctx, qb))} ({qb.article}): {verdict}")
    same = sum(v == "same" for v, _, _ in found)
    if same:
        notes.append(f"{same} comparison{'s' if same > 1 else ''} of equal figures")
    elif len(found) > len(notes):
        notes.append(f"and {len(found) - len(notes)} more comparisons")
    return notes, found


def _amount_pairs(xs: list[Quantity], ys: list[Quantity], same=None) -> list[tuple[Quantity, Quantity]]:
    """The amounts of two clauses worth comparing: those that count the same thing (``same``:
    a test of two amounts; by default their units), an amount the other clause repeats
    exactly paired with that one only ("from $11,400 to $12,480" against the same words is
    two agreements, not a $11,400 / $12,480 rounding). The echo may leave its noun out ("out
    of roughly 96,000 cast" / "out of about 96,000 ballots"): that amount is the other's, not
    a second figure of the unit to set against the clause's other count."""
    same = same or (lambda a, b: verdicts.same_unit(_comparable(a), _comparable(b)))
    pairs = [(a, b) for a in xs for b in ys if same(a, b)]
    echoed = [(a, b) for a, b in pairs if a.value is not None and a.value == b.value]
    bare = [(a, b) for a in xs for b in ys if a.value is not None and a.value == b.value
            and (a.unit is None) != (b.unit is None) and a.value >= ECHO_MIN]
    taken = {id(a) for a, _ in echoed + bare} | {id(b) for _, b in echoed + bare}
    return echoed + [(a, b) for a, b in pairs if id(a) not in taken and id(b) not in taken]


def _sole_count(ctx: StoryContext, q: Quantity) -> bool:
    """Is ``q`` its article's one count of a thing-noun ("more than 500 collisions with elk" and no
    other count of collisions; "one of the 61 homes on Cliff Road")? Two aligned clauses that hold
    their articles' one count of one noun count one thing, however common the words around them
    are in the story. People and other persons are left out: one noun counts them in many roles
    ("30 people were evacuated" / "12 people were hurt"), which :mod:`roles` tells apart."""
    unit = _comparable(q)
    if not q.counts or unit is None or unit in ("people", _text.LENGTH) or verdicts.same_unit(unit, "people"):
        return False
    body = ctx.views[q.article].article.body
    if _PART_BEFORE_RE.search(body, max(0, q.start - 20), q.start) or _PART_AFTER_RE.match(body, q.end) \
            or _narrowed(ctx, q) or _rate(ctx, q) or _quoted_by(ctx, q) is not None \
            or _PER_PERIOD_BEFORE_RE.search(body, max(0, q.start - 60), q.start):
        return False  # a part ("the other five cases", "two cases in which"), a flow, or a speaker's own figure
    if _POSSESSOR_BEFORE_RE.search(body, max(0, q.start - 40), q.start):
        return False  # "her council's two trustees": one owner's share of a group the story counts elsewhere
    return sum(o.value is not None and _comparable(o) == unit for o in ctx.views[q.article].quantities) == 1


# a count of the rest or of a part ("the other five cases", "another 12 homes"; "two cases in which
# it flagged ...", "two of the eleven trustees")
_PART_BEFORE_RE = re.compile(r"\b(?:other|another|remaining|further|additional|extra|last|first|next)\s+$", re.I)
# "every day of closure delays roughly 4,000 containers": a count per period, said before it
_PER_PERIOD_BEFORE_RE = re.compile(r"\b(?:every|each|per)\s+(?:year|month|week|day|night|hour|season|shift)\b[^.;:!?]*$", re.I)
_PART_AFTER_RE = re.compile(r"\s+(?:of|in|on|at|for|from|to|by)\s+(?:which|whom)\b|\s+of\s+(?:the|its|their|these|those)\b", re.I)


def _same_periods(a: Sent, b: Sent) -> bool:
    """Do two clauses give no different periods ("in the last five years" / "in five years"; a clause
    with none says nothing against the other's)? "500 collisions in a year" and "200 collisions in five
    years" are two counts."""
    pa = {(q.value, verdicts.unit_key(q)) for q in a.quantities if verdicts.unit_key(q) in verdicts.DURATION_UNITS}
    pb = {(q.value, verdicts.unit_key(q)) for q in b.quantities if verdicts.unit_key(q) in verdicts.DURATION_UNITS}
    return not pa or not pb or bool(pa & pb)


def _only(s: Sent, q: Quantity) -> bool:
    """Is ``q`` the only amount of its kind in the clause (so two aligned clauses' amounts of
    that kind are about one thing)?"""
    return sum(verdicts.same_unit(_comparable(q), _comparable(o)) for o in s.quantities) == 1


def _amount_sides(ctx: StoryContext, found: list[Compared]) -> list[verdicts.Report]:
    """The reports a conflict's sides are made of: every amount in a conflicting comparison,
    and the amounts compared with them (once per article and wording)."""
    involved = [q for v, qa, qb in found if v == "conflict" for q in (qa, qb)]
    kinds = {(_comparable(q), _role(ctx, q)) for q in involved}  # what the conflicting amounts count
    known = {r for _, r in kinds if r is not None}
    # an old value ("instead of 9.6 per cent", "up from 300") is no side of a conflict of new values
    olds = any(_CHANGE_START_RE.search(_before(ctx, q)) for q in involved)
    seen: set[tuple[str, str]] = set()
    reports = []
    for _, qa, qb in found:
        for q in (qa, qb):
            key = (q.article, q.text)
            if not olds and _CHANGE_START_RE.search(_before(ctx, q)):
                continue
            if (r := _role(ctx, q)) is not None and r not in known:
                continue  # "killed 8 people" is no side of a conflict over how many were evacuated
            if key in seen or not any(verdicts.same_unit(_comparable(q), u) and roles.compatible(_role(ctx, q), r)
                                      for u, r in kinds) \
                    or all(_magnitudes_apart(q, o) for o in involved):
                continue  # another thing, or a fee beside a total ("$15 a head" / "$38 million")
            iv = verdicts.side_interval(q, _before(ctx, q))
            if iv is None:
                continue
            seen.add(key)
            reports.append(verdicts.Report(q.article, iv[0], iv[1], verdicts.value_text(q), q.unit or q.counts or ""))
    return reports


def _conflicts_by_unit(ctx: StoryContext, found: list[Compared]) -> list[list[Compared]]:
    """A group's comparisons cut by what is counted, one part per unit and role that has a
    conflict ("About 140 boats ... by 28 percent" against "Some 60 boats ... by 45 percent"
    is two conflicts, boats and percent, whose sides differ; "Two people were killed and
    nearly 90 people were injured" holds two counts of people); the rest is left out. A
    comparison whose role is unknown joins the first part of its unit."""
    kinds: list[tuple[str | None, str | None]] = []
    for v, qa, qb in found:
        unit, role = _comparable(qa), _role(ctx, qa) or _role(ctx, qb)
        if v == "conflict" and not any(verdicts.same_unit(unit, u) and roles.compatible(role, r) for u, r in kinds):
            kinds.append((unit, role))

    def kind_of(c: Compared) -> int | None:
        unit, role = _comparable(c[1]), _role(ctx, c[1]) or _role(ctx, c[2])
        return next((k for k, (u, r) in enumerate(kinds) if verdicts.same_unit(unit, u) and roles.compatible(role, r)), None)

    owner = [kind_of(c) for c in found]
    return [[c for c, k in zip(found, owner) if k == n] for n in range(len(kinds))]


def _amount_echoes(ctx: StoryContext, side: list[verdicts.Report]) -> int:
    """How many articles not on a side give an amount of what it counts inside its values
    ("about 180 jobs", "178 staff" beside a side of "more than 170 jobs" against "400 staff"):
    between two sides held by as many sources, the one the rest of the story backs is not the outlier."""
    units = {_comparable_key(_text._unit_key(r.unit)) for r in side} - {None}
    low, high = verdicts._common(side)
    own = {r.article for r in side}
    return sum(any(q.value is not None and low <= q.value <= high
                   and any(verdicts.same_unit(_comparable(q), u) for u in units) for q in view.quantities)
               for aid, view in ctx.views.items() if aid not in own)


def _with_sides(ctx: StoryContext, fact: Fact, reports: list[verdicts.Report], why: str) -> None:
    """Give a conflict its sides and a detail that opens with them (outlier first); its claim
    names what is counted and gives the majority's sentence, as the first article of the
    largest side words it ("number of residents: A fire ... forced the evacuation of about 3,200 residents")."""
    groups = verdicts.sides(ctx, reports, echoes=lambda side: _amount_echoes(ctx, side))
    fact.sides = verdicts.fact_sides(ctx, groups)
    fact.detail = f"{verdicts.sides_text(fact.sides)}. {why}"
    if fact.sides:
        majority = fact.sides[-1].articles[0]
        said = next((m.sentence for m in fact.mentions if m.article == majority), None)
        unit = next((r.unit for r in groups[-1] if r.unit), "")
        if said:
            measure = _measure(unit, _named_sum(ctx, fact.mentions) if unit.isupper() else
                               _aged_noun(ctx, fact.mentions) if unit == AGE else "")
            fact.claim = (f"{measure}: " if unit and unit.isalpha() else "") + _text.claim_text(said)


# the words after an amount of money that name what it is ("a $46 million budget gap"): a
# noun and at most one more ("budget gap"); longer runs are clauses, not names
SUM_NAME_RE = re.compile(r"\s+([a-z]+(?:-[a-z]+)?)(?:\s+([a-z]+))?")
_NOT_A_NAME = re.compile(r"(?:ed|ly|ing)$")  # "$19 million raised", "$5 million annually", "remaining"


def _named_sum(ctx: StoryContext, mentions) -> str:
    """What the most articles call a disputed sum, from the noun right after its amount
    ("$46 million deficit", "a $64 million shortfall" -> "deficit"); "" when none names it."""
    names: dict[str, set[str]] = {}
    for m in mentions:
        body = ctx.views[m.article].article.body if m.article in ctx.views else ""
        hit = SUM_NAME_RE.match(body, m.end)
        if not hit:
            continue
        words = [w for w in hit.groups() if w]
        name = []
        for w in words:
            if w in _text.STOPWORDS or _NOT_A_NAME.search(w) or len(w) < 3:
                break
            name.append(w)
        if name:
            names.setdefault(" ".join(name), set()).add(m.article)
    if not names:
        return ""
    return max(sorted(names), key=lambda n: len(names[n]))


_AGED_NOUN_RE = re.compile(r"\s+([a-z]{3,})\b")  # "a three-year-old | boy"


def _aged_noun(ctx: StoryContext, mentions) -> str:
    """Whose age a disputed age is, from the noun right after "N-year-old" that most articles
    write ("a three-year-old boy" -> "boy"); "" when none names it."""
    names: dict[str, set[str]] = {}
    for m in mentions:
        body = ctx.views[m.article].article.body if m.article in ctx.views else ""
        if not body[m.start:m.end].lower().endswith("-old"):
            continue
        hit = _AGED_NOUN_RE.match(body, m.end)
        if hit and hit.group(1) not in _text.STOPWORDS:
            names.setdefault(hit.group(1), set()).add(m.article)
    return max(sorted(names), key=lambda n: len(names[n])) if names else ""


def _measure(unit: str, name: str = "") -> str:
    """What a conflict's amounts measure, as the briefing's lead names it: "number of residents",
    "amount in EUR" (a currency code is no countable thing), "deficit (USD)" (the sum's own
    name, when the articles give one), "share in percent"."""
    if unit.isupper():
        return f"{name} ({unit})" if name else f"amount in {unit}"
    if unit == AGE:
        return f"age of the {name}" if name else "age"
    if _text._unit_key(unit) in _text.LENGTH_METRES:
        return "length"
    if unit == "percent":
        return "share in percent"
    return f"number of {unit}"


def _sentence_facts(ctx: StoryContext, sents: list[Sent], common: set[str]
                    ) -> tuple[list[Fact], list[tuple[int, Fact]], set[int], list[list[int]],
                               dict[str, list[tuple[int, int]]], list[list[tuple[str, int, int]]],
                               set[tuple[int, int]], set[str]]:
    """Aligned clause groups as facts; groups reported only by copies come back apart,
    with their substance score, to be ranked with the other single-source claims.
    Also returns the sentences that align anywhere, the groups as sentence indices, the
    spans of the clauses that align (by article), each group's clause spans and the pairs
    of sentences whose clauses link (grouped together or not) and the amounts the groups'
    clauses hold (compared there already)."""
    facts: list[Fact] = []
    grouped_amounts: set[str] = set()
    copies_only: list[tuple[int, Fact]] = []
    cls = clauses(ctx, sents)
    arts = [sents[c.sent].sent.article for c in cls]
    vectors = clause_vectors(cls)
    copy_pairs = {frozenset((a, b)) for a, others in ctx.copy_of.items() for b in others}
    scored = links(cls, arts, vectors, [counted_keys(ctx, _clause_quantities(sents, c)) for c in cls], rarity(cls), copy_pairs)
    groups = star_groups(arts, scored)
    used = {cls[k].sent for pair in scored for k in pair}
    for group in groups:
        members = [_clause_view(sents, cls[k]) for k in group]  # views of grouped clauses only
        grouped_amounts.update(q.id for m in members for q in m.quantities)
        block = sub_similarity(vectors, group)
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
        in_conflict = {q.id for v, qa, qb in found if v == "conflict" for q in (qa, qb)}
        disputed = {_comparable(q) for v, qa, qb in found if v == "conflict" for q in (qa, qb)}
        for k, m in zip(group, members):
            # a conflict's mention is the disputed amount ("37 people", not the "Two" beside it),
            # or an amount of the disputed kind; a member with none is mentioned by its clause
            qs = sorted((q for q in m.quantities if q.id in quantity_spans
                         and (verdict != "conflict" or any(verdicts.same_unit(_comparable(q), u) for u in disputed))),
                        key=lambda q: q.id not in in_conflict)
            body = ctx.views[m.sent.article].article.body
            whole = sents[cls[k].sent].sent
            if qs and verdict in ("conflict", "compatible-with-rounding"):
                mentions.append(mention(whole, qs[0].start, qs[0].end, body))
            else:
                mentions.append(mention(whole, m.sent.start, m.sent.end, body))
        claim = _text.claim_text(min((m.sent.text for m in members), key=len))
        if verdict == "conflict" and len(parts := _conflicts_by_unit(ctx, found)) > 1:
            for part in parts:  # one conflict per thing counted, each with its own sides
                held = {q.id for _, qa, qb in part for q in (qa, qb)}
                own = [mention(sents[cls[k].sent].sent, q.start, q.end, ctx.views[q.article].article.body)
                       for k, m in zip(group, members) for q in m.quantities if q.id in held]
                own = list({(x.article, x.start): x for x in own}.values())
                fact = Fact(id="", story=ctx.story.id, claim=claim, mentions=own, verdict=verdict, detail=detail)
                _with_sides(ctx, fact, _amount_sides(ctx, part), detail)
                facts.append(fact)
            continue
        fact = Fact(id="", story=ctx.story.id, claim=claim, mentions=mentions, verdict=verdict, detail=detail)
        if verdict == "conflict":
            _with_sides(ctx, fact, _amount_sides(ctx, found), detail)
        if verdict == "single-source":  # copies of one another only: ranked with the other single-source claims
            copies_only.append((max(single_source._substance(m.sent.text, [q for q in m.quantities if q.value is not None], m.names)[0]
                                    for m in members), fact))
        else:
            facts.append(fact)
    sentence_groups = [sorted({cls[k].sent for k in g}) for g in groups]
    aligned: dict[str, list[tuple[int, int]]] = {}
    for k in {k for pair in scored for k in pair}:
        aligned.setdefault(arts[k], []).append((cls[k].start, cls[k].end))
    spans = [[(arts[k], sents[cls[k].sent].sent.start, sents[cls[k].sent].sent.end) for k in g] for g in groups]
    linked = {(cls[a].sent, cls[b].sent) for a, b in scored}
    return facts, copies_only, used, sentence_groups, aligned, spans, linked, grouped_amounts


# --------------------------------------------------------------------------- 6. same amount, different sentences

_PREDICATE_SYNONYMS = {"die": "kill", "died": "kill", "dead": "kill", "death": "kill", "deaths": "kill",
                       "killing": "kill", "kill": "kill", "killed": "kill", "wounded": "injur", "injured": "injur",
                       "hurt": "injur", "fired": "launch", "launched": "launch", "downed": "shot",
                       "intercepted": "shot", "destroyed": "shot",
                       # called off, whether for now or for good: one fact of what did not take place
                       "postponed": "cancel", "cancelled": "cancel", "canceled": "cancel", "scrapped": "cancel",
                       # what one is paid for work
                       "salary": "pay", "salaries": "pay", "wage": "pay", "wages": "pay", "earnings": "pay"}


# "The camera contract with Halvorsen would cost the city $7.4 million": the price's verb, its
# indirect object at most, then the amount; what costs it is the clause's subject
_COST_BEFORE_RE = re.compile(r"(?:^|[,;:—–]\s*|\b(?:and|but|that|which)\s+)([^,;:—–]{3,120}?)\s+"
                             r"(?:would|will|could|may|might|is\s+to|are\s+to|is\s+set\s+to|did|does|has|have|had)?\s*"
                             r"\b(?:cost|costs|costed|costing)\s+(?:\w+\s+){0,2}?(?:about|around|some|roughly|nearly|almost|"
                             r"more\s+than|over|under|up\s+to|an\s+estimated\s+)?\s*$", re.I)
COST_SUBJECT_WORDS = 6  # "the camera contract with Halvorsen Systems": the subject's last words


def _cost_subject(before: str) -> list[str]:
    """The words of what costs an amount, when the amount is a price's object ("the contract
    would cost the city $7.4 million"): they say what the amount is about as much as the words
    around it ("a $4.27 million contract")."""
    m = _COST_BEFORE_RE.search(before)
    return _text.words(m.group(1))[-COST_SUBJECT_WORDS:] if m else []


def _window(s: Sent, q: Quantity, body: str) -> set[str]:
    """Content stems around an amount (what is said about it), synonyms folded, unit excluded."""
    before = _text.words(body[max(s.sent.start, q.start - 40): q.start])[-QUANTITY_WINDOW_BEFORE:]
    after = _text.words(body[q.end: min(s.sent.end, q.end + 80)])[:QUANTITY_WINDOW_AFTER]
    unit = verdicts.unit_key(q)
    out = set()
    for w in before + after + _cost_subject(body[s.sent.start:q.start]):
        w = _PREDICATE_SYNONYMS.get(w, w)
        if w in _text.STOPWORDS or len(w) < 3 or w[0].isdigit():
            continue
        st = _text.stem(w)
        if st != unit:
            out.add(st)
    return out


def _quantity_facts(ctx: StoryContext, sents: list[Sent], groups: list[list[int]], common: set[str],
                    linked: set[tuple[int, int]] = frozenset(), in_groups: set[str] | None = None) -> list[Fact]:
    """Amounts that count the same thing, said about the same thing, in sentences that were not grouped.

    Two amounts are about the same thing when they count the same unit and the words next
    to them share a stem that is not common in the story ("30 people were killed" /
    "12 people were killed"), or when their sentences link (``linked``: sentence pairs whose
    clauses link, though a clause holding two facts joined another group) and both amounts
    state their role, the same one ("would create 2,000 permanent jobs" / "would employ about
    650 people"); and their sentences do not date them to different weekdays.
    Only disjoint or rounded amounts become facts here; equal ones add nothing the sentence
    groups do not already say. Pairs said alike that share an amount become one fact
    (:func:`_merge_pairs`), with a conflict's sides. Sentences of one group were compared
    there only in the clauses that aligned (``in_groups``: the amounts those clauses hold;
    None: all of them): a rewrite's figure in another clause of a grouped sentence ("As the
    walkout reached its tenth day, 9,000 children ... were still waiting, after drivers ...
    downed tools", grouped by its last clause) is compared here.
    """
    same_group = {(a, b) for g in groups for a in g for b in g}
    grouped_with: dict[int, set[int]] = {}
    for a, b in same_group:
        grouped_with.setdefault(a, set()).add(b)
    previous: dict[int, int] = {}  # sentence -> the one before it in its article
    last: dict[str, tuple[int, int]] = {}
    for k in sorted(range(len(sents)), key=lambda k: (sents[k].sent.article, sents[k].sent.start)):
        art = sents[k].sent.article
        if art in last:
            previous[k] = last[art][1]
        last[art] = (sents[k].sent.start, k)
    items = [(k, q, _window(s, q, ctx.views[s.sent.article].article.body))
             for k, s in enumerate(sents) for q in s.quantities if _comparable(q) and q.value is not None]
    pairs: list[_AmountPair] = []
    days = {k: _weekdays(sents[k]) for k, _, _ in items}
    old_values: dict[int, Quantity | None] = {}  # amount -> the old value of the change it ends (:func:`_changed_from`)
    for x, y in _same_unit_pairs([_comparable(q) for _, q, _ in items]):
        (ka, qa, wa), (kb, qb, wb) = items[x], items[y]
        if qa.article == qb.article:
            continue  # one article's own amounts
        if _joined_count(qa) != _joined_count(qb):
            continue  # "a 32,000-seat stadium" / "reserve 5,000 seats": a size and a count, unless their sentences align
        ra, rb = _role(ctx, qa), _role(ctx, qb)
        if not roles.compatible(ra, rb):
            continue  # one noun in two roles ("passengers died" / "passengers aboard"): two facts
        if (ra in roles.OUTCOMES) != (rb in roles.OUTCOMES):
            continue  # "killed 17 people" / "the operation involved 14,456 inhabitants": unaligned, an outcome only matches an outcome
        # linked sentences stating one role of one noun (their grouped clauses may be others), or
        # any two sentences stating one outcome of the event for one noun ("37 structures had been
        # destroyed" / "112 homes reduced to ash": what the story's event did, told once per outlet)
        same_role = ra is not None and ra == rb and ((ka, kb) in linked or (kb, ka) in linked or ra in roles.OUTCOMES
                                                     or (min(qa.value, qb.value) >= SPECIFIC_FIGURE
                                                         and _sole_in_role(ctx, qa) and _sole_in_role(ctx, qb)
                                                         and _share_topic(sents[ka], sents[kb], common)))
        if (ka, kb) in same_group and not same_role and (in_groups is None or {qa.id, qb.id} <= in_groups):
            continue  # compared in an aligned group already
        shared = _ties(wa, wb, common, qa, qb)
        if not shared and same_role:
            shared = {ra}
        if not shared and ((ka, kb) in linked or (kb, ka) in linked) and min(qa.value, qb.value) >= SPECIFIC_FIGURE \
                and _only(sents[ka], qa) and _only(sents[kb], qb) \
                and (_left_over(sents, ka, qa, previous.get(kb), qb, grouped_with)
                     or _left_over(sents, kb, qb, previous.get(ka), qa, grouped_with)):
            # a lead split in two: one article's sentence aligned with the other's, whose next
            # sentence links to it too and holds the one count of the noun each ("... where a
            # dispute over about 2,400 set-aside ballots has drawn both campaigns into court" /
            # "... out of about 96,000 ballots. On top of that, some 4,100 ballots have been
            # shoved to one side"); figures large enough not to recur by chance
            shared = {verdicts.unit_key(qa) or ""}
        if not shared:
            # two changes from one old value are one change ("to $90 from $60" / "to $140 from $60"):
            # the new values compare, whatever words stand around them
            for k, q in ((ka, qa), (kb, qb)):
                if id(q) not in old_values:
                    old_values[id(q)] = _changed_from(ctx, sents[k], q)
            fa, fb = old_values[id(qa)], old_values[id(qb)]
            if fa is not None and fb is not None and verdicts.compare(fa, fb) == "same":
                shared = {f"from {verdicts.value_text(fa)}"}
        if not shared and (whole := _whole(ctx, qa)) is not None and whole == _whole(ctx, qb):
            shared = {f"of {whole:,.0f}"}  # "rejected 131 of the 214 claims" / "threw out nearly 200 of the 214 claims"
        if not shared and len(wa & wb) >= ALIKE_WINDOW_STEMS and min(qa.value, qb.value) >= SPECIFIC_FIGURE:
            # "mould in 1,140 homes managed by Wendlow Housing Association" / "mould in 2,400 homes run by
            # Wendlow Housing Association": said with the same words around them, however common in the story
            shared = wa & wb
        if not shared:
            continue
        if days[ka] and days[kb] and not days[ka] & days[kb] and not ctx.copies(qa.article, qb.article):
            continue  # "23 by Sunday evening", "31 by Monday afternoon": two moments, two counts
        verdict = verdicts.compare(qa, qb, _before(ctx, qa), _before(ctx, qb))
        if verdict == "conflict" and different_quantities(ctx, sents[ka], qa, sents[kb], qb):
            continue
        if verdict in ("conflict", "rounding"):
            ua, ub = verdicts.unit_key(qa), verdicts.unit_key(qb)
            unit = ub if ub in verdicts._PEOPLE | verdicts._BUILDINGS else ua  # "structures", not "houses": one claim for both
            claim = f"number of {unit} ({', '.join(sorted(shared))})"
            pairs.append(_AmountPair(claim, verdict, sents[ka], qa, sents[kb], qb))
    return [_amount_fact(ctx, claim, merged) for claim, merged in _merge_pairs(pairs)]


# a period says when an amount held, not what it is: "up 6% in the third quarter" and "grew 4 percent in
# its latest quarter" share only the period, two measures (sales, traffic) of two things
_PERIOD_STEMS = frozenset(_text.stem(w) for w in ("quarter", "year", "month", "week", "day", "annual", "period",
                                                   "season", "fiscal", "half"))
_COUNTED_STEM_MIN = 4  # a shared stem this long or longer that begins the other's counted noun is that noun


ALIKE_WINDOW_STEMS = 4  # content stems two amounts' windows share that tie them even when all are common in the story


def _ties(wa: set[str], wb: set[str], common: set[str], qa: Quantity, qb: Quantity) -> set[str]:
    """The stems two amounts' windows share that say they are about one thing: not common in the
    story, not a period (``_PERIOD_STEMS``), not one amount's counted noun (:func:`_names_counted`)."""
    return {w for w in (wa & wb) - common if w not in _PERIOD_STEMS and not _names_counted(w, qa, qb)}


# "43 bronze plaques" -> "bronze plaques" (after a qualifier: "up to 350 fallow deer")
_MODIFIED_NOUN_RE = re.compile(r"^(?:[a-z]+\s+){0,3}?[\d.,]+\s+(?!(?:hundred|thousand|million|billion|trillion)\b)"
                               r"((?:[a-z][\w-]*\s+)+[a-z][\w-]*)$", re.I)


# "grown 62 percent since 2019", "up 26 per cent since March 2020": a change counted from a date
_SINCE_AFTER_RE = re.compile(r"\s+since\s+((?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)\b")


def _same_since(ctx: StoryContext, qa: Quantity, qb: Quantity) -> bool:
    """Two changes counted from one date ("traffic grew 62 percent since 2019" / "visits have
    climbed 26 percent since 2019"): the same change since the same start, whatever the words
    around them (a date is no word ``_window`` keeps)."""
    ma = _SINCE_AFTER_RE.match(ctx.views[qa.article].article.body, qa.end)
    mb = _SINCE_AFTER_RE.match(ctx.views[qb.article].article.body, qb.end)
    return ma is not None and mb is not None and ma.group(1) == mb.group(1)


def _same_modified_noun(qa: Quantity, qb: Quantity) -> bool:
    """Do two amounts of aligned clauses count one noun under the same modifier ("the 43 glazed
    tiles" / "the 63 glazed tiles")? A counted noun narrowed alike by both outlets names one
    thing, however common its words are in the story."""
    ma, mb = _MODIFIED_NOUN_RE.match(qa.text or ""), _MODIFIED_NOUN_RE.match(qb.text or "")
    return ma is not None and mb is not None and ma.group(1).lower() == mb.group(1).lower()


def _names_counted(stem: str, qa: Quantity, qb: Quantity) -> bool:
    """Is a stem the two windows share the counted noun of one amount only, said of the other as a
    verb ("1,200 employees whose posts went" / "will still employ 4,000 people")? The noun names what
    one outlet counts, not what is said of the amount, so it ties nothing; a noun both amounts count
    ("1,200 employees" / "1,150 of its employees") is their unit, compared as such."""
    if len(stem) < _COUNTED_STEM_MIN:
        return False

    def counts_it(q: Quantity) -> bool:
        return any((c := _text.stem(w)).startswith(stem) or (stem.startswith(c) and len(c) >= _COUNTED_STEM_MIN)
                   for w in _text.words(f"{q.counts or ''} {q.unit or ''}"))
    return counts_it(qa) != counts_it(qb)


def _share_topic(sa: Sent, sb: Sent, common: set[str]) -> bool:
    """Do two sentences share a word that is not common in the story (a name or a noun of what
    happened)? Two outlets' sole counts of one role are one fact only when their sentences
    meet somewhere: "the petition had gathered 300 signatures" and "2,100 staff have signed
    cards" count signers of two things."""
    def stems(text: str) -> set[str]:
        return {_text.stem(w) for w in _text.words(text) if w not in _text.STOPWORDS and len(w) >= 3 and not w[0].isdigit()}
    return bool((stems(sa.sent.text) & stems(sb.sent.text)) - common)


def _sole_in_role(ctx: StoryContext, q: Quantity) -> bool:
    """Is ``q`` its article's one figure of its kind in its role ("25,000 outraged members of the
    public have now signed" and no other count of persons who signed)? Two outlets' sole counts of
    one role of one noun count the same thing, wherever their sentences put them."""
    unit, r = _comparable(q), _role(ctx, q)
    return sum(verdicts.same_unit(unit, _comparable(o)) and _role(ctx, o) == r and o.value is not None
               for o in ctx.views[q.article].quantities) == 1


def _left_over(sents: list[Sent], k: int, q: Quantity, before: int | None, other: Quantity,
               grouped_with: dict[int, set[int]]) -> bool:
    """Is ``q`` the count its aligned sentence left over, told in the other article's next
    sentence? Sentence ``before`` (the one before ``other``'s) is aligned with ``k`` and its
    own count of the noun repeats another figure of ``k`` ("out of roughly 96,000 cast" /
    "out of about 96,000 ballots"), so ``k``'s count of the noun went on to the next sentence."""
    if before is None or before not in grouped_with.get(k, ()):
        return False
    others = {o.value for o in sents[k].quantities if o is not q and o.value is not None}
    return any(o.value in others and verdicts.same_unit(_comparable(o), _comparable(other))
               for o in sents[before].quantities)


@dataclass(slots=True)
class _AmountPair:
    """Two amounts of different articles said about the same thing, and their verdict."""

    claim: str
    verdict: str  # conflict | rounding
    sa: Sent
    qa: Quantity
    sb: Sent
    qb: Quantity


# a weekday that dates the saying, not the event: "its owner said Monday", "told reporters on Tuesday"
_SAID_DAY_RE = re.compile(r"\b(?:said|says|told\s+(?:reporters|journalists|\w+)|announced|confirmed|added|"
                          r"stated|wrote|explained)\s+(?:on\s+|late\s+|early\s+)?"
                          r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


# the stated whole a count is a part of: "131 of the 214 claims", "nine of its 40 branches"
_WHOLE_AFTER_RE = re.compile(r"\s+of\s+(?:the|its|their|his|her|these|those|all)\s+(\d[\d,]*)\b", re.I)


def _whole(ctx: StoryContext, q: Quantity) -> float | None:
    """The whole ``q`` is a part of, when the words after it state one large enough not to recur
    by chance (``SPECIFIC_FIGURE``): two outlets' parts of one stated whole of one noun ("131
    of the 214 claims" / "nearly 200 of the 214 claims") count the same part, whatever verbs
    they use. None when no such whole is stated."""
    m = _WHOLE_AFTER_RE.match(ctx.views[q.article].article.body, q.end)
    if m is None:
        return None
    whole = float(m.group(1).replace(",", ""))
    return whole if whole >= SPECIFIC_FIGURE else None


def _weekdays(s: Sent) -> set[str]:
    """The weekdays a sentence names (as matching terms), less those that date when something
    was said ("its owner said Monday"): those do not date the event the figures are about."""
    said = {_text.stem(m.group(1).lower()) for m in _SAID_DAY_RE.finditer(s.sent.text)}
    return (set(s.words) & _WEEKDAY_STEMS) - said


_WEEKDAY_STEMS = frozenset(_text.stem(w) for w in ("monday", "tuesday", "wednesday", "thursday", "friday",
                                                   "saturday", "sunday"))


def _same_unit_pairs(units: list[str | None]) -> list[tuple[int, int]]:
    """Index pairs (x < y) of amounts that count the same thing: within one unit, and between
    "people" and every unit that counts persons, two names of one kind of person,
    "structures" and every kind of building (never all pairs of the story's amounts)."""
    by_unit: dict[str, list[int]] = {}
    for x, u in enumerate(units):
        if u is not None:
            by_unit.setdefault(u, []).append(x)
    pairs = [(x, y) for xs in by_unit.values() for i, x in enumerate(xs) for y in xs[i + 1:]]
    # sorted: the same pairs in the same order in every process
    for generic in sorted((verdicts._PEOPLE | verdicts._BUILDINGS) & set(by_unit)):
        for unit, xs in by_unit.items():
            if unit != generic and verdicts.same_unit(generic, unit):
                pairs += [(min(x, y), max(x, y)) for x in by_unit[generic] for y in xs]
    for kind in verdicts.PERSON_KINDS:  # "students" / "children": two names of one group of people
        present = sorted(kind & set(by_unit))
        pairs += [(min(x, y), max(x, y)) for i, u in enumerate(present) for v in present[i + 1:]
                  for x in by_unit[u] for y in by_unit[v]]
    return pairs


def _merge_pairs(pairs: list[_AmountPair]) -> list[tuple[str, list[_AmountPair]]]:
    """Pairs of one claim that share an amount (30 vs 12, 30 vs 12, ...) as one group.

    A pair joins the first group of its claim that holds one of its amounts (an index from
    (claim, article, start) to the groups holding it finds that one).
    """
    merged: list[tuple[str, list[_AmountPair]]] = []
    holders: dict[tuple[str, str, int], int] = {}  # (claim, article, start) -> first group holding it
    for pair in pairs:
        keys = [(pair.claim, q.article, q.start) for q in (pair.qa, pair.qb)]
        hosts = [holders[k] for k in keys if k in holders]
        at = min(hosts) if hosts else len(merged)
        if not hosts:
            merged.append((pair.claim, []))
        merged[at][1].append(pair)
        for k in keys:
            holders.setdefault(k, at)
    return merged


def _amount_fact(ctx: StoryContext, claim: str, pairs: list[_AmountPair]) -> Fact:
    """A group of amount pairs as one fact: every amount a mention, the pairs' verdicts and
    intervals (the first ``NOTES_MAX``) the detail, a conflict's sides."""
    mentions, seen = [], set()
    for pair in pairs:
        for s, q in ((pair.sa, pair.qa), (pair.sb, pair.qb)):
            if (q.article, q.start) not in seen:
                seen.add((q.article, q.start))
                mentions.append(mention(s.sent, q.start, q.end, ctx.views[q.article].article.body))
    conflict = any(p.verdict == "conflict" for p in pairs)
    unit = claim.split(" (", 1)[0].removeprefix("number of ")
    notes = [f"{verdicts.describe(p.qa, _before(ctx, p.qa))} ({p.qa.article}) vs {verdicts.describe(p.qb, _before(ctx, p.qb))} "
             f"({p.qb.article}): " + ("the intervals do not meet, so both cannot be true" if p.verdict == "conflict"
                                      else "the intervals meet") for p in pairs[:NOTES_MAX]]
    if len(pairs) > NOTES_MAX:
        notes.append(f"and {len(pairs) - NOTES_MAX} more comparisons")
    detail = f"the same count of {unit} ({claim.split(' (', 1)[-1].rstrip(')')}): " + "; ".join(notes)
    verdict, detail = independence(ctx, sorted({m.article for m in mentions}),
                                   "conflict" if conflict else "compatible-with-rounding", detail)
    fact = Fact(id="", story=ctx.story.id, claim=claim, mentions=mentions, verdict=verdict, detail=detail)
    if verdict == "conflict":
        _with_sides(ctx, fact, _amount_sides(ctx, [(p.verdict, p.qa, p.qb) for p in pairs]), detail)
    return fact


def _fold_into_groups(ctx: StoryContext, amounts: list[Fact], grouped: list[Fact]) -> list[Fact]:
    """An amount fact that shares a mention with a sentence-group fact of the same verdict
    joins it (one conflict, all its mentions, sides redrawn), instead of being reported twice."""
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
        if host.verdict == "conflict":
            host.detail += "; also " + f.detail.split(". ", 1)[-1]
            # the sides are of what the amount fact counts ("28 kilometres off"), not of the
            # host's other amounts ("an 84-turbine farm" in the same sentence)
            units = {_text._unit_key(r.unit) for m in f.mentions if (r := _report_at(ctx, m.article, m.start)) is not None}
            reports = [r for m in host.mentions if (r := _report_at(ctx, m.article, m.start)) is not None
                       and any(verdicts.same_unit(_text._unit_key(r.unit), u) for u in units)]
            _with_sides(ctx, host, reports, host.detail.split(". ", 1)[-1])
        else:
            host.detail += "; also " + f.detail
    return left


def _report_at(ctx: StoryContext, article: str, start: int) -> verdicts.Report | None:
    """The amount an article reports at a body offset, as a side's report; None when none is there."""
    for q in ctx.views[article].quantities:
        if q.start == start and _comparable(q) and (iv := verdicts.side_interval(q, _before(ctx, q))) is not None:
            return verdicts.Report(article, iv[0], iv[1], verdicts.value_text(q), q.unit or q.counts or "")
    return None


def _sentence_spans(ctx: StoryContext, facts: list[Fact]) -> list[list[tuple[str, int, int]]]:
    """The sentences each amount fact's mentions stand in, as one group of aligned clauses per
    fact: sentences that count one thing ("rejected 131 of the 214 claims filed after a frost
    three weeks ago" / "threw out nearly 200 of the 214 claims ... nearly six weeks after the
    freeze") tell one event, and the times they give it are compared (:func:`verdicts.time_facts`)."""
    out = []
    for f in facts:
        group = [(m.article, s.start, s.end) for m in f.mentions for s in ctx.views[m.article].sentences
                 if s.start <= m.start < s.end]
        if len({a for a, _, _ in group}) > 1:
            out.append(group)
    return out


# --------------------------------------------------------------------------- entry point


def align(ctx: StoryContext, cfg: CompareConfig | None = None) -> list[Fact]:
    """Every fact the story's articles report in common, with its verdict, and the claims only
    one independent source makes. Reads the story context; adds nothing to it."""
    sents = prepare(ctx)
    df: dict[str, int] = {}
    for s in sents:
        for w in set(s.words):
            df[w] = df.get(w, 0) + 1
    # short articles state a fact once each: a word no more frequent than that is the story's
    # fact, not common wording (long articles: the share decides)
    floor = max(COMMON_SENTENCE_SHARE * max(1, len(sents)), COMMON_PER_ARTICLE * len({s.sent.article for s in sents}))
    common = {w for w, n in df.items() if n > floor}
    grouped, copies_only, used, groups, aligned, spans, linked, in_groups = _sentence_facts(ctx, sents, common)
    amount_facts = _quantity_facts(ctx, sents, groups, common, linked, in_groups)
    spans = spans + _sentence_spans(ctx, amount_facts)
    amounts = _fold_into_groups(ctx, amount_facts, grouped)
    single = single_source.find(ctx, sents, used, copies_only, aligned)
    facts = verdicts.time_facts(ctx, spans) + durations.duration_facts(ctx, spans) + amounts + grouped + single
    for n, f in enumerate(facts):
        f.id = f"{ctx.story.id}-fact{n}"
        _unless_told_by_one(f)
    return facts


def _unless_told_by_one(fact: Fact) -> None:
    """An outlet does not contradict itself: a side whose every article also stands on another
    side is another thing those articles report ("the union is demanding 7 per cent" beside the
    offer of 3.2 per cent; "57 of the 312 complaints": the whole), not a value in dispute, and is
    dropped, the widest first. A conflict one article still sits on two sides of ("supplies 23
    schools" and "served in 14 schools", "a four-year contract" and "supplied schools for nine
    years") is two things, each true: "compatible", no sides, the article named in the detail."""
    if fact.verdict != "conflict" or not fact.sides:
        return
    old = fact.sides
    prefix = f"{verdicts.sides_text(old)}. "
    why = fact.detail[len(prefix):] if fact.detail.startswith(prefix) else fact.detail
    sides = list(old)
    while len(sides) > 1:
        # the widest such side first: "312" (the whole every article gives) before "nearly 300"
        contained = [side for side in sides if all(a in {x for o in sides if o is not side for x in o.articles}
                                                   for a in side.articles)]
        if not contained:
            break
        sides.remove(max(contained, key=lambda side: len(side.articles)))
    seen: set[str] = set()
    both: list[str] = []
    for side in sides:
        both += [a for a in side.articles if a in seen and a not in both]
        seen.update(side.articles)
    if len(sides) > 1 and not both:
        if len(sides) < len(old):
            fact.sides = sides
            fact.detail = f"{verdicts.sides_text(sides)}. {why}"
        return
    told = list(dict.fromkeys(both or [a for side in old for a in side.articles]))
    values = " and ".join(f"“{side.value}”" for side in old)
    fact.verdict, fact.sides = "compatible", []
    fact.detail = (f"{', '.join(told)} {'reports' if len(told) == 1 else 'each report'} both {values}: "
                   f"two different things, not a disagreement. {why}")
