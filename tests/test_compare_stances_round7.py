"""Stances on constructed paragraphs from other domains (issue 17, round 7): an act a party
would do on terms, "the demand" a paragraph back, "an end to X", "X, which <party> ruled out",
a refusal of "any X" said once, titles with "for <place>," before a name, a bare "the <noun>"
named only further up, and a participle clause between a subject and its verb. Each
paragraph is written for this test, not taken from a story."""
from __future__ import annotations

from .conftest import stance_cells


def _cells(*bodies: str) -> set[tuple[str, str, str]]:
    return stance_cells(*bodies, month=7)


def test_compare_stances_would_act_on_terms_is_conditional() -> None:
    """"would consider a later closing time if ...": conditional on the closing time; the same
    act with no condition is no position."""
    a = ("The Quayside Traders Guild said it would consider a later closing time if the council paid "
         "for extra patrols on the promenade.")
    b = "A later closing time was requested by bar owners. Extra patrols cost money, the council said."
    got = _cells(a, b)
    assert any(x == "Quayside Traders Guild" and p == "conditional" and "closing" in i for x, i, p in got), got
    plain = _cells("The Quayside Traders Guild said it would consider a later closing time.",
                   "A later closing time was requested by bar owners.")
    assert not any(p == "conditional" for _, _, p in plain), plain


def test_compare_stances_would_cooperate_with_review_provided_that() -> None:
    """"would cooperate fully with the inspection provided that ...": conditional on the inspection;
    "will not publish X once Y" (negated): nothing."""
    a = ("The Marrick Ferry Company said it would cooperate fully with the safety inspection provided that "
         "its own engineers were present. The company said it would not publish the log once the inspection ended.")
    b = "The safety inspection was ordered after a collision. The safety inspection starts on Monday."
    got = _cells(a, b)
    assert any(x == "Marrick Ferry Company" and p == "conditional" and "inspection" in i for x, i, p in got), got
    assert not any("log" in i for _, i, _ in got), got


def test_compare_stances_bare_demand_reaches_a_paragraph_back() -> None:
    """A demand, a sentence and a quotation, then "rejected the demand": the demand of three
    sentences before."""
    a = ("The Sallow Row Shopkeepers Association is calling on the Tollbridge Council to fund a night bus. "
         "Association chair Ivo Marek said takings had fallen by a third.\n\n"
         "\"Nobody can get here after eight,\" Marek said.\n\n"
         "The council's finance director, Mirela Foss, rejected the demand, saying the budget was spent.")
    b = "A night bus was last run in 2019. Takings on Sallow Row have fallen."
    got = _cells(a, b)
    demanded = {i for x, i, p in got if p == "demands" and "Shopkeepers" in x}
    assert demanded and any(p == "opposes" and i in demanded and "Council" in x for x, i, p in got), got


def test_compare_stances_an_end_to_something_asked_for_is_against_it() -> None:
    """"demanding a raise from $30 an hour to $34 and an end to mandatory overtime": a demand for
    the raise and a stance against mandatory overtime."""
    a = "The Osprey Valley Nurses Union is demanding a raise from $30 an hour to $34 and an end to mandatory overtime."
    b = "Mandatory overtime was introduced last year. The raise is the first sought since 2021."
    got = _cells(a, b)
    assert any(p == "opposes" and "mandatory overtime" in i for _, i, p in got), got
    assert any(p == "demands" and "raise" in i for _, i, p in got), got
    assert not any(i == "end" for _, i, _ in got), got


def test_compare_stances_which_clause_cue_takes_the_phrase_before() -> None:
    """"a relief fund for ferry operators, which the port authority has so far ruled out"."""
    a = ("The Ferry Operators Guild is pressing for a relief fund for ferry operators, which the Harwick Port "
         "Authority has so far ruled out.")
    b = "The relief fund would cost about $2 million. Ferry operators lost trade during the closure."
    got = _cells(a, b)
    assert any(x == "Harwick Port Authority" and p == "opposes" and "relief fund" in i for x, i, p in got), got


def test_compare_stances_refusal_of_any_names_its_issue_once() -> None:
    """"is against any extension of the curfew", said once, is a stance."""
    a = "Gallow Street Residents Association chair Gilda Sallow said the association is against any extension of the curfew."
    b = "Bars on Gallow Street close at midnight. Police reported fewer incidents this summer."
    got = _cells(a, b)
    assert any(p == "opposes" and "extension" in i for _, i, p in got), got


def test_compare_stances_title_for_place_then_name_is_an_official() -> None:
    """"Green MP for Dunholm West, Ada Varga, has called for an independent audit": Varga holds it."""
    a = ("Green MP for Dunholm West, Ada Varga, has called for an independent audit of the harbour accounts. "
         "Varga said the figures did not add up.")
    b = "The harbour accounts showed a deficit. An independent audit would take three months."
    got = _cells(a, b)
    assert any("Varga" in x and p == "demands" and "audit" in i for x, i, p in got), got


