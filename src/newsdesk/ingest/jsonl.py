"""JSONL: one article object per line; ``text`` becomes the body unchanged (offsets refer to it).

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
    """Yield one article per good line, one error per bad line (blank lines are skipped)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    records = 0
    for number, raw_line in enumerate(data.split(b"\n"), start=1):
        raw = raw_line.rstrip(b"\r")
        if not raw.strip():
            continue
        records += 1
        try:
            record = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as err:
            yield ingest_error("E106", f"{source}:{number}", line=number, detail=f"not UTF-8: {err.reason}")
            continue
        except ValueError as err:
            yield ingest_error("E106", f"{source}:{number}", line=number, detail=str(err))
            continue
        except RecursionError:
            yield ingest_error("E106", f"{source}:{number}", line=number, detail="nested too deeply")
            continue
        surrogate = _lone_surrogate(record)
        if surrogate is not None:
            detail = f"the escape \\u{ord(surrogate):04x} is a lone surrogate, not a character"
            yield ingest_error("E106", f"{source}:{number}", line=number, detail=detail)
            continue
        if not isinstance(record, dict):
            yield ingest_error("E119", f"{source}:{number}", line=number, field="(line)", expected="a JSON object")
            continue
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            yield ingest_error("E107", f"{source}:{number}", line=number)
            continue
        if len(text) > limits.max_chars:
            yield ingest_error("E117", f"{source}:{number}", limit=limits.max_chars)
            continue
        problem = _check_fields(record)
        if problem is not None:
            yield ingest_error("E119", f"{source}:{number}", line=number, field=problem[0], expected=problem[1])
            continue
        yield Ingested(article=_article(record, source, stem, number, raw), raw=raw)
    if not records:  # only a BOM or blank lines: report it rather than yield nothing
        yield ingest_error("E102", source)


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


def _article(record: dict[str, Any], source: str, stem: str, number: int, raw: bytes) -> Article:
    article_id = str(record["id"]).strip() if "id" in record else f"{stem}-{number}"
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
