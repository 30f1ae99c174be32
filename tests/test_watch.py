"""`newsdesk watch` against a local HTTP server on 127.0.0.1 whose feed grows between polls.

The server never reaches outside the machine. It counts every request, so the tests can check
that each entry's page is fetched once, that an unchanged feed answers 304, and that a watch
killed with SIGKILL mid-poll, then restarted, loses nothing and refetches no stored page.
"""
from __future__ import annotations

import hashlib
import http.server
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdesk.api import Desk
from newsdesk.ingest import Limits
from newsdesk.pipeline import analysis_pending
from newsdesk.watch import Watcher

LOCAL = Limits(allow_private=True, fetch_timeout=5.0)
OUTLETS = ["Harbourside Wire", "Quay Courier", "Portville Evening News", "Estuary Times", "Tideline Post"]
DAYS = ["2026-05-04", "2026-05-04", "2026-05-05", "2026-05-05", "2026-05-06"]
LEADS = [
    "Dockworkers at the port of Portville walked off the job on Monday after pay talks with the Tidewater shipping line collapsed.",
    "About 2,000 dockworkers at Portville went on strike on Monday, halting container traffic, after talks on pay broke down.",
    "The dock strike at Portville entered a second day on Tuesday as ships queued offshore and the Tidewater line refused to raise its pay offer.",
    "Portville's striking dockworkers said on Tuesday they would stay out until Tidewater improves its pay offer of 4 percent.",
    "Talks to end the Portville dock strike resumed on Wednesday, with the union and the Tidewater line meeting a mediator.",
]
TITLES = [
    "Portville dockworkers strike as pay talks with Tidewater collapse",
    "Container traffic halted as Portville dock strike begins",
    "Ships queue off Portville as dock strike enters second day",
    "Portville strikers vow to stay out until Tidewater raises pay",
    "Portville dock strike talks resume with a mediator",
]
FILLER = ("The union, which represents about 2,000 dockworkers, wants a 9 percent raise over two years. "
          "Tidewater has offered 4 percent and says higher wages would cost it business to rival ports. "
          "\u201cWe are not going back for less than we are owed,\u201d said Marta Lind, the union's leader. "
          "A spokesman for the port authority said 14 ships were waiting to unload.")


def page_html(i: int) -> bytes:
    paragraphs = "".join(f"<p>{text}</p>" for text in (LEADS[i], FILLER, f"Report {i + 1} of the strike. {FILLER}"))
    return (f"<html><head><title>{TITLES[i]}</title><meta property='og:site_name' content='{OUTLETS[i]}'>"
            f"<meta property='article:published_time' content='{DAYS[i]}T09:00:00Z'></head>"
            f"<body><article><h1>{TITLES[i]}</h1>{paragraphs}</article></body></html>").encode()


