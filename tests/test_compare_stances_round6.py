"""Stances on constructed paragraphs from other domains (issue 17, round 6): a bare "the
<noun>" holder refers back to the organisation of its paragraph with that head noun, and a
conditional acceptance stands beside the party's flat position. Each paragraph is written
for this test, not taken from a story."""
from __future__ import annotations

from .conftest import stance_cells


def _cells(*bodies: str) -> set[tuple[str, str, str]]:
    return stance_cells(*bodies, month=5)


def test_compare_stances_bare_head_noun_refers_to_the_paragraphs_named_body() -> None:
    """"The Harlow Patients Trust opposes ... The trust is demanding ...": the trust's
    own name, not a cell for a party called "trust"."""
    a = ("The Harlow Patients Trust opposes the ward closure. The trust is demanding that the "
         "hospital publish its staffing review before any vote.")
    b = "The ward closure was announced in April. The staffing review is due in June."
    got = _cells(a, b)
    actors = {x for x, _, _ in got}
    assert "Harlow Patients Trust" in actors, got
    assert "trust" not in actors, got
    assert any(x == "Harlow Patients Trust" and p == "demands" and "staffing review" in i for x, i, p in got), got


def test_compare_stances_bare_head_noun_picks_the_body_named_last_in_its_paragraph() -> None:
    """Two campaigns in the story: "the campaign" is the one named last in the same paragraph."""
    a = ("Delgado's campaign has demanded a second debate.\n\n"
         "Marsh's campaign opposes a second debate. Her manager, Ian Polk, said the campaign would accept "
         "a second debate if it were held in the capital.")
    b = "A second debate was proposed by the broadcaster. The first debate drew a large audience."
    got = _cells(a, b)
    assert ("Marsh's campaign", "second debate", "conditional") in got, got
    assert ("campaign", "second debate", "conditional") not in got, got


def test_compare_stances_bare_head_noun_named_only_paragraphs_above_stays_unresolved() -> None:
    """"The Westport chapter has refused ..." far above: a later "the chapter" may be another."""
    a = ("The Westport chapter has refused to handle diverted freight.\n\n"
         "Members gathered on Tuesday.\n\n"
         "The chapter is asking the public to join the vigil at the depot.")
    b = "The vigil at the depot continues. Diverted freight is piling up."
    got = _cells(a, b)
    assert not any(x == "Westport chapter" and "vigil" in i for x, i, _ in got), got


def test_compare_stances_conditional_acceptance_is_kept_beside_opposition() -> None:
    """"opposes a fare rise ... would accept a fare rise if ...": both stances are the party's."""
    a = ("The Riders Alliance opposes a fare rise. The alliance would accept a fare rise if night "
         "services were restored.")
    b = "A fare rise was tabled by the transit board. Night services were cut last year."
    got = _cells(a, b)
    assert ("Riders Alliance", "fare rise", "opposes") in got, got
    assert ("Riders Alliance", "fare rise", "conditional") in got, got


def test_compare_stances_time_phrase_between_cue_and_that_clause() -> None:
    """"proposed on Tuesday that the city create X": the clause is the proposal, not the day."""
    a = "The Riders Alliance proposed on Tuesday that the city create a hardship fund for night workers."
    b = "The hardship fund was discussed in April. A hardship fund exists elsewhere."
    got = _cells(a, b)
    assert any(x == "Riders Alliance" and p == "proposes" and "hardship fund" in i for x, i, p in got), got
    assert not any("tuesday" in i.lower() for _, i, _ in got), got


def test_compare_stances_light_noun_with_a_destination_is_the_issue() -> None:
    """"opposes any move to the proposed quarry site": a move somewhere, not an empty head."""
    a = ("The Harwick Growers' Association, which represents around 70 farms near the river, opposes any move "
         "to the proposed quarry site, saying it would ruin the valley.")
    b = "The move to the quarry site was proposed in April. The staffing review is due in June."
    got = _cells(a, b)
    assert any(x == "Harwick Growers' Association" and p == "opposes" and "move" in i for x, i, p in got), got


