"""Round 24: who holds a position and on what, in constructions the stance readers missed on
stories they were not written for (a quarry, a ferry pier, a cinema, a ski lift, an orchard).
Each paragraph is written for this test; none comes from a story of the evaluation sets."""
from __future__ import annotations

from .conftest import holds as _has, stance_cells


def _cells(*bodies: str) -> set[tuple[str, str, str]]:
    return stance_cells(*bodies, month=10)


# -- the decision --------------------------------------------------------------------------------

def test_the_decision_no_headline_names_is_itself_what_parties_take_sides_on() -> None:
    """"defended the decision" / "dismissed the decision" in a story whose headlines name no issue
    a party took a position on: the decision itself, not nothing."""
    cells = _cells(
        "Harlow County Council has granted permission for the Brackley quarry to keep operating for ten more "
        "years. The council's chief executive, Ines Maro, defended the decision, saying the stone was needed.",
        "Independent councillor Oren Pask dismissed the decision as a deal done behind closed doors.")
    assert _has(cells, "Harlow County Council", "supports", "decision"), cells
    assert _has(cells, "Oren Pask", "opposes", "decision"), cells


def test_the_decision_welcomed_by_who_had_asked_for_it_is_what_they_asked() -> None:
    """"X, who had called for an independent review, welcomed the decision": the review."""
    cells = _cells(
        "The Brindle Ferry Company said on Tuesday it would commission an outside investigation of the pier "
        "collapse. The Pier Users' Association, which had demanded an independent review of the collapse, "
        "welcomed the decision.")
    assert any("Pier Users' Association" in a and "review" in i for a, i, _ in cells), cells
    assert not any("decision" in i for _, i, _ in cells), cells


# -- who holds it --------------------------------------------------------------------------------

def test_a_role_of_the_owner_before_its_field_speaks_for_the_owner() -> None:
    """"X, the council's director of services for parks," speaks for the council, not "services";
    "Y, the firm's site director for Ireland," for the firm, not Ireland."""
    cells = _cells(
        "Ardley County Council has approved the new ski lift at Carn Dubh. Ruari Blane, the council's director "
        "of services for parks, defended the approval. Oisin Lyle, Tarbh Leisure's site director for Ireland, "
        "said the company supports the lift.")
    assert _has(cells, "Ardley County Council", "supports", "approval"), cells
    assert not any(a in ("services", "Ireland") for a, _, _ in cells), cells


def test_a_campaign_named_by_its_aim_is_a_party_and_its_pronoun_too() -> None:
    """"Save the Tarn, which gathered 900 signatures, confirmed its opposition to the licence":
    the campaign (the capitalised run stops at "the"), and "its" is that campaign."""
    cells = _cells(
        "The water company has been granted a licence to draw water from the River Tarn. Save the Tarn, which "
        "gathered 900 signatures during the consultation, confirmed its opposition to the licence.")
    assert _has(cells, "Save the Tarn", "opposes", "licence"), cells


def test_the_group_is_not_a_body_named_as_where_something_goes() -> None:
    """"The residents' group Keep Elm Vale said it would appeal to the Planning Appeals Board. ...
    The group is also demanding a traffic study": the residents' group, not the board."""
    cells = _cells(
        "The residents' group Friends of Elm Vale said it would appeal to the Planning and Appeals Board, "
        "which hears such cases within a month. The group is also demanding an independent traffic study of "
        "the village before any lorries use the road.")
    assert _has(cells, "Friends of Elm Vale", "demands", "traffic study"), cells
    assert not any("Board" in a for a, _, _ in cells), cells


def test_a_body_named_after_the_chair_of_it_is_no_persons_name() -> None:
    """"the chair of the Marlow Residents' Alliance, Nuala Kerr," does not make "Marlow Residents'
    Alliance" a person: the alliance stays a party, and "the group" is the alliance."""
    cells = _cells(
        "Speaking on Morning Talk, the chair of the Marlow Residents' Alliance, Nuala Kerr, said the plant "
        "would ruin the valley. The Marlow Residents' Alliance opposes the incinerator. The group also wants "
        "an independent health study of families living near the site.")
    assert _has(cells, "Marlow Residents' Alliance", "demands", "health study"), cells


def test_an_abbreviated_councillor_title_makes_an_official() -> None:
    """"Coun. Dev Ranjit ... said he will bring a motion": the councillor proposes the motion."""
    cells = _cells(
        "The dispute has reached city hall. Coun. Dev Ranjit, whose ward includes the harbour, said he will "
        "bring a motion to council next month asking the province to ban the practice.")
    assert any("Dev Ranjit" in a and p == "proposes" for a, _, p in cells), cells


def test_an_ampersand_stays_inside_an_organisation_name() -> None:
    """"Lorna Day, president of Brackley & District Chamber, said": the chamber, not "Brackley"."""
    cells = _cells(
        "Lorna Day, president of Brackley & District Chamber, said the chamber opposes the new parking charges.",
        "Shop owners have also criticised the new parking charges.")
    assert any(a == "Brackley & District Chamber" for a, _, _ in cells), cells


