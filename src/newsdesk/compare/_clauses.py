"""Clauses: the units fact alignment compares.

A news sentence often carries two facts ("X said Ukraine would drop its NATO bid in
exchange for guarantees, but rejected giving up territory"), so sentences are cut into
clauses at coordinating and reporting seams (``; `` / ``, but`` / ``, while`` /
``, adding that`` / ``, as`` / `` — `` ...). A clause too short to say anything on its own
stays with its neighbour.

Each clause gets the bag of *terms* the matcher compares:

* content words, normalised a little more than :func:`_text.stem` does: British spellings
  folded ("demilitarised" → "demilitarized", "defence" → "defense"), hyphens joined
  ("cease-fire" → "ceasefire"), a few more suffixes stripped ("rejection" / "rejected" →
  "reject") and common news paraphrases folded to one class (:data:`SYNONYMS`: "abandon",
  "drop", "renounce" → "drop");
* one term per named entity, by its canonical (merged) name where the annotations have
  one, so "Zelensky" and "Zelenskyy", "U.S." and "Washington" are the same term.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsdesk.compare import _text
from newsdesk.compare._context import StoryContext
from newsdesk.compare._sents import Sent

_PRONOUN_RE = re.compile(r"\b(?:he|she|He|She)\b")
PLACE_TYPES = frozenset(("GPE", "LOC", "FAC"))  # entity types that say where something happened
MIN_CLAUSE_WORDS = 3  # a clause with fewer content words is glued to its neighbour
ENTITY_PREFIX = "@"  # entity terms are "@<canonical name>", never confused with a word

# seams between two clauses of one sentence (the seam word stays with the second clause)
_SEAM_RE = re.compile(
    r";\s+|\s+[—–]\s+"
    r"|,\s+(?=(?:but|while|whereas|although|though|as(?!\s+(?:long|well|part|much|soon|if)\b)|adding|noting|"
    r"arguing|saying|calling|insisting|warning|stressing|describing|after|amid)\b)"
    r"|\s+(?=and\s+said\b)|,?\s+(?=and that\b)|\s+(?=but\s+(?:firmly\s+|also\s+)?[a-z]+ed\b)"
    r"|,\s+(?=and\s+(?:it|he|she|they|we|that|the|a|an)\b)"
    r"|,\s+(?=(?:warned|said|argued|insisted|stressed)\s+that\b)"  # "X, who met Y on Sunday, warned that ..."
    r"|,\s+(?=an?\s+(?:claim|charge|allegation)\b)"  # "..., a claim Moscow denies"
)

# common news paraphrases, folded to one term (class name first)
SYNONYMS = {
    "drop": ("abandon", "renounce", "forgo", "forego", "relinquish", "drop", "ditch"),
    "reject": ("reject", "dismiss", "rebuff", "refuse", "unacceptable", "object"),
    "bid": ("bid", "hope", "ambition", "aspiration"),
    "withdraw": ("withdraw", "retreat", "pullback", "pull"),
    "meet": ("meet", "met", "meeting"),
    "arriv": ("arrive", "arrival"),
    "guarante": ("guarantee", "assurance"),
    "ceasefire": ("ceasefire", "truce", "freeze", "armistice"),
    "chang": ("change", "modification", "amendment", "revision", "revise"),
    "shoot": ("shoot", "shot", "intercept", "destroy"),
    "launch": ("launch", "fire"),
    "kill": ("kill", "die", "dead", "death"),
    "injur": ("injure", "wound", "hurt"),
    "warn": ("warn", "caution"),
    "respond": ("respond", "response", "reply", "answer"),
    "demand": ("demand", "insist", "push", "press", "pressure", "urge"),
}

# words that say who is speaking or who someone is, not what happened: never matching terms
# (reporting verbs are not terms at all; role nouns are terms that never anchor a link)
_REPORTING_WORDS = ("added", "stated", "stressed", "noted", "indicated", "described", "claimed", "reported",
                    "confirmed", "acknowledged", "expressed", "reiterated", "commented", "tell", "told", "repeated",
                    "including", "included")  # ... and "including", which only lists
_ROLE_WORDS = ("president", "chancellor", "envoy", "special", "adviser", "advisor", "minister", "prime",
               "spokesman", "spokeswoman", "spokesperson", "secretary", "soninlaw", "official", "leader",
               "chief", "foreign", "senior", "top")

_SPELLING = (
    (re.compile(r"(?<=[a-z]{3})is(e|ed|es|ing|ation|ations)$"), r"iz\1"),  # demilitarised -> demilitarized
    (re.compile(r"(?<=[a-z]{3})isation"), "ization"),
    (re.compile(r"ence(s?)$"), r"ense\1"),  # defence -> defense (offence, licence)
    (re.compile(r"(?<=[a-z]{2}[^aeiou])our(s|ed|ing)?$"), r"or\1"),  # favour -> favor, not four/hour
)
_SUFFIXES = (("ations", ""), ("ation", ""), ("ators", "at"), ("ator", "at"), ("ments", ""), ("ment", ""),
             ("ings", ""), ("ing", ""), ("ions", ""), ("ion", ""), ("ies", "y"), ("ied", "y"), ("ials", "y"),
             ("ial", "y"), ("ally", ""), ("als", ""), ("al", ""), ("ly", ""), ("ed", ""), ("es", ""), ("s", ""))


def _norm(word: str) -> str:
    """One word as a matching term: spelling folded, suffix stripped, final e dropped."""
    w = word.replace("-", "").replace("'", "")
    for pat, rep in _SPELLING:
        w = pat.sub(rep, w)
    for suffix, replacement in _SUFFIXES:
        if suffix == "s" and w.endswith(("ss", "us", "is")):
            continue  # "dismiss", "status", "crisis" are not plurals
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)] + replacement
            if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":  # "stopped" -> "stopp" -> "stop"
                w = w[:-1]
            return w
    return w[:-1] if w.endswith("e") and len(w) > 4 else w  # "guarantee" as "guarantees" minus "es"


_SYNONYM_OF = {_norm(w): cls for cls, ws in SYNONYMS.items() for w in ws}


TERM_CACHE_SIZE = 1 << 16  # distinct words kept normalised: a story's vocabulary, many times over


@lru_cache(maxsize=TERM_CACHE_SIZE)
def term(word: str) -> str:
    """One word as a matching term: normalised (:func:`_norm`), paraphrases folded (:data:`SYNONYMS`)."""
    t = _norm(word)
    return _SYNONYM_OF.get(t, t)


_REPORTING = frozenset(term(w) for w in _REPORTING_WORDS)
ROLES = frozenset(term(w) for w in _ROLE_WORDS)  # role nouns (who someone is), as terms
WEEKDAYS = frozenset(term(w) for w in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
# when, not what: time words and ordinals never anchor a link on their own account
TIME_WORDS = WEEKDAYS | frozenset(term(w) for w in (
    "year", "month", "week", "day", "hour", "minute", "today", "tomorrow", "yesterday", "weekend", "morning", "evening",
    "night", "overnight", "first", "second", "third", "fourth", "fifth", "last", "next", "earlier", "later", "recent"))


# phrasal verbs, read as the one verb they mean before the particle is lost as a stopword
_PHRASAL = ((re.compile(r"\b(?:give|gave|giving|given)\s+up\b", re.I), "drop"),
            (re.compile(r"\b(?:pull|pulled|pulling)\s+(?:back|out)\b", re.I), "withdraw"),
            (re.compile(r"\b(?:shoot|shot|shooting)\s+down\b", re.I), "shoot"),
            (re.compile(r"\b(?:heard|hear)\s+back\b", re.I), "respond"))
KEEP = frozenset(("yet", "without", "against"))  # stopwords that carry a fact ("yet to respond", "without power")
EXTRA_STOPWORDS = frozenset(("did", "does", "doing", "near", "like", "just", "also", "still"))  # not in sklearn's list


def terms(text: str) -> list[str]:
    """Matching terms of a text without its entities (see the module docstring)."""
    for pat, rep in _PHRASAL:
        text = pat.sub(rep, text)
    kept = (w for w in _text.words(text) if len(w) > 1 and not w[0].isdigit() and w not in EXTRA_STOPWORDS
            and (w not in _text.STOPWORDS or w in KEEP))
    return [t for t in map(term, kept) if t not in _REPORTING]


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


def _spans(text: str) -> list[tuple[int, int]]:
    """Clause spans of a sentence; short pieces glued to their neighbour."""
    cuts = [0] + [m.end() for m in _SEAM_RE.finditer(text)] + [len(text)]
    pieces = [(s, e) for s, e in zip(cuts, cuts[1:]) if e > s]
    out: list[tuple[int, int]] = []
    for s, e in pieces:
        if out and len(_text.content_words(text[s:e])) < MIN_CLAUSE_WORDS:
            out[-1] = (out[-1][0], e)
        elif out and len(_text.content_words(text[out[-1][0]:out[-1][1]])) < MIN_CLAUSE_WORDS:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out or [(0, len(text))]


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
    out: list[Clause] = []
    last_people: dict[str, frozenset[str]] = {}
    for k, s in enumerate(sents):
        art = s.sent.article
        if art not in spans_of:
            spans_of[art] = _entity_spans(ctx, art)
        ents = [(a, b, t) for a, b, t, _ in spans_of[art] if s.sent.start <= a and b <= s.sent.end]
        people = frozenset(t for a, b, t, typ in spans_of[art]
                           if s.sent.start <= a and b <= s.sent.end and typ == "PERSON")
        sentence_ents = frozenset(t for _, _, t in ents)
        if not people and _PRONOUN_RE.search(s.sent.text):
            sentence_ents |= last_people.get(art, frozenset())
        elif people:
            last_people[art] = people
        for cs, ce in _spans(s.sent.text):
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
            ts = terms(" ".join(pieces)) + [t for _, _, t in inside]
            places = frozenset(t for a, b, t, typ in spans_of[art] if start <= a and b <= end and typ in PLACE_TYPES)
            out.append(Clause(k, start, end, text, ts, frozenset(t for _, _, t in inside), sentence_ents, places))
    return out