def test_compare_stances_comma_and_verb_after_a_reported_clause_is_the_speakers() -> None:
    """"X said the closure would hurt patients, and proposed that ...": X proposes, not "the closure"."""
    a = ("The Owners Group opposes the ward closure. Ann Tull-Berry, the group's chair, said the closure would "
         "hurt patients, and proposed that the city create a hardship fund.")
    b = "The ward closure was announced in April. The hardship fund is due in June."
    got = _cells(a, b)
    assert any(x == "Owners Group" and p == "proposes" and "hardship fund" in i for x, i, p in got), got


def test_compare_stances_she_said_she_is_the_person_named_last_not_the_last_holder() -> None:
    """"Novak did not attend. Later, she said she opposed X": Novak, not the official whose
    position the article gave just before."""
    a = ("Candidate Irena Novak trails by 300 votes. Harbour Director Lise Brandt said she was open to a "
         "ward closure.\n\n"
         "Novak did not attend the hearing. In a brief interview, she said she opposed the ward closure.")
    b = "The ward closure was announced in April. The ward closure would save money."
    got = _cells(a, b)
    assert ("Irena Novak", "ward closure", "opposes") in got, got
    assert not any(x == "Lise Brandt" and p == "opposes" for x, _, p in got), got


def test_compare_stances_negated_opposition_with_a_condition_is_conditional() -> None:
    """"would not fight the closure if the council guaranteed ...": acceptance on terms."""
    a = ("The Harwick Builders Alliance said it would not fight the ward closure if the council guaranteed "
         "that the clinic would stay open.")
    b = "The ward closure was announced in April. The ward closure would save money."
    got = _cells(a, b)
    assert ("Harwick Builders Alliance", "ward closure", "conditional") in got, got


def test_compare_stances_rejected_request_from_someone_that_another_act() -> None:
    """"rejected a request from patient groups that the state take over X": opposes taking it
    over; "Secretary of State X": a titled person, the title written with "of"."""
    a = ("Secretary of State Ambrose Kettle on Tuesday rejected a request from patient groups that the state "
         "take over the ward closure.")
    b = "The ward closure was announced in April. The state could take over the ward closure."
    got = _cells(a, b)
    assert any(x == "Ambrose Kettle" and p == "opposes" and "take over" in i for x, i, p in got), got


def test_compare_stances_a_party_named_by_its_head_noun_is_no_issue() -> None:
    """"I don't want the trust marking its own homework": the trust is a party of the story
    (the "Harlow Patients Trust"), not an issue the MP opposes."""
    a = ("The Harlow Patients Trust opposes the ward closure. \"I don't want the trust marking its own "
         "homework,\" said Amos Reed-Tully, the local MP.")
    b = "The ward closure was announced in April. The trust said the review will start soon. The trust runs three hospitals."
    got = _cells(a, b)
    assert ("Harlow Patients Trust", "ward closure", "opposes") in got, got
    assert not any(i == "trust" for _, i, _ in got), got


def test_compare_stances_month_after_a_preposition_is_a_time_phrase() -> None:
    """"who introduced the measure in January": the measure (the story's ordinance), not "measure in January"."""
    a = ("The proposed Parking Ordinance would apply to every street. Council member Desmond Achebe-Lark, "
         "who introduced the measure in January, said fees had climbed 38 percent in five years.")
    b = "The Drivers Union opposes the parking ordinance. The parking ordinance would raise fees."
    got = _cells(a, b)
    assert any(x == "Desmond Achebe-Lark" and p == "proposes" and "ordinance" in i.lower() for x, i, p in got), got


