"""RSS and Atom feeds (feedparser): one article per entry.

Each entry's ``raw`` bytes are its own ``<item>``/``<entry>`` element, cut byte-for-byte from
the feed when the elements can be located one-to-one, so its content hash is stable.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import feedparser

from newsdesk.errors import InputError
from newsdesk.ingest.deadline import time_limit
from newsdesk.ingest.html import html_to_text, url_domain
from newsdesk.ingest.textmeta import checked_date, record_dateline, strip_outlet_section
from newsdesk.ingest.types import Ingested, to_ingest_error
from newsdesk.model import Article, IngestError, content_hash

_ENTRY_RE = re.compile(rb"<(?P<tag>(?:\w+:)?(?:item|entry))[\s>].*?</(?P=tag)\s*>", re.S)
FEED_ROOT_RE = re.compile(rb"<(?:\w+:)?(?:rss|feed|RDF)[\s>]")
FEED_SNIFF_BYTES = 2048  # the root element of a feed appears within the first few KB


@dataclass(slots=True)
class LinkedPage:
    """What ``fetch_links`` found at an entry's link (body text, or the error)."""

    article: Article | None
    error: IngestError | None


def looks_like_feed(head: bytes) -> bool:
    return bool(FEED_ROOT_RE.search(head[:FEED_SNIFF_BYTES]))


@dataclass(slots=True)
class FeedEntry:
    """One entry of a feed: a stable key (guid, else link, else its bytes' hash), its link, and
    the article its own text gives (or why it gives none)."""

    key: str
    link: str | None
    item: Ingested | IngestError


def feed_entries(data: bytes, source: str, stem: str, timeout: float = 0) -> list[FeedEntry]:
    """Every entry of a feed, in document order; raises E108 (unparseable, no entries) or E122
    (parsing took longer than ``timeout`` seconds; 0: no cap)."""
    parsed = parse_feed(data, source, timeout)
    entries = parsed.entries
    if not entries:
        detail = str(parsed.get("bozo_exception") or "no entries")
        raise InputError("E108", source=source, detail=detail)
    spans = [m.group(0) for m in _ENTRY_RE.finditer(data)]
    if len(spans) != len(entries):
        spans = []  # cannot match elements to entries one-to-one: fall back below
    feed_title = parsed.feed.get("title")
    out = []
    for index, entry in enumerate(entries, start=1):
        raw = spans[index - 1] if spans else _entry_fallback_bytes(entry)
        link = entry.get("link") or None
        key = str(entry.get("id") or link or content_hash(raw))
        try:
            article = _entry_article(entry, f"{source}#{link or index}", f"{stem}-{index}", raw, feed_title)
            article.encoding = parsed.get("encoding")
            item: Ingested | IngestError = Ingested(article=article, raw=raw)
        except InputError as failure:
            item = to_ingest_error(failure)
        out.append(FeedEntry(key=key, link=link, item=item))
    return out


def read_feed(
    data: bytes,
    source: str,
    stem: str,
    fetch: Callable[[str], LinkedPage] | None = None,
    timeout: float = 0,
) -> Iterator[Ingested | IngestError]:
    """Yield one :class:`Ingested` per entry; ``fetch`` (for ``fetch_links``) reads linked pages.

    Parsing stops with E122 after ``timeout`` seconds (0: no cap)."""
    for entry in feed_entries(data, source, stem, timeout):
        if isinstance(entry.item, IngestError):
            yield entry.item
            continue
        article, link = entry.item.article, entry.link
        if fetch is not None and link:
            page = fetch(link)
            if page.error is not None:
                article.metadata["link_error"] = page.error.message
            elif page.article is not None and len(page.article.body) > len(article.body):
                article.metadata["feed_summary"] = article.body
                article.body, article.dropped = page.article.body, page.article.dropped
                article.metadata["body_from"] = "link"
                for name in ("outlet", "published"):
                    if getattr(article, name) is None and getattr(page.article, name) is not None:
                        setattr(article, name, getattr(page.article, name))
                        setattr(article, f"{name}_source", getattr(page.article, f"{name}_source"))
        yield entry.item


def parse_feed(data: bytes, source: str, timeout: float = 0) -> feedparser.FeedParserDict:
    """feedparser's reading of ``data``, within ``timeout`` seconds (E122); unparseable: E108."""
    try:
        with time_limit(timeout, lambda: InputError("E122", source=source, limit=timeout)):
            return feedparser.parse(data)
    except (ValueError, RecursionError) as err:  # bad char refs (&#55296;), undecodable declarations
        raise InputError("E108", source=source, detail=f"{type(err).__name__}: {err}") from err


def _entry_article(entry: dict, source: str, article_id: str, raw: bytes, feed_title: str | None) -> Article:
    contents = entry.get("content") or []
    html = max((c.get("value", "") for c in contents), key=len, default="") or entry.get("summary") or ""
    body = html_to_text(html, source)
    if not body.strip():
        raise InputError("E114", source=source)
    article = Article(id=article_id, source=source, body=body, content_hash=content_hash(raw), format="feed")
    if entry.get("title"):
        article.title, article.title_source = html_to_text(entry["title"], source), "feed"
    authors = [a.get("name") for a in entry.get("authors", []) if a.get("name")]
    if not authors and entry.get("author"):
        authors = [entry["author"]]
    if authors:
        article.authors, article.authors_source = authors, "feed"
    _entry_date(entry, article)
    if entry.get("link"):
        article.url = entry["link"]
    record_dateline(article)
    origin = entry.get("source") or {}  # an aggregator's <source>: the outlet the item came from
    if isinstance(origin, dict) and str(origin.get("title") or "").strip():
        article.outlet, article.outlet_source = str(origin["title"]).strip(), "feed:source"
    elif feed_title:
        outlet, section = strip_outlet_section(feed_title)
        article.outlet, article.outlet_source = outlet, "feed"
        if section:
            article.metadata["section"] = section
    elif article.url:
        article.outlet, article.outlet_source = url_domain(article.url), "url-domain"
    return article


def _entry_date(entry: dict, article: Article) -> None:
    """The entry's publication date (else its update date), source ``metadata:feed`` (or
    ``metadata:feed:updated``); a placeholder or impossible date is dropped with the reason."""
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if not stamp:
        return
    source = "metadata:feed" if entry.get("published_parsed") else "metadata:feed:updated"
    rejected: list[dict] = []
    try:
        value = datetime.fromtimestamp(calendar.timegm(stamp), tz=UTC).isoformat()  # feedparser gives UTC
    except (OverflowError, OSError, ValueError):  # year 1 or 9999: outside what the clock can hold
        value = f"{stamp[0]:04d}-{stamp[1]:02d}-{stamp[2]:02d}"
    value = checked_date(value, source, rejected)
    if value is not None:
        article.published, article.published_source = value, source
    if rejected:
        article.metadata["published_rejected"] = rejected


def _entry_fallback_bytes(entry: dict) -> bytes:
    """Stable bytes for an entry whose element could not be cut out of the feed."""
    parts = [entry.get("id", ""), entry.get("link", ""), entry.get("title", ""), entry.get("summary", "")]
    return "\n".join(str(p) for p in parts).encode("utf-8")
