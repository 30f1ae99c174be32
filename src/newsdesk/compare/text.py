"""Text helpers every compare step shares, and a light fallback for missing annotations.

* **Words**: tokens, a crude stemmer, content words (:func:`words`, :func:`stem`,
  :func:`content_words`), and the finer *terms* fact alignment matches on (:func:`term`,
  :func:`terms`: spelling folded, suffixes stripped, news paraphrases folded).
* **Sentences and clauses**: sentence spans (:func:`sentences`), quotations joined across
  sentence ends (:func:`merge_quoted`), clause spans inside a sentence (:func:`clause_spans`),
  a sentence as a short claim (:func:`claim_text`), capitalised names (:func:`names_in`).
* **Fallbacks**: the compare stages read what :mod:`newsdesk.extract` put into
  :class:`Annotations`. When a field is empty (an article that was never extracted, or an
  extractor that does not fill that field yet) the functions here derive a rough version
  from the body with regular expressions (quantities, dates, entities, quotes), so every
  compare stage degrades gracefully instead of failing.

Everything is pure: text, article and annotations in, plain values out.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from newsdesk.compare._stopwords import ENGLISH_STOP_WORDS

from newsdesk.model import Annotations, Article, DateMention, Entity, Mention, Quantity, Quote
from newsdesk.patterns import starting_with

STOPWORDS = frozenset(ENGLISH_STOP_WORDS) | {"said", "says", "mr", "mrs", "ms", "told", "according"}
# nouns scikit-learn's stopword list drops that can name what happened ("a fire", "the bill")
CONTENT_NOUNS = frozenset(("fire", "bill", "system", "interest", "call", "move", "part", "side", "front", "top",
                           "bottom", "fill", "mill", "cry", "show", "detail", "name", "amount"))

_BOUNDARY_RE = re.compile(r"[.!?]+[”\"’']*(?=\s+[“\"‘'(A-Z0-9])|\n+")
# a clock time ("9:15 p.m. Friday") ends no sentence, as the tokenizer keeps "p.m." one token
_ABBREV_RE = re.compile(r"(?:\b[A-Z]|\b(?:[A-Z]\.)+[A-Z]|\b[ap]\.m|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Prof|No|Vol|Inc|Corp|Co|Ltd|vs|etc|Jan|Feb|Aug|Sept|Oct|Nov|Dec))$")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d[\d,.]*")
_SPACE_RE = re.compile(r"\s+")


# not frozen: a frozen dataclass sets each field through object.__setattr__ (every sentence of
# a story is made at least once); unsafe_hash keeps the frozen class's hash and equality
@dataclass(slots=True, unsafe_hash=True)
class Sentence:
    """One sentence of one article: its span in the body and its text."""

    article: str
    index: int
    start: int
    end: int
    text: str


def join_by_shared_words(events: list[frozenset[str]] | list[set[str]],
                         may_join: Callable[[list[int], list[int]], bool] | None = None,
                         first_links: list[tuple[int, int]] = ()) -> list[list[int]]:
    """Groups of item indices connected by a shared word (an event's naming words), after the
    ``first_links`` pairs; ``may_join(group_a, group_b)`` can refuse a join. Union-find."""
    parent = list(range(len(events)))
    members = {k: [k] for k in range(len(events))}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj and (may_join is None or may_join(members[ri], members[rj])):
            parent[rj] = ri
            members[ri] += members.pop(rj)

    for i, j in first_links:
        union(i, j)
    first: dict[str, int] = {}
    for k, words_of in enumerate(events):
        for w in sorted(words_of):
            if w in first:
                union(first[w], k)
            else:
                first[w] = k
    groups: dict[int, list[int]] = {}
    for k in range(len(events)):
        groups.setdefault(find(k), []).append(k)
    return list(groups.values())


def norm_space(text: str) -> str:
    return _SPACE_RE.sub(" ", text).strip()


TEXT_CACHE_SIZE = 4096  # sentences kept tokenised: several stages read the same sentence
TEXT_CACHE_MAX_CHARS = 2000  # ... but not whole bodies, read once (the cache stays a few MB)


def words(text: str) -> list[str]:
    """Lower-cased word tokens (curly apostrophes folded, possessive 's dropped)."""
    return list(_words(text) if len(text) <= TEXT_CACHE_MAX_CHARS else _tokens(text))


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def _words(text: str) -> tuple[str, ...]:
    return _tokens(text)


def _tokens(text: str) -> tuple[str, ...]:
    # one lower() for the text, not one a token; each distinct raw token cleaned once
    return tuple([tok for tok in map(_clean_token, _WORD_RE.findall(text.replace("’", "'").lower())) if tok])


TOKEN_CACHE_SIZE = 1 << 16  # distinct raw tokens kept cleaned: a story's vocabulary, many times over


@lru_cache(maxsize=TOKEN_CACHE_SIZE)
def _clean_token(tok: str) -> str:
    """One raw token: edge punctuation stripped, possessive 's dropped ("" when nothing is left)."""
    tok = tok.strip("'-.,")
    if tok.endswith("'s"):
        tok = tok[:-2]
    return tok


STEM_CACHE_SIZE = 1 << 16  # distinct words kept stemmed: a story's vocabulary, many times over


@lru_cache(maxsize=STEM_CACHE_SIZE)
def stem(word: str) -> str:
    """A crude suffix stripper: enough to match "guarantees"/"guarantee", "caved"/"caves"."""
    for suffix in ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            return base + ("y" if suffix in ("ies", "ied") else "")
    return word


def content_words(text: str) -> list[str]:
    """Stemmed content words: the bag used for lexical similarity."""
    if len(text) > TEXT_CACHE_MAX_CHARS:
        return [st for st in map(_content_stem, words(text)) if st is not None]
    return list(_content_words(text))


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def _content_words(text: str) -> tuple[str, ...]:
    return tuple([st for st in map(_content_stem, words(text)) if st is not None])


@lru_cache(maxsize=STEM_CACHE_SIZE)
def _content_stem(w: str) -> str | None:
    """A word's stem when it is a content word (not a stopword, longer than one letter), else None."""
    return stem(w) if w not in STOPWORDS and len(w) > 1 else None


# --------------------------------------------------------------------------- sentences


def sentences(article: Article, ann: Annotations | None) -> list[Sentence]:
    """Sentences from the annotations, else split on end punctuation and line breaks."""
    body = article.body
    spans: list[tuple[int, int]] = []
    if ann is not None and ann.sentences:
        spans = [(int(s), int(e)) for s, e in ann.sentences]
    else:
        cuts = [0]
        for m in _BOUNDARY_RE.finditer(body):
            if m.group(0)[0] == "." and _ABBREV_RE.search(body, max(0, m.start() - 12), m.start()):
                continue  # "U.S. envoy", "Mr. Zelensky", "Vladimir V. Putin"
            cuts.append(m.end())
        cuts.append(len(body))
        for s, e in zip(cuts, cuts[1:]):
            while s < e and body[s].isspace():
                s += 1
            while e > s and body[e - 1].isspace():
                e -= 1
            if e > s:
                spans.append((s, e))
    return [Sentence(article.id, i, s, e, body[s:e]) for i, (s, e) in enumerate(spans)]


def merge_quoted(sents: list[Sentence], quotes: list[Quote], body: str) -> list[Sentence]:
    """Sentences joined where one quotation runs across their boundary, so a quotation and
    its "he said" read as one utterance ("… is not a compromise. It is a retreat,” he said.")."""
    out: list[Sentence] = []
    for s in sents:
        prev = out[-1] if out else None
        if prev is not None and any(q.start < prev.end and q.end > s.start for q in quotes):
            out[-1] = Sentence(s.article, prev.index, prev.start, s.end, body[prev.start:s.end])
        else:
            out.append(s)
    return out


def sentence_at(sents: list[Sentence], offset: int) -> Sentence | None:
    for s in sents:
        if s.start <= offset < s.end:
            return s
    return None


# --------------------------------------------------------------------------- terms and clauses
# Fact alignment matches clauses on *terms*: content words normalised further than
# :func:`stem` (British spellings, hyphens, more suffixes) with common news paraphrases
# folded to one class. A news sentence often carries two facts ("X said Ukraine would drop
# its NATO bid in exchange for guarantees, but rejected giving up territory"), so sentences
# are cut into clauses at coordinating and reporting seams; a clause too short to say
# anything on its own stays with its neighbour.

MIN_CLAUSE_WORDS = 3  # a clause with fewer content words is glued to its neighbour

# seams between two clauses of one sentence (the seam word stays with the second clause); every
# seam opens with ";", "," or a space: the lookahead changes no match and halves the search
_SEAM_RE = re.compile(
    starting_with(r";,\s") + r"(?:;\s+|\s+[—–]\s+"
    r"|,\s+(?=(?:but|while|whereas|although|though|as(?!\s+(?:long|well|part|much|soon|if)\b)|adding|noting|"
    r"arguing|saying|calling|insisting|warning|stressing|describing|after|amid)\b)"
    r"|\s+(?=and\s+said\b)|,?\s+(?=and that\b)|\s+(?=but\s+(?:firmly\s+|also\s+)?[a-z]+ed\b)"
    r"|,\s+(?=and\s+(?:it|he|she|they|we|that|the|a|an)\b)"
    r"|,\s+(?=(?:warned|said|argued|insisted|stressed)\s+that\b)"  # "X, who met Y on Sunday, warned that ..."
    r"|,\s+(?=an?\s+(?:claim|charge|allegation)\b))"  # "..., a claim the ministry denies"
)

# common news paraphrases, folded to one term (class name first)
SYNONYMS = {
    "drop": ("abandon", "renounce", "forgo", "forego", "relinquish", "drop", "ditch"),
    "reject": ("reject", "dismiss", "rebuff", "refuse", "unacceptable", "object"),
    "bid": ("bid", "hope", "ambition", "aspiration"),
    "meet": ("meet", "met", "meeting"),
    "arriv": ("arrive", "arrival"),
    "guarante": ("guarantee", "assurance"),
    "chang": ("change", "modification", "amendment", "revision", "revise"),
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
            (re.compile(r"\b(?:heard|hear)\s+back\b", re.I), "respond"))
KEEP = frozenset(("yet", "without", "against"))  # stopwords that carry a fact ("yet to respond", "without power")
EXTRA_STOPWORDS = frozenset(("did", "does", "doing", "near", "like", "just", "also", "still"))  # not in sklearn's list


# a text no phrasal verb can match in (most clauses) skips the four substitutions: every
# pattern of _PHRASAL needs one of these particles as a whole word
_PHRASAL_PARTICLE_RE = re.compile(r"\b(?:up|back|out|down)\b", re.I)


def terms(text: str) -> list[str]:
    """Matching terms of a text, entities left to the caller: stopwords dropped (but the few
    that carry a fact), phrasal verbs read as one verb, reporting verbs dropped, :func:`term` each."""
    if _PHRASAL_PARTICLE_RE.search(text):
        for pat, rep in _PHRASAL:
            text = pat.sub(rep, text)
    return [t for t in map(_kept_term, words(text)) if t is not None]


@lru_cache(maxsize=TERM_CACHE_SIZE)
def _kept_term(w: str) -> str | None:
    """A word's matching term, or None when :func:`terms` drops it (short, a number, a
    stopword that carries no fact, a reporting verb): decided once per distinct word."""
    if len(w) > 1 and not w[0].isdigit() and w not in EXTRA_STOPWORDS and (w not in STOPWORDS or w in KEEP):
        t = term(w)
        return None if t in _REPORTING else t
    return None


def clause_spans(text: str) -> list[tuple[int, int]]:
    """Clause spans of a sentence; short pieces glued to their neighbour."""
    cuts = [0] + [m.end() for m in _SEAM_RE.finditer(text)] + [len(text)]
    pieces = [(s, e) for s, e in zip(cuts, cuts[1:]) if e > s]
    out: list[tuple[int, int]] = []
    for s, e in pieces:
        if out and len(content_words(text[s:e])) < MIN_CLAUSE_WORDS:
            out[-1] = (out[-1][0], e)
        elif out and len(content_words(text[out[-1][0]:out[-1][1]])) < MIN_CLAUSE_WORDS:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out or [(0, len(text))]


# --------------------------------------------------------------------------- claims and names

CLAIM_MAX_CHARS = 160  # claims are short: cut at a word boundary


_DATELINE_RE = re.compile(r"^[A-Z][A-Z.' -]+(?:,\s*[A-Z][\w.' -]+)?\s+[—–-]+\s+")  # "CALLOWFORD — ", "LINDHAVEN, Helvoria — "


def claim_text(text: str) -> str:
    """A sentence as a short claim: a dateline and quote marks trimmed, cut at a word boundary."""
    text = _DATELINE_RE.sub("", norm_space(text)).strip("“”\"' ")
    if len(text) <= CLAIM_MAX_CHARS:
        return text
    cut = text[:CLAIM_MAX_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + " …"


# a capitalised word after a lower-case word, a comma or a quote and a space; the look-behind
# comes after the capital, so that the engine only stops at capitals (the same matches)
_NAME_IN_RE = re.compile(r"[A-Z](?<=[a-z,;:’'\"”] [A-Z])[a-z]{2,}")


def names_in(text: str) -> set[str]:
    """Capitalised words that are not sentence-initial: a cheap proxy for named actors."""
    return {w.lower().rstrip("y") for w in _NAME_IN_RE.findall(text)}  # Zelensky / Zelenskyy


ATTRIBUTION_RE = re.compile(r"\b(?:said|says|told|according to|announced|reported|claimed|confirmed)\b")
QUOTED_RE = re.compile(r"[“\"]([^”\"]+)[”\"]|^([^“”\"]+)[”\"]")  # "…" or a quotation closing in this sentence


# --------------------------------------------------------------------------- quantities

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100, "a dozen": 12, "dozens": 24,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
QUALIFIERS = (
    "more than", "over", "at least", "nearly", "almost", "about", "around", "roughly",
    "some", "approximately", "up to", "fewer than", "less than", "under", "at most", "just over",
    "just under", "hundreds of", "thousands of", "dozens of",
)
_NUM = r"(?:\d[\d,]*(?:\.\d+)?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_QUANT_RE = re.compile(
    r"(?P<qual>\b(?:" + "|".join(sorted(QUALIFIERS, key=len, reverse=True)) + r")\s+)?"
    r"(?P<cur>[$€£])?(?P<num>\b" + _NUM + r")(?:[\s-](?P<scale>thousand|million|billion|trillion)\b)?",
    re.I,
)
_VAGUE_RE = re.compile(r"\b(?P<qual>hundreds|thousands|dozens|tens) of (?:(?P<second>thousands)(?: of)? )?", re.I)
_ORD_RE = re.compile(r"\b(?P<ord>" + "|".join(ORDINALS) + r")\s+(?P<unit>year|month|week|day)\b", re.I)
_NEXT_WORD_RE = re.compile(r"[\s-]+([A-Za-z][A-Za-z’']*)")
_UNIT_SKIP = STOPWORDS | {"more", "other", "new", "additional", "further", "such", "remain", "remained", "were", "are"}
_NUMBER_LABELS = re.compile(r"(?:Article|No\.?|Chapter|Section|Resolution|Room|Flight|Route|Page|Apollo)\s+$")
_ADJ_SUFFIXES = ("ian", "ese", "ish", "ern", "al", "ive", "ic")


def _to_number(text: str) -> float | None:
    t = text.lower().replace(",", "")
    if t in NUMBER_WORDS:
        return float(NUMBER_WORDS[t])
    try:
        return float(t)
    except ValueError:
        return None


def _unit_after(body: str, pos: int) -> tuple[str | None, int]:
    """The counted noun right after a number ("235 Ukrainian drones" -> "drones") and its end.

    Up to two words are read: a capitalised or adjective-looking first word is skipped
    when a second word follows. ``percent`` and ``per cent`` are folded.
    """
    m1 = _NEXT_WORD_RE.match(body, pos)
    if not m1:
        return None, pos
    w1 = m1.group(1).lower()
    if w1 in ("percent", "per", "%"):
        return "percent", m1.end() + (5 if body[m1.end(): m1.end() + 5] == " cent" else 0)
    if w1 in _UNIT_SKIP:
        return None, pos
    m2 = _NEXT_WORD_RE.match(body, m1.end())
    if m2 and (m1.group(1)[0].isupper() or w1.endswith(_ADJ_SUFFIXES)) and m2.group(1).lower() not in _UNIT_SKIP \
            and m2.group(1)[0].islower():
        return m2.group(1).lower(), m2.end()
    return w1, m1.end()


def regex_quantities(article: Article) -> list[Quantity]:
    """Fallback quantity finder: numbers with a following noun, vague amounts, ordinal durations."""
    body = article.body
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, value: float | None, unit: str | None, qual: str | None, vmax: float | None = None) -> None:
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        out.append(Quantity(
            id=f"{article.id}-rq{len(out)}", article=article.id, start=start, end=end,
            text=body[start:end], value=value, unit=unit, counts=unit, qualifier=qual, value_max=vmax,
        ))

    for m in _ORD_RE.finditer(body):
        add(m.start(), m.end(), float(ORDINALS[m.group("ord").lower()]), m.group("unit").lower(), "ordinal")
    for m in _VAGUE_RE.finditer(body):
        base = {"hundreds": 100.0, "thousands": 1000.0, "dozens": 12.0, "tens": 10.0}[m.group("qual").lower()]
        qual = f"{m.group('qual').lower()} of"
        if m.group("second"):
            base *= 1000
            qual = f"{m.group('qual').lower()} of thousands of"
        unit, end = _unit_after(body, m.end() - 1)
        add(m.start(), end if unit else m.end() - 1, base * 2, unit, qual, base * 10 - 1)
    for m in _QUANT_RE.finditer(body):
        value = _to_number(m.group("num"))
        if value is None or _NUMBER_LABELS.search(body[max(0, m.start() - 12): m.start()]):
            continue
        if m.group("scale"):
            value *= SCALES[m.group("scale").lower()]
        qual = (m.group("qual") or "").strip().lower() or None
        if m.group("cur"):
            add(m.start(), m.end(), value, {"$": "USD", "€": "EUR", "£": "GBP"}[m.group("cur")], qual)
            continue
        if 1900 <= value <= 2100 and not qual:
            continue  # a bare year is a date, not a quantity
        unit, end = _unit_after(body, m.end())
        if unit is None:
            continue
        add(m.start(), end, value, unit, qual)
    out.sort(key=lambda q: q.start)
    return out


DURATION_UNITS = frozenset(("year", "month", "week", "day", "hour", "minute", "second"))  # units of elapsed time, not counts
# lengths, in metres, by unit key (:func:`_unit_key` of the unit as written): "400 feet" and
# "nearly a mile" are compared in one measure
LENGTH_METRES = {"metre": 1.0, "meter": 1.0, "metr": 1.0, "m": 1.0, "kilometre": 1000.0, "kilometer": 1000.0,
                 "kilometr": 1000.0, "km": 1000.0, "centimetre": 0.01, "centimeter": 0.01, "cm": 0.01,
                 "mile": 1609.344, "foot": 0.3048, "feet": 0.3048, "ft": 0.3048, "yard": 0.9144, "yd": 0.9144,
                 "inch": 0.0254, "inche": 0.0254}
LENGTH = "metre"  # the unit every length is compared in
UNIT_CACHE_SIZE = 1 << 12  # distinct unit strings kept: a corpus has few


def unit_key(q: Quantity) -> str | None:
    """A comparable unit: what is counted, singular and stemmed ("drones" -> "drone")."""
    return _unit_key(q.unit or q.counts or "")


@lru_cache(maxsize=UNIT_CACHE_SIZE)
def _unit_key(raw: str) -> str | None:
    unit = raw.strip().lower()
    if not unit:
        return None
    head = unit.split()[-1] if unit.split() else unit
    key = stem(head)
    if key in ("years", "yr"):
        key = "year"
    return key


_PLURAL_RE = re.compile(r"[^siu']s$")  # a plural noun's ending ("votes"; not "class", "bus", "analysis")


def is_plural(noun: str) -> bool:
    """Whether a noun as written reads as a plural ("closures", "votes"; not "class", "bus")."""
    return _PLURAL_RE.search(noun) is not None
# "of its/the ..." and, in a part of a stated whole, its figure: "131 of the 214 filed claims"
_COUNTED_RE = re.compile(r"\s+(?P<of>of\s+(?:its|their|his|her|the|these|those)\s+(?:\d[\d,]*\s+)?)?"
                         r"((?:[A-Za-z][\w’'-]*\s+){0,4})")


def counted_noun(body: str, q: Quantity) -> str | None:
    """What an amount without a unit counts, where the extractor's reading stops short: after
    "of its/their ..." or behind names ("nearly 80,000 of its pressure cookers off the market"
    -> "cookers"; "45,000 Kestrel pressure cookers are" -> "cookers"): the last word of the
    noun run before a function word. A bare figure followed by a plain word is left alone
    (the extractor read it, and found no unit)."""
    m = _COUNTED_RE.match(body, q.end)
    if m is None:
        return None
    run: list[str] = []
    names = 0
    for w in m.group(2).split():
        if w[0].isupper() and not run:
            names += 1
            continue  # a name before the noun ("Kestrel pressure cookers")
        if w.lower() in STOPWORDS or w[0].isupper() or not w.replace("-", "").isalpha():  # "storm-damage" goes on
            break
        run.append(w.lower())
    if not (m.group("of") or names) or not run or len(run[-1]) < 3:
        return None
    if q.value is not None and q.value > 1:
        # a count above one names a plural noun: the run's last plural ends it ("11 of the
        # proxy votes cast for": "votes", not the participle "cast" after it)
        plural = [w for w in run if is_plural(w)]
        if plural:
            return plural[-1]
    return run[-1]


# a bare number read as someone's age: "aged 55", "the age of 70", "retire at 67", "work until
# 68", "until they are 68", "turns 40"; "aged 55 or over" is a threshold (who is covered), no age
_AGE_BEFORE_RE = re.compile(
    r"(?:\bage(?:d|s)?(?:\s+of)?|\bretire(?:s|d)?\s+at|\bturn(?:s|ed)?|"
    r"\buntil(?:\s+(?:they|he|she|you|we|i|it)\s+(?:are|is|am|turn|turns|reach|reaches))?)\s+$", re.I)
_AGE_SUBJECT_RE = re.compile(r"\bage\b[^,;.:()\"“”]{0,80}\b(?:to|at)\s+$", re.I)  # "The age at which ... would rise to 68"
_THRESHOLD_AFTER_RE = re.compile(  # "aged 55 or over" (a threshold); "until 22 May", "until 11pm" (a day, a time)
    r"\s*(?:or\s+(?:over|older|above|under|younger|more|less)|and\s+(?:over|above|under)|\+|[:.]\d|"
    r"(?:a\.?m|p\.?m|o'clock|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b)", re.I)
AGE_MIN, AGE_MAX = 14, 120  # "until 5" is a clock time; "until 68" a working life


def is_age(body: str, q: Quantity) -> bool:
    """Is a bare figure (no unit, no counted noun) someone's age (see ``_AGE_BEFORE_RE``)?"""
    if q.value is None or q.unit or q.counts or q.qualifier or not (AGE_MIN <= q.value <= AGE_MAX) \
            or q.value != int(q.value) or not q.text.strip().isdigit():
        return False
    before = body[max(0, q.start - 100): q.start]
    if not (_AGE_BEFORE_RE.search(before[-40:]) or _AGE_SUBJECT_RE.search(before)):
        return False
    return _THRESHOLD_AFTER_RE.match(body, q.end) is None


def quantities(article: Article, ann: Annotations | None) -> list[Quantity]:
    """The article's amounts (annotations, else the regex fallback); an amount the extractor
    gave no unit gets the noun it counts when the words after it say (:func:`counted_noun`)."""
    found = list(ann.quantities) if ann is not None and ann.quantities else regex_quantities(article)
    out = []
    for q in found:
        if q.value is not None and not (q.unit or q.counts) and (noun := counted_noun(article.body, q)):
            q = replace(q, counts=noun)
        elif is_age(article.body, q):
            q = replace(q, unit="age")  # compared with ages only, never a count
        out.append(q)
    return out


# --------------------------------------------------------------------------- dates

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
# AP-style abbreviations ("Oct. 2, 2025", "Sept. 14", "Jan 5", "Dec. 2025")
MONTH_ABBREVS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                 "oct": 10, "nov": 11, "dec": 12}
# A month in a pattern, full ("October"; any case under re.I) or abbreviated: an abbreviation is
# capitalised (lower-case "mar", "dec" are no months) and either carries its dot or has a number
# after it ("Jan 5", but not the name "Jan Novak"); the dot is part of the month. It ends no
# word, so no "\b" follows it (none holds after the dot).
MONTH_RE = (r"(?:" + "|".join(m.capitalize() for m in MONTHS) + r"|(?-i:"
            + "|".join(sorted((a.capitalize() for a in MONTH_ABBREVS), key=len, reverse=True))
            + r")(?:\.|(?=\s+\d)))(?!\w)")


