"""The plain-text cleaner on the five real scraped seeds: metadata, junk gone, nothing lost."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from newsdesk.ingest import read_path
from newsdesk.model import Article

SEEDS = ["000_99aac926194a5193", "001_29be2af0ab577047", "002_681ddf67a2b15a6f",
         "003_5a6485711e5016e9", "004_4ed3d966e6484c59"]
JUNK = [".css-", "{", "Got a confidential", "secure message", "Top Stories", "Source link", "MORE STORIES",
        "appeared first on", "— Agencies", "===", "Published_Date", "Reported_From", "contributed reporting",
        "is a Times reporter"]


def _read(seeds_dir: Path, stem: str) -> Article:
    items = list(read_path(str(seeds_dir / f"{stem}.txt")))
    assert len(items) == 1 and hasattr(items[0], "article"), items
    return items[0].article


def test_ingest_cleaner_seed_000_footer_bio_and_contributors(seeds_dir: Path):
    a = _read(seeds_dir, SEEDS[0])
    assert a.id == SEEDS[0] and a.format == "text"
    assert (a.title, a.title_source) == ("Zelensky Offers Compromise for New Round of Ukraine Peace Talks", "footer")
    assert (a.outlet, a.outlet_source) == ("New York Times", "footer")
    assert (a.authors, a.authors_source) == (["Kim Barker"], "bio-line")
    assert a.contributors == ["Oleksandra Mykolyshyn", "Maria Varenikova", "Christopher F. Schuetze"]
    assert a.published is None and a.published_source is None
    reasons = {d.reason for d in a.dropped}
    assert {"css", "share-line", "contributors", "bio-line", "footer:appeared-first"} <= reasons
    assert a.body.startswith("President Volodymyr Zelensky of Ukraine met in Germany")
    assert a.body.endswith("I believe the Russians will have to make compromises,” he said.")


def test_ingest_cleaner_seed_001_dateline_and_agency_credit(seeds_dir: Path):
    a = _read(seeds_dir, SEEDS[1])
    assert (a.dateline, a.dateline_source) == ("BERLIN", "text")
    assert a.body.startswith("BERLIN — Ukrainian President")  # dateline recorded, body intact
    assert a.outlet is None and a.title is None and a.published is None
    assert a.body.endswith("it is very important that it brings results.”")
    assert a.metadata["credit"] == "Agencies"
    credit = [d for d in a.dropped if d.reason == "trailing-credit"]
    assert len(credit) == 1 and "Agencies" in credit[0].text and credit[0].line == 15


def test_ingest_cleaner_seed_002_headline_with_section_suffix(seeds_dir: Path):
    a = _read(seeds_dir, SEEDS[2])
    assert (a.title, a.title_source) == ("Zelensky caves as Donald Trump pushes Ukraine towards huge concession",
                                         "headline")
    assert a.metadata["title_suffix"] == "World | News"
    assert a.outlet is None and a.published is None
    assert a.body.startswith("Ukrainian President Volodymyr Zelensky has indicated")
    assert {d.text for d in a.dropped if d.reason == "boilerplate"} == {"Top Stories", "Source link"}


def test_ingest_cleaner_seed_003_metadata_block(seeds_dir: Path):
    a = _read(seeds_dir, SEEDS[3])
    assert (a.outlet, a.outlet_source) == ("New York Times", "metadata")
    assert (a.title, a.title_source) == ("Zelensky Turns to Europe After Talks With U.S. Officials", "metadata")
    assert (a.authors, a.authors_source) == (["Cassandra Vinograd"], "metadata")
    assert (a.published, a.published_source) == ("2025-12-01", "metadata")
    assert (a.dateline, a.dateline_source) == ("Kyiv, Ukraine", "metadata")
    assert a.metadata["meta_updated_date"] is None  # "Not specified"
    assert a.body.startswith("Ukraine’s president met with President Emmanuel Macron")  # repeated title dropped
    assert a.body.endswith("Mr. Putin, he added, also ordered military leaders to ensure that Russian soldiers "
                           "received all they would need for the coming winter.")
    assert [d.reason for d in a.dropped if d.line == 12] == ["headline"]


def test_ingest_cleaner_seed_004_headline_and_more_stories(seeds_dir: Path):
    a = _read(seeds_dir, SEEDS[4])
    assert (a.title, a.title_source) == ("Zelenskyy NATO Ukraine Russia Deal Stuns Allies", "headline")
    assert a.published is None and a.outlet is None
    assert any(d.text == "MORE STORIES" for d in a.dropped)


@pytest.mark.parametrize("stem", SEEDS)
def test_ingest_cleaner_seeds_lose_nothing_and_keep_no_junk(seeds_dir: Path, stem: str):
    raw = (seeds_dir / f"{stem}.txt").read_bytes()
    a = _read(seeds_dir, stem)
    dropped_on = defaultdict(list)
    for d in a.dropped:
        assert d.reason and d.text and d.line is not None
        dropped_on[d.line].append(d.text)
    for number, line in enumerate(raw.decode("utf-8").split("\n")):
        text = line.strip()
        if not text or text in dropped_on[number]:
            continue
        rest = text
        for piece in dropped_on[number]:  # a line only partly dropped (trailing credit)
            rest = rest.replace(piece, "")
        assert rest.strip() in a.body, f"line {number} lost: {text[:80]}"
    for junk in JUNK:
        assert junk not in a.body, f"{junk!r} left in the body of {stem}"
    paragraphs = a.body.split("\n\n")
    assert all(p.strip() == p and p for p in paragraphs)
