"""Publication date of an HTML page, from what the page states, ranked by reliability.

Reads the lxml tree of the page (before trafilatura prunes it), its meta tags and JSON-LD
objects and its URL; never guesses (no htmldate pass: it gives a date to pages that have none,
MODELS.md). The policy: the date the page shows its reader next to the headline; a publication
meta tag beats an "Updated" line; markup nobody sees (JSON-LD) only confirms or ranks last. The
evidence, most reliable first (:data:`RANKS`), as measured on the WCXB even page ids
(``eval/dates_wcxb.py``):

1. ``header``: a date written next to the headline, as the reader sees it ("By Jane Doe |
   March 3, 2026", "Published: 3 March 2026"), unless it is labelled as an update;
2. ``metadata``: publication meta tags (``article:published_time``, Dublin Core, ``published``
   ...), right on 95 % of the dated pages that have one; not on a page that declares itself a
   website (``og:type=website``: home pages, listings, service pages carry the date their
   record was made) unless its text shows the day (``shown-markup``). Ranking them with
   ``schema`` instead was right on 2 more even pages but dated 1 more odd page without a date;
3. ``header-update``: an update date next to the headline ("Last updated March 3, 2026"), the
   only date many pages show: where it disagrees with JSON-LD alone, it is the truth 6 times in 6;
4. ``schema``: schema.org ``datePublished``: microdata (by the headline, else one day stated
   anywhere), ``<meta itemprop>``, JSON-LD of an article (``NewsArticle``, ``BlogPosting`` ...).
   JSON-LD alone dates nothing (:func:`_choose`);
5. ``url``: a date in the URL path (``/2026/03/03/``, ``/2023/october/03/``): a permalink's
   date; no evidence that contradicts it is taken (:func:`_choose`);
6. ``labelled``: a date anywhere on the page right after "Published" or "Posted".

Where none of these dates the page (JSON-LD alone does not), what the reader is shown anywhere
on it, read only then:

7. ``shown-markup``: markup that dates nothing alone (JSON-LD ``datePublished`` of any object,
   the meta tags of an ``og:type=website`` page) whose day the page's visible text writes;
8. ``byline``: a date standing alone in an element whose class or id names a byline or a
   publication date (``class="article-byline__pub-dates"``), when all such elements agree.

A header date one day off the publication meta tag is the same moment in two time zones: the
meta tag's timestamp is taken unless the URL path states the header's day (:func:`_choose`).

Never a publication date: modified dates in metadata, JSON-LD ``datePublished`` of a plain
``WebPage`` (content systems stamp every page with one, dated or not) unless the page's text
shows its day (``shown-markup``), dates inside sentences
(the body, "valid through ..."), comments, related-article lists and "today" widgets away from
the headline, a header with more than a few dates (a listing; a ticker of other stories above
the headline is dropped alone), date ranges, and a date outside 1900 … today + 1 or a
placeholder (``0001-01-01``, the Unix epoch): those are dropped with the reason recorded
(:func:`newsdesk.ingest.textmeta.checked_date`).

Dates keep the page's own time zone (``2026-03-03T23:30:00-05:00`` is March 3).
"""
from __future__ import annotations

import bisect
import datetime as dt
import itertools
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from newsdesk.ingest import textmeta

# meta names/properties (lower-cased) that state the publication date, most trusted first
PUBLISHED_META = (
    "article:published_time", "og:published_time", "og:article:published_time",
    "publishdate", "publish-date", "publish_date", "pubdate", "published_time", "published-date",
    "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "date",
    "sailthru.date", "parsely-pub-date", "article.published", "originalpublicationdate",
    "citation_publication_date", "citation_date",
)
_PUBLISHED_META_RE = re.compile(r"(?:^|[:._-])(?:first[_-]?)?publish(?:ed)?(?:[_-]?(?:date|time|on))?$")
SCHEMA_META = "datepublished"  # <meta itemprop="datePublished">: schema.org, ranked with JSON-LD
UPDATED_META = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified")
RANKS = ("header", "metadata", "header-update", "schema", "url", "labelled", "shown-markup", "byline")
LATE_RANKS = ("shown-markup", "byline")  # read only where nothing above dates the page (JSON-LD alone does not)

