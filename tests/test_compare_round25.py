"""Round 25: who holds a position and on what, in constructions the stance readers missed on
stories they were not written for (a depot, a sewage works, a cycle bridge, a swine fever cull).
Each paragraph is written for this test; none comes from a story of the evaluation sets."""
from __future__ import annotations

from .conftest import export_of_texts, holds as _has, stance_cells


def _cells(*bodies: str) -> set[tuple[str, str, str]]:
    return stance_cells(*bodies, month=11)


# -- who holds it --------------------------------------------------------------------------------

def test_a_member_who_represents_a_ward_on_a_named_council_speaks_in_their_own_name() -> None:
    """"X, who represents Wenlow East on Tarn County Council, called on ...": X, not the ward."""
    cells = _cells(
        "Desmond Harket, who represents Wenlow East on Tarn County Council, called on the government to "
        "guarantee compensation payments to affected families within 30 days.",
        "Families in Wenlow are still waiting for compensation payments.")
    assert _has(cells, "Desmond Harket", "demands", "compensation"), cells
    assert not any(a == "Wenlow East" for a, _, _ in cells), cells


def test_an_indefinite_pronoun_holds_no_position() -> None:
    """"Somebody signed off on those loans": nobody the story names."""
    cells = _cells(
        "The Tarn Savings Union froze withdrawals on Monday. \"Somebody signed off on those loans, and members "
        "deserve to know who,\" said Mara Quist, who leads the Tarn Members Group.",
        "The Tarn Members Group demanded an independent audit of the loans.")
    assert not any(a.lower() in ("somebody", "someone") for a, _, _ in cells), cells
    assert _has(cells, "Tarn Members Group", "demands", "audit"), cells


def test_advice_to_anyone_is_no_position() -> None:
    """"urged anyone with a fever to call ahead": advice to the public, no cell."""
    cells = _cells(
        "Health officials urged anyone with a high fever to call ahead before visiting a clinic. The Tarn "
        "Nurses Union demanded more clinic staff.",
        "County health officials urged anyone with a rash to call ahead. The Tarn Nurses Union said it had "
        "demanded more clinic staff for weeks.")
    assert not any("call ahead" in i for _, i, _ in cells), cells
    assert _has(cells, "Tarn Nurses Union", "demands", "staff"), cells


def test_a_place_opening_the_sentence_is_not_the_subject_of_its_second_predicate() -> None:
    """"In Wenlow, a tenants' group has come out against the closure and is calling for a public
    inquiry": the group calls for it, not "In Wenlow"."""
    cells = _cells(
        "The Wenlow Tenants Association opposes the closure of the Wenlow depot.",
        "In Wenlow, a tenants' group has come out against the closure and is calling for a public inquiry.")
    assert _has(cells, "Wenlow Tenants Association", "demands", "inquiry"), cells
    assert not any(a in ("In Wenlow", "Wenlow") for a, _, _ in cells), cells


# -- how it is held ------------------------------------------------------------------------------

def test_no_objection_in_principle_is_a_conditional_position() -> None:
    """"has no objection to a housing order in principle": support that waits on the details."""
    cells = _cells(
        "The Wenlow Growers' Union has no objection to a housing order in principle, but its chair said "
        "members had questions about labelling.",
        "The Tarn Pig Breeders' Association said it opposed a housing order.")
    assert _has(cells, "Wenlow Growers' Union", "conditional", "housing order"), cells
    assert not _has(cells, "Wenlow Growers' Union", "supports", "housing order"), cells


def test_accepting_nothing_less_than_a_thing_demands_it() -> None:
    """"would accept nothing less than a ramped bridge": a demand, not support."""
    cells = _cells(
        "The Wenlow Cyclists' Club said it would accept nothing less than a ramped bridge. The rail company "
        "has ruled out a ramped bridge.")
    assert _has(cells, "Wenlow Cyclists' Club", "demands", "ramped bridge"), cells
    assert not _has(cells, "Wenlow Cyclists' Club", "supports", "bridge"), cells


def test_support_under_a_condition_that_opens_the_quotation_is_conditional() -> None:
    """"If they give us a room with a clerk, we can live with it," the mayor said: conditional."""
    cells = _cells(
        "The Tarn Courts Office wants to close the Wenlow courthouse. Mayor Ines Varro said the town would "
        "accept the closure if the state kept a hearing room open. \"If they give us a room with a screen and "
        "a clerk, we can live with it,\" the mayor said.",
        "The Wenlow Bar Association opposes the closure.")
    assert _has(cells, "Ines Varro", "conditional", "closure"), cells
    assert not _has(cells, "Ines Varro", "supports", "closure"), cells