class FeedServer(http.server.ThreadingHTTPServer):
    """A feed of ``entries(n)`` items for the n-th feed request; pages /page/1 ... /page/5."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.hits: Counter[str] = Counter()
        self.feed_answers: list[int] = []  # HTTP status of each feed request
        self.entries = lambda n: 5
        self.slow_page: int | None = None  # this page's first request blocks until `release` is set
        self.slow_started = threading.Event()
        self.release = threading.Event()
        self.lock = threading.Lock()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def feed(self, count: int) -> bytes:
        items = "".join(
            f"<item><title>{TITLES[i]}</title><link>{self.base}/page/{i + 1}</link><guid>strike-{i + 1}</guid>"
            f"<pubDate>{['Mon', 'Mon', 'Tue', 'Tue', 'Wed'][i]}, 0{4 + i // 2} May 2026 09:00:00 GMT</pubDate>"
            f"<description>{LEADS[i]}</description></item>"
            for i in reversed(range(count)))  # newest first, as feeds list them
        return (f"<?xml version='1.0'?><rss version='2.0'><channel><title>Harbour news</title>{items}"
                "</channel></rss>").encode()


class _Handler(http.server.BaseHTTPRequestHandler):
    server: FeedServer

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        server = self.server
        with server.lock:
            server.hits[self.path] += 1
            hit = server.hits[self.path]
        if self.path == "/feed.xml":
            body = server.feed(server.entries(hit))
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                server.feed_answers.append(304)
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            server.feed_answers.append(200)
            self._send(body, "application/rss+xml", etag)
        elif self.path.startswith("/page/"):
            number = int(self.path.rsplit("/", 1)[1])
            if number == server.slow_page and hit == 1:
                server.slow_started.set()
                server.release.wait(60)  # the watcher is killed while waiting here
            self._send(page_html(number - 1), "text/html; charset=utf-8")
        elif self.path == "/broken.xml":
            self.send_error(500)
        else:
            self.send_error(404)

    def _send(self, body: bytes, kind: str, etag: str | None = None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        if etag:
            self.send_header("ETag", etag)
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture
def server() -> Iterator[FeedServer]:
    httpd = FeedServer()
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.release.set()
    httpd.shutdown()
    httpd.server_close()


def newsdesk(*args: str) -> list[str]:
    return [sys.executable, "-m", "newsdesk.cli", *args]


def stored(db: Path) -> list[tuple[str, str, str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT id, source, content_hash, outlet FROM articles ORDER BY source").fetchall()


def in_stories(db: Path) -> set[str]:
    with Desk(str(db)) as desk:
        return {a for s in desk.stories() for a in s.article_ids}


def page_hits(server: FeedServer) -> dict[int, int]:
    return {n: server.hits[f"/page/{n}"] for n in range(1, 6)}


def test_watch_follows_a_growing_feed(server: FeedServer, tmp_path: Path) -> None:
    """The issue's check: 3 entries, then 5; three polls; 5 articles stored once, each page fetched
    once, the story analyzed; the third poll finds the feed unchanged (304)."""
    server.entries = lambda n: 3 if n == 1 else 5
    db = tmp_path / "w.db"
    run = subprocess.run(newsdesk("watch", f"{server.base}/feed.xml", "--every", "4", "--max-polls", "3",
                                  "--allow-private", "--db", str(db)),
                         capture_output=True, text=True, timeout=240)
    assert run.returncode == 0, run.stderr
    polls = [line for line in run.stdout.splitlines() if line.startswith("poll ")]
    assert len(polls) == 3, run.stdout
    assert ": 3 new, 0 failed" in polls[0] and ": 2 new, 0 failed" in polls[1] and ": 0 new" in polls[2], polls
    assert "1 story changed" in polls[0] and "unchanged" in polls[2], polls
    rows = stored(db)
    assert sorted(r[1] for r in rows) == [f"{server.base}/page/{n}" for n in range(1, 6)]
    assert len({r[2] for r in rows}) == 5
    assert sorted(r[3] for r in rows) == sorted(OUTLETS), "outlets from each page's og:site_name"
    assert page_hits(server) == {n: 1 for n in range(1, 6)}, "each page fetched once"
    assert server.feed_answers == [200, 200, 304]
    assert in_stories(db) == {r[0] for r in rows}, "every article analyzed into a story"
    with Desk(str(db)) as desk:
        [story] = desk.stories()
        assert story.label in TITLES, story.label


def test_watch_killed_mid_poll_loses_nothing_and_refetches_nothing(server: FeedServer, tmp_path: Path) -> None:
    server.slow_page = 4  # oldest first: pages 1-3 are stored before the watcher waits on page 4
    db = tmp_path / "k.db"
    proc = subprocess.Popen(newsdesk("watch", f"{server.base}/feed.xml", "--every", "1", "--allow-private",
                                     "--host-delay", "0", "--db", str(db)),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        assert server.slow_started.wait(120), "the watcher never asked for page 4"
        time.sleep(0.2)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    server.release.set()
    assert [r[1] for r in stored(db)] == [f"{server.base}/page/{n}" for n in (1, 2, 3)]
    # restarted: pages 4 and 5 are fetched and stored, 1-3 are not asked for again; Ctrl-C stops it
    proc = subprocess.Popen(newsdesk("watch", f"{server.base}/feed.xml", "--every", "60", "--allow-private",
                                     "--host-delay", "0", "--db", str(db)),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = proc.stdout.readline()
        assert first.startswith("poll 1") and ": 2 new, 0 failed" in first, first
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0 and "Stopped after 1 polls" in err, err
    rows = stored(db)
    assert len(rows) == 5 and len({r[2] for r in rows}) == 5, "nothing lost, nothing stored twice"
    assert page_hits(server) == {1: 1, 2: 1, 3: 1, 4: 2, 5: 1}, "only the page cut off by the kill is fetched again"
    assert in_stories(db) == {r[0] for r in rows}


def test_watch_analyzes_what_a_stopped_run_left(server: FeedServer, tmp_path: Path) -> None:
    """Articles stored by a run killed before it analyzed are analyzed on restart, even when the
    feed has nothing new."""
    db = str(tmp_path / "b.db")
    with Desk(db) as desk:
        report = Watcher(desk.store, [f"{server.base}/feed.xml"], LOCAL, host_delay=0).poll(1)
        assert len(report.new) == 5 and not desk.stories()
        seen: list = []
        assert desk.watch([f"{server.base}/feed.xml"], max_polls=1, limits=LOCAL, host_delay=0,
                          on_poll=seen.append) == 1
        assert seen[0].unchanged == 1 and not seen[0].new and seen[0].stories_changed
        assert {a for s in desk.stories() for a in s.article_ids} == set(report.new)
        assert not analysis_pending(desk.store)
        desk.store.set_story_fingerprints({})  # as if killed after clustering, before comparing
        assert analysis_pending(desk.store)
    assert page_hits(server) == {n: 1 for n in range(1, 6)}


def test_watch_backs_off_a_failing_feed_and_refuses_private_addresses(server: FeedServer, tmp_path: Path) -> None:
    db = str(tmp_path / "f.db")
    broken = f"{server.base}/broken.xml"
    with Desk(db) as desk:
        watcher = Watcher(desk.store, [broken], LOCAL, every=100, host_delay=0)
        first = watcher.poll(1)
        assert first.failed == 1 and "HTTP 500" in first.errors[0].message
        second = watcher.poll(2)
        assert second.waiting == 1 and second.failed == 0, "backing off: not asked again at once"
        assert server.hits["/broken.xml"] == 1
        assert desk.store.watch_feed(broken)["failures"] == 1
        assert any("HTTP 500" in e.message for e in desk.errors())
        guarded = Watcher(desk.store, [f"{server.base}/feed.xml"], Limits(), host_delay=0).poll(1)
        assert guarded.failed == 1 and guarded.errors[0].code == "E113"
    assert server.hits["/feed.xml"] == 0


def test_watch_waits_between_requests_to_one_host(server: FeedServer, tmp_path: Path) -> None:
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        time.sleep(seconds)

    with Desk(str(tmp_path / "p.db")) as desk:
        Watcher(desk.store, [f"{server.base}/feed.xml"], LOCAL, host_delay=0.3, sleep=sleep).poll(1)
    assert len(waits) == 5 and all(0 < w <= 0.3 for w in waits), waits


def test_watch_state_on_both_backends(server: FeedServer, db_url: str) -> None:
    """Migration 3 on SQLite and PostgreSQL: a second watcher (a restart) skips every stored entry."""
    feed = f"{server.base}/feed.xml"
    with Desk(db_url) as desk:
        first = Watcher(desk.store, [feed], LOCAL, host_delay=0).poll(1)
        assert len(first.new) == 5
        entries = desk.store.watch_entries(feed)
        assert set(entries) == {f"strike-{n}" for n in range(1, 6)}
        assert {status for status, _ in entries.values()} == {"stored"}
        assert desk.store.watch_feed(feed)["etag"]
    with Desk(db_url) as desk:
        again = Watcher(desk.store, [feed], LOCAL, host_delay=0).poll(1)
        assert again.unchanged == 1 and not again.new
    assert page_hits(server) == {n: 1 for n in range(1, 6)}
