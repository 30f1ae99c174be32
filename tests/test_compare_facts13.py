"""Dates of one act told with a clock time, lengths of work "spent"/"needed", and echoes of a
value written otherwise (invented names, other domains than the development stories)."""
from __future__ import annotations

from newsdesk.compare.durations import claims_in, duration_facts
from newsdesk.compare.story import build_context
from newsdesk.compare.verdicts import Report, _spelled_alike, sides, time_facts

from .conftest import constructed_story

FILL = ("The county library extended its opening hours. A new bus route links the two hospitals. "
        "Farmers expect a good harvest of apples and pears. ")


def _ctx(*bodies: tuple[str, str | None, str]):
    return build_context(*constructed_story(*bodies, fill=FILL), {}, None, [])


def test_a_clock_time_before_a_weekday_keeps_the_clause_that_it_dates() -> None:
    # "at about 9:15 p.m. Friday": the colon of a clock time ends no clause, so the weekday
    # dates "the harbour board closed the quay"; a date of the same act elsewhere clashes
    ctx = _ctx(("The harbour board closed the quay at about 9:15 p.m. Friday, soon after a crane toppled.",
                "2026-03-14", "Wire"),
               ("Dockers said the quay closed on March 2 remains shut to all shipping.", "2026-03-17", "Gazette"))
    got = [f for f in time_facts(ctx) if f.verdict == "conflict"]
    assert len(got) == 1
    assert [s.articles for s in got[0].sides] in (
        [["b"], ["a"]], [["a"], ["b"]])  # one source each: both sides shown


def test_two_dates_of_one_act_need_the_same_past_verb_and_its_thing() -> None:
    # the same verb in the past and the same thing done to, both in lower case: one act
    ctx = _ctx(("The regulator issued the recall on Tuesday, two days after a complaint.", "2026-05-15", "Wire"),
               ("The recall issued on May 2 covers every kettle sold since spring.", "2026-05-16", "Gazette"))
    assert [f.verdict for f in time_facts(ctx)].count("conflict") == 1
    # a shared verb alone, or a shared thing done alone, dates two things
    ctx = _ctx(("The regulator issued the recall on Tuesday.", "2026-05-15", "Wire"),
               ("The mayor issued a statement on May 2.", "2026-05-16", "Gazette"),
               ("Shoppers returned the recall notices on May 3.", "2026-05-16", "Radio"))
    assert [f for f in time_facts(ctx) if f.verdict == "conflict"] == []


def test_spent_and_needed_lengths_of_work_are_durations() -> None:
    ctx = _ctx(("The audit report, released after a review team spent twelve weeks examining the accounts, "
                "found no fraud.", "2026-02-01", "Wire"),
               ("Critics say the review team needed just four weeks of reading to reach its verdict.",
                "2026-02-02", "Post"),
               ("The 12-week review covered every branch office.", "2026-02-02", "Radio"))
    lengths = sorted((c.low, c.high) for aid in "ab" for c in claims_in(ctx, aid))
    assert lengths == [(24.5, 31.5), (80.5, 87.5)]
    got = [f for f in duration_facts(ctx) if f.verdict == "conflict"]
    assert len(got) == 1 and got[0].sides[0].articles == ["b"]  # "12-week" echoes "twelve weeks"


def test_a_value_is_echoed_however_its_number_is_written() -> None:
    assert _spelled_alike("twelve weeks") == _spelled_alike("12-week") == _spelled_alike("12 weeks") == "12 week"
    ctx = _ctx(("The ferry service was halted for nine days.", "2026-07-01", "Ledger"),
               ("The ferry service was halted for three days.", "2026-07-01", "Tribune"),
               ("Islanders endured a 9-day halt to the ferry service.", "2026-07-01", "Voice"))
    got = sides(ctx, [Report("a", 8.5, 9.5, "nine days"), Report("b", 2.5, 3.5, "three days")])
    assert [[r.article for r in s] for s in got] == [["b"], ["a"]]


def test_a_time_allowed_for_an_act_is_compared_with_other_times_allowed_only() -> None:
    ctx = _ctx(("The club has 28 days to appeal to the league's tribunal, the league said.", "2026-04-01", "Wire"),
               ("Under league rules the club has 10 days to lodge an appeal with the tribunal.", "2026-04-01", "Post"),
               ("The club had four weeks from the league's March 30 ruling to appeal.", "2026-04-08", "Radio"),
               ("The appeal hearing lasted three days.", "2026-04-20", "Times"))
    got = [f for f in duration_facts(ctx) if f.verdict == "conflict"]
    assert len(got) == 1 and got[0].claim == "time allowed to appeal"
    assert got[0].sides[0].articles == ["b"] and sorted(got[0].sides[1].articles) == ["a", "c"]
    assert "d" not in {m.article for m in got[0].mentions}  # how long a hearing lasted is another question
    # different acts allowed are different questions
    ctx = _ctx(("The firm has 14 days to hand the regulator a report.", "2026-04-01", "Wire"),
               ("The firm has 30 days to appeal.", "2026-04-01", "Post"))
    assert [f for f in duration_facts(ctx) if f.verdict == "conflict"] == []