HEADER_BEFORE = 200  # chars of page text read above the headline (kicker, "Published" line)
HEADER_AFTER = 1000  # chars read below it: byline, date line, a lead paragraph or two
HEADER_LISTING_DATES = 3  # more distinct dates than this around the headline: a listing, not an article
LISTING_AFTER = 2000  # chars below the headline where more than HEADER_LISTING_DATES dates make a listing
LISTING_DATES = 4  # ... or more dates than this, repeated or not (events on the same days), within LISTING_AFTER
HEADER_TICKER_DATES = 2  # more distinct days than this above the headline: a ticker of other stories, dropped
STANDALONE_EXTRA = 40  # a header date stands in its own element: at most this many other chars there
HEADLINE_DATE_EXTRA = 12  # inside the headline element only a date in an element of its own counts
LABEL_CHARS = 28  # how far before a date its label ("Last updated:", "Published") may start
_ARTICLE_TYPE_RE = re.compile(r"(?:article|posting|report)$", re.I)  # NewsArticle, BlogPosting, Report
_URL_DATE_RE = re.compile(r"/((?:19|20)\d\d)[/-](\d\d|[a-z]{3,9})[/-](\d\d)(?:[/-]|$)", re.I)
_UPDATED_RE = re.compile(r"updat|modif|revis|review|checked|edited|active|refresh", re.I)
_PUBLISHED_RE = re.compile(r"publish|posted|written|released|date", re.I)
_OTHER_RE = re.compile(r"valid|through|until|expir|effective|deadline|as of", re.I)  # not the page's date
_SPACES_RE = re.compile(r"[^\S\n]+")
_LINE_BREAK_RE = re.compile(r"\s*\n\s*")
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s")  # a label never runs across the end of a sentence
_CLASS_UPDATED_RE = re.compile(r"updat|modif", re.I)
_CLASS_PUBLISHED_RE = re.compile(r"publish|posted|entry-date|created", re.I)
_RANGE_RE = re.compile(r"\s*(?:-|–|—|to|until)\s*$")  # between two dates of a range: "2025-12-12 - 2025-12-17"
_LABELLED_RE = re.compile(r"\b(?:published|posted)\b", re.I)
_LABEL_NODES = etree.XPath(
    "//body//text()[contains(., 'ublish') or contains(., 'UBLISH') or contains(., 'osted') or contains(., 'OSTED')]"
    "[not(ancestor::script or ancestor::style)]")
_NEXT_TEXTS = etree.XPath("following::text()[normalize-space()][position() <= 3]")
LABEL_GAP = 20  # "Published on:", "Posted on the", "Published | Publish date": the date follows within this
SHOWN_QUOTE = 30  # chars of the page text before a date that confirms markup, kept as its provenance
_BYLINE_CLASS_RE = re.compile(r"byline|dateline|publish|pub[-_]?date|posted|post[-_]?date|entry[-_]?date", re.I)
_BYLINE_NODES = etree.XPath(
    "//body//*[@class or @id][not(ancestor-or-self::script or ancestor-or-self::style)]")

_MONTH = r"(?P<month>" + "|".join(sorted(textmeta.MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
_ORD = r"(?:st|nd|rd|th)?"
_START = r"(?<![\w-])"  # not inside a word or a longer number
# written dates as pages show them, most specific first; "md" (no year) only confirms metadata
_WRITTEN = (
    ("mdy", re.compile(_START + _MONTH + r"\s+(?P<day>\d{1,2})" + _ORD + r"[,.]?\s+" + _YEAR, re.I)),
    ("dmy", re.compile(_START + r"(?P<day>\d{1,2})" + _ORD + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR, re.I)),
    ("ymd", re.compile(_START + _YEAR + r"([-/.])(?P<mnum>\d{1,2})\2(?P<day>\d{1,2})(?!\d)")),
    ("num", re.compile(_START + r"(?P<a>\d{1,2})([/.-])(?P<b>\d{1,2})\2" + _YEAR)),
    ("md", re.compile(_START + _MONTH + r"\s+(?P<day>\d{1,2})" + _ORD + r"\b(?![,.]?\s*\d)", re.I)),
)

_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "button", "select", "iframe", "head"})
_INLINE_TAGS = frozenset({"a", "span", "b", "strong", "em", "i", "small", "abbr", "sup", "sub", "u", "font",
                          "label", "bdi", "mark"})


@dataclass(frozen=True, slots=True)
class DateEvidence:
    """One date the page states: which rank it has, the value, and where it was read."""

    rank: str  # one of RANKS
    value: str  # ISO date or datetime, in the page's own time zone
    where: str  # "article:published_time" (a meta tag), "json-ld:NewsArticle", "url:/2026/03/03/", or the quoted text


