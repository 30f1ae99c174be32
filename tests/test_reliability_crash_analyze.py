"""Crash safety of `newsdesk analyze` (SQLite) and of `newsdesk ingest` on PostgreSQL.

``analyze`` is SIGKILLed (with its worker processes) at several points: while extracting,
right after the annotations are committed, right after the stories are committed and in the
middle of the per-story comparison (points found by watching the database, not by guessing
times). After each kill the database opens, passes the integrity check, a re-run of
``analyze`` completes, and its export equals the export of an uninterrupted run on a copy of
the same database. The ingest kill test of ``test_reliability_crash.py`` is repeated on
PostgreSQL (skipped without a server), checking also that only whole batches were committed.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from newsdesk.api import INGEST_BATCH, Desk
from newsdesk.ingest import Ingested, read_inputs

from .test_reliability_crash import write_jsonl

N_VARIANTS = 66  # >= the engine's pool threshold (64), so worker processes are killed too
POLL_S = 0.02  # how often the watcher looks at the database
STAGE_WAIT_S = 120.0  # give up waiting for a stage after this long (the run is ~10 s)


def newsdesk(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "newsdesk.cli", *args], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)


def run_ok(*args: str) -> None:
    done = subprocess.run([sys.executable, "-m", "newsdesk.cli", *args], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]


def write_variants(path: Path, corpus: Path, n: int) -> None:
    """``n`` articles: the demo corpus and re-edited copies of it (paragraphs dropped and
    reordered, other outlets), so there are quotes, numbers, copies and several stories."""
    base = [i.article for i in read_inputs([str(corpus)]) if isinstance(i, Ingested)]
    rng = random.Random(3)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            article = base[i % len(base)]
            paras = article.body.split("\n\n")
            if i >= len(base):
                paras = paras[:1] + rng.sample(paras[1:], max(0, len(paras) - 1 - rng.randint(0, 2)))
            record = {"id": f"v{i:03d}", "text": "\n\n".join(paras), "title": article.title,
                      "outlet": f"{article.outlet or 'Wire'} {i % 4}", "published": article.published}
            fh.write(json.dumps({k: v for k, v in record.items() if v is not None}) + "\n")


@pytest.fixture(scope="module")
def ingested_db(tmp_path_factory, demo_corpus: Path) -> Path:
    """A database with the variants ingested and not yet analysed."""
    root = tmp_path_factory.mktemp("crash-analyze")
    source = root / "variants.jsonl"
    write_variants(source, demo_corpus, N_VARIANTS)
    db = root / "ingested.db"
    run_ok("ingest", str(source), "--db", str(db), "--quiet")
    return db


@pytest.fixture(scope="module")
def reference_export(ingested_db: Path, tmp_path_factory) -> dict:
    """Export after one uninterrupted analyze on a copy of the ingested database."""
    db = copy_db(ingested_db, tmp_path_factory.mktemp("reference") / "ref.db")
    run_ok("analyze", "--db", str(db), "--quiet")
    with Desk(str(db)) as desk:
        return desk.export_dict()


def copy_db(src: Path, dest: Path) -> Path:
    with sqlite3.connect(src) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(src, dest)
    return dest


def count(db: Path, sql: str) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute(sql).fetchone()[0])
        finally:
            conn.close()
    except sqlite3.OperationalError:  # locked for a moment or tables not there yet: not reached
        return 0


# kill points: a name and a condition on the database that says the run has got that far
KILL_POINTS: dict[str, Callable[[Path, float], bool]] = {
    # start-up (imports, spaCy) takes ~1 s, extraction of the variants about as long: kill in between
    "extracting": lambda db, t: t > 0.5 and count(db, "SELECT COUNT(*) FROM annotations") == 0,
    "annotations-committed": lambda db, t: count(db, "SELECT COUNT(*) FROM annotations") > 0,
    "stories-committed": lambda db, t: count(db, "SELECT COUNT(*) FROM results WHERE kind = 'stories'") > 0,
    "comparing": lambda db, t: count(
        db, "SELECT COUNT(*) FROM results WHERE kind IN ('facts', 'quote_variants', 'framing', 'stances', "
            "'timeline')") > 0,
}


def check_integrity(db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


# the re-run after "annotations-committed" only reuses what was committed: the cheapest, opt-in
DEFAULT_POINTS = [p if p != "annotations-committed" else pytest.param(p, marks=pytest.mark.slow) for p in KILL_POINTS]


@pytest.mark.parametrize("point", DEFAULT_POINTS)
def test_reliability_kill_during_analyze_then_rerun_matches_uninterrupted(
        point: str, ingested_db: Path, reference_export: dict, tmp_path: Path):
    db = copy_db(ingested_db, tmp_path / "n.db")
    proc = newsdesk("analyze", "--db", str(db), "--quiet")
    started = time.monotonic()
    reached = False
    while proc.poll() is None and time.monotonic() - started < STAGE_WAIT_S:
        if KILL_POINTS[point](db, time.monotonic() - started):
            reached = True
            break
        time.sleep(POLL_S)
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert reached, f"analyze ended (status {proc.returncode}) before {point}: {proc.stderr.read()[-2000:]!r}"
    proc.stderr.close()
    check_integrity(db)
    with Desk(str(db)) as desk:  # the killed database opens and reads
        desk.export_dict()
    run_ok("analyze", "--db", str(db), "--quiet")
    check_integrity(db)
    with Desk(str(db)) as desk:
        export = desk.export_dict()
    assert export["errors"] == reference_export["errors"]
    for key in reference_export:
        assert export[key] == reference_export[key], f"{key} differs after a kill at {point}"


# -- ingest on PostgreSQL -------------------------------------------------------------------------

N_PG_ARTICLES = 1500
PG_KILL_POINTS_S = (1.5, 3.0)  # during the first batches, and later in the run




def check_pg(url: str) -> int:
    import psycopg

    with psycopg.connect(url) as conn:
        n = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        dup = conn.execute("SELECT COUNT(*) - COUNT(DISTINCT content_hash) FROM articles").fetchone()[0]
        orphans = conn.execute(
            "SELECT COUNT(*) FROM articles a LEFT JOIN raw_inputs r ON r.content_hash = a.content_hash "
            "WHERE r.content_hash IS NULL").fetchone()[0]
        stray = conn.execute(
            "SELECT COUNT(*) FROM boilerplate b LEFT JOIN articles a ON a.id = b.article_id "
            "WHERE a.id IS NULL").fetchone()[0]
    assert dup == 0 and orphans == 0 and stray == 0
    return int(n)


@pytest.mark.parametrize("kill_after", PG_KILL_POINTS_S)
def test_reliability_kill_during_ingest_postgres_then_rerun_completes(pg_url: str, tmp_path: Path,
                                                                      kill_after: float):
    src = tmp_path / "big.jsonl"
    write_jsonl(src, N_PG_ARTICLES, seed=11, prefix="p", outlets=5)
    proc = newsdesk("ingest", str(src), "--db", pg_url, "--quiet")
    time.sleep(kill_after)
    killed = proc.poll() is None
    if killed:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stderr.close()
    import psycopg

    try:
        partial = check_pg(pg_url)
    except psycopg.errors.UndefinedTable:  # killed before the schema existed: the re-run creates it
        partial = 0
    assert partial <= N_PG_ARTICLES
    assert partial % INGEST_BATCH == 0 or partial == N_PG_ARTICLES, f"{partial} rows: a batch was half committed"
    run_ok("ingest", str(src), "--db", pg_url, "--quiet")
    assert check_pg(pg_url) == N_PG_ARTICLES