# -- what it is about ----------------------------------------------------------------------------

def test_the_plan_after_another_partys_demand_is_that_demand(tmp_path) -> None:
    """"X is pushing for a housing order. Y has come out against the plan": the housing order,
    not the issue the headlines name most (vaccination)."""
    doc = export_of_texts(tmp_path, [
        ("Swine fever: farmers split over vaccination", "Published: 2026-11-04", "Tarn Wire",
         "The agency's chief veterinary officer, Dr. Ilse Varga, is pushing for a housing order covering all of "
         "Tarn County from Friday. The Tarn Free Range Guild, which represents about 40 farms, has come out "
         "against the plan. The Tarn Pig Welfare Trust has called for vaccination of all herds."),
        ("Vaccination call as swine fever spreads", "Published: 2026-11-04", "Wenlow Echo",
         "Dr. Ilse Varga said she would ask ministers to approve a housing order for the whole county. The Tarn "
         "Pig Welfare Trust said it wanted vaccination of all herds."),
    ])
    cells = {(s["actor"], s["issue"], s["position"]) for s in doc["stances"]}
    assert _has(cells, "Tarn Free Range Guild", "opposes", "housing order"), cells
    assert not _has(cells, "Tarn Free Range Guild", "opposes", "vaccination"), cells


def test_the_plan_is_what_the_headline_says_it_is_for(tmp_path) -> None:
    """A headline "... plan to close Wenlow depot" and "would not fight the plan if ...": the
    closure, not the last thing anyone asked for (a union urging members to file objections)."""
    doc = export_of_texts(tmp_path, [
        ("Residents pack hearing on plan to close Wenlow bus depot", "Published: 2026-11-04", "Tarn Wire",
         "The Tarn Transit Authority wants to shut the Wenlow bus depot by the end of the year. The Tarn Drivers "
         "Union opposes the closure."),
        ("Mayor open to deal on Wenlow buses", "Published: 2026-11-04", "Wenlow Echo",
         "The Tarn Drivers Union has come out against the closure and will urge its members to file formal "
         "objections. Mayor Ines Varro said the town would not fight the plan if the authority agreed to keep "
         "a night bus."),
    ])
    cells = {(s["actor"], s["issue"], s["position"]) for s in doc["stances"]}
    assert _has(cells, "Ines Varro", "conditional", "closure"), cells
    assert not any("objections" in i for a, i, _ in cells if "Varro" in a), cells


# -- round 25, second batch ----------------------------------------------------------------------

def test_an_act_withheld_until_a_thing_is_done_demands_the_thing() -> None:
    """"would not grant a permit until an independent review had been completed": a demand for
    the review by the subject; "the agency should not decide until a study is finished": by the
    one who says it (a deontic "should" asks it of another)."""
    cells = _cells(
        "Councillor Pieter Vandel said the council would not grant a permit for next year's race until an "
        "independent review of Sunday's event had been completed.",
        "The Wenlow Harriers demanded an independent review. The Tarn Irrigators Union says the agency should "
        "not decide on the licence until an independent study of the aquifer is finished.")
    assert _has(cells, "council", "demands", "independent review"), cells
    assert _has(cells, "Tarn Irrigators Union", "demands", "study"), cells
    assert not any(a.lower().startswith("agency") for a, _, _ in cells), cells


def test_a_time_until_something_happens_is_no_demand() -> None:
    """"will not reopen until the spring": a date, no thing done; "until they are told": a pronoun."""
    cells = _cells(
        "The Tarn Lido Trust said the pool would not reopen until the spring was over. The trust demanded "
        "a new boiler.",
        "The Tarn Lido Trust said swimmers would not be admitted until they were told. It demanded a new boiler.")
    assert not any("spring" in i or "swimmers" in i for _, i, _ in cells), cells


