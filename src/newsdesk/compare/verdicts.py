"""Verdicts: what several reports of one fact say together — the same, rounding, or a conflict.

Every report is read as the interval of true values it allows; reports agree when their
intervals meet and conflict when they do not.

1. **Amounts** (:func:`interval`, :func:`compare`). "138 drones" is [138, 138]. A bare round
   figure is rounded at its last significant digit ("3,200" is [3,150, 3,250]), never by more
   than ``ROUND_MAX_SPREAD``, and only from the hundreds up (small counts are exact).
   "some/about/around/roughly N" is N ± 10 %; "more than/over N" (N, 1.5N]; "at least N"
   [N, 1.5N]; "nearly/almost N" [0.9N, N); "fewer than/under N" [N/1.5, N); "up to N" [0, N];
   "dozens" [24, 100), "hundreds" [100, 1,000), "thousands" [1,000, 10,000) and so on; an
   ordinal duration ("third year") [n-1, n). Only amounts that count the same thing are
   compared (:func:`same_unit`: "people" counts residents, students, workers ...).
2. **Time** (:func:`time_facts`): when an event began, as each article says it — a weekday or
   a date ("broke out late Monday night", "since January", "the March 2023 invasion") or an
   elapsed time ("now in its second week", "fourth day", "nearly three years ago", "ten days
   after the fire began"). Each claim becomes an interval of start dates at the article's
   reference date (:meth:`StoryContext.ref_dates`: its own date or date line, the date of the
   article it copies, else the story's dates with slack). Claims are about one event when
   the words that name it meet (:func:`_event_groups`; never two claims of one sentence);
   claims of one event whose intervals do not meet conflict. Time is read in every unit (hours
   to decades, "a fortnight"), and dates are also named from the article's own ("yesterday",
   "last week", "earlier this month": :func:`_relative_span`). A date, weekday or "N ago" of
   any verb told in the past ("two months ago the boat left port", "died on Saturday
   morning"; not a plan, a state, a range or a quotation: :func:`_told_as_past`) is a claim
   too, but a date of any verb is checked only against an "N ago" or a relative date, or a
   date of an aligned clause (a rewrite that moved the day) or of the same act (the same verb
   in the past and the thing it was done to: "issued the order Thursday" / "the order issued
   on May 7", :func:`_same_act`); a relative date joins an event
   only through an aligned clause. "Have been without power for more than a week" is an
   elapsed time.
3. **Sides** (:func:`sides`): a conflict's reports grouped into sets of mutually compatible
   values — a value all of a side's intervals contain, chosen to cover the most independent
   sources first — outlier first; :func:`sides_text` writes them as "The Ledger: 3,000;
   Harbor Tribune, Coastal Wire: about 4,200". Of two sides held by as many sources, the one
   whose value the rest of the story echoes is not the outlier (:func:`_echoes`). A time claim
   in no clash takes a side only when it backs one in conflict: another article's claim of the
   same event whose dates meet (:func:`_backs`), not any sentence dated the same day.
4. **Gaps** (:func:`gap_facts`): how long one event came after another ("arrested a suspect a
   week after the statue vanished") against another article's own gap between the two, or the
   gap between its dates of them ("taken on Saturday", "arrested on Monday").
"""
from __future__ import annotations

import calendar
import itertools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from newsdesk.compare import text as _text
from newsdesk.compare.story import StoryContext, independence, mention
from newsdesk.compare.text import DURATION_UNITS, unit_key
from newsdesk.model import Fact, FactSide, Quantity
from newsdesk.patterns import folded, folded_twin, trie_alternation

__all__ = ["DURATION_UNITS", "compare", "describe", "interval", "same_unit", "sides", "sides_text",
           "time_facts", "unit_key", "value_text"]

# --------------------------------------------------------------------------- 1. amounts

APPROX_SPREAD = 0.10  # "about 130" covers 130 ± 10 %
ABOVE_CEILING = 1.5  # "more than 3,000" covers (3,000, 4,500]: a writer rounds down, not by half
NEARLY_FLOOR = 0.9  # "nearly 3,000" covers [2,700, 3,000): close below, never above
JUST_SPREAD = 0.1  # "just over 100" covers [100, 110]
ROUND_MAX_SPREAD = 0.10  # a bare round figure is never vaguer than "about N"
ROUND_MIN_PLACE = 100  # ... and is rounded only from the hundreds up: "12 killed" is exact
DURATION_SPREAD = 0.5  # "four years after" is a rounded duration: [3.5, 4.5]
OPEN = 1e-9  # how far an open end lies inside its bound ("more than 3,000" excludes 3,000)

_APPROX = ("about", "around", "roughly", "approximately", "some", "an estimated", "estimated", "circa", "nearly about")
_NEARLY = ("nearly", "almost", "close to", "not quite", "just shy of")
_ABOVE = ("more than", "over", "upwards of", "in excess of", "above", "well over")
_AT_LEAST = ("at least", "no fewer than", "no less than")
_BELOW = ("fewer than", "less than", "under", "below")
_UP_TO = ("up to", "at most", "no more than", "as many as")
_QUALIFIER_RE = re.compile(
    r"^\s*(?P<q>" + "|".join(sorted((re.escape(x) for x in (*_APPROX, *_NEARLY, *_ABOVE, *_AT_LEAST, *_BELOW, *_UP_TO,
                                                           "just over", "just under")), key=len, reverse=True))
    + r")\b", re.I)
# vague amounts, read from the wording whatever value an extractor gave them
_VAGUE = (("hundreds of thousands", 1e5, 1e6), ("tens of thousands", 1e4, 1e5), ("several thousand", 2e3, 1e4),
          ("a few thousand", 2e3, 1e4), ("thousands", 1e3, 1e4), ("several hundred", 200.0, 1e3),
          ("a few hundred", 200.0, 1e3), ("hundreds", 100.0, 1e3), ("several dozen", 24.0, 100.0),
          ("a few dozen", 24.0, 100.0), ("dozens", 24.0, 100.0), ("millions", 1e6, 1e7))
_VAGUE_RE = re.compile(r"\b(?P<v>" + "|".join(v for v, _, _ in _VAGUE) + r")\b", re.I)
_VAGUE_RANGE = {v: (lo, hi) for v, lo, hi in _VAGUE}
_NUMERAL_RE = re.compile(r"(?P<num>\d[\d,]*(?:\.\d+)?)(?:\s*(?P<scale>thousand|million|billion|trillion)\b"
                         r"|(?P<short>bn|mn|m|k)\b)?", re.I)  # "£4.1m": a sum's scale written onto it
_SHORT_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9}

# nouns that count people: a count of "people" may be a count of any of them (singular stems)
_PEOPLE = frozenset(("people", "person", "individual"))
_PERSON_NOUNS = frozenset(_text.stem(w) for w in (
    "residents", "civilians", "inhabitants", "villagers", "citizens", "students", "workers", "employees",
    "protesters", "demonstrators", "passengers", "patients", "children", "adults", "voters", "members",
    "soldiers", "troops", "firefighters", "officers", "refugees", "migrants", "customers", "users",
    "spectators", "fans", "visitors", "tourists", "evacuees", "victims", "survivors", "pupils", "staff",
    "teachers", "nurses", "doctors", "drivers", "farmers", "miners", "strikers", "marchers", "owners", "kids",
    "youngsters", "schoolchildren", "locals", "commuters", "travellers", "riders", "supporters", "attendees")) | _PEOPLE


# nouns that count buildings: a count of "structures" or "buildings" may be a count of any of them
_BUILDINGS = frozenset(_text.stem(w) for w in ("structures", "buildings"))
_BUILDING_NOUNS = frozenset(_text.stem(w) for w in (
    "homes", "houses", "dwellings", "residences", "cabins", "apartments", "flats", "shops", "stores", "barns",
    "sheds", "offices", "schools", "churches", "warehouses", "garages", "outbuildings")) | _BUILDINGS


# person nouns that name one group of people from different sides (an age and a status, or
# plain near-synonyms): "4,700 students" and "9,000 children" of one school system may be one count
PERSON_KINDS = tuple(frozenset(_text.stem(w) for w in ws) for ws in (
    ("children", "kids", "pupils", "students", "schoolchildren", "youngsters"),
    ("workers", "employees", "staff", "staffers", "workforce"),
    ("passengers", "travellers", "travelers", "commuters", "riders"),
    ("fans", "spectators", "supporters", "attendees", "concertgoers"),
    ("residents", "locals", "inhabitants", "villagers", "householders"),
    ("guests", "visitors", "tourists", "holidaymakers", "vacationers", "holidaygoers", "sightseers"),
    # not people, but one chain's premises named from different sides: "46 stores" / "46 supermarkets"
    ("stores", "shops", "supermarkets", "branches", "outlets"),
))


def same_unit(a: str | None, b: str | None) -> bool:
    """Do two unit keys count the same thing? Equal keys do, "people" counts any kind of
    person, two nouns of one kind of person (``PERSON_KINDS``) may count one group, and
    "structures" or "buildings" any kind of building."""
    if a is None or b is None:
        return False
    if a == b:
        return True
    if any(a in kind and b in kind for kind in PERSON_KINDS):
        return True
    return ((a in _PEOPLE and b in _PERSON_NOUNS) or (b in _PEOPLE and a in _PERSON_NOUNS)
            or (a in _BUILDINGS and b in _BUILDING_NOUNS) or (b in _BUILDINGS and a in _BUILDING_NOUNS))


def _qualifier(q: Quantity, before: str = "") -> str:
    """The qualifier of an amount: the extractor's, else the words that open its text, else the
    words right before it in the body (``before``: "Several" of "Several dozen protesters")."""
    return _read_qualifier(q.qualifier, q.text or "", before[-24:])


@lru_cache(maxsize=1 << 14)
def _read_qualifier(qualifier: str | None, text: str, before: str) -> str:
    qual = (qualifier or "").strip().lower()
    if qual:
        return qual
    m = _QUALIFIER_RE.match(text) or _QUALIFIER_RE.match(before.split(".")[-1].strip().lower()[-20:] + " ")
    return m.group("q").lower() if m else ""


def _vague(q: Quantity, before: str) -> tuple[float, float] | None:
    """The range of a vague amount ("dozens of", "several hundred", "thousands"), from its wording."""
    m = _VAGUE_RE.search(q.text or "")
    if m is None and re.match(r"\s*(?:dozen|hundred|thousand)\b", q.text or "", re.I):
        m = _VAGUE_RE.search((before[-12:] + (q.text or "")).lower())  # "Several" + "dozen protesters"
    if m is None:
        return None
    return _VAGUE_RANGE[m.group("v").lower()]


def _rounding_spread(q: Quantity) -> float:
    """Half a unit of the last significant digit of a bare figure as written ("3,200": 50;
    "$1.18 billion": 5 million), from the hundreds up and at most ``ROUND_MAX_SPREAD``."""
    m = _NUMERAL_RE.search(q.text or "")
    if m is None or q.value is None:
        return 0.0
    digits = m.group("num").replace(",", "")
    scale = _text.SCALES.get((m.group("scale") or "").lower()) or _SHORT_SCALES.get((m.group("short") or "").lower(), 1.0)
    if "." in digits:
        place = 10.0 ** -len(digits.split(".")[1]) * scale
    else:
        place = 10.0 ** (len(digits) - len(digits.rstrip("0"))) * scale
    if place < ROUND_MIN_PLACE:
        return 0.0
    return min(place / 2, ROUND_MAX_SPREAD * abs(q.value))


def interval(q: Quantity, before: str = "") -> tuple[float, float] | None:
    """The values a report is compatible with (see the module docstring); None when it has no
    value. ``before``: a few words of the body before the amount, for a qualifier the
    extractor left out."""
    return _interval(q.qualifier, q.value, q.value_max, q.unit or q.counts or "", q.text or "", before[-24:])


INTERVAL_CACHE_SIZE = 1 << 14  # distinct readings kept: a story compares each many times


@lru_cache(maxsize=INTERVAL_CACHE_SIZE)
def _interval(qualifier: str | None, value: float | None, value_max: float | None, unit: str, text: str,
              before: str) -> tuple[float, float] | None:
    lo_hi = _interval_as_written(qualifier, value, value_max, unit, text, before)
    factor = _text.LENGTH_METRES.get(_text._unit_key(unit) or "")
    if lo_hi is None or factor is None:
        return lo_hi
    return lo_hi[0] * factor, lo_hi[1] * factor  # a length, in metres


def _interval_as_written(qualifier: str | None, value: float | None, value_max: float | None, unit: str, text: str,
                         before: str) -> tuple[float, float] | None:
    q = Quantity("", "", 0, 0, text, value, unit, qualifier=qualifier, value_max=value_max)
    vague = _vague(q, before)
    if vague is not None:
        return vague[0], vague[1] - OPEN
    if value is None:
        return None
    qual = _qualifier(q, before)
    v = float(value)
    if value_max is not None:
        return min(v, value_max), max(v, value_max)
    if qual == "ordinal":
        return v - 1, v - OPEN  # "third year": two full years elapsed, the third not done
    if qual in _APPROX:
        return v * (1 - APPROX_SPREAD), v * (1 + APPROX_SPREAD)
    if qual in _NEARLY or qual == "just under":
        return v * NEARLY_FLOOR, v - OPEN
    if qual == "just over":
        return v + OPEN, v * (1 + JUST_SPREAD)
    if qual in _ABOVE:
        return v + OPEN, v * ABOVE_CEILING
    if qual in _AT_LEAST:
        return v, v * ABOVE_CEILING
    if qual in _BELOW:
        return v / ABOVE_CEILING, v - OPEN
    if qual in _UP_TO:
        return 0.0, v
    if _text._unit_key(unit) in DURATION_UNITS:
        return v - DURATION_SPREAD, v + DURATION_SPREAD
    spread = _rounding_spread(q)
    return v - spread, v + spread