def month_number(word: str) -> int | None:
    """1..12 for a month as :data:`MONTH_RE` reads it ("October", "Oct.", "Sept"); else None."""
    w = word.lower().rstrip(".")
    return MONTHS.get(w) or MONTH_ABBREVS.get(w)


# capitalised, but not actors (keys as :func:`names_in` makes them)
CALENDAR = {w.rstrip("y") for w in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", *MONTHS,
                                    *MONTH_ABBREVS)}
_DATE_RE = re.compile(r"\b(?:(?P<month>" + MONTH_RE + r")\s+(?:(?P<day>\d{1,2}),?\s+)?)?(?P<year>(?:19|20)\d\d)\b")
_ISO_RE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def regex_dates(article: Article) -> list[DateMention]:
    """Fallback: absolute dates only ("February 2022", "March 3, 2024", "2022", ISO)."""
    out: list[DateMention] = []
    for m in _DATE_RE.finditer(article.body):
        year = int(m.group("year"))
        month = month_number(m.group("month")) if m.group("month") else None
        day = int(m.group("day")) if m.group("day") else None
        value = f"{year:04d}" + (f"-{month:02d}" if month else "-01") + (f"-{day:02d}" if day else "-01")
        gran = "day" if day else ("month" if month else "year")
        out.append(DateMention(id=f"{article.id}-rd{len(out)}", article=article.id, start=m.start(),
                               end=m.end(), text=m.group(0), value=value, resolved_from="absolute", granularity=gran))
    for m in _ISO_RE.finditer(article.body):
        out.append(DateMention(id=f"{article.id}-rd{len(out)}", article=article.id, start=m.start(),
                               end=m.end(), text=m.group(0), value=m.group(0), resolved_from="absolute", granularity="day"))
    return out


