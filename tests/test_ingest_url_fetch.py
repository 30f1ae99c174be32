"""URL reading against a local http.server on 127.0.0.1 (never the internet)."""
from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdesk.ingest import Ingested, Limits, read_inputs, read_path
from newsdesk.model import IngestError

DATA = Path(__file__).parent / "data" / "ingest"
LOCAL = Limits(allow_private=True, fetch_timeout=5.0)


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        port = self.server.server_address[1]
        routes = {
            "/story.html": ("text/html; charset=utf-8", (DATA / "page.html").read_bytes()),
            "/plain": ("text/plain", b"A plain text report.\nIt has two lines."),
            "/feed": ("application/rss+xml", self._feed(port)),
            "/big": ("text/plain", b"x" * 5000),
        }
        if self.path.startswith("/hop/"):
            left = int(self.path.rsplit("/", 1)[1])
            self.send_response(302)
            self.send_header("Location", f"/hop/{left - 1}" if left else "/story.html")
            self.end_headers()
            return
        if self.path not in routes:
            self.send_error(404)
            return
        kind, body = routes[self.path]
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.end_headers()  # no Content-Length: the size cap must hold while reading
        self.wfile.write(body)

    @staticmethod
    def _feed(port: int) -> bytes:
        return (
            "<?xml version='1.0'?><rss version='2.0'><channel><title>Local</title>"
            f"<item><title>Talks</title><link>http://127.0.0.1:{port}/story.html</link>"
            "<description>Short summary.</description></item>"
            f"<item><title>Gone</title><link>http://127.0.0.1:{port}/missing</link>"
            "<description>Only a summary here.</description></item></channel></rss>"
        ).encode()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_ingest_url_fetch_html_text_and_redirects(server: str):
    [item] = read_path(f"{server}/hop/2", limits=LOCAL)
    assert isinstance(item, Ingested)
    a = item.article
    assert a.format == "url" and a.metadata["content_format"] == "html"
    assert a.source == f"{server}/hop/2" and a.body.startswith("BERLIN — Negotiators")
    assert a.url == "https://ledger.example.com/world/2025/12/14/talks-resume"  # canonical link
    assert a.id.startswith("story-")
    [plain] = read_path(f"{server}/plain", limits=LOCAL)
    assert plain.article.body == "A plain text report.\n\nIt has two lines."


def test_ingest_url_fetch_limits(server: str):
    [error] = read_path(f"{server}/hop/9", limits=Limits(allow_private=True, max_redirects=3))
    assert error.code == "E109" and "redirects" in error.message
    [error] = read_path(f"{server}/big", limits=Limits(allow_private=True, max_bytes=1000))
    assert error.code == "E110"
    [error] = read_path(f"{server}/missing", limits=LOCAL)
    assert error.code == "E109" and "404" in error.message


def test_ingest_url_fetch_refuses_private_addresses(server: str):
    [error] = read_path(f"{server}/story.html")  # default limits: allow_private=False
    assert isinstance(error, IngestError) and error.code == "E113" and "127.0.0.1" in error.message
    [error] = read_path("http://localhost:9/x")
    assert error.code == "E113"
    [error] = read_path("file:///etc/passwd")
    assert error.code == "E116"


def test_ingest_url_fetch_offline_is_one_clean_line():
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    [error] = read_path(f"http://127.0.0.1:{port}/x", limits=LOCAL)
    assert error.code == "E109" and "\n" not in error.message and "offline" in error.message


def test_ingest_url_fetch_links_uses_longer_page_text(server: str):
    items = list(read_inputs([f"{server}/feed"], fetch_links=True, limits=LOCAL))
    assert [type(i) for i in items] == [Ingested, Ingested]
    talks, gone = (i.article for i in items)
    assert talks.metadata["body_from"] == "link" and talks.body.startswith("BERLIN — Negotiators")
    assert talks.metadata["feed_summary"] == "Short summary."
    assert gone.body == "Only a summary here." and "404" in gone.metadata["link_error"]
    plain = list(read_inputs([f"{server}/feed"], limits=LOCAL))
    assert plain[0].article.body == "Short summary."
