"""Time expressions in general (any unit, dates named from the article's own, a weekday of any
past verb) and gaps between two events ("a week after the theft"), on constructed paragraphs."""
from __future__ import annotations

from datetime import date

from newsdesk.compare.story import build_context
from newsdesk.compare.verdicts import _amount, _relative_span, _told_as_past, time_facts
from newsdesk.model import Article, Story

FILL = ("The county library extended its opening hours. A new bus route links the two hospitals. "
        "Farmers expect a good harvest of apples and pears. ")


def _conflicts(*bodies: tuple[str, str | None, str | None]):
    arts = [Article(id=chr(97 + k), source="t", body=body + "\n\n" + FILL, content_hash=str(k), published=pub, outlet=outlet)
            for k, (body, pub, outlet) in enumerate(bodies)]
    story = Story(id="s", label="s", article_ids=[a.id for a in arts], independent_sources=len(arts))
    return [f for f in time_facts(build_context(story, arts, {}, None, [])) if f.verdict == "conflict"]


def test_gaps_units_of_elapsed_time() -> None:
    assert _amount(None, "a", "fortnight") == (10.5, 17.5)  # two weeks, rounded as weeks are
    lo, hi = _amount("less than ", "24", "hour")
    assert 0.6 < lo and hi < 1.0
    assert _amount("barely ", "three", "week")[1] < 21  # close below three weeks
    assert _amount(None, "two", "decade") == (_amount(None, "20", "year"))


def test_gaps_dates_named_from_the_article_date() -> None:
    tue = (date(2026, 10, 6), date(2026, 10, 6))
    assert _relative_span("yesterday", tue) == (date(2026, 10, 5), date(2026, 10, 5))
    assert _relative_span("last week", tue) == (date(2026, 9, 28), date(2026, 10, 4))
    assert _relative_span("last month", tue) == (date(2026, 9, 1), date(2026, 9, 30))
    assert _relative_span("earlier this week", tue) == (date(2026, 10, 5), date(2026, 10, 6))


def test_gaps_past_clauses_only() -> None:
    assert _told_as_past("The old pier collapsed")
    assert not _told_as_past("The committee will meet")
    assert not _told_as_past("Talks are due to resume")
    assert not _told_as_past("Pickets remained at the gate")


def test_gaps_fortnight_ago_against_a_weekday_of_any_verb() -> None:
    got = _conflicts(
        ("The old lighthouse keeper Orla Fenn died on Saturday morning at her home in Skellan, her family said.",
         "2026-10-06", "Wire"),
        ("Orla Fenn died a fortnight ago at her home in Skellan, and the harbour still flies its flag at half mast.",
         "2026-10-06", "Weekly"))
    assert len(got) == 1 and sorted(s.articles[0] for s in got[0].sides) == ["a", "b"]  # two reports: no outlier by count


def test_gaps_days_after_against_two_dates() -> None:
    got = _conflicts(
        ("A bronze statue was stolen from Brindle Park on Saturday night. Police arrested a 29-year-old man on Monday.",
         "2026-11-04", "Post"),
        ("Detectives arrested a man three weeks after the bronze statue vanished from Brindle Park.", "2026-11-04", "Review"))
    assert len(got) == 1 and "three weeks after" in got[0].detail
    assert got[0].claim.startswith("how long between")


def test_gaps_two_gaps_of_one_pair() -> None:
    got = _conflicts(
        ("The regatta at Corve Lake was called off on Tuesday, three days before it was due to begin.", "2026-07-09", "Radio"),
        ("The regatta at Corve Lake was scrapped less than 24 hours before it was due to open.", "2026-07-09", "Blog"))
    assert len(got) == 1


def test_gaps_agreeing_gaps_and_names_only_are_no_conflict() -> None:
    assert not _conflicts(
        ("A bronze statue was stolen from Brindle Park on Saturday night. Police arrested a 29-year-old man on Monday.",
         "2026-11-04", "Post"),
        ("Detectives arrested a man two days after the bronze statue vanished from Brindle Park.", "2026-11-04", "Review"))
