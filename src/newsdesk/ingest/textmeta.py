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


_DATE_WORD = re.compile(
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"|\d{1,4}(?:st|nd|rd|th)?|of|the|at|on|updated|published|posted|[ap]\.?m\.?|gmt|utc|bst|est|edt|cet|cest",
    re.I)


def only_a_date(text: str) -> bool:
    """Whether a line says nothing but when ("Tuesday 3 November 2026", "Posted Wed 10 Jun"):
    the first line of a page without a headline, never a story's label nor an event."""
    return all(_DATE_WORD.fullmatch(w) for w in re.findall(r"[\w.]+", text))


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


# --------------------------------------------------------------------------- header lines
# The lines between a plain-text story's title and its body often carry the date and the
# outlet without any label: "Saturday 10 October 2026", "Ann Lee, The Harbour Post",
# "The Quay Courier | Business Desk". :func:`read_header_line` reads one such line; it
# answers ``None`` for anything else (a sentence of the story, a kicker, a title).

_WEEKDAY = (r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+)?")
_TIME = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?"  # "16:40", "5:42 pm", "10.42 GMT"
_POSTED = r"(?:(?:published|posted|first published)(?:\s+on)?\s*:?\s*)?"
_NUMERIC_DATE_RE = re.compile(
    r"(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})|(?P<iso>\d{4}-\d{2}-\d{2})")
_MONTH_NAME = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WRITTEN_DATE = (r"(?:\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH_NAME + r",?\s+\d{4}"
                 r"|" + _MONTH_NAME + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})")
# "Posted 4:15 PM, Oct 19, 2026", "Wednesday, 19 August 2026, 5:42 pm", "12.10.2026": a date and nothing else
_DATE_PART_RE = re.compile(
    r"^" + _POSTED + r"(?:(?:at\s+)?" + _TIME + r"\s*,?\s*)?" + _WEEKDAY
    + r"(?P<date>" + _WRITTEN_DATE + r"|\d{1,2}([./])\d{1,2}\2\d{4}|\d{4}-\d{2}-\d{2})"
    + r"(?:,?\s*(?:at\s+)?" + _TIME + r")?$", re.I)
MONTH_MAX = 12  # a slashed date is read only when one side cannot be a month


def parse_numeric_date(text: str) -> str | None:
    """``"12.10.2026"`` -> ``"2026-10-12"`` (dots: day.month.year, the European convention);
    ``"22/07/2026"`` -> ``"2026-07-22"``; ``"10/12/2026"`` -> ``None`` (either side could be
    the month). ISO ``"2026-10-12"`` is read as it stands."""
    match = _NUMERIC_DATE_RE.fullmatch(text.strip())
    if match is None:
        return None
    if match["iso"]:
        found = parse_full_date(match["iso"])
        return found[0] if found else None
    a, b, year = int(match["a"]), int(match["b"]), int(match["year"])
    if match["sep"] == ".":
        day, month = a, b
    elif a == b or (a > MONTH_MAX) != (b > MONTH_MAX):  # equal sides read the same either way
        day, month = (a, b) if a >= b else (b, a)
    else:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _is_date_shaped(text: str) -> bool:
    return _DATE_PART_RE.match(" ".join(text.split())) is not None


def parse_date_line(text: str) -> str | None:
    """The ISO date of a part of a header line that is nothing but a date (weekday, time and a
    "Posted" label optional): "Saturday 10 October 2026", "October 10, 2026", "12.10.2026",
    "Wed 10 Jun 2026, 5:42 pm". ``None`` for anything more or less."""
    match = _DATE_PART_RE.match(" ".join(text.split()))
    if match is None:
        return None
    written = match["date"]
    if written[0].isdigit() and not re.search(r"[A-Za-z]", written):
        return parse_numeric_date(written)
    found = parse_full_date(written)
    return found[0] if found else None


