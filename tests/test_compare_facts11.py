"""facts11: updates over time, proposed lengths, modified nouns, explicit dates beside weekdays,
date lines in mastheads, starts told by a participle, and time-fact labels as written.

Constructed text with invented names, in domains of no development story."""
from __future__ import annotations

from datetime import date

from newsdesk.compare import align_facts
from newsdesk.compare import text as _text
from newsdesk.compare.durations import claims_in, duration_facts
from newsdesk.compare.story import build_context
from newsdesk.compare.verdicts import time_facts
from newsdesk.model import SyndicationPair

from tests.conftest import constructed_story

FILL = ("The county library extended its opening hours. A new bus route links the two hospitals. "
        "Farmers expect a good harvest of apples and pears. ")


def _arts(*bodies: tuple[str, str | None, str]):
    return constructed_story(*bodies, fill=FILL)


def _ctx(*bodies: tuple[str, str | None, str], copies: list[tuple[str, str]] = ()):
    story, arts = _arts(*bodies)
    return build_context(story, arts, {}, None, [SyndicationPair(a, b, "rewrite", 0.5) for a, b in copies])


def _aligned(*bodies: tuple[str, str | None, str]):
    story, arts = _arts(*bodies)
    from newsdesk.extract import extract_article, merge_entities

    anns = {a.id: extract_article(a) for a in arts}
    ents, _ = merge_entities(list(anns.values()))
    return align_facts(story, arts, anns, ents)


def test_facts11_a_value_a_later_article_says_was_raised_is_an_update_not_a_conflict() -> None:
    first = ("Ostrava Mills has offered its bakers a bonus of 2 per cent, and the Bakers' Guild says that is too little. "
             "Talks at the Ostrava Mills bakery resume on Friday.")
    later = ("Ostrava Mills has raised its bonus offer to bakers at the bakery to 4 per cent, the Bakers' Guild said. "
             "Talks at the Ostrava Mills bakery resume on Friday.")
    facts = _aligned((first, "2027-02-01", "Ledger"), (later, "2027-02-04", "Courier"))
    assert not [f for f in facts if f.verdict == "conflict"], [f.detail for f in facts if f.verdict == "conflict"]
    # told the other way round in time (the "raised" one older), it is no update: the clash stays a question
    from newsdesk.compare.facts import _changed_to  # the new value of a change, read from its clause
    assert _changed_to.__doc__


def test_facts11_a_proposed_length_is_no_report_of_how_long_it_lasted() -> None:
    ctx = _ctx(("The league imposed a two-year ban on the Velmar club in March.", "2027-05-01", "Wire"),
               ("Under her proposal the six-month ban would start at once, Ms Pell said.", "2027-05-02", "Star"),
               ("Ms Pell said a six-month ban, backdated to March, would be fair to the Velmar club.", "2027-05-02", "Radio"),
               ("Lawyers for the Velmar club asked for a ban of six months instead of the two-year ban.", "2027-05-02", "Post"))
    words = [c.words for aid in "abcd" for c in claims_in(ctx, aid)]
    assert "a two-year ban" in words and not any("six-month" in w for w in words)
    assert not [f for f in duration_facts(ctx) if f.verdict == "conflict"]


def test_facts11_aligned_counts_of_one_modified_noun_conflict() -> None:
    facts = _aligned(
        ("The harbour authority auctioned 120 wooden barges seized from smugglers at the Dunmere quay on Monday.", "2027-03-02", "Wire"),
        ("Buyers inspected the 170 wooden barges seized from smugglers at the Dunmere quay before the auction.", "2027-03-03", "Star"))
    got = [f for f in facts if f.verdict == "conflict"]
    assert len(got) == 1 and {m.article for m in got[0].mentions} == {"a", "b"}


def test_facts11_an_explicit_date_beside_a_weekday_wins() -> None:
    # "on Monday, June 1" in an article of June 10: June 1, not the latest Monday (June 8)
    ctx = _ctx(("The Velmar toll bridge reopened on Monday, June 1, after repairs.", "2026-06-10", "Wire"),
               ("The Velmar toll bridge reopened on June 1 after repairs.", "2026-06-11", "Star"))
    facts = time_facts(ctx)
    assert facts and all(f.verdict != "conflict" for f in facts)
    assert any("2026-06-01" in f.detail and "2026-06-08" not in f.detail for f in facts)


def test_facts11_a_start_told_by_a_participle_meets_an_elapsed_time() -> None:
    # the stoppage began on Monday 4 May; "now in its second week" on Friday 8 May cannot be
    ctx = _ctx(("About 300 dockers at Dunmere walked out on Monday, beginning an open-ended stoppage over rotas.", "2026-05-05", "Wire"),
               ("The stoppage, now in its second week, has closed the Dunmere terminal.", "2026-05-08", "Radio"))
    got = [f for f in time_facts(ctx) if f.verdict == "conflict"]
    assert len(got) == 1 and got[0].claim == "when the stoppage began"
    assert sorted(s.articles for s in got[0].sides) == [["a"], ["b"]]


def test_facts11_a_date_of_any_verb_is_labelled_with_its_clause_as_written() -> None:
    ctx = _ctx(("The new ferry fare took effect on Monday, the operator said.", "2026-09-08", "Wire"),
               ("The new ferry fare took effect on Monday across the Velmar route.", "2026-09-08", "Star"))
    claims = [f.claim for f in time_facts(ctx)]
    assert claims == ["when the new ferry fare took effect"]


def test_facts11_date_lines_in_a_masthead_or_a_labelled_field() -> None:
    assert _text.date_line("Harbor Wire | Local | 15 May 2026\n\nFerry fares rise") == date(2026, 5, 15)
    assert _text.date_line("Author: Ann Pell\n\nDate: 13 May 2026\n\nSection: Local") == date(2026, 5, 13)
    assert _text.date_line("A | B | C | D | E | 15 May 2026\n\nText") is None  # not a short masthead


def test_facts11_years_of_an_activity_against_a_year_it_began() -> None:
    # "after eight years of lobbying" (2026) began about 2018; "has been lobbying ... since 2022" cannot be
    ctx = _ctx(("After eight years of lobbying by the Velmar growers, the ministry has finally agreed to a review.", "2026-06-02", "Bugle"),
               ("The Velmar growers have been lobbying the ministry since 2022, Ms Pell said.", "2026-06-03", "Herald"))
    got = [f for f in time_facts(ctx) if f.verdict == "conflict"]
    assert len(got) == 1 and {m.article for m in got[0].mentions} == {"a", "b"}
    # agreeing figures are consistent
    ctx = _ctx(("After four years of lobbying by the Velmar growers, the ministry has finally agreed to a review.", "2026-06-02", "Bugle"),
               ("The Velmar growers have been lobbying the ministry since 2022, Ms Pell said.", "2026-06-03", "Herald"))
    assert not [f for f in time_facts(ctx) if f.verdict == "conflict"]
