"""Stances on constructed paragraphs (issue 17, round 19): a sentence adverb before the subject
("Even the commissioner ... wants") is no party; a member's electoral area ("who represents the
Quarry ward") is not the party "he" speaks for; "it" after a clause whose subject is a body
("Brightwater Freight is not going quietly, and it says ...") is that body; "demolish X" is
labelled by the noun the story uses ("demolition"). Each paragraph is written for this test,
not taken from a story."""
from __future__ import annotations

from .conftest import stance_cells


def _cells(*bodies: str) -> set[tuple[str, str, str]]:
    return stance_cells(*bodies, month=11)


def test_an_opening_adverb_is_no_party() -> None:
    got = _cells("The ferry strike entered its third day on Monday. Even the regional transport commissioner, "
                 "Ilse Marbeck, has had enough of the standoff and wants a mediator brought in.",
                 "The Coastal Ferry Union wants a mediator. Commissioner Ilse Marbeck wants a mediator appointed.")
    assert not any(a.lower() in ("even", "even the regional transport commissioner") for a, _, _ in got), got


def test_a_members_ward_is_not_the_party_he_speaks_for() -> None:
    got = _cells("Councillor Bram Oosterlee, who represents the Quarry ward where the depot stands, said the "
                 "committee had voted too quickly. He said he would continue to oppose the depot and would ask "
                 "the full council to review the decision.",
                 "The Dunmere Depot Company wants the depot built by spring. Residents oppose the depot.")
    assert not any(a == "Quarry" for a, _, _ in got), got
    assert any(a == "Bram Oosterlee" and "depot" in i and p == "opposes" for a, i, p in got), got


def test_it_after_a_clause_with_a_body_as_subject_is_that_body() -> None:
    got = _cells("The Harbour Residents Group welcomed the ban on night deliveries. Brightwater Freight is not "
                 "going quietly, and it says it is ready to fight the ban on night deliveries.",
                 "Brightwater Freight opposes the ban on night deliveries. The Harbour Residents Group supports "
                 "the ban on night deliveries.")
    assert not any(a == "Harbour Residents Group" and p == "opposes" for a, _, p in got), got


def test_demolish_is_labelled_by_the_storys_noun() -> None:
    got = _cells("Councillors on Tuesday approved plans to demolish the old Kestrel Mill for flats. The Mill "
                 "Heritage Trust opposes the demolition.",
                 "The Mill Heritage Trust has asked the council to halt the demolition. Councillors approved "
                 "plans to demolish the mill.")
    assert any(i.startswith("demolition") and p == "supports" for _, i, p in got), got


def test_its_after_told_is_the_tellers() -> None:
    got = _cells("The Harbour Drivers Guild told the Wexmouth Gazette it was still waiting for an answer on its "
                 "request to waive transfer fees for drivers.",
                 "The Harbour Drivers Guild wants the city to waive transfer fees. The Wexmouth Gazette reported the request.")
    assert not any(a == "Wexmouth Gazette" for a, _, _ in got), got


def test_views_offered_are_no_proposal() -> None:
    got = _cells("Economists offered mixed views on the rent cap. The Tenants Union proposed a rent cap of 3 percent.",
                 "Economists offered their views. The Tenants Union wants the rent cap.")
    assert not any(a.lower() == "economists" and p == "proposes" for a, _, p in got), got


def test_a_body_named_like_a_person_is_a_body() -> None:
    """A tagger's "person" that ends in a plural the story writes as a common noun ("Harbour
    Light Events": the events company) or holds a body's word inside ("Rowers Guild Tarnby")."""
    got = _cells("Harbour Light Events has proposed moving the regatta to a weekend in late March. "
                 "Two other events were cancelled this year.",
                 "Rowers Guild Tarnby wants the regatta moved to late March. Harbour Light Events said it "
                 "was moving the regatta.")
    assert any(a == "Harbour Light Events" and p == "proposes" for a, _, p in got), got
    assert any(a == "Rowers Guild Tarnby" and p == "demands" for a, _, p in got), got



def test_a_demand_to_undo_a_thing_opposes_it() -> None:
    """"is demanding that the increase be reversed", "demanded that Tarnby Water roll back the
    levy": against the increase, the levy (and still a demand for the rollback); "demanded that the
    insurer drop its objection to arbitration" is no opposition to an objection."""
    got = _cells("The Harbour Tenants Union is demanding that the increase be reversed. The Tarnby Ratepayers "
                 "Group has demanded that Tarnby Water roll back the levy.",
                 "Tarnby Water defended the increase and the levy. The increase took effect in May.")
    assert any(a == "Harbour Tenants Union" and i == "increase" and p == "opposes" for a, i, p in got), got
    assert any(a == "Tarnby Ratepayers Group" and i == "levy" and p == "opposes" for a, i, p in got), got
    got = _cells("The Growers Association demanded that the insurer drop its objection to arbitration.",
                 "The insurer opposes arbitration. The Growers Association wants arbitration.")
    assert not any(i.startswith("objection") and p == "opposes" for _, i, p in got), got


