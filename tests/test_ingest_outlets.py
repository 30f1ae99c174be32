"""Outlets as people name them: every kind of evidence with its provenance, never a file stem."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsdesk.ingest import read_path
from newsdesk.ingest.outlets import readable_host, settle_outlet
from newsdesk.model import Article
from newsdesk.report.sources import outlet_name

BODY = ("Officials met on Monday to discuss the harbour strike, and said talks would resume on Tuesday.\n\n"
        "The union said 400 workers had walked out, and the company said it would answer within a week.")


def _read(tmp_path: Path, name: str, text: str) -> Article:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    items = list(read_path(path))
    assert len(items) == 1 and hasattr(items[0], "article"), items
    return items[0].article


@pytest.mark.parametrize(("text", "outlet", "source"), [
    (f"Dock strike enters second day\nBy Ann Lee, Harbourside Wire\n\n{BODY}", "Harbourside Wire", "byline"),
    (f"Dock strike enters second day\nBy Ann Lee, Transport correspondent\n\n{BODY}", None, None),
    (f"{BODY}\n\n© 2026 The Quay Courier. All rights reserved.", "The Quay Courier", "copyright"),
    (f"{BODY}\n\n— Harbourside Wire Service", "Harbourside Wire Service", "credit-line"),
    (f"{BODY}\n\n— Agencies", None, None),
    (f"PORTVILLE (Harbourside Wire) — {BODY}", "Harbourside Wire", "dateline-credit"),
    (f"{BODY}\n\nThe post Dock strike enters second day appeared first on Quay Courier.\n\n", "Quay Courier", "footer"),
    (f"=== METADATA ===\nSource: Quay Courier\n=== ARTICLE ===\n{BODY}\n\n— Harbourside Wire", "Quay Courier", "metadata"),
])
def test_outlet_evidence_in_text(tmp_path: Path, text: str, outlet: str | None, source: str | None) -> None:
    a = _read(tmp_path, "0001_9f8e7d6c5b4a3921.txt", text)
    assert (a.outlet, a.outlet_source) == (outlet, source)
    shown = outlet_name(a)
    assert shown == (outlet or "unknown outlet (0001_9f8e7d6c5b4a3921.txt)")


def test_credit_is_kept_beside_a_stated_outlet(tmp_path: Path) -> None:
    a = _read(tmp_path, "x.txt", f"{BODY}\n\n— Harbourside Wire\n\nThe post Strike appeared first on Quay Courier.")
    assert (a.outlet, a.outlet_source, a.metadata["credit"]) == ("Quay Courier", "footer", "Harbourside Wire")
    assert "Harbourside" not in a.body, "the credit line is cut from the body, kept in dropped lines"


def test_url_host_only_when_it_reads_as_a_name() -> None:
    assert readable_host("https://www.harbourside-wire.com/2026/a.html") == "harbourside-wire.com"
    for url in ("http://127.0.0.1:8000/a", "http://[::1]/a", "http://localhost/a", "http://intranet/a",
                "https://d3f9a8c7e6b5a1f2.cloudfront.net/a", "https://xn--80ak6aa92e.com/a"):
        assert readable_host(url) is None, url
    a = settle_outlet(Article(id="p", source="http://127.0.0.1:8000/p.html", body=BODY, content_hash="h",
                              url="http://127.0.0.1:8000/p.html", outlet="127.0.0.1", outlet_source="url-domain"))
    assert a.outlet is None and outlet_name(a) == "unknown outlet (p.html)"


def test_file_label_of_feeds_jsonl_and_urls() -> None:
    def shown(source: str) -> str:
        return outlet_name(Article(id="x", source=source, body="b", content_hash="h"))

    assert shown("/data/in/feed.xml#3") == "unknown outlet (feed.xml#3)"
    assert shown("/data/in/feed.xml#https://example.org/a") == "unknown outlet (feed.xml)"
    assert shown("dump.jsonl#rec-7") == "unknown outlet (dump.jsonl#rec-7)"
    assert shown("https://example.org/news/story.html") == "unknown outlet (story.html)"


def _stem_like(article: Article) -> bool:
    """Is the outlet the file stem, or a hash-like token (what the issue saw in briefings)?"""
    stem = Path(article.source.partition("#")[0]).stem.lower()
    outlet = (article.outlet or "").lower()
    return bool(outlet) and (outlet == stem or outlet.replace(" ", "_") == stem or bool(re.search(r"[0-9a-f]{12}", outlet)))


def test_seeds_and_eval_stories_never_get_a_file_stem(seeds_dir: Path, eval_dir: Path) -> None:
    files = sorted(seeds_dir.glob("*.txt")) + sorted((eval_dir / "stories").glob("*/*.txt"))
    assert files
    outlets = {}
    for path in files:
        for item in read_path(path):
            a = item.article
            assert not _stem_like(a), (path.name, a.outlet)
            assert (a.outlet is None) == (a.outlet_source is None)
            outlets[path.stem] = (a.outlet, a.outlet_source)
    # what each input states (checked by reading them): a footer, a metadata block, a wire credit
    assert outlets["000_99aac926194a5193"] == ("New York Times", "footer")
    assert outlets["003_5a6485711e5016e9"] == ("New York Times", "metadata")
    assert outlets["001_29be2af0ab577047"] == (None, None), "'— Agencies' names no outlet"
    assert outlets["b_northern_valley_herald"] == ("Tessary Wire Service", "credit-line")
    assert outlets["e_tessary_valley_news9"] == ("Tessary Valley News 9", "footer")


def test_feed_item_source_beats_the_channel_title(tmp_path: Path) -> None:
    feed = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Aggregated Harbour News</title>"
            "<item><title>Strike enters second day</title><link>https://example.org/a</link>"
            "<source url='https://quaycourier.example/rss'>Quay Courier</source>"
            f"<description>{BODY}</description></item>"
            f"<item><title>Ships wait offshore</title><link>https://example.org/b</link><description>{BODY} More.</description></item>"
            "</channel></rss>")
    path = tmp_path / "agg.xml"
    path.write_text(feed, encoding="utf-8")
    got = [(i.article.outlet, i.article.outlet_source) for i in read_path(path)]
    assert got == [("Quay Courier", "feed:source"), ("Aggregated Harbour News", "feed")]


def test_sentences_name_an_unknown_outlet_by_its_file_alone(tmp_path) -> None:
    """Sentences that list several outlets (conflict sides, "reported alike by") name an unknown
    outlet by its file; the sources list says once that its outlet is unknown."""
    from newsdesk.api import Desk
    from newsdesk.report import write_report

    known = Article(id="k", source="k.txt", body="b", content_hash="h", outlet="The Lantern")
    unknown = Article(id="u", source="/in/u_valley_post.txt", body="b", content_hash="h")
    assert outlet_name(known, short=True) == "The Lantern"
    assert outlet_name(unknown, short=True) == "u_valley_post.txt"
    lines = [
        "Brenmoor council cuts depot jobs\n\nBRENMOOR — The council will cut 120 jobs at its depot, "
        "officials said on Monday. The cuts take effect on March 3, the council said.\n\n"
        "Union leader Ida Quell said the union opposes the cuts.",
        "Brenmoor to cut depot jobs\n\nBRENMOOR — The council will cut 410 jobs at its depot, "
        "officials said on Monday. The cuts take effect on March 3, the council said.\n\n"
        "Ida Quell, the union leader, said the union opposes the cuts.",
        "Council confirms depot job cuts\n\nBRENMOOR — The council will cut 120 jobs at its depot, a "
        "spokesman said on Monday, with the cuts taking effect on March 3.\n\nThe union opposes the cuts.",
    ]
    for n, text in enumerate(lines):
        (tmp_path / f"{'abc'[n]}_post.txt").write_text(text, encoding="utf-8")
    desk = Desk(str(tmp_path / "d.db"))
    desk.ingest([str(p) for p in sorted(tmp_path.glob("*.txt"))])
    desk.analyze()
    write_report(desk, tmp_path / "out")
    md = (tmp_path / "out" / "briefing.md").read_text(encoding="utf-8")
    assert "- unknown outlet (a\\_post.txt)" in md  # the sources list
    sides = [line for line in md.splitlines() if line.lstrip().startswith("- *")]
    assert sides and all("unknown outlet" not in line for line in sides), sides
