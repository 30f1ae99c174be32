"""Fetching http(s) URLs safely: timeout, size cap, redirect limit, private-address refusal.

Redirects are followed by hand so that every hop's host is resolved and checked (SSRF guard).
Known gap: the check resolves the name, then urllib resolves it again to connect; a DNS server
that answers differently the second time (rebinding) is not caught.
"""
from __future__ import annotations

import ipaddress
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from newsdesk import __version__
from newsdesk.errors import InputError
from newsdesk.ingest.types import Limits

USER_AGENT = f"newsdesk/{__version__} (+https://github.com/newsdesk)"
READ_CHUNK = 65536  # bytes per read while enforcing the size cap
DEADLINE_FACTOR = 3  # a whole fetch (all hops and the body) may take this many fetch timeouts
_REDIRECTS = {301, 302, 303, 307, 308}


@dataclass(slots=True)
class Fetched:
    url: str  # final URL after redirects
    data: bytes
    content_type: str  # lower-cased media type without parameters ("" when absent)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[override]
        return None  # hand the 3xx back to fetch_url, which checks the next host itself


_OPENER = urllib.request.build_opener(_NoRedirect)


def fetch_url(url: str, limits: Limits) -> Fetched:
    """GET ``url``; raises :class:`~newsdesk.errors.InputError` E109/E110/E113/E116."""
    current = url
    deadline = time.monotonic() + limits.fetch_timeout * DEADLINE_FACTOR  # against slow-drip servers
    for _hop in range(limits.max_redirects + 1):
        check_host(current, url, limits)
        request = urllib.request.Request(current, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
        try:
            response = _OPENER.open(request, timeout=limits.fetch_timeout)
        except urllib.error.HTTPError as err:
            if err.code in _REDIRECTS and err.headers.get("Location"):
                current = urljoin(current, err.headers["Location"])
                err.close()
                continue
            raise InputError("E109", source=url, detail=f"HTTP {err.code} {err.reason}") from err
        except (urllib.error.URLError, OSError, ValueError) as err:
            reason = getattr(err, "reason", err)
            raise InputError("E109", source=url, detail=str(reason) or type(err).__name__) from err
        with response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limits.max_bytes:
                raise InputError("E110", source=url, limit=limits.max_bytes)
            data = _read_capped(response, url, limits, deadline)
            content_type = (response.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            return Fetched(url=response.geturl() or current, data=data, content_type=content_type)
    raise InputError("E109", source=url, detail=f"more than {limits.max_redirects} redirects")


def check_host(current: str, original: str, limits: Limits) -> None:
    """Refuse non-http(s) schemes and (unless allowed) hosts resolving to private addresses."""
    parts = urlsplit(current)
    if parts.scheme not in ("http", "https"):
        raise InputError("E116", source=original, scheme=parts.scheme)
    host = parts.hostname
    if not host:
        raise InputError("E109", source=original, detail="the URL has no host")
    if limits.allow_private:
        return
    try:
        infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80))
    except (socket.gaierror, UnicodeError) as err:
        raise InputError("E109", source=original, detail=f"cannot resolve {host}: {err}") from err
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped  # ::ffff:127.0.0.1 is loopback too
        if not address.is_global or address.is_multicast:
            raise InputError("E113", source=original, host=host, address=str(address))


def _read_capped(response, url: str, limits: Limits, deadline: float) -> bytes:
    chunks, size = [], 0
    while True:
        if time.monotonic() > deadline:  # each read has its timeout; this bounds them all together
            total = limits.fetch_timeout * DEADLINE_FACTOR
            raise InputError("E109", source=url, detail=f"the download took longer than {total:g} s")
        try:
            chunk = response.read1(READ_CHUNK)  # one socket read at most, so the deadline is checked
        except (OSError, ValueError) as err:
            raise InputError("E109", source=url, detail=f"connection broke while reading: {err}") from err
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limits.max_bytes:
            raise InputError("E110", source=url, limit=limits.max_bytes)
        chunks.append(chunk)