# Words of newspaper, agency and broadcaster names in general English use ("The Harbour Post",
# "Quay Daily", "Coastal Wire", "Radio Westmoor News"): evidence that a name is an outlet's.
NAMEPLATE_WORDS = frozenset(
    """post times daily news press wire newswire herald tribune observer agency gazette journal chronicle
    sentinel courier echo standard star mirror express telegraph guardian independent examiner register
    review record ledger dispatch bulletin voice weekly monitor inquirer advertiser globe leader beacon
    today online radio tv television broadcasting network magazine digest mail sun argus enquirer
    messenger spectator citizen recorder statesman post-gazette newsletter times-herald now""".split()
)
# words that make a byline's affiliation a job title, not an outlet ("Environment correspondent")
JOB_WORDS = frozenset(
    """correspondent correspondents writer writers reporter reporters editor editors columnist contributor
    contributors staff producer analyst critic chief bureau intern freelance freelancer journalist
    photographer""".split()
)
# Words that make a short part a section or a role, not a name: "Business Desk", "Staff report".
SECTION_WORDS = JOB_WORDS | {"desk", "report", "reports", "section", "team", "newsroom"}
# Words of kickers and section labels that may sit beside a nameplate word ("Breaking News",
# "World News", "Latest"): a name made only of these and nameplate words is no outlet.
GENERIC_WORDS = frozenset(
    """breaking latest local world national international top live business sport sports more home
    exclusive special analysis opinion update updates politics weather health science""".split()
)
HEADER_MAX_WORDS = 16  # "Ann Lee | The Harbour Post | 10 October 2026, 5:42 pm" fits; prose runs longer
PERSON_MAX_WORDS = 4  # "Ana María de la Cruz" is as long as a writer's name gets here
SECTION_MAX_WORDS = 3  # "Business Desk", "Chief Political Correspondent"
OUTLET_NAME_MAX_WORDS = 8  # as in ingest.outlets: a longer phrase is prose, not a name
_HEADER_SPLIT_RE = re.compile(r"\s+(?:\||·|•|—|–|--|/)\s+")
# a clock time standing as its own part of a header line ("Outlet | May 4, 2026 | 5:40 p.m.")
_CLOCK_RE = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?$", re.I)
# section words that also end the names of outlets when "The" and a proper word come first
# ("The Quarry Report", "The Lantern Review"); alone or after a desk ("Staff report") a section
_NAME_ENDING_SECTION_WORDS = frozenset(("report", "review"))
_PERSON_PREFIX_RE = re.compile(r"^(?:by|words(?:\s+by)?\s*:?|(?:story|posted|written|reporting)\s+by)\s+", re.I)
_NAME_START = re.compile(r"^[A-Z0-9“\"']")
_OUTLET_WORD_RE = re.compile(r"^(?:[A-Z0-9][\w'’&.-]*|of|and|the|on|&)$")


def _words_of(part: str) -> list[str]:
    return [w.strip(".,") for w in part.split()]


def _is_person(part: str) -> bool:
    words = part.split()
    if not 2 <= len(words) <= PERSON_MAX_WORDS or not words[0][0].isupper() or words[0].isupper():
        return False
    lowered = {w.lower().strip(".,") for w in words}
    if lowered & (NAMEPLATE_WORDS | SECTION_WORDS | GENERIC_WORDS | {"the"}):
        return False
    return bool(_NAME_RE.match(part)) and not any(w.isupper() and len(w) > 2 or w[-1].isdigit() for w in words)


def _is_outlet(part: str) -> bool:
    words = _words_of(part)
    if not words or len(words) > OUTLET_NAME_MAX_WORDS or not _NAME_START.match(part):
        return False
    if not all(_OUTLET_WORD_RE.match(w) for w in words):
        return False
    lowered = [w.lower() for w in words]
    if set(lowered) & SECTION_WORDS:
        return _the_name(part) and set(lowered) & SECTION_WORDS <= _NAME_ENDING_SECTION_WORDS
    plate = [w in NAMEPLATE_WORDS for w in lowered]
    if not any(plate):
        return False
    if lowered[0] == "the" and len(words) > 1:  # "The Sentinel", "The Daily Harbour"
        return True
    return any(not p and w not in GENERIC_WORDS and w not in ("of", "and", "on", "&")
               for w, p in zip(lowered, plate))


def _the_name(part: str) -> bool:
    """Is the part "The" and two or more capitalised words ("The Quarry Islander")? The shape
    of a publication's title; a writer's affiliation after the name when it has no nameplate word."""
    words = _words_of(part)
    return len(words) >= 3 and words[0] == "The" and all(w[:1].isupper() for w in words[1:]) \
        and all(_OUTLET_WORD_RE.match(w) for w in words)


# Desk names of a paper's sections ("City & Transport", "Metro", "Courts"): a section beside a
# date on a header line, never a reason to doubt an outlet's or a writer's name (so not SECTION_WORDS)
DESK_WORDS = frozenset("""city metro transport education environment crime courts culture arts technology tech
    money travel lifestyle region regional news community""".split())


