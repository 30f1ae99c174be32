"""``newsdesk watch``: follow RSS/Atom feeds (and plain pages) and ingest what is new.

One poll visits every watched URL that is due:

- the URL is fetched with the validators of the last poll (``If-None-Match`` /
  ``If-Modified-Since``); "not modified" ends its visit;
- a feed's entries are read oldest first; an entry seen before (its guid, else its link) is
  skipped, so each entry's page is fetched once; a new entry's page is fetched, read like any
  URL and stored with the feed's metadata filling what the page lacks (title, date, outlet);
- a plain page is stored when its content is new (a changed page is a new version);
- a URL that fails (network, HTTP error, unparseable feed) is retried after a back-off that
  doubles with each failure; an entry whose page fails is retried on later polls and, after
  ``MAX_PAGE_ATTEMPTS``, stored from the feed's own text;
- requests to one host are at least ``host_delay`` seconds apart.

Everything the watcher remembers is in the store (migration 3). An entry's articles and the
record that it was seen are committed in one transaction; a feed's validators only after its
entries. So a crash or kill mid-poll loses nothing, and a restart refetches no stored page.
All fetch limits and the private-address refusal of ingest apply (:mod:`newsdesk.ingest.url`).
"""
from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from .errors import InputError
from .ingest import Ingested, Limits
from .ingest.feed import FeedEntry, feed_entries
from .ingest.outlets import STATED_SOURCES
from .ingest.readers import fetched_kind, read_fetched
from .ingest.types import to_ingest_error
from .ingest.url import Fetched, fetch_url
from .model import Article, IngestError, content_hash
from .store import Store

HOST_DELAY = 1.0  # seconds between two requests to one host: polite to small newsrooms' servers
MAX_PAGE_ATTEMPTS = 3  # polls an entry's page may fail before the feed's own text is stored instead
BACKOFF_MAX = 6 * 3600.0  # a failing URL is still tried at least every six hours
DUE_SLACK = 1.0  # seconds: a poll that starts a moment before a URL's due time still visits it
FEED_FIELDS = ("title", "published", "authors")  # what a feed entry may give a page that lacks it


@dataclass(slots=True)
class PollReport:
    """What one poll did."""

    number: int
    new: list[str] = field(default_factory=list)  # ids of the articles stored
    duplicates: int = 0  # entries whose page was already stored (same content)
    failed: int = 0  # URLs and pages that failed this poll
    unchanged: int = 0  # URLs that answered "not modified"
    waiting: int = 0  # URLs backing off after failures, not visited
    errors: list[IngestError] = field(default_factory=list)
    stories_changed: list[str] = field(default_factory=list)  # filled by Desk.watch after analyzing

    def line(self) -> str:
        """The one line printed per poll."""
        changed = len(self.stories_changed)
        parts = [f"{len(self.new)} new", f"{self.failed} failed",
                 f"{changed} {'story' if changed == 1 else 'stories'} changed"]
        if self.stories_changed:
            parts[-1] += f" ({', '.join(self.stories_changed[:5])}{', …' if changed > 5 else ''})"
        parts += [f"{n} {what}" for n, what in ((self.duplicates, "already stored"), (self.unchanged, "unchanged"),
                                                (self.waiting, "backing off")) if n]
        return f"poll {self.number} at {datetime.now().strftime('%H:%M:%S')}: " + ", ".join(parts)