def test_compare_stances_bare_head_noun_named_further_up_in_the_article() -> None:
    """"Brackwater Heath Observatory" in the lead, "the observatory would cooperate ..." two
    paragraphs later: the observatory named above, the only one in the story."""
    a = ("Inspectors will visit the Brackwater Heath Observatory next week after a telescope mount failed.\n\n"
         "Guests have been kept away from the domes since Friday.\n\n"
         "Its director, Marek Reyna, said the observatory would cooperate with the inspection provided that "
         "its own vets were present.")
    b = "The inspection was ordered by the ministry. The inspection will take two days."
    got = _cells(a, b)
    assert any("Observatory" in x and p == "conditional" and "inspection" in i for x, i, p in got), got


def test_compare_stances_participle_clause_between_subject_and_verb() -> None:
    """"The Tollan Growers Guild, facing a third year of drought, rejected the water levy"."""
    a = "The Tollan Growers Guild, facing a third year of drought, rejected the water levy."
    b = "The water levy was proposed by the irrigation board. The water levy would double bills."
    got = _cells(a, b)
    assert ("Tollan Growers Guild", "water levy", "opposes") in got, got


def test_compare_stances_condition_of_receiving_is_the_holders_demand() -> None:
    """"would support the pipeline only if it received an equity stake": conditional on the
    pipeline, a demand for the stake."""
    a = "The Tallow Creek Landowners Association said it would support the pipeline only if it received an equity stake."
    b = "The pipeline would cross 40 kilometres of forest. An equity stake is under discussion."
    got = _cells(a, b)
    assert any(p == "conditional" and "pipeline" in i for _, i, p in got), got
    assert any(p == "demands" and "equity stake" in i for _, i, p in got), got


def test_compare_stances_joined_in_opposing_gives_both_parties() -> None:
    """"The Tollan Growers Guild has joined the Marsh Farmers Union in opposing the water levy"."""
    a = "The Tollan Growers Guild has joined the Marsh Farmers Union in opposing the water levy."
    b = "The water levy was proposed by the irrigation board. The water levy would double bills."
    got = _cells(a, b)
    assert ("Tollan Growers Guild", "water levy", "opposes") in got, got
    assert ("Marsh Farmers Union", "water levy", "opposes") in got, got


def test_compare_stances_taking_part_and_allowing_are_pledges() -> None:
    """"would take part in mediation" (for it), "will not allow blasting" (against it)."""
    a = ("The Pellworth Dairy Cooperative said it would take part in mediation. "
         "The Cobalt Quarry Company said it will not allow blasting near the school.")
    b = "Mediation was offered by the ministry. Blasting near the school worries parents."
    got = _cells(a, b)
    assert ("Pellworth Dairy Cooperative", "mediation", "supports") in got, got
    assert any(x == "Cobalt Quarry Company" and p == "opposes" and "blasting" in i for x, i, p in got), got


def test_compare_stances_a_body_voting_to_act_supports_the_act() -> None:
    """"voted 6-1 on Monday to build a footbridge": the council is for the footbridge; "voted to
    oppose X" stays a stance against X."""
    a = ("The Harwell Town Council voted 6-1 on Monday to build a footbridge over the rail line. "
         "The Harwell Rail Users Group voted unanimously to oppose the level crossing closure.")
    b = "The footbridge would cost about $3 million. The level crossing closure is planned for May."
    got = _cells(a, b)
    assert any(x == "Harwell Town Council" and p == "supports" and "footbridge" in i for x, i, p in got), got
    assert any(x == "Harwell Rail Users Group" and p == "opposes" and "crossing" in i for x, i, p in got), got


def test_compare_stances_currency_inside_a_phrase_and_a_price() -> None:
    """"backed a £3 million rescue package" is read whole; "will pay £40 million for the club" is
    a price, no pledge."""
    a = ("The Marrowfield Supporters Trust backed a £3 million rescue package. "
         "Ferrant Holdings will pay £40 million for the club.")
    b = "The rescue package was put together by local firms. The club has been for sale since June."
    got = _cells(a, b)
    assert any(p == "supports" and "rescue package" in i for _, i, p in got), got
    assert not any(x == "Ferrant Holdings" for x, _, _ in got), got


def test_compare_stances_negated_intention_reaches_the_cue() -> None:
    """"did not currently plan to offer free parking": against free parking, not a proposal."""
    a = "The Wendle Harbour Board said it did not currently plan to offer free parking to ferry passengers."
    b = "Free parking was requested by island residents. Free parking costs the board money."
    got = _cells(a, b)
    assert any(x == "Wendle Harbour Board" and p == "opposes" and "parking" in i for x, i, p in got), got
    assert not any(x == "Wendle Harbour Board" and p == "proposes" for x, _, p in got), got


def test_compare_stances_thing_done_on_terms_said_by_a_party() -> None:
    """"said the report would be published once it had been reviewed": conditional on the report."""
    a = "The Velden Valley Water Authority said the report would be published once it had been peer reviewed."
    b = "The report covers the dam inspection. Residents have asked to see the report."
    got = _cells(a, b)
    assert ("Velden Valley Water Authority", "report", "conditional") in got, got