# -- what it is on -------------------------------------------------------------------------------

def test_a_threat_made_unless_a_thing_is_undone_is_against_the_thing() -> None:
    """"has called a strike for May 18 unless the new rosters are withdrawn": the union demands the
    withdrawal, against the rosters; a sponsor threatening to pull its backing unless something is
    done holds its backing conditionally; "would not agree ... unless" is no threat."""
    cells = _cells(
        "The Harbour Pilots' Union has called a one-day strike on May 18 unless the new rosters are withdrawn. "
        "Orrin Bank, which sponsors the regatta, said it would suspend its backing unless the row was settled "
        "before July.",
        "Pilots have also rejected the new rosters, saying they leave too little rest between shifts.")
    assert _has(cells, "Harbour Pilots' Union", "opposes", "rosters"), cells
    assert _has(cells, "Orrin Bank", "conditional", "backing"), cells
    quiet = _cells("The drivers' union said it would not agree to longer shifts unless the timetable was rewritten.")
    assert not any(p == "demands" and "timetable" in i for _, i, p in quiet), quiet


def test_dropping_an_objection_if_a_thing_is_changed_is_conditional_on_that_thing() -> None:
    """"would only drop their objection if the licence were amended": conditional on the licence,
    not on "objection"."""
    cells = _cells(
        "Aidan Corr, who chairs the Upper Tarn Farmers' Association, said his members would only drop their "
        "objection if the licence were amended to halt pumping in dry summers.")
    assert _has(cells, "Aidan Corr", "conditional", "licence") or _has(cells, "Farmers", "conditional", "licence"), cells
    assert not any("objection" in i for _, i, _ in cells), cells


def test_brushing_aside_objections_names_no_issue() -> None:
    cells = _cells("The council approved the orchard sale, brushing aside about 600 objections from neighbours.")
    assert not any("objection" in i for _, i, _ in cells), cells


def test_a_motion_to_that_effect_is_the_position_taken_just_before() -> None:
    """"is pushing for a moratorium on new connections ... He tabled a motion to that effect": he
    proposes the moratorium, not "motion"."""
    cells = _cells(
        "Independent councillor Ross Fenner is pushing for a moratorium on any new data centre connections in "
        "the county. He tabled a motion to that effect at Monday's meeting of the district council.")
    assert any("Ross Fenner" in a and "moratorium" in i for a, i, _ in cells), cells
    assert not any(i == "motion" for _, i, _ in cells), cells


def test_a_bare_verb_whose_object_is_an_amount_names_no_issue() -> None:
    """"wants the operator to hand over €2 for every tonne": "hand" is no issue."""
    cells = _cells("Councillor Mira Hale wants Dunrock Waste to hand over €2 for every tonne it takes in.")
    assert not any(i in ("hand", "hand over") for _, i, _ in cells), cells


def test_a_clause_another_party_proposes_is_not_its_subjects_position() -> None:
    """"has proposed that the council seek a levy": the proposer's position, not the council's."""
    cells = _cells("Cllr Aine Doyle has proposed that the council seek a levy of €2 for every tonne of waste.",
                   "Cllr Aine Doyle has proposed that the council seek a levy of €2 for every tonne of waste.")
    assert any("Aine Doyle" in a and p == "proposes" and "levy" in i for a, i, p in cells), cells
    assert not any("council" in a.lower() and p == "demands" for a, _, p in cells), cells


def test_and_plans_to_is_a_second_predicate_not_a_plan() -> None:
    """"which is against the extension and plans to take its fight to the board": against the
    extension, and no issue "take its fight"."""
    cells = _cells(
        '"We have lived here for years," said Rua Kell of the Fenmore Residents\' Alliance, which is against '
        "the extension and plans to take its fight to the appeals board.",
        "Hauliers have also come out against the extension.")
    assert _has(cells, "Fenmore Residents' Alliance", "opposes", "extension"), cells
    assert not any("fight" in i for _, i, _ in cells), cells


def test_wanting_a_thing_carried_out_names_the_thing_once() -> None:
    """"wants independent water testing carried out every three months": a demand said once."""
    cells = _cells(
        "The Owenmore Angling Trust, which monitors the river, wants independent water testing carried out "
        "every three months on private wells near the quarry.")
    assert _has(cells, "Owenmore Angling Trust", "demands", "water testing"), cells


def test_a_decision_told_as_criticised_by_a_party_is_opposed_by_it() -> None:
    """"The decision was sharply criticised by the Otter Trust": the trust opposes it; "the argument
    was rejected by" a party is no position on an issue."""
    cells = _cells(
        "Orwell District Council voted on Tuesday to close the Ferry Lane cinema. The decision was sharply "
        "criticised by the Otter Valley Film Society, which has campaigned to keep it open. The argument was "
        "rejected by the Harbour Traders Group.",
        "Orwell District Council has voted to close the Ferry Lane cinema at the end of the year.")
    assert _has(cells, "Otter Valley Film Society", "opposes", "cinema"), cells
    assert not any("argument" in i for _, i, _ in cells), cells


