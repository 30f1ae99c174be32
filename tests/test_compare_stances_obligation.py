"""Stances from what a party says another must do (issue 17, recall round stances13): "X said
(that) the board should refer the dispute to a mediator", "told the crowd that the lease offer
should be withdrawn", "said A and that the firm must pay B"; a schedule ("should be finished by
Friday"), advice to the public ("residents should boil water") and a rule for all ("no vessel
should sail") are no demand. Each paragraph is written for this test, in other domains, with
invented names."""
from __future__ import annotations

from .conftest import has_cell, stance_cells


def _cells(*bodies: str) -> set[tuple[str, str, str]]:
    return stance_cells(*bodies, month=9)


def test_compare_stances_said_should_is_a_demand() -> None:
    """The reporting subject demands the act after "should"/"must", the act's destination
    ("refer the dispute to binding arbitration") being the issue."""
    a = ("The Ostrava Bakers Guild said on Monday that the city should refer the rent dispute to binding arbitration. "
         "The Ostrava Market Board has so far refused.")
    b = "The Ostrava Bakers Guild says the city must refer the rent dispute to binding arbitration, its chair said."
    got = _cells(a, b)
    assert has_cell(got, "Ostrava Bakers Guild", "arbitration", "demands"), got


def test_compare_stances_should_be_withdrawn_opposes_the_subject() -> None:
    """"told the crowd that the lease offer made last week should be withdrawn": against the
    lease offer."""
    a = ("The Pellow Water Company offered the Tarnby Anglers Club a ten-year lease of the lake. "
         "The Tarnby Anglers Club told members on Sunday that the lease offer should be withdrawn.")
    b = ("The Tarnby Anglers Club said the lease offer made by the company last week should be withdrawn, "
         "and the Pellow Water Company said the lease offer stands.")
    got = _cells(a, b)
    assert has_cell(got, "Tarnby Anglers Club", "lease", "opposes"), got


def test_compare_stances_second_that_clause() -> None:
    """"said X and that the firm must pay compensation in full": the second clause is read too."""
    a = ("The Harbour Consumer Council said delays were an ordinary business risk and that Brisk Ferries must pay "
         "compensation in full. Brisk Ferries has refused to pay compensation.")
    b = "Brisk Ferries said it would not pay compensation. The Harbour Consumer Council said Brisk Ferries must pay compensation."
    got = _cells(a, b)
    assert ("Harbour Consumer Council", "compensation", "demands") in got or any(
        x == "Harbour Consumer Council" and "compensation" in i and p == "demands" for x, i, p in got), got


def test_compare_stances_schedules_advice_and_rules_are_no_demand() -> None:
    """A schedule, advice to the public, a rule for all and a forecast: no demand cell."""
    a = ("The Tarnby Bridges Office said the deck repairs should be finished by Friday. "
         "The Tarnby Health Board said residents should boil water before drinking it. "
         "The Tarnby Harbour Board said no vessel should leave port with a faulty radar. "
         "The Tarnby Bridges Office said the works should last a week.")
    got = _cells(a, a)
    assert not any(p == "demands" for _, _, p in got), got
