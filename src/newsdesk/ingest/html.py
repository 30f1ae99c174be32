"""HTML pages: trafilatura for the article text, evidence-only metadata from the page itself.

trafilatura (with ``lxml_html_clean``) finds the main text, title and authors. Dates are NOT
taken from trafilatura/htmldate, which invent one for pages that have none (MODELS.md): the
publication date is what the page states, ranked by reliability (:mod:`.pubdate`). The outlet
comes from ``og:site_name`` / JSON-LD publisher, else the URL's domain. The extracted text then
goes through the plain-text cleaner for leftover boilerplate.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import trafilatura
from lxml import etree
from lxml import html as lxml_html
from lxml.html import HtmlElement
from trafilatura.settings import Document
from trafilatura.utils import load_html

from newsdesk.errors import InputError
from newsdesk.ingest import pubdate, textmeta
from newsdesk.ingest.cleaner import PARAGRAPH_SEP, clean_text
from newsdesk.ingest.deadline import time_limit
from newsdesk.ingest.decode import decode_bytes
from newsdesk.ingest.types import Limits
from newsdesk.model import Article

SITE_META = ("og:site_name", "application-name", "twitter:site:name")
_CHARSET_RE = re.compile(rb"<meta[^>]+charset=[\"']?([\w-]+)", re.I)
CHARSET_SNIFF_BYTES = 4096  # the <meta charset> declaration must sit in the first few KB
CREDENTIAL_MAX_CHARS = 6  # "MS", "RD", "FAND" after a name are credentials, not people
_ARTICLE_TYPES = ("article", "newsarticle", "blogposting", "reportagenewsarticle", "webpage")


def read_html(data: bytes, source: str, article_id: str, limits: Limits, url: str | None = None) -> Article:
    """Extract one article from an HTML page; raises :class:`~newsdesk.errors.InputError` E104/E105/E118."""
    text, encoding = _decode_html(data, source)
    with _time_limit(limits.html_timeout, source):
        tree = load_html(text)
        if tree is None:
            raise InputError("E105", source=source, detail="the page could not be parsed as HTML")
        evidence = page_metadata(tree, url)
        # 1. trafilatura's balanced default; 2. when it finds nothing, its recall mode (WCXB:
        #    one page in 700 is rejected by the default and extracted fully in recall mode)
        doc = page_document(tree, url)  # before extraction, which prunes the tree
        extracted = ""
        for favor_recall in (False, True):
            found = trafilatura.bare_extraction(
                load_html(text) if favor_recall else tree, url=url, with_metadata=False,
                include_comments=False, include_tables=True, favor_recall=favor_recall,
            )
            extracted = (getattr(found, "text", None) or "").strip() if found is not None else ""
            if extracted:
                break
    if not extracted:
        raise InputError("E105", source=source, detail="no main text found; the page may be truncated or empty")
    cleaned = clean_text(extracted, header_lines=False)  # dropped-line numbers refer to this extracted text
    if not cleaned.body.strip():
        raise InputError("E114", source=source)
    article = Article(id=article_id, source=source, body="", content_hash="", format="html", encoding=encoding)
    cleaned.apply_to(article)
    headline = cleaned.title if cleaned.title_source == "headline" else None
    # page markup beats what the text cleaner guessed from the extracted text
    title = getattr(doc, "title", None)
    if title:
        site = evidence.get("outlet") or getattr(doc, "sitename", None)
        article.title, suffix = textmeta.strip_title_suffix(title, site)
        article.title_source = "html-meta"
        if suffix:
            article.metadata["title_suffix"] = suffix
    authors = [a.strip() for a in (getattr(doc, "author", None) or "").split(";") if _is_person(a.strip())]
    if authors:
        article.authors, article.authors_source = authors, "html-meta"
    if headline and headline != article.title:
        article.metadata["headline"] = headline  # the on-page headline, when <title> says otherwise
    article.url = evidence.get("url") or getattr(doc, "url", None) or url
    _apply_date(article, evidence["date"])
    if evidence.get("outlet"):
        article.outlet, article.outlet_source = evidence["outlet"], "html-meta"
    elif article.outlet is None and article.url:
        domain = url_domain(article.url)
        if domain:
            article.outlet, article.outlet_source = domain, "url-domain"
    for key in ("description", "sitename", "hostname", "categories", "tags", "license"):
        value = getattr(doc, key, None)
        if value:
            article.metadata[f"html_{key}"] = value
    return article


def page_document(tree: HtmlElement, url: str | None) -> Document:
    """trafilatura's page metadata (``extract_metadata``) without the two parts we never use,
    which cost a third of it: htmldate's date guess (dates come from :func:`page_metadata`,
    evidence only) and categories/tags guessed from the page's links (those stated in meta
    tags and JSON-LD are kept)."""
    from trafilatura.metadata import (
        META_URL, examine_meta, extract_domain, extract_license, extract_meta_json,
        extract_sitename, extract_title, extract_url,
    )

    meta = examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None  # as trafilatura: a single word is a handle, not a name
    try:
        meta = extract_meta_json(tree, meta)
    except Exception:  # trafilatura guards its JSON-LD parser the same way
        pass
    meta.title = meta.title or extract_title(tree)
    if not meta.author:
        from newsdesk.ingest.author import extract_author  # trafilatura's, in one walk of the page

        meta.author = extract_author(tree)
    meta.url = meta.url or extract_url(tree, url)
    if meta.url:
        meta.hostname = extract_domain(meta.url, fast=True)
    meta.sitename = meta.sitename or extract_sitename(tree)
    if meta.sitename:
        meta.sitename = meta.sitename.lstrip("@")
        if meta.sitename and "." not in meta.sitename and not meta.sitename[0].isupper():
            meta.sitename = meta.sitename.title()
    elif meta.url:
        site = META_URL.match(meta.url)
        if site:
            meta.sitename = site[1]
    meta.license = extract_license(tree)
    meta.clean_and_trim()  # entities unescaped, spaces trimmed, as trafilatura does
    return meta


def _apply_date(article: Article, found: pubdate.PageDate) -> None:
    """Set the page's publication date (it beats a date the text cleaner read in the extracted
    text); record an update date and the implausible dates that were dropped."""
    if found.published:
        article.published, article.published_source = found.published, found.source
    if found.updated:
        article.metadata["updated"] = found.updated
    if found.rejected:
        article.metadata.setdefault("published_rejected", []).extend(found.rejected)


def page_metadata(tree: HtmlElement, url: str | None = None) -> dict[str, Any]:
    """Publication date (``date``: a :class:`~newsdesk.ingest.pubdate.PageDate`), site name and
    canonical URL stated in the page markup (no guessing)."""
    found: dict[str, Any] = {}
    metas: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = (meta.get("content") or "").strip()
        if key and content and key not in metas:
            metas[key] = content
    every_ld = list(pubdate.json_ld_objects(tree))
    ld = [obj for obj in every_ld if _is_article(obj)]
    # outlet: og:site_name > JSON-LD publisher
    for key in SITE_META:
        if metas.get(key):
            found["outlet"] = metas[key]
            break
    if "outlet" not in found:
        for obj in ld:
            publisher = obj.get("publisher")
            name = publisher.get("name") if isinstance(publisher, dict) else None
            if isinstance(name, str) and name.strip():
                found["outlet"] = name.strip()
                break
    # url: <link rel=canonical> > og:url
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href", "").startswith("http"):
            found["url"] = link.get("href").strip()
            break
    if "url" not in found and metas.get("og:url", "").startswith("http"):
        found["url"] = metas["og:url"]
    found["date"] = pubdate.page_date(tree, found.get("url") or url, metas, every_ld)
    return found


def _is_person(name: str) -> bool:
    """trafilatura splits "Dylan Bailey, MS, RD" into names; credentials are not authors."""
    return bool(name) and not (name.isupper() and len(name) <= CREDENTIAL_MAX_CHARS)


def url_domain(url: str) -> str | None:
    """``https://www.example.com/a`` -> ``example.com``."""
    host = urlsplit(url).hostname
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def html_to_text(fragment: str, source: str) -> str:
    """Plain text of an HTML fragment (feed summaries), one paragraph per block."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError) as err:
        raise InputError("E105", source=source, detail=f"feed entry HTML: {err}") from err
    for bad in root.xpath(".//script|.//style"):
        bad.drop_tree()
    blocks = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"}
    for element in root.iter():
        if element.tag in blocks:
            element.tail = "\n" + (element.tail or "")
    lines = [" ".join(line.split()) for line in root.text_content().split("\n")]
    return PARAGRAPH_SEP.join(line for line in lines if line)


def _is_article(obj: dict[str, Any]) -> bool:
    """A JSON-LD object about an article (or the web page itself)."""
    kinds = obj.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds)


def _decode_html(data: bytes, source: str) -> tuple[str, str]:
    """Declared ``<meta charset>`` first (when it works), then the generic decoder."""
    declared = _CHARSET_RE.search(data[:CHARSET_SNIFF_BYTES])
    if declared:
        name = declared.group(1).decode("ascii", "replace")
        try:
            return data.decode(name), f"{name.lower()} (meta charset)"
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; fall back to detection
    return decode_bytes(data, source)


def _time_limit(seconds: float, source: str):
    """Abort HTML parsing after ``seconds`` (E118); see :mod:`newsdesk.ingest.deadline`."""
    return time_limit(seconds, lambda: InputError("E118", source=source, limit=seconds))