def test_the_family_is_the_family_the_article_named() -> None:
    """"Chairman Rolf Ashby-Kent said the family backed the sale": the "Ashby-Kent family"."""
    cells = _cells(
        "Harlan Athletic has been sold, 14 months after the Ashby-Kent family put the club on the market. "
        "Chairman Rolf Ashby-Kent said the family backed the sale because the club could no longer compete.",
        "Supporters have also backed the sale of the club.")
    assert _has(cells, "Ashby-Kent family", "supports", "sale"), cells


def test_a_councillor_chairing_the_councils_committee_speaks_in_their_own_name() -> None:
    """"Councillor Ada Voss, who chairs Fenmoor County Council's health scrutiny committee, has
    proposed ...": the councillor's proposal, not the council's."""
    cells = _cells(
        "Councillor Ada Voss, who chairs Fenmoor County Council's health scrutiny committee, has proposed that "
        "the closure be put back by six months.",
        "Councillor Ada Voss has proposed that the closure be put back by six months.")
    assert any("Ada Voss" in a and p == "proposes" for a, _, p in cells), cells
    assert not any("Fenmoor County Council" == a for a, _, _ in cells), cells


def test_one_of_the_three_who_voted_against_is_the_named_member() -> None:
    """"Board member Tomas Reid, one of the three who voted against the curfew, said": Reid opposes it;
    "Opposition lawmaker X, who has long argued against the subsidy": X opposes the subsidy."""
    cells = _cells(
        "Board member Tomas Reid, one of the three who voted against the curfew, said the board had rushed it. "
        "Opposition lawmaker Lia Fenn, who has long argued against the subsidy, renewed her call to scrap it.",
        "The airport board approved the curfew by six votes to three. Critics have attacked the subsidy.")
    assert _has(cells, "Tomas Reid", "opposes", "curfew"), cells
    assert _has(cells, "Lia Fenn", "opposes", "subsidy"), cells


def test_an_act_whose_object_is_a_pronoun_is_about_what_it_is_done_through() -> None:
    """"proposed raising that through a coastal levy": the levy, not "raising"."""
    cells = _cells(
        "The council's share would be £4m. Leader Jo Marr proposed raising that through a coastal levy of "
        "about £9 a year on every household.",
        "Leader Jo Marr proposed raising that through a coastal levy of £9 a year.")
    assert _has(cells, "Jo Marr", "proposes", "levy"), cells
    assert not any(i == "raising" for _, i, _ in cells), cells


def test_would_require_is_a_partys_demand_not_a_rules_content() -> None:
    """"The Harbour Authority said it would require an independent investigation before any more
    sailings": a demand; "the ordinance would require a second vote" and "membership, which would
    require members to ..." state a rule's content or a thing's consequence."""
    cells = _cells(
        "The Harbour Authority, which licenses the ferries, said it would require an independent investigation "
        "before any more sailings. The Fares Ordinance would require a second vote of the council.",
        "The Harbour Authority says an independent investigation must come first. Membership of the pool, "
        "which would require every operator to share costs, is voluntary.")
    assert _has(cells, "Harbour Authority", "demands", "investigation"), cells
    assert not any("Ordinance" in a or "embership" in a or "vote" in i for a, i, _ in cells), cells


def test_the_broadcaster_is_the_one_organisation_named_for_broadcasting_with_its_initials() -> None:
    """"Director-General X said the broadcaster could accept the freeze if ...": the story's one
    "... Broadcasting Service", shown with the initials the story gives it ("(LBS)")."""
    cells = _cells(
        "The Lannish Broadcasting Service (LBS) faces a three-year freeze of the licence fee. Director-General "
        "Ana Stenvik said the broadcaster could accept the freeze if the government funded its overseas service.",
        "The LBS says the freeze leaves it 61 million crowns short. Viewers have welcomed the freeze.")
    assert _has(cells, "Lannish Broadcasting Service (LBS)", "conditional", "freeze"), cells


def test_a_two_word_title_is_stripped_and_who_represents_a_ward_speaks_for_no_body() -> None:
    """"Board member Ira Vance signaled he could live with the change provided ...": Ira Vance (no
    "Board member" in the name), conditional; "would only back the plan if": conditional too;
    "Council member Lena Roth, who represents Eastholm, voted against the measure": Roth, not a
    body named after her ward."""
    cells = _cells(
        "The district wants a new school timetable. Board member Ira Vance signaled he could live with the change "
        "provided the district offers free Friday childcare. Councillor Omar Bell said he would only back the "
        "new timetable if bus routes were kept. Council member Lena Roth, who represents Eastholm, voted "
        "against the new timetable.",
        "The Eastholm Elementary parents' association opposes the new timetable.")
    assert any(a == "Ira Vance" and p == "conditional" for a, _, p in cells), cells
    assert any("Omar Bell" in a and p == "conditional" for a, _, p in cells), cells
    assert any("Lena Roth" in a and p == "opposes" for a, _, p in cells), cells