@dataclass(slots=True)
class PageDate:
    """What :func:`page_date` found: the publication date with its provenance, or nothing."""

    published: str | None = None
    source: str | None = None  # published_source: "metadata:<where>" or "text:<quote>"
    updated: str | None = None  # an update date the page states, when there is one
    rejected: list[dict[str, Any]] = field(default_factory=list)  # implausible values, with the reason
    evidence: list[DateEvidence] = field(default_factory=list)  # everything found, most reliable first


def page_date(tree: HtmlElement, url: str | None, metas: dict[str, str], json_ld: Iterable[dict[str, Any]],
              today: dt.date | None = None) -> PageDate:
    """The publication date of a page: the most reliable evidence (:data:`RANKS`), or none.

    ``metas``: the page's meta tags, lower-cased key -> content (first of each);
    ``json_ld``: every JSON-LD object of the page (``@graph`` and lists flattened).
    """
    found = PageDate()
    evidence: list[DateEvidence] = []
    updated: list[str | None] = []

    def stated(raw: object, where: str) -> str | None:
        value = _stated_value(raw) if isinstance(raw, str) else None
        return textmeta.checked_date(value, where, found.rejected, today)

    known: set[str] = set()  # every day the markup states: resolves "03/04/2025" in the header
    unshown: list[tuple[str, str]] = []  # markup that dates nothing alone: JSON-LD, a website's meta tags
    website = metas.get("og:type", "").strip().lower() == "website"

    def metadata(raw: object, where: str, rank: str, counts: bool = True) -> None:
        value = stated(raw, where)
        if value:
            known.add(value[:10])
            if counts and not website:
                evidence.append(DateEvidence(rank, value, where))
            if not counts or website or where.startswith("json-ld:"):
                unshown.append((value, where))

    def microdata(element: HtmlElement) -> None:
        metadata(element.get("datetime") or element.get("content") or element.get("title") or element.text_content(),
                 "itemprop:datePublished", "schema")

    for key in PUBLISHED_META:
        metadata(metas.get(key), key, "metadata")
    for key in metas:  # other names for it: "published", "og:publish_date", "cxenseparse:publishtime"
        if key not in PUBLISHED_META and _PUBLISHED_META_RE.search(key):
            metadata(metas[key], key, "metadata")
    head = _headline(tree, metas.get("og:title") or tree.findtext(".//title") or "")
    window = _Window(head) if head is not None else None
    for element in window.microdata() if window else ():  # <time itemprop="datePublished"> by the headline
        microdata(element)
    metadata(metas.get(SCHEMA_META), SCHEMA_META, "schema")  # <meta itemprop="datePublished">
    for obj in json_ld:
        kinds = obj.get("@type")
        kinds = [k for k in (kinds if isinstance(kinds, list) else [kinds]) if isinstance(k, str)]
        article = next((k for k in kinds if _ARTICLE_TYPE_RE.search(k)), None)
        metadata(obj.get("datePublished"), f"json-ld:{article or '/'.join(kinds)}", "schema",
                 counts=article is not None)
        updated.append(stated(obj.get("dateModified"), "json-ld:dateModified"))
    updated += [stated(metas.get(key), key) for key in UPDATED_META]
    updated = [v for v in updated if v]
    known |= {v[:10] for v in updated}
    url_day = _url_day(url)
    if url_day:
        value = textmeta.checked_date(url_day[0], "url", found.rejected, today)
        if value:
            known.add(value)
            evidence.append(DateEvidence("url", value, f"url:{url_day[1]}"))
    if window is not None:
        evidence += _header_dates(window, known, found.rejected, today)
    if not any(e.rank in ("header", "metadata") or e.where == "itemprop:datePublished" for e in evidence):
        for element in _page_microdata(tree):  # read only where it can matter: a page-wide scan
            microdata(element)
    if not any(e.rank in ("header", "metadata", "url") for e in evidence):
        evidence += _labelled_dates(tree, found.rejected, today)  # only read when nothing ranks higher

    if _choose(evidence) is None:  # nothing dates the page yet: what the reader is shown anywhere on it
        body = tree.find("body")
        if body is not None:
            evidence += _shown_markup(body, unshown, found.rejected, today)
            evidence += _byline_dates(body, known, found.rejected, today)

    found.evidence = sorted(evidence, key=lambda e: RANKS.index(e.rank))  # stable: order within a rank kept
    best = _choose(found.evidence)
    if best is not None:
        found.published = best.value
        found.source = f"text:{best.where}" if best.rank in ("header", "labelled", "header-update", "byline") \
            else f"metadata:{best.where}"
    update = next((e.value for e in evidence if e.rank == "header-update"), None) or (updated[0] if updated else None)
    found.updated = update
    return found


