"""A site's banner above its navigation and metadata lines is no headline (invented outlets).

"Outlet — motto" / "Home › Sport" / "Posted: …" / "Tags: …" / the headline / prose: the
headline is the title, the banner is dropped as ``banner`` and kept as outlet evidence.
"""
from __future__ import annotations

from newsdesk.ingest.cleaner import clean_text

PROSE = ("The side needed four runs from the final ball and got them, its captain said on Sunday.\n\n"
         "The final will be played at Ostervale next month.")


def test_a_banner_with_a_motto_named_again_in_the_story() -> None:
    raw = ("Brambleford Today — news for the whole valley\n"
           "Home › Sport › Cricket\n"
           "Last updated 03/05/2026 18:20 | 2 min read\n\n"
           "Village side reaches county final after last-ball win\n\n"
           + PROSE + "\n\n\"It was the best day of my life,\" the captain told Brambleford Today.")
    got = clean_text(raw)
    assert got.title == "Village side reaches county final after last-ball win"
    assert got.title_source == "headline"
    reasons = {(d.text, d.reason) for d in got.dropped}
    assert ("Brambleford Today — news for the whole valley", "banner") in reasons
    assert ("Home › Sport › Cricket", "navigation") in reasons
    assert got.metadata["header_outlet"] == "Brambleford Today"
    assert got.metadata["header_outlet_source"].startswith("banner line 1")
    assert got.body.startswith("The side needed")


def test_a_station_banner_above_posted_and_tags_lines() -> None:
    raw = ("KQLM Radio 1230 | Ostervale\n"
           "Posted: 9:15 AM, June 02, 2026 | Updated: 11:40 AM, June 02, 2026\n"
           "Tags: Roads, Ostervale County\n\n"
           "County crews reopen mountain pass two weeks early\n\n"
           "Crews reopened the pass on Tuesday after clearing the last of the rockfall, the county said.\n\n"
           "Drivers should expect delays.")
    got = clean_text(raw)
    assert got.title == "County crews reopen mountain pass two weeks early"
    assert got.published == "2026-06-02"
    assert got.metadata["header_outlet"] == "KQLM Radio 1230"
    assert got.metadata["meta_tags"] == "Roads, Ostervale County"
    assert {d.reason for d in got.dropped} >= {"banner", "metadata-line", "date-line"}
    assert not got.body.startswith("Tags")


def test_a_headline_above_its_metadata_and_deck_stays_the_title() -> None:
    # the first line names nothing the rest of the file names again: a headline, not a banner
    raw = ("Harbour board approves new ferry timetable\n"
           "Posted: June 3, 2026\n"
           "Tags: Ferries\n\n"
           "Changes take effect from the first week of July\n\n"
           "The harbour board voted on Tuesday to add two evening sailings, its chair said.\n\n"
           "Fares are unchanged.")
    got = clean_text(raw)
    assert got.title == "Harbour board approves new ferry timetable"
    assert not any(d.reason == "banner" for d in got.dropped)


def test_a_banner_without_a_headline_below_is_left_alone() -> None:
    # no headline-shaped line under the metadata: nothing to move up (no title is guessed)
    raw = ("Brambleford Today — news for the whole valley\n"
           "Posted: June 3, 2026\n\n"
           "The side needed four runs from the final ball and got them, its captain told Brambleford Today.\n\n"
           "The final will be played at Ostervale next month.")
    got = clean_text(raw)
    assert not any(d.reason == "banner" for d in got.dropped)
