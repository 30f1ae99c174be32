"""Quantities: numbers in digits or words, with qualifier, unit and the thing counted.

"more than five hours" -> 5, unit "hour", counts "hours", qualifier "more than";
"235 Ukrainian drones" -> 235, counts "drones" (adjectives before the head noun skipped);
"$1.2 billion" -> 1.2e9 USD; "€210 billion" -> 2.1e11 EUR; "20 percent" -> 20 percent;
"hundreds of thousands" -> 100000..999999 (``value_max``); "third year" -> 3, unit "year",
qualifier "ordinal" (so "entering its third year" can be compared with "nearly four years");
"voted 5-2" -> 5, unit "votes" (a tally: the votes for).

Not quantities: spans inside date mentions (``avoid``), bare years, times of day ("9:40"),
and numbers that are names ("Article 5", "G7", "COVID-19").
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Quantity
from ..patterns import folded, folded_finditer, starting_with, trie_alternation

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12, "half a": 0.5,
}
SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3}
# Vague plurals: (value, value_max).
VAGUE = {
    "dozens": (24, 99), "scores": (40, 99), "hundreds": (100, 999), "thousands": (1e3, 9999),
    "tens of thousands": (1e4, 99999), "hundreds of thousands": (1e5, 999999),
    "millions": (1e6, 9.99e6), "tens of millions": (1e7, 9.99e7),
    "hundreds of millions": (1e8, 9.99e8), "billions": (1e9, 9.99e9),
}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
            "twentieth": 20}
CURRENCIES = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₴": "UAH", "₽": "RUB"}
CURRENCY_WORDS = {"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR",
                  "pounds": "GBP", "rubles": "RUB", "roubles": "RUB", "hryvnias": "UAH",
                  "yuan": "CNY", "yen": "JPY"}
TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
QUALIFIERS = [
    "more than", "less than", "fewer than", "nearly", "almost", "about", "around",
    "approximately", "roughly", "at least", "at most", "over", "under", "some", "up to",
    "as many as", "as much as", "as few as", "just over", "just under", "close to",
    "an estimated", "well over", "upwards of", "no more than", "no fewer than", "only", "just",
    "exactly", "below", "above",
]
# Words before a number that make it a name or label, not an amount.
LABEL_WORDS = {"article", "section", "chapter", "no", "no.", "number", "route", "resolution",
               "page", "room", "level", "grade", "phase", "point", "category", "covid", "g",
               "flight", "channel", "apollo", "boeing", "airbus", "su", "mig", "f"}
# Words that end the noun phrase after a number (the counted noun comes before them).
NP_STOP = {"of", "in", "on", "at", "to", "for", "from", "and", "or", "that", "which", "who",
           "were", "was", "are", "is", "had", "have", "has", "with", "by", "as", "than", "after",
           "before", "since", "ago", "into", "over", "per", "a", "an", "the", "while", "when",
           "would", "will", "could", "be", "been", "this", "its", "their", "his", "her"}
# Verbs whose particle "over"/"under" may stand before an amount ("hand over 15 per cent",
# "took over 40 shops"): there the word is part of the verb, not a qualifier of the amount.
PARTICLE_VERBS = re.compile(
    r"\b(?:hand|turn|sign|pass|fork|carry|roll|knuckle|buckle|go)(?:s|ed|ing|ded|ned|ning|ried|ies)?\s*$"
    r"|\b(?:took|take|takes|taking|taken|gave|give|gives|handed|signed|turned)\s*$", re.I)
# How many words after the number may precede the counted noun ("235 Ukrainian attack drones").
COUNTS_MAX_WORDS = 3

_WORDNUM_PLAIN = "|".join(sorted((re.escape(w) for w in UNITS_WORDS), key=len, reverse=True))
_QUAL_PLAIN = "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True))
# the same alternations as tries (one space as in the plain list): the same matches, the engine
# tests a character per position instead of each word (NUMBER_RE ~15 % faster)
_WORDNUM = trie_alternation(tuple(UNITS_WORDS), space=" ") or _WORDNUM_PLAIN
_QUAL = trie_alternation(tuple(QUALIFIERS), space=" ") or _QUAL_PLAIN
_SCALE = r"(?:hundred|thousand|million|billion|trillion|bn|mn)"
_VAGUE_WORDS = ("tens", "hundreds", "dozens", "scores", "thousands", "millions", "billions")
# the letters a match can start with (the first word of a qualifier, number word, vague
# amount or ordinal; "US$"), digits and currency signs: starting_with() them changes no match
# and lets the engine skip every other character without trying the pattern there
_FIRST = "".join(sorted({w[0] for w in (*QUALIFIERS, *UNITS_WORDS, *ORDINALS, *_VAGUE_WORDS, "us")}))
NUMBER_RE = re.compile(
    starting_with(_FIRST + r"\d$€£¥₴₽") +
    # where a kept match can start: a word start, a digit or a currency sign (a match inside a
    # word is dropped in find_quantities); testing it first spares the engine trying every
    # branch at every character: 2x faster, same quantities on 1,124 PolNeAR + WCXB texts
    # (written in lower case, the same matches under re.I: it has a patterns.folded_twin)
    r"(?=\b[a-z]|[\du$€£¥₴₽])"
    rf"(?:\b(?P<qual>{_QUAL})\s+)?"
    rf"(?:(?P<cur>us\$|[$€£¥₴₽])\s?)?"
    rf"(?:(?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"|(?P<vague>(?:tens|hundreds) of (?:thousands|millions)|dozens|scores|hundreds|thousands|millions|billions)"
    rf"|\b(?P<words>(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:{_WORDNUM}))\b"
    rf"|\b(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|\d+(?:st|nd|rd|th))\b)"
    rf"(?!\d)"
    rf"(?:[\s-](?P<scale>{_SCALE})\b)?"
    rf"(?P<pct>\s?%|\s(?:percent|per cent)\b)?",
    re.I,
)
WORD_RE = re.compile(r"[A-Za-z][\w’'-]*")


def _word_value(words: str) -> float:
    words = words.lower()
    if "-" in words:
        tens, ones = words.split("-", 1)
        return UNITS_WORDS.get(tens, 0) + UNITS_WORDS.get(ones, 0)
    return float(UNITS_WORDS[words])


def _singular(noun: str) -> str:
    n = noun.lower()
    if n.endswith("ies") and len(n) > 4:
        return n[:-3] + "y"
    if n.endswith("s") and not n.endswith("ss"):
        return n[:-1]
    return n


IRREGULAR_PLURALS = {"people", "children", "men", "women", "personnel", "police", "staff",
                     "aircraft", "sheep", "fish", "feet", "teeth", "mice", "geese", "data",
                     "deer", "cattle", "livestock", "poultry", "swine", "moose", "elk", "bison",
                     "reindeer", "salmon", "trout", "cod", "spacecraft", "offspring"}


def _is_head(word: str) -> bool:
    """A counted noun: a lowercase plural, a time unit or a currency word."""
    w = word.lower()
    return word[0].islower() and (
        _singular(w) in TIME_UNITS or w in CURRENCY_WORDS or w in IRREGULAR_PLURALS
        or (w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3)
    )


def _counted(text: str, pos: int, vague: bool = False) -> tuple[str | None, int]:
    """The head noun counted after ``pos`` (adjectives skipped) and where it ends."""
    last = pos
    skipped_of = joined_adjectives = False
    for k, m in enumerate(WORD_RE.finditer(text, pos, pos + 80)):
        gap = text[last: m.start()]
        if (k >= COUNTS_MAX_WORDS + skipped_of + joined_adjectives or re.search(r"[,.;:!?()“”\"]", gap)
                or (joined_adjectives and re.search(r"\d", gap))):  # "12 new and 4 old buses": a second figure
            break
        w = m.group()
        if vague and w == "of" and not skipped_of:
            skipped_of, last = True, m.end()  # "hundreds of people"
            continue
        if w in ("and", "or") and k > 0 and not joined_adjectives:
            joined_adjectives, last = True, m.end()  # "900 elderly and disabled clients": adjectives joined
            continue
        if w.lower() in NP_STOP:
            break
        if _is_head(w):
            return w, m.end()
        last = m.end()
    return None, pos


_JOINED_RE = re.compile(r"-([a-z]{3,})(?:-([a-z]+))?\b")
# words joined to a figure that are no counted noun: "one-off", "two-thirds", "three-sided",
# "500-strong" (a size, said of a crowd), "2-1" scores and "10-fold" factors
NOT_JOINED_NOUNS = frozenset(("off", "thirds", "quarters", "fifths", "tenths", "sided", "time", "times", "way", "strong",
                              "odd", "plus", "fold", "something", "point", "nil", "all", "page", "run", "up", "out"))
AGE_UNIT = "age"  # a figure read as someone's age ("a 34-year-old man")
MAX_AGE = 110  # a figure between commas after a name is an age only up to this ("Arthur Bell, 84,")
# a given name and a surname just before ", 19," ("Tamsin Rook, ", "Mary O'Neil, "; not "In Paris, ")
_NAME_BEFORE_RE = re.compile(r"\b(?!(?:In|At|On|By|To|For|From|The|And|But|Of|Near|Outside|Inside)\s)"
                             r"[A-Z][\w'’-]*[a-z]\s+[A-Z][\w'’-]*[a-z],\s+$")
_STRONG_GROUP_RE = re.compile(r"\s+([a-z]{3,})\b")  # the noun after "500-strong"


def _joined(text: str, article_id: str, m: re.Match, joined: re.Match, n: int) -> Quantity | None:
    """The amount of a figure joined to a noun by a hyphen (see ``_JOINED_RE``), or None."""
    noun, tail = joined.group(1).lower(), (joined.group(2) or "").lower()
    if m.group("digits"):
        value = float(m.group("digits").replace(",", ""))
    else:
        value = _word_value(m.group("words"))
    if m.group("scale"):
        value *= SCALES[m.group("scale").lower()]
    start, qual = m.start(), m.group("qual")
    if noun in ("year", "month", "week") and tail == "old":
        return Quantity(f"{article_id}:n{n}", article_id, start, joined.end(), text[start:joined.end()], value,
                        AGE_UNIT if noun == "year" else noun, None, qual.lower() if qual else None)
    if noun == "strong" and not tail and (group := _STRONG_GROUP_RE.match(text, joined.end())) is not None \
            and group.group(1).lower() not in NP_STOP:
        # "the 178-strong workforce", "a 500-strong crowd": a group of that many, counted by its noun
        unit = group.group(1).lower()
        return Quantity(f"{article_id}:n{n}", article_id, start, group.end(), text[start:group.end()], value,
                        unit, unit, qual.lower() if qual else None)
    if tail or noun in NOT_JOINED_NOUNS or (len(noun) > 4 and noun.endswith(("ed", "ing", "ly"))):  # "-based", "-long"
        return None
    unit = CURRENCIES.get(m.group("cur") or "") or noun
    return Quantity(f"{article_id}:n{n}", article_id, start, joined.end(), text[start:joined.end()], value,
                    unit, None if unit != noun else noun, qual.lower() if qual else None)


# a length counted by an article: "a mile of track", "nearly half a kilometre", "an inch"
_A_LENGTH_RE = re.compile(
    r"\b(?:(?P<qual>" + "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True)) + r")\s+)?"
    r"(?P<a>a|an|half\s+a|a\s+half)\s+(?P<unit>mile|kilometre|kilometer|metre|meter|foot|yard|inch)\b", re.I)


# every match of _A_LENGTH_RE ends on one of these (in patterns.folded form): a text without any has none
_A_LENGTH_UNITS = ("mile", "kilomet", "metre", "meter", "foot", "yard", "inch")


def _a_lengths(text: str, lowered: str, article_id: str, taken: list[Quantity]) -> list[Quantity]:
    """Lengths of one or half a unit written without a figure ("nearly a mile of track");
    ``lowered`` is ``folded(text)``."""
    out = []
    for m in folded_finditer(_A_LENGTH_RE, text, lowered):
        if any(q.start < m.end() and m.start() < q.end for q in taken):
            continue
        qual = m.group("qual").lower() if m.group("qual") else None
        value = 0.5 if "half" in m.group("a").lower() else 1.0
        out.append(Quantity(f"{article_id}:n{len(taken) + len(out) + 1}", article_id, m.start(), m.end(), m.group(0),
                            value, m.group("unit").lower(), m.group("unit").lower(), qual))
    return out


# a vote's tally ("voted 5-2", "a 7-0 vote", "backed it 5 to 2"): a voting word within a few
# words on either side tells it from a score or a range
TALLY_RE = re.compile(r"(?<![\w.,-])(\d{1,3})(?:[-–]|\s+to\s+)(\d{1,3})(?![\w-]|[.,]\d|\s*%|\s+(?:per|percent))")
_VOTING_STEMS = ("vot", "ballot", "backed", "approved", "passed", "adopted", "rejected", "endorsed", "majority")
_VOTING_RE = re.compile(r"\b(?:vot\w*|ballot\w*|backed|approved|passed|adopted|rejected|endorsed|majority)\b", re.I)
TALLY_CONTEXT_CHARS = 60  # "voted 5-2 on first reading", "approved the sale of the boathouse 5-2": the voting word is near


def _tallies(text: str, article_id: str) -> list[Quantity]:
    """Vote tallies: value = the votes for, unit "votes"; "5-2" and "5 to 2" alike (for more
    votes than against: a tally is written larger number first)."""
    out = []
    for m in TALLY_RE.finditer(text):
        yes, no = int(m.group(1)), int(m.group(2))
        if yes < no or not _VOTING_RE.search(text, max(0, m.start() - TALLY_CONTEXT_CHARS), m.end() + TALLY_CONTEXT_CHARS):
            continue
        out.append(Quantity("", article_id, m.start(), m.end(), m.group(0), float(yes), "votes", "votes for", None, None))
    return out


# a scale written onto a sum ("£4.1m", "$2bn", "€300k"): only after a currency sign ("a 5m wall" is metres)
_ATTACHED_SCALE_RE = re.compile(r"(bn|mn|m|k)\b")
_ATTACHED_UNIT_RE = re.compile(r"(km|kg|cm|mm|mph|ft)\b")  # "6km", "70mph" ("10m" may be metres or millions: left alone)


def find_quantities(text: str, article_id: str, avoid=()) -> list[Quantity]:
    """All quantities of ``text`` outside the ``avoid`` spans (date mentions), in order."""
    out: list[Quantity] = []
    lowered = folded(text)
    tallies = _tallies(text, article_id) if any(w in lowered for w in _VOTING_STEMS) else []
    avoid = (*avoid, *((q.start, q.end) for q in tallies))
    for m in folded_finditer(NUMBER_RE, text, lowered):
        start, end = m.span()
        if m.group("qual") is not None and not any(m.group(g) for g in ("digits", "vague", "words", "ord")):
            continue
        if any(s < end and start < e for s, e in avoid):
            continue
        before = text[max(0, start - 12): start]
        after = text[end: end + 3]
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-:/") and not m.group("qual"):
            continue  # part of a word or label ("G7", "COVID-19", "9:40")
        joined = _JOINED_RE.match(text, end) if (m.group("digits") or m.group("words")) and not m.group("pct") else None
        plus = joined is not None and joined.group(0).lower() == "-plus" and not m.group("qual")
        if plus:  # "1,400-plus clients": more than 1,400 clients
            end, joined = joined.end(), None
            after = text[end: end + 3]
        if joined is not None:
            # a figure joined to a noun ("an 84-turbine wind farm", "a 12-week consultation",
            # "a 34-year-old man"): that many of the noun; an age; a dimension ("1.5-kilometre-wide") is none
            found = _joined(text, article_id, m, joined, len(out) + 1)
            if found is not None:
                out.append(found)
            continue
        attached = _ATTACHED_SCALE_RE.match(text, end) if m.group("cur") and m.group("digits") and not m.group("scale") else None
        if attached is not None:
            after = text[attached.end(): attached.end() + 3]  # "£4.1m", "$2bn": a sum in millions, billions
        measure = _ATTACHED_UNIT_RE.match(text, end) if m.group("digits") and not m.group("cur") and not m.group("scale") \
            and not m.group("pct") else None
        if measure is not None:  # "6km", "5kg", "70mph": a measure written onto its figure
            n = len(out) + 1
            out.append(Quantity(f"{article_id}:n{n}", article_id, start, measure.end(), text[start:measure.end()],
                                float(m.group("digits").replace(",", "")), measure.group(1).lower(), None,
                                m.group("qual").lower() if m.group("qual") else None))
            continue
        if re.match(r"[:/]\d|[a-zA-Z]{2}|-[a-zA-Z]", after) and (m.group("digits") or m.group("words")):
            continue
        prev_word = re.search(r"([A-Za-z.]+)\s*$", before)
        if prev_word and prev_word.group(1).lower() in LABEL_WORDS and m.group("digits"):
            continue
        digits, words, vague, ordinal = m.group("digits"), m.group("words"), m.group("vague"), m.group("ord")
        qualifier = m.group("qual").lower() if m.group("qual") else "more than" if plus else None
        if qualifier in ("over", "under") and PARTICLE_VERBS.search(text[max(0, start - 20): start]):
            # "hand over 15 per cent": the verb's particle, not "more than"; the amount starts after it
            start = m.start("cur") if m.group("cur") else m.start(next(g for g in ("digits", "vague", "words", "ord") if m.group(g)))
            qualifier = None
        value_max = None
        if digits:
            value = float(digits.replace(",", ""))
            if not m.group("cur") and not m.group("scale") and not m.group("pct") and "." not in digits \
                    and "," not in digits and 1900 <= value <= 2100 and len(digits) == 4:
                continue  # a year
        elif words:
            value = _word_value(words)
        elif vague:
            value, value_max = VAGUE[vague.lower()]
        else:
            value = float(ORDINALS.get(ordinal.lower(), 0) or int(re.match(r"\d+", ordinal).group()))
        scale = m.group("scale") or (attached.group(1) if attached is not None else None)
        if scale:
            value *= SCALES[scale.lower()]
        if attached is not None:
            end = attached.end()
        unit = CURRENCIES.get(m.group("cur") or "")
        if m.group("pct"):
            unit = "percent"
        if digits and unit is None and not qualifier and digits.isdigit() and 1 <= value <= MAX_AGE \
                and text[end:end + 1] == "," and _NAME_BEFORE_RE.search(text, max(0, start - 40), start):
            # "Tamsin Rook, 19, won ...": the age of the person just named
            n = len(out) + 1
            out.append(Quantity(f"{article_id}:n{n}", article_id, start, end, text[start:end], value, AGE_UNIT, None, None))
            continue
        counts, cend = _counted(text, end, vague=bool(vague))
        if ordinal:
            if counts is None or _singular(counts) not in TIME_UNITS:
                continue  # "first time", "second round": not an amount
            unit, qualifier = _singular(counts), "ordinal"
        elif unit is None and counts is not None:
            if counts.lower() in CURRENCY_WORDS:
                unit = CURRENCY_WORDS[counts.lower()]
            else:
                unit = _singular(counts) if _singular(counts) in TIME_UNITS else counts.lower()
        if unit is None and counts is None and words and not scale:
            continue  # a bare number word ("one of them") is not a quantity
        if counts is not None and unit is not None and unit in ("USD", "EUR", "GBP", "percent") \
                and counts.lower() in CURRENCY_WORDS:
            counts = None
        span_end = max(end, cend) if counts else end
        span_end = end if unit in ("percent",) or m.group("cur") else span_end
        if text[start:span_end].rstrip() != text[start:span_end]:
            span_end = start + len(text[start:span_end].rstrip())
        n = len(out) + 1
        out.append(Quantity(f"{article_id}:n{n}", article_id, start, span_end, text[start:span_end],
                            value, unit, counts.lower() if counts else None, qualifier, value_max))
    extra = tallies + (_a_lengths(text, lowered, article_id, out) if "a" in text and any(u in lowered for u in _A_LENGTH_UNITS) else [])
    if extra:
        out = [replace(q, id=f"{article_id}:n{k}") for k, q in enumerate(sorted(out + extra, key=lambda q: q.start), 1)]
    return out