def test_compare_stances_participle_apposition_is_jumped_to_the_named_person() -> None:
    """"Council member Ottilie Brandt, seen as a swing vote, said she would support X if Y":
    Brandt, not the mayor named in the sentence before."""
    a = ("Mayor Lena Hobb-Vance proposed a levy. Council member Ottilie Brandt, seen as a swing vote, said she "
         "would support the ward closure if small clinics were spared.")
    b = "The ward closure was announced in April. The ward closure would save money."
    got = _cells(a, b)
    assert any(x.endswith("Ottilie Brandt") and i == "ward closure" and p == "conditional" for x, i, p in got), got
    assert not any(x == "Lena Hobb-Vance" and i == "ward closure" for x, i, _ in got), got


def test_compare_stances_a_day_after_the_cue_is_no_object() -> None:
    """"Secretary of State X, asked by residents to take over the closure, refused on Tuesday,
    declaring ...": no position on "Tuesday"."""
    a = ("Secretary of State Ambrose Kettle, asked by residents to take over the ward closure, refused on "
         "Tuesday, declaring that the county was doing everything by the book.")
    b = "The ward closure was announced in April. The ward closure would save money."
    got = _cells(a, b)
    assert not any("tuesday" in i.lower() for _, i, _ in got), got


def test_compare_stances_light_head_with_a_relative_clause_is_its_own_issue() -> None:
    """"proposed a community share offer that would let patients buy in": "that would" opens a
    relative clause (which offer), not the content of the offer."""
    a = ("The Lindell Patients Trust, which organised the march, has proposed a community share offer that would "
         "let patients buy up to 10 per cent of the clinic.")
    b = "The merger was agreed in April. A community share offer was tried elsewhere. The community share offer is popular."
    got = _cells(a, b)
    assert ("Lindell Patients Trust", "community share offer", "proposes") in got, got


def test_compare_stances_come_out_in_favour_with_a_named_apposition() -> None:
    """"A smaller group, Patients for Change, has come out in favour of the merger": a stance
    declared with "come out", held by the group named in apposition (a name with "for")."""
    a = ("Not every patient is opposed. A smaller group, Patients for Change, has come out in favour of the "
         "merger, arguing that losses had left the clinic unable to cope.")
    b = "The merger was agreed in April. The merger needs approval."
    got = _cells(a, b)
    assert ("Patients for Change", "merger", "supports") in got, got


def test_compare_stances_go_further_by_adding_names_the_demand() -> None:
    """"supports the fare cap but wants the council to go further by adding night services":
    the union demands night services (going further is no issue)."""
    a = ("The Riders Union supports the fare cap but wants the council to go further by adding night services, "
         "so workers could get home.")
    b = "The fare cap was debated in April. Night services were cut last year. Night services matter."
    got = _cells(a, b)
    assert ("Riders Union", "fare cap", "supports") in got, got
    assert ("Riders Union", "night services", "demands") in got, got


def test_compare_stances_argued_that_it_should_is_a_demand_for_the_act() -> None:
    """"argued Tuesday that it should also cover school buses": a demand to cover them;
    "argued that the cap would hurt ..." is a reason given, no position."""
    b = "The fare cap was debated in April. The fare cap would cover buses. School buses were cut. School buses matter."
    a = ("The Riders Union also supports the fare cap, though its organizers argued Tuesday that it should also "
         "cover school buses, so that fares could not rise.")
    got = _cells(a, b)
    assert ("Riders Union", "cover school buses", "demands") in got, got
    got = _cells("The Riders Union argued that the fare cap would hurt school buses.", b)
    assert not any(p == "demands" for _, _, p in got), got


def test_compare_stances_a_need_in_a_time_clause_is_no_position() -> None:
    """"at a moment when the city badly needs more buses": the background of an argument, not
    the city's demand."""
    a = ("The Riders Union has asked the City Council to delay its vote, arguing that the cap could hurt "
         "service at a moment when the city badly needs more buses.")
    b = "The City Council debated the fare cap in April. More buses are needed. More buses would help."
    got = _cells(a, b)
    assert ("Riders Union", "delay vote", "demands") in got, got
    assert not any(x == "City Council" for x, _, _ in got), got
