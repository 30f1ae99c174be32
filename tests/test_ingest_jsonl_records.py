"""JSONL input: text kept byte-for-byte as body, optional fields with source "input"."""
from __future__ import annotations

from pathlib import Path

from newsdesk.ingest import Ingested, read_path
from newsdesk.model import IngestError, content_hash

DATA = Path(__file__).parent / "data" / "ingest"


def test_ingest_jsonl_records_fields_and_unchanged_body():
    items = list(read_path(str(DATA / "articles.jsonl")))
    assert all(isinstance(i, Ingested) for i in items) and len(items) == 2
    first, second = items
    a = first.article
    assert a.body == "  Envoys met in Berlin on Sunday.\nThe talks continue Monday.  "  # no cleaning
    assert (a.id, a.source, a.format) == ("wire-1", f"{DATA / 'articles.jsonl'}#wire-1", "jsonl")
    assert (a.title, a.title_source, a.outlet, a.outlet_source) == ("Envoys meet", "input", "Wire", "input")
    assert (a.published, a.published_source) == ("2025-12-14", "input")
    assert (a.authors, a.authors_source) == (["Lena Park"], "input")
    assert a.url == "https://wire.example.com/1" and a.metadata["input_fields"] == {"section": "World"}
    assert first.raw == (DATA / "articles.jsonl").read_bytes().split(b"\n")[0]
    assert a.content_hash == content_hash(first.raw)
    assert second.article.id == "articles-3"  # no id: stem + line number (blank line 2 skipped)
    assert second.article.title is None and second.article.published is None


def test_ingest_jsonl_records_bad_lines_do_not_stop_the_file(tmp_path: Path):
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join([
        '{"text": "Good one.", "id": 7}',
        '[1, 2]',
        '{"text": "Bad date.", "published": "last Tuesday"}',
        '{"text": "   "}',
        '{"text": "Good two."}',
    ]) + "\n", encoding="utf-8")
    items = list(read_path(str(path)))
    assert [i.article.id if isinstance(i, Ingested) else i.code for i in items] == [
        "7", "E119", "E119", "E107", "batch-5"]
    assert [i.source for i in items if isinstance(i, IngestError)] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert '"published" must be an ISO 8601' in items[2].message
