"""Stances on constructed sentences in new wording: the generic attribution cases that broke
on unseen stories (pronouns, roles written before a name, appositions, object control,
passives, pronoun objects). Each sentence is written for this test, not taken from a story."""
from __future__ import annotations

from .conftest import stance_cells


def _cells(*bodies: str) -> set[tuple[str, str, str]]:
    return stance_cells(*bodies, month=6)


def test_compare_stances_pronoun_of_a_named_reporter_is_that_person() -> None:
    """"Alderman X said he opposes": "he" is X, never the party named in the sentence before."""
    a = ("Marlow Transit proposed a fare increase on Monday. "
         "Alderman Petra Osei said she opposes the fare increase.")
    b = "Marlow Transit defended the fare increase. Critics of the fare increase gathered outside."
    got = _cells(a, b)
    assert ("Petra Osei", "fare increase", "opposes") in got, got
    assert ("Marlow Transit", "fare increase", "opposes") not in got, got


def test_compare_stances_pronoun_of_a_passer_by_is_no_party() -> None:
    a = ("Marlow Transit proposed a fare increase on Monday. "
         "Maria Vos, a bus driver, said she opposes the fare increase.")
    b = "Marlow Transit defended the fare increase. The fare increase takes effect in July."
    got = _cells(a, b)
    assert not any(p == "opposes" for _, _, p in got), got  # neither Maria Vos nor Marlow Transit


def test_compare_stances_affiliation_before_a_lower_case_role() -> None:
    """"Harbor Board chair Ines Roy has proposed": the subject runs back over the role."""
    a = ("Harbor Board chair Ines Roy has proposed a dredging fee for cargo ships. "
         "Ines Roy, who chairs the board, said the dredging fee would pay for the work.")
    b = "Shipping firms dislike the dredging fee. The dredging fee would start next year."
    got = _cells(a, b)
    assert any(p == "proposes" and "dredging fee" in i and a_ != "who" for a_, i, p in got), got
    assert not any(a_ == "who" for a_, _, _ in got), got


def test_compare_stances_group_apposition_with_possessive_and_glue() -> None:
    """"Friends for Elm Park, the residents' group that ...": "the group" is that party."""
    a = ("Friends for Elm Park, the residents' group that organised the petition, opposes the parking garage. "
         "The group wants the council to hold a public hearing on the parking garage.")
    b = "The council approved the parking garage in May. A public hearing on the parking garage is not scheduled."
    got = _cells(a, b)
    assert ("Friends for Elm Park", "parking garage", "opposes") in got, got
    assert not any(a_ == "group" for a_, _, _ in got), got


def test_compare_stances_urged_another_to_block_is_the_urgers_opposition() -> None:
    """"urged the agency to block the merger": the urger opposes the merger; the agency is asked, holds nothing."""
    a = ("Grainco announced a merger with Tollworth Mills in March. "
         "Senator Hal Brin, whose state hosts both mills, urged the trade commission to block the merger.")
    b = "The merger would create the largest miller in the region. Grainco defended the merger on Friday."
    got = _cells(a, b)
    assert ("Hal Brin", "merger", "opposes") in got, got
    assert not any(p == "proposes" and "block" in i for _, i, p in got), got
    assert not any("commission" in a_.lower() for a_, _, _ in got), got


def test_compare_stances_agentless_passive_holds_nothing() -> None:
    """"Tenants were offered a rent rebate": the tenants receive the offer, they propose nothing."""
    a = "Tenants were offered a rent rebate after the outage. Ferngate Housing offered a rent rebate on Tuesday."
    b = "The rent rebate covers one month. Tenants have been offered a rent rebate before."
    got = _cells(a, b)
    assert not any(a_.lower() == "tenants" for a_, _, _ in got), got
    assert ("Ferngate Housing", "rent rebate", "proposes") in got, got


def test_compare_stances_pronoun_object_clause_is_no_issue() -> None:
    """"wants it put off": no issue named "it put off"."""
    a = "The Dock Workers Guild opposes the terminal sale and wants it put off until the audit ends."
    b = "The terminal sale was announced in June. The Dock Workers Guild opposes the terminal sale."
    got = _cells(a, b)
    assert ("Dock Workers Guild", "terminal sale", "opposes") in got, got
    assert not any(i.split()[0] in ("it", "them", "that") for _, i, _ in got), got


