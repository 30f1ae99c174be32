"""The plain-text cleaner: scraped text in, article body + dropped lines + metadata out.

:func:`clean_text` is pure. It runs a numbered cascade over the lines of the text:

1. ``=== METADATA ===`` blocks are parsed into fields and removed (``metadata-block``).
2. Each remaining line goes through :data:`LINE_RULES` in order; the first rule that matches
   removes the line and names the reason (CSS, share/tip lines, section labels, footers ...).
3. The tail is read backwards for contributor and author-bio lines.
4. The first remaining line is dropped as ``headline`` when it is the article's title.
5. A trailing agency credit ("— Agencies") is cut from the last paragraph.
6. Dateline, published date and authors are read from what is left, without changing it;
   unlabelled header lines under the title ("Saturday 10 October 2026", "Ann Lee, The Harbour
   Post") give a date and an outlet with the line they came from.

Every removed line (or piece of a line) is kept as a :class:`DroppedLine` with its reason and
0-based line number (lines split on "\n" after CRLF/CR are normalised), so nothing is lost.
Metadata fields carry their source; no evidence, no value.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from newsdesk.ingest import textmeta
from newsdesk.model import Article, DroppedLine

PARAGRAPH_SEP = "\n\n"  # body paragraphs (one kept line each) are joined by a blank line
HEADLINE_MAX_WORDS = 25  # a first line longer than this is a sentence of the story
HEADLINE_MIN_WORDS = 2  # "Ukraine" alone is a section label, not a headline
DATELINE_LINES = 3  # a standfirst/deck may precede the dateline paragraph, rarely more
HEAD_LINES = 6  # bylines and "Published:" lines are looked for in the first few lines only
SHORT_LINE_WORDS = 30  # newsletter / share patterns only fire on lines this short, not on prose
BYLINE_MAX_WORDS = 14  # "By A, B and C | Reuters" fits; a sentence starting "By ..." does not

# --------------------------------------------------------------------------- step 1: metadata

_META_START_RE = re.compile(r"^=+\s*METADATA\s*=+$", re.I)
_META_END_RE = re.compile(r"^=+\s*(ARTICLE|BODY|TEXT|CONTENT)\s*=+$", re.I)
_META_FIELD_RE = re.compile(r"^(?P<key>[A-Za-z][\w ]{0,40}?)\s*:\s*(?P<value>.*)$")

# --------------------------------------------------------------------------- step 2: line rules

_CSS_RE = re.compile(
    r"^\s*(?:@media|@font-face|@import|@keyframes|[.#]?-?[A-Za-z_][\w-]*(?:[\s>+~.,#:\[\]=\"'\w-]*)\{[^{}]*:[^{}]*;?\s*\})"
)
_SCRIPT_RE = re.compile(
    r"^\s*(?:(?:var|let|const|function)\s+[\w$]+\s*[=(]|\(function\s*\(|window\.[\w$]+|document\.[\w$]+\s*[.(=]"
    r"|googletag\.|dataLayer\.|!function\(|\{\s*\"@context\")"
)
_SHARE_RE = re.compile(
    r"^(?:got a (?:confidential )?(?:news )?tip\?|have a (?:news )?tip\?|see how to send a secure message"
    r"|send (?:us )?(?:your )?(?:news )?tips?\b|share (?:this|on|via)\b|follow us on\b|click here to\b"
    r"|download (?:the|our) .{0,40}\bapp\b|listen to this article\b)",
    re.I,
)
_SHARE_WORDS = {
    "share", "facebook", "twitter", "x", "whatsapp", "email", "e-mail", "linkedin", "reddit",
    "pinterest", "telegram", "print", "copy", "link", "messenger", "flipboard", "tweet", "mail",
    "sms", "threads", "bluesky", "copied", "comments", "save",
}
_LABELS = {
    "top stories", "source link", "more stories", "advertisement", "advertisements", "ad",
    "sponsored", "sponsored content", "related", "related articles", "related stories",
    "related content", "recommended", "recommended stories", "most read", "most popular",
    "trending", "trending now", "skip to content", "skip to main content", "continue reading",
    "read more", "read next", "load more", "loading", "back to top", "subscribe", "sign up",
    "log in", "sign in", "menu", "search", "close", "you may also like", "latest news",
    "more from this section", "view comments", "show comments", "story continues below",
    "article continues below", "continue reading below", "scroll to continue", "watch",
    "listen", "video", "sources", "opens in new window",
}
# labels that head a list of links to other articles: inside or after the story, the
# headline-shaped lines right under one are those links ("MORE STORIES" / "Police add bike
# patrols downtown" / ...), not the story
_LINK_LIST_LABELS = frozenset({
    "top stories", "more stories", "related", "related articles", "related stories", "related content",
    "recommended", "recommended stories", "most read", "most popular", "trending", "trending now",
    "read next", "you may also like", "latest news", "more from this section",
})
_FOOTER_RE = re.compile(r"^The post (?P<title>.+?) appeared first on (?P<outlet>.+?)\.?$")
_PHOTO_RE = re.compile(
    r"^(?:\(?(?:photo|photograph|image|picture|illustration|video)(?: credit)?s?\s*(?::|by\b)"
    r"|credits?\s*:"
    r"|\(?(?:AP|AFP|Reuters|EPA|Getty|Anadolu|[A-Z][\w.]*)?\s*(?:Photo|Image)s?/[^)]*\)?$"
    r"|.{0,300}\((?:AP|AFP|Reuters|EPA|Getty Images|Bloomberg|[A-Z][\w ]{0,30})\s*(?:Photo|Images?)\b[^)]*\)\s*$"
    r"|[^.]{0,80}\b(?:Getty Images|Shutterstock|via Getty)\s*$)",
    re.I,
)
_NEWSLETTER_RE = re.compile(
    r"(?:\b(?:sign up|subscribe)\b.{0,80}\bnewsletters?\b|\bnewsletters?\b.{0,80}\b(?:sign up|subscribe)\b"
    r"|delivered (?:straight |directly )?to your inbox"
    r"|\b(?:sign up|subscribe)\b.{0,100}\binbox\b)",  # "Sign up for our morning briefing: news in your inbox"
    re.I,
)
_READ_MORE_RE = re.compile(r"^(?:read more|read also|also read|see also|related|more|watch|listen)\s*:", re.I)
_COPYRIGHT_RE = re.compile(r"^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?\d{4}", re.I)
_DATE_LINE_RE = re.compile(
    r"^(?P<kind>published|posted|first published|updated|last updated|modified)\b\s*(?:on\b)?\s*:?\s*\S", re.I
)
_CLOCK_RE = re.compile(r"\b(?:\d{1,2}:\d{2}|\d+ (?:minutes?|hours?|days?) ago|GMT|UTC|[ECMP][SD]?T|BST|CET)\b")
_COOKIE_RE = re.compile(r"\bwe use cookies\b|\bcookie (?:policy|settings|preferences)\b", re.I)


def _words(line: str) -> int:
    return len(line.split())


# labels set side by side: "Subscribe   Log in", "Sign in | Subscribe"
_LABEL_SPLIT_RE = re.compile(r"\s{2,}|\s*[|•·/]\s*|\t")


def _is_label(line: str) -> bool:
    if _label_text(line) in _LABELS:
        return True
    parts = [p for p in _LABEL_SPLIT_RE.split(line.strip()) if p.strip()]
    return len(parts) > 1 and all(_label_text(p) in _LABELS for p in parts)


def _label_text(line: str) -> str:
    return line.strip(" :»›>|•·-–—.…").lower()


def _is_share_buttons(line: str) -> bool:
    tokens = [t for t in _SHARE_SPLIT_RE.split(line.lower()) if t]
    return bool(tokens) and all(t in _SHARE_WORDS for t in tokens)


def _is_date_line(line: str) -> bool:
    """"Published: March 3, 2025" / "Updated 10:42 GMT", not "Published reports suggest ..."."""
    if _words(line) > BYLINE_MAX_WORDS or not _DATE_LINE_RE.match(line):
        return False
    return textmeta.parse_full_date(line) is not None or bool(_CLOCK_RE.search(line))


def _is_short(line: str) -> bool:
    return _words(line) <= SHORT_LINE_WORDS


# (reason, predicate): the first matching rule removes the line. Order matters only where two
# rules could both match; the more specific one comes first.
LINE_RULES: list[tuple[str, Callable[[str], bool]]] = [
    ("css", lambda s: "{" in s and "}" in s and bool(_CSS_RE.match(s))),
    ("script", lambda s: bool(_SCRIPT_RE.match(s))),
    ("footer:appeared-first", lambda s: bool(_FOOTER_RE.match(s))),
    ("share-line", lambda s: _is_short(s) and bool(_SHARE_RE.match(s))),
    ("share-buttons", _is_share_buttons),
    ("boilerplate", _is_label),
    ("photo-credit", lambda s: _is_short(s) and bool(_PHOTO_RE.match(s))),
    ("newsletter", lambda s: _is_short(s) and bool(_NEWSLETTER_RE.search(s))),
    ("read-more", lambda s: _is_short(s) and bool(_READ_MORE_RE.match(s))),
    ("copyright", lambda s: _is_short(s) and bool(_COPYRIGHT_RE.match(s))),
    ("cookie-notice", lambda s: _is_short(s) and bool(_COOKIE_RE.search(s))),
    ("date-line", _is_date_line),
]

_SHARE_SPLIT_RE = re.compile(r"[\s|/•·,]+")
_SHARE_FIRST_RE = re.compile(r"[\s|/•·,]*([^\s|/•·,]+)")
_LONG_LINE_RULES = ("css", "script", "footer:appeared-first", "share-buttons", "boilerplate")  # the rest need <= 30 words


def line_rule(line: str) -> str | None:
    """The reason of the first of :data:`LINE_RULES` that matches ``line`` (a stripped line), or
    None: the same answer, with the line's words counted once, the rules that only fire on short
    lines skipped for a long one (a line of prose: most lines), and the share-buttons split only
    for a line whose first token is a share word (tested against the plain definition)."""
    words = len(line.split())
    if words > SHORT_LINE_WORDS:
        for name in _LONG_LINE_RULES:
            if _LONG_RULES[name](line):
                return name
        return None  # "date-line" needs <= BYLINE_MAX_WORDS words
    for name, rule in _SHORT_RULES:
        if rule(line):
            return name
    return None


def _share_buttons_fast(line: str) -> bool:
    """:func:`_is_share_buttons`, the whole split only when the first token is a share word."""
    first = _SHARE_FIRST_RE.match(line.lower())
    return first is not None and first.group(1) in _SHARE_WORDS and _is_share_buttons(line)


# the predicates of LINE_RULES without their short-line guard (line_rule checks the length once)
_UNGUARDED = {
    "share-line": lambda s: bool(_SHARE_RE.match(s)),
    "photo-credit": lambda s: bool(_PHOTO_RE.match(s)),
    "newsletter": lambda s: bool(_NEWSLETTER_RE.search(s)),
    "read-more": lambda s: bool(_READ_MORE_RE.match(s)),
    "copyright": lambda s: bool(_COPYRIGHT_RE.match(s)),
    "cookie-notice": lambda s: bool(_COOKIE_RE.search(s)),
    "share-buttons": _share_buttons_fast,
}
_SHORT_RULES = [(name, _UNGUARDED.get(name, rule)) for name, rule in LINE_RULES]
_LONG_RULES = {name: _UNGUARDED.get(name, rule) for name, rule in LINE_RULES if name in _LONG_LINE_RULES}

# --------------------------------------------------------------------------- step 3: tail lines

_CONTRIBUTORS_RE = re.compile(
    r"^(?:(?P<names>.{3,200}?)\s+contributed (?:reporting|research|to this (?:report|article|story))\b.*"
    r"|(?:additional )?reporting by (?P<names2>[^;.]{3,200}?)(?:;.*)?\.?)$",
    re.I,
)
_BIO_RE = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]*){1,3}) (?:is|was|covers|reports)\b[^.]{0,80}?"
    r"\b(?:reporter|correspondent|journalist|editor|writer|columnist|bureau chief|contributor|producer"
    r"|critic|analyst|covers|reports on)\b"
)

# --------------------------------------------------------------------------- steps 4-6

_BYLINE_RE = re.compile(r"^by\s+(?P<names>[A-Z][^|•\n]*?)\s*(?:[|•,]\s*(?P<rest>.*))?$", re.I)
_SENTENCE_END = ".,;:"
_TRAILING_CREDIT_RE = re.compile(
    r"^(?P<body>.*?[.!?\"”’)])\s*(?P<credit>(?:[—–]|--)\s*(?:with\s+)?(?P<who>"
    r"[Aa]gencies|AFP|AP|Reuters|Xinhua|IANS|PTI|ANI|dpa|Bloomberg|TASS|Ukrinform|Anadolu(?: Agency)?"
    r"|Associated Press|Agence France-Presse|[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}))\s*$"
)
_CREDIT_LINE_RE = re.compile(
    r"^(?:[—–-]+\s*)?\(?(?:with (?:inputs? from )?(?:agencies|agency inputs)|agencies)\)?\.?$", re.I
)
# a credit alone on the last line: "— Coastal Wire Service", "(Reuters)"
_CREDIT_ALONE_RE = re.compile(
    r"^(?:(?:[—–]|--)\s*(?P<who>[A-Z][\w.&'’-]*(?: (?:[A-Z0-9][\w.&'’-]*|of|and|the)){0,5})\.?"
    r"|\((?P<paren>[A-Z][\w.&'’-]*(?: [A-Z0-9][\w.&'’-]*){0,3})\))$"
)


@dataclass(slots=True)
class CleanResult:
    """What :func:`clean_text` recovers from one scraped text."""

    body: str
    dropped: list[DroppedLine] = field(default_factory=list)
    title: str | None = None
    title_source: str | None = None
    outlet: str | None = None
    outlet_source: str | None = None
    authors: list[str] = field(default_factory=list)
    authors_source: str | None = None
    contributors: list[str] = field(default_factory=list)
    dateline: str | None = None
    dateline_source: str | None = None
    published: str | None = None
    published_source: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)

    def set_published(self, value: str | None, source: str) -> None:
        """Take ``value`` as the publication date unless one is already known or it is not a
        plausible one (1900 … today+1, no placeholder): then it is recorded in
        ``metadata["published_rejected"]`` with the reason."""
        if value is None or self.published is not None:
            return
        rejected: list[dict[str, Any]] = []
        value = textmeta.checked_date(value, source, rejected)
        if rejected:
            self.metadata.setdefault("published_rejected", []).extend(rejected)
        if value is not None:
            self.published, self.published_source = value, source

    def apply_to(self, article: Article) -> Article:
        """Copy body, dropped lines and every recovered field onto ``article``."""
        for name in (
            "body", "title", "title_source", "outlet", "outlet_source", "authors", "authors_source",
            "contributors", "dateline", "dateline_source", "published", "published_source",
        ):
            setattr(article, name, getattr(self, name))
        article.dropped = list(self.dropped)
        article.metadata.update(self.metadata)
        return article


def clean_text(raw: str, *, header_lines: bool = True) -> CleanResult:
    """Clean plain scraped text; see the module docstring for the cascade.

    ``header_lines=False`` skips the unlabelled date and byline/outlet lines under the title
    (step 6): text extracted from a page has its metadata in the markup, and a line the
    extractor put there is no header of the page.
    """
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    result = CleanResult(body="")
    kept: list[tuple[int, str]] = []  # (line number, stripped text)

    # 1. metadata block
    meta_lines = _metadata_block(lines, result)
    in_link_list = False  # under a "More stories"-type label, until a line that is no headline
    for number, line in enumerate(lines):
        text = line.strip()
        if not text or number in meta_lines:
            continue
        # 2. line rules
        reason = line_rule(text)
        if reason is None and in_link_list and _looks_like_headline(text):
            reason = "link-list"
        if reason is None:
            in_link_list = False
            kept.append((number, text))
            continue
        if reason == "boilerplate":  # at the top of a page such a label is navigation above the headline
            in_link_list = bool(kept) and _label_text(text) in _LINK_LIST_LABELS
        result.dropped.append(DroppedLine(text, reason, number))
        _note_dropped(reason, text, result)

    _tail_lines(kept, result)  # 3.
    _headline(kept, result)  # 4.
    _trailing_credit(kept, result)  # 5.
    _head_metadata(kept, result, header_lines)  # 6.
    result.dropped.sort(key=lambda d: (d.line if d.line is not None else -1))
    result.body = PARAGRAPH_SEP.join(text for _, text in kept)
    return result


# Keys of an unmarked "Key: value" block at the top of a file ("Title: …", "Author: …",
# "Date: …", "Tags: …"): only these, so that a first paragraph opening "Update: …" is no block.
HEAD_FIELD_KEYS = frozenset((
    "title", "headline", "author", "authors", "by", "byline", "date", "published", "published_date",
    "updated", "section", "category", "categories", "tags", "keywords", "source", "outlet",
    "publication", "url", "link", "dateline", "reported_from"))
HEAD_FIELDS_MIN = 2  # one labelled line alone is a header line (step 6 reads "Published: …")


def _head_fields(lines: list[str], result: CleanResult) -> set[int]:
    """Parse and claim an unmarked block of "Key: value" lines that opens the file, when it has
    at least HEAD_FIELDS_MIN lines and every key is a metadata key."""
    block: list[tuple[int, str, str]] = []
    for number, line in enumerate(lines):
        text = line.strip()
        if not text:
            if block:
                break
            continue
        match = _META_FIELD_RE.match(text)
        key = match["key"].strip().lower().replace(" ", "_") if match else None
        if key not in HEAD_FIELD_KEYS:
            break
        block.append((number, key, match["value"]))
    if len(block) < HEAD_FIELDS_MIN:
        return set()
    for number, _, _ in block:
        result.dropped.append(DroppedLine(lines[number].strip(), "metadata-block", number))
    _apply_fields({key: None if textmeta.not_specified(value) else value.strip() for _, key, value in block},
                  result)
    return {number for number, _, _ in block}


def _metadata_block(lines: list[str], result: CleanResult) -> set[int]:
    """Parse and claim ``=== METADATA ===`` ... ``=== ARTICLE ===`` (else an unmarked block of
    metadata fields at the top); return the claimed lines."""
    claimed: set[int] = set()
    start = next((n for n, line in enumerate(lines) if _META_START_RE.match(line.strip())), None)
    if start is None:
        return _head_fields(lines, result)
    fields: dict[str, str | None] = {}
    result.dropped.append(DroppedLine(lines[start].strip(), "metadata-marker", start))
    claimed.add(start)
    for number in range(start + 1, len(lines)):
        text = lines[number].strip()
        if _META_END_RE.match(text):
            result.dropped.append(DroppedLine(text, "metadata-marker", number))
            claimed.add(number)
            break
        match = _META_FIELD_RE.match(text)
        if not text:
            continue
        if match is None:  # no end marker and a non-field line: the block is over
            break
        key = match["key"].strip().lower().replace(" ", "_")
        fields[key] = None if textmeta.not_specified(match["value"]) else match["value"].strip()
        result.dropped.append(DroppedLine(text, "metadata-block", number))
        claimed.add(number)
    _apply_fields(fields, result)
    return claimed


def _apply_fields(fields: dict[str, str | None], result: CleanResult) -> None:
    """What a metadata block's fields say: outlet, title, authors, date, dateline (source
    "metadata"); every field is also kept as ``meta_<key>``."""
    result.metadata.update({f"meta_{k}": v for k, v in fields.items()})
    if fields.get("source"):
        result.outlet, result.outlet_source = fields["source"], "metadata"
    if fields.get("title"):
        result.title, result.title_source = fields["title"], "metadata"
    authors = fields.get("authors") or fields.get("author")
    if authors:
        result.authors, result.authors_source = textmeta.split_names(authors), "metadata"
    published = fields.get("published_date") or fields.get("published") or fields.get("date")
    if published:
        result.set_published(textmeta.parse_iso_date(published), "metadata")
    place = fields.get("reported_from") or fields.get("dateline")
    if place:
        result.dateline, result.dateline_source = place, "metadata"


def _note_dropped(reason: str, text: str, result: CleanResult) -> None:
    """Some dropped lines still carry metadata: footers and "Published:" lines."""
    if reason == "footer:appeared-first":
        match = _FOOTER_RE.match(text)
        assert match is not None
        if result.title is None:
            result.title, result.title_source = match["title"].strip(), "footer"
        if result.outlet is None:
            result.outlet, result.outlet_source = match["outlet"].strip(), "footer"
    elif reason == "date-line":
        match = _DATE_LINE_RE.match(text)
        found = textmeta.parse_full_date(text)
        if match is None or found is None:
            return
        if match["kind"].lower() in ("published", "posted", "first published"):
            result.set_published(found[0], f"text:{text}")
            # "Posted Wed 10 Jun 2026 | The Quay Courier": the line names the outlet as well
            header = textmeta.read_header_line(text)
            if header and header.get("outlet") and "header_outlet" not in result.metadata:
                result.metadata["header_outlet"] = header["outlet"]
                result.metadata["header_outlet_source"] = f"date line: {header['kind']}"
        else:
            result.metadata["updated"] = found[0]


def _tail_lines(kept: list[tuple[int, str]], result: CleanResult) -> None:
    """Walk back from the end over contributor and author-bio lines."""
    bio_authors: list[str] = []
    while kept:
        number, text = kept[-1]
        contributors = _CONTRIBUTORS_RE.match(text)
        bio = _BIO_RE.match(text)
        if contributors:
            names = textmeta.split_names(contributors["names"] or contributors["names2"] or "")
            if not names:
                break
            result.contributors = names + result.contributors
            result.dropped.append(DroppedLine(text, "contributors", number))
        elif bio:
            bio_authors.insert(0, bio["name"])
            result.dropped.append(DroppedLine(text, "bio-line", number))
        else:
            break
        kept.pop()
    if bio_authors and not result.authors:
        result.authors, result.authors_source = bio_authors, "bio-line"


MASTHEAD_MAX_WORDS = 5  # "CALDERWICK EVENING POST": a paper's name in capitals is short; a capitals headline is longer
MASTHEAD_LOOKAHEAD = 4  # the real headline follows the masthead within a date and a reporter line or two


def _masthead(kept: list[tuple[int, str]], result: CleanResult) -> None:
    """A first line in capitals naming the paper, with the headline a few header lines below
    ("KESWICK ECHO" / "Friday, 3 July 2026 | Transport" / "Reporter: A. Lee" / "Fares rise
    again"): the masthead is dropped and kept as outlet evidence, and the headline moves up to
    be read as the first line. Only with no title known yet, and only when a line below reads
    as a headline (a sentence of the body ends with a full stop, so it never does)."""
    if result.title is not None or len(kept) < 3:
        return
    number, text = kept[0]
    words = text.split()
    if not 1 <= len(words) <= MASTHEAD_MAX_WORDS or not text.isupper() or not text[0].isalpha():
        return
    for k in range(1, min(1 + MASTHEAD_LOOKAHEAD, len(kept) - 1)):
        line = kept[k][1]
        head = textmeta.strip_title_suffix(line, separators=(" | ",))[0]  # "Friday, 3 July 2026 | Transport"
        if _looks_like_headline(line) and _looks_like_headline(head) and not line.isupper() \
                and textmeta.read_header_line(line) is None and not _META_FIELD_RE.match(line):
            result.dropped.append(DroppedLine(text, "masthead", number))
            result.metadata.setdefault("header_outlet", text.title())
            result.metadata.setdefault("header_outlet_source", f"masthead line {number + 1}")
            kept.insert(0, kept.pop(k))  # the headline is read as the first line (step 4)
            kept.pop(1)  # the masthead itself
            return


def _headline(kept: list[tuple[int, str]], result: CleanResult) -> None:
    """Drop the first line when it is the title (or, with no title yet, looks like one)."""
    _masthead(kept, result)
    while result.title is None and len(kept) > 2 and _is_menu(kept[0][1]):
        number, text = kept.pop(0)  # "Weather | Traffic | Obituaries" above the headline: the site's menu
        result.dropped.append(DroppedLine(text, "navigation", number))
    if result.title is None and len(kept) > 2 and _is_banner(kept, result):
        number, text = kept.pop(0)  # "Trailwise — News & Notes" / "Posted June 3, 2026" / the headline
        result.dropped.append(DroppedLine(text, "banner", number))
    if result.title is None and len(kept) > 2:
        _site_banner(kept, result)  # "Outlet — slogan" / breadcrumb / "Posted: …" / the headline
    if len(kept) < 2:  # a lone line is the body, whatever it looks like
        return
    number, text = kept[0]
    title, suffix = textmeta.strip_title_suffix(text, separators=(" | ",))
    if result.title is not None:
        if _norm(title) != _norm(result.title) and _norm(text) != _norm(result.title):
            return
    elif not _looks_like_headline(text):
        return
    else:
        result.title, result.title_source = title, "headline"
    if suffix:
        result.metadata["title_suffix"] = suffix
    result.dropped.append(DroppedLine(text, "headline", number))
    kept.pop(0)


MENU_MIN_ITEMS = 3  # "Weather | Traffic | Obituaries": a menu lists several sections; "Outlet | Section" is a header line
MENU_ITEM_MAX_WORDS = 3  # a menu item is a section's name ("What's On"), never a clause


def _is_menu(text: str) -> bool:
    """A site's menu bar: three or more short items split by bars, no figure or date among
    them, and no outlet the header-line reader would take from it."""
    items = [x.strip() for x in text.split(" | ")]
    return (len(items) >= MENU_MIN_ITEMS and all(1 <= len(x.split()) <= MENU_ITEM_MAX_WORDS for x in items)
            and not any(c.isdigit() for c in text) and textmeta.read_header_line(text) is None)


# the headline under a banner says what happened ("Team offers compromise as appeal wraps up"); an
# outlet's name under the date ("The Clarion", "National Press Wire") is shorter
BANNER_HEADLINE_MIN_WORDS = 5


def _is_banner(kept: list[tuple[int, str]], result: CleanResult) -> bool:
    """A site's name above its own post date, with the headline below that date: two
    headline-shaped lines with a dropped date line between them, the second no header line
    and followed by prose. The first is the banner of the page (a blog's name and section);
    a headline above its date has the story's prose, not a second headline, below the date."""
    (n0, first), (n1, second), (_, third) = kept[:3]
    dated = any(d.reason == "date-line" and d.line is not None and n0 < d.line < n1 for d in result.dropped)
    # (a breadcrumb "Outlet > Section > Desk" is left as it is: read as the title, its headline stays
    # in the body, where the stance stage reads it — measured: ridehail_licence g loses a stance)
    return (dated and " > " not in first and _looks_like_headline(first) and _looks_like_headline(second)
            and not second.isupper()
            and len(second.split()) >= max(BANNER_HEADLINE_MIN_WORDS, len(first.split())) and "(" not in second
            and textmeta.read_header_line(second) is None and not _looks_like_headline(third))


# --- a site's banner line above navigation and metadata lines, with the headline below them
SITE_BANNER_LOOKAHEAD = 5  # breadcrumb, "Posted: …", "Tags: …", a byline, a reading time: then the headline
SITE_NAME_MAX_WORDS = 5  # "WXYZ Community Radio 88.7": a site's name is short
SLOGAN_MAX_WORDS = 6  # "— news for the valley, by the valley"
SITE_NAME_MIN_LETTERS = 4  # a two- or three-letter name is too common a string to count as a mention
BANNER_MAX_WORDS = 12  # a banner is a name and a motto or a section or two, never a sentence
_NAME_START_RE = re.compile(r"^[A-Z0-9]")
_BANNER_SPLIT_RE = re.compile(r"\s+(?:\||[—–]|-|·|•)\s+")
_BREADCRUMB_SPLIT_RE = re.compile(r"\s*(?:›|»|>|/)\s*|\s+\|\s+")
# a broadcaster's call sign ("WXYZ", "KQRT", "3AW"-like "2XR") and its frequency or channel ("88.7", "1230", "9")
_CALL_SIGN_RE = re.compile(r"^(?:[A-Z]{3,4}|\d[A-Z]{2,3})(?:-(?:AM|FM|TV))?$")
_FREQUENCY_RE = re.compile(r"^(?:\d{1,4}(?:\.\d)?(?:AM|FM)?|AM|FM)$")
_NAME_WORD_RE = re.compile(r"^(?:[A-Z0-9][\w'’&.-]*|&|of|the|on)$")
# labelled metadata lines of a page's head ("Tags: Health, Schools", "Filed under: Courts")
_HEAD_LABEL_KEYS = HEAD_FIELD_KEYS | {"topics", "topic", "filed_under", "reading_time", "last_updated", "posted"}
_READING_TIME_RE = re.compile(r"^(?:reading time\s*:?\s*)?\d{1,2}\s*(?:min(?:ute)?s?)(?:\s+read)?$", re.I)


def _site_name(text: str) -> tuple[str, str | None]:
    """``"Outlet — slogan"`` -> ``("Outlet", "slogan")``: the part before the first separator."""
    parts = _BANNER_SPLIT_RE.split(text, 1)
    return parts[0].strip(), (parts[1].strip() if len(parts) > 1 else None)


def _name_shaped(name: str) -> bool:
    words = name.split()
    return 1 <= len(words) <= SITE_NAME_MAX_WORDS and bool(_NAME_START_RE.match(name)) \
        and all(_NAME_WORD_RE.match(w) for w in words)


def _banner_evidence(text: str, others: list[str]) -> str | None:
    """Why the first line of a text is a site's banner, not a headline, or ``None``:
    ``"outlet line"`` (a header line naming an outlet: "Valley Radio | Local News"), ``"call sign"``
    ("WXYZ Radio 1230"), ``"named elsewhere"`` (its name recurs in the rest of the file: a
    copyright line, "… told Outlet", an address at the outlet's domain) or ``"slogan"``
    ("Outlet — news for the valley": a lower-case motto after a dash)."""
    header = textmeta.read_header_line(text)
    if header is not None and header.get("outlet") and not header["persons"]:
        return "outlet line"
    name, rest = _site_name(text)
    if not _name_shaped(name):
        return None
    words = name.split()
    if _CALL_SIGN_RE.match(words[0]) and any(_FREQUENCY_RE.match(w) for w in words[1:]):
        return "call sign"
    core = " ".join(w for w in words if not _FREQUENCY_RE.match(w))  # "WXYZ Radio 1230" is named "WXYZ Radio"
    if sum(c.isalpha() for c in core) >= SITE_NAME_MIN_LETTERS:
        pattern = re.compile(r"(?<![\w@.])" + re.escape(core) + r"(?!\w)")
        squashed = re.compile(r"[@/.]" + re.escape(core.lower().replace(" ", "")) + r"\.")
        if any(pattern.search(line) or squashed.search(line.lower()) for line in others):
            return "named elsewhere"
    if rest and rest[0].islower() and len(rest.split()) <= SLOGAN_MAX_WORDS and not any(c.isdigit() for c in rest) \
            and not rest.rstrip().endswith(tuple(".!?")):
        return "slogan"
    return None


def _is_head_furniture(text: str) -> str | None:
    """What a line between a site's banner and its headline is: ``"navigation"`` (a breadcrumb
    "Home › Council › Planning"), ``"metadata-line"`` ("Tags: …", "Reading time: 3 min"),
    ``"header"`` (a byline or an unlabelled date/outlet line, left for step 6), else ``None``."""
    items = [x for x in _BREADCRUMB_SPLIT_RE.split(text) if x]
    if len(items) >= 2 and not re.search(r"\d", text) and all(1 <= len(x.split()) <= MENU_ITEM_MAX_WORDS
                                                              and x[0].isupper() for x in items) \
            and not text.rstrip().endswith(tuple(_SENTENCE_END)) and textmeta.read_header_line(text) is None:
        return "navigation"
    if _READING_TIME_RE.match(text):
        return "metadata-line"
    field_match = _META_FIELD_RE.match(text)
    if field_match and field_match["key"].strip().lower().replace(" ", "_") in _HEAD_LABEL_KEYS \
            and _words(text) <= BYLINE_MAX_WORDS:
        return "metadata-line"
    if (_BYLINE_RE.match(text) and _words(text) <= BYLINE_MAX_WORDS) or textmeta.read_header_line(text) is not None \
            or textmeta.parse_date_line(text) is not None:
        return "header"
    return None


def _site_banner(kept: list[tuple[int, str]], result: CleanResult) -> None:
    """A site's banner line above its navigation and metadata lines, with the headline below
    them ("Valley Radio 1230 | Ashbury" / "Posted: …" / "Tags: …" / the headline / prose): the
    banner is dropped (``banner``) and kept as outlet evidence, breadcrumbs and labelled lines in
    between are dropped (``navigation``, ``metadata-line``), and the headline moves up to be read
    as the first line. Only when the first line shows it is a banner (:func:`_banner_evidence`);
    unless the banner is itself a header line naming an outlet, at least one navigation or
    metadata line (kept, or a dropped date line) must stand between it and the headline; and the
    headline must be followed by prose or header lines, never by a second headline."""
    n0, first = kept[0]
    if not _words(first) <= BANNER_MAX_WORDS or first.rstrip().endswith(tuple(_SENTENCE_END + "!?")):
        return
    between: list[tuple[int, str]] = []  # (index in kept, reason) of the lines between banner and headline
    for k in range(1, min(1 + SITE_BANNER_LOOKAHEAD, len(kept) - 1)):
        number, line = kept[k]
        what = _is_head_furniture(line)
        if what is not None:
            between.append((k, what))
            continue
        head = textmeta.strip_title_suffix(line, separators=(" | ",))[0]
        after = kept[k + 1][1]
        if not (_looks_like_headline(line) and _looks_like_headline(head)
                and len(line.split()) >= BANNER_HEADLINE_MIN_WORDS and not _META_FIELD_RE.match(line)
                and (not _looks_like_headline(after) or _is_head_furniture(after) == "header")):
            return
        evidence = _banner_evidence(first, [t for _, t in kept[1:]] + [d.text for d in result.dropped])
        if evidence is None:
            return
        dropped_between = any(d.line is not None and n0 < d.line < number
                              and d.reason in ("date-line", "boilerplate", "navigation") for d in result.dropped)
        if evidence != "outlet line" and not between and not dropped_between:
            return
        result.dropped.append(DroppedLine(first, "banner", n0))
        name = textmeta.read_header_line(first).get("outlet") if evidence == "outlet line" else _site_name(first)[0]
        result.metadata.setdefault("header_outlet", name)
        result.metadata.setdefault("header_outlet_source", f"banner line {n0 + 1}: {evidence}")
        for index, what in reversed(between):
            if what != "header":  # bylines and date lines stay for step 6 to read
                result.dropped.append(DroppedLine(kept[index][1], what, kept[index][0]))
                labelled = _META_FIELD_RE.match(kept[index][1]) if what == "metadata-line" else None
                if labelled:  # "Tags: Health, Schools" is kept as meta_tags, as a metadata block's fields are
                    key = "meta_" + labelled["key"].strip().lower().replace(" ", "_")
                    result.metadata.setdefault(key, labelled["value"].strip())
                kept.pop(index)
                k -= 1
        kept.insert(0, kept.pop(k))  # the headline is read as the first line (step 4)
        kept.pop(1)  # the banner itself
        return


def _looks_like_headline(text: str) -> bool:
    words = text.split()
    if not HEADLINE_MIN_WORDS <= len(words) <= HEADLINE_MAX_WORDS:
        return False
    if text.rstrip("\"”’'").endswith(tuple(_SENTENCE_END)):
        return False
    if not (text[0].isupper() or text[0].isdigit() or text[0] in "\"“‘'"):
        return False
    if textmeta.parse_date_line(text) is not None:  # "Saturday 10 October 2026" dates the story, it is no title
        return False
    return textmeta.find_dateline(text) is None and not _BYLINE_RE.match(text)


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _trailing_credit(kept: list[tuple[int, str]], result: CleanResult) -> None:
    """Cut "— Agencies" (or a whole "(With agency inputs)" or "— Coastal Wire" line) from the end of the body."""
    if not kept:
        return
    number, text = kept[-1]
    alone = _CREDIT_ALONE_RE.match(text)
    if (_CREDIT_LINE_RE.match(text) or alone) and len(kept) > 1:
        result.dropped.append(DroppedLine(text, "trailing-credit", number))
        result.metadata["credit"] = (alone["who"] or alone["paren"]) if alone else text.strip("—–-() .")
        kept.pop()
        return
    match = _TRAILING_CREDIT_RE.match(text)
    if match is None:
        return
    result.dropped.append(DroppedLine(match["credit"], "trailing-credit", number))
    result.metadata["credit"] = match["who"]
    kept[-1] = (number, match["body"].rstrip())


def _head_metadata(kept: list[tuple[int, str]], result: CleanResult, header_lines: bool = True) -> None:
    """Bylines (removed), dateline and written dates at the top of the body (recorded only)."""
    for index, (number, text) in enumerate(kept[:HEAD_LINES]):
        byline = _BYLINE_RE.match(text)
        if byline and _words(text) <= BYLINE_MAX_WORDS and not text.rstrip().endswith("."):
            names = textmeta.split_names(byline["names"])
            if names:
                if not result.authors or result.authors_source == "bio-line":
                    result.authors, result.authors_source = names, "byline"
                found = textmeta.parse_full_date(text)
                if found:
                    result.set_published(found[0], f"text:{text}")
                result.dropped.append(DroppedLine(text, "byline", number))
                kept.pop(index)
                break
    if header_lines:
        _header_lines(kept, result)
    dateline = textmeta.dateline_of("\n".join(text for _, text in kept[:DATELINE_LINES]), DATELINE_LINES)
    if dateline is not None:
        # a dateline in the text beats metadata "Reported_From" (kept in metadata anyway)
        result.dateline, result.dateline_source = dateline["place"], "text"
        if dateline.get("agency"):
            result.metadata["dateline_agency"] = dateline["agency"]
        found = textmeta.parse_full_date(dateline["text"])
        if found:
            result.set_published(found[0], f"text:{dateline['text']}")


def _header_lines(kept: list[tuple[int, str]], result: CleanResult) -> None:
    """Unlabelled date and byline/outlet lines between the title and the body (recorded only).

    Read from the top while each line is a header line (:func:`textmeta.read_header_line`); the
    first other line is the body and ends the header. The first date and the first outlet found
    are kept, with the line they came from ("header line 3: byline with outlet"); the outlet is
    weighed against the other evidence in :func:`newsdesk.ingest.outlets.settle_outlet`.
    """
    for number, text in kept[: min(HEAD_LINES, len(kept) - 1)]:  # the last line is body, whatever it is
        found = textmeta.read_header_line(text)
        if found is None:
            return
        where = f"header line {number + 1}"
        if "date" in found:
            result.set_published(found["date"], f"{where}: {found['kind']} ({text})")
        if "outlet" in found and "header_outlet" not in result.metadata:
            result.metadata["header_outlet"] = found["outlet"]
            result.metadata["header_outlet_source"] = f"{where}: {found['kind']}"