class Watcher:
    """Polls ``urls`` into ``store`` (see the module doc); :meth:`poll` runs one poll."""

    def __init__(self, store: Store, urls: Sequence[str], limits: Limits | None = None, *, every: float = 300.0,
                 host_delay: float = HOST_DELAY, sleep: Callable[[float], None] = time.sleep) -> None:
        self.store = store
        self.urls = list(dict.fromkeys(urls))
        self.limits = limits or Limits()
        self.every = every
        self.host_delay = host_delay
        self.sleep = sleep
        self._last_request: dict[str, float] = {}  # host -> monotonic time of its last request

    # -- one poll -------------------------------------------------------------------------
    def poll(self, number: int) -> PollReport:
        """Visit every due URL once; articles are stored as they come."""
        report = PollReport(number)
        for url in self.urls:
            state = self.store.watch_feed(url) or {}
            if not _due(state.get("next_due")):
                report.waiting += 1
                continue
            failures = int(state.get("failures") or 0)
            pending = [k for k, (status, _) in self.store.watch_entries(url).items() if status == "pending"]
            try:
                # with entries still waiting for their page, the feed is read again in full
                fetched = self._fetch(url, etag=None if pending else state.get("etag"),
                                      last_modified=None if pending else state.get("last_modified"))
                if fetched.not_modified:
                    report.unchanged += 1
                else:
                    self._visit(url, fetched, report)
            except InputError as failure:
                self._fail(url, state, failures + 1, to_ingest_error(failure), report)
                continue
            self.store.save_watch_feed(url, etag=fetched.etag, last_modified=fetched.last_modified, failures=0,
                                       next_due=None, last_error=None)
        return report

    def _visit(self, url: str, fetched: Fetched, report: PollReport) -> None:
        """A fetched watched URL: its new feed entries, or the page itself when it is new."""
        if fetched_kind(fetched) != "feed":
            key = f"page:{content_hash(fetched.data)}"
            if key not in self.store.watch_entries(url):
                items = list(read_fetched(fetched, url, self.limits))
                self._store(url, key, url, "stored", 1, items, report)
            return
        seen = self.store.watch_entries(url)
        for entry in reversed(feed_entries(fetched.data, url, _stem(fetched.url), self.limits.feed_timeout)):
            status, attempts = seen.get(entry.key, ("new", 0))
            if status in ("new", "pending"):
                self._take(url, entry, attempts + 1, report)

    def _take(self, feed: str, entry: FeedEntry, attempt: int, report: PollReport) -> None:
        """Store one new feed entry: its linked page (feed metadata filling gaps), or its own text."""
        if entry.link is None:
            self._store(feed, entry.key, None, "stored", attempt, [entry.item], report)
            return
        try:
            items = list(read_fetched(self._fetch(entry.link), entry.link, self.limits))
        except InputError as failure:
            items = [to_ingest_error(failure)]
        pages = [i for i in items if isinstance(i, Ingested)]
        if pages:
            if isinstance(entry.item, Ingested):
                for page in pages:
                    fill_from_entry(page.article, entry.item.article)
            self._store(feed, entry.key, entry.link, "stored", attempt, pages, report)
            return
        report.failed += 1
        errors = [i for i in items if isinstance(i, IngestError)]
        self._record(errors, report)
        if attempt >= MAX_PAGE_ATTEMPTS and isinstance(entry.item, Ingested):
            entry.item.article.metadata["link_error"] = errors[0].message if errors else "no article on the page"
            self._store(feed, entry.key, entry.link, "summary", attempt, [entry.item], report)
        else:
            self.store.save_watch_entry(feed, entry.key, entry.link, "pending", attempt)

    def _store(self, feed: str, key: str, link: str | None, status: str, attempt: int,
               items: Sequence[Ingested | IngestError], report: PollReport) -> None:
        """Store an entry's articles together with the record that it was seen (one transaction)."""
        self._record([i for i in items if isinstance(i, IngestError)], report)
        articles = [(i.article, i.raw) for i in items if isinstance(i, Ingested)]
        for article, _ in articles:
            article.metadata.setdefault("watched", feed)
        for article_id, outcome in self.store.save_watch_entry(feed, key, link, status, attempt, articles):
            if outcome == "added":
                report.new.append(article_id)
            elif outcome == "duplicate":
                report.duplicates += 1
            else:
                report.failed += 1
                self._record([IngestError(source=link or feed, stage="ingest", code="E121",
                                          message=f"{link or feed}: the database refused this article ({outcome})")],
                             report)

    def _fail(self, url: str, state: dict, failures: int, error: IngestError, report: PollReport) -> None:
        """A watched URL failed: record it and wait longer before the next try (doubling)."""
        report.failed += 1
        self._record([error], report)
        wait = min(self.every * 2 ** (failures - 1), BACKOFF_MAX)
        due = (datetime.now(UTC) + timedelta(seconds=wait)).isoformat()
        self.store.save_watch_feed(url, etag=state.get("etag"), last_modified=state.get("last_modified"),
                                   failures=failures, next_due=due, last_error=error.message)

    def _record(self, errors: list[IngestError], report: PollReport) -> None:
        if errors:
            report.errors += errors
            self.store.add_errors(errors)

    def _fetch(self, url: str, **validators: str | None) -> Fetched:
        """:func:`fetch_url` at most once per ``host_delay`` seconds per host."""
        host = urlsplit(url).hostname or ""
        last = self._last_request.get(host)
        if last is not None:
            wait = last + self.host_delay - time.monotonic()
            if wait > 0:
                self.sleep(wait)
        try:
            return fetch_url(url, self.limits, **validators)
        finally:
            self._last_request[host] = time.monotonic()


def fill_from_entry(page: Article, entry: Article) -> Article:
    """Give a linked page what its feed entry says and the page does not (each with its source)."""
    for name in FEED_FIELDS:
        if not getattr(page, name) and getattr(entry, name):
            setattr(page, name, getattr(entry, name))
            setattr(page, f"{name}_source", getattr(entry, f"{name}_source"))
    if page.outlet_source not in STATED_SOURCES and entry.outlet_source in STATED_SOURCES:
        page.outlet, page.outlet_source = entry.outlet, entry.outlet_source
    page.metadata["feed_entry"] = entry.source
    return page


def _due(next_due: str | None) -> bool:
    if not next_due:
        return True
    try:
        due = datetime.fromisoformat(next_due)
    except ValueError:
        return True  # an unreadable time never keeps a URL from being polled
    return datetime.now(UTC) + timedelta(seconds=DUE_SLACK) >= due


def _stem(url: str) -> str:
    """Article ids of a feed's own entries: the feed's file name (or host) and a hash of the URL."""
    parts = urlsplit(url)
    name = PurePosixPath(parts.path).stem or parts.hostname or "feed"
    return f"{name}-{content_hash(url)[:8]}"