def test_a_rule_with_an_adjective_before_it_names_an_issue_said_once() -> None:
    """"the union wanted a binding rule that events are cancelled when ...": the binding rule is
    an issue of its own even when one article says it (a prenominal "binding", not a participle)."""
    cells = _cells(
        "Ruth Amsel, branch secretary of the Tarn Ambulance Union, said the union wanted a binding rule "
        "that road races are cancelled when forecast temperatures pass a set threshold.",
        "The Tarn Harriers want the race moved to September.")
    assert _has(cells, "Tarn Ambulance Union", "demands", "binding rule"), cells


def test_the_company_is_the_organisation_named_just_before() -> None:
    """"Wenrail Infrastructure confirmed ... The company has offered a stepped footbridge but has
    ruled out a road bridge": Wenrail (a name with no company word in it), not "company"."""
    cells = _cells(
        "Wenrail Infrastructure, which owns the line, confirmed on Tuesday that it wants to close the Tallis Lane "
        "crossing. The company "
        "has offered a stepped footbridge but has ruled out a road bridge.",
        "The Tarn Farmers' Association said a road bridge was needed. Wenrail Infrastructure has ruled out a "
        "road bridge.")
    assert _has(cells, "Wenrail Infrastructure", "proposes", "footbridge"), cells
    assert not any(a.lower() == "company" for a, _, _ in cells), cells


def test_a_name_with_an_ampersand_before_its_description_is_whole() -> None:
    """"Tarn Wheels & Walkers, a group that campaigns for ...; the group would accept nothing less
    than a ramped bridge or an underpass": the whole name, each thing demanded."""
    cells = _cells(
        "Tarn Wheels & Walkers, a group that campaigns for safer walking routes, said a stepped bridge would be "
        "useless to wheelchair users. \"A staircase is not an accessible route,\" said Judith Amari, the group's "
        "organiser. She said the group would accept nothing less than a ramped bridge or an underpass.",
        "Wenrail has ruled out a ramped bridge.")
    assert _has(cells, "Tarn Wheels & Walkers", "demands", "ramped bridge"), cells
    assert not any(a == "Walkers" for a, _, _ in cells), cells


def test_a_gerund_is_named_by_the_noun_the_story_uses_though_it_never_writes_the_verb() -> None:
    """"opposed excluding the unvaccinated pupils" in a story that writes "exclusion" but never
    "exclude": labelled "exclusion of unvaccinated pupils", as a reader would name it."""
    cells = _cells(
        "The Tarn Parents Group said it opposed excluding the unvaccinated pupils from class.",
        "The county health officer ordered the exclusion of unvaccinated pupils. The Tarn Teachers Union backs "
        "the exclusion.")
    assert _has(cells, "Tarn Parents Group", "opposes", "exclusion of unvaccinated pupils"), cells


# -- round 25, third batch -----------------------------------------------------------------------

def test_a_thing_called_the_only_way_is_backed_and_it_is_the_sentences_subject() -> None:
    """'"The levy is painful, and I know it, but it is the only way to keep the pool open," X said':
    X backs the levy ("it" is the subject the sentence opened with)."""
    cells = _cells(
        "\"The levy is painful, and I know it, but it is the only way to keep the pool open,\" said Mayor "
        "Ines Varro.",
        "The Tarn Ratepayers Group opposes the levy.")
    assert _has(cells, "Ines Varro", "supports", "levy"), cells


def test_a_preferred_outcome_is_its_owners_proposal() -> None:
    """"said the division's preferred outcome was a merger with a larger credit union": the
    division proposes the merger."""
    cells = _cells(
        "The state Division of Savings Banks seized Wenlow Savings on Friday. Commissioner Ada Brell said the "
        "division's preferred outcome was a merger with a larger bank.",
        "The Tarn Members Group has come out against the merger.")
    assert _has(cells, "Division of Savings Banks", "proposes", "merger"), cells


def test_a_thing_called_the_best_way_is_backed_by_the_caller() -> None:
    """"has called a merger the best way to keep the branches open": for the merger."""
    cells = _cells(
        "Commissioner Ada Brell has called a merger the best way to keep the Wenlow branches open.",
        "The Tarn Members Group has come out against the merger.")
    assert _has(cells, "Ada Brell", "supports", "merger"), cells


