"""Crash safety: SIGKILL at random moments of `newsdesk ingest` / `analyze` loses nothing committed.

After each kill the database opens, passes SQLite's integrity check, holds only whole
articles, and a re-run completes the work without duplicates.
"""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

N_ARTICLES = 1500
KILL_POINTS_S = (0.3, 0.8, 1.5, 2.5)  # spread over start-up, first batches and mid-run


def write_jsonl(path: Path, n: int, seed: int = 7, prefix: str = "a", outlets: int = 7) -> None:
    """``n`` distinct JSONL articles of ~120 words: enough work for a kill to land mid-run."""
    rng = random.Random(seed)
    words = "talks envoy ceasefire valley dam minister border drones port strike river".split()
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = " ".join(rng.choice(words) for _ in range(120)) + f" Report number {i}."
            fh.write(json.dumps({"id": f"{prefix}{i:05d}", "text": text, "outlet": f"Outlet {i % outlets}"}) + "\n")


def newsdesk(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "newsdesk.cli", *args], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)


def check_db(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'articles'").fetchone():
            return 0  # killed after the file was created, before the first migration committed
        n = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        dup = conn.execute("SELECT COUNT(*) - COUNT(DISTINCT content_hash) FROM articles").fetchone()[0]
        orphans = conn.execute(
            "SELECT COUNT(*) FROM articles a LEFT JOIN raw_inputs r ON r.content_hash = a.content_hash "
            "WHERE r.content_hash IS NULL").fetchone()[0]
        assert dup == 0 and orphans == 0
        return n
    finally:
        conn.close()


@pytest.mark.parametrize("kill_after", KILL_POINTS_S)
def test_reliability_kill_during_ingest_then_rerun_completes(tmp_path: Path, kill_after: float):
    src = tmp_path / "big.jsonl"
    write_jsonl(src, N_ARTICLES)
    db = tmp_path / "n.db"
    proc = newsdesk("ingest", str(src), "--db", str(db), "--quiet")
    time.sleep(kill_after)
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    if db.exists():
        assert check_db(db) <= N_ARTICLES
    rerun = subprocess.run([sys.executable, "-m", "newsdesk.cli", "ingest", str(src), "--db", str(db), "--quiet"],
                           capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert check_db(db) == N_ARTICLES
