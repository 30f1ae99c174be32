"""Stances on constructed sentences in new wording (issue 17, round 2): verb uses of noun
cues, coordinated infinitives, subjunctive clauses, coordinated verbs and condition scope.
Each sentence is written for this test, not taken from a story."""
from __future__ import annotations

from .conftest import stance_cells


def _cells(*bodies: str) -> set[tuple[str, str, str]]:
    return stance_cells(*bodies, month=3)


def test_compare_stances_noun_cue_word_used_as_a_verb_after_a_modal() -> None:
    """"would support the levy if": "support" is a noun cue too, but after a modal it is the verb."""
    a = "The Tanner Guild said it would support the water levy if small workshops paid half."
    b = "The water levy was announced in May. The water levy starts next year."
    got = _cells(a, b)
    assert ("Tanner Guild", "water levy", "conditional") in got, got


def test_compare_stances_second_infinitive_shares_the_first_ones_holder() -> None:
    """"the board voted to reject X and to demand that ...": the board holds both positions."""
    a = ("The Orchard Valley Board voted on Monday to reject the pipeline route and to demand that the operator "
         "publish a safety review before work begins.")
    b = "The pipeline route crosses three farms. A safety review of the pipeline route is overdue."
    got = _cells(a, b)
    assert ("Orchard Valley Board", "pipeline route", "opposes") in got, got
    assert any(a_ == "Orchard Valley Board" and "safety review" in i and p == "demands" for a_, i, p in got), got


def test_compare_stances_subjunctive_clause_names_the_act_and_its_conjunct() -> None:
    """"demanded that the airline restore the route and scrap the fee": two acts, the airline no issue."""
    a = "The Pilots Guild has demanded that the airline restore the island route and scrap the baggage fee."
    b = "The island route was cut in April. The baggage fee rose in June."
    got = _cells(a, b)
    issues = {i for a_, i, p in got if a_ == "Pilots Guild" and p == "demands"}
    assert any("island route" in i for i in issues), got
    assert any("baggage fee" in i for i in issues), got
    assert not any(i == "airline" for _, i, _ in got), got


def test_compare_stances_subjunctive_passive_joins_the_participle_variant() -> None:
    """"insists that the levy be phased over four years" and "wants the levy phased over four
    years" are one issue, not a position on the levy itself."""
    a = "The Harbour Traders Union wants the levy phased over four years."
    b = "The Harbour Traders Union still insists that the levy be phased over four years, officials said."
    got = _cells(a, b)
    mine = {(i, p) for a_, i, p in got if a_ == "Harbour Traders Union"}
    assert len({i for i, _ in mine}) == 1 and all("phas" in i for i, _ in mine), got


def test_compare_stances_object_ends_before_a_second_finite_verb() -> None:
    """"urged the council to reject the tower and wants any vote delayed": the tower is opposed;
    the second verb's object is not part of it."""
    a = "The Elm Row Society has urged the council to reject the tower and wants any vote delayed until spring."
    b = "The tower would rise 40 floors. Developers say the tower is needed."
    got = _cells(a, b)
    assert ("Elm Row Society", "tower", "opposes") in got, got


def test_compare_stances_condition_of_a_second_predicate_leaves_the_first_plain() -> None:
    """"backed the toll and would hire staff if it passes": the "if" belongs to the hiring."""
    a = "The Ferry Operators Council said it backed the bridge toll and would hire 40 staff if the toll passes."
    b = "The bridge toll goes to a vote in June. Drivers dislike the bridge toll."
    got = _cells(a, b)
    assert ("Ferry Operators Council", "bridge toll", "supports") in got, got
    c = "The Ferry Operators Council said it would back the bridge toll, but only if night crossings stay free."
    assert ("Ferry Operators Council", "bridge toll", "conditional") in _cells(c, b)


def test_compare_stances_call_on_another_to_act_is_a_position_on_the_act() -> None:
    """"called on the council to fund a shelter": the caller proposes the shelter's funding."""
    a = "The Westgate Tenants Union called on the council to fund a winter shelter for the district."
    b = "A winter shelter opened in 2019. The winter shelter closed last spring."
    got = _cells(a, b)
    assert any(a_ == "Westgate Tenants Union" and "shelter" in i and p in ("proposes", "demands") for a_, i, p in got), got
    assert not any(a_.lower() == "council" for a_, _, _ in got), got


def test_compare_stances_transfer_verb_names_its_destination() -> None:
    """"proposed that the levy be put to a referendum", "urged both sides to submit the row to
    mediation": the referendum and the mediation are the issues, not the levy or the row."""
    a = ("Councillor Ida Brennholt, who leads the Green group, has proposed that the parking levy be put to a "
         "referendum. The Dock Owners Guild urged both sides to submit the row to mediation.")
    b = "A referendum on the parking levy would cost money. Mediation has worked before, and mediation is cheap."
    got = _cells(a, b)
    assert any("referendum" in i and p == "proposes" for _, i, p in got), got
    assert any(a_ == "Dock Owners Guild" and "mediation" in i for a_, i, p in got), got


def test_compare_stances_want_something_scrapped_is_opposition() -> None:
    """"wants the tower scrapped": the holder opposes the tower (no demand for a "tower scrapped")."""
    a = "The Elm Row Society wants the tower scrapped, its chair said."
    b = "The tower would rise 40 floors. Developers say the tower is needed."
    got = _cells(a, b)
    assert ("Elm Row Society", "tower", "opposes") in got, got
    assert not any(p == "demands" for _, _, p in got), got


def test_compare_stances_passive_gerund_is_no_issue() -> None:
    """"against being told to pay twice": what befalls the holder is not an issue."""
    a = "The Elm Row Society said its members are against being told to pay twice for the tower."
    b = "The tower would rise 40 floors. Being told to pay is annoying, being told twice more so."
    got = _cells(a, b)
    assert not any("being" in i for _, i, _ in got), got


def test_compare_stances_a_demand_said_once_names_an_issue() -> None:
    """A party's own demand with a full noun phrase counts though the story names it once;
    a one-word aside or a two-object offer does not."""
    a = ("The Harbour Traders Union has asked for an independent traffic survey of the quay district. "
         "The Harbour Traders Union offered every stallholder a discount elsewhere.")
    b = "The quay district is busy on market days."
    got = _cells(a, b)
    assert any(a_ == "Harbour Traders Union" and "traffic survey" in i and p == "demands" for a_, i, p in got), got
    assert not any("stallholder" in i or "discount" in i for _, i, _ in got), got
