"""Places and nationalities that no gazetteer lists, told from morphology and context.

A capitalised word the gazetteer does not know is a place (GPE) when the article itself says
so, in one of these ways (strongest first):

1. it has a nationality twin in the same text: "Saldovia" + "Saldovian(s)", "Iran" +
   "Iranian", "Kenya" + "Kenyan", "Italy" + "Italian" — the twin becomes a NORP entity;
2. it ends like a country ("-ia", "-land", "-stan") and stands where places stand: "in/to/
   from/between X", "X's prime minister", "the X government";
3. a place noun names it: "the city/port/town of X", "the capital, X", "X, the capital";
   a dateline "X —" (upper case) opens a paragraph;
4. (weak) it follows a locative preposition ("in X", "near X", "outside X").

Evidence 1–3 is *strong*: such a word is never taken for a person even when it is the
subject of "said" ("Corvania said"). Weak evidence (4) counts only when nothing marks the
word as a person. A word is never a place when a given name, an initial or a personal title
stands before it somewhere in the text ("Merrick B. Garland", "Mr. Jefferson").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..patterns import starting_with
from .gazetteer import PERSON_TITLES, gazetteer, given_names

# Shortest capitalised word considered (shorter ones are mostly initials and acronyms).
MIN_LEN = 4
# starting_with(...) first: the possible first characters of a match (no match changes; the
# engine skips other positions instead of trying the pattern at each)
_CAP = starting_with("A-Z")
CAP_WORD_RE = re.compile(_CAP + r"(?<![\w’'.-])[A-Z][a-zà-ÿ]{3,}(?![\w-])")
COUNTRY_ENDING = re.compile(r"(?:ia|land|stan)$")
# Nouns with a country-like ending ("Islamophobia", "Wikipedia", "Homeland").
NOT_COUNTRY_ENDING = re.compile(r"(?:phobia|philia|mania|pedia|media|militia|homeland)$", re.I)
# How a nationality adjective is formed from a place name. Each form is narrow on purpose:
# a looser one would pair a surname with a word ("Park" + "Parker").
NORP_FORMS = (
    lambda c: c + "n" if c.endswith("a") else None,  # Saldovia -> Saldovian, Kenya -> Kenyan
    lambda c: c + "ian" if c.endswith(("n", "r", "l")) else None,  # Iran -> Iranian
    lambda c: c[:-1] + "ian" if c.endswith("y") else None,  # Italy -> Italian
    lambda c: c[:-1] + "an" if c.endswith("o") else None,  # Mexico -> Mexican
    lambda c: c + "ese" if c.endswith(("n", "l")) else None,  # Taiwan -> Taiwanese
    lambda c: c + "i" if c.endswith("stan") else None,  # Pakistan -> Pakistani
    lambda c: c + "er" if c.endswith("land") else None,  # Iceland -> Icelander
)
# Words after which a capitalised word is a person's name, not a nationality adjective.
SPEECH_AFTER_RE = re.compile(r"\s+(?:said|says|told|added|wrote|asked|who)\b")
_W = r"([A-Z][a-zà-ÿ]{3,})"
LOCATIVE = r"(?:in|to|from|into|across|against|near|outside|inside|throughout|via|toward|towards)"
# Contexts that make a country-like word ("-ia", "-land", "-stan") a place.
COUNTRY_CONTEXT_RES = (
    re.compile(starting_with("itfanovb") + rf"\b(?:{LOCATIVE}|between)\s+{_W}\b"),
    re.compile(_CAP + rf"\b{_W}(?:’s|')s?\s+(?:[a-z]+\s+)?(?:government|minister|president|leader|army|"
               r"military|forces|capital|border|delegation|parliament|economy|territory|troops|"
               r"people|officials|defence|defense|foreign|prime|envoy|ambassador|air|navy|"
               r"ministry|negotiators?)\b"),
    re.compile(starting_with("t") + rf"\bthe\s+{_W}\s+(?:government|army|military|border|capital|delegation)\b"),
)
# Contexts that make any capitalised word a place.
PLACE_NOUN_RES = (
    re.compile(starting_with("ctvprdih") + rf"\b(?:city|town|village|port|capital|region|province|district|island|harbour|"
               rf"harbor)\s+of\s+{_W}\b(?!\s+[A-Z])"),
    re.compile(starting_with("c") + rf"\bcapital,\s+{_W}\b(?!\s+[A-Z])"),
    re.compile(_CAP + rf"\b{_W},\s+(?:the|a)\s+(?:\w+\s+){{0,2}}(?:capital|city|town|port|village)\b"),
)
_PLACE_NOUN_RES_NO_CAPITAL = (PLACE_NOUN_RES[0], PLACE_NOUN_RES[2])  # for a text without "capital,"
WEAK_RE = re.compile(starting_with("ino") + rf"\b(?:in|near|outside)\s+{_W}\b(?!\s+[A-Z]|’s|'s)")
DATELINE_RE = re.compile(r"(?m)^([A-Z]{4,})(?:,\s*[A-Z][\w ]+)?\s+[—–-]\s")
# Capitalised words that follow "in" and are never places.
NOT_PLACES = frozenset(
    """January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today This That These Those
    There Then They Their Fact General Addition Order Response Total Spring Summer Autumn Fall
    Winter Part Some Many Most Time Court Congress Parliament Government Christ God Exclusive
    Update Breaking Watch Analysis Opinion Editorial Live Support Business Article Chief North
    South East West Central Northern Southern Eastern Western States Club Media""".split()
)


@dataclass(slots=True)
class PlaceFinds:
    """Names judged to be places (``strong`` / ``weak``) and nationality words."""

    strong: set[str] = field(default_factory=set)
    weak: set[str] = field(default_factory=set)
    norp: dict[str, str] = field(default_factory=dict)  # surface -> canonical adjective
    adjective: dict[str, str] = field(default_factory=dict)  # place -> its adjective


_TITLES = frozenset(t.split()[-1] for t in PERSON_TITLES)


INITIAL_RE = re.compile(r"[A-Z]\.")  # (two characters: the length test before it is exact)
_TRAILING_RE = re.compile(r"(?:’s|'s|[’',.;:!?)])+$")


def _person_marked(text: str) -> set[str]:
    """Words with a given name or personal title right before them somewhere ("Jill Garland")."""
    given = given_names()
    out = set()
    words = text.split()
    for prev, cur in zip(words, words[1:]):
        if prev in given or prev in _TITLES or (len(prev) == 2 and INITIAL_RE.fullmatch(prev)):
            out.add(_TRAILING_RE.sub("", cur))
    return out


def _hits(patterns, text: str) -> set[str]:
    return {m.group(1) for rx in patterns for m in rx.finditer(text)}


def find_places(text: str) -> PlaceFinds:
    """Place and nationality names of ``text`` judged from the text alone (see module doc)."""
    gaz = gazetteer()
    given = given_names()
    words = {w for w in CAP_WORD_RE.findall(text) if w not in gaz and w not in NOT_PLACES}
    out = PlaceFinds()
    if not words:
        return out
    marked = _person_marked(text)
    # 1. nationality twins
    for c in words:
        for form in NORP_FORMS:
            adj = form(c)
            if adj and adj != c and (adj in words or adj + "s" in words):
                if c in given or c in marked or adj in given or adj in marked \
                        or re.search(rf"\b{adj}{SPEECH_AFTER_RE.pattern}", text):
                    break  # "Jefferson"/"Jeffersonian" aside, a person's name is no place
                out.strong.add(c)
                out.norp[adj] = adj
                out.adjective[c] = adj
                if adj + "s" in words:
                    out.norp[adj + "s"] = adj
                break
    # 2. country-like ending in a place context; 3. a place noun names it; 4. weak context
    candidates = [c for c in words - out.strong - set(out.norp) if c not in given]
    country_like = {c for c in candidates if COUNTRY_ENDING.search(c) and not NOT_COUNTRY_ENDING.search(c)}
    # the country contexts are read only for a country-like word (two texts in three have none)
    country_ctx = _hits(COUNTRY_CONTEXT_RES, text) if country_like else set()
    # "capital, X" needs the literal "capital," (the pattern is skipped without it)
    noun_ctx = _hits(PLACE_NOUN_RES if "capital," in text else _PLACE_NOUN_RES_NO_CAPITAL, text)
    weak_ctx = _hits((WEAK_RE,), text)
    for c in candidates:
        if (c in country_like and c in country_ctx) or c in noun_ctx:
            if c not in marked:
                out.strong.add(c)
        elif c in weak_ctx:
            out.weak.add(c)
    for m in DATELINE_RE.finditer(text):
        name = m.group(1).title()
        if name not in gaz and name not in NOT_PLACES and name not in given:
            out.strong.add(name)
    return out


def place_mentions(text: str, finds: PlaceFinds, names: set[str], taken) -> list[tuple[int, int, str, str, str]]:
    """(start, end, surface, label, canonical) for every occurrence of the accepted ``names``
    (GPE, also in upper case: "LINDHAVEN") and of the nationality words (NORP)."""
    out = []
    table = {n: ("GPE", n) for n in names}
    table.update({n.upper(): ("GPE", n) for n in names})
    table.update({w: ("NORP", canon) for w, canon in finds.norp.items()})
    if not table:
        return out
    for s, e, surface in whole_word_hits(text, table):
        if any(a < e and s < b for a, b in taken):
            continue
        label, canon = table[surface]
        out.append((s, e, surface, label, canon))
    return out


def word_or_hyphen(ch: str) -> bool:
    r"""Does ``ch`` match ``[\w-]`` (``\w`` is what ``str.isalnum`` accepts, and "_")?"""
    return ch.isalnum() or ch == "_" or ch == "-"


def whole_word_hits(text: str, words) -> list[tuple[int, int, str]]:
    r"""What ``re.finditer(r"(?<![\w-])(w1|w2|…)(?![\w-])", text)`` finds with the (non-empty)
    ``words`` longest first, as (start, end, word), without compiling that pattern (a new one
    per article: compiling cost more than the search). At each start the longest word with
    word edges on both sides; matches left to right, none overlapping the previous one."""
    longest: dict[int, str] = {}
    n = len(text)
    for w in words:
        at = text.find(w)
        while at >= 0:
            end = at + len(w)
            if (at == 0 or not word_or_hyphen(text[at - 1])) and (end == n or not word_or_hyphen(text[end])) \
                    and len(w) > len(longest.get(at, "")):
                longest[at] = w
            at = text.find(w, at + 1)
    out = []
    pos = 0
    for start in sorted(longest):
        if start >= pos:
            w = longest[start]
            pos = start + len(w)
            out.append((start, pos, w))
    return out