def _stated_ceiling(q: Quantity, qual: str | None) -> bool:
    """An amount given as a plan's ceiling ("up to 350 deer"), not a length ("up to 31 hours");
    ``qual``: its qualifier (:func:`_qualifier`)."""
    return qual in _UP_TO and q.value is not None and q.value_max is None \
        and _text._unit_key(q.unit or q.counts or "") not in DURATION_UNITS


def side_interval(q: Quantity, before: str = "") -> tuple[float, float] | None:
    """The values a report stands for on a conflict's side: its interval, but a stated ceiling
    is its figure ("up to 350" sides with "350", not with "up to 530"; see :func:`compare`)."""
    if _stated_ceiling(q, _qualifier(q, before)):
        spread = _rounding_spread(q)
        return q.value - spread, q.value + spread
    return interval(q, before)


def compare(a: Quantity, b: Quantity, before_a: str = "", before_b: str = "") -> str | None:
    """``same`` | ``rounding`` | ``conflict`` for two reports of one amount; None if not comparable."""
    ia, ib = interval(a, before_a), interval(b, before_b)
    if ia is None or ib is None:
        return None
    qa, qb = _qualifier(a, before_a), _qualifier(b, before_b)
    if ia == ib and a.value == b.value and qa == qb:
        return "same"  # the same figure, worded alike ("about" and "roughly" N are a rounding)
    if (_stated_ceiling(a, qa) or _stated_ceiling(b, qb)) and (qa in _UP_TO or not qa) \
            and (qb in _UP_TO or not qb) and a.value_max is None and b.value_max is None \
            and a.value is not None and b.value is not None:
        # "up to 350 deer" / "up to 530 deer" / "350 deer": the figure a plan states, its ceiling or
        # the number itself; they agree as bare figures do (a length "up to 31 hours": see durations)
        sa, sb = _rounding_spread(a), _rounding_spread(b)
        return "rounding" if abs(a.value - b.value) <= sa + sb else "conflict"
    if ia[0] <= ib[1] and ib[0] <= ia[1]:
        return "rounding"
    return "conflict"


def describe(q: Quantity, before: str = "") -> str:
    """An amount and its interval, as the detail of a verdict shows it: “about 3,200” → [2880, 3520]."""
    iv = interval(q, before)
    if iv is None:
        return f"“{q.text}”"
    lo, hi = iv
    hi_s = "∞" if math.isinf(hi) else f"{hi:.4g}" if hi < 1e6 else f"{hi:.3g}"
    lo_s = f"{lo:.4g}" if lo < 1e6 else f"{lo:.3g}"
    return f"“{q.text}” → [{lo_s}, {hi_s}]"


def value_text(q: Quantity) -> str:
    """An amount as a side shows it: its wording up to the figure ("about 3,200 residents" →
    "about 3,200"), or the whole text when it has no figure ("dozens of protesters") or is a
    vote's tally ("5-2")."""
    text = q.text or ""
    if q.unit == "votes":
        return text  # a tally: "5-2"
    m = _NUMERAL_RE.search(text)
    if m is None:
        words = "(?:" + "|".join(_text.NUMBER_WORDS) + ")"
        m2 = re.search(r"\b" + words + r"(?:-" + words + r")?(?:\s+(?:thousand|million|billion))?\b", text, re.I)
        return text[:m2.end()] if m2 else text
    return text[:m.end()]


# --------------------------------------------------------------------------- 3. sides


@dataclass(slots=True)
class Report:
    """One article's report of a value in a conflict: its interval and how it is worded."""

    article: str
    low: float
    high: float
    text: str
    unit: str = ""  # what an amount counts, as the article words it ("residents")


def _common(side: list[Report]) -> tuple[float, float]:
    """The values every report of a side allows (empty when low > high)."""
    return max(r.low for r in side), min(r.high for r in side)


def sides(ctx: StoryContext, reports: list[Report],
          echoes: Callable[[list[Report]], int] | None = None) -> list[list[Report]]:
    """The reports grouped into sides of mutually compatible values, the outlier first.

    A side is every report left whose interval holds one value; the value chosen is the one
    that the most independent sources (then articles, then reports) allow. Sides are taken
    until no report is left; two sides that turn out to share a value are one. A report that
    another side allows too takes no side (it cannot tell them apart) and is left out. Sides
    are ordered by how few sources hold them (the outlier first), then by how few other articles
    echo them (:func:`_echoes`, plus ``echoes(side)`` when given: amounts the rest of the story
    gives), ties in reading order.
    """
    left = list(reports)
    out: list[list[Report]] = []
    while left:
        best: tuple[int, int, int, float] | None = None
        for x in sorted({r.low for r in left} | {r.high for r in left}):
            holders = [r for r in left if r.low <= x <= r.high]
            key = (len({ctx.group_of(r.article) for r in holders}), len({r.article for r in holders}), len(holders), -x)
            if best is None or key > best:
                best = key
        x = -best[3]  # type: ignore[index]
        out.append([r for r in left if r.low <= x <= r.high])
        left = [r for r in left if not (r.low <= x <= r.high)]
    merged = True
    while merged:  # sides that share a value are one side
        merged = False
        for i in range(len(out)):
            for j in range(i + 1, len(out)):
                lo, hi = _common(out[i] + out[j])
                if lo <= hi:
                    out[i] += out.pop(j)
                    merged = True
                    break
            if merged:
                break
    if len(out) > 1:  # a report that another side allows too takes no side
        def undecided(r: Report, own: list[Report]) -> bool:
            return any(r.low <= hi and lo <= r.high for o in out if o is not own for lo, hi in [_common(o)])
        kept = [[r for r in side if not undecided(r, side)] for side in out]
        out = [k or side for k, side in zip(kept, out)]
    order = {aid: n for n, aid in enumerate(ctx.views)}
    out.sort(key=lambda side: (len({ctx.group_of(r.article) for r in side}), len(side),
                               _echoes(ctx, side) + (echoes(side) if echoes else 0),
                               min(order.get(r.article, 0) for r in side)))
    return out


# "on", "from", "lasted about": the words before a value's own figure, date or name
_LEAD_WORDS_RE = re.compile(r"^(?:[a-z]+\s+)+?(?=[A-Z0-9$€£]|(?:" + "|".join(_text.NUMBER_WORDS) + r")\b)")


def _echoes(ctx: StoryContext, side: list[Report]) -> int:
    """How many articles not on the side write its value ("Monday" of "on Monday", "September 1"
    of "from September 1", "nine hours" of "lasted about nine hours") anywhere: between two
    sides held by as many sources, the one the rest of the story echoes is not the outlier."""
    own = {r.article for r in side}
    values = {_spelled_alike(v) for r in side if len(v := _LEAD_WORDS_RE.sub("", r.text.strip())) > 2}
    pats: dict[str, re.Pattern[str]] = {}

    def written(v: str, body: str) -> bool:
        # the pattern needs the value literally: a body without it is not searched (bodies are
        # long), and a value no body holds is never compiled
        if v not in body:
            return False
        if v not in pats:
            pats[v] = re.compile(r"(?<!\w)" + re.escape(v) + r"(?!\w)")
        return pats[v].search(body) is not None

    return sum(any(written(v, body) for v in values)
               for aid, view in ctx.views.items() if aid not in own
               for body in [_body_spelled_alike(view.article.body or "")])


_SMALL_NUMBER_RE = re.compile(r"\b(?:" + "|".join(w for w, n in _text.NUMBER_WORDS.items() if " " not in w and n <= 50
                                                  and w != "dozens") + r")\b", re.I)
_UNIT_PLURAL_RE = re.compile(r"\b(" + "|".join(sorted(DURATION_UNITS)) + r")s\b", re.I)


@lru_cache(maxsize=256)
def _body_spelled_alike(body: str) -> str:
    """:func:`_spelled_alike` of an article body, once per body (every conflict's sides read all of them)."""
    return _spelled_alike(body)


def _spelled_alike(text: str) -> str:
    """A value as its echoes may write it: "ten weeks", "10-week" and "10 weeks" all "10 week"
    (number words as digits, a hyphen as a space, a unit in the singular)."""
    out = _SMALL_NUMBER_RE.sub(lambda m: str(_text.NUMBER_WORDS[m.group(0).lower()]), text.replace("-", " "))
    return _UNIT_PLURAL_RE.sub(r"\1", out)


def fact_sides(ctx: StoryContext, groups: list[list[Report]]) -> list[FactSide]:
    """Sides as the export shows them: the wordings, articles and outlets of each."""
    out = []
    for side in groups:
        articles = list(dict.fromkeys(r.article for r in side))
        values = list(dict.fromkeys(r.text for r in side))
        outlets = list(dict.fromkeys(ctx.outlet(a) for a in articles))
        out.append(FactSide(value=" / ".join(values), articles=articles, outlets=outlets))
    return out


def sides_text(groups: list[FactSide]) -> str:
    """"The Ledger: 3,000; Harbor Tribune, Coastal Wire: about 4,200" (outlier first)."""
    return "; ".join(f"{', '.join(s.outlets)}: {s.value}" for s in groups)


# --------------------------------------------------------------------------- 2. time

DAYS = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0, "fortnight": 14.0, "month": 30.44, "year": 365.25, "decade": 3652.5}
DAY_TOLERANCE = 1  # days either way: the hour of a start and of the article are unknown
SCALE_RATIO = 10.0  # claims whose elapsed times differ more than tenfold are about different events
GAP_WORDS = 6  # words a start verb and its date may stand apart ("opened its investigation in January")
EVENT_WORDS = 3  # content words of a sentence's opening that a pronoun ("it erupted") stands for

_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WD = "|".join(_WEEKDAY_NAMES)
_MONTH = _text.MONTH_RE  # full or abbreviated ("Oct. 2"); ends no word, so no "\b" after it
_MONTH_WORD = "|".join((*_text.MONTHS, *_text.MONTH_ABBREVS))  # any month in a gate, in lower case
_ORDINAL_WORDS = {**_text.ORDINALS, "eleventh": 11, "twelfth": 12}
_ORD = "|".join(_ORDINAL_WORDS) + r"|\d{1,2}(?:st|nd|rd|th)"
_NUMW = "|".join(sorted(_text.NUMBER_WORDS, key=len, reverse=True)) + r"|\d{1,3}|a|an"
_QUAL = (r"nearly|almost|about|around|roughly|more than|over|at least|just over|just under|some|less than|fewer than|under"
         r"|close to|barely|only just|little more than|just")
_UNIT = r"hour|day|week|fortnight|month|year|decade"  # every unit of elapsed time ("a fortnight ago", "36 hours after")

# "now in its second week", "entering its third year", "the fourth straight day of ..."
_ORD_RE = re.compile(
    r"\b(?P<lead>(?:now\s+)?(?:in|into|entering|enters|entered|enter|reached|reaches|reaching|reach|hit|hits|hitting"
    r"|marked|marks|marking)\s+(?:its|their|the|a)\s+|the\s+)?"
    r"(?P<ord>" + _ORD + r")\s+(?:straight\s+|consecutive\s+|full\s+)?(?P<unit>" + _UNIT + r")\b"
    r"(?!\s+of\s+(?:" + _MONTH + r"))(?!\s+(?:anniversary|time|round|session|quarter|half)\b)", re.I)
# "two days after", "four days into", "nearly three years ago"
_CARD_RE = re.compile(
    r"(?P<qual>\b(?:" + _QUAL + r")\s+)?\b(?P<num>" + _NUMW + r")[\s-]+(?P<unit>" + _UNIT + r")s?\s+"
    r"(?P<rel>after|since|into|ago)\b", re.I)
# a state that has held so long up to now: "have been without power for more than a week",
# "has now lasted for two months"
_PERFECT_FOR_RE = re.compile(
    r"\b(?:has|have)\s+(?:now\s+)?(?P<verb>been|lasted|run|gone\s+on|continued|stood|sat|stayed|remained"
    # verbs of a trouble that drags on: "a scandal that has now festered for more than a month"
    r"|festered|simmered|raged|persisted|lingered|dragged\s+on|rumbled\s+on)\b[^.;:,]{0,60}?"
    r"\b(?P<for>for)\s+(?:the\s+(?:past|last)\s+)?(?:(?P<qual>" + _QUAL + r")\s+)?(?P<num>" + _NUMW + r")[\s-]+"
    r"(?P<unit>" + _UNIT + r")s?\b(?!\s+(?:ago|after|before|later)\b)", re.I)
# the age of a thing still going on: "the three-week-old boycott", "a petition that is barely ten
# days old" -- it began that long before the article
# -- in units up to months: "a nine-year-old giraffe", "a 17-year-old" are the ages of the living, no start of an event
_AGE_UNIT = r"hour|day|week|fortnight|month"
_OLD_RE = re.compile(
    r"(?P<qual>\b(?:" + _QUAL + r")\s+)?\b(?P<num>" + _NUMW + r")[\s-]+(?P<unit>" + _AGE_UNIT + r")s?[\s-]+old\b", re.I)
