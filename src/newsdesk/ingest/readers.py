"""Input dispatch: paths, directories and URLs to the right reader, failures to IngestErrors.

The cascade for one input: read the bytes (size cap) -> un-gzip (.gz or gzip magic, with a
decompression cap) -> pick the format (extension, then HTTP content type, then sniffing the
first bytes) -> run that reader. Any :class:`~newsdesk.errors.InputError` becomes one :class:`IngestError`
naming the input; the batch always goes on.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import zlib
from collections.abc import Iterable, Iterator
from functools import partial
from typing import TYPE_CHECKING
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from newsdesk.errors import InputError
from newsdesk.ingest.cleaner import clean_text
from newsdesk.ingest.decode import decode_bytes
from newsdesk.ingest.jsonl import read_jsonl
from newsdesk.ingest.outlets import settle_outlet
from newsdesk.ingest.types import Ingested, Limits, to_ingest_error
from newsdesk.ingest.url import Fetched, fetch_url
from newsdesk.model import Article, IngestError, content_hash

if TYPE_CHECKING:
    from newsdesk.ingest.feed import LinkedPage
    from newsdesk.engine import EngineConfig

# Inputs handed to the engine per batch when reading in parallel: enough to keep the workers
# busy, few enough that only a few batches of parsed articles are held at once.
SOURCE_BATCH = 256
# the page and feed readers (trafilatura, lxml, feedparser: ~0.25 s of CPU to import) are
# imported where a page or feed is read: with a pool, in its server process once, before it
# forks the workers (see Engine.preload), not in the main process, which only stores
READER_MODULES = ("newsdesk.ingest.readers", "newsdesk.ingest.html", "newsdesk.ingest.feed")
SNIFF_BYTES = 2048  # how much of the start of an input the format sniffer reads
GZIP_MAGIC = b"\x1f\x8b"
EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
}
CONTENT_TYPES = {
    "text/html": "html", "application/xhtml+xml": "html",
    "application/rss+xml": "feed", "application/atom+xml": "feed", "application/rdf+xml": "feed",
    "application/xml": "feed", "text/xml": "feed",
    "application/x-ndjson": "jsonl", "application/jsonl": "jsonl", "application/json": "jsonl",
    "text/plain": "text",
}


def read_inputs(
    paths: Iterable[str | os.PathLike[str]], *, fetch_links: bool = False, limits: Limits | None = None,
    engine: "EngineConfig | None" = None,
) -> Iterator[Ingested | IngestError]:
    """Read every path (directories recursively, sorted, hidden files skipped) and URL.

    Yields one :class:`Ingested` per article and one :class:`IngestError` per failure; never
    raises for a bad input. With an ``engine`` (:class:`~newsdesk.engine.EngineConfig`) the
    inputs are read on its process pool or Dask cluster, a bounded window at a time; the
    results come back in the same order as when read here, so ids and duplicates are too.
    """
    limits = limits or Limits()
    if engine is None:
        for source in _sources(paths):
            if isinstance(source, IngestError):
                yield source
            else:
                yield from read_path(source, fetch_links=fetch_links, limits=limits)
        return
    from newsdesk.engine import open_engine

    sources = list(_sources(paths))
    batches = (sources[i: i + SOURCE_BATCH] for i in range(0, len(sources), SOURCE_BATCH))
    read = partial(_read_source, fetch_links=fetch_links, limits=limits)
    with open_engine(engine) as runner:
        runner.preload(*READER_MODULES)
        for results in runner.stream(read, batches, total=len(sources)):
            for items in results:
                yield from items


def _sources(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str | IngestError]:
    """Every file (directories walked) and URL to read, in order; unreadable entries as errors."""
    for path in map(os.fspath, paths):
        if not _is_url(path) and os.path.isdir(path):
            for file_path in _walk(path):
                if not os.path.isfile(file_path):  # a named pipe or device: open() could block forever
                    yield to_ingest_error(InputError("E120", source=file_path, detail="not a regular file"))
                    continue
                yield file_path
        else:
            yield path


def _read_source(source: str | IngestError, *, fetch_links: bool, limits: Limits) -> list[Ingested | IngestError]:
    """Everything one input yields (runs in a pool worker or Dask task)."""
    if isinstance(source, IngestError):
        return [source]
    return list(read_path(source, fetch_links=fetch_links, limits=limits))


def read_path(
    path: str | os.PathLike[str], *, fetch_links: bool = False, limits: Limits | None = None
) -> Iterator[Ingested | IngestError]:
    """Read one file or http(s) URL (see :func:`read_inputs`)."""
    path = os.fspath(path)
    limits = limits or Limits()
    try:
        if _is_url(path):
            yield from read_fetched(fetch_url(path, limits), path, limits, fetch_links=fetch_links)
        else:
            data = _read_file(path, limits)
            yield from _settled(_dispatch(data, path, os.path.basename(path), limits, fetch_links=fetch_links))
    except InputError as failure:
        yield to_ingest_error(failure)


def read_fetched(fetched: Fetched, source: str, limits: Limits, *, fetch_links: bool = False
                 ) -> Iterator[Ingested | IngestError]:
    """The articles of a fetched URL (``source`` as the user gave it); raises InputError."""
    name = PurePosixPath(urlsplit(fetched.url).path).name or (urlsplit(fetched.url).hostname or "page")
    yield from _settled(_dispatch(fetched.data, source, name, limits, fetch_links=fetch_links,
                                  content_type=fetched.content_type, url=fetched.url))


def fetched_kind(fetched: Fetched) -> str:
    """The format ingest reads a fetched URL's content as: feed, html, jsonl or text."""
    return _kind(PurePosixPath(urlsplit(fetched.url).path).name, fetched.data, fetched.content_type)