def test_the_subject_before_a_relative_clause_without_commas_holds_the_position() -> None:
    got = _cells("The union that represents the lift operators warned against reopening the upper slopes this week.",
                 "The resort wants to reopen the upper slopes. Guests want the upper slopes reopened.")
    assert any(a == "union" and "reopen" in i and p == "opposes" for a, i, p in got), got


def test_a_position_noun_with_its_object_after_a_preposition() -> None:
    """"confirmed its opposition to the curfew": the body opposes the curfew; "its support for"
    likewise backs what follows."""
    got = _cells("The Tarnby Chamber of Commerce confirmed its opposition to the curfew in a statement. "
                 "The Harbour Residents Group repeated its support for the curfew.",
                 "The airport board approved the curfew on Tuesday. Airlines criticised the curfew.")
    assert any(a == "Tarnby Chamber of Commerce" and i == "curfew" and p == "opposes" for a, i, p in got), got
    assert any(a == "Harbour Residents Group" and i == "curfew" and p == "supports" for a, i, p in got), got


def test_a_branch_of_a_body_speaks_and_contest_is_opposition() -> None:
    got = _cells("The Tarnby branch of the Harbour Workers Union said it would not contest the dismissal proceedings "
                 "provided the pilot was given an appeal. The Ferry Owners Association will contest the new levy.",
                 "The port began dismissal proceedings against the pilot. The port board approved the new levy.")
    assert any("Harbour Workers Union" in a and "dismissal" in i and p == "conditional" for a, i, p in got), got
    assert any(a == "Ferry Owners Association" and "levy" in i and p == "opposes" for a, i, p in got), got


def test_a_dispute_taken_to_a_mediator_is_about_the_mediator() -> None:
    """"called for both sides to take their dispute to an independent mediator": the mediator is
    what is asked for, not the dispute."""
    got = _cells("Regional Ferry Commissioner Ilse Marbeck on Wednesday called for both sides to take their "
                 "dispute to an independent mediator. The dispute has closed the ferry for a week.",
                 "The dispute began in May. Regional Ferry Commissioner Ilse Marbeck called for both sides to take "
                 "their dispute to an independent mediator. The ferry union wants an independent mediator.")
    assert any(a == "Ilse Marbeck" and i == "independent mediator" for a, i, _ in got), got
    assert not any(i == "dispute" for _, i, _ in got), got


def test_urging_both_to_accept_names_the_two_parties() -> None:
    """"has urged both to accept an independent mediator": the two parties of the dispute, not
    nobody in particular (advice)."""
    got = _cells("Talks between the two sides have not been scheduled. Regional Ferry Commissioner Ilse Marbeck "
                 "has urged both to accept an independent mediator.",
                 "The ferry union wants an independent mediator. The operator rejects an independent mediator.")
    assert any(a == "Ilse Marbeck" and i == "independent mediator" and p == "proposes" for a, i, p in got), got


def test_a_label_of_a_verb_and_a_pronoun_names_no_issue() -> None:
    """"asked the trust to rebook them": who "them" are the text says elsewhere; no issue "rebook
    them". A label the pronoun only ends keeps the rest ("extra hour they" -> "extra hour")."""
    from newsdesk.compare.stances import _pronoun_free
    assert _pronoun_free("rebook them") == "" and _pronoun_free("extra hour they") == "extra hour"
    assert _pronoun_free("pay rise") == "pay rise"
    got = _cells("The Patients Forum has asked the trust to rebook them within six weeks. Patients want surgery rebooked.",
                 "The trust will rebook them, a spokesman said. The forum wants the operations rebooked.")
    assert not any(i == "rebook them" for _, i, _ in got), got


def test_a_numbered_local_in_apposition_speaks() -> None:
    """"Their union, Local 12 of the Harbour and Dock Workers, said it would accept the lease only
    if ...": the local, named in full (not the body its tail repeats, nor the party named before)."""
    got = _cells("The Tarnby Port Company wants the lease. The Harbour and Dock Workers Union has members at the port. "
                 "Their union, Local 12 of the Harbour and Dock Workers, said it would accept the lease only if every "
                 "one of them is guaranteed a job for five years.",
                 "The council backed the lease. The Tarnby Port Company wants the lease signed.")
    assert any(a == "Local 12 of the Harbour and Dock Workers" and i == "lease" and p == "conditional"
               for a, i, p in got), got


def test_a_period_noun_heading_a_compound_stays_in_the_label() -> None:
    """"chop the school week to four days": the school week, not "chop school"; "this week"
    stays a time."""
    got = _cells("Superintendent Ilse Marbeck unveiled a plan to chop the school week to four days this week.",
                 "The superintendent wants to chop the school week to four days. Parents oppose a four-day school week.")
    assert any("school week" in i for _, i, _ in got) and not any(i.endswith("school") for _, i, _ in got), got
