"""Records the readers hand back: :class:`Ingested`, :class:`Limits` and error helpers."""
from __future__ import annotations

from dataclasses import dataclass

from newsdesk.errors import InputError
from newsdesk.model import Article, IngestError


@dataclass(slots=True)
class Ingested:
    """One article read from one input, before storage."""

    article: Article  # body cleaned, metadata + *_source filled, dropped lines kept
    raw: bytes  # the raw bytes this article came from (a feed entry / JSONL line: its own bytes)


@dataclass(slots=True)
class Limits:
    """Resource caps for one ingest run; every value can be raised from the CLI."""

    max_bytes: int = 50_000_000  # per input file / download
    max_chars: int = 2_000_000  # per article body
    max_decompressed: int = 200_000_000  # .gz bomb guard
    fetch_timeout: float = 20.0
    max_redirects: int = 5
    allow_private: bool = False  # SSRF guard for URL fetching
    html_timeout: float = 30.0
    feed_timeout: float = 30.0  # seconds to parse one feed (a hostile feed can make feedparser crawl)


def to_ingest_error(error: InputError) -> IngestError:
    """The record of a failed input, from the catalogue error raised inside a reader."""
    source = str(error.fields.get("source", ""))
    return IngestError(source=source, stage="ingest", message=error.message, code=error.code)


def ingest_error(code: str, source: str, **fields: object) -> IngestError:
    """Build an :class:`IngestError` with a catalogue message."""
    return to_ingest_error(InputError(code, source=source, **fields))
