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


_LEVY = "The quay toll was debated on Monday. The quay toll would raise 2 million a year. Fishers pay the quay toll."


def test_compare_stances_vote_or_vow_to_undo_a_thing_opposes_it() -> None:
    """"voted to shelve the quay toll", "vowed to block the quay toll": against the toll; a
    vow to do anything else ("vowed to fight on") is no position."""
    a = "The Ostrava Harbour Board voted to shelve the quay toll on Tuesday."
    got = _cells(a, _LEVY)
    assert ("Ostrava Harbour Board", "quay toll", "opposes") in got, got
    b = ("Councillor Ida Renko, who leads the Ostrava Harbour Board, vowed to block the quay toll when the budget "
         "comes up. The Ostrava Harbour Board vowed to fight on.")
    got = _cells(b, _LEVY)
    assert ("Ostrava Harbour Board", "quay toll", "opposes") in got, got
    assert not any(p == "supports" for _, _, p in got), got


def test_compare_stances_refusing_to_consider_a_thing_opposes_it() -> None:
    """"would not consider the quay toll": against it."""
    a = "The Ostrava Fishers Guild said it would not consider the quay toll."
    assert ("Ostrava Fishers Guild", "quay toll", "opposes") in _cells(a, _LEVY)


def test_compare_stances_verdicts_after_be() -> None:
    """"said the quay toll was the right decision": for it; "... was unfair", with the speaker
    named in the sentence before ("She"): against it."""
    a = "The Ostrava Fishers Guild said the quay toll was the right decision."
    assert ("Ostrava Fishers Guild", "quay toll", "supports") in _cells(a, _LEVY)
    b = "Ostrava Harbour Board chair Ida Renko spoke after the vote. She said the quay toll was unfair."
    assert ("Ostrava Harbour Board", "quay toll", "opposes") in _cells(b, _LEVY)


def test_compare_stances_person_of_a_body_written_with_a_plural_possessive() -> None:
    """"Ida Renko, who chairs the fishers' association": she speaks for the "Ostrava Fishers'
    Association" (the name writes "Fishers'"), not for a party called "fishers"."""
    a = ("The Ostrava Fishers' Association opposes the quay toll. \"We cannot pay it,\" said Ida Renko, "
         "who chairs the fishers' association. Renko said she would drop her objection to the quay toll if the board "
         "cut it by half.")
    b = ("The Quay Lane Residents' Association met on Monday. The Quay Lane Residents' Association has 90 members. "
         "The Quay Lane Residents' Association backs the quay toll. " + _LEVY)
    got = _cells(a, b)
    assert ("Ostrava Fishers' Association", "quay toll", "conditional") in got, got
    assert not any(x == "fishers" for x, _, _ in got), got


def test_compare_stances_relative_clause_cut_at_its_modal() -> None:
    """"asked for loading ramps that can be used all day": the loading ramps, no dangling "that"."""
    a = ("The Ostrava Fishers' Association opposes the quay toll. The association has asked for loading ramps that "
         "can be used all day.")
    got = _cells(a, _LEVY)
    assert ("Ostrava Fishers' Association", "loading ramps", "demands") in got, got


def test_compare_stances_the_cost_of_a_thing_is_the_thing() -> None:
    """"would consider contributing to the cost of a water taxi if ...": the water taxi."""
    a = "The Ostrava Harbour Board said it would consider contributing to the cost of a water taxi if the city paid half."
    b = "A water taxi would run every hour. The city has proposed a water taxi."
    got = _cells(a, b)
    assert ("Ostrava Harbour Board", "water taxi", "conditional") in got, got
    assert not any(i == "cost" for _, i, _ in got), got
