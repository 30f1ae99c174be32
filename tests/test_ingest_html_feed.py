"""HTML pages (.html, .html.gz), RSS and Atom feeds from hand-written fixtures."""
from __future__ import annotations

import gzip
from pathlib import Path

from newsdesk.ingest import Ingested, read_path
from newsdesk.model import IngestError, content_hash

DATA = Path(__file__).parent / "data" / "ingest"


def _one(path: Path) -> Ingested:
    items = list(read_path(str(path)))
    assert len(items) == 1 and isinstance(items[0], Ingested), items
    return items[0]


def test_ingest_html_page_body_and_evidence_metadata():
    a = _one(DATA / "page.html").article
    assert a.id == "page" and a.format == "html"
    assert a.body.startswith("BERLIN — Negotiators from Ukraine")
    assert a.body.endswith("vote on the use of frozen Russian assets.")
    for junk in ("Most read", "Storm hits the coast", "All rights reserved", "Log in", "newsletter"):
        assert junk not in a.body
    assert (a.title, a.title_source) == ("Talks on Ukraine resume in Berlin", "html-meta")
    assert (a.outlet, a.outlet_source) == ("The Daily Ledger", "html-meta")
    assert (a.authors, a.authors_source) == (["Anna Schmidt"], "html-meta")
    # the spec's "metadata" with the meta tag that stated it
    assert (a.published, a.published_source) == ("2025-12-14T09:30:00+00:00", "metadata:article:published_time")
    assert a.url == "https://ledger.example.com/world/2025/12/14/talks-resume"
    assert (a.dateline, a.dateline_source) == ("BERLIN", "text")


def test_ingest_html_without_date_evidence_has_no_date():
    a = _one(DATA / "nodate.html").article
    assert a.published is None and a.published_source is None  # htmldate would invent one
    assert (a.outlet, a.outlet_source) == ("undated.example.org", "url-domain")
    assert "postpone the vote" in a.body


def test_ingest_html_gz_same_article_as_plain(tmp_path: Path):
    raw = (DATA / "page.html").read_bytes()
    packed = tmp_path / "story.html.gz"
    packed.write_bytes(gzip.compress(raw))
    item = _one(packed)
    assert item.article.id == "story"
    assert item.article.body == _one(DATA / "page.html").article.body
    assert item.raw == packed.read_bytes() and item.article.content_hash == content_hash(packed.read_bytes())


def test_ingest_feed_rss_entries():
    items = list(read_path(str(DATA / "wire.rss")))
    assert [type(i) for i in items] == [Ingested, Ingested]
    first, second = (i.article for i in items)
    assert [first.id, second.id] == ["wire-1", "wire-2"]
    assert first.source == f"{DATA / 'wire.rss'}#https://wire.example.com/envoys-arrive"
    assert first.body == ("Envoys arrived in Berlin on Sunday for a new round of talks.\n\n"
                          "The meeting is expected to last two days.")
    assert (first.title, first.authors, first.outlet) == (
        "Envoys arrive in Berlin for talks", ["Lena Park"], "Wire Desk")
    assert (first.published, first.published_source) == ("2025-12-14T10:00:00+00:00", "metadata:feed")
    assert second.authors == [] and second.format == "feed"
    assert items[0].raw.startswith(b"<item>") and items[0].raw.endswith(b"</item>")
    assert items[0].raw in (DATA / "wire.rss").read_bytes()
    assert first.content_hash == content_hash(items[0].raw) != second.content_hash


def test_ingest_feed_atom_entry():
    [item] = read_path(str(DATA / "gazette.atom"))
    a = item.article
    assert a.id == "gazette-1" and a.url == "https://gazette.example.net/paris-meeting"
    assert a.body == ("The two presidents met for hours at the Élysée Palace on Monday.\n\n"
                      "They discussed security guarantees.")
    assert (a.authors, a.published) == (["Marc Dubois"], "2025-12-01T17:45:00+00:00")
    assert item.raw.startswith(b"<entry>")


def test_ingest_feed_unparsable(tmp_path: Path):
    bad = tmp_path / "broken.rss"
    bad.write_bytes(b"<?xml version='1.0'?><rss><channel><title>x</title>")
    [error] = read_path(str(bad))
    assert isinstance(error, IngestError) and error.code == "E108" and "broken.rss" in error.message


def test_ingest_html_parse_timeout():
    from newsdesk.ingest import Limits

    [error] = read_path(str(DATA / "page.html"), limits=Limits(html_timeout=1e-6))
    assert isinstance(error, IngestError) and error.code == "E118"
