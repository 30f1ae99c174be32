"""Text helpers and a light fallback for missing annotations.

The compare stages read what :mod:`newsdesk.extract` put into :class:`Annotations`.
When a field is empty (an article that was never extracted, or an extractor that does
not fill that field yet) the functions here derive a rough version from the body with
regular expressions, so every compare stage degrades gracefully instead of failing.
Everything is pure: article and annotations in, plain values out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from newsdesk.model import Annotations, Article, DateMention, Entity, Mention, Quantity, Quote

STOPWORDS = frozenset(ENGLISH_STOP_WORDS) | {"said", "says", "mr", "mrs", "ms", "told", "according"}

_BOUNDARY_RE = re.compile(r"[.!?]+[”\"’']*(?=\s+[“\"‘'(A-Z0-9])|\n+")
_ABBREV_RE = re.compile(r"(?:\b[A-Z]|\b(?:[A-Z]\.)+[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Prof|No|Vol|Inc|Corp|Co|Ltd|vs|etc|Jan|Feb|Aug|Sept|Oct|Nov|Dec))$")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d[\d,.]*")
_SPACE_RE = re.compile(r"\s+")


@dataclass(slots=True, frozen=True)
class Sentence:
    """One sentence of one article: its span in the body and its text."""

    article: str
    index: int
    start: int
    end: int
    text: str


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
    out = []
    for tok in _WORD_RE.findall(text.replace("’", "'")):
        tok = tok.lower().strip("'-.,")
        if tok.endswith("'s"):
            tok = tok[:-2]
        if tok:
            out.append(tok)
    return tuple(out)


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
        return [stem(w) for w in words(text) if w not in STOPWORDS and len(w) > 1]
    return list(_content_words(text))


@lru_cache(maxsize=TEXT_CACHE_SIZE)
def _content_words(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in words(text) if w not in STOPWORDS and len(w) > 1)


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


def quantities(article: Article, ann: Annotations | None) -> list[Quantity]:
    if ann is not None and ann.quantities:
        return list(ann.quantities)
    return regex_quantities(article)


# --------------------------------------------------------------------------- dates

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
_DATE_RE = re.compile(
    r"\b(?:(?P<month>" + "|".join(m.capitalize() for m in MONTHS) + r")\s+(?:(?P<day>\d{1,2}),?\s+)?)?(?P<year>(?:19|20)\d\d)\b"
)
_ISO_RE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def regex_dates(article: Article) -> list[DateMention]:
    """Fallback: absolute dates only ("February 2022", "March 3, 2024", "2022", ISO)."""
    out: list[DateMention] = []
    for m in _DATE_RE.finditer(article.body):
        year = int(m.group("year"))
        month = MONTHS[m.group("month").lower()] if m.group("month") else None
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
    """The date part of an ISO date/datetime string; None when absent or unreadable."""
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
        return date(int(m.group(1)), int(m.group(2)), 1)
    m = re.match(r"(\d{4})$", value)
    return date(int(m.group(1)), 1, 1) if m else None


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
