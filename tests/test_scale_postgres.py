"""SQLite and PostgreSQL give the same results, and concurrent ingests store each article once."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from newsdesk.api import Desk
from newsdesk.engine import EngineConfig
from newsdesk.store import open_store
from newsdesk.synth import write_corpus

VOLATILE = ("generator",)


def _export(db: str, corpus: Path) -> dict:
    with Desk(db) as desk:
        report = desk.ingest([str(corpus)])
        assert report.added and not report.errors
        desk.analyze(EngineConfig(kind="serial"))
        doc = desk.export_dict()
    for key in VOLATILE:
        doc.pop(key, None)
    return doc


def test_scale_sqlite_and_postgres_exports_are_identical(demo_corpus, tmp_path, pg_url):
    on_sqlite = _export(str(tmp_path / "s.db"), demo_corpus)
    on_postgres = _export(pg_url, demo_corpus)
    assert on_sqlite["articles"] and on_sqlite["stories"] and on_sqlite["quotes"]
    for key in on_sqlite:
        assert on_postgres[key] == on_sqlite[key], key


def _ingest_cmd(paths: list[Path], db: str) -> list[str]:
    return [sys.executable, "-m", "newsdesk.cli", "ingest", *map(str, paths), "--db", db, "--quiet"]


def test_scale_two_concurrent_ingests_store_every_article_once(db_url, tmp_path):
    # two overlapping inputs: 160 articles shared by both processes, 40 only in each
    corpus = write_corpus(240, tmp_path / "all.jsonl", stories=12, seed=11)
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("".join(lines[:200]), encoding="utf-8")
    second.write_text("".join(lines[40:]), encoding="utf-8")
    open_store(db_url).close()  # create the schema first: the race under test is the ingest, not migrations
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    procs = [subprocess.Popen(_ingest_cmd([p], db_url), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
             for p in (first, second)]
    outputs = [p.communicate(timeout=300) for p in procs]
    for proc, (out, err) in zip(procs, outputs):
        assert proc.returncode == 0, err.decode()
    store = open_store(db_url)
    try:
        articles = store.articles()
        counts = store.counts()
    finally:
        store.close()
    assert counts["articles"] == len(articles) == 240
    assert len({a.content_hash for a in articles}) == 240
    assert len({a.id for a in articles}) == 240