def dates(article: Article, ann: Annotations | None) -> list[DateMention]:
    if ann is not None and ann.dates:
        return list(ann.dates)
    return regex_dates(article)


def parse_date(value: str | None) -> date | None:
    """The date part of an ISO date/datetime string; None when absent, unreadable or before
    :data:`EARLIEST_YEAR` (a placeholder such as 0001-01-01 stored by an older ingest)."""
    day = _parse_date(value)
    return day if day is not None and day.year >= EARLIEST_YEAR else None


EARLIEST_YEAR = 1900  # no news article is dated earlier: an older date is a placeholder, no anchor


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    m = re.match(r"(\d{4})-(\d{2})$", value)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), 1)
        except ValueError:
            return None
    m = re.match(r"(\d{4})$", value)
    return date(int(m.group(1)), 1, 1) if m and int(m.group(1)) > 0 else None


_DATE_LINE_RE = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:(?P<month>" + MONTH_RE
    + r")\s+(?P<day>\d{1,2}),?\s+(?P<year>(?:19|20)\d\d)|(?P<day2>\d{1,2})\s+(?P<month2>"
    + MONTH_RE + r")\s+(?P<year2>(?:19|20)\d\d))\s*$")
DATE_LINE_LINES = 3  # a date line stands alone among the first lines of the body, above the story
DATE_LINE_FIELDS = 4  # or is one field of a short masthead line ("Harbor Wire | Local | 9 April 2026")
_DATE_LABEL_RE = re.compile(r"^(?:Date|Published|Posted|Updated|Dated)\s*:\s*", re.I)  # "Date: 9 April 2026"
_FIELD_SEP_RE = re.compile(r"\s+[|·•]\s+")


