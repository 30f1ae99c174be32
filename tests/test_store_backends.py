"""The store behaves the same on SQLite and PostgreSQL: migrations, idempotency, search."""
from __future__ import annotations

import pytest

from newsdesk.errors import StoreError
from newsdesk.model import Article, DroppedLine, IngestError, content_hash
from newsdesk.store import open_store
from newsdesk.store.migrations import LATEST_VERSION


def make(aid: str, body: str, raw: bytes | None = None) -> tuple[Article, bytes]:
    raw = raw if raw is not None else body.encode()
    art = Article(id=aid, source=f"{aid}.txt", body=body, content_hash=content_hash(raw), title=f"T {aid}",
                  authors=["Ann Writer"], dropped=[DroppedLine("Top Stories", "nav-line", 0)])
    return art, raw


def test_store_migrations_applied_once(db_url):
    store = open_store(db_url)
    assert store.schema_version() == LATEST_VERSION
    assert store.migrate() == []  # reopening applies nothing
    store.close()


def test_store_refuses_newer_schema(db_url):
    store = open_store(db_url)
    with store.transaction() as cur:
        cur.execute(store.sql("INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"),
                    (LATEST_VERSION + 1, "from the future", "2030-01-01"))
    with pytest.raises(StoreError) as err:
        store.migrate()
    assert err.value.code == "E202"
    store.close()


def test_store_ingest_is_idempotent_and_keeps_raw_bytes(db_url):
    store = open_store(db_url)
    raw = "Zelensky met envoys in Berlin.\r\n\xa0odd bytes".encode("utf-8") + b"\xff\x00"
    art, _ = make("a1", "Zelensky met envoys in Berlin.", raw)
    assert store.add_articles([(art, raw)]) == [("a1", "added")]
    again, _ = make("a1", "Zelensky met envoys in Berlin.", raw)
    assert store.add_articles([(again, raw)]) == [("a1", "duplicate")]
    assert store.raw(art.content_hash) == raw  # byte for byte
    stored = store.article("a1")
    assert stored.authors == ["Ann Writer"] and stored.title == "T a1"
    assert [(d.text, d.reason) for d in stored.dropped] == [("Top Stories", "nav-line")]
    assert store.counts()["articles"] == 1
    store.close()


def test_store_id_collision_gets_hash_suffix(db_url):
    store = open_store(db_url)
    first, raw1 = make("story", "First body about a port strike.")
    second, raw2 = make("story", "A different body about a dam.")
    store.add_articles([(first, raw1)])
    [(new_id, status)] = store.add_articles([(second, raw2)])
    assert status == "added" and new_id == f"story-{second.content_hash[:8]}"
    assert store.article_ids() == sorted(["story", new_id])
    store.close()


def test_store_search_finds_words_in_body_and_title(db_url):
    store = open_store(db_url)
    store.add_articles([make("a1", "Envoys met in Berlin on Sunday."), make("a2", "The port strike continues.")])
    hits = store.search("berlin")
    assert [h["id"] for h in hits] == ["a1"]
    assert "\x02Berlin\x03" in hits[0]["snippet"]
    assert store.search('"; DROP TABLE articles; --') == []  # hostile query is just words
    assert store.counts()["articles"] == 2
    store.close()


def test_store_errors_and_results_roundtrip(db_url):
    store = open_store(db_url)
    store.add_errors([IngestError("bad.bin", "ingest", "bad.bin: binary", "E103")])
    assert [e.code for e in store.errors()] == ["E103"]
    store.replace_results("facts", [("S1:F1", "S1", {"id": "F1", "verdict": "conflict"}),
                                    ("S2:F1", "S2", {"id": "F1", "verdict": "consistent"})])
    store.replace_results("facts", [("S1:F2", "S1", {"id": "F2", "verdict": "compatible"})], story="S1")
    assert [r["id"] for r in store.results("facts", "S1")] == ["F2"]
    assert len(store.results("facts")) == 2
    store.close()


def test_store_one_refused_article_does_not_sink_its_batch(db_url):
    store = open_store(db_url)
    bad, raw_bad = make("bad", "A lone surrogate \ud800 the database cannot encode.", b"bad raw")
    good, raw_good = make("good", "A perfectly ordinary article about a port strike.")
    results = dict(store.add_articles([(bad, raw_bad), (good, raw_good)]))
    assert results["good"] == "added"
    assert results["bad"].startswith("failed: ")
    assert store.article_ids() == ["good"]
    store.close()
