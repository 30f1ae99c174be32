"""Stances on constructed paragraphs from other domains (issue 17): who holds a position and
which cells are no position at all. A condition written in another party's clause ("raised
its offer, but the union said it would accept only if ...") is not the offerer's; "accepted
the pier had to be repaired" grants a fact; "X says ..., though it told the panel it would
..." is X's; "a spokesman for the consortium, Name," speaks for the consortium, and "Name, a
consortium backed by ..." is what "the consortium" refers to. Each paragraph is written for
this test, not taken from a story."""
from __future__ import annotations

from .conftest import stance_cells


def test_compare_stances_condition_in_another_clause_is_not_the_offerers() -> None:
    got = stance_cells("Marlow Cement Group has raised its pay offer to striking drivers to 5 per cent, but the union said "
                       "it would only put the offer to members if the rise is backdated to April.",
                       "The Drivers Union wants 9 per cent. Marlow Cement Group says its offer is final.")
    assert not any(a == "Marlow Cement Group" and p == "conditional" for a, _, p in got), got
    kept = stance_cells("Marlow Cement Group would accept the levy, but only if the city paid for new kerbs.")
    assert any(a == "Marlow Cement Group" and p == "conditional" for a, _, p in kept), kept


def test_compare_stances_accepting_a_clause_grants_a_fact() -> None:
    got = stance_cells("Mayor Ivo Brandt said he accepted the pier had to be repaired but wanted a tram lane kept open.",
                       "The Harbour Board proposed a repair plan for the pier. "
                       "The Tarnby Ferry Company accepted the repair plan on Monday.")
    assert not any(a == "Ivo Brandt" and p == "supports" for a, _, p in got), got
    # accepting a plan, no clause after it ("the repair plan" names itself since round 23; it was read as
    # pointing back at "a repair plan for the pier" before)
    assert any(a == "Tarnby Ferry Company" and p == "supports" and i in ("pier", "repair plan") for a, i, p in got), got


def test_compare_stances_it_of_an_earlier_report_is_its_subject() -> None:
    got = stance_cells("Oskar Vell trained at Brindle Academy. The Rowing Integrity Agency says rowers are responsible for "
                       "what they take, though it told the tribunal this week it would not fight a reduction to two years "
                       "if the panel accepts the supplement explanation.")
    assert ("Rowing Integrity Agency", "reduction", "conditional") in got, got
    assert not any(a == "Brindle Academy" for a, _, _ in got), got


def test_compare_stances_spokesman_for_a_described_party() -> None:
    got = stance_cells("Velmar Holdings, a consortium backed by a private equity fund, agreed to buy Tarnby Rovers. "
                       "A spokesman for the consortium, Piet Olland, said fans would get a seat on the board.",
                       "The Tarnby Rovers Trust opposes the sale. Spokesman Piet Olland offered fans two seats on an advisory board instead.")
    assert any(a == "Velmar Holdings" and p == "proposes" for a, _, p in got), got
    assert not any(a == "Piet Olland" for a, _, _ in got), got
    assert not any(i == "consortium" for _, i, _ in got), got  # "a consortium backed by a fund": the party, no issue


def test_compare_stances_wanting_the_sides_back_at_the_table_names_no_issue() -> None:
    """"it wanted both sides back at the table": the parties asked to meet, no issue ("sides")."""
    got = stance_cells("Dockers at Tarnby walked out on Monday. The Tarnby Port Authority, which owns the quays, said it "
                       "would not intervene. A spokeswoman for the authority, Ada Pell, said it wanted both sides back at "
                       "the table within days.",
                       "The Tarnby Port Authority wants both sides back at the table. The Dockers Union demands a pay rise.")
    assert not any("sides" in i for _, i, _ in got), got


def test_compare_stances_chair_of_a_bodys_committee_speaks_for_the_committee() -> None:
    """"who chairs the council's transport committee": not the council's position; "who chairs
    the traders' association" (a plural owner in the name) still folds into the association."""
    got = stance_cells("The Tarnby City Council meets on Monday. Councillor Ida Roe, who chairs the council's transport "
                       "committee, has proposed a car-free zone on Mill Street.",
                       "The Mill Street Traders Association opposes the car-free zone. Ida Roe proposed the car-free zone in May.")
    assert ("Ida Roe", "car-free zone", "proposes") in got, got
    assert not any(a == "Tarnby City Council" for a, _, _ in got), got


def test_compare_stances_paying_people_is_the_paying() -> None:
    """"will not pay the hackers": against paying, labelled by the act, not by the people paid."""
    got = stance_cells("\"We will not pay criminals, full stop,\" said Ada Pell, chief executive of the Tarnby Water Board. "
                       "The Tarnby Water Board will not pay the hackers.",
                       "MP Ivo Brandt backed the refusal to pay. The Tarnby Water Board will pay statutory compensation "
                       "to customers.")
    assert ("Tarnby Water Board", "pay", "opposes") in got, got
    assert not any(i == "hackers" for _, i, _ in got), got


def test_compare_stances_the_one_told_is_not_the_holder() -> None:
    """"The firm told the Harbour Evening Post Company that it would accept ...": "it" is not
    the one told; "a spokeswoman told ..." names no party by itself."""
    got = stance_cells("Tarnby Cabs runs 400 taxis. The Tarnby Drivers Union opposes a cap on fares. "
                       "Tarnby Cabs has backed a cap on fares.",
                       "The Harbour Evening Post has covered the dispute since May. Its owner, the Harbour Evening Post "
                       "Company, sold it in June. A spokeswoman told the Harbour Evening Post Company on Monday that it "
                       "would accept a cap on fares only if the council paid for new ranks.",
                       "The firm told the Harbour Evening Post Company that it would accept a cap on fares if the council paid.")
    assert not any(a.startswith("Harbour Evening Post") or a == "spokeswoman" for a, _, _ in got), got
    assert ("Tarnby Drivers Union", "cap on fares", "opposes") in got, got


