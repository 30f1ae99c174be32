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


def test_ingest_json_document_array_and_object(tmp_path: Path):
    """A ``.json`` file written by ``json.dump`` (indented array, or one object) is read as its
    records; the content hash does not depend on the indentation."""
    import json

    records = [{"id": "r1", "text": "Council votes on Monday.", "title": "Vote"}, {"text": "Second report."},
               {"title": "no text here"}]
    indented, compact = tmp_path / "batch.json", tmp_path / "compact.json"
    indented.write_text(json.dumps(records, indent=2), encoding="utf-8")
    compact.write_text(json.dumps(records), encoding="utf-8")  # an array on one line
    items = list(read_path(str(indented)))
    assert [i.article.id if isinstance(i, Ingested) else i.code for i in items] == ["r1", "batch-2", "E107"]
    assert items[0].article.title == "Vote" and items[0].article.body == "Council votes on Monday."
    assert "item 3 of the array" in items[2].message
    again = list(read_path(str(compact)))
    assert [i.article.content_hash for i in again[:2]] == [i.article.content_hash for i in items[:2]]
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"text": "Only one.", "outlet": "Wire"}, indent=1), encoding="utf-8")
    (one,) = list(read_path(str(single)))
    assert one.article.body == "Only one." and one.article.outlet == "Wire" and one.article.id == "one"


def test_ingest_json_document_without_articles_is_one_error(tmp_path: Path):
    """A JSON file that is not articles (an evaluation's gold file, a config) is one error naming
    what it holds, not one error per line of the pretty-printed file."""
    import json

    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"story": ["a", "b"], "conflicts": [], "_note": "x"}, indent=2), encoding="utf-8")
    items = list(read_path(str(gold)))
    assert len(items) == 1 and items[0].code == "E123"
    assert "keys: _note, conflicts, story" in items[0].message and "JSON array of such objects" in items[0].message
    numbers = tmp_path / "numbers.json"
    numbers.write_text("[\n  1,\n  2\n]\n", encoding="utf-8")
    (error,) = list(read_path(str(numbers)))
    assert error.code == "E123" and "none an object" in error.message
