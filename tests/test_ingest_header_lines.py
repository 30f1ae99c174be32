"""Unlabelled header lines under a plain-text title: date and outlet with the line they came from.

Every header here is invented; each negative case is a line that must not give an outlet or a date.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.ingest import clean_text, read_path
from newsdesk.ingest.textmeta import parse_date_line, parse_numeric_date, read_header_line
from newsdesk.model import Article

BODY = ("Harbour pilots in Quillmouth stopped work on Friday after talks on night shifts broke down, "
        "the port authority said.\n\n"
        "About 30 ships were waiting outside the breakwater by Saturday morning, according to the authority.")
TITLE = "Pilots walk out as Quillmouth talks collapse"


def _read(tmp_path: Path, text: str, name: str = "story.txt") -> Article:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    items = list(read_path(path))
    assert len(items) == 1 and hasattr(items[0], "article"), items
    return items[0].article


@pytest.mark.parametrize(("written", "iso"), [
    ("Saturday 10 October 2026", "2026-10-10"),
    ("October 10, 2026", "2026-10-10"),
    ("Wed, Oct 7, 2026", "2026-10-07"),
    ("2026-10-10", "2026-10-10"),
    ("12.10.2026", "2026-10-12"),  # dots: day.month.year
    ("22/07/2026 16:40", "2026-07-22"),  # 22 cannot be a month
    ("07/22/2026", "2026-07-22"),
    ("10/10/2026", "2026-10-10"),  # both readings are the same day
    ("Posted 4:15 PM, Oct 19, 2026", "2026-10-19"),
    ("10/12/2026", None),  # 10 December or October 12: either side could be the month
    ("31.02.2026", None),
    ("March 2026", None),
    ("Saturday", None),
    ("Talks resumed on 10 October 2026 in the port", None),
])
def test_date_line_forms(written: str, iso: str | None) -> None:
    assert parse_date_line(written) == iso


def test_numeric_dates_read_only_unambiguous_forms() -> None:
    assert parse_numeric_date("03.04.2026") == "2026-04-03"
    assert parse_numeric_date("03/04/2026") is None
    assert parse_numeric_date("13/04/2026") == "2026-04-13"


@pytest.mark.parametrize(("line", "outlet", "persons", "date"), [
    ("Orla Fenwick-Adebayo, Quillmouth Evening Post", "Quillmouth Evening Post", ["Orla Fenwick-Adebayo"], None),
    ("Orla Fenwick-Adebayo | Westmoor Business Daily", "Westmoor Business Daily", ["Orla Fenwick-Adebayo"], None),
    ("The Courier | Harbour Desk", "The Courier", [], None),
    ("The Lantern | Harbour Desk", None, [], None),  # no newspaper-name word: no evidence it is an outlet
    ("Westmoor Farm Weekly — Staff report", "Westmoor Farm Weekly", [], None),
    ("Tue 6 Oct 2026 · Quillmouth Dispatch", "Quillmouth Dispatch", [], "2026-10-06"),
    ("Quillmouth Gazette | By Orla Fenwick, Chief Reporter", "Quillmouth Gazette", ["Orla Fenwick"], None),
    # a clock time after the date, and a staff credit after the outlet's name
    ("Westmoor Public Radio | Friday, June 5, 2026, 7:40 p.m.", "Westmoor Public Radio", [], "2026-06-05"),
    ("Friday, June 5, 2026 | Quillmouth Valley News Staff", "Quillmouth Valley News", [], "2026-06-05"),
])
def test_header_line_parts_by_shape(line: str, outlet: str | None, persons: list[str], date: str | None) -> None:
    found = read_header_line(line)
    if found is None:
        assert (outlet, persons, date) == (None, [], None)
        return
    assert (found.get("outlet"), found["persons"], found.get("date")) == (outlet, persons, date)


@pytest.mark.parametrize("line", [
    "The Lantern said on Friday that pilots, who walked out at dawn, would not return.",  # a body sentence
    "Strikes, delays and a long night on the quay",  # a title with a comma
    "BREAKING NEWS",  # an all-caps kicker beside a nameplate word
    "EXCLUSIVE",
    "World News | Analysis",
    "Orla Fenwick, Tomas Reyes-Lind",  # two people: no outlet in it
    "QUILLMOUTH — Harbour pilots stopped work on Friday",  # a dateline paragraph
    "Quillmouth Post, Westmoor Herald",  # two outlet-shaped names: which one is a guess
    "By the harbour wall | Westmoor Herald",  # "By" before something that is no name
])
def test_lines_that_are_no_outlet_header(line: str) -> None:
    found = read_header_line(line)
    assert found is None or "outlet" not in found


def test_person_only_byline_gives_no_outlet(tmp_path: Path) -> None:
    a = _read(tmp_path, f"{TITLE}\nSaturday 10 October 2026\nOrla Fenwick-Adebayo\n{BODY}", "0002_ab12cd34ef56ab78.txt")
    assert (a.outlet, a.outlet_source) == (None, None)
    assert (a.published, a.published_source) == ("2026-10-10", "header line 2: date (Saturday 10 October 2026)")


@pytest.mark.parametrize(("header", "outlet", "outlet_source", "published", "published_line"), [
    ("Saturday 10 October 2026\nOrla Fenwick-Adebayo, Quillmouth Evening Post",
     "Quillmouth Evening Post", "header line 3: byline with outlet", "2026-10-10", 2),
    ("October 10, 2026\nThe Courier | Harbour Desk", "The Courier", "header line 3: outlet with section", "2026-10-10", 2),
    ("10/12/2026\nThe Courier | Harbour Desk", "The Courier", "header line 3: outlet with section", None, None),
    ("12.10.2026\nOrla Fenwick-Adebayo | Westmoor Business Daily",
     "Westmoor Business Daily", "header line 3: byline with outlet", "2026-10-12", 2),
    ("10/12/2026 | Westmoor Business Daily", "Westmoor Business Daily", "header line 2: outlet line", None, None),
    ("Saturday 10 October 2026\nEXCLUSIVE\nOrla Fenwick-Adebayo, Quillmouth Evening Post", None, None, "2026-10-10", 2),
])
def test_header_evidence_with_provenance(tmp_path: Path, header: str, outlet: str | None, outlet_source: str | None,
                                         published: str | None, published_line: int | None) -> None:
    a = _read(tmp_path, f"{TITLE}\n{header}\n{BODY}")
    assert (a.outlet, a.outlet_source) == (outlet, outlet_source)
    assert a.published == published
    if published_line:
        assert a.published_source.startswith(f"header line {published_line}: date")
    assert a.title == TITLE and a.body.endswith("according to the authority.")


def test_header_lines_are_read_only_before_the_body(tmp_path: Path) -> None:
    a = _read(tmp_path, f"{TITLE}\n{BODY}\n\nSaturday 10 October 2026\nOrla Fenwick-Adebayo, Quillmouth Evening Post\n\n"
                        "The authority said it would meet the pilots again on Monday.")
    assert (a.outlet, a.published) == (None, None)


def test_stated_and_earlier_evidence_wins_over_a_header_line(tmp_path: Path) -> None:
    a = _read(tmp_path, f"{TITLE}\nPublished: 2026-10-09\nBy Orla Fenwick, Westmoor Herald\n"
                        f"12.10.2026 | Quillmouth Dispatch\n{BODY}")
    assert (a.outlet, a.outlet_source, a.published) == ("Westmoor Herald", "byline", "2026-10-09")


def test_a_date_line_first_is_no_title() -> None:
    result = clean_text(f"Saturday 10 October 2026\n{TITLE}\n{BODY}")
    assert result.title != "Saturday 10 October 2026"
    assert (result.published, result.published_source) == ("2026-10-10", "header line 1: date (Saturday 10 October 2026)")


def test_page_text_is_not_read_for_header_lines() -> None:
    text = f"{TITLE}\nSaturday 10 October 2026\nOrla Fenwick-Adebayo, Quillmouth Evening Post\n{BODY}"
    assert clean_text(text).metadata["header_outlet"] == "Quillmouth Evening Post"
    plain = clean_text(text, header_lines=False)
    assert plain.published is None and "header_outlet" not in plain.metadata


def test_html_page_does_not_use_header_lines(tmp_path: Path) -> None:
    html = ("<html><head><title>Pilots walk out</title></head><body><article><h1>" + TITLE + "</h1>"
            "<p>Saturday 10 October 2026</p><p>Orla Fenwick-Adebayo, Quillmouth Evening Post</p>"
            + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n")) + "</article></body></html>")
    a = _read(tmp_path, html, "page.html")
    assert a.outlet_source is None or not a.outlet_source.startswith("header line")
    assert a.published_source is None or not a.published_source.startswith("header line")


def test_posted_line_with_outlet_names_the_outlet(tmp_path: Path) -> None:
    """A "Posted <date> | <outlet>" line is dropped as a date line; the outlet it names is kept
    too, with where it came from (was: the date kept, the outlet lost)."""
    article = _read(tmp_path, f"{TITLE}\nPosted Fri 9 Oct 2026 | Quillmouth Gazette\n\n{BODY}\n")
    assert (article.outlet, article.outlet_source) == ("Quillmouth Gazette", "date line: date with outlet")
    assert article.published == "2026-10-09"
    plain = _read(tmp_path, f"{TITLE}\nPosted Fri 9 Oct 2026\n\n{BODY}\n", name="plain.txt")
    assert plain.outlet is None and plain.published == "2026-10-09"


@pytest.mark.parametrize(("line", "outlet"), [
    ("23 March 2026 | The Lantern Report | Ann Pell", "The Lantern Report"),  # "The" + name + "Report"
    ("Posted by Ann Pell | The Quarry Review", "The Quarry Review"),
    ("By Ann Pell / The Quillmouth Ledger", "The Quillmouth Ledger"),  # a slash between writer and paper
    ("Words: Ann Pell, The Quillmouth Islander", "The Quillmouth Islander"),  # the writer's paper
    ("17/11/2026 3:05 PM | Quillmouth Now", "Quillmouth Now"),
    ("QMR Radio North | Friday, November 20, 2026 · 6:30 AM", "QMR Radio North"),  # a bare time of day
    ("QMR News | Thursday, November 12, 2026 | 5:40 p.m.", "QMR News"),
])
def test_header_line_outlet_shapes(line: str, outlet: str) -> None:
    assert (read_header_line(line) or {}).get("outlet") == outlet


@pytest.mark.parametrize("line", [
    "Ann Pell | Staff report",  # a section, not a paper
    "The quarry report",  # prose, not a title
    "Ann Pell, The Quillmouth",  # too short to be a paper's title
])
def test_header_line_without_outlet(line: str) -> None:
    assert not (read_header_line(line) or {}).get("outlet")


def test_byline_with_a_role_names_the_outlet_after_it(tmp_path: Path) -> None:
    text = f"{TITLE}\nBy Ann Pell, Transport Correspondent, Quillmouth Broadcasting\n\n{BODY}\n"
    article = _read(tmp_path, text)
    assert (article.outlet, article.outlet_source) == ("Quillmouth Broadcasting", "byline")


def test_header_line_names_the_outlet_with_its_source(tmp_path: Path) -> None:
    text = f"{TITLE}\n23 March 2026 | The Lantern Report | Ann Pell\n\n{BODY}\n"
    article = _read(tmp_path, text)
    assert article.outlet == "The Lantern Report"
    assert article.outlet_source.startswith("header line 2")


@pytest.mark.parametrize("line, date, outlet", [
    ("Wednesday, July 8, 2026 | City & Transport", "2026-07-08", None),  # a date beside a desk name
    ("The Quillmouth Post | Crime & Courts | 4 May 2026", "2026-05-04", "The Quillmouth Post"),
    ("Keswick Radio News | Local | 15 May 2026", "2026-05-15", "Keswick Radio News"),
])
def test_header_line_with_a_desk_name_beside_the_date(line: str, date: str, outlet: str | None) -> None:
    found = read_header_line(line)
    assert found is not None and found.get("date") == date and found.get("outlet") == outlet
    assert read_header_line("Crime & Courts") is None  # a desk name alone says nothing
