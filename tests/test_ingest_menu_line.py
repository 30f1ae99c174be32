"""A site's menu bar above the headline is no headline (invented outlets and sections)."""
from __future__ import annotations

from newsdesk.ingest.cleaner import _is_menu, clean_text


def test_a_menu_bar_above_the_headline_is_dropped() -> None:
    raw = ("Home | Cinema | Gardening | Letters\n\n"
           "Orchard growers count the cost of a late frost\n\n"
           "ASHBURY — Apple growers in the valley lost much of their blossom to a hard frost on Tuesday night, "
           "the growers' cooperative said.\n\nThe cooperative will meet next week.")
    got = clean_text(raw)
    assert got.title == "Orchard growers count the cost of a late frost"
    assert not got.body.startswith("Home") and any(d.reason == "navigation" for d in got.dropped)


def test_header_lines_and_headlines_are_no_menus() -> None:
    assert _is_menu("Home | Cinema | Gardening | Letters")
    assert not _is_menu("Valley Courier | Farming")  # an outlet and its section
    assert not _is_menu("Ashbury Gazette | Local | 3 May 2026")  # a date among them
    assert not _is_menu("Growers say frost | wiped out | half the blossom on every farm in the valley")


def test_a_blog_banner_above_its_post_date_is_no_headline() -> None:
    raw = ("Trailwise — Notes & News\n"
           "Posted June 3, 2026 by staff | 2 comments\n\n"
           "Hill runners offer a compromise as the course dispute drags on\n\n"
           "The club's committee has put a new route to the landowners, its secretary said on Tuesday.\n\n"
           "A vote is due next month.")
    got = clean_text(raw)
    assert got.title == "Hill runners offer a compromise as the course dispute drags on"
    assert any(d.reason == "banner" for d in got.dropped)


def test_a_headline_above_its_date_and_outlet_stays_the_headline() -> None:
    raw = ("Orchard growers count the cost\n"
           "Published: 2026-04-22\n"
           "The Valley Herald\n\n"
           "Apple growers lost much of their blossom to a hard frost on Tuesday night, the cooperative said.\n\n"
           "The cooperative will meet next week.")
    assert clean_text(raw).title == "Orchard growers count the cost"
