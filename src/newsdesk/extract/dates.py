"""Date mentions: absolute dates as written, relative ones resolved against an anchor.

Absolute: "December 1, 2025", "Dec. 1", "Sept 14", "1 December 2025", "2025-12-01", "in February 2022",
"Dec. 2025" (a month with its year needs no preposition), "in 2022", "since 2014" (a bare year needs a preposition before it, so "2,022 drones" or
"Article 2022" are not dates). Relative: weekdays ("on Sunday", "Monday night", "last
Tuesday"), "today", "yesterday", "tomorrow", "the previous day/night", "last/this/next
week|month|year", "later/earlier this week", "N days/weeks/months/years ago".

The anchor is the article's publication date (``resolved_from="published:YYYY-MM-DD"``) or a
date in its metadata (``"metadata:YYYY-MM-DD"``). With no anchor, or an odd one (outside
:data:`YEAR_MIN` … :data:`YEAR_MAX`: a CMS placeholder such as 0001-01-01 or 9999-12-31), a
relative date keeps ``value=None``; date arithmetic never raises (a result the calendar cannot
hold is ``None`` too). Conventions:

* a bare weekday is the most recent such day on or before the anchor (news convention:
  "said on Sunday" in a Monday paper is the day before); "next Monday" is the next one, and
  so is a weekday in a sentence about the future ("is expected to meet … on Tuesday",
  "will vote Monday");
* week values are the ISO Monday of that week (granularity "week"), month values
  ``YYYY-MM``, year values ``YYYY``; a "December 1" without a year takes the anchor's year.

Pure regular expressions (dateparser is not needed and is slow).
"""
from __future__ import annotations

import datetime as dt
import re

from ..model import Article, DateMention
from ..patterns import folded, folded_finditer, starting_with

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
# Bare years outside this range are not taken as dates ("in 1200 cases"), and an anchor outside
# it is no anchor (a placeholder publication date, not a day to count "three days ago" from).
YEAR_MIN, YEAR_MAX = 1900, 2100
# A weekday after these words in its sentence is the next such day, not the last one.
FUTURE_RE = re.compile(r"\b(?:will|is|are) (?:expected|scheduled|set|due|slated) to\b|\bwill\b|\bplans? to\b|\bis to\b|\bare to\b", re.I)
# How far back (chars) a future-tense word may sit before a weekday.
FUTURE_WINDOW = 120
# A clause opened after the future word and told in the past is not the future's: "will pay
# from March 1 after the board voted late Wednesday" (the vote was last Wednesday).
SUBORDINATE_RE = re.compile(r"\b(?:after|since|because|following|when|which|who|that)\b", re.I)
PAST_WORDS = frozenset("was were had did said met held made took gave began came went told left sent "
                       "won lost paid sold brought fought kept found heard ran rose fell".split())
# auxiliaries that make an "-ed" form a participle of the present or future ("will be named")
_PARTICIPLE_AUX = frozenset("be been being is are am will to has have".split())
# "every Sunday", "each Friday": a habit, not a day
HABIT_RE = re.compile(r"\b(?:every|each)\s+$", re.I)
SENTENCE_END_RE = re.compile(r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\b[A-Z])[.!?][”\"]?\s|\n")
# Metadata keys that may hold a publication date when ``article.published`` is empty.
METADATA_DATE_KEYS = ("published", "published_date", "date", "pubdate", "publication_date")