def _settled(items: Iterator[Ingested | IngestError]) -> Iterator[Ingested | IngestError]:
    """Each article with its outlet settled from all the evidence its reader recorded."""
    for item in items:
        if isinstance(item, Ingested):
            settle_outlet(item.article)
        yield item


def _dispatch(
    data: bytes,
    source: str,
    name: str,
    limits: Limits,
    *,
    fetch_links: bool,
    content_type: str | None = None,
    url: str | None = None,
) -> Iterator[Ingested | IngestError]:
    raw = data
    if name.lower().endswith(".gz") or data.startswith(GZIP_MAGIC):
        data = _gunzip(data, source, limits)
        name = name[:-3] if name.lower().endswith(".gz") else name
    if not data.strip():
        raise InputError("E102", source=source)
    stem = os.path.splitext(name)[0] or name
    if url is not None:  # two URLs ending in /index.html must not share an id
        stem = f"{stem}-{content_hash(source)[:8]}"
    kind = _kind(name, data, content_type)
    if kind == "jsonl":
        yield from read_jsonl(data, source, stem, limits)
        return
    if kind == "feed":
        from newsdesk.ingest.feed import read_feed

        fetch = (lambda link: _fetch_linked(link, limits)) if fetch_links else None
        for item in read_feed(data, source, stem, fetch, timeout=limits.feed_timeout):
            if isinstance(item, Ingested) and len(item.article.body) > limits.max_chars:
                yield to_ingest_error(InputError("E117", source=item.article.source, limit=limits.max_chars))
            else:
                yield item
        return
    if kind == "html":
        from newsdesk.ingest.html import read_html

        article = read_html(data, source, stem, limits, url=url)
    else:
        article = _read_text(data, source, stem, limits)
    if url is not None:
        article.format, article.url = "url", article.url or url
        article.metadata["content_format"] = kind
    if len(article.body) > limits.max_chars:
        raise InputError("E117", source=source, limit=limits.max_chars)
    article.content_hash = content_hash(raw)
    yield Ingested(article=article, raw=raw)


def _read_text(data: bytes, source: str, stem: str, limits: Limits) -> Article:
    text, encoding = decode_bytes(data, source)
    if len(text) > limits.max_chars:
        raise InputError("E117", source=source, limit=limits.max_chars)
    cleaned = clean_text(text)
    if not cleaned.body.strip():
        raise InputError("E114", source=source)
    article = Article(id=stem, source=source, body="", content_hash="", format="text", encoding=encoding)
    return cleaned.apply_to(article)


def _kind(name: str, data: bytes, content_type: str | None) -> str:
    """The input format: extension first, then content type, then the bytes themselves."""
    from newsdesk.ingest.feed import looks_like_feed

    head = data[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    html_start = head.startswith((b"<!doctype html", b"<html"))
    kind = EXTENSIONS.get(os.path.splitext(name)[1].lower())
    if kind == "text" and html_start:
        return "html"  # a page saved as .txt is still a page
    if kind == "feed" and not looks_like_feed(head) and (html_start or b"<html" in head):
        return "html"
    if kind is None and content_type:
        kind = CONTENT_TYPES.get(content_type)
        if kind == "feed" and not looks_like_feed(head):
            kind = None  # generic XML that is not a feed: sniff below
    if kind is not None:
        return kind
    if looks_like_feed(head):
        return "feed"
    if html_start or head.startswith(b"<head") or b"<body" in head:
        return "html"
    if head.startswith(b"{") and _first_line_is_object(data):
        return "jsonl"
    return "text"


def _first_line_is_object(data: bytes) -> bool:
    first = data.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0]
    try:
        return isinstance(json.loads(first), dict)
    except (ValueError, RecursionError):  # not JSON, or nested too deeply to be an article record
        return False


def _gunzip(data: bytes, source: str, limits: Limits) -> bytes:
    """Decompress with a size cap (E112) so a small .gz cannot fill memory; corrupt -> E111."""
    out, size = [], 0
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            while True:
                chunk = stream.read(1 << 20)
                if not chunk:
                    break
                size += len(chunk)
                if size > limits.max_decompressed:
                    raise InputError("E112", source=source, limit=limits.max_decompressed)
                out.append(chunk)
    except (OSError, EOFError, zlib.error) as err:
        raise InputError("E111", source=source, detail=str(err) or type(err).__name__) from err
    return b"".join(out)


def _read_file(path: str, limits: Limits) -> bytes:
    try:
        size = os.path.getsize(path)
        if size > limits.max_bytes:
            raise InputError("E110", source=path, limit=limits.max_bytes)
        with open(path, "rb") as handle:
            data = handle.read(limits.max_bytes + 1)
    except FileNotFoundError as err:
        raise InputError("E101", source=path) from err
    except PermissionError as err:
        raise InputError("E115", source=path) from err
    except IsADirectoryError as err:
        raise InputError("E120", source=path, detail="it is a directory") from err
    except OSError as err:
        raise InputError("E120", source=path, detail=err.strerror or str(err)) from err
    if len(data) > limits.max_bytes:  # the file grew after the size check
        raise InputError("E110", source=path, limit=limits.max_bytes)
    return data


def _walk(root: str) -> Iterator[str]:
    for directory, subdirs, files in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(directory, name)


def _fetch_linked(link: str, limits: Limits) -> LinkedPage:
    """Read a feed entry's linked page for ``fetch_links`` (errors returned, not raised)."""
    from newsdesk.ingest.feed import LinkedPage

    for item in read_path(link, limits=limits):
        if isinstance(item, IngestError):
            return LinkedPage(article=None, error=item)
        return LinkedPage(article=item.article, error=None)
    return LinkedPage(article=None, error=None)


def _is_url(path: str) -> bool:
    return "://" in path[:12] and not os.path.exists(path)
