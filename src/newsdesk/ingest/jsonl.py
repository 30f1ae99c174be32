"""JSONL: one article object per line; ``text`` becomes the body unchanged (offsets refer to it).
A ``.json`` file holding one JSON document (an array of such objects, or one object) is read too.

A bad line yields an :class:`IngestError` whose source is ``path:line``; reading goes on.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from newsdesk.ingest.textmeta import checked_date, parse_iso_date, record_dateline
from newsdesk.ingest.types import Ingested, Limits, ingest_error
from newsdesk.model import Article, IngestError, content_hash

KNOWN_FIELDS = {"id", "text", "title", "outlet", "url", "published", "authors"}


def read_jsonl(data: bytes, source: str, stem: str, limits: Limits) -> Iterator[Ingested | IngestError]:
    """Yield one article per good record, one error per bad one.

    Records are JSON Lines (one object per line, blank lines skipped). A file that is one JSON
    document instead (pretty-printed, or an array on one line: what ``json.dump`` writes) is
    read as that document: an array of records, or one record. A document with no record in
    it is one error for the file, not one per line.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    document = _whole_document(data)
    if document is not _LINES:
        yield from _read_document(document, data, source, stem, limits)
        return
    records = 0
    for number, raw_line in enumerate(data.split(b"\n"), start=1):
        raw = raw_line.rstrip(b"\r")
        if not raw.strip():
            continue
        records += 1
        where = f"line {number}"
        try:
            record = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as err:
            yield ingest_error("E106", f"{source}:{number}", where=where, detail=f"not UTF-8: {err.reason}")
            continue
        except ValueError as err:
            yield ingest_error("E106", f"{source}:{number}", where=where, detail=str(err))
            continue
        except RecursionError:
            yield ingest_error("E106", f"{source}:{number}", where=where, detail="nested too deeply")
            continue
        yield _record(record, raw, source, f"{source}:{number}", where, f"{stem}-{number}", limits)
    if not records:  # only a BOM or blank lines: report it rather than yield nothing
        yield ingest_error("E102", source)


_LINES = object()  # "read it line by line": the input is not one JSON document


def _whole_document(data: bytes) -> Any:
    """The input as one JSON value when it is a document rather than JSON Lines, else ``_LINES``.

    A document: its first line is not a JSON value on its own (pretty-printed), or the whole
    input is one line holding an array. An input that does not parse as a whole is read line
    by line, so that each bad line is reported where it is.
    """
    stripped = data.strip()
    if stripped[:1] not in (b"[", b"{"):
        return _LINES
    lines = [line for line in stripped.split(b"\n") if line.strip()]
    if len(lines) > 1:
        try:
            json.loads(lines[0].decode("utf-8"))
            return _LINES  # the first line is a record of its own: JSON Lines
        except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
            pass
    try:
        value = json.loads(stripped.decode("utf-8"))
    except (ValueError, RecursionError):
        return _LINES
    if len(lines) == 1 and not isinstance(value, list):
        return _LINES  # one object on one line: a JSON Lines file of one record
    return value


def _read_document(document: Any, data: bytes, source: str, stem: str,
                   limits: Limits) -> Iterator[Ingested | IngestError]:
    """The records of a JSON document: each object of an array, or the one object."""
    if isinstance(document, dict):
        if "text" not in document:
            keys = ", ".join(sorted(map(str, document))[:6])
            yield ingest_error("E123", source, detail=f"an object without a \"text\" field; its keys: {keys}")
        else:
            yield _record(document, data, source, source, "the document", stem, limits)
        return
    if not isinstance(document, list):
        yield ingest_error("E123", source, detail=f"a single JSON {type(document).__name__}")
        return
    if not any(isinstance(item, dict) and "text" in item for item in document):
        what = f"an array of {len(document)} items, none an object with a \"text\" field" if document else "an empty array"
        yield ingest_error("E123", source, detail=what)
        return
    for number, item in enumerate(document, start=1):
        # the item written canonically: its hash stays the same however the file is indented
        raw = json.dumps(item, ensure_ascii=False, sort_keys=True).encode("utf-8", "surrogatepass")
        yield _record(item, raw, source, f"{source}:item {number}", f"item {number} of the array",
                      f"{stem}-{number}", limits)


def _record(record: Any, raw: bytes, source: str, at: str, where: str, default_id: str,
            limits: Limits) -> Ingested | IngestError:
    """One parsed record as an article, or the error that says what is wrong with it
    (``at``: the error's source, ``where``: the record's place in words)."""
    surrogate = _lone_surrogate(record)
    if surrogate is not None:
        detail = f"the escape \\u{ord(surrogate):04x} is a lone surrogate, not a character"
        return ingest_error("E106", at, where=where, detail=detail)
    if not isinstance(record, dict):
        return ingest_error("E119", at, where=where, field="(record)", expected="a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return ingest_error("E107", at, where=where)
    if len(text) > limits.max_chars:
        return ingest_error("E117", at, limit=limits.max_chars)
    problem = _check_fields(record)
    if problem is not None:
        return ingest_error("E119", at, where=where, field=problem[0], expected=problem[1])
    return Ingested(article=_article(record, source, default_id, raw), raw=raw)


def _lone_surrogate(value: Any) -> str | None:
    """The first unpaired surrogate in any string of a parsed record (JSON's ``"\\ud800"``).

    Such strings cannot be encoded as UTF-8, so the store, spaCy and the export would all fail
    on them later; the line is refused here instead.
    """
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as err:
        return err.object[err.start]
    return None


def _check_fields(record: dict[str, Any]) -> tuple[str, str] | None:
    """The first optional field of the wrong type, as ``(field, what it must be)``."""
    if "id" in record and not (isinstance(record["id"], (str, int)) and str(record["id"]).strip()):
        return "id", "a non-empty string or integer"
    for name in ("title", "outlet", "url"):
        if record.get(name) is not None and not isinstance(record[name], str):
            return name, "a string"
    published = record.get("published")
    if published is not None and (not isinstance(published, str) or parse_iso_date(published) is None):
        return "published", "an ISO 8601 date or datetime string"
    authors = record.get("authors")
    if authors is not None and not (isinstance(authors, list) and all(isinstance(a, str) for a in authors)):
        return "authors", "a list of strings"
    return None


def _article(record: dict[str, Any], source: str, default_id: str, raw: bytes) -> Article:
    article_id = str(record["id"]).strip() if "id" in record else default_id
    article = Article(
        id=article_id,
        source=f"{source}#{article_id}",
        body=record["text"],
        content_hash=content_hash(raw),
        format="jsonl",
        encoding="utf-8",
    )
    if record.get("title"):
        article.title, article.title_source = record["title"], "input"
    if record.get("outlet"):
        article.outlet, article.outlet_source = record["outlet"], "input"
    if record.get("url"):
        article.url = record["url"]
    if record.get("published"):
        rejected: list[dict[str, Any]] = []
        article.published = checked_date(parse_iso_date(record["published"]), "input", rejected)
        article.published_source = "input" if article.published else None
        if rejected:  # "0001-01-01" from a CMS export: no date, and why
            article.metadata["published_rejected"] = rejected
    if record.get("authors"):
        article.authors, article.authors_source = list(record["authors"]), "input"
    record_dateline(article)  # recorded only: a JSONL body stays exactly the given text
    extra = {k: v for k, v in record.items() if k not in KNOWN_FIELDS}
    if extra:
        article.metadata["input_fields"] = extra
    return article