def _choose(evidence: list[DateEvidence]) -> DateEvidence | None:
    """The publication date among ``evidence`` (sorted by rank): the first, except that

    * JSON-LD alone is no date: it is never shown to the reader, and where it is all a page
      states, it is as often the record's date as the article's (WCXB even ids: 1 right, 2 on
      pages without a date);
    * a date the URL path (a permalink, fixed when the page was published) contradicts is
      another date (an update, an item listed by the headline): the most reliable evidence of
      the URL's day is taken (its timestamp, where a meta tag states one), else the URL's day.
      The URL is the most reliable evidence where a page states one (WCXB even ids: right on
      16 pages of 16, on no page without a date), but it has no time, so it ranks as a check;
    * a header date one day off the publication meta tag is the same moment in two time zones:
      the meta tag's timestamp (kept in its own zone) is taken, unless the URL path states the
      header's day too (then two of three statements agree on the local day).
    """
    counted = [e for e in evidence if not (e.rank == "schema" and e.where.startswith("json-ld:"))]
    if not counted:
        return None
    if all(e.rank in LATE_RANKS for e in counted):
        return counted[0]
    best = evidence[0]
    url = next((e.value for e in evidence if e.rank == "url"), None)
    if url is not None and best.value[:10] != url:
        return next(e for e in evidence if e.value[:10] == url)  # the url's own evidence at least
    tag = next((e for e in evidence if e.rank == "metadata"), None)
    if best.rank != "header" or tag is None or tag.value[:10] == best.value[:10]:
        return best
    if url == tag.value[:10] or (_days_apart(tag.value, best.value) == 1 and url != best.value[:10]):
        return tag
    return best


def _days_apart(a: str, b: str) -> int:
    """Whole days between the calendar days of two ISO values."""
    return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)


def _stated_value(raw: str) -> str | None:
    """A date stated in markup: ISO 8601 or a written full date, else one written date that
    can only be one day ("Thu, 09/25/2025 - 11:38", as some content systems write meta tags)."""
    value = textmeta.parse_iso_date(raw)
    if value is None:
        written = [w for w in _written_dates(raw) if w.kind != "md"]
        if len(written) == 1 and len(written[0].days) == 1:
            value = written[0].days[0]
    return value


def _url_day(url: str | None) -> tuple[str, str] | None:
    """The day a URL path states (``/2026/03/03/``, ``/2023/october/03/``) and the matched text."""
    match = _URL_DATE_RE.search(url or "")
    if match is None:
        return None
    year, month, day = match.groups()
    month_number = int(month) if month.isdigit() else textmeta.MONTHS.get(month.lower())
    try:
        return dt.date(int(year), month_number or 0, int(day)).isoformat(), match.group(0)
    except ValueError:
        return None


