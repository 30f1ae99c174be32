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