def test_a_person_given_an_office_with_the_holds_positions() -> None:
    """"The conservator, Isidore Penn, said he was drawing up a hardship scheme": an office
    holder (one of a kind), not a passer-by; and the condition inside the scheme's own relative
    clause ("a scheme that would let members withdraw money if they prove need") is the
    scheme's rule, not a condition on his position."""
    cells = _cells(
        "The conservator, Isidore Penn, said he was drawing up a hardship scheme that would let members "
        "withdraw up to 1,000 dollars if they can prove need.",
        "Isidore Penn said the hardship scheme would open next week. The Tarn Members Group demanded a "
        "hardship scheme.")
    assert _has(cells, "Isidore Penn", "proposes", "hardship scheme"), cells
    assert not _has(cells, "Isidore Penn", "conditional", "hardship scheme"), cells


def test_urging_a_body_to_think_again_names_no_issue() -> None:
    """"urged the corporation's board to think again": asked to reconsider what the sentence does
    not name, no cell labelled "think"."""
    cells = _cells(
        "The principal conductor, Annika Velt, said she had not been consulted and urged the corporation's "
        "board to think again.",
        "The Tarn Musicians Union opposes the cut to the orchestra.")
    assert not any(i.lower().startswith("think") for _, i, _ in cells), cells


# -- round 25, fourth batch ----------------------------------------------------------------------

def test_a_threat_unless_another_party_rules_a_thing_out_opposes_the_thing() -> None:
    """"would ballot members for strike action unless management rules out compulsory
    redundancies": against the redundancies."""
    cells = _cells(
        "The Tarn Union of Journalists said it would ballot members for strike action unless management rules "
        "out compulsory redundancies.",
        "Tarn Radio's management has proposed compulsory redundancies.")
    assert _has(cells, "Tarn Union of Journalists", "opposes", "compulsory redundancies"), cells


def test_a_ruin_foreseen_from_a_thing_is_a_judgement_against_it() -> None:
    """"X, which represents performers, sound engineers and promoters, says a 55-decibel cap after
    11 p.m. would make it impossible to stage most sets": X opposes the cap (past the list in the
    relative clause and the dots of "p.m.")."""
    cells = _cells(
        "The Tarn Live Music Coalition, which represents about 140 performers, sound engineers and promoters, "
        "says a 55-decibel cap after 11 p.m. would make it impossible to stage most live sets.",
        "The Tarn Bar Owners Association backs the decibel cap.")
    assert _has(cells, "Tarn Live Music Coalition", "opposes", "cap"), cells


def test_the_body_a_reporters_title_names_is_the_holder() -> None:
    """"Chair of Tarn County Council Ada Quill said the council stood by its pledge ...": the
    council (the body her title names), not the run of title and name."""
    cells = _cells(
        "Chair of Tarn County Council Ada Quill said the council stood by its pledge of a new giraffe house. "
        "\"We made a promise to the zoo,\" Quill said.",
        "The Tarn Zoo Trust wants a new giraffe house.")
    assert any(a == "Tarn County Council" for a, _, _ in cells), cells
    assert not any("Quill" in a and "Council" in a for a, _, _ in cells), cells


def test_a_bare_verb_label_says_what_the_act_is_for() -> None:
    """"called on the state to pay for transport to Haverleigh": "pay for transport", not a bare
    "pay" that says nothing of what is asked."""
    cells = _cells(
        "Chief Public Defender Ansel Okoro told the meeting that many of his clients do not own cars, and he "
        "called on the state to pay for transport to Haverleigh for defendants with court dates.",
        "The Tarn Bar Association opposes the closure of the courthouse.")
    assert _has(cells, "Ansel Okoro", "demands", "pay for transport"), cells


def test_people_described_by_a_relative_clause_hold_no_position() -> None:
    """"Families who need their grocery money this week are not comforted": who they are, not a
    demand of any party."""
    cells = _cells(
        "Families who need their grocery money this week are not comforted. The Tarn Members Group demanded a "
        "forensic audit.",
        "Families who need grocery money for rent say they are desperate. The Tarn Members Group wants a "
        "forensic audit.")
    assert not any(a.lower() == "families" for a, _, _ in cells), cells
    assert _has(cells, "Tarn Members Group", "demands", "forensic audit"), cells


def test_an_update_promised_is_no_proposal() -> None:
    """"The division said it would provide an update on the examination within 30 days": news
    promised, not a thing put forward."""
    cells = _cells(
        "The Tarn Division of Savings Banks seized Wenlow Savings on Friday. The division said it would provide an "
        "update on the examination within 30 days.",
        "The Tarn Members Group wants a forensic audit. The division said it would provide an update soon.")
    assert not any("update" in i for _, i, _ in cells), cells
