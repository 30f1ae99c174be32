"""Dates: absolute as written, relative resolved against the published date (or None)."""
from __future__ import annotations

import datetime as dt

from newsdesk.extract import extract_article
from newsdesk.extract.dates import anchor_date, find_dates
from newsdesk.model import Article, content_hash

SUNDAY = (dt.date(2025, 12, 14), "published")


def _values(text: str, anchor=SUNDAY):
    return {d.text: (d.value, d.granularity) for d in find_dates(text, "t", anchor)}


def test_absolute_dates():
    v = _values("On December 1, 2025 and 2025-12-01, in February 2022, in 2022 and since 2014.")
    assert v["December 1, 2025"] == ("2025-12-01", "day")
    assert v["2025-12-01"] == ("2025-12-01", "day")
    assert v["February 2022"] == ("2022-02", "month")
    assert v["2022"] == ("2022", "year") and v["2014"] == ("2014", "year")


def test_relative_dates_resolve_against_the_anchor():
    v = _values("He spoke on Sunday and Monday, yesterday, the previous night, last week, "
                "later this week, a week ago, last month, three days ago and next Monday.")
    assert v["Sunday"] == ("2025-12-14", "day")  # the anchor day itself
    assert v["Monday"] == ("2025-12-08", "day")  # most recent Monday on or before the anchor
    assert v["yesterday"] == ("2025-12-13", "day")
    assert v["the previous night"] == ("2025-12-13", "day")
    assert v["last week"] == ("2025-12-01", "week")
    assert v["later this week"] == ("2025-12-08", "week")
    assert v["a week ago"] == ("2025-12-07", "week")
    assert v["last month"] == ("2025-11", "month")
    assert v["three days ago"] == ("2025-12-11", "day")
    assert v["next Monday"] == ("2025-12-15", "day")
    sources = {d.resolved_from for d in find_dates("on Monday", "t", SUNDAY)}
    assert sources == {"published:2025-12-14"}


def test_weekday_in_a_future_sentence_is_the_next_one():
    v = _values("Mr. Witkoff is expected to meet Mr. Putin in Moscow on Tuesday. He met him on Friday.")
    assert v["Tuesday"] == ("2025-12-16", "day")
    assert v["Friday"] == ("2025-12-12", "day")


def test_no_anchor_leaves_relative_dates_unresolved():
    dates = find_dates("on Sunday, last week, in February 2022", "t", None)
    by_text = {d.text: d for d in dates}
    assert by_text["Sunday"].value is None and by_text["Sunday"].resolved_from is None
    assert by_text["last week"].value is None
    assert by_text["February 2022"].value == "2022-02"
    assert by_text["February 2022"].resolved_from == "absolute"


def test_extract_article_uses_published_or_metadata_anchor():
    body = "Talks began on Sunday in Berlin."
    art = Article(id="x", source="x", body=body, content_hash=content_hash(body), published="2025-12-15")
    [d] = extract_article(art).dates
    assert (d.id, d.value, d.resolved_from) == ("x:d1", "2025-12-14", "published:2025-12-15")
    meta = Article(id="y", source="y", body=body, content_hash=content_hash(body),
                   metadata={"Published_Date": "2025-12-01"})
    assert anchor_date(meta) == (dt.date(2025, 12, 1), "metadata")
    assert extract_article(meta).dates[0].value == "2025-11-30"