def _is_section(part: str) -> bool:
    words = [w for w in _words_of(part) if w != "&"]  # "City & Transport"
    return 0 < len(words) <= SECTION_MAX_WORDS \
        and bool({w.lower() for w in words} & (SECTION_WORDS | GENERIC_WORDS | DESK_WORDS)) \
        and all(w[:1].isalpha() for w in words)


# A staff credit after an outlet's name ("Quillmouth Post Staff", "… staff report").
_STAFF_TAIL_RE = re.compile(r"\s+[Ss]taff(?:\s+(?:[Rr]eport|[Ww]riters?|[Rr]eporters?))?$")
# A clock time closing a header line's date ("…, 2026, 4:18 p.m.", "… 2026 16:05 BST").
_TIME_TAIL_RE = re.compile(r"(?:,\s*|\s+)\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?$", re.I)


def read_header_line(text: str) -> dict[str, Any] | None:
    """What one header line states: ``{"date"?: iso, "outlet"?: name, "persons": [...],
    "kind": str}``, or ``None`` when the line is not made only of a date, a writer's name, an
    outlet's name and a section/role, split by ``|``, ``·``, ``—`` or commas.

    Which part is the outlet is decided by its shape: a name with a newspaper-name word
    (:data:`NAMEPLATE_WORDS`) beside a proper word, or "The …"; a writer is two to four
    capitalised name words with none of those. A part that is neither makes the line no header.
    """
    line = " ".join(text.split())
    parts = _HEADER_SPLIT_RE.split(line)
    if len(parts) > 2 and _CLOCK_RE.match(parts[-1]):  # "Outlet | May 4, 2026 | 5:40 p.m.": drop the time
        line = _HEADER_SPLIT_RE.sub(" | ", line).rsplit(" | ", 1)[0]
    if _is_date_shaped(_TIME_TAIL_RE.sub("", _HEADER_SPLIT_RE.split(line)[-1])):
        line = _TIME_TAIL_RE.sub("", line)  # "Outlet | Monday, May 4, 2026, 9:05 a.m.": the day is the date
    if not line or len(line.split()) > HEADER_MAX_WORDS or line.endswith((".", "!", "?", ":", ";")):
        return None
    if _is_date_shaped(line):
        date_value = parse_date_line(line)
        if date_value is None:  # "10/12/2026": a header line, but which day is a guess
            return {"persons": [], "kind": "ambiguous date"}
        return {"date": date_value, "persons": [], "kind": "date"}
    found: dict[str, Any] = {"persons": []}
    outlets: list[str] = []
    sections = False
    for chunk in _HEADER_SPLIT_RE.split(line):
        pieces = [chunk] if _is_date_shaped(chunk) else [p for p in re.split(r",\s+", chunk) if p]
        for piece in pieces:
            if _CLOCK_RE.match(piece):
                continue  # the time of day the article went up: no part of a name
            if _is_date_shaped(piece):
                value = parse_date_line(piece)
                if value is not None and "date" in found:
                    return None  # two dates on one line: which is the publication date is a guess
                if value is not None:
                    found["date"] = value
                continue
            name = _PERSON_PREFIX_RE.sub("", piece)
            prefixed = name != piece
            if _is_person(name):
                found["persons"].append(name)
            elif prefixed:
                return None  # "By" before something that is not a name
            elif _is_outlet(piece) or found["persons"] and _the_name(piece):
                outlets.append(piece.strip())  # "Words: Ann Lee, The Quarry Islander": the writer's paper
            elif (staff := _STAFF_TAIL_RE.search(piece)) is not None and _is_outlet(piece[: staff.start()]):
                outlets.append(piece[: staff.start()].strip())  # "Quillmouth Post Staff": the outlet's own staff
            elif _is_section(piece):
                sections = True
            else:
                return None
    if len(outlets) > 1:
        return None  # two outlet-shaped names: which one published it is a guess
    if outlets:
        found["outlet"] = outlets[0]
    if not outlets and not found["persons"] and "date" not in found:
        return None  # a section label alone ("Business Desk") says nothing
    parts = (["byline"] if found["persons"] else []) + (["date"] if "date" in found else [])
    if parts:
        found["kind"] = " and ".join(parts) + (" with outlet" if outlets else "")
    else:
        found["kind"] = "outlet with section" if sections else "outlet line"
    return found