def test_compare_stances_leader_named_by_who_heads_and_the_title_apposition() -> None:
    """"X, who heads the Y Union, said his members would fight": Y; "The governor, A B, said
    that he supports": the governor, an official of the story."""
    a = ("Tom Arden, who heads the Ridgeline Drivers Union, said his members would fight the congestion toll. "
         "The governor, Amos Kell, said Tuesday that he supports the congestion toll.")
    b = "The congestion toll would charge drivers $5. Critics say the congestion toll is unfair."
    got = _cells(a, b)
    assert ("Ridgeline Drivers Union", "congestion toll", "opposes") in got, got
    assert ("Amos Kell", "congestion toll", "supports") in got, got


def test_compare_stances_trailing_manner_adverb_is_not_part_of_the_issue() -> None:
    a = "“We reject the congestion toll outright,” said Tom Arden, president of the Ridgeline Drivers Union."
    b = "The congestion toll would charge drivers $5. Critics say the congestion toll is unfair."
    assert ("Ridgeline Drivers Union", "congestion toll", "opposes") in _cells(a, b)


def test_compare_stances_the_title_is_the_one_person_holding_it() -> None:
    """"The mayor said she would defend X": the mayor the story names (its only mayor)."""
    a = ("Mayor Dana Whitfield spoke on Monday about the congestion toll. "
         "The mayor said she would defend the congestion toll in court.")
    b = "The congestion toll would charge drivers $5. Critics say the congestion toll is unfair."
    assert ("Dana Whitfield", "congestion toll", "supports") in _cells(a, b)


def test_compare_stances_the_company_a_spokeswoman_speaks_for() -> None:
    a = "Jane Okafor, a spokeswoman for Ridgeline Freight, said the company opposes the congestion toll."
    b = "The congestion toll would charge drivers $5. Critics say the congestion toll is unfair."
    got = _cells(a, b)
    assert ("Ridgeline Freight", "congestion toll", "opposes") in got, got
    assert not any(a_ == "company" for a_, _, _ in got), got


def test_compare_stances_asked_to_scrap_but_not_asked_to_stop_doing() -> None:
    a = ("Councilwoman Ruth Bale asked the city to scrap the congestion toll. "
         "Ridgeline Transit asked drivers to stop using the congestion toll lanes at night.")
    b = "The congestion toll would charge drivers $5. Critics say the congestion toll is unfair."
    got = _cells(a, b)
    assert ("Ruth Bale", "congestion toll", "opposes") in got, got
    assert not any(a_ == "Ridgeline Transit" for a_, _, _ in got), got


def test_compare_stances_introducing_a_bill_proposes_it_and_a_title_abbreviation_is_stripped() -> None:
    a = "State Rep. Lin Moro said she will introduce a bill requiring tolls to expire. The bill would need a vote."
    b = "Carmaker Tavio introduced a new model in May. Tavio introduced a new model again."
    got = _cells(a, b)
    assert ("Lin Moro", "bill", "proposes") in got, got
    assert not any(a_ == "Tavio" for a_, _, _ in got), got  # a product launch is no proposal


def test_compare_stances_a_portfolio_before_a_role_is_no_party() -> None:
    """"Fisheries Minister Ana Lowe": a person of the story, not a party named "Fisheries"."""
    a = ("Fisheries Minister Ana Lowe has asked both sides to accept binding arbitration. "
         "The Quay Workers Union said it would accept binding arbitration if the gates reopen.")
    b = "Binding arbitration has been tried before. Binding arbitration takes months."
    got = _cells(a, b)
    assert not any(a_ == "Fisheries" for a_, _, _ in got), got
    assert any(a_ == "Ana Lowe" and "arbitration" in i for a_, i, _ in got), got


def test_compare_stances_refusing_an_act_and_backing_people_are_no_issues() -> None:
    a = ("The Quay Workers Union has refused to unload any ship diverted from the harbour. "
         "Alder council backs workers in pay row. The Quay Workers Union opposes the pay freeze.")
    b = "Dockers say the pay freeze is unfair. The pay freeze began in May. Diverted ships wait offshore."
    got = _cells(a, b)
    assert ("Quay Workers Union", "pay freeze", "opposes") in got, got
    assert not any("unload" in i or "ship" in i for _, i, _ in got), got
    assert not any(i.startswith("worker") for _, i, _ in got), got  # the union's people, not an issue
