"""Who published an article, as people name the outlet: from evidence only, never a file name.

The readers record what the input states outright (``outlet_source``): a metadata block
(``metadata``), a JSONL field (``input``), the page's publisher markup (``html-meta``:
``og:site_name``, JSON-LD ``publisher.name``), the feed (``feed``, ``feed:source``) or a "The
post … appeared first on X" footer (``footer``). :func:`settle_outlet` runs last, on every
ingested article, and fills the gap from weaker evidence, first found wins:

1. ``byline``: the affiliation after the writer's name ("By Ann Lee, Coastal Wire"), unless it
   is a job title ("Environment correspondent");
2. ``copyright``: the holder of a dropped "© 2026 The Coastal Wire. All rights reserved." line;
3. ``header line N: …``: an outlet named on an unlabelled line between title and body ("Ann
   Lee, The Harbour Post", "The Quay Courier | Business Desk"; :func:`textmeta.read_header_line`);
4. ``credit-line``: a trailing credit ("… — Coastal Wire"), unless generic ("— Agencies");
5. ``dateline-credit``: the agency in a dateline ("KYIV (Reuters) —");
6. ``url-domain``: the page's host ("coastalwire.com"), when it reads as a name (not an IP
   address, a single-label host or a machine-made label).

Otherwise the outlet stays ``None``; displays then say "unknown outlet (file name)"
(:func:`newsdesk.report.sources.outlet_name`). Everything here is a pure function of the article.
"""
from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

from newsdesk.ingest import textmeta
from newsdesk.model import Article

STATED_SOURCES = ("metadata", "input", "html-meta", "feed", "feed:source", "footer")  # the input names it
OUTLET_MAX_WORDS = 8  # "The Riverbend Chronicle and Evening Star" fits; a longer phrase is prose
# credits that name no outlet: "— Agencies", "(Staff)", "Wires"
GENERIC_CREDITS = frozenset({
    "agencies", "agency", "agency inputs", "with agencies", "staff", "staff and agencies", "agencies and staff",
    "wire", "wires", "wire services", "news agencies", "news services", "news desk", "web desk", "online desk",
    "desk", "our correspondent", "correspondent", "our reporter", "reporters", "all rights reserved",
})
JOB_WORDS = textmeta.JOB_WORDS  # words that make a byline's affiliation a job title, not an outlet
_BYLINE_RE = re.compile(r"^by\s+[^|•,]+?\s*[|•,]\s*(?P<rest>.+?)\s*$", re.I)  # what follows the first name
_COPYRIGHT_RE = re.compile(
    r"^(?:(?:©|\(c\)|copyright)\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?)?,?\s*(?:by\s+)?(?P<holder>[^.|]+?)"
    r"\s*(?:[.|,]\s*(?:all rights reserved)?.*)?$", re.I)
_MACHINE_LABEL = re.compile(r"[0-9a-f]{10,}|\d{4,}|^xn--")  # hashes, numbers, punycode: not a name
_NAME_START = re.compile(r"^[\w“\"'(]")


def settle_outlet(article: Article) -> Article:
    """Give ``article`` the best-evidenced outlet (see the module doc); returns it."""
    stated = " ".join((article.outlet or "").split())
    if article.outlet_source in STATED_SOURCES and stated:
        article.outlet = stated  # what the input says is kept as it says it
        return article
    for source, found in _evidence(article):
        name = _name(found)
        if name is not None:
            article.outlet, article.outlet_source = name, source
            return article
    article.outlet = article.outlet_source = None
    return article


def _evidence(article: Article):
    """(source, candidate name) in order of strength; candidates may still be rejected."""
    for line in article.dropped:
        if line.reason == "byline":
            match = _BYLINE_RE.match(line.text.strip())
            if match:
                yield "byline", byline_affiliation(match["rest"])
            # "By Ann Lee, Transport Correspondent, Quarry Broadcasting": the name after the role
            header = textmeta.read_header_line(line.text)
            if header and header.get("outlet"):
                yield "byline", header["outlet"]
    for line in article.dropped:
        if line.reason == "copyright":
            match = _COPYRIGHT_RE.match(line.text.strip())
            if match:
                yield "copyright", match["holder"]
    header = article.metadata.get("header_outlet")
    if isinstance(header, str):
        yield str(article.metadata.get("header_outlet_source") or "header line"), header
    credit = article.metadata.get("credit")
    if isinstance(credit, str):
        yield "credit-line", credit
    agency = article.metadata.get("dateline_agency")
    if isinstance(agency, str):
        yield "dateline-credit", agency
    if article.url:
        yield "url-domain", readable_host(article.url)


def byline_affiliation(rest: str) -> str | None:
    """The outlet in what follows a byline's first name ("Coastal Wire", "B and C | Reuters" ->
    "Reuters"); None for a job title, more names or a date."""
    rest = re.split(r"\s*[|•]\s*", rest)[-1]
    if " and " in rest or "," in rest or textmeta.parse_full_date(rest) is not None:
        return None
    if JOB_WORDS & set(rest.lower().replace("-", " ").split()):
        return None
    return rest


def _name(value: str | None) -> str | None:
    """A cleaned outlet name, or None when ``value`` does not read as one."""
    if not value:
        return None
    name = " ".join(value.split()).strip(" -–—|·•,;:")
    if not name or len(name.split()) > OUTLET_MAX_WORDS or not _NAME_START.match(name):
        return None
    if name.lower().strip(".") in GENERIC_CREDITS or not any(c.isalpha() for c in name):
        return None
    return name


def readable_host(url: str) -> str | None:
    """``https://www.coastalwire.com/a`` -> ``coastalwire.com``; None for an IP address,
    ``localhost``-like single labels and machine-made names (``d3f9a8c7e6b5.cloudfront.net``)."""
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    try:
        ipaddress.ip_address(host)
        return None
    except ValueError:
        pass
    labels = host.split(".")
    if labels[0] == "www":
        labels = labels[1:]
    if len(labels) < 2 or any(not label or _MACHINE_LABEL.search(label) for label in labels):
        return None
    return ".".join(labels)
