"""Small parsers for metadata found in scraped text: full dates, datelines, name lists.

All of them return ``None`` (or an empty list) when the text holds no clear evidence; none of
them guesses a year, resolves "on Sunday", or invents a place.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_FULL_DATE_RES = (
    re.compile(r"\b(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})\b"),
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b", re.I),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})\b", re.I),
)

# A publication or dateline date outside YEAR_MIN-01-01 ... today + 1 day is no evidence: content
# systems write placeholders (0001-01-01, 9999-12-31) and some pages give future dates.
YEAR_MIN = 1900  # no news page on the web was published earlier
FUTURE_SLACK_DAYS = 1  # a page stamped in a time zone ahead of this machine's may say "tomorrow"
# Values that content systems write for "no date" although they fall inside the range.
PLACEHOLDER_DAYS = frozenset({"1970-01-01", "1900-01-01"})  # the Unix epoch; SQL/Excel's day zero

NOT_SPECIFIED = {"", "not specified", "n/a", "na", "none", "unknown", "null", "-", "—"}

# "BERLIN —", "KYIV, Ukraine (Reuters) -", "WASHINGTON, March 3, 2025 —"
DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+){0,3})"
    r"(?:,\s*(?P<region>[A-Z][\w.'’ -]{1,30}?))?"
    r"(?:\s*\((?P<agency>[^()]{1,30})\))?"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?"
    r"\s*(?:[—–]|--| -)\s+\S"
)
DATELINE_MIN_LETTERS = 3  # "US —" or "AI —" opening a sentence is not a place

TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " • ")
SUFFIX_PART_MAX_WORDS = 4  # "| World | News", "- Site Name": each suffix part is a few words
TITLE_MIN_WORDS = 2  # never strip a title down to a single word

_NAME_SPLIT_RE = re.compile(r"\s*(?:,|;|&|\band\b)\s*")
_NAME_RE = re.compile(r"^[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|da|van|von|der|bin|al|la|le)){0,5}$")


def parse_full_date(text: str) -> tuple[str, str] | None:
    """First full calendar date (day, month and year all written) in ``text``.

    Returns ``(iso_date, matched_text)`` or ``None``; "Sunday" or "March 3" alone is not a date.
    """
    for pattern in _FULL_DATE_RES:
        for match in pattern.finditer(text):
            parts = match.groupdict()
            month = int(parts["mnum"]) if parts.get("mnum") else MONTHS[parts["month"].lower()]
            try:
                value = date(int(parts["year"]), month, int(parts["day"]))
            except ValueError:
                continue
            return value.isoformat(), match.group(0)
    return None


def parse_iso_date(value: str) -> str | None:
    """Normalise an ISO 8601 date/datetime string, or a written full date; else ``None``."""
    value = value.strip()
    if value.lower() in NOT_SPECIFIED:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        found = parse_full_date(value)
        return found[0] if found else None
    if len(value) <= 10:
        return parsed.date().isoformat()
    return parsed.isoformat()


def date_problem(value: str, today: date | None = None) -> str | None:
    """Why the ISO date/datetime ``value`` cannot be a publication date, or ``None`` when it can.

    Reasons: ``"placeholder"`` (the Unix epoch, day zero), ``"before 1900"``, ``"in the future"``
    (after ``today`` + :data:`FUTURE_SLACK_DAYS`; ``today`` defaults to this machine's date),
    ``"not a date"``.
    """
    day = value[:10]
    if day in PLACEHOLDER_DAYS:
        return "placeholder"
    try:
        parsed = date.fromisoformat(day)
    except ValueError:
        return "not a date"
    if parsed.year < YEAR_MIN:
        return f"before {YEAR_MIN}"
    today = today or date.today()
    if parsed > today + timedelta(days=FUTURE_SLACK_DAYS):
        return "in the future"
    return None


def checked_date(value: str | None, evidence: str, rejected: list[dict[str, Any]],
                 today: date | None = None) -> str | None:
    """``value`` when it is a plausible publication date (see :func:`date_problem`), else ``None``
    with ``{"value", "evidence", "reason"}`` appended to ``rejected`` (the record of why)."""
    if value is None:
        return None
    problem = date_problem(value, today)
    if problem is None:
        return value
    rejected.append({"value": value, "evidence": evidence, "reason": problem})
    return None


def find_dateline(line: str) -> dict[str, str] | None:
    """The dateline at the start of a body line (``{"place", "date"?}``), or ``None``."""
    match = DATELINE_RE.match(line)
    if match is None:
        return None
    place = match["place"].strip()
    if sum(c.isalpha() for c in place) < DATELINE_MIN_LETTERS:
        return None
    if match["region"]:
        place = f"{place}, {match['region'].strip()}"
    found: dict[str, str] = {"place": place, "text": match.group(0)[:-1].strip()}
    if match["agency"]:
        found["agency"] = match["agency"].strip()
    if match["date"]:
        found["date"] = match["date"]
    return found


def split_names(text: str) -> list[str]:
    """``"A, B and C"`` -> ``["A", "B", "C"]``; pieces that do not look like names are dropped."""
    names = []
    for piece in _NAME_SPLIT_RE.split(text.strip().rstrip(".")):
        piece = piece.strip()
        if piece and _NAME_RE.match(piece):
            names.append(piece)
    return names


def not_specified(value: str | None) -> bool:
    return value is None or value.strip().lower() in NOT_SPECIFIED


OUTLET_SEPARATORS = (" — ", " – ", " | ", " - ", ": ")
OUTLET_SECTION_MAX_WORDS = 3  # "The Riverbend Chronicle — World": a section name is a word or three


def strip_outlet_section(name: str) -> tuple[str, str | None]:
    """``"The Riverbend Chronicle — World"`` -> ``("The Riverbend Chronicle", "World")``.

    Feed channel titles often append the section; the outlet is the part before it.
    """
    for sep in OUTLET_SEPARATORS:
        if sep in name:
            head, tail = name.split(sep, 1)
            if head.strip() and 0 < len(tail.split()) <= OUTLET_SECTION_MAX_WORDS:
                return head.strip(), tail.strip()
    return name.strip(), None


def dateline_of(body: str, lines: int = 3) -> dict[str, str] | None:
    """The dateline at the start of one of the first paragraphs of a body, or ``None``.

    Only recorded, never cut out of the body (offsets into bodies must stay valid).
    """
    for paragraph in [p for p in body.split("\n") if p.strip()][:lines]:
        found = find_dateline(paragraph.strip())
        if found is not None:
            return found
    return None


def record_dateline(article) -> None:
    """Set ``article.dateline`` from its body when nothing better is known (source ``text``)."""
    if article.dateline is None:
        found = dateline_of(article.body)
        if found is not None:
            article.dateline, article.dateline_source = found["place"], "text"


def strip_title_suffix(
    title: str, site: str | None = None, separators: tuple[str, ...] = TITLE_SEPARATORS
) -> tuple[str, str | None]:
    """``"Title | World | News"`` -> ``("Title", "World | News")``.

    Trailing parts after a separator are removed while they are short (a section or site
    name) or equal to ``site``, and at least :data:`TITLE_MIN_WORDS` words remain.
    """
    head, removed = title.strip(), []
    site_key = " ".join(site.lower().split()) if site else None
    while True:
        for sep in separators:
            if sep not in head:
                continue
            rest, tail = head.rsplit(sep, 1)
            short = 0 < len(tail.split()) <= SUFFIX_PART_MAX_WORDS
            if (short or " ".join(tail.lower().split()) == site_key) and len(rest.split()) >= TITLE_MIN_WORDS:
                head, removed = rest.strip(), [tail.strip(), *removed]
                break
        else:
            return head, (" | ".join(removed) if removed else None)
