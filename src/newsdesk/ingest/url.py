"""Fetching http(s) URLs safely: timeout, size cap, redirect limit, private-address refusal.

Redirects are followed by hand so that every hop's host is checked (SSRF guard). Each host is
resolved once: the addresses are checked, and the connection goes to a checked address (the
``Host`` header and TLS server name stay the URL's host), so a DNS server that answers
differently the second time (rebinding) cannot send the request elsewhere. Conditional
requests (``ETag`` / ``Last-Modified``) let a poller skip pages that did not change.
Environment proxies are not used: a proxy would resolve the name again.
"""
from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from newsdesk import __version__
from newsdesk.errors import InputError
from newsdesk.ingest.types import Limits

USER_AGENT = f"newsdesk/{__version__} (+https://github.com/newsdesk)"
READ_CHUNK = 65536  # bytes per read while enforcing the size cap
DEADLINE_FACTOR = 3  # a whole fetch (all hops and the body) may take this many fetch timeouts
_REDIRECTS = {301, 302, 303, 307, 308}
NOT_MODIFIED = 304


@dataclass(slots=True)
class Fetched:
    url: str  # final URL after redirects
    data: bytes
    content_type: str  # lower-cased media type without parameters ("" when absent)
    etag: str | None = None  # validators for the next conditional request
    last_modified: str | None = None
    not_modified: bool = False  # 304: the page is as it was when ``etag``/``last_modified`` were given


def fetch_url(url: str, limits: Limits, *, etag: str | None = None, last_modified: str | None = None) -> Fetched:
    """GET ``url``; raises :class:`~newsdesk.errors.InputError` E109/E110/E113/E116.

    With ``etag`` / ``last_modified`` (from an earlier :class:`Fetched`) the request is
    conditional: an unchanged page comes back as ``not_modified`` with no data.
    """
    current = url
    deadline = time.monotonic() + limits.fetch_timeout * DEADLINE_FACTOR  # against slow-drip servers
    headers = {"User-Agent": USER_AGENT, "Accept": "*/*"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    for _hop in range(limits.max_redirects + 1):
        addresses = check_host(current, url, limits)
        try:
            connection, response = _get(current, addresses, headers, limits.fetch_timeout)
        except (OSError, ValueError, http.client.HTTPException) as err:
            raise InputError("E109", source=url, detail=str(err) or type(err).__name__) from err
        try:
            if response.status in _REDIRECTS and response.getheader("Location"):
                current = urljoin(current, response.getheader("Location"))
                continue
            validators = {"etag": response.getheader("ETag"), "last_modified": response.getheader("Last-Modified")}
            if response.status == NOT_MODIFIED and (etag or last_modified):
                return Fetched(url=current, data=b"", content_type="", not_modified=True,
                               etag=validators["etag"] or etag,
                               last_modified=validators["last_modified"] or last_modified)
            if not 200 <= response.status < 300:
                raise InputError("E109", source=url, detail=f"HTTP {response.status} {response.reason}")
            length = response.getheader("Content-Length")
            if length and length.isdigit() and int(length) > limits.max_bytes:
                raise InputError("E110", source=url, limit=limits.max_bytes)
            data = _read_capped(response, url, limits, deadline)
            content_type = (response.getheader("Content-Type") or "").split(";")[0].strip().lower()
            return Fetched(url=current, data=data, content_type=content_type, **validators)
        finally:
            connection.close()
    raise InputError("E109", source=url, detail=f"more than {limits.max_redirects} redirects")


def check_host(current: str, original: str, limits: Limits) -> list[str]:
    """Refuse non-http(s) schemes and (unless allowed) hosts resolving to private addresses.

    Returns the host's addresses, resolved once and checked: the ones to connect to.
    """
    parts = urlsplit(current)
    if parts.scheme not in ("http", "https"):
        raise InputError("E116", source=original, scheme=parts.scheme)
    host = parts.hostname
    if not host:
        raise InputError("E109", source=original, detail="the URL has no host")
    try:
        infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80),
                                   type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, ValueError) as err:
        raise InputError("E109", source=original, detail=f"cannot resolve {host}: {err}") from err
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    for text in addresses if not limits.allow_private else ():
        address = ipaddress.ip_address(text.split("%")[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped  # ::ffff:127.0.0.1 is loopback too
        if not address.is_global or address.is_multicast:
            raise InputError("E113", source=original, host=host, address=str(address))
    if not addresses:
        raise InputError("E109", source=original, detail=f"cannot resolve {host}: no address")
    return addresses


class _PinnedHTTP(http.client.HTTPConnection):
    """An HTTP connection to ``host`` that connects to one of the checked ``addresses``."""

    def __init__(self, host: str, port: int, addresses: list[str], timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self.addresses = addresses

    def connect(self) -> None:
        self.sock = _connect(self.addresses, self.port, self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    """HTTPS to a checked address; the certificate is verified for ``host`` (SNI too)."""

    def __init__(self, host: str, port: int, addresses: list[str], timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self.addresses = addresses

    def connect(self) -> None:
        sock = _connect(self.addresses, self.port, self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]


def _connect(addresses: list[str], port: int, timeout: float) -> socket.socket:
    """The first of ``addresses`` that accepts a connection on ``port``."""
    error: OSError | None = None
    for address in addresses:
        try:
            return socket.create_connection((address, port), timeout)
        except OSError as err:
            error = err
    raise error or OSError("no address to connect to")


def _get(url: str, addresses: list[str], headers: dict[str, str], timeout: float
         ) -> tuple[http.client.HTTPConnection, http.client.HTTPResponse]:
    parts = urlsplit(url)
    kind = _PinnedHTTPS if parts.scheme == "https" else _PinnedHTTP
    port = parts.port or (443 if parts.scheme == "https" else 80)  # explicit: "::1" must not read as port 1
    connection = kind(parts.hostname or "", port, addresses, timeout)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    try:
        connection.request("GET", target, headers=headers)
        return connection, connection.getresponse()
    except BaseException:
        connection.close()
        raise


def _read_capped(response, url: str, limits: Limits, deadline: float) -> bytes:
    chunks, size = [], 0
    while True:
        if time.monotonic() > deadline:  # each read has its timeout; this bounds them all together
            total = limits.fetch_timeout * DEADLINE_FACTOR
            raise InputError("E109", source=url, detail=f"the download took longer than {total:g} s")
        try:
            chunk = response.read1(READ_CHUNK)  # one socket read at most, so the deadline is checked
        except (OSError, ValueError, http.client.HTTPException) as err:
            raise InputError("E109", source=url, detail=f"connection broke while reading: {err}") from err
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limits.max_bytes:
            raise InputError("E110", source=url, limit=limits.max_bytes)
        chunks.append(chunk)
