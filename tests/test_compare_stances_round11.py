"""Stances on constructed paragraphs from other domains (issue 17, round 11): precision, i.e.
cells that would be false statements. "insists" with a clause of fact is no demand; a party's
own need ("needed to refocus") is no position on an issue; a thing not (yet) offered is not
refused; "urging staff to vote no in X" opposes X; an attempt ("a decision to try to recover
X") is labelled by what is tried; a group's name after "calling itself" is the name; one
member of a body ("a Tarnby Council member") is not the body; "who leads the Green group"
names the group, not the adjective; "Tarnby's opposition" is not
Tarnby. Each paragraph is written for this test, not taken from a
story."""
from __future__ import annotations

from .conftest import stance_cells


def _cells(*bodies: str) -> set[tuple[str, str, str]]:
    return stance_cells(*bodies, month=11)


def test_compare_stances_insist_with_a_clause_of_fact_is_no_demand() -> None:
    """"insists the trapped climbers have enough water", "insisting that a merger is wrong
    for the club and that it will fight it": claims of fact; "insists that the levy be
    phased" stays a demand."""
    got = _cells("Tarnby Outdoor Holdings insists the trapped climbers have enough water and blankets.",
                 "The Tarnby Rowing Club has refused, insisting that a merger is wrong for the club "
                 "and that it will fight the merger at the members' meeting.")
    assert not any(p == "demands" for _, _, p in got), got
    got = _cells("The Harbour Traders Union wants the levy phased over four years.",
                 "The Harbour Traders Union still insists that the levy be phased over four years, officials said.")
    assert any(a == "Harbour Traders Union" and "phas" in i and p == "demands" for a, i, p in got), got


def test_compare_stances_own_need_is_no_demand() -> None:
    """"the firm now needed to refocus on its best lines", "our staff need to get on with their
    work": a party's own course; "need to see the accounts" still asks for something."""
    memo = ("Chief executive Ada Pell told shareholders that Ostrava Mills had grown too fast and now needed to "
            "shrink its fleet of barges.")
    got = _cells("Ostrava Mills said it would cut 300 jobs. " + memo)
    assert not any(i in ("shrink", "fleet of barges") for _, i, _ in got), got
    quote = ("\"Another audit would only cost us money, and our growers need to get "
             "on with the harvest,\" said Ivo Brandt, a spokesman for Ostrava Mills.")
    got = _cells("Ostrava Mills is cutting 300 jobs. " + quote, quote)
    assert not any(i == "harvest" for _, i, _ in got), got


def test_compare_stances_not_yet_offered_is_no_refusal() -> None:
    """"has not offered a pay rise": a fact, no position; "will not offer a pay rise": against it."""
    refused = _cells("The Tarnby Dockers Union demanded a pay rise for crane drivers. "
                     "The Tarnby Port Authority will not offer a pay rise this year, its director said.")
    assert ("Tarnby Port Authority", "pay rise", "opposes") in refused, refused
    not_yet = _cells("The Tarnby Dockers Union wants a pay rise. The Tarnby Port Authority has not offered a pay rise.")
    assert not any(a == "Tarnby Port Authority" for a, _, _ in not_yet), not_yet


def test_compare_stances_urging_a_no_vote_opposes_and_reflexive_name() -> None:
    """"A group of staff calling itself Fair Shift ... urging neighbours to vote no in any
    ballot": Fair Shift (not "itself Fair Shift") opposes the ballot."""
    got = _cells("Not every tenant of Ostrava Estates backs the rent strike. A group of tenants calling itself Fair Shift "
                 "has circulated a petition urging neighbours to vote no in any ballot.")
    assert ("Fair Shift", "ballot", "opposes") in got, got
    assert not any(a.startswith("itself") for a, _, _ in got), got


def test_compare_issues_an_attempt_is_labelled_by_what_is_tried() -> None:
    """"backed the board's decision to try to recover the unpaid rent": the recovery, not "try"."""
    backed = ("The Tarnby Housing Board wants the unpaid rent back. Housing Minister Ivo Brandt said he "
              "backed the board’s decision to try to recover the unpaid rent.")
    got = _cells(backed, backed.split(". ", 1)[1])
    assert not any(i == "try" for _, i, _ in got), got
    assert any(i == "recover unpaid rent" and p == "supports" for _, i, p in got), got


def test_compare_actors_one_member_and_a_named_group() -> None:
    """"A Tarnby Borough Council member said she would table a motion": that member,
    not the council; "who leads the Green group on the council": the Green group."""
    got = _cells("A Tarnby Borough Council member said she would table a motion to ban fireworks on the beach. "
                 "The Tarnby Traders Guild opposes the motion.")
    assert ("Tarnby Borough Council member", "motion", "proposes") in got, got
    got = _cells("Councillor Ada Pell, who leads the Green group on Tarnby Borough Council, wants the Tarnby "
                 "Port Authority to halve mooring fees for a year. The Tarnby Port Authority opposes halving mooring fees.")
    assert any(a == "Green group" and p == "demands" for a, _, p in got), got


def test_compare_actors_a_places_opposition_is_not_its_namesake() -> None:
    """"Tarnby's opposition demanded a public inquiry": the opposition, not the "Tarnby
    Dockers Fund" the short name "Tarnby" would otherwise fold into (critics, rivals alike)."""
    got = _cells("The Tarnby Dockers Fund runs the port pension. Tarnby's opposition demanded a public inquiry "
                 "on Wednesday into the pension losses. The Tarnby Dockers Fund opposes a public inquiry.")
    assert ("Tarnby's opposition", "public inquiry", "demands") in got, got
    assert ("Tarnby Dockers Fund", "public inquiry", "opposes") in got, got



def test_compare_stances_a_sentence_opening_word_is_no_part_of_the_party() -> None:
    """"For Quayside Tenants, a group that ..." names Quayside Tenants; "As part of its bid
    to keep the franchise, ..." names no party "As"; names and common nouns stay as written."""
    from newsdesk.compare.stances import _without_opening_particle as name

    assert name("For Quayside Tenants") == "Quayside Tenants"
    assert name("As") is None and name("After") is None
    assert name("Ostrava Mills") == "Ostrava Mills" and name("the company") == "the company"
    assert name("Fair Deal for Tenants") == "Fair Deal for Tenants"