def json_ld_objects(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object of the page, in order (``@graph`` and lists flattened); broken JSON
    is skipped (it is common and carries no usable evidence)."""
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                graph = item.get("@graph")
                if graph is not None:
                    stack.extend(graph if isinstance(graph, list) else [graph])
                yield item


# -- dates written on the page ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Written:
    """A date written in page text: its span, kind ("mdy", "num" ...) and candidate ISO days
    (two for an ambiguous "03/04/2025"; ``--MM-DD`` for a date without a year)."""

    start: int
    end: int
    kind: str
    days: tuple[str, ...]
    order: int | None = None  # a numeric date that shows the page's order: 0 month first, 1 day first


def _written_dates(text: str) -> list[_Written]:
    """Every written date of ``text``, in order, longest patterns first where they overlap."""
    found: list[_Written] = []
    for kind, rx in _WRITTEN:
        for m in rx.finditer(text):
            if any(w.start < m.end() and m.start() < w.end for w in found):
                continue
            days = _days(kind, m)
            if days:
                found.append(_Written(m.start(), m.end(), kind, days, _order(kind, m)))
    return sorted(found, key=lambda w: w.start)


def _order(kind: str, m: re.Match) -> int | None:
    """0 for a numeric date that can only be month first (16 is no month), 1 for day first."""
    if kind != "num":
        return None
    a, b = int(m.group("a")), int(m.group("b"))
    return 0 if a <= 12 < b <= 31 else 1 if b <= 12 < a <= 31 else None


def _days(kind: str, m: re.Match) -> tuple[str, ...]:
    """The calendar days a written date can mean (none when it is not a real day)."""
    g = m.groupdict()
    if kind == "num":
        a, b, year = int(g["a"]), int(g["b"]), int(g["year"])
        pairs = ((a, b), (b, a))  # month/day (US) or day/month: resolved by metadata, else unused
    elif kind == "md":
        month, day = textmeta.MONTHS[g["month"].lower()], int(g["day"])
        return (f"--{month:02d}-{day:02d}",) if 1 <= day <= 31 else ()
    else:
        month = int(g["mnum"]) if g.get("mnum") else textmeta.MONTHS[g["month"].lower()]
        year, pairs = int(g["year"]), ((month, int(g["day"])),)
    days = []
    for month, day in pairs:
        try:
            days.append(dt.date(year, month, day).isoformat())
        except ValueError:
            continue
    return tuple(dict.fromkeys(days))


def _header_dates(window: _Window, known: set[str], rejected: list[dict[str, Any]],
                  today: dt.date | None) -> list[DateEvidence]:
    """Dates written around the headline (``header`` and ``header-update`` evidence), below
    the headline first, then above it, nearest first.

    A date counts when it stands in its own element (not inside a sentence), is not part of a
    range or labelled as a validity/expiry date, and the header is not a listing. ``known``
    (days stated in metadata) resolves "03/04/2025" and dates without a year.
    """
    text = window.text
    written = _written_dates(text)
    written = sorted(written + window.time_dates(written), key=lambda w: w.start)
    order = _numeric_order(written)
    ranged = {k for k, (a, b) in enumerate(zip(written, written[1:])) if _RANGE_RE.match(text[a.end:b.start])}
    ranged |= {k + 1 for k in ranged}
    found: list[tuple[bool, int, str, str, str]] = []  # (above the headline, distance, role, day, quote)
    further: list[str] = []  # days standing alone below the header part of the window
    for k, w in enumerate(written):
        if k in ranged:
            continue  # "2025-12-12 - 2025-12-17": an event's dates
        element, piece, piece_start = window.piece_at(w.start)
        day = _resolve_day(w, known | _time_days(element), order)
        if day is None:
            continue
        extra = len(piece.strip()) - (w.end - w.start)  # other text in the date's own element
        if window.head_start <= w.start < window.head_end and extra > HEADLINE_DATE_EXTRA:
            continue  # words of the headline ("Results of the March 3, 2025 vote"), not a date line in it
        distance = window.head_start - w.end if w.end <= window.head_start else w.start - window.head_end
        below = w.start >= window.head_start
        if extra > STANDALONE_EXTRA:
            continue  # a date inside a sentence of the text is not the page's date
        if below and distance > HEADER_AFTER:
            further.append(day)  # too far to be the article's date; counts towards a listing
            continue
        if distance > (HEADER_AFTER if below else HEADER_BEFORE):
            continue
        if _OTHER_RE.search(piece[: w.start - piece_start]):
            continue  # "valid through 01/23/2026", "offers expire 9/30/2017"
        label_from = window.head_end if w.start >= window.head_end else 0  # the headline is no label
        lines = text[max(label_from, w.start - 4 * LABEL_CHARS):w.start].split("\n")
        label = lines[-1].strip() or (lines[-2].strip() if len(lines) > 1 else "")  # "Last updated:\n3 May 2025"
        label = _SENTENCE_END_RE.split(label)[-1][-LABEL_CHARS:]  # what stands before the date: "By Ann Lee |"
        role = "update" if _UPDATED_RE.search(label) else "published" if _PUBLISHED_RE.search(label) \
            else _class_role(element)
        found.append((not below, distance, role, day, f"{label} {text[w.start:w.end]}".strip()))
    days_below = [f[3] for f in found if not f[0]] + further
    if len(set(days_below)) > HEADER_LISTING_DATES or len(days_below) > LISTING_DATES:
        return []  # a listing page
    if len({f[3] for f in found if f[0]}) > HEADER_TICKER_DATES:
        found = [f for f in found if not f[0]]  # other stories' dates above the headline
    if len({f[3] for f in found}) > HEADER_LISTING_DATES:
        return []
    out = []
    for _, _, role, day, quote in sorted(found, key=lambda f: f[:2]):  # below first, then above; nearest first
        value = textmeta.checked_date(day, f"text:{quote}", rejected, today)
        if value is not None:
            out.append(DateEvidence("header-update" if role == "update" else "header", value, quote))
    return out


def _resolve_day(w: _Written, known: set[str], order: int | None = None) -> str | None:
    """One ISO day for a written date: ambiguous and year-less ones only when metadata agrees,
    or (numeric ones) when the page's other numeric dates show its order (``order``: 0 for
    month first, 1 for day first)."""
    if w.kind == "md":
        return next((day for day in sorted(known) if day[4:] == w.days[0][1:]), None)
    if len(w.days) > 1:
        agreed = next((day for day in w.days if day in known), None)
        return agreed if agreed is not None or order is None else w.days[order]
    return w.days[0]


def _numeric_order(written: list[_Written]) -> int | None:
    """How the numeric dates around the headline are written: 0 when one of them can only be
    month first ("12/16/2025"), 1 when one can only be day first ("16/12/2025"), else None
    (none tells, or they disagree)."""
    orders = {w.order for w in written if w.order is not None}
    return orders.pop() if len(orders) == 1 else None


def _time_days(element: HtmlElement | None) -> set[str]:
    """The day of the ``<time datetime>`` holding a written date (it resolves "03/04/2025")."""
    for _ in range(2):
        if element is None:
            break
        if element.tag == "time" and element.get("datetime"):
            value = textmeta.parse_iso_date(element.get("datetime"))
            return {value[:10]} if value else set()
        element = element.getparent()
    return set()


def _class_role(element: HtmlElement | None) -> str:
    """"update" or "published" when the element or its two parents say so in their class,
    itemprop or id (``class="entry-date published"``, ``itemprop="dateModified"``)."""
    names = []
    for _ in range(3):
        if element is None:
            break
        names += [element.get("class") or "", element.get("itemprop") or "", element.get("id") or ""]
        element = element.getparent()
    joined = " ".join(names)
    if _CLASS_UPDATED_RE.search(joined):
        return "update"
    return "published" if _CLASS_PUBLISHED_RE.search(joined) else "unknown"


def _labelled_dates(tree: HtmlElement, rejected: list[dict[str, Any]], today: dt.date | None) -> list[DateEvidence]:
    """A full date within :data:`LABEL_GAP` chars after a short "Published" or "Posted" text
    anywhere on the page (``labelled``): "Posted on the 15/12/2025", "Published | Feb 2, 2023".
    A label inside a sentence ("the report was published on ...") does not count."""
    out = []
    for node in _LABEL_NODES(tree):
        label = _LABELLED_RE.search(node)
        if label is None or len(" ".join(node.split())) > STANDALONE_EXTRA + LABEL_GAP:
            continue
        following = node[label.end():]
        parent = node.getparent()
        if parent is not None and len(following.strip()) < LABEL_GAP:
            following += " " + " ".join(str(t) for t in _NEXT_TEXTS(parent) if t is not node)
        near = " ".join(following.split())[: LABEL_GAP + 40]
        dates = [w for w in _written_dates(near) if w.start <= LABEL_GAP and w.kind != "md" and len(w.days) == 1]
        if dates:
            where = " ".join(f"{label.group(0)} {near[:dates[0].end]}".split())
            value = textmeta.checked_date(dates[0].days[0], f"text:{where}", rejected, today)
            if value:
                out.append(DateEvidence("labelled", value, where))
    return out


def _shown_markup(body: HtmlElement, unshown: list[tuple[str, str]], rejected: list[dict[str, Any]],
                  today: dt.date | None) -> list[DateEvidence]:
    """Markup that dates nothing alone (JSON-LD ``datePublished`` of any object, the meta tags of
    an ``og:type=website`` page) where the page's visible text writes the same day
    (``shown-markup``): two statements agree, one of them shown to the reader. The markup's value
    is kept (its time zone); the quote is its provenance. Not on a page whose text writes more
    than :data:`HEADER_LISTING_DATES` days (a listing, a chronicle: the day may be any item's)."""
    if not unshown:
        return []
    text = " ".join("".join(piece for piece, _ in _pieces(body)).split())
    written = [w for w in _written_dates(text) if w.kind != "md"]
    if len({day for w in written for day in w.days}) > HEADER_LISTING_DATES:
        return []
    out = []
    for value, where in unshown:
        w = next((w for w in written if value[:10] in w.days), None)
        if w is not None:
            quote = " ".join(text[max(0, w.start - SHOWN_QUOTE):w.end].split())
            checked = textmeta.checked_date(value, where, rejected, today)
            if checked:
                out.append(DateEvidence("shown-markup", checked, f"{where} shown as '{quote}'"))
    return out


def _byline_dates(body: HtmlElement, known: set[str], rejected: list[dict[str, Any]],
                  today: dt.date | None) -> list[DateEvidence]:
    """A date standing alone in an element whose class or id names a byline or a publication
    date (``class="article-byline__pub-dates"``, ``id="post-date"``) anywhere on the page
    (``byline``), when every such element states the same day (several days: a list of stories
    or comments). An element whose class names an update ("modified", "updated") does not count."""
    found: dict[str, str] = {}
    for element in _BYLINE_NODES(body):
        names = f"{element.get('class') or ''} {element.get('id') or ''}"
        if not _BYLINE_CLASS_RE.search(names) or _CLASS_UPDATED_RE.search(names):
            continue  # "wp-block-post-date__modified-date": an update date, by its own markup
        text = " ".join(element.text_content().split())
        if not text or len(text) > 2 * STANDALONE_EXTRA + LABEL_GAP:
            continue
        written = [w for w in _written_dates(text) if w.kind != "md"]
        if len(written) != 1 or len(text) - (written[0].end - written[0].start) > STANDALONE_EXTRA:
            continue
        day = _resolve_day(written[0], known)
        if day is not None:
            found.setdefault(day, text)
    if len(found) != 1:
        return []
    [(day, quote)] = found.items()
    value = textmeta.checked_date(day, f"text:{quote}", rejected, today)
    return [DateEvidence("byline", value, quote)] if value else []


def _headline(tree: HtmlElement, title: str) -> HtmlElement | None:
    """The article's headline element: the ``<h1>`` (the one most like the page title when there
    are several), else ``itemprop="headline"``, else the element whose text starts the title."""
    heads = [h for h in tree.iter("h1") if h.text_content().strip()]
    if not heads:
        heads = [h for h in tree.xpath('//*[@itemprop="headline"]') if h.text_content().strip()]
    if len(heads) > 1 and title:
        title_words = _words(title)
        return max(heads, key=lambda h: len(title_words & _words(h.text_content())) / (1 + len(_words(h.text_content()))))
    if heads:
        return heads[0]
    start = " ".join(textmeta.strip_title_suffix(" ".join(title.split()))[0].lower().split()[:4])
    if len(start) < 8:
        return None
    body = tree.find("body")
    for element in (body if body is not None else tree).iter():
        if isinstance(element.tag, str) and element.tag not in _SKIP_TAGS and element.text \
                and " ".join(element.text.lower().split()).startswith(start):
            return element
    return None


_MICRODATA = etree.XPath('//body//*[@itemprop="datePublished"]')


def _page_microdata(tree: HtmlElement) -> list[HtmlElement]:
    """Elements marked ``itemprop="datePublished"`` anywhere in the page, when they all state
    one day (several days: a list of stories)."""
    found = _MICRODATA(tree)
    values = {(e.get("datetime") or e.get("content") or e.get("title") or e.text_content()).strip()[:10] for e in found}
    return found[:1] if len(values) == 1 else []


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


class _Window:
    """Visible text around a headline: :data:`HEADER_BEFORE` chars above it, the headline, and
    :data:`HEADER_AFTER` chars below, with the element each piece of text sits in."""

    def __init__(self, head: HtmlElement) -> None:
        before = list(_until(_pieces_before(head), HEADER_BEFORE))[::-1]
        inside = list(_pieces(head))
        after = list(_until(_pieces_after(head), LISTING_AFTER))
        # whitespace runs as one space, across pieces too: offsets are distances as read
        self.parts: list[str] = []
        self.elements: list[HtmlElement | None] = []
        head_at = [len(before), len(before) + len(inside)]
        marks = []
        for k, (piece, element) in enumerate(before + inside + after):
            if k in head_at:
                marks.append(len(self.parts))
            if piece != "\n" and piece != " ":  # the separators _pieces gives (most pieces) are already as read
                piece = _SPACES_RE.sub(" ", _LINE_BREAK_RE.sub("\n", piece))
            if self.parts and self.parts[-1][-1:] in (" ", "\n"):
                piece = piece.lstrip(" \n")
            if piece:
                self.parts.append(piece)
                self.elements.append(element)
        marks += [len(self.parts)] * (2 - len(marks))
        self.starts = list(itertools.accumulate((len(p) for p in self.parts[:-1]), initial=0))
        self.head_start = sum(len(p) for p in self.parts[: marks[0]])
        self.head_end = sum(len(p) for p in self.parts[: marks[1]])
        self.text = "".join(self.parts)

    def microdata(self) -> list[HtmlElement]:
        """Elements of the window marked ``itemprop="datePublished"`` (the element or its parent),
        up to :data:`HEADER_AFTER` chars below the headline."""
        found: dict[HtmlElement, None] = {}
        for element, start in zip(self.elements, self.starts):
            if start > self.head_end + HEADER_AFTER:
                break
            for candidate in (element, element.getparent() if element is not None else None):
                if candidate is not None and candidate.get("itemprop") == "datePublished":
                    found[candidate] = None
        return list(found)

    def time_dates(self, written: list[_Written]) -> list[_Written]:
        """``<time datetime>`` elements of the window whose text is no date this module reads
        ("12/19 — 2025", "2 days ago"): the day of their ``datetime``."""
        out = []
        for element, part, start in zip(self.elements, self.parts, self.starts):
            if element is None or element.tag != "time" or not element.get("datetime") or not part.strip():
                continue
            if any(w.start < start + len(part) and start < w.end for w in written):
                continue
            value = textmeta.parse_iso_date(element.get("datetime"))
            if value:
                lead = len(part) - len(part.lstrip())
                out.append(_Written(start + lead, start + len(part.rstrip()), "time", (value[:10],)))
        return out

    def piece_at(self, offset: int) -> tuple[HtmlElement | None, str, int]:
        """The element, the text piece holding ``offset`` and where that piece starts."""
        k = max(0, bisect.bisect_right(self.starts, offset) - 1)
        return self.elements[k], self.parts[k], self.starts[k]


def _until(pieces: Iterator[tuple[str, HtmlElement | None]], limit: int) -> Iterator[tuple[str, HtmlElement | None]]:
    """Pieces until ``limit`` characters of text have been given."""
    total = 0
    for piece in pieces:
        yield piece
        total += len(piece[0].strip())
        if total >= limit:
            return


def _pieces(root: HtmlElement) -> Iterator[tuple[str, HtmlElement | None]]:
    """Visible text of ``root``'s subtree in document order, as (text, element it sits in);
    block elements are separated by newlines, inline ones by a space; ``root.tail`` excluded."""
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            yield (" " if node.tag in _INLINE_TAGS else "\n"), node
            if node is not root and node.tail:
                yield node.tail, node.getparent()
            continue
        if not isinstance(node.tag, str) or node.tag in _SKIP_TAGS:  # comments, scripts ...
            if node is not root and node.tail:
                yield node.tail, node.getparent()
            continue
        if node.tag not in _INLINE_TAGS:
            yield "\n", node
        if node.text:
            yield node.text, node
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))


