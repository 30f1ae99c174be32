"""Stances on constructed paragraphs from other domains (issue 17, round 9): positions stated
through another predicate. A directive verb ("ordered", "expects") is a demand only when it
directs a party to act; a party's own pledge of a thing it provides ("said it would set up a
hardship fund") proposes that thing. Each paragraph is written for this test, not taken from
a story."""
from __future__ import annotations

from .conftest import stance_cells


def _cells(*bodies: str) -> set[tuple[str, str, str]]:
    return stance_cells(*bodies, month=10)


_OTHER = "The Halden Library Board met on Monday. The branch report is due in June. The reading room reopens in May."


def test_compare_stances_directive_verb_directs_a_party_to_act() -> None:
    """"has ordered the Halden Library Board to publish a report": the one who orders demands
    the act; "expected the board to publish ..." likewise; a pronoun holder is the party named
    in the sentence before."""
    a = ("Archives commissioner Ines Varga of the Marrow Archives Office spoke on Monday. She has ordered the "
         "Halden Library Board to publish a branch report within 30 days.")
    got = _cells(a, _OTHER)
    assert any(x == "Marrow Archives Office" and p == "demands" and "report" in i for x, i, p in got), got
    b = "The Marrow Archives Office said it expected the Halden Library Board to publish the branch report in full."
    got = _cells(b, _OTHER)
    assert any(x == "Marrow Archives Office" and p == "demands" and "report" in i for x, i, p in got), got


def test_compare_stances_directive_verb_alone_or_a_forecast_is_no_demand() -> None:
    """"ordered 40 new shelves", "expects the closure to last a month", "expects a decision":
    no party directed to act, so no position."""
    a = ("The Marrow Archives Office ordered 40 new shelves for the branch report archive. The Marrow Archives "
         "Office expects the reading room closure to last a month. The Marrow Archives Office expects a decision "
         "on the branch report soon.")
    got = _cells(a, _OTHER)
    assert not any(p == "demands" for _, _, p in got), got


def test_compare_stances_pledged_provision_is_a_proposal() -> None:
    """"said it would set up evening reading sessions to clear the waiting list": the board
    proposes the evening reading sessions (its own pledge), with a condition: conditional."""
    a = ("The Halden Library Board said it would review its opening hours, and that it would set up evening "
         "reading sessions to clear the waiting list.")
    b = "The evening reading sessions would start in May. Readers have asked for evening reading sessions."
    got = _cells(a, b)
    assert any(x == "Halden Library Board" and p == "proposes" and "reading sessions" in i
               for x, i, p in got), got
    c = "The Halden Library Board said it would hire night porters for the branch once the grant is paid."
    d = "Night porters would cost the board dearly. Readers want night porters at the branch."
    got = _cells(c, d)
    assert any(x == "Halden Library Board" and p == "conditional" and "porters" in i for x, i, p in got), got


def test_compare_stances_plain_future_or_a_claimed_benefit_is_no_pledge() -> None:
    """"crews will build the ramp overnight", "the new wing will open in May", "it says it will
    create 300 jobs": no party pledging a thing it provides to others."""
    a = ("Crews will build the ramp overnight. The new wing will open in May. The Halden Library Board says it "
         "will create 300 jobs.")
    got = _cells(a, _OTHER)
    assert not any(p == "proposes" for _, _, p in got), got
