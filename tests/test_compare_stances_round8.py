"""Stances on constructed paragraphs from other domains (issue 17, round 8): how the issue of
a claim is labelled. A second verb of the holder ("and believes ...") is no part of the
issue; a time phrase or a participle clause after the head ("a bill next term requiring ...")
says which one, not what; a verb-phrase issue is named by the noun the story itself uses for
the act ("pay the grant back" -> "repayment"). Each paragraph is written for this test, not
taken from a story."""
from __future__ import annotations

from newsdesk.compare import issues as _issues

from .conftest import stance_cells


def _cells(*bodies: str) -> set[tuple[str, str, str]]:
    return stance_cells(*bodies, month=9)


def test_compare_stances_second_verb_of_the_holder_is_no_label() -> None:
    """"opposes the closures and believes several branches ...": against the closures; no issue
    labelled by "believes"."""
    a = ("Tamsin Orrell, who chairs the Lowmarsh Savers Forum, said the forum opposes the closures and believes "
         "several branches were picked because they were in poorer streets.")
    b = "The closures were announced on Monday. The closures affect 14 branches in the region."
    got = _cells(a, b)
    assert any(p == "opposes" and "closures" in i for _, i, p in got), got
    assert not any("believes" in i or i.startswith("and ") for _, i, _ in got), got


def test_compare_stances_time_phrase_and_participle_clause_cut_off() -> None:
    """"will file a bill next term requiring large landlords to ...": the bill."""
    a = ("Assemblyman Corbin Vale said he would file a bill next term requiring large landlords to give tenants "
         "120 days' warning of a sale. The Brackwater Landlords Council opposes the bill.")
    b = "The bill would be the first of its kind. Tenants groups have long asked for such a bill."
    got = _cells(a, b)
    assert any(x == "Corbin Vale" and p == "proposes" and i == "bill" for x, i, p in got), got
    assert not any("term" in i or "requiring" in i for _, i, _ in got), got


def test_compare_issues_nominal_label_of_a_verb_phrase() -> None:
    """Nouns English makes of verbs, used only when the story writes them."""
    assert "repayment" in _issues._nominal_candidates("repay")
    assert "suspension" in _issues._nominal_candidates("suspend")
    assert "closure" in _issues._nominal_candidates("close")
    assert "reduction" in _issues._nominal_candidates("reduce")
    assert "recognition" in _issues._nominal_candidates("recognize")


def test_compare_stances_verb_phrase_issue_named_by_the_story_noun() -> None:
    """"wants the hatchery to repay the grant": labelled "repayment ..." when the story speaks of
    a repayment; left as the verb phrase when it does not."""
    a = ("Councillor Ines Harwick wants the Pellow Hatchery to repay the grant. "
         "The Pellow Hatchery has refused to repay the grant.")
    b = "A repayment would cost the hatchery dearly. The grant was paid in 2022."
    got = _cells(a, b)
    assert any(x == "Ines Harwick" and p == "demands" and i.startswith("repayment") for x, i, p in got), got
    plain = _cells(a, "The grant was paid in 2022. The grant was large.")
    assert not any(i.startswith("repayment") for _, i, _ in plain), plain


def test_compare_stances_thing_wanted_to_happen_is_the_issue() -> None:
    """"wants the refund to happen at once": the refund, not "happen at once"."""
    a = ("Councillor Ines Harwick said she wants the refund to happen at once. "
         "The Pellow Hatchery opposes the refund.")
    b = "The refund was promised in 2023. A refund of the levy would cost the hatchery dearly."
    got = _cells(a, b)
    assert any(x == "Ines Harwick" and p == "demands" and "refund" in i for x, i, p in got), got
    assert not any("happen" in i for _, i, _ in got), got


def test_compare_stances_partitive_before_the_thing() -> None:
    """"called on the hatchery to return part of its grant money": about the grant money."""
    a = ("Councillor Ines Harwick called on the Pellow Hatchery to return part of its grant money. "
         "The hatchery said the grant money had been spent.")
    b = "The grant money came from the regional fund. The grant money was paid in 2022."
    got = _cells(a, b)
    assert any(x == "Ines Harwick" and p == "demands" and "grant money" in i for x, i, p in got), got
    assert not any(i.endswith("part") for _, i, _ in got), got


def test_compare_stances_said_to_be_unnecessary_is_opposed() -> None:
    """"said ... that an outside audit was unnecessary": the speaker's party opposes the audit."""
    a = ("Brantmoor Freight, which runs the depot, said its own engineers had begun checks and that an outside "
         "audit was unnecessary.")
    b = "Drivers have asked for an outside audit. An outside audit of the depot would take a month."
    got = _cells(a, b)
    assert any(x == "Brantmoor Freight" and p == "opposes" and "audit" in i for x, i, p in got), got