def _pieces_after(head: HtmlElement) -> Iterator[tuple[str, HtmlElement | None]]:
    """Visible text after ``head``'s subtree, in document order."""
    node: HtmlElement | None = head
    while node is not None:
        parent = node.getparent()
        if node.tail:
            yield node.tail, parent
        for sibling in node.itersiblings():
            yield from _pieces(sibling)
            if sibling.tail:
                yield sibling.tail, parent
        if parent is not None and isinstance(parent.tag, str):
            yield "\n", parent
        node = parent


def _pieces_before(head: HtmlElement) -> Iterator[tuple[str, HtmlElement | None]]:
    """Visible text before ``head``, nearest first (reverse document order), read lazily."""
    node: HtmlElement | None = head
    while node is not None:
        parent = node.getparent()
        for sibling in node.itersiblings(preceding=True):
            if sibling.tail:
                yield sibling.tail, parent
            yield from _pieces_reversed(sibling)
        if parent is not None and parent.text:
            yield parent.text, parent
        node = parent


def _pieces_reversed(root: HtmlElement) -> Iterator[tuple[str, HtmlElement | None]]:
    """:func:`_pieces` of ``root`` in reverse order, without walking the rest of a long subtree."""
    stack: list[tuple[str, Any]] = [("node", root)]
    while stack:
        what, node = stack.pop()
        if what == "tail":
            if node.tail:
                yield node.tail, node.getparent()
            continue
        if what == "open":
            if node.text:
                yield node.text, node
            if node.tag not in _INLINE_TAGS:
                yield "\n", node
            continue
        if not isinstance(node.tag, str) or node.tag in _SKIP_TAGS:
            continue
        yield (" " if node.tag in _INLINE_TAGS else "\n"), node
        stack.append(("open", node))
        for child in node:
            stack.append(("node", child))
            stack.append(("tail", child))
