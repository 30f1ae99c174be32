"""Dates: absolute as written, relative resolved against the published date (or None)."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.extract import extract_article
from newsdesk.extract.dates import YEAR_MAX, YEAR_MIN, anchor_date, find_dates
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


def test_weekday_in_a_past_clause_after_a_future_word_is_the_last_one():
    anchor = (dt.date(2026, 2, 19), "published")  # a Thursday
    text = "Fans will pay $9 from May 1 after the trust voted late Wednesday to raise prices."
    assert [d.value for d in find_dates(text, "a1", anchor) if d.text == "Wednesday"] == ["2026-02-18"]
    # a future clause after the subordinator keeps the next such day
    text = "The vote, which is expected to take place on Monday, was delayed."
    assert [d.value for d in find_dates(text, "a1", anchor)] == ["2026-02-23"]
    text = "The staff will walk out after the trust meets Wednesday."
    assert [d.value for d in find_dates(text, "a1", anchor)] == ["2026-02-25"]


def test_a_habit_is_not_a_date():
    anchor = (dt.date(2026, 2, 19), "published")
    assert find_dates("Read the Weekly Lantern in your inbox every Friday.", "a1", anchor) == []
    assert find_dates("She shops each Sunday morning.", "a1", anchor) == []
    assert [d.value for d in find_dates("She shopped on Sunday.", "a1", anchor)] == ["2026-02-15"]


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


# -- odd anchors: a placeholder publication date never makes date arithmetic raise ----------------

RELATIVE = ("He spoke on Sunday, yesterday, the day before, last week, next month, later this year, "
            "two days ago, 3 weeks ago, 12 months ago, 99 years ago, next Monday and on December 1.")


def test_extract_dates_placeholder_anchor_gives_null_not_overflow():
    """0001-01-01 (a CMS placeholder) minus one day raised OverflowError and lost the article."""
    for published in ("0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1899-12-31"):
        art = Article(id="x", source="x", body=RELATIVE, content_hash=content_hash(RELATIVE), published=published)
        assert anchor_date(art) is None
        ann = extract_article(art)
        assert ann.errors == []
        relative = [d for d in ann.dates if d.resolved_from != "absolute"]
        assert relative and all(d.value is None and d.resolved_from is None for d in relative), relative
    for day in (dt.date.min, dt.date.max, dt.date(1, 1, 7), dt.date(9999, 12, 25)):
        assert all(d.value is None for d in find_dates(RELATIVE, "t", (day, "published")) if d.resolved_from != "absolute")


@settings(max_examples=300, deadline=None)
@given(day=st.dates(min_value=dt.date.min, max_value=dt.date.max), text=st.lists(st.sampled_from(
    ["yesterday", "tomorrow", "last week", "next week", "last month", "next year", "on Sunday", "next Monday",
     "last Friday", "12 days ago", "99 years ago", "a month ago", "December 1", "in May", "later this week",
     "the previous night", " and ", ". "]), min_size=1, max_size=12).map(" ".join))
def test_extract_dates_any_anchor_never_raises(day: dt.date, text: str):
    """Property: any anchor in the calendar, any relative expression: a value or null, no exception;
    resolved values only from an anchor in YEAR_MIN … YEAR_MAX."""
    for mention in find_dates(text, "t", (day, "published")):
        if mention.resolved_from not in (None, "absolute"):
            assert YEAR_MIN <= day.year <= YEAR_MAX and mention.value is not None


def test_extract_step_failure_is_recorded_and_the_rest_kept(monkeypatch):
    """One step raising on one article: its field is empty, an E307 error says which step, the
    other annotations stand."""
    import newsdesk.extract as extract

    def broken(*args, **kwargs):
        raise OverflowError("date value out of range")

    monkeypatch.setattr(extract, "find_quantities", broken)
    body = "Talks began on Sunday in Berlin, where 300 delegates met."
    art = Article(id="x", source="src.txt", body=body, content_hash=content_hash(body), published="2025-12-15")
    ann = extract_article(art)
    assert ann.quantities == [] and ann.dates and ann.sentences
    [error] = ann.errors
    assert (error.code, error.stage, error.source) == ("E307", "extract", "src.txt")
    assert "quantities step failed (OverflowError: date value out of range)" in error.message