def date_line(body: str) -> date | None:
    """The article's date when the body opens with a line holding only a date ("April 9, 2026",
    "Thursday, 9 April 2026", "Date: 9 April 2026"), or a short masthead line with a date field
    ("Harbor Wire | Local | 9 April 2026"), as pages and wire copy print it; else None."""
    for line in body.lstrip().splitlines()[:DATE_LINE_LINES]:
        line = _DATE_LABEL_RE.sub("", line.strip())
        fields = [f.strip() for f in _FIELD_SEP_RE.split(line)]
        if len(fields) > DATE_LINE_FIELDS:
            continue
        m = next((m for f in fields if (m := _DATE_LINE_RE.match(f))), None)
        if m:
            month = month_number(m.group("month") or m.group("month2"))
            try:
                return date(int(m.group("year") or m.group("year2")), month, int(m.group("day") or m.group("day2")))
            except ValueError:
                return None
    return None


# --------------------------------------------------------------------------- entities, quotes

_CAP_RE = re.compile(r"\b(?:[A-Z][a-z]+|[A-Z]\.(?:[A-Z]\.)+|[A-Z]{2,})(?:\s+(?:[A-Z]\.\s+)?(?:[A-Z][a-z]+|[A-Z]{2,}))*")
_CAP_SKIP = {"The", "A", "An", "In", "On", "But", "And", "He", "She", "It", "They", "We", "I", "This",
             "That", "These", "Those", "Still", "While", "Meanwhile", "Despite", "However", "After",
             "Later", "Speaking", "According", "If", "When", "Even", "Mr", "Mrs", "Ms", "Late", "Top"}