PLAN = "<plan>"  # the naming word an article's one date of what takes effect shares with another's
# when a measure starts to apply, told ahead: "the curfew takes effect on Friday", "the new fares
# kick in from 3 March", "tolls rise starting May 4" -- a plan's date, compared only with another plan's date
_EFFECT_RE = re.compile(r"\b(?:(?:takes?|taking|took|will\s+take|to\s+take)\s+effect|(?:kicks?|kicking|will\s+kick)\s+in"
                        r"|(?:comes?|coming|will\s+come|goes|going|will\s+go)\s+into\s+(?:force|effect)"
                        # "will pay $4 a trip starting June 2", "effective Monday", "will start paying it on June 2"
                        r"|starting|effective|(?:will|to)\s+(?:start|begin)\s+\w+ing(?:\s+(?:it|them))?"
                        # "the library will reopen on 14 March", "is due to close on Friday"
                        r"|(?:will|to)\s+(?:re)?(?:open|close)"
                        # "demolition crews are booked for Monday, August 3", "the vote is scheduled for June 2"
                        r"|(?:is|are)\s+(?:booked|scheduled|set|due)(?=\s+(?:for|on)\s))\b", re.I)
# the earliest date of a step told ahead: "shutting them as soon as June 1", "could open as early
# as Friday" -- a plan's date, read as the date the plan gives
_SOON_AS_RE = re.compile(r"\bas\s+(?:soon|early)\s+as\b", re.I)
_PLANNED_ACT_RE = re.compile(r"\b(?:will|to)\s+((?:re)?open|close)\b", re.I)  # what a plan's date is of (its label's verb)
_MONTH_NO = {m.lower(): k for k, m in enumerate(calendar.month_name) if m} | {
    m.lower(): k for k, m in enumerate(calendar.month_abbr) if m} | {"sept": 9}
_MON = "|".join(sorted(_MONTH_NO, key=len, reverse=True))
_PLAN_DATE_RE = re.compile(
    r"\s*(?:(?:on|from|for)\s+)?(?:(?P<wd>" + _WD + r")\b(?:,?\s+(?P<m1>" + _MON + r")\.?\s+(?P<d1>\d{1,2})\b)?"
    r"|(?P<m2>" + _MON + r")\.?\s+(?P<d2>\d{1,2})\b|(?P<d3>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m3>" + _MON + r")\b)"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?", re.I)
PLAN_PAST_DAYS = 31  # a yearless date told ahead this long before the article's day is next year's ("kicks in on 1 January")
# a state held so long before the sentence's event: "found a buyer after more than three years
# on the market", "resigned after two years in office", "voted after six weeks on strike", "have
# signed after four years of talks"
_HELD_RE = re.compile(
    r"\bafter\s+(?:(?P<qual>" + _QUAL + r")\s+)?(?P<num>" + _NUMW + r")[\s-]+(?P<unit>" + _UNIT + r")s?\s+"
    r"(?:on|in|at|under|with|of)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?=[a-z])", re.I)
# a start verb ... its date: "broke out late Monday night", "opened its investigation in January"
_START_RE = re.compile(
    r"\b(?P<verb>began|begun|begins|started|starts|broke out|erupted|opened|launched|kicked off|got under\s?way|"
    r"was founded|were founded|founded|built|constructed|erected|established|since"  # "Corby Mill, built in 1821": when it began to stand
    r"|(?:was|were)\s+first\s+(?:reported|spotted|seen|sighted|detected|noticed))\b",
    re.I)
# a clock time between a start verb and its day ("first reported shortly after 2 p.m. on Saturday"):
# no clause of its own, and its dots end no sentence
_CLOCK_RE = re.compile(r"\b(?:(?:shortly|just|soon|well)\s+)?(?:after|before|around|about|at)?\s*"
                       r"(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|noon|midnight|dawn|dusk)", re.I)
# days named from the article's own ("yesterday", "last week", "earlier this month"): "in the
# last week" and "the past month" are lengths, not dates (look-behinds above)
_REL = r"the\s+day\s+before\s+yesterday|yesterday|last\s+(?:week|weekend|month|year)|earlier\s+(?:this|that)\s+(?:week|month|year)"
_WHEN_RE = re.compile(
    r"\b(?:(?:late|early|last|on|this past|shortly before midnight|shortly after midnight|before dawn)\s+)*"
    r"(?P<wd>" + _WD + r")\b(?:\s+(?:night|morning|afternoon|evening))?"
    r"(?:,?\s+(?P<wmonth>" + _MONTH + r")\s+(?P<wday>\d{1,2})\b|,?\s+(?P<wdday>\d{1,2})(?:st|nd|rd|th)?\s+"
    r"(?P<wdmonth>" + _MONTH + r"))?(?:,?\s+(?P<wyear>(?:19|20)\d\d)\b)?"
    r"|(?:in|on|since)\s+(?:(?:early|late|mid)[-\s])?(?P<month>" + _MONTH + r")(?:\s+(?P<day>\d{1,2})\b)?"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
    r"|(?:on|since)\s+(?P<dday>\d{1,2})(?:st|nd|rd|th)?\s+(?P<dmonth>" + _MONTH + r")(?:,?\s+(?P<dyear>(?:19|20)\d\d)\b)?"
    r"|(?:in|since)\s+(?P<yearonly>(?:1[5-9]|20)\d\d)\b"  # "built in 1821"
    r"|\b(?P<ago>(?:(?:" + _QUAL + r")\s+)?(?:" + _NUMW + r")[\s-]+(?:" + _UNIT + r")s?\s+ago)\b"
    r"|\b(?<!the\s)(?<!this\s)(?<!past\s)(?P<rel>" + _REL + r")\b(?!['’]s)", re.I)
# a participle after a date that says the clause began something: "walked out on Monday, beginning
# an open-ended strike", "marched on 4 May, starting a week of protests"
_BEGINNING_RE = re.compile(r"\s*,\s+(?:beginning|starting|launching|opening|kicking\s+off)\s+"
                           r"(?:(?:a|an|the|its|their|his|her)\s+)?", re.I)
# what every claim holds one of: a sentence without any is skipped unread
_TRIGGER_RE = re.compile(
    r"\b(?:(?:" + _ORD + r")\s+(?:straight\s+|consecutive\s+|full\s+)?(?:" + _UNIT + r")|(?:" + _UNIT + r")s?\s+(?:after|since|into|on|in|at|under|with|of)"
    r"|began|begun|begins|started|starts|starting|effective|(?:will|to)\s+(?:start|begin|(?:re)?open|close)|broke out|erupted|opened|launched|kicked off|got under\s?way|founded"
    r"|built|constructed|erected|established|since"
    r"|first\s+(?:reported|spotted|seen|sighted|detected|noticed)"
    r"|(?:has|have)\s+(?:now\s+)?(?:been|lasted|run|gone|continued|stood|sat|stayed|remained|festered|simmered|raged"
    r"|persisted|lingered|dragged|rumbled)|(?:is|are)\s+(?:booked|scheduled|set|due)\s+(?:for|on)\s+(?:" + _WD + r"|"
    + _MONTH_WORD + r")"
    r"|the\s+(?:(?:" + _MONTH_WORD + r")\.?\s+)?(?:19|20)\d\d|(?:" + _UNIT + r")s?\s+ago|(?:" + _UNIT + r")s?[\s-]+old|effect|kick(?:s|ing)?\s+in|into\s+force|as\s+(?:soon|early)\s+as\s+(?:" + _MONTH_WORD + r"|" + _WD + r")|(?:in|on)\s+(?:" + _MONTH_WORD + r")"
    r"|" + _WD + r"|" + _REL + r"|\d\s+(?:" + _MONTH_WORD + r")|(?:" + _UNIT + r")s?\s+(?:before|later))\b", re.I)
# every match of _TRIGGER_RE holds one of these ("as soon as" only before a month or a weekday; a unit — weekdays and "yesterday" end in
# "day" —, a start verb's letters, "first", "has"/"have", a year's first digits, a month): a
# sentence without any skips the pattern (patterns.folded)
_TRIGGER_LITERALS = ("hour", "day", "week", "fortnight", "month", "year", "decade", "has", "have", "began", "begun", "begin",
                     "begins", "start", "effect", "kick", "force", "broke out", "erupted", "opened", "launched", "kicked off", "got under", "founded", "built", "constructed", "erected", "established", "since", "first",
                     "open", "close",
                     "15", "16", "17", "18", "19", "20",
                     *_text.MONTHS, *_text.MONTH_ABBREVS)
# "holds one of the literals" as one search (a trie of them, each space a single space: the same
# answer as a substring test per literal, ~2x faster)
_TRIGGER_LITERALS_RE = re.compile(trie_alternation(tuple(set(_TRIGGER_LITERALS)), " ")
                                  or "|".join(map(re.escape, _TRIGGER_LITERALS)))
# the trigger searched in the folded sentence, case-sensitively: the same answer, ~4x faster
_TRIGGER_FOLDED_RE = folded_twin(_TRIGGER_RE) or re.compile(r"(?!)")  # (never None: tested)
# literals that every match of a pattern holds: a sentence without any skips the pattern
_CARD_LITERALS = ("after", "since", "into", "ago")  # _CARD_RE's "rel"
_OLD_LITERAL = "old"  # _OLD_RE's last word
# where a noun's own modifier begins ("hearings on the permit", "strike at the plant")
_PREP_RE = re.compile(r"\s(?:on|at|in|over|about|against|into|for|by|near|outside|from)\s", re.I)
# where what a speaker said begins: the words an undated claim dates stop there, reading back
_SPEECH_RE = re.compile(r"\b(?:said|says|told|added|warned|argued|claimed)\b(?:\s+that\b)?", re.I)
# "the March 2023 invasion": the date names the start of the event after it
_DATED_NOUN_RE = re.compile(
    r"\bthe\s+(?:(?P<month>" + _MONTH + r")\s+)?(?P<year>(?:19|20)\d\d)\s+(?:[a-z]+-[a-z]+\s+)?(?P<noun>[a-z][a-z-]+)", re.I)
# a clause between a start verb and a date makes the date that clause's ("began after she divorced in 1947");
# "when" does not ("began when troops crossed the river in 2023" dates the start)
# a limit before a length ("until 48 hours after", "within two weeks of", "no later than"): a rule's
# bound, not how long ago something happened or how long it ran
LIMIT_BEFORE_RE = re.compile(r"\b(?:until|till|within|inside|in\s+under|up\s+to|no\s+(?:later|sooner|earlier)\s+than)\s+$", re.I)
_OTHER_CLAUSE_RE = re.compile(r"\b(?:after|before|as|because|while|until|since|if|although|though|whereas)\b", re.I)
# where the words naming an event stop, reading back from a claim
_BOUNDARY_RE = re.compile(r",(?!\d{3}\b)|[;()—–]|:(?!\d\d\b)|\s-\s|\b(?:after|when|as|since|while|because|before|until|where|whereas|though|"
                          r"although|if|and|but|or|so|then|amid|despite|with)\b", re.I)
_SKIP_BACK = frozenset(("that", "which", "who", "is", "are", "was", "were", "has", "have", "had", "been", "be", "now",
                        "first", "reportedly", "also", "still", "already", "it", "they"))
_PRONOUNS = frozenset(("it", "they", "this", "its", "their"))
# words of a claim that never name its event: when, how long, who is speaking
_NOT_EVENT = frozenset(_text.stem(w) for w in (
    *_WEEKDAY_NAMES, *_text.MONTHS, *_text.MONTH_ABBREVS, "day", "days", "week", "weeks", "month", "months", "year", "years", "night",
    "morning", "afternoon", "evening", "late", "early", "last", "ago", "now", "today", "said", "says", "told",
    "officials", "according", "midnight", "shortly", "nearly", "almost", "about", "around", "roughly", "full",
    "straight", "consecutive", "began", "begun", "started", "start", "broke", "erupted", "opened", "launched",
    "kicked", "since", "new", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "more",
    "less", "least", "just", "past", "time", "there", "here", "way"))


@dataclass(slots=True)
class TimeClaim:
    """One article's claim about when an event began: the words, the event's candidate names,
    and the start dates it allows (ordinal days; ``-inf`` when only an upper bound is said)."""

    sent: _text.Sentence
    start: int  # body offsets of the claim's words
    end: int
    words: str
    event: frozenset[str]  # stems of the words that name the event
    low: float  # earliest start day (date.toordinal), or -inf
    high: float  # latest start day
    weekday: str | None  # the weekday named for the start, if any
    elapsed: float  # days from the start to the article's date (middle of the claim), for scale
    how: str
    exact_ref: bool  # the article's date is known to the day (its own, or a copy's)
    head: frozenset[str] = frozenset()  # the words of the noun phrase that names it (for its label)
    when: str = ""  # the words that say when ("late Monday night", "second week"), for its side
    kind: str = "start"  # start (a start verb or "since" and a date) | elapsed (how long) | named ("the 2009 season") | age ("N-week-old") | plan ("takes effect on Friday")
    noun: str = ""  # of the naming words, the one nearest the claim ("war" of "efforts to end the war, now in its ...")
    phrase: str = ""  # a date of any verb: its clause's words before it as written ("The new fare took effect")


# news words for one kind of event, any of which an outlet may choose ("a dispute now in its third
# week" / "a scandal that has festered for more than a month"): read as one naming word
_EVENT_KINDS = {w: kind for kind, words in {
    "dispute": "dispute disputes row rows scandal scandals controversy controversies feud feuds standoff stand-off wrangle",
    "walkout": "walkout walkouts stoppage stoppages",
    "outage": "outage outages blackout blackouts",
    "blaze": "blaze blazes inferno",
    "gift": "gift gifts gifted donated donation donations bequest bequests bequeathed",  # one handing-over, however worded
    "inquiry": "inquiry inquiries investigation investigations probe probes",  # headline "probe", body "investigation"
}.items() for w in words.split()}
_KINDS = frozenset(_EVENT_KINDS.values())


def _event_stem(word: str) -> str:
    """A word's stem, a noun in "-ication" read as its verb ("application" -> "apply", as
    "applied" -> "apply"; "notification" -> "notify"): one event named by noun or verb; a word
    of ``_EVENT_KINDS`` as its kind."""
    if word in _EVENT_KINDS:
        return _EVENT_KINDS[word]
    if word.endswith(("ication", "ications")) and len(word) > 9:
        return word[: word.rindex("ication")] + "y"
    return _text.stem(word)


def _event_words(text: str, limit: int | None = None) -> set[str]:
    """Stems that may name an event: content words that are not time words, in reading order
    (the first ``limit`` of them when given)."""
    out: list[str] = []
    for w in _text.words(text):
        st = _event_stem(w)
        if (w not in _text.STOPWORDS or w in _text.CONTENT_NOUNS) and len(w) > 2 and not w[0].isdigit() \
                and st not in _NOT_EVENT and st not in out:
            out.append(st)
    return set(out[:limit] if limit else out)


def _span_back(text: str, pos: int) -> str:
    """The words before ``pos`` up to the nearest boundary (punctuation, a conjunction):
    the noun phrase a claim is about ("a sit-in" of "in a sit-in that is now in its ...")."""
    head = text[:pos]
    cut = 0
    for m in _BOUNDARY_RE.finditer(head):
        if m.end() < len(head.rstrip()):
            cut = m.end()
    span = head[cut:].strip()
    ws = span.split()
    while ws and ws[-1].lower().strip(",") in _SKIP_BACK:
        ws.pop()
    return " ".join(ws)


_DEFINING_RE = re.compile(r",\s+(?:when|in which|during which)\s+")  # "the March 2023 invasion, when columns crossed ..."


def _span_forward(text: str, pos: int, words: int = 5) -> tuple[str, str]:
    """Up to ``words`` words after ``pos``, stopping at a boundary: the event after "into", "of",
    "after"; and a defining clause that follows it (", when ..."), read as part of its name."""
    tail = text[pos:]
    m = _BOUNDARY_RE.search(tail)
    head = " ".join(tail[: m.start() if m else len(tail)].split()[:words])
    more = ""
    if m is not None:
        d = _DEFINING_RE.match(tail, m.start())
        if d is not None:
            rest = tail[d.end():]
            n = _BOUNDARY_RE.search(rest)
            more = " ".join(rest[: n.start() if n else len(rest)].split()[:words + 2])
    return head, more


def _forward(text: str, pos: int) -> tuple[set[str], set[str]]:
    """The event named after ``pos``: its head words, and those with its defining clause."""
    head, more = _span_forward(text, pos)
    words = _event_words(head)
    return words, words | _event_words(more)


def _opening(text: str) -> set[str]:
    """What a pronoun stands for: the first content words of a sentence."""
    return _event_words(text.split(",")[0], EVENT_WORDS) if text else set()


# "..., which would take effect": a modal or auxiliary after the pronoun still leaves what it stands for
_RELATIVE_RE = re.compile(r",?\s+(?:which|who|that)\s+(?:(?:first|had|has|have|was|were|would|will|could|should|might|may)\s+){0,2}$",
                          re.I)
_ASIDE_RE = re.compile(r",\s+(?:which|who)\b[^,;:]*,\s*$", re.I)  # ", which began on Monday," before a verb


def _subject(sent_text: str, pos: int, prev_text: str) -> set[str]:
    aside = _ASIDE_RE.search(sent_text, 0, pos)
    if aside is not None:  # "The outage, which began on Monday, lasted ...": the subject before the aside
        pos = aside.start()
    rel = _RELATIVE_RE.search(sent_text, 0, pos)
    if rel is not None:  # "... its biscuit factory, which opened ...": what the relative pronoun stands for
        pos = rel.start()
    span = _span_back(sent_text, pos)
    words = _event_words(span)
    if words:
        return words
    bare = {w.lower() for w in span.split()}
    if bare & _PRONOUNS or not span:
        before = sent_text[:pos]
        return _opening(before if before.strip() and not before.strip().lower().startswith(tuple(_PRONOUNS)) else prev_text)
    return set()


_TOKEN_RE = re.compile(r"[A-Za-z][\w'’-]*")


def _nearest(text: str, a: int, b: int, words: set[str]) -> str:
    """Of ``words`` (stems), the one whose occurrence in ``text`` stands nearest the span a:b."""
    best: tuple[int, str] | None = None
    for m in _TOKEN_RE.finditer(text):
        st = _text.stem(m.group(0).lower().replace("’", "'").removesuffix("'s"))
        if st in words:
            gap = a - m.end() if m.end() <= a else m.start() - b if m.start() >= b else 0
            if best is None or (gap, st) < best:
                best = (gap, st)
    return best[1] if best else ""


def _weekday_date(weekday: str, on_or_before: date) -> date:
    """The latest ``weekday`` on or before a date."""
    back = (on_or_before.weekday() - _WEEKDAY_NAMES.index(weekday)) % 7
    return on_or_before - timedelta(days=back)


def _month_days(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    last = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1))
    return first, last