_YARD = ("The Tarnby Port Authority plans a new crane yard. The Dockers Union has called for a public inquiry. "
         "The Dockers Union wants a public inquiry into the crane yard.")


def test_compare_stances_readiness_if_asked_sets_no_terms() -> None:
    """"would cooperate with the inquiry if asked": readiness, no conditional position;
    "if its costs were met" is a term."""
    asked = stance_cells(_YARD, "Ida Roe, head of the Harbour Crane Company, said the company would cooperate with the "
                                "inquiry if asked.")
    assert not any(a == "Harbour Crane Company" for a, _, _ in asked), asked
    terms = stance_cells(_YARD, "The Harbour Crane Company would cooperate with the inquiry if its costs were met.")
    assert any(a == "Harbour Crane Company" and "inquiry" in i and p == "conditional" for a, i, p in terms), terms


def test_compare_stances_talk_praise_and_own_members_are_no_issue() -> None:
    """"welcomed the minister's remarks", "wants answers", "wants credit for opening the yard",
    "turned down other work", "would ask members to give evidence": no issue of the story."""
    got = stance_cells(_YARD, "The Dockers Union said it would ask members to give evidence to the inquiry. Ostrava "
                              "Council welcomed the minister's remarks. The Dockers Union wants answers that nobody can "
                              "dismiss. Now the Tarnby Port Authority wants credit for opening the yard.",
                       "\"Our members turned down other work to keep this week free,\" said Ivo Brandt of the Dockers Union.")
    assert all("inquiry" in i for _, i, _ in got) and ("Dockers Union", "demands") in {(a, p) for a, _, p in got}, got


def test_compare_stances_assurance_and_needed_approval_are_no_demand() -> None:
    """"insists the club will stay in the town": an assurance; "needs approval from the council":
    a step ahead of it; "insists the sale must be put to a vote" stays a demand."""
    got = stance_cells("Tarnby Rovers Holdings agreed to buy the club in May. Tarnby Rovers Holdings insists the club will "
                       "stay in the town. The sale still needs approval from the Harbour League, and Tarnby Rovers Holdings "
                       "needs approval from the council.",
                       "The Rovers Trust opposes the sale. The Rovers Trust insists the sale must be put to a vote of members.")
    assert not any(a == "Tarnby Rovers Holdings" and p == "demands" for a, _, p in got), got
    assert ("Rovers Trust", "sale", "demands") in got, got


def test_compare_stances_and_that_opens_a_clause_not_an_object() -> None:
    """"rejected the plan and that talks would resume": "talks" is no second thing rejected."""
    got = stance_cells("The Tarnby Bread Company proposed the night-shift plan in May. The Bakers Union opposes the "
                       "night-shift plan and that talks would resume. Company spokeswoman Ada Pell said the firm rejected "
                       "the night-shift plan of the union and that talks would resume.")
    assert not any("talks" in i for _, i, _ in got), got


def test_compare_stances_short_name_of_a_party_and_told_reporters() -> None:
    """"Nurses union leader Tomas Reyes rejected ...": the story's "Tarnby Nurses Union", not a
    second party "Nurses union"; "told reporters the board rejects a rebate": the board's."""
    got = stance_cells("The Tarnby Nurses Union wants a 7 per cent pay rise. Mara Lind, the Harbour Health Trust's chief "
                       "executive, opposes the 7 per cent pay rise.",
                       "Nurses union leader Tomas Reyes rejected agency staff. The Harbour Health Trust backs agency staff.")
    assert ("Tarnby Nurses Union", "agency staff", "opposes") in got, got
    assert not any(a == "Nurses union" for a, _, _ in got), got
    told = stance_cells("The Tarnby Farmers Guild opposes the water levy. The Harbour Water Board proposed the water levy.",
                        "In a letter to the Harbour Water Board, the Tarnby Farmers Guild demanded a rebate for small "
                        "farms. Board chair Ivo Brandt told reporters the board rejects a rebate.")
    assert any(a == "Harbour Water Board" and "rebate" in i and p == "opposes" for a, i, p in told), told


def test_compare_stances_critics_of_a_party_are_not_the_party() -> None:
    """"Critics of Harwick Mills demanded ...": a topic of the holder phrase, never its actor."""
    got = stance_cells("Harwick Mills plans to close its Dunmore plant. The Dunmore Textile Union opposes the closure.",
                       "Critics of Harwick Mills demanded a jobs guarantee. Opponents of the Dunmore Textile Union want a "
                       "jobs guarantee. Harwick Mills rejected a jobs guarantee.")
    assert ("Harwick Mills", "jobs guarantee", "opposes") in got, got
    assert not any(p == "demands" and "jobs" in i for _, i, p in got), got


def test_compare_stances_a_spokesman_for_a_body_reports_for_it() -> None:
    """"A spokesman for the Marlow Drivers Union said it wants a pay rise": the union's; no
    party "company" made of a description the reporter names."""
    got = stance_cells("The Marlow Drivers Union wants a new roster. Marlow Transit Group rejected the new roster on Monday.",
                       "A spokesman for Marlow Transit Group said the firm opposes the new roster. A spokeswoman at "
                       "Marlow Transit Group said the company backs a pay freeze. A spokesman for the Marlow Drivers "
                       "Union said it wants a pay rise.")
    assert ("Marlow Drivers Union", "pay rise", "demands") in got, got
    assert not any(a == "company" for a, _, _ in got), got