_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# Each pattern opens with starting_with(its possible first characters): the same matches, 2x faster.
PATTERNS = [
    ("iso", re.compile(starting_with(r"\d") + r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("mdy", re.compile(starting_with("JFMASOND") + rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?\b")),
    ("dmy", re.compile(starting_with(r"\d") + rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+(?P<year>\d{{4}}))?\b")),
    ("my", re.compile(starting_with("isubfoadelm") + rf"\b(?:(?:in|since|until|by|from|of|before|after|during|early|late|mid-?)\s+){_MONTH}(?:\s+(?P<year>\d{{4}}))?\b")),
    # "began Dec. 2025", "the March 2023 invasion": a month with its year needs no preposition
    ("my", re.compile(starting_with("JFMASOND") + rf"\b{_MONTH}\s+(?P<year>\d{{4}})(?![\d,.]\d|-\d)\b")),
    ("year", re.compile(starting_with("isubfadotelm") + r"\b(?:in|since|until|by|from|before|after|during|of|through|(?:early|late|mid-?)\s*)\s*(?P<year>\d{4})(?![\d,.]\d|-\d|\s*(?:percent|%))\b")),
    ("ago", re.compile(starting_with(r"aotfsen\d") + r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.I)),
    ("rel", re.compile(starting_with("ltne") + r"\b(?P<which>last|this|next|later this|earlier this|later next|early next|late last|earlier last)\s+(?P<unit>week|month|year|weekend)\b", re.I)),
    ("word", re.compile(starting_with("ty") + r"\b(?P<word>today|yesterday|tomorrow|the previous (?:day|night|evening)|the day before|the night before)\b", re.I)),
    ("weekday", re.compile(starting_with("lntosbuMTWFS") + rf"\b(?:(?P<mod>last|next|this|on|since|by|until)\s+)?{_WEEKDAY}(?:\s+(?:night|morning|afternoon|evening))?\b")),
]

# Literals every match of a pattern holds, tested before it is searched: a month's first three
# letters (case-sensitive patterns: 30 % of the real texts name no month), "ago" in the folded
# text (re.I: 80 % have none; patterns.folded holds each case-insensitive ASCII match in lower case)
_MONTH_PREFIXES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_GATED_PATTERNS = [(kind, rx, "month" if _MONTH in rx.pattern else "ago" if kind == "ago" else None)
                   for kind, rx in PATTERNS]


def anchor_date(article: Article) -> tuple[dt.date, str] | None:
    """(anchor date, its provenance) from ``published`` or the metadata; None when absent or
    odd (see :func:`usable_anchor`)."""
    if isinstance(article.published, str):
        day = _parse_iso(article.published)
        if usable_anchor(day):
            return day, "published"
    for key, value in (article.metadata or {}).items():
        if key.lower() in METADATA_DATE_KEYS and isinstance(value, str):
            day = _parse_iso(value)
            if usable_anchor(day):
                return day, "metadata"
    return None


def usable_anchor(day: dt.date | None) -> bool:
    """A day relative dates can be counted from: one in :data:`YEAR_MIN` … :data:`YEAR_MAX`."""
    return day is not None and YEAR_MIN <= day.year <= YEAR_MAX


def _parse_iso(value: str) -> dt.date | None:
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", value)
    if m is None:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _shift_month(day: dt.date, months: int) -> tuple[int, int]:
    k = day.year * 12 + day.month - 1 + months
    return k // 12, k % 12 + 1


def _resolve(kind: str, m: re.Match, anchor: dt.date | None, future: bool = False) -> tuple[str | None, str, bool]:
    """(value, granularity, is_relative) for one match."""
    g = m.groupdict()
    if kind == "iso":
        try:
            return dt.date(int(g["y"]), int(g["m"]), int(g["d"])).isoformat(), "day", False
        except ValueError:
            return None, "day", False
    if kind in ("mdy", "dmy"):
        month = MONTHS[g["month"].lower().rstrip(".")]
        year = int(g["year"]) if g.get("year") else (anchor.year if anchor else None)
        if year is None:
            return None, "day", True
        try:
            return dt.date(year, month, int(g["day"])).isoformat(), "day", not g.get("year")
        except ValueError:
            return None, "day", False
    if kind == "my":
        month = MONTHS[g["month"].lower().rstrip(".")]
        if g.get("year"):
            return _month_value(int(g["year"]), month), "month", False
        return (_month_value(anchor.year, month) if anchor else None), "month", True
    if kind == "year":
        return g["year"], "year", False
    if anchor is None:
        return None, {"ago": (g.get("unit") or "day").lower(), "rel": (g.get("unit") or "").lower()}.get(kind, "day"), True
    if kind == "ago":
        n = int(g["n"]) if g["n"].isdigit() else NUMBER_WORDS[g["n"].lower()]
        unit = g["unit"].lower()
        if unit == "day":
            return (anchor - dt.timedelta(days=n)).isoformat(), "day", True
        if unit == "week":
            return (anchor - dt.timedelta(weeks=n)).isoformat(), "week", True
        if unit == "month":
            return _month_value(*_shift_month(anchor, -n)), "month", True
        return str(anchor.year - n), "year", True
    if kind == "rel":
        which, unit = g["which"].lower(), g["unit"].lower()
        step = -1 if "last" in which else 1 if which.endswith("next") or which == "next" else 0
        if unit in ("week", "weekend"):
            monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=step)
            return monday.isoformat(), "week", True
        if unit == "month":
            return _month_value(*_shift_month(anchor, step)), "month", True
        return str(anchor.year + step), "year", True
    if kind == "word":
        word = g["word"].lower()
        delta = 0 if word == "today" else 1 if word == "tomorrow" else -1
        return (anchor + dt.timedelta(days=delta)).isoformat(), "day", True
    # weekday
    target = WEEKDAYS[g["weekday"].lower()]
    mod = (g.get("mod") or "").lower()
    if mod == "next":
        ahead = (target - anchor.weekday()) % 7 or 7
        return (anchor + dt.timedelta(days=ahead)).isoformat(), "day", True
    back = (anchor.weekday() - target) % 7
    if mod == "last" and back == 0:
        back = 7
    if future and back:
        return (anchor + dt.timedelta(days=7 - back)).isoformat(), "day", True
    return (anchor - dt.timedelta(days=back)).isoformat(), "day", True


def _told_in_past(clause: str) -> bool:
    """Does a clause hold a past-tense verb ("the board voted", "they met")?"""
    words = re.findall(r"[A-Za-z]+", clause.lower())
    return any(w in PAST_WORDS or (len(w) > 4 and w.endswith("ed") and (i == 0 or words[i - 1] not in _PARTICIPLE_AUX))
               for i, w in enumerate(words))


def _future_governs(text: str, lo: int, at: int) -> bool:
    """Is the weekday at ``at`` in a future clause: a future word ("will", "is expected to")
    between ``lo`` and it, and no past-tense clause opened after that word?"""
    last = None
    for last in FUTURE_RE.finditer(text, lo, at):
        pass
    if last is None:
        return False
    opened = None
    for opened in SUBORDINATE_RE.finditer(text, last.end(), at):
        pass
    return opened is None or not _told_in_past(text[opened.end():at])


def find_dates(text: str, article_id: str, anchor: tuple[dt.date, str] | None) -> list[DateMention]:
    """All date mentions of ``text`` (non-overlapping, longest first), ids ``{article_id}:d{n}``.

    Relative mentions resolve against ``anchor`` when it is usable (:func:`usable_anchor`);
    otherwise, or when the calendar cannot hold the result, their value is ``None``."""
    if anchor is not None and not usable_anchor(anchor[0]):
        anchor = None
    day = anchor[0] if anchor else None
    found: list[tuple[int, int, str, re.Match]] = []
    low = folded(text)  # the case-insensitive patterns are searched through their folded twins
    has_month = any(m in text for m in _MONTH_PREFIXES)
    for kind, rx, needs in _GATED_PATTERNS:
        if needs == "month" and not has_month or needs == "ago" and "ago" not in low:
            continue  # the pattern needs a literal the text lacks
        for m in folded_finditer(rx, text, low):
            start, end = m.span()
            if kind in ("my", "year", "weekday") and m.lastindex:
                # keep the preposition out of the mention text
                inner = m.start("month") if kind == "my" else m.start("year") if kind == "year" else m.start("weekday")
                if kind == "weekday" and (m.group("mod") or "").lower() in ("last", "next", "this"):
                    inner = start
                start = inner
            if kind in ("year", "my") and m.group("year") and not YEAR_MIN <= int(m.group("year")) <= YEAR_MAX:
                continue
            if kind == "my" and m.group("month") == "May" and not m.group("year"):
                continue  # "may" the verb is lowercase, but "May" opening a sentence is ambiguous
            if any(s < end and start < e for s, e, _, _ in found):
                continue
            if kind == "weekday" and not m.group("mod") and HABIT_RE.search(text, max(0, start - 7), start):
                continue  # "every Friday": a habit, not a date
            found.append((start, end, kind, m))
    found.sort(key=lambda f: f[0])
    out = []
    for n, (start, end, kind, m) in enumerate(found, start=1):
        future = False
        if kind == "weekday":
            lo = max(0, start - FUTURE_WINDOW)
            ends = [e.end() for e in SENTENCE_END_RE.finditer(text, lo, start)]
            future = _future_governs(text, ends[-1] if ends else lo, start)
        try:
            value, granularity, relative = _resolve(kind, m, day, future)
        except (OverflowError, ValueError):  # a day before 0001-01-01 or after 9999-12-31
            value, granularity, relative = None, None, True
        if value is None:
            source = None
        elif relative:
            source = f"{anchor[1]}:{day.isoformat()}"
        else:
            source = "absolute"
        out.append(DateMention(f"{article_id}:d{n}", article_id, start, end, text[start:end],
                               value, source, granularity))
    return out
