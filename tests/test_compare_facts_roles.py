"""What a figure counts: its noun and the role the noun plays (died / aboard / employed ...).

Constructed sentences with invented names; two amounts are compared only when they plausibly
state the same fact."""
from __future__ import annotations

from newsdesk.compare import align_facts, roles
from newsdesk.compare.verdicts import _event_words
from newsdesk.model import Article, Quantity, Story

from .conftest import FILL_A, FILL_B, FILL_C


def _facts(*bodies: str):
    fills = (FILL_A, FILL_B, FILL_C)
    ids = "abc"[:len(bodies)]
    arts = [Article(id=i, source=i, body=f"{fill} {b}", content_hash=i, outlet=i.upper())
            for i, fill, b in zip(ids, fills, bodies)]
    story = Story(id="s", label="s", article_ids=list(ids), independent_sources=len(arts))
    from newsdesk.extract import extract_article, merge_entities  # the pipeline's amounts and names

    anns = {a.id: extract_article(a) for a in arts}
    ents, _ = merge_entities(list(anns.values()))
    return align_facts(story, arts, anns, ents)


def _role(text: str, figure: str, unit: str | None = None) -> str | None:
    start = text.index(figure)
    q = Quantity(id="q", article="a", start=start, end=start + len(figure), text=figure, value=None, unit=unit)
    return roles.role(text, q)


def test_compare_roles_read_from_the_predicate_nearest_the_figure() -> None:
    s = "Three climbers died and 14 people were injured when the gondola at Mount Orrin fell."
    assert _role(s, "Three climbers", "climbers") == "dead"
    assert _role(s, "14 people", "people") == "injured"
    assert _role("The barge left Dunmere with 212 passengers and 9 crew on board.", "212 passengers", "passengers") == "aboard"
    assert _role("Nearly 40 people who signed up to speak were turned away.", "40 people", "people") == "registered"
    assert _role("The plant would employ about 900 people.", "about 900 people", "people") == "employed"
    assert _role("The plant would create 3,000 jobs in Dunmere.", "3,000 jobs", "jobs") == "employed"  # a workforce
    assert _role("Some 180 jobs at the plant depend on the catch.", "180 jobs", "jobs") == "jobs"  # some jobs, not the workforce
    assert _role("About 500 people stood in the square.", "About 500 people", "people") is None  # no known predicate
    # a share of the vote and the turnout are two percentages of one election
    assert _role("The Harbour Party took 46 percent of the vote.", "46 percent", "percent") == "voted"
    assert _role("Some 58 percent of registered voters cast a ballot.", "58 percent", "percent") == "turnout"
    assert roles.compatible("dead", None) and not roles.compatible("dead", "aboard")


def test_compare_roles_rate_is_not_a_count() -> None:
    body = "The line carries about 800,000 passengers a year, and the tram took 300 passengers."
    rate = Quantity(id="r", article="a", start=body.index("about"), end=body.index(" a year"),
                    text="about 800,000 passengers", value=800000, unit="passengers")
    count = Quantity(id="c", article="a", start=body.index("300"), end=body.index("300") + 14,
                     text="300 passengers", value=300, unit="passengers")
    assert roles.is_rate(body, rate) and not roles.is_rate(body, count)


def test_compare_facts_one_noun_in_two_roles_is_no_conflict() -> None:
    # the dead and the people aboard are both passengers: two facts, not one in dispute
    got = _facts("Two passengers died when the Orrin Belle struck the harbour wall at Dunmere with 412 passengers on board.",
                 "The Orrin Belle was carrying about 410 passengers when it struck the harbour wall at Dunmere.")
    assert not [f for f in got if f.verdict == "conflict"], [(f.claim, f.detail) for f in got if f.verdict == "conflict"]


def test_compare_facts_signed_up_is_not_employed() -> None:
    got = _facts("About a third of the 60 people who signed up to speak at the Dunmere quarry hearing were farmers.",
                 "The Dunmere quarry would employ about 650 people once it opens, the company told the hearing.")
    assert not [f for f in got if f.verdict == "conflict"]


def test_compare_facts_jobs_and_people_employed_conflict_with_sides() -> None:
    got = _facts("Velk Mining says the Dunmere quarry would create 2,000 permanent jobs over a quarry life of 30 years.",
                 "Velk Mining says the Dunmere quarry would employ about 650 people full time for 30 years.",
                 "Velk Mining says its Dunmere quarry would employ some 650 people full time once it is running.")
    conflicts = [f for f in got if f.verdict == "conflict"]
    assert len(conflicts) == 1, [f.claim for f in conflicts]
    sides = conflicts[0].sides
    assert [s.articles for s in sides][0] == ["a"] and set(sides[1].articles) == {"b", "c"}


def test_compare_facts_conflict_of_one_role_has_only_its_amounts_as_sides() -> None:
    # dead, injured and aboard in one sentence: only the injured differ, and the sides say so
    got = _facts("Two people were killed and nearly 90 people were injured when the Orrin Belle struck the wall "
                 "at Dunmere, with 412 passengers on board.",
                 "Two passengers died and 37 people were injured when the Orrin Belle struck the wall at Dunmere "
                 "with 412 passengers on board.",
                 "Two passengers died and 37 people were hurt when the Orrin Belle struck the wall at Dunmere.")
    conflicts = [f for f in got if f.verdict == "conflict"]
    assert len(conflicts) == 1, [(f.claim, f.detail) for f in conflicts]
    sides = conflicts[0].sides
    assert sides[0].articles == ["a"] and "90" in sides[0].value
    assert all("412" not in v and "Two" not in v for s in sides for v in [s.value])


def test_compare_event_words_read_a_noun_in_ication_as_its_verb() -> None:
    # "filed its application" and "applied for the licence" name one event
    assert "apply" in _event_words("Velk Mining filed its application") & _event_words("which applied for the licence")


def test_two_changes_from_one_old_value_compare_their_new_values() -> None:
    # the outlier's sentence aligns with the others' on when the fare took effect, and the words
    # around its new fare ("fare", "seat") are common in the story; its new fare, a change from the
    # same old one, still meets the others' ("to $90 ... from $60" / "to $240 ... from $60")
    facts = _facts(
        "Harlow Ferries raised the island fare to $90 a seat from $60. The new fare took effect on Monday, June 1. "
        "Regular riders say the fare for a seat is now beyond them.",
        "The operator jacked up its fare to $240 a seat from $60, a rise that quietly took effect on Saturday, June 1. "
        "Riders who need a seat every day say the fare is too high.",
        "Harlow Ferries lifted its fare to $90 a seat from $60. The new fare took effect on Monday, June 1. "
        "A seat on the early boat is now the dearest fare on the coast.")
    priced = [f for f in facts if f.verdict == "conflict" and any("$240" in m.text for m in f.mentions)]
    assert priced and any("$90" in m.text for m in priced[0].mentions)
    assert priced[0].sides[0].articles == ["b"]  # the outlier first
