"""Which clauses of different articles report the same fact: scores, anchors, groups.

1. **Score.** Every clause (:mod:`newsdesk.compare._clauses`) is a TF-IDF vector over its
   terms (content words, folded paraphrases, canonical entity names), fitted on the
   story's own clauses, so words and names every article repeats weigh little. Two clauses
   of different articles score their cosine, plus ``UNIT_BONUS`` when they count the same
   unit ("drones").
2. **Anchor.** A score is not enough: two clauses must also share something specific: a
   counted unit, the same quoted words, near-identical wording (``NEAR_IDENTICAL``; from
   ``ANCHOR_SIM`` on, one shared uncommon word about what happened), or terms that say
   what happened or where (not who: names of people and bodies, role nouns and time words
   do not count), at least one of them uncommon, whose rarity (IDF; common terms at
   ``COMMON_WEIGHT``) adds up to ``ANCHOR_TOPIC_MIN`` just-uncommon terms while the two
   sentences name a common actor. Clauses naming different weekdays never link, nor do
   two that are mostly quotation without quoting the same words.
3. **Group** (star, not chain). The clause whose best links into the other articles add
   up to the most is a fact's centre; its best-linked clause in each other article joins
   it. Those clauses are taken, and the next centre is chosen among the rest. A member is
   thus always tied to the centre directly, never through a chain of looser links.
"""
from __future__ import annotations

import heapq
import math
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from newsdesk.compare._clauses import ENTITY_PREFIX, ROLES, TIME_WORDS, WEEKDAYS, Clause
from newsdesk.compare._sents import QUOTED_RE
from newsdesk.compare._text import words

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


def clause_vectors(clauses: list[Clause]) -> sparse.csr_matrix:
    """The clauses' TF-IDF rows (fitted on the story), L2-normalised: the cosine of two clauses
    is the dot product of their rows. The story's full cosine matrix is never built (a
    278-article story's took ~1 GB): :func:`links` and :func:`sub_similarity` compute the
    parts they need, with the same values."""
    if len(clauses) < 2 or not any(c.terms for c in clauses):  # nothing to compare (an empty vocabulary)
        return sparse.csr_matrix((len(clauses), 1))
    vec = TfidfVectorizer(analyzer=lambda ts: ts, sublinear_tf=True)
    return sparse.csr_matrix(vec.fit_transform([c.terms for c in clauses]))


def sub_similarity(vectors: sparse.csr_matrix, idx: list[int]) -> np.ndarray:
    """The dense cosine block of the clauses ``idx`` (a group's pairwise cosines)."""
    rows = vectors[idx]
    return sparse.csr_matrix(rows @ rows.T).toarray()


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
        ws = words(m.group(1) or m.group(2) or "")
        out.update(tuple(ws[i:i + QUOTE_ANCHOR_WORDS]) for i in range(len(ws) - QUOTE_ANCHOR_WORDS + 1))
    return out


def _mostly_quoted(text: str) -> bool:
    quoted = sum(len(m.group(1) or m.group(2) or "") for m in QUOTED_RE.finditer(text))
    return quoted > QUOTE_SHARE * len(text)


def anchored(a: Clause, b: Clause, cos: float, units: bool, rare: Rarity,
             quoted: tuple[set[tuple[str, ...]], set[tuple[str, ...]]] | None = None) -> bool:
    """Do two clauses share something specific enough to be one fact? (see the module docstring)

    Names and role nouns ("special envoy") say who, time words say when, not what
    happened: a link needs a shared term that is none of them. Two clauses that name
    different weekdays are about different events; two that are mostly quotation are
    different utterances unless they quote the same words.
    """
    ta, tb = set(a.terms), set(b.terms)
    days_a, days_b = ta & WEEKDAYS, tb & WEEKDAYS
    if days_a and days_b and not days_a & days_b:
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
    ids: dict = {}
    rows, cols, vals = [], [], []
    for r, items in enumerate(sets):
        for it in items:
            rows.append(r)
            cols.append(ids.setdefault(it, len(ids)))
            vals.append(1.0 if weights is None else weights.get(it, 0.0))
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(sets), max(1, len(ids))))


def _rowdot(a: sparse.csr_matrix, b: sparse.csr_matrix, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """For every pair (i[k], j[k]): the dot product of row i[k] of ``a`` with row j[k] of ``b``."""
    return np.asarray(a[i].multiply(b[j]).sum(axis=1)).ravel()


LINK_CHUNK = 100_000  # candidate pairs checked per vectorised batch (bounds the memory of one batch)


def links(clauses: list[Clause], arts: list[str], vectors: sparse.csr_matrix, unit_sets: list[frozenset[str]],
          rare: Rarity) -> dict[tuple[int, int], float]:
    """Anchored clause pairs (i < j, different articles) scoring at least ``ALIGN_MIN``.

    Candidates are the pairs that share a term (the non-zero cosines; a shared unit alone
    scores ``UNIT_BONUS``, below ``ALIGN_MIN``). :func:`anchored` is then decided for all of
    them at once on per-clause incidence matrices (weekdays, units, quoted 3-grams, terms
    about what happened, places, actors), with the same rules and result as calling it
    pair by pair.
    """
    if len(clauses) < 2:
        return {}
    art_code = {a: n for n, a in enumerate(sorted(set(arts)))}
    art = np.array([art_code[a] for a in arts], dtype=np.int64)
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
    what = _incidence(what_sets)
    what_w = _incidence(what_sets, weights)
    uncommon = _incidence([w - rare.common for w in what_sets])
    places = _incidence([c.places for c in clauses])
    places_w = _incidence([c.places for c in clauses], weights)
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
        day_clash = has_day[i] & has_day[j] & (_rowdot(days, days, i, j) == 0)
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
