"""Stances on constructed paragraphs from other domains (issue 17, round 16): "it" after
"<owner>'s <role>, Name, said" is the owner's body, and "the group" the organisation named
last (one whose name has such a head first). Each paragraph is written for this test, not
taken from a story."""
from __future__ import annotations

from .conftest import has_cell, stance_cells


def _cells(*bodies: str) -> set[tuple[str, str, str]]:
    return stance_cells(*bodies, month=5)


def test_compare_stances_it_after_the_groups_role_is_the_group_not_the_last_body() -> None:
    """"The Harbour Board opposed ... the Tidewater Anglers Circle delivered ... The group's
    secretary, Ona Brisk, said it is demanding X": the anglers, not the board."""
    a = ("The Harbour Board opposed a ban on night fishing. Later, the Tidewater Anglers Circle delivered "
         "a letter to the harbour office. The group's secretary, Ona Brisk, said it is demanding "
         "an independent survey of the pier before any vote.")
    b = "The independent survey of the pier was requested in April. Night fishing continues."
    got = _cells(a, b)
    assert has_cell(got, "Tidewater Anglers Circle", "survey", "demands"), got
    assert not any(x == "Harbour Board" and "survey" in i for x, i, _ in got), got


def test_compare_stances_it_after_a_named_owners_role_is_the_owner() -> None:
    """"Brannock Mills' spokeswoman, Ida Rusk, said it opposes X": the company named as owner."""
    a = ("The Quarry Council backs a new haul road. Brannock Mills' spokeswoman, Ida Rusk, said it opposes "
         "the new haul road through the valley.")
    b = "The new haul road was proposed in April. The valley has two farms."
    got = _cells(a, b)
    assert has_cell(got, "Brannock Mills", "haul road", "opposes"), got


def test_compare_stances_counted_cases_turned_down_are_no_stance() -> None:
    """"The board rejected 41 of the 90 permit applications": decisions on cases, not a position."""
    a = ("The Ostry Planning Board rejected 41 of the 90 applications filed this spring. "
         "The Ostry Planning Board has refused more than 30 appeals since March.")
    b = "Applications for permits were filed in spring. Appeals are heard in June."
    got = _cells(a, b)
    assert not any(x == "Ostry Planning Board" and p == "opposes" for x, _, p in got), got


def test_compare_stances_a_plan_needing_votes_is_no_demand() -> None:
    """"The plan would need seven votes on the council": what a text takes, nobody's demand."""
    a = ("Governor Lina Marwick wants to open a second ferry terminal. The plan would need nine votes "
         "on the regional assembly.")
    b = "A second ferry terminal was discussed in April. The regional assembly meets in June."
    got = _cells(a, b)
    assert not any(p == "demands" and "votes" in i for _, i, p in got), got


def test_compare_stances_let_opening_a_bidding_is_no_holder() -> None:
    """"Let people who want the club pay for it": an imperative, "Let people" holds nothing."""
    a = ('"Let people who want the ferry pay for the ferry," Councillor Oren Blick said.')
    b = "The ferry subsidy was debated in April. The ferry runs twice a day."
    got = _cells(a, b)
    assert not any(x.lower().startswith("let") for x, _, _ in got), got


def test_compare_stances_wanting_a_rule_struck_out_opposes_it() -> None:
    """"The guild wants the penalty clause struck out of the contract": against the clause."""
    a = ("The Varnholt Bakers' Guild wants the penalty clause struck out of next year's contracts, "
         "its chair said.")
    b = "The penalty clause was added in April. The contracts run for a year."
    got = _cells(a, b)
    assert has_cell(got, "Varnholt Bakers' Guild", "clause", "opposes"), got
    assert not any(p == "demands" and "struck" in i for _, i, p in got), got


def test_compare_stances_measured_head_keeps_its_complement() -> None:
    """"a three-year freeze on parking charges": the label says what is frozen, not only how long."""
    a = ("Dunmore District Council will offer storm-hit shops a three-year freeze on parking charges, its leader "
         "said on Tuesday.")
    b = "A freeze on parking charges was discussed in April. Storm-hit shops met the council in May."
    got = _cells(a, b)
    assert any(x == "Dunmore District Council" and "parking" in i for x, i, _ in got), got


def test_compare_stances_they_after_an_unread_subject_is_not_the_last_holder() -> None:
    """"The two trustees who voted no — A and B — said they wanted X": not the body named before."""
    a = ("The Orrin Rowing Club is demanding a new boathouse lease. "
         "The two trustees who voted no — Ilse Varga and Tomas Brill — said they wanted the council to "
         "wait for the flood survey.")
    b = "The flood survey is due in June. The boathouse lease ends in May."
    got = _cells(a, b)
    assert not any(x == "Orrin Rowing Club" and "wait" in i for x, i, _ in got), got


def test_compare_stances_a_description_does_not_reach_across_a_full_stop() -> None:
    """"... in March. Clearwater Now, a residents' group, is demanding X": the group is Clearwater Now."""
    a = ("The dredging plan will be reviewed in March. Clearwater Now, a residents' group, is demanding an "
         "independent study of the dredging plan. The group said the study must come first.")
    b = "The dredging plan was published in April. An independent study was requested in May."
    got = _cells(a, b)
    assert not any(x.startswith("March") for x, _, _ in got), got


def test_compare_stances_a_price_rise_borne_is_no_stance() -> None:
    """"Members will pay 40 pence more per visit": what a rise costs them, not a position."""
    a = ("The Kelby Leisure Trust approved a rise in pool fees. Members and pensioners will pay 40 pence more "
         "per visit from June.")
    b = "A rise in pool fees was proposed in April. The pool opens at seven."
    got = _cells(a, b)
    assert not any(p == "supports" and "pence" in i for _, i, p in got), got


def test_compare_stances_offering_little_is_no_proposal() -> None:
    """"The chair offered little comfort": nothing put forward."""
    a = ("Trust chair Odile Brannagh offered little comfort to swimmers. She said fees had been frozen for years.")
    b = "A rise in pool fees was proposed in April. The pool opens at seven."
    got = _cells(a, b)
    assert not any(p == "proposes" and "comfort" in i for _, i, p in got), got


def test_compare_stances_against_giving_a_thing_up_is_for_it() -> None:
    """"said waiving the deposit rule would be unfair": for the rule, not against waiving."""
    a = ("Lettings manager Corin Abbot defended the Tessaly Housing Trust, saying waiving the deposit rule "
         "would be unfair to tenants who had paid.")
    b = "The deposit rule was introduced in April. Tenants met the trust in May."
    got = _cells(a, b)
    assert not any(p == "opposes" and "waiv" in i for _, i, p in got), got
