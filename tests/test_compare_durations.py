"""How long an event lasted: a span of dates, an amount of time after a lasting verb, or an
amount naming a noun, compared per event across articles."""
from __future__ import annotations

from newsdesk.compare.durations import claims_in, duration_facts
from newsdesk.compare.story import build_context
from newsdesk.model import Article, Story, SyndicationPair

FILL = ("The county library extended its opening hours. A new bus route links the two hospitals. "
        "Farmers expect a good harvest of apples and pears. ")


def _ctx(*bodies: tuple[str, str | None, str], copies: list[tuple[str, str]] = ()):
    arts = [Article(id=chr(97 + k), source="t", body=body + "\n\n" + FILL, content_hash=str(k), published=pub, outlet=outlet)
            for k, (body, pub, outlet) in enumerate(bodies)]
    story = Story(id="s", label="s", article_ids=[a.id for a in arts], independent_sources=len(arts))
    return build_context(story, arts, {}, None, [SyndicationPair(a, b, "rewrite", 0.5) for a, b in copies])


def test_compare_durations_date_span_against_a_short_length_conflicts() -> None:
    ctx = _ctx(("The public inquiry, which ran from 2 March to 11 May, heard 300 witnesses.", "2026-06-01", "Wire"),
               ("Critics say the inquiry was rushed after it ran for barely two weeks.", "2026-06-02", "Star"),
               ("The inquiry ran for ten weeks and heard 300 witnesses.", "2026-06-02", "Radio"))
    facts = duration_facts(ctx)
    assert len(facts) == 1 and facts[0].verdict == "conflict" and facts[0].claim == "how long the inquiry lasted"
    assert facts[0].sides[0].articles == ["b"] and facts[0].sides[0].value == "ran for barely two weeks"
    assert sorted(facts[0].sides[1].articles) == ["a", "c"]


def test_compare_durations_agreeing_lengths_and_adjectives_are_consistent() -> None:
    ctx = _ctx(("Workers began a three-day strike at the depot.", "2026-06-01", "Wire"),
               ("The strike at the depot lasted three days, the union said.", "2026-06-04", "Star"))
    assert [c.low <= 3 <= c.high for aid in "ab" for c in claims_in(ctx, aid)] == [True, True]
    facts = duration_facts(ctx)
    assert len(facts) == 1 and facts[0].verdict == "consistent"


def test_compare_durations_different_events_and_scales_never_conflict() -> None:
    ctx = _ctx(("The strike lasted four days.", "2026-06-01", "Wire"),
               ("The campaign ran for six years before the strike.", "2026-06-02", "Star"),
               ("Her campaign lasted five years.", "2026-06-02", "Radio"))
    assert [f for f in duration_facts(ctx) if f.verdict == "conflict"] == []


def test_compare_durations_outage_back_later_against_stayed_for_hours_conflicts() -> None:
    # an outage's end "some N hours later" is its length; "they stayed dark for N hours" is said
    # of what the pronoun stands for (the plural that ends the sentence before)
    ctx = _ctx(("The ticketing servers of Orvane Rail crashed at dawn. The servers were back by about 7 p.m., "
                "some 13 hours later, the operator said.", "2026-06-01", "Wire"),
               ("A faulty patch crashed the operator's ticketing servers. They stayed dark for 36 hours, "
                "stranding commuters.", "2026-06-02", "Star"),
               ("Orvane Rail's ticketing servers came back online, about 13 hours later.", "2026-06-02", "Radio"))
    facts = duration_facts(ctx)
    assert len(facts) == 1 and facts[0].verdict == "conflict"
    assert facts[0].sides[0].articles == ["b"] and "36 hours" in facts[0].sides[0].value
    assert sorted(facts[0].sides[1].articles) == ["a", "c"]


def test_compare_durations_trailing_for_years_against_an_adjunct_levy_conflicts() -> None:
    # "raise the fare by a cent for 25 years" vs "... by a cent under a 15-year levy": one event,
    # named by the words nearest the length
    ctx = _ctx(("Proposition K would add a cent to the county's fuel tax for 25 years.", "2026-06-01", "Wire"),
               ("Proposition K would raise the county's fuel tax by a cent under a 15-year levy.", "2026-06-02", "Star"),
               ("The measure would push the county's fuel tax up by a cent for the next 25 years.", "2026-06-02", "Radio"))
    facts = [f for f in duration_facts(ctx) if f.verdict == "conflict"]
    assert len(facts) == 1 and facts[0].sides[0].articles == ["b"]
    assert sorted(facts[0].sides[1].articles) == ["a", "c"]


def test_compare_durations_a_required_length_is_no_report() -> None:
    # "a law requiring ... for at least 48 hours" is a standard, not how long anything lasted
    ctx = _ctx(("The pumps stayed offline for 30 hours.", "2026-06-01", "Wire"),
               ("A new rule would require the pumps to keep backup power for at least 48 hours.", "2026-06-02", "Star"),
               ("Engineers said pumps must be able to run for at least 72 hours.", "2026-06-02", "Radio"))
    assert [c.words for aid in "bc" for c in claims_in(ctx, aid)] == []
    assert [f for f in duration_facts(ctx) if f.verdict == "conflict"] == []