# a clause told in the past: a past form ("collapsed", "died", "was") and no word of a plan
_IRREGULAR_PAST = frozenset((
    "was", "were", "had", "did", "died", "left", "took", "came", "went", "fell", "broke", "began", "struck", "made",
    "found", "gave", "rose", "ran", "sank", "stole", "caught", "held", "met", "shut", "put", "set", "cut", "lost",
    "won", "saw", "became", "flew", "drove", "brought", "bought", "sold", "paid", "kept", "quit", "fled", "led",
    "sent", "built", "wrote", "spoke", "threw", "blew", "froze", "burst", "fought", "hit", "got", "tore", "split",
    "spread", "slid", "swept", "shot", "woke", "stood", "sat", "forced", "told"))
_PLAN_RE = re.compile(r"\b(?:will|would|shall|should|could|can|may|might|must|due|expected|expects|plans?(?=\s+to\b)|planned|"
                      r"scheduled|next|going|hopes?|wants?|invited|asked|still|remained|remains|stayed|continued|again|"
                      r"vow(?:s|ed)?|pledged?|promised?|threaten(?:s|ed)?|intends?|intended)\b", re.I)
# a weekday opening a range ("Monday to Friday", "Monday through Wednesday", "to the 9th"), not
# one act's day with the act's purpose after it ("voted on Thursday to merge the departments")
_RANGE_ON_RE = re.compile(r"\s*(?:and|or|through|until)\b|\s*to\b(?!\s+(?!(?:the|a|an|its|their|his|her|this|that|next|last|"
                          r"mid|early|late)\b)[a-z]+\b)")
_PRESENT_PASSIVE_RE = re.compile(r"\b(?:is|are)\s+(?:\w+ly\s+)?\w+ed\b", re.I)  # "when the budget is voted on": not told as past