def regex_entities(article: Article) -> list[Entity]:
    """Fallback: capitalised word runs as OTHER entities, one per distinct surface form."""
    found: dict[str, Entity] = {}
    for m in _CAP_RE.finditer(article.body):
        text = m.group(0)
        first, _, rest = text.partition(" ")
        if first in _CAP_SKIP:
            if not rest:
                continue
            text = rest
        start = m.end() - len(text)
        ent = found.get(text)
        if ent is None:
            ent = found[text] = Entity(id=f"{article.id}-re{len(found)}", type="OTHER", name=text)
        ent.mentions.append(Mention(article.id, start, m.end(), text))
    return list(found.values())


def entities(article: Article, ann: Annotations | None) -> list[Entity]:
    if ann is not None and ann.entities:
        return list(ann.entities)
    return regex_entities(article)


_QUOTE_RE = re.compile(r"“([^”]{3,}?)”|\"([^\"]{3,}?)\"")
_SAID_AFTER_RE = re.compile(r"^[,.]?\s*(?P<who>(?:[A-Z][\w’'.-]*\s?){1,4}|he|she)\s+(?:said|told|added|stressed)", re.I)
_SAID_BEFORE_RE = re.compile(r"(?P<who>(?:[A-Z][\w’'.-]*\s?){1,4})\s+(?:said|told [\w ]+?|added|concluded)[:,]?\s*$")


def regex_quotes(article: Article) -> list[Quote]:
    """Fallback: text in double quotes, with a "X said" speaker right after or before it."""
    out: list[Quote] = []
    body = article.body
    for m in _QUOTE_RE.finditer(body):
        g = 1 if m.group(1) is not None else 2
        speaker = None
        after = _SAID_AFTER_RE.match(body[m.end(): m.end() + 60])
        before = _SAID_BEFORE_RE.search(body[max(0, m.start() - 60): m.start()])
        if after and after.group("who").lower() not in ("he", "she"):
            speaker = after.group("who").strip()
        elif before:
            speaker = before.group("who").strip()
        out.append(Quote(id=f"{article.id}-rqt{len(out)}", article=article.id, text=m.group(g),
                         start=m.start(g), end=m.end(g), speaker=speaker))
    return out


def quotes(article: Article, ann: Annotations | None) -> list[Quote]:
    if ann is not None and ann.quotes:
        return list(ann.quotes)
    return regex_quotes(article)
