"""Stances on constructed sentences (issue 17, third generality round): causes that recurred
across stories written outside the team. Each sentence is written for this test (invented
names), not taken from a story."""
from __future__ import annotations

from .conftest import stance_cells


def _cells(*bodies: str) -> set[tuple[str, str, str]]:
    return stance_cells(*bodies, month=4)


def _has(got, actor: str, issue: str, position: str) -> bool:
    return any(actor.lower() in a.lower() and issue in i and p == position for a, i, p in got)


def test_compare_stances_a_beat_before_a_role_is_no_party() -> None:
    """"harbours spokesman X", "district councillor Y": the lower-case word before the role is
    a beat or portfolio, not a party; the cell is the person's, not "harbours"/"district"."""
    a = ("Tavish Orrenby-Malk, the opposition's harbours spokesman, called on the ministry to publish the dredging survey. "
         "Opposition harbours spokesman Tavish Orrenby-Malk wants the dredging survey released. "
         "District councillor Imelda Sorvath-Quain said she would propose a hardship fund for the boat owners.")
    b = "The dredging survey was finished in May. The hardship fund would pay boat owners."
    got = _cells(a, b)
    assert not any(x.lower() in ("harbours", "opposition harbours", "district") for x, _, _ in got), got
    assert _has(got, "Orrenby-Malk", "dredging survey", "demands"), got
    assert _has(got, "Sorvath-Quain", "hardship fund", "proposes"), got


def test_compare_stances_contracted_negation_negates() -> None:
    """"They don’t accept X" (one token, either apostrophe): no party called "They don’t", and
    the speaker's body opposes X; "won't support" opposes too."""
    a = ("The Pellham Quay Tenants Guild held a meeting on Monday. "
         "“They don’t accept the night dredging,” said the guild’s secretary, Oriel Vantreske-Bho. "
         "The Ostra Ferrymen Cooperative won't support the toll bridge.")
    b = "The night dredging starts in June. The toll bridge would cost 40 million."
    got = _cells(a, b)
    assert not any("don" in x.lower() for x, _, _ in got), got
    assert not any(p == "supports" for _, _, p in got), got
    assert _has(got, "Ostra Ferrymen Cooperative", "toll bridge", "opposes"), got


def test_compare_stances_made_public_names_the_thing_made_public() -> None:
    """"urged the council to make the tidal survey public", "wants the tidal survey made
    public": the issue is the tidal survey, not "public"."""
    a = ("The Vellacott Anglers Club urged the council to make the tidal survey public. "
         "The Brisk Harbour Pilots Guild wants the tidal survey made public.")
    b = "The tidal survey was finished in May. The tidal survey cost 40,000."
    got = _cells(a, b)
    assert not any(i == "public" for _, i, _ in got), got
    assert _has(got, "Vellacott Anglers Club", "tidal survey", "demands"), got
    assert _has(got, "Brisk Harbour Pilots Guild", "tidal survey", "demands"), got


def test_compare_stances_verb_before_a_description_is_no_holder() -> None:
    """"a closure would hurt traders who need the bridge", "I know people want a new pier":
    the verb before the noun is no part of a holder ("hurt traders", "I know people")."""
    a = ("“I know people want a new pier. But a new pier is years away,” said Odile Varnsworth. "
         "The Cawley Boatmen Union says a closure would hurt traders who need the old pier.")
    b = "The old pier shut in May. A new pier would cost 9 million."
    got = _cells(a, b)
    assert not any(x.lower().startswith(("i know", "hurt", "know")) for x, _, _ in got), got


def test_compare_stances_the_company_is_the_one_company() -> None:
    """"the company now supports X" in a story that names one company (Varrow Bay Power): the
    company's cell, not "company"."""
    a = "Utility spokeswoman Idris Kallenby-Moor said the company now supports the barge curfew."
    b = "The barge curfew would start in June. The barge curfew covers the estuary. Varrow Bay Power runs the barges."
    got = _cells(a, b)
    assert _has(got, "Varrow Bay Power", "barge curfew", "supports"), got
    assert not any(x.lower() in ("company", "utility") for x, _, _ in got), got


def test_compare_stances_accepting_that_a_fact_is_no_position() -> None:
    """"does not accept that its cable started the fire": a fact denied, not opposition to the cable."""
    a = ("Varrow Bay Power opposes the barge curfew. "
         "The utility still does not accept that its cable on Mill Lane started the fire.")
    b = ("Investigators are looking at a cable on Mill Lane. The cable on Mill Lane belongs to Varrow Bay Power. "
         "The barge curfew starts in June.")
    got = _cells(a, b)
    assert _has(got, "Varrow Bay Power", "barge curfew", "opposes"), got
    assert not any("cable" in i for _, i, _ in got), got


def test_compare_stances_acts_asked_of_someone_or_of_patients_are_no_position() -> None:
    """"I want someone to tell me ...", "asked patients to keep their appointments": an act
    asked of nobody in particular, or advice to the people a story touches, is no cell."""
    a = ("The Dorrel Valley Clinics Board has asked patients to keep their appointments at the eye unit. "
         "“I want someone to explain the eye unit closure,” said Ferris Ollenkamp of the Dorrel Valley Clinics Board.")
    b = "The eye unit closure starts in June. Appointments at the eye unit go ahead."
    got = _cells(a, b)
    assert not any("appointment" in i or "explain" in i for _, i, _ in got), got


def test_compare_stances_the_groups_chair_is_no_party_called_group() -> None:
    """"The group's chair, X, repeated its demand": no party called "group"; X's cell."""
    a = ("The Harlow Tenants Federation wrote to the council on Monday. "
         "The group's chair, Petra Valloway-Krim, repeated its demand for a rent freeze.")
    b = "The rent freeze was proposed in May. The rent freeze would last two years."
    got = _cells(a, b)
    assert not any(x.lower() == "group" for x, _, _ in got), got
    assert any(p == "demands" and "rent freeze" in i for _, i, p in got), got


def test_compare_stances_two_word_title_before_a_name() -> None:
    """"Lord Mayor Ada Quillborne-Ree": a two-word title; the name is what follows both words,
    so the mayor is an official of the story and her proposal a cell."""
    a = "Lord Mayor Ada Quillborne-Ree has proposed a free shuttle service between the two quays."
    b = "The free shuttle service would run in June. The shuttle service would cost 2 million."
    got = _cells(a, b)
    assert _has(got, "Quillborne-Ree", "shuttle service", "proposes"), got