def _told_as_past(clause: str) -> bool:
    """Does a clause tell what happened (a past verb, no word of a plan or a wish)? "The
    network crashed" does; "talks are due to resume", "it will meet" do not."""
    if _PLAN_RE.search(clause) or _PRESENT_PASSIVE_RE.search(clause):
        return False
    return any(w in _IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed")) for w in _text.words(clause))


def _in_quote(text: str, pos: int) -> bool:
    """Is ``pos`` inside quotation marks (a speaker's "Friday" is counted from the day they spoke)?"""
    head = text[:pos]
    return head.count("“") > head.count("”") or head.count('"') % 2 == 1


def _relative_span(words: str, ref: tuple[date, date]) -> tuple[date, date]:
    """The days a date named from the article's own allows ("yesterday", "last week": the
    calendar week before the article's, "last month", "earlier this week"), for an article
    dated within ``ref``."""
    w = " ".join(words.lower().split())
    lo, hi = ref
    if w == "yesterday":
        return lo - timedelta(days=1), hi - timedelta(days=1)
    if w == "the day before yesterday":
        return lo - timedelta(days=2), hi - timedelta(days=2)
    unit = w.split()[-1]
    if w.startswith("earlier"):  # "earlier this week": from the week's (month's, year's) first day
        first = {"week": lo - timedelta(days=lo.weekday()), "month": lo.replace(day=1),
                 "year": lo.replace(month=1, day=1)}[unit]
        return first, hi
    if unit == "week":  # the week before the article's (Monday to Sunday)
        return lo - timedelta(days=lo.weekday() + 7), hi - timedelta(days=hi.weekday() + 1)
    if unit == "weekend":  # the Saturday and Sunday before the article's date
        return lo - timedelta(days=(lo.weekday() - 5) % 7 or 7), hi - timedelta(days=(hi.weekday() - 6) % 7 or 7)
    if unit == "month":
        last = hi.replace(day=1) - timedelta(days=1)
        return (lo.replace(day=1) - timedelta(days=1)).replace(day=1), last
    return date(lo.year - 1, 1, 1), date(hi.year - 1, 12, 31)


def _month_span(w: re.Match, ref: tuple[date, date] | None) -> tuple[date, date] | None:
    """The days a month date of :data:`_WHEN_RE` names ("on October 20", "in March 2024", "in
    October": the latest October by the article's date); None for a future or unplaceable one."""
    if w.group("yearonly"):
        y = int(w.group("yearonly"))
        return (date(y, 1, 1), date(y, 12, 31)) if ref is None or date(y, 1, 1) <= ref[1] else None
    month = _text.month_number(w.group("month") or w.group("dmonth"))
    day = w.group("day") or w.group("dday")
    if w.group("year") or w.group("dyear"):
        year = int(w.group("year") or w.group("dyear"))
    elif ref is not None:
        year = ref[1].year - (month > ref[1].month)
    else:
        return None
    if day:
        try:
            lo_d = hi_d = date(year, month, int(day))
        except ValueError:
            return None
    else:
        lo_d, hi_d = _month_days(year, month)
    if ref is not None and lo_d > ref[1]:
        return None  # a future date is a plan, not a past event
    return lo_d, hi_d


def _weekday_dated(w: re.Match, ref: tuple[date, date] | None) -> date | None:
    """The day a weekday of :data:`_WHEN_RE` names when a date stands beside it ("on Monday,
    June 1", "Friday 12 March 2027"): the date wins over the weekday's place in the week. A
    date without a year is the latest such day up to the article's (the next year's, when
    that is closer: an article of late December may tell of "Friday, January 2"). A weekday that
    is not the date's ("Saturday, June 1" of a year whose June 1 is a Monday) contradicts it:
    None, the weekday read as the article's week tells it."""
    month = w.group("wmonth") or w.group("wdmonth")
    if not month:
        return None
    day, m = int(w.group("wday") or w.group("wdday")), _text.month_number(month)
    try:
        if w.group("wyear"):
            near = [date(int(w.group("wyear")), m, day)]
        elif ref is None:
            return None
        else:
            near = [date(y, m, day) for y in (ref[1].year - 1, ref[1].year, ref[1].year + 1)]
    except ValueError:
        return None
    day = near[0] if len(near) == 1 else min(near, key=lambda d: abs((d - ref[1]).days))
    return day if _WEEKDAY_NAMES[day.weekday()] == w.group("wd").lower() else None


def _amount(qual: str | None, num: str, unit: str) -> tuple[float, float] | None:
    """An elapsed amount in days, as an interval ("nearly three years", "two days")."""
    n = _text._to_number(num) if num.lower() not in ("a", "an") else 1.0
    if n is None:
        return None
    unit = unit.lower()
    if unit in _MULTIPLE_UNITS:  # "a fortnight" is two weeks, rounded as weeks are
        base, times = _MULTIPLE_UNITS[unit]
        unit, n = base, n * times
    word = (qual or "").strip().lower()
    word = _QUAL_AS.get(word, word)
    q = Quantity("", "", 0, 0, f"{word + ' ' if word else ''}{num} {unit}s", n, unit + "s", qualifier=word or None)
    iv = interval(q)
    if iv is None:
        return None
    days = DAYS[unit]
    return iv[0] * days, iv[1] * days


_MULTIPLE_UNITS = {"fortnight": ("week", 2), "decade": ("year", 10)}
# qualifiers of elapsed time read as the amounts' ones: "barely three weeks" is close below three
# weeks, "little more than a year" just over it; "just four days" is four days
_QUAL_AS = {"barely": "nearly", "only just": "nearly", "little more than": "just over", "just": ""}


def _ordinal(word: str) -> int | None:
    w = word.lower()
    if w in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[w]
    m = re.match(r"(\d{1,2})(?:st|nd|rd|th)$", w)
    return int(m.group(1)) if m else None


# a relative clause on a named person, up to a position: "Dr Hamish Cole, who has run a dental
# practice on Mary Street for 22 years"; "Dr. Samuel Oyelowo, a fisheries biologist at Marchmont
# University who has studied the run for a decade"
_WHO_RE = re.compile(r"\bwho\b[^.;:!?,]*$", re.I)  # the relative ends at its comma (", said ...")
_HEAD_GAP_RE = re.compile(r"^(?:,\s+(?:a|an|the)\s+[^,.;:]{0,80}?)?,?\s+$")  # the name, an apposition, "who"
PERSON_GAP_CHARS = 120  # a named head this far before "who" at most (a name and a short apposition)


def person_tenure(ctx: StoryContext, aid: str, sentence_start: int, text: str, pos: int) -> bool:
    """Is ``pos`` of a sentence's ``text`` inside a relative clause on a person the article names
    ("Dr Hamish Cole, who has run a dental practice ... for 22 years")? What such a clause dates or
    measures is that person's own life or career, not an event of the story; a relative on a group
    ("residents, who have been without power for a week") still tells the story's event."""
    who = _WHO_RE.search(text, 0, pos)
    if who is None:
        return False
    at = sentence_start + who.start()
    body = ctx.views[aid].article.body
    for ent in ctx.views[aid].entities:
        if ent.type != "PERSON":
            continue
        for m in ent.mentions:
            if m.article == aid and sentence_start <= m.end <= at and at - m.end <= PERSON_GAP_CHARS \
                    and _HEAD_GAP_RE.match(body[m.end:at]):
                return True
    return False


def _claims_in(ctx: StoryContext, aid: str) -> list[TimeClaim]:
    """Every claim of one article about when something began (see the module docstring)."""
    view = ctx.views[aid]
    ref, ref_how = ctx.ref_dates(aid)
    exact = ref is not None and (ref[1] - ref[0]).days <= 2 * COPY_SLACK
    out: list[TimeClaim] = []
    prev = ""
    for s in view.sentences:
        t = s.text
        lowered = folded(t)
        if not _TRIGGER_LITERALS_RE.search(lowered) or not _TRIGGER_FOLDED_RE.search(lowered):
            prev = t
            continue  # no start verb, no ordinal or counted time, no dated noun: nothing to read

        def add(a: int, b: int, event: set[str], low: float, high: float, how: str, weekday: str | None = None,
                head: set[str] | None = None, when: str = "", kind: str = "start", phrase: str = "") -> None:
            if not event:
                return
            mid_ref = (ref[0].toordinal() + ref[1].toordinal()) / 2 if ref else 0.0
            elapsed = mid_ref - (high if math.isinf(low) else (low + high) / 2) if ref else 0.0
            out.append(TimeClaim(s, s.start + a, s.start + b, t[a:b], frozenset(event), low, high, weekday,
                                 max(1.0, elapsed), how, exact, frozenset(head or event), when or t[a:b], kind,
                                 _nearest(t, a, b, head or event), phrase))

        def from_elapsed(a: int, b: int, event: set[str], days: tuple[float, float], words: str, upper_only: bool,
                         head: set[str] | None = None, when: str = "", kind: str = "elapsed") -> None:
            if ref is None:
                return
            lo = ref[0].toordinal() - days[1] - DAY_TOLERANCE
            hi = ref[1].toordinal() - days[0] + DAY_TOLERANCE
            if upper_only:  # "two days after X began": X began at least that long before the article
                add(a, b, event, -math.inf, hi, f"“{words}”: began by {date.fromordinal(int(hi)).isoformat()} ({ref_how})",
                    head=head, when=when, kind="elapsed")
            else:
                add(a, b, event, lo, hi, f"“{words}”: began {date.fromordinal(int(lo)).isoformat()}.."
                                         f"{date.fromordinal(int(hi)).isoformat()} ({ref_how})", head=head, when=when,
                    kind=kind)

        taken: list[tuple[int, int]] = []
        for m in _ORD_RE.finditer(t):
            n = _ordinal(m.group("ord"))
            unit = m.group("unit").lower()
            if n is None:
                continue
            of = re.match(r"\s+of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?", t[m.end():])
            if of:
                head, event = _forward(t, m.end() + of.end())
                # "the first day of hearings on the agency's permit": what lasts is the noun before
                # its own modifier (what the hearings are on is another thing, with its own dates)
                pp = _PREP_RE.search(t, m.end() + of.end())
                if pp is not None and (own := _event_words(t[m.end() + of.end():pp.start()])):
                    head, event = own, own
            elif m.group("lead") and m.group("lead").lower().strip() != "the" \
                    and not re.fullmatch(r"(?:in|into)\s+the\s+", m.group("lead").lower()):
                # "now in its second week"; "in the first week we were catching ..." is a time within, not how long it has run
                event = head = _subject(t, m.start(), prev)
            else:
                continue  # "the second week" alone says nothing about what has lasted
            days = DAYS[unit]
            if unit == "day":  # day 1 is the day it began: the fourth day is 3 days on
                span_days = (n - 1.0, n - 1.0)
            else:
                span_days = ((n - 1) * days, n * days - 1)
            taken.append((m.start(), m.end()))
            from_elapsed(m.start("ord"), m.end(), event, span_days, m.group(0).strip(), False, head,
                         t[m.start("ord"):m.end()])
        for m in (_CARD_RE.finditer(t) if any(w in lowered for w in _CARD_LITERALS) else ()):
            rel = m.group("rel").lower()
            if rel == "ago":
                continue  # read with the start verb or "since" it dates (below)
            days = _amount(m.group("qual"), m.group("num"), m.group("unit"))
            if days is None:
                continue
            if rel == "after" and LIMIT_BEFORE_RE.search(t, 0, m.start()):
                continue  # "stay home until 48 hours after the symptoms stop": a rule's limit, no event dated
            lead = re.match(r"\s*(?:the|a|an|its|their)?\s*", t[m.end():])
            head, event = _forward(t, m.end() + (lead.end() if lead else 0))
            if rel == "into":
                from_elapsed(m.start(), m.end(), event, days, m.group(0).strip(), False, head)
            else:  # "after" / "since": at least that long before the sentence's own event, which may be now
                # a present or coming event ("will pay ..., 13 months after"): that long before now
                present = re.search(r"\b(?:comes|come|is|are|has|have|now|remains?|will)\b", t[:m.start()], re.I)
                from_elapsed(m.start(), m.end(), event, days, m.group(0).strip(), not present, head)
        for m in _PERFECT_FOR_RE.finditer(t):
            # "have been without power for more than a week": the state began that long before the article
            days = _amount(m.group("qual"), m.group("num"), m.group("unit"))
            if days is None or any(x < m.end() and m.start() < y for x, y in taken) or _in_quote(t, m.start()) \
                    or person_tenure(ctx, aid, s.start, t, m.start()):
                continue  # "Dr Cole, who has run a practice here for 22 years": his career, no event's start
            event = _subject(t, m.start(), prev) | _event_words(t[m.end("verb"):m.start("for")])
            taken.append((m.start("for"), m.end()))
            from_elapsed(m.start("for"), m.end(), event, days, m.group(0).strip(), False, event, t[m.start("for"):m.end()])
        for m in (_OLD_RE.finditer(t) if _OLD_LITERAL in lowered else ()):
            days = _amount(m.group("qual"), m.group("num"), m.group("unit"))
            if days is None or any(x < m.end() and m.start() < y for x, y in taken) or _in_quote(t, m.start()):
                continue
            if m.group(0)[-4] == "-":  # "the three-week-old boycott": the noun after it
                head, event = _forward(t, m.end())
            else:  # "a boycott that is (barely) three weeks old": the subject before it
                lead = re.search(r"\b(?:is|are|was|were|now|only|just)\s+$", t[:m.start()], re.I)
                if lead is None:
                    continue
                head = event = _subject(t, lead.start(), prev)
            taken.append((m.start(), m.end()))
            from_elapsed(m.start(), m.end(), event, days, m.group(0).strip(), False, head, kind="age")
        for m in itertools.chain(_EFFECT_RE.finditer(t), _SOON_AS_RE.finditer(t)):
            d = _PLAN_DATE_RE.match(t, m.end())
            if d is None or ref is None or _in_quote(t, m.start()) or m.group(0).lower().startswith("took"):
                continue  # "took effect on Monday" is told in the past: a date of what happened (below)
            event = _subject(t, m.start(), prev)
            mon, day = next(((d.group(f"m{i}"), d.group(f"d{i}")) for i in (1, 2, 3) if d.group(f"m{i}")), (None, None))
            if mon is not None:
                try:
                    on = date(int(d.group("year") or ref[0].year), _MONTH_NO[mon.lower()], int(day))
                    if d.group("year") is None and (ref[0] - on).days > PLAN_PAST_DAYS:
                        on = on.replace(year=on.year + 1)
                except ValueError:
                    continue
                lo = hi = on.toordinal()
            else:  # a weekday told ahead: the next one on or after the article's day
                wd = d.group("wd").lower()
                lo, hi = ((x + timedelta(days=(_WEEKDAY_NAMES.index(wd) - x.weekday()) % 7)).toordinal() for x in ref)
            if hi < ref[0].toordinal():
                continue  # a date gone by: what took effect, told in the past
            taken.append((m.start(), d.end()))
            add(m.start(), d.end(), event, lo, hi, f"“{t[m.start():d.end()].strip()}”: "
                f"{date.fromordinal(lo).isoformat()}" + (f"..{date.fromordinal(hi).isoformat()}" if hi != lo else "")
                + f" ({ref_how})", None, event, t[m.end():d.end()].strip(), kind="plan")
        for m in _HELD_RE.finditer(t):
            days = _amount(m.group("qual"), m.group("num"), m.group("unit"))
            if days is None or any(x < m.end() and m.start() < y for x, y in taken):
                continue
            # the state ("the market", "office") began that long before the event it led to; what
            # it is of is the clause's subject too ("the club ... after three years on the market")
            head = _forward(t, m.end())[0]
            noun = _TOKEN_RE.match(t, m.end())
            if head and noun:
                from_elapsed(m.start(), noun.end(), head | _subject(t, m.start(), prev), days, t[m.start():noun.end()],
                             False, head)
        for m in _START_RE.finditer(t):
            base = m.end()
            if m.group("verb").lower() == "since" and (y := _WHEN_RE.match(t, m.start())) is not None \
                    and (y.group("yearonly") or (y.group("dmonth") and not person_tenure(ctx, aid, s.start, t, m.start()))):
                # "has been seeking the return since 2019", "on strike since 3 March": the date is read with its
                # "since" (not in a relative clause on a person: "X, who has shuttled between the capitals since 3 March")
                base = m.start()
            rest = t[base:]
            w = None
            for wm in _WHEN_RE.finditer(rest):
                gap = _CLOCK_RE.sub(" clock", rest[:wm.start()])
                if re.search(r"[.;:!?]", gap) or len(gap.split()) > GAP_WORDS:
                    break
                if wm.start() > 0 and not rest[wm.start() - 1].isspace():
                    continue
                w = wm
                break
            if w is None:
                continue
            verb = m.group("verb").lower()
            a, b = m.start(), base + w.end()
            if any(x < b and a < y for x, y in taken):
                continue
            gap_text = rest[:w.start()]
            if re.match(r"\s*to\s", gap_text) or _OTHER_CLAUSE_RE.search(_CLOCK_RE.sub(" ", gap_text)):
                continue  # "started to look stronger on Sunday"; "began after she divorced in 1947": not the start's date
            if verb == "since":
                event = head = _event_words(gap_text) or _subject(t, m.start(), prev)
                if not gap_text.strip():  # "occupied the lobby since Monday": what has gone on since
                    event = head = _event_words(_span_back(t, m.start())) or _subject(t, m.start(), prev)
                elif re.search(r"\b(?:has|have)\s+(?:now\s+)?been\b", t[:m.start()], re.I):
                    # "households have been without power since the storm struck": the state is named too
                    event = event | _subject(t, m.start(), prev)
            else:  # what was begun: the object ("opened its investigation"), else the subject ("a fire broke out")
                obj = set() if re.match(r"\s*by\b", gap_text) else _event_words(gap_text)
                head = obj or _subject(t, m.start(), prev)
                event = head | _subject(t, m.start(), prev) | _event_words(gap_text)
            phrase = t[a:b]
            when = w.group(0).strip()
            if w.group("wd") and (day := _weekday_dated(w, ref or ctx.story_dates)) is not None:
                add(a, b, event, day.toordinal(), day.toordinal(), f"“{phrase}”: {day.isoformat()}", None, head, when)
            elif w.group("wd"):
                wd = w.group("wd").lower()
                on = ref[1] if exact else ctx.story_dates[1] if ctx.story_dates else None
                if on is None:
                    add(a, b, event, math.nan, math.nan, f"“{phrase}”: a {wd.capitalize()} ({ref_how})", wd, head, when)
                    continue
                # reports of one event name the days of one week: an undated article's weekday is
                # read in the week of the story's latest date (the names are compared, not the dates)
                # "last Thursday": a day of the week before the article's, never its own day
                back = timedelta(days=1 if re.match(r"last\b", w.group(0), re.I) else 0)
                lo = _weekday_date(wd, (ref[0] if exact else on) - back).toordinal()
                hi = _weekday_date(wd, on - back).toordinal()
                how = ref_how if exact else f"{aid} undated; read in the week up to the story's date {on.isoformat()}"
                add(a, b, event, lo, hi, f"“{phrase}”: {date.fromordinal(lo).isoformat()}"
                                         + (f"..{date.fromordinal(hi).isoformat()}" if hi != lo else "")
                                         + f" ({how})", wd, head, when)
            elif w.group("rel"):
                if ref is None:
                    continue
                lo_d, hi_d = _relative_span(w.group("rel"), ref)
                add(a, b, event, lo_d.toordinal(), hi_d.toordinal(), f"“{phrase}”: {lo_d.isoformat()}..{hi_d.isoformat()}"
                    f" ({ref_how})", head=head, when=when)
            elif w.group("month") or w.group("dmonth") or w.group("yearonly"):
                span = _month_span(w, ref)  # "in January": the latest January by the article's date
                if span is None:
                    continue  # unplaceable, or a future date: a plan, not a start
                lo_d, hi_d = span
                add(a, b, event, lo_d.toordinal(), hi_d.toordinal(), f"“{phrase}”: {lo_d.isoformat()}"
                    + (f"..{hi_d.isoformat()}" if hi_d != lo_d else ""), head=head, when=when)
            elif w.group("ago"):
                ago = re.match(r"(?:(?P<qual>(?:" + _QUAL + r"))\s+)?(?P<num>" + _NUMW + r")[\s-]+(?P<unit>" + _UNIT + r")",
                               w.group("ago"), re.I)
                days = _amount(ago.group("qual") + " " if ago and ago.group("qual") else None, ago.group("num"),
                               ago.group("unit")) if ago else None
                if days is not None:
                    from_elapsed(a, b, event, days, phrase, False, head, when)
            taken.append((a, b))
        for w in _WHEN_RE.finditer(t):  # a date or "N ago" of any verb: when what the clause tells happened
            a, b = w.start(), w.end()
            if w.group("yearonly") or any(x < b and a < y for x, y in taken) or (a > 0 and not t[a - 1].isspace()):
                continue
            day = _weekday_dated(w, ref or ctx.story_dates) if w.group("wd") else None
            if w.group("wd") and ((not exact and day is None) or not _told_as_past(_span_back(t, a)) or _in_quote(t, a)
                                  or _RANGE_ON_RE.match(t, b)
                                  or re.search(r"\b(?:every|each|from|between|next|this|until|by|(?:" + _WD + r"),?\s+(?:and|or|to))\s+$",
                                               t[:w.start("wd")], re.I)):
                continue  # a weekday read as a date only in an article dated to the day, and not one of a range or a habit
            back = _span_back(t, a)
            said = list(_SPEECH_RE.finditer(back))
            phrase = (back[said[-1].end():] if said else back).strip()
            event = _event_words(phrase)
            if not event and a == len(t) - len(t.lstrip()):  # "Two months ago the ferry left port ..."
                event = _forward(t, b)[0]
            if not event:
                continue
            kind = "dated"
            if (begins := _BEGINNING_RE.match(t, b)) is not None and (started := _forward(t, begins.end())[0]):
                # "walked out on Monday, beginning an open-ended strike": the day the strike began
                event, kind, phrase = event | started, "start", ""
            if w.group("ago"):
                ago = re.match(r"(?:(?P<qual>(?:" + _QUAL + r"))\s+)?(?P<num>" + _NUMW + r")[\s-]+(?P<unit>" + _UNIT + r")",
                               w.group("ago"), re.I)
                days = _amount(ago.group("qual") + " " if ago.group("qual") else None, ago.group("num"),
                               ago.group("unit")) if ago else None
                if days is not None:
                    from_elapsed(a, b, event, days, w.group(0).strip(), False, event, w.group(0).strip(),
                                 kind="ago" if kind == "dated" else kind)
            elif w.group("rel"):
                if ref is not None:
                    lo_d, hi_d = _relative_span(w.group("rel"), ref)
                    add(a, b, event, lo_d.toordinal(), hi_d.toordinal(), f"“{t[a:b].strip()}”: {lo_d.isoformat()}.."
                        f"{hi_d.isoformat()} ({ref_how})", head=event, when=w.group(0).strip(), kind="rel", phrase=phrase)
            elif w.group("wd"):
                wd = w.group("wd").lower()
                if day is not None:  # "on Monday, June 1": the date, not the latest Monday
                    lo = hi = day.toordinal()
                else:
                    # "last Thursday": a day of the week before the article's, never its own day
                    back = timedelta(days=1 if re.match(r"last\b", w.group(0), re.I) else 0)
                    lo = _weekday_date(wd, ref[0] - back).toordinal()
                    hi = _weekday_date(wd, ref[1] - back).toordinal()
                if hi < lo:
                    continue
                add(a, b, event, lo, hi, f"“{t[a:b].strip()}”: {date.fromordinal(lo).isoformat()}"
                    + (f"..{date.fromordinal(hi).isoformat()}" if hi != lo else "")
                    + ("" if day is not None else f" ({ref_how})"),
                    head=event, when=w.group(0).strip(), kind=kind, phrase=phrase)
            # a month without a year in a clause not told as past is ahead ("when the budget
            # comes up in February"), unless it is when a state began ("since January")
            elif ((w.group("year") or w.group("dyear") or w.group(0).lower().startswith("since") or _told_as_past(back))
                  and (span := _month_span(w, ref)) is not None):
                lo_d, hi_d = span
                add(a, b, event, lo_d.toordinal(), hi_d.toordinal(), f"“{t[a:b].strip()}”: {lo_d.isoformat()}"
                    + (f"..{hi_d.isoformat()}" if hi_d != lo_d else ""), head=event, when=w.group(0).strip(),
                    kind=kind, phrase=phrase)
            taken.append((a, b))
        for m in _DATED_NOUN_RE.finditer(t):
            if any(x < m.end() and m.start() < y for x, y in taken):
                continue
            year = int(m.group("year"))
            if m.group("month"):
                lo_d, hi_d = _month_days(year, _text.month_number(m.group("month")))
            else:
                lo_d, hi_d = date(year, 1, 1), date(year, 12, 31)
            if ref is not None and lo_d > ref[1]:
                continue
            head = _event_words(m.group("noun"))
            add(m.start(), m.end(), head, lo_d.toordinal(), hi_d.toordinal(),
                f"“{m.group(0)}”: {lo_d.isoformat()}..{hi_d.isoformat()}", head=head,
                when=t[m.start("month") if m.group("month") else m.start("year"):m.end("year")], kind="named")
        prev = t
    plans = [k for k, c in enumerate(out) if c.kind == "plan"]
    if plans and len({(out[k].low, out[k].high) for k in plans}) == 1:
        # an article that gives one date for what takes effect gives the story's measure its date,
        # whatever it calls it ("the curfew" / "the crackdown"): each outlet's sole plan date is one fact
        for k in plans:
            out[k] = replace(out[k], event=out[k].event | {PLAN})
    return out


COPY_SLACK = 1  # days: the widest reference interval still read as a known date (a copy's date ± 1)


_ANY_VERB = frozenset(("dated", "rel", "ago"))  # claim kinds that date whatever verb their clause tells


def _same_event(a: TimeClaim, b: TimeClaim) -> bool:
    """May two claims of aligned clauses date one event? Clauses align on any fact they share
    (a figure, say), and a date of any verb dates what its own clause tells: "at the board's vote
    last month, ... a survey in which 35 percent" and "a survey that closed in May, 61 percent"
    share a figure, not an event. Two such dates pair only when the words
    naming their events meet in a word written in lower case (what happened: "took effect",
    not only the parties "Quellmark" and "Pell" both name); a start or an elapsed time names
    what it dates ("since Monday" / "its tenth day") and pairs by its place in the clause. A
    plan's date ("starting June 2") pairs only with a plan's: a date told ahead is no start."""
    if (a.kind == "plan") != (b.kind == "plan"):
        return False
    return not ({a.kind, b.kind} <= _ANY_VERB) or any(
        any(f[:1].islower() for f in _written_forms(w, [a])) and any(f[:1].islower() for f in _written_forms(w, [b]))
        for w in a.event & b.event)


def _past_form(word: str) -> bool:
    """Is a word as written a verb's past form ("issued", "took")?"""
    w = word.lower()
    return w in _IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed") and not w.endswith("eed"))


def _same_act(a: TimeClaim, b: TimeClaim) -> bool:
    """Do two dates of any verb date one act? Both clauses tell it with the same verb in the
    past and the same thing it was done to, each written in lower case ("the agency issued the
    order on Thursday" / "the order issued on May 7"): one act, whatever else the clauses say.
    A shared verb alone ("said", "met") or a shared name alone dates two things."""
    if a.kind != "dated" or b.kind != "dated":
        return False

    def forms(c: TimeClaim, stem: str) -> list[str]:
        return [m.group(0) for m in _TOKEN_RE.finditer(c.phrase) if _event_stem(m.group(0).lower()) == stem]

    if _decided_by_one_body(a.phrase, b.phrase):
        return True
    verb = noun = False
    for w in a.event & b.event:
        fa, fb = forms(a, w), forms(b, w)
        if not fa or not fb or not all(f[:1].islower() for f in fa + fb):
            continue
        if all(_past_form(f) for f in fa + fb):
            verb = True
        elif not any(_past_form(f) for f in fa + fb):
            noun = True
    return verb and noun


# verbs of a body's decision, told in the past ("voted", "approved", "waved the plan through"):
# one body's decision in one story is one act, whichever of these words an outlet chose
_DECISION_RE = re.compile(r"\b(?:voted|approved|passed|backed|endorsed|adopted|ratified|rejected|rubber-stamped|"
                          r"waved\s+(?:\w+\s+){0,3}through|signed\s+off|gave\s+(?:\w+\s+){0,2}go-ahead)\b", re.I)
_BODY_NAME_RE = re.compile(r"\b(?:[A-Z][\w&’'-]+\s+){2,}(?:of\s+(?:the\s+)?(?:[A-Z][\w&’'-]+\s+)*)?[A-Z][\w&’'-]+")
DECISION_NAME_WORDS = 3  # a body's name this long ("Stowe Hospitals NHS Trust") is one body, not a shared surname


def _decided_by_one_body(a: str, b: str) -> bool:
    """Do two clauses tell one body's decision: the same name of ``DECISION_NAME_WORDS`` words or
    more as the subject, each with a verb of deciding ("The board of the Valley Hospitals Trust
    voted unanimously on Thursday" / "The Valley Hospitals Trust board waved the plan through on
    Monday")?"""
    da, db = _DECISION_RE.search(a), _DECISION_RE.search(b)
    if da is None or db is None:
        return False
    names_a = {m.group(0) for m in _BODY_NAME_RE.finditer(a[:da.start()])}
    names_b = {m.group(0) for m in _BODY_NAME_RE.finditer(b[:db.start()])}
    return any(len(n.split()) >= DECISION_NAME_WORDS for n in names_a & names_b)


def _event_groups(claims: list[TimeClaim], linked: set[tuple[int, int]]) -> list[list[int]]:
    """Claims about one event: connected by aligned sentences first (``linked``: pairs of claim
    indices whose clauses report one fact), then by a shared word naming the event ("fire" /
    "fire"); never two claims of one sentence: one sentence dating two things ("opened on
    Monday, three days after the agency said ...") dates two events."""

    def may_join(group_a: list[int], group_b: list[int]) -> bool:
        sents = {(claims[k].sent.article, claims[k].sent.start) for k in group_a}
        return not any((claims[k].sent.article, claims[k].sent.start) in sents for k in group_b)

    # a date named from the article's own ("last week", "yesterday") dates whatever its clause
    # tells, often an aside: it joins an event only through an aligned clause, never by a word
    words = [frozenset() if c.kind == "rel" else c.event for c in claims]
    groups = _text.join_by_shared_words(words, may_join, sorted(linked))
    return [g for g in groups if len({claims[k].sent.article for k in g}) > 1]


DATED_SCALE_FLOOR = 7.0  # days: two dates to the day within the last week or so are of one scale, the story's days


def _apart(a: TimeClaim, b: TimeClaim) -> bool:
    """Are two claims of different time scales (more than ``SCALE_RATIO`` apart in how long
    ago they date their events)? Two dates of any verb given to the day are both of the story's
    days when each lies within ``DATED_SCALE_FLOOR`` or so ("late Thursday" and "on May 7",
    read a week apart); "third day" and "third year", or "on Saturday" and "since December", are not."""
    ea, eb = a.elapsed, b.elapsed
    if a.kind == b.kind == "dated" and a.high - a.low <= 1 and b.high - b.low <= 1:
        ea, eb = max(ea, DATED_SCALE_FLOOR), max(eb, DATED_SCALE_FLOOR)
    return max(ea, eb) > SCALE_RATIO * min(ea, eb)


def _clash(a: TimeClaim, b: TimeClaim, aligned: bool = False) -> str | None:
    """Why two claims of one event cannot both be true, or None. A dated name ("the 2009
    season") is one instance of what may recur: it contradicts only a claim of how long the
    event has lasted, not another year's instance nor another start."""
    kinds = (a.kind, b.kind)
    if ("plan" in kinds) != (kinds == ("plan", "plan")):
        return None  # when a measure will apply is no start of anything told in the past
    if "named" in kinds and "elapsed" not in kinds and "ago" not in kinds and "age" not in kinds:
        return None
    if "rel" in kinds and not ({"dated", "ago", "rel", "start"} >= set(kinds)):
        return None  # "last week" says when something happened, not how long it has lasted
    if "dated" in kinds and "ago" not in kinds and "rel" not in kinds and not aligned:
        return None  # two dates of any verbs may date two things that happened; only "N ago" of one is checked
    if a.weekday and b.weekday and not (a.exact_ref and b.exact_ref):
        if a.weekday != b.weekday:  # undated: a week's slack would hide it, but the names differ
            return f"{a.sent.article} says {a.weekday.capitalize()}, {b.sent.article} says {b.weekday.capitalize()}"
        return None
    if math.isnan(a.low) or math.isnan(b.low):
        return None
    if _apart(a, b) and not (math.isinf(a.low) or math.isinf(b.low)):
        return None  # a plant opened in 1988 and a fire on Monday: two events
    if a.high < b.low or b.high < a.low:
        return f"{a.sent.article} {_days(a)} cannot meet {b.sent.article} {_days(b)}"
    return None


BACKING_WORDS = 2  # one shared word names the thing ("the mill"), a second what happened to it


def _backs(c: TimeClaim, held: TimeClaim) -> bool:
    """Does claim ``c``, in no clash itself, back ``held``, a claim in conflict? Another
    article's claim about the same event whose dates meet: of the same question (kinds that
    could contradict it, or two dates of any verb) with a naming word in common, else (a date
    of any verb beside a start or an elapsed time) with ``BACKING_WORDS`` in common. "The new
    fare took effect on Monday" backs "the fare took effect on Monday", "the family put the
    mill up for sale in August" backs "13 months after the family put the mill up for sale";
    "she was discharged on Monday" or "winds drove the smoke inland on Saturday" (beside "the
    depot fire was first reported on Saturday") back nothing."""
    same_question = _clash_kinds(c, held) or c.kind == held.kind == "dated"
    return (c.sent.article != held.sent.article
            and len(c.event & held.event) >= (1 if same_question else BACKING_WORDS)
            and not (held.high < c.low or c.high < held.low))


def _clash_kinds(a: TimeClaim, b: TimeClaim) -> bool:
    """May claims of these kinds contradict each other at all (see :func:`_clash`)?"""
    kinds = {a.kind, b.kind}
    if "plan" in kinds:
        return kinds == {"plan"}
    if "rel" in kinds:
        return kinds <= {"dated", "ago", "rel", "start"}
    if "dated" in kinds:
        return "ago" in kinds
    return True


def _days(c: TimeClaim) -> str:
    lo = "…" if math.isinf(c.low) else date.fromordinal(int(c.low)).isoformat()
    return f"[{lo}, {date.fromordinal(int(c.high)).isoformat()}]"


_VERB_FORM_RE = re.compile(r"(?:ed|ing)$", re.I)  # "lodged", "leaving": what happened, not what it is called
_MODIFIER_RE = re.compile(r"(?:-scale|-style|-term|-level|-wide|-based|al|ive|ic|ous|ful|ian|ese|ish|ern)$")  # "full-scale", "toxic", "corvanian": not the event


# words that are never an event's noun: particles and adverbs ("set forth", "far away"), amounts and
# their units ("8 per cent", "$4 million", "nine hours")
_NEVER_NOUN = frozenset(("forth", "back", "out", "up", "down", "off", "away", "over", "ahead", "along", "apart",
                         "together", "cent", "percent", "dozen", "hundred", *_text.SCALES, *_text.NUMBER_WORDS,
                         *(u + s for u in _UNIT.split("|") for s in ("", "s"))))
_SUBJECT_WORDS = r"they|he|she|we|i|you|who|which"  # a word right after these is their verb ("what they spent", "who sailed")
EVENT_NOUN_MIN = 4  # letters of an "-ed" word that is a verb form ("fled", "lodged"); "bed", "red" are no verbs


def _names_event(word: str, claims: list[TimeClaim]) -> bool:
    """Whether ``word`` (as written) reads as the noun of an event in "when the <word> began":
    no particle, adverb, modifier or amount, no "-ed" verb form ("lodged", "fled"), and no
    verb that its claims' sentences only write after a subject pronoun ("what they spent",
    "who sailed", and never "the spent")."""
    w = word.lower()
    if (w in _NEVER_NOUN or w.endswith("ly") or _MODIFIER_RE.search(w)
            or (len(w) >= EVENT_NOUN_MIN and w.endswith("ed") and not w.endswith("eed"))):
        return False
    after_subject = re.compile(r"\b(?:" + _SUBJECT_WORDS + r")\s+" + re.escape(w) + r"\b", re.I)
    after_determiner = re.compile(r"\b(?:the|a|an|its|their|his|her|this|these|those|our)\s+" + re.escape(w) + r"\b", re.I)
    texts = [c.sent.text for c in claims]
    return not (any(after_subject.search(t) for t in texts) and not any(after_determiner.search(t) for t in texts))


def _label(claims: list[TimeClaim]) -> str:
    """The event's name: the naming word most of its articles use (then that most of them put
    nearest their claim, then the most claims use), nouns before modifiers."""
    counts: dict[str, set[str]] = {}
    claims_of: dict[str, int] = {}
    nearest: dict[str, set[str]] = {}
    for c in claims:
        for w in c.head:
            counts.setdefault(w, set()).add(c.sent.article)
            claims_of[w] = claims_of.get(w, 0) + 1
        if c.noun:
            nearest.setdefault(c.noun, set()).add(c.sent.article)
    if not counts:
        return "event"
    forms = {w: _written_forms(w, claims) for w in counts}
    # a common noun ("fire") names an event; a name ("Brackwell") is what it is about, a verb
    # form ("lodged") says what happened
    best = max(sorted(counts), key=lambda w: (any(f[:1].islower() for f in forms[w]),
                                              w in _KINDS or any(not _VERB_FORM_RE.search(f) and f.lower() not in _IRREGULAR_PAST
                                                                 for f in forms[w]),
                                              not _MODIFIER_RE.search(w), len(counts[w]),
                                              len(nearest.get(w, ())), claims_of[w]))
    if best in _KINDS and all(_VERB_FORM_RE.search(f) for f in forms[best]):
        return best  # "gifted" and "bequeathed": the kind names the event ("gift")
    for c in claims:  # the word as written ("investigation"), not its stem
        for m in _TOKEN_RE.finditer(c.sent.text):
            word = m.group(0).lower().replace("’", "'").removesuffix("'s")
            if _text.stem(word) == best or _event_stem(word) == best:  # "stoppage" for the kind "walkout", as written
                return word
    return best


PHRASE_WORDS = 8  # a clause longer than this is no label ("care assistants at the ... walked out" is kept, a whole lead is not)
_DETERMINER_RE = re.compile(r"^(?:The|A|An|Its|Their|His|Her|This|That)\b")


def _written_event(claims: list[TimeClaim], label: str) -> str:
    """What happened, as the articles write it, for dates of any verb: the clause before the
    date that holds the event's naming word ("The new fare took effect" of "The new fare
    took effect on Monday") and opens with its subject (a determiner or a name), the one most
    articles write, else the shortest; "" when none is short enough."""
    written: dict[str, set[str]] = {}
    for c in claims:
        words = c.phrase.strip(" ,").split()
        if not 2 <= len(words) <= PHRASE_WORDS or not any(_text.stem(w.lower().strip(",'’")) == _text.stem(label)
                                                          or w.lower().strip(",'’") == label for w in words):
            continue
        text = re.sub(r"^(?:which|who|that)\s+(?=[A-Z])", "", " ".join(words))  # "which Corvania seized": its subject
        if not (text[:1].isupper() or _DETERMINER_RE.match(text[0].upper() + text[1:])):
            continue  # a fragment ("more than three times what they paid"), no subject and verb
        if _DETERMINER_RE.match(text):
            text = text[0].lower() + text[1:]
        written.setdefault(text, set()).add(c.sent.article)
    if not written:
        return ""
    return max(sorted(written), key=lambda p: (len(written[p]), -len(p)))


# where a clause opens: a comma (not of "1,200"), other punctuation, a relative word, a verb of speech
_CLAUSE_OPEN_RE = re.compile(r"^.*(?:,(?!\d)|[;:(“”\"]|\s[-—–]\s|\b(?:who|which|that|what|where|when|whose|said|says|told)\b)\s*",
                             re.I | re.S)
_CLAUSE_TAIL_RE = re.compile(r"(?:\s+(?:the|a|an|in|on|of|at|since|for|by|from|to|into|its|their))+$", re.I)  # "... in the"
CLAUSE_MIN_WORDS = 3  # a shorter clause ("resigned", "they spent") says too little to name an event alone


def _short_clause(claims: list[TimeClaim], label: str) -> str:
    """The words before a claim's date, from the opening of their own clause (after a comma or a
    "who"/"what"; from farther back when that leaves fewer than :data:`CLAUSE_MIN_WORDS`), as
    written: of the clauses holding ``label`` (else of all), the shortest; at most
    :data:`PHRASE_WORDS` words ("twice what they spent", "sailed into Brenmoor")."""
    clauses = []
    for c in claims:
        lead = c.sent.text[: max(0, c.start - c.sent.start)]  # the sentence up to the claim
        clause = _CLAUSE_TAIL_RE.sub("", _CLAUSE_OPEN_RE.sub("", lead).strip(" ,.")).strip(" ,.")
        if len(clause.split()) < CLAUSE_MIN_WORDS:  # "who resigned": the words before its opener too
            clause = " ".join(_CLAUSE_TAIL_RE.sub("", lead.strip(" ,.")).split()[-PHRASE_WORDS:]).strip(" ,.“”\"")
            rest = clause.partition(", ")[2]  # the cut-off words before a comma ("nurse, twice what ...") go
            if len(rest.split()) >= CLAUSE_MIN_WORDS:
                clause = rest
        if clause:
            clauses.append(clause)
    holding = [t for t in clauses if re.search(r"\b" + re.escape(label) + r"\b", t, re.I)]
    if not (holding or clauses):
        return label
    words = min(holding or clauses, key=lambda t: (len(t.split()) < CLAUSE_MIN_WORDS, len(t.split()), t)).split()
    return " ".join(words[-PHRASE_WORDS:])


def _of_phrase(claims: list[TimeClaim], label: str) -> str:
    """The event's noun when the label only names what it is of: "a shortage of the vaccine",
    "the closure of the bridge" as most claims' sentences write it ("shortage of the vaccine"), else ""."""
    found: dict[str, set[str]] = {}
    pattern = re.compile(r"\b(?:a|an|the|its|their)\s+([a-z][\w-]+)\s+of\s+(?:the|its|their)\s+" + re.escape(label) + r"\b")
    for c in claims:
        for m in pattern.finditer(c.sent.text):
            if _text.stem(m.group(1)) not in _NOT_EVENT and m.group(1) not in _text.STOPWORDS:
                found.setdefault(m.group(1), set()).add(c.sent.article)
    if not found:
        return ""
    noun = max(sorted(found), key=lambda w: len(found[w]))
    return f"{noun} of the {label}"


def _written_forms(stem: str, claims: list[TimeClaim]) -> set[str]:
    """The words of this stem as the claims' sentences write them ("Fire", "fire", "fires")."""
    out = set()
    for c in claims:
        for m in _TOKEN_RE.finditer(c.sent.text):
            word = m.group(0)
            low = word.lower().replace("’", "'").removesuffix("'s")
            if _text.stem(low) == stem or _event_stem(low) == stem:
                out.add(word)  # also a word of an event kind ("stoppage" of "walkout")
    return out


def time_facts(ctx: StoryContext, linked_spans: list[list[tuple[str, int, int]]] | None = None) -> list[Fact]:
    """Facts about when the story's events began, one per event named in several articles:
    a conflict (with sides) when two independent claims cannot both hold, else consistent.

    ``linked_spans``: groups of aligned clauses (article, start, end) from fact alignment; two
    claims inside one group are about one event whatever words they use.
    """
    claims = [c for aid in ctx.views for c in _claims_in(ctx, aid)]
    if not claims:
        return gap_facts(ctx, claims)
    linked: set[tuple[int, int]] = set()
    for group in linked_spans or []:
        # the n-th claim of one article's clause reports what the n-th of another's does
        # ("opened hearings on Monday, three days after the agency said ...": two events, twice)
        per: dict[str, list[int]] = {}
        for k, c in enumerate(claims):
            for (aid, s, e) in group:
                if c.sent.article == aid and s <= c.start < e and k not in per.get(aid, []):
                    per.setdefault(aid, []).append(k)
        ranked = [sorted(ks, key=lambda k: claims[k].start) for ks in per.values()]
        for ks in ranked[1:]:
            linked.update((a, b) for a, b in _paired(ranked[0], ks, claims) if _same_event(claims[a], claims[b]))
    facts = []
    for group in _event_groups(claims, linked):
        for members in _bands([claims[k] for k in group]):
            if len({c.sent.article for c in members}) > 1:
                facts.append(_time_fact(ctx, members, {(id(claims[i]), id(claims[j])) for i, j in linked}))
    return facts + gap_facts(ctx, claims)


def _paired(xs: list[int], ys: list[int], claims: list[TimeClaim]) -> list[tuple[int, int]]:
    """Claims of two aligned clauses paired as one event: first those of one kind that share a
    word naming it ("was founded in 1951" / "the ensemble, founded in 1951" across "learned on
    Wednesday"), then the rest in reading order (the n-th with the n-th)."""
    pairs: list[tuple[int, int]] = []
    left, right = list(xs), list(ys)
    for a in xs:
        b = next((b for b in right if claims[a].kind == claims[b].kind and claims[a].event & claims[b].event), None)
        if b is not None:
            pairs.append((a, b))
            left.remove(a)
            right.remove(b)
    return pairs + list(zip(left, right))


def _bands(members: list[TimeClaim]) -> list[list[TimeClaim]]:
    """One event group cut by time scale: claims whose elapsed times lie within ``SCALE_RATIO``
    of the band's shortest ("second day of talks" and "second year of the war" are two
    events, whatever words they share). A claim that only bounds the start from above ("two
    days after it began") joins the bands it contradicts, and no other."""
    # a date of any verb says when one thing happened: it joins the bands of the claims of its
    # scale; it does not cut them (a "Tuesday" of an aside beside a "third week")
    loose = [c for c in members if c.kind in ("dated", "rel")]
    firm = [c for c in members if c.kind not in ("dated", "rel")]
    if loose and firm:
        bands = _bands(firm)
        alone = []
        for c in loose:
            # of its scale and naming what a claim of the band names ("the new fare took effect on
            # June 1" is no part of "the shortage, now in its third month" for sharing a group)
            homes = [band for band in bands if any(o.sent.article != c.sent.article and max(c.elapsed, o.elapsed) <= SCALE_RATIO * min(c.elapsed, o.elapsed)
                                                   and c.event & o.event for o in band)]
            for band in homes:
                band.append(c)
            if not homes:
                alone.append(c)
        order = {id(c): n for n, c in enumerate(members)}
        return [sorted(band, key=lambda c: order[id(c)]) for band in bands + (_bands(alone) if len(alone) > 1 else [])]
    two_sided = sorted((c for c in members if not math.isinf(c.low)), key=lambda c: c.elapsed)
    bands: list[list[TimeClaim]] = []
    for c in two_sided:
        if bands and not _apart(c, bands[-1][0]):
            bands[-1].append(c)
        else:
            bands.append([c])
    for c in members:
        if math.isinf(c.low):
            for band in bands:
                if any(o.sent.article != c.sent.article and _clash(c, o) for o in band):
                    band.append(c)
    order = {id(c): n for n, c in enumerate(members)}
    return [sorted(band, key=lambda c: order[id(c)]) for band in bands]


def _time_fact(ctx: StoryContext, members: list[TimeClaim], aligned: set[tuple[int, int]] = frozenset()) -> Fact:
    """One event's start claims as a fact: a conflict with sides when two cannot both hold."""
    clashes = []
    in_clash: set[int] = set()
    for x, a in enumerate(members):
        for b in members[x + 1:]:
            pair = (id(a), id(b)) in aligned or (id(b), id(a)) in aligned or _same_act(a, b)
            if a.sent.article != b.sent.article and (why := _clash(a, b, pair)):
                clashes.append(why)
                in_clash.update((id(a), id(b)))
    if clashes:  # a claim takes a side when it contradicts or backs a claim in conflict, else none
        held = [c for c in members if id(c) in in_clash]
        firm = {c.sent.article for c in members if c.kind not in ("dated", "rel")}  # an article's own claim speaks for it
        members = [c for c in members if id(c) in in_clash
                   or ((c.kind not in ("dated", "rel") or c.sent.article not in firm)
                       and any(_backs(c, o) for o in held))]
    event = _label(members)
    # dates and "N ago" of any verb say when something happened, not when it began
    verb = "happened" if all(c.kind in ("ago", "dated", "rel") for c in members) else "began"
    if any(c.kind == "plan" for c in members):
        # a measure's date told ahead: when it will apply, not when it began; a place's opening or
        # closing told ahead by its own verb ("when the library reopens")
        plural = _text.is_plural(event.split()[-1] if event else "")
        acts = {m.group(1).lower() for c in members if c.kind == "plan" and (m := _PLANNED_ACT_RE.search(c.words))}
        verb = (acts.pop() + ("" if plural else "s")) if len(acts) == 1 else "take effect" if plural else "takes effect"
    claim = f"when the {event} {verb}"
    if verb == "happened" and (written := _written_event(members, event)):
        claim = f"when {written}"  # "when the new fare took effect", not "when the effect happened"
    elif verb == "began" and (of := _of_phrase(members, event)):
        claim = f"when the {of} {verb}"  # "when the shortage of the vaccine began", not "when the vaccine began"
    elif not _names_event(event, members):
        claim = f"when it {verb}: {_short_clause(members, event)}"  # not "when the spent happened"
    articles = list(dict.fromkeys(c.sent.article for c in members))
    reasoning = "; ".join(f"{c.sent.article}: {c.how}" for c in members)
    if clashes:
        reports = []
        for c in members:
            if math.isnan(c.low):  # no date anywhere in the story: each weekday is a value of its own
                day = _WEEKDAY_NAMES.index(c.weekday or "monday")
                reports.append(Report(c.sent.article, day, day, c.when))
            else:
                reports.append(Report(c.sent.article, c.low, c.high, c.when))
        groups = sides(ctx, reports)
        side_records = fact_sides(ctx, groups)
        detail = (f"{sides_text(side_records)}. {claim[0].upper()}{claim[1:]}, as each article says it: {reasoning}. "
                  f"These cannot all be true: " + "; ".join(dict.fromkeys(clashes)))
        on_sides = {id(c) for g in groups for r in g for c in members if c.when == r.text and c.sent.article == r.article}
        kept = [c for c in members if id(c) in on_sides]
        verdict = "conflict"
    else:
        side_records = []
        detail = f"{claim}, as each article says it: {reasoning}"
        kept = members
        verdict, detail = independence(ctx, articles, "consistent", detail)
    mentions = [mention(c.sent, c.start, c.end, ctx.views[c.sent.article].article.body) for c in kept]
    return Fact(id="", story=ctx.story.id, claim=claim, mentions=mentions,
                verdict=verdict, detail=detail, sides=side_records)


# --------------------------------------------------------------------------- 4. gaps between two events

GAP_MIN_SHARED = 2  # naming words a report must share with a gap's two events (one of them a common word)

# "arrested a suspect a week after the statue vanished", "postponed two days before it was due
# to start": how long one event came after (before) another
_GAP_RE = re.compile(r"(?P<qual>\b(?:" + _QUAL + r")\s+)?\b(?P<num>" + _NUMW + r")[\s-]+(?P<unit>" + _UNIT + r")s?\s+"
                     r"(?P<rel>after|before)\s+", re.I)
_FOR_BEFORE_RE = re.compile(r"\bfor\s+(?:the\s+(?:past|last)\s+)?$", re.I)
_GAP_TRIGGER_RE = re.compile(r"\b(?:" + _UNIT + r")s?\s+(?:after|before)\b", re.I)
_GAP_TRIGGER_FOLDED_RE = folded_twin(_GAP_TRIGGER_RE) or re.compile(r"(?!)")  # (never None: tested)


START = "<start>"  # the naming word every "it began", "was due to open" shares: the start of what is named
_BEGIN_RE = re.compile(r"\b(?:begin|began|begun|begins|start|started|starts|open|opened|opens|launch|launched|"
                       r"kick\s+off|kicked\s+off)\b", re.I)


@dataclass(slots=True)
class GapClaim:
    """One article's claim of how long one event (``first``) came after another (``then``):
    days from the second to the first, as an interval (negative: it came before)."""

    sent: _text.Sentence
    start: int
    end: int
    words: str
    first: frozenset[str]  # stems naming the clause's own event ("arrested a suspect")
    then: frozenset[str]  # stems naming the event it is timed from ("the painting vanished")
    low: float
    high: float


def _gap_claims(ctx: StoryContext, aid: str) -> list[GapClaim]:
    out = []
    for s in ctx.views[aid].sentences:
        t = s.text
        lowered = folded(t)
        if ("after" not in lowered and "before" not in lowered) or not _GAP_TRIGGER_FOLDED_RE.search(lowered):
            continue  # every gap holds "after" or "before" (most sentences: neither)
        for m in _GAP_RE.finditer(t):
            if _in_quote(t, m.start()) or _FOR_BEFORE_RE.search(t, 0, m.start()):
                continue  # "fenced off for more than a year after the stone fell": how long a state has held, no gap
            days = _amount(m.group("qual"), m.group("num"), m.group("unit"))
            back = _span_back(t, m.start())
            if not _told_as_past(back):
                continue  # "the vote comes a day before the primary": a schedule, not a report of what happened
            said = list(_SPEECH_RE.finditer(back))
            first = frozenset(_event_words(back[said[-1].end():] if said else back))
            head, _more = _span_forward(t, m.end())
            then = frozenset(_event_words(head))
            if _BEGIN_RE.search(_span_forward(t, m.end(), 8)[0]):  # "before it was due to open", "after the hearings began": its start
                then = then | {START}
            if days is None or not first or not then:
                continue
            lo, hi = days if m.group("rel").lower() == "after" else (-days[1], -days[0])
            out.append(GapClaim(s, s.start + m.start(), s.start + m.end() - 1, t[m.start():m.end()].strip(),
                                first - then, then - first, lo, hi))
    return out


def _lowercase_stems(text: str) -> set[str]:
    return {_event_stem(m.group(0).lower()) for m in _TOKEN_RE.finditer(text) if m.group(0)[0].islower()}


def gap_facts(ctx: StoryContext, claims: list[TimeClaim]) -> list[Fact]:
    """Conflicts over how long one event came after another: an article's "a week after the
    theft" against another's own gap between the two ("two days after", "less than 24 hours
    before"), or the gap between its dates of the two events ("taken on Saturday", "arrested on
    Monday": two days, ± ``DAY_TOLERANCE``). A report matches a gap when its naming words meet
    both events' (``GAP_MIN_SHARED`` in all; the later event's by a common word, not a name). Only conflicts are reported."""
    gaps = [g for aid in ctx.views for g in _gap_claims(ctx, aid)]
    if not gaps:
        return []
    dated: dict[str, list[TimeClaim]] = {}
    for c in claims:
        # an age ("a two-week-old boycott") dates a thing still going on, no event a gap runs from or to
        if not (math.isinf(c.low) or math.isnan(c.low)) and c.kind not in ("named", "age", "plan"):
            dated.setdefault(c.sent.article, []).append(c)
    facts: list[Fact] = []
    used: set[int] = set()
    for k, g in enumerate(gaps):
        if k in used:
            continue
        common = _lowercase_stems(g.sent.text)
        reports = [(Report(g.sent.article, g.low, g.high, g.words), [g])]
        clashes = []

        def matches(first: frozenset[str], then: frozenset[str]) -> int:
            a, b = first & g.first, then & g.then
            if not b or len(a) + len(b) < GAP_MIN_SHARED or not a & common:  # what came: a common word, not a name
                return 0
            return len(a) + len(b)

        for j, o in enumerate(gaps):
            if o.sent.article == g.sent.article or not matches(o.first, o.then):
                continue
            reports.append((Report(o.sent.article, o.low, o.high, o.words), [o]))
            used.add(j)
            if o.high < g.low or g.high < o.low:
                clashes.append(f"{g.sent.article} {g.words!r} cannot meet {o.sent.article} {o.words!r}")
        for aid, cs in dated.items():
            if aid == g.sent.article or any(r.article == aid for r, _ in reports):
                continue
            pairs = [(matches(e.event, x.event), e, x) for e in cs for x in cs if e is not x and e.start != x.start]
            pairs = [p for p in pairs if p[0]]
            if not pairs:
                continue
            best = max(p[0] for p in pairs)
            spans = [(e.low - x.high - DAY_TOLERANCE, e.high - x.low + DAY_TOLERANCE, e, x) for n, e, x in pairs if n == best]
            if not all(hi < g.low or g.high < lo for lo, hi, _, _ in spans):
                reports.append((Report(aid, spans[0][0], spans[0][1], ""), []))
                continue  # some reading of its dates allows the gap
            lo, hi, e, x = spans[0]
            reports.append((Report(aid, lo, hi, f"{x.when} … {e.when}"), [x, e]))
            clashes.append(f"{g.sent.article} {g.words!r} cannot meet {aid}: {x.when!r} to {e.when!r}, "
                           f"{lo:g}..{hi:g} days")
        if not clashes:
            continue
        shown = [(r, src) for r, src in reports if src]
        groups = sides(ctx, [r for r, _ in shown])
        side_records = fact_sides(ctx, groups)
        mentions = [mention(c.sent, c.start, c.end, ctx.views[c.sent.article].article.body)
                    for _, src in shown for c in src]
        detail = (f"{sides_text(side_records)}. How long after one event the next came, as each article says it "
                  f"(days): " + "; ".join(f"{r.article}: {r.low:g}..{r.high:g}" for r, _ in shown)
                  + ". These cannot all be true: " + "; ".join(clashes))
        t0 = g.sent.text
        since = _span_forward(t0, g.end - g.sent.start + 1)[0]
        until = _span_back(t0, g.start - g.sent.start)
        facts.append(Fact(id="", story=ctx.story.id, claim=f"how long between “{since}” and “{until}”",
                          mentions=mentions, verdict="conflict", detail=detail, sides=side_records))
    return facts
