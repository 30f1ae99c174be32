"""Safe URL fetching: timeouts, size caps, redirect limits and no private addresses (SSRF).

A small ``http.server`` runs on 127.0.0.1 in a thread; the tests that talk to it pass
``allow_private=True``. The refusal tests never let a packet leave the machine:
``socket.create_connection`` is guarded so that any attempt to connect anywhere but
127.0.0.1 fails the test, and "public" host names are simulated by patching DNS.
"""
from __future__ import annotations

import http.server
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdesk.ingest import Ingested, Limits, read_inputs
from newsdesk.model import IngestError

PAGE = (b"<html><head><title>Dam talks resume</title></head><body><article>"
        + b"".join(b"<p>The envoy said talks on the Kessel dam would resume on Monday, officials said. "
                   b"Paragraph %d of the report.</p>" % i for i in range(8))
        + b"</article></body></html>")
PUBLIC_IP = "93.184.216.34"  # what the patched DNS answers for *.public.example (the guard sends it to 127.0.0.1)
FAST_TIMEOUT = 0.5  # seconds; the slow endpoints take far longer than this


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"
    hits: list[str] = []
    hosts: list[str] = []  # the Host header of each request

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        Handler.hits.append(self.path)
        Handler.hosts.append(self.headers.get("Host", ""))
        path = self.path
        if path == "/article.html":
            self._send(200, PAGE)
        elif path.startswith("/hop/"):  # /hop/N: N redirects, then the page
            left = int(path.rsplit("/", 1)[1])
            self._redirect(f"/hop/{left - 1}" if left > 1 else "/article.html")
        elif path == "/loop":
            self._redirect("/loop")
        elif path.startswith("/to?"):
            self._redirect(path[4:])
        elif path == "/big-declared":
            self._send(200, b"x" * 200_000)
        elif path == "/big-undeclared":  # no Content-Length: only counting bytes can stop it
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            try:
                for _ in range(2000):
                    self.wfile.write(b"y" * 65536)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/slow-headers":
            time.sleep(5)
            self._send(200, PAGE)
        elif path == "/trickle":  # headers at once, then one byte every 0.1 s for 20 s
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "200")
            self.end_headers()
            try:
                for _ in range(200):
                    self.wfile.write(b"z")
                    self.wfile.flush()
                    time.sleep(0.1)
            except (BrokenPipeError, ConnectionResetError):
                pass
        else:
            self._send(404, b"not found")

    def _send(self, code: int, body: bytes, content_type: str = "text/html") -> None:
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch) -> list[tuple[str, int]]:
    """Any connection attempt to something other than 127.0.0.1 fails the test (and is recorded)."""
    attempts: list[tuple[str, int]] = []
    real = socket.create_connection

    def guarded(address, *args, **kwargs):
        host, port = address[0], address[1]
        attempts.append((host, port))
        if host == PUBLIC_IP:
            return real(("127.0.0.1", port), *args, **kwargs)  # the "public" address is our server
        if host != "127.0.0.1":
            raise AssertionError(f"the fetcher tried to connect to {host}:{port}")
        return real(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", guarded)
    return attempts


@pytest.fixture
def fake_dns(monkeypatch) -> dict[str, str]:
    """Resolve chosen names to chosen addresses (the check); connecting is guarded above."""
    table: dict[str, str] = {}
    real = socket.getaddrinfo

    def resolve(host, port, *args, **kwargs):
        if host in table:
            family = socket.AF_INET6 if ":" in table[host] else socket.AF_INET
            return [(family, socket.SOCK_STREAM, 6, "", (table[host], port or 80))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    return table


def fetch(url: str, **limits) -> Ingested | IngestError:
    items = list(read_inputs([url], limits=Limits(**limits)))
    assert len(items) == 1, items
    return items[0]


def assert_error(item, code: str, url: str, *needles: str) -> None:
    assert isinstance(item, IngestError), item
    assert item.code == code, item
    assert url in item.message, item.message
    for needle in needles:
        assert needle in item.message, item.message


# -- the local server, private addresses allowed -----------------------------------------------


def test_reliability_fetch_allowed_private_page_is_ingested(server: str):
    item = fetch(f"{server}/article.html", allow_private=True)
    assert isinstance(item, Ingested), item
    assert item.article.format == "url" and "Kessel dam" in item.article.body


def test_reliability_fetch_redirects_followed_up_to_the_limit(server: str):
    assert isinstance(fetch(f"{server}/hop/3", allow_private=True, max_redirects=3), Ingested)
    url = f"{server}/hop/4"
    assert_error(fetch(url, allow_private=True, max_redirects=3), "E109", url, "redirects")


def test_reliability_fetch_redirect_loop_stops(server: str):
    Handler.hits.clear()
    url = f"{server}/loop"
    assert_error(fetch(url, allow_private=True, max_redirects=5), "E109", url, "redirects")
    assert Handler.hits.count("/loop") == 6  # the first request and five redirects, no more


def test_reliability_fetch_size_cap_declared_length(server: str):
    url = f"{server}/big-declared"
    assert_error(fetch(url, allow_private=True, max_bytes=100_000), "E110", url, "100000")


def test_reliability_fetch_size_cap_undeclared_length_stops_reading(server: str):
    url = f"{server}/big-undeclared"
    started = time.perf_counter()
    assert_error(fetch(url, allow_private=True, max_bytes=1_000_000), "E110", url)
    assert time.perf_counter() - started < 5.0  # it stopped at ~1 MB, not after the full 128 MB


def test_reliability_fetch_timeout_waiting_for_headers(server: str):
    url = f"{server}/slow-headers"
    started = time.perf_counter()
    assert_error(fetch(url, allow_private=True, fetch_timeout=FAST_TIMEOUT), "E109", url)
    assert time.perf_counter() - started < 3.0


def test_reliability_fetch_total_deadline_against_trickling_server(server: str):
    """A server that sends one byte just inside the socket timeout must not hold us forever."""
    url = f"{server}/trickle"
    started = time.perf_counter()
    assert_error(fetch(url, allow_private=True, fetch_timeout=FAST_TIMEOUT), "E109", url)
    assert time.perf_counter() - started < 6 * FAST_TIMEOUT + 2.0


def test_reliability_fetch_connection_refused_is_reported(server: str):
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens on this port now
    url = f"http://127.0.0.1:{port}/x.html"
    assert_error(fetch(url, allow_private=True, fetch_timeout=2), "E109", url)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1/x"])
def test_reliability_fetch_only_http_schemes(url: str):
    assert_error(fetch(url, allow_private=True), "E116", url)


def test_reliability_fetch_redirect_to_file_scheme_refused(server: str):
    url = f"{server}/to?file:///etc/passwd"
    assert_error(fetch(url, allow_private=True), "E116", url)


# -- private, loopback and link-local addresses refused by default -------------------------------


@pytest.mark.parametrize("host,address", [
    ("127.0.0.1", "127.0.0.1"),
    ("10.1.2.3", "10.1.2.3"),
    ("192.168.1.20", "192.168.1.20"),
    ("172.16.5.4", "172.16.5.4"),
    ("169.254.169.254", "169.254.169.254"),  # cloud metadata endpoint
    ("[::1]", "::1"),
    ("[::ffff:127.0.0.1]", "127.0.0.1"),
    ("0.0.0.0", "0.0.0.0"),
    ("2130706433", "127.0.0.1"),  # 127.0.0.1 written as one number
])
def test_reliability_fetch_private_addresses_refused(host: str, address: str, loopback_only):
    url = f"http://{host}/latest/meta-data"
    assert_error(fetch(url), "E113", url, address, "--allow-private")
    assert loopback_only == [], "a connection was attempted"


def test_reliability_fetch_localhost_name_refused(server: str, loopback_only):
    port = server.rsplit(":", 1)[1]
    url = f"http://localhost:{port}/article.html"
    assert_error(fetch(url), "E113", url, "localhost")
    assert loopback_only == []


def test_reliability_fetch_name_resolving_to_loopback_refused(fake_dns, loopback_only):
    fake_dns["intranet.public.example"] = "127.0.0.1"
    fake_dns["metadata.public.example"] = "169.254.169.254"
    fake_dns["v6.public.example"] = "fd00::1"
    for name, address in (("intranet", "127.0.0.1"), ("metadata", "169.254.169.254"), ("v6", "fd00::1")):
        url = f"http://{name}.public.example/page.html"
        assert_error(fetch(url), "E113", url, address)
    assert loopback_only == []


def test_reliability_fetch_public_name_redirecting_to_private_refused(server: str, fake_dns, loopback_only):
    """The first hop is "public" (patched DNS; really our server); its redirect to 10.x is refused."""
    port = server.rsplit(":", 1)[1]
    fake_dns["news.public.example"] = PUBLIC_IP
    fine = fetch(f"http://news.public.example:{port}/article.html")
    assert isinstance(fine, Ingested), fine  # the public-looking host itself is allowed
    Handler.hits.clear()
    url = f"http://news.public.example:{port}/to?http://10.0.0.7/admin"
    assert_error(fetch(url), "E113", url, "10.0.0.7")
    assert Handler.hits == ["/to?http://10.0.0.7/admin"]
    assert all(host == PUBLIC_IP for host, _ in loopback_only), "only the checked address is contacted"


def test_reliability_fetch_feed_links_to_private_hosts_not_fetched(tmp_path: Path, loopback_only):
    feed = tmp_path / "feed.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><title>T</title>'
        "<link>http://169.254.169.254/latest/meta-data</link>"
        "<description>The short summary of the story that the feed carries.</description></item>"
        "</channel></rss>", encoding="utf-8")
    items = list(read_inputs([str(feed)], fetch_links=True))
    assert len(items) == 1 and isinstance(items[0], Ingested)
    assert "E113" in items[0].article.metadata.get("link_error", "") or "refused" in items[0].article.metadata["link_error"]
    assert loopback_only == []


def test_reliability_fetch_dns_rebinding_cannot_move_the_connection(server: str, monkeypatch, loopback_only):
    """The name answers a public address once, then 10.0.0.7 (rebinding): it is resolved once and
    the request goes to the checked address, with the name as its Host header."""
    port = server.rsplit(":", 1)[1]
    lookups: list[str] = []
    real = socket.getaddrinfo

    def rebinding(host, port_, *args, **kwargs):
        if host != "rebind.public.example":
            return real(host, port_, *args, **kwargs)  # 127.0.0.1, as the guard connects
        lookups.append(host)
        address = PUBLIC_IP if len(lookups) == 1 else "10.0.0.7"
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port_ or 80))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    Handler.hosts.clear()
    item = fetch(f"http://rebind.public.example:{port}/article.html")
    assert isinstance(item, Ingested), item
    assert lookups == ["rebind.public.example"], "the name is resolved once"
    assert [host for host, _ in loopback_only] == [PUBLIC_IP], "the connection goes to the checked address"
    assert Handler.hosts == [f"rebind.public.example:{port}"]
