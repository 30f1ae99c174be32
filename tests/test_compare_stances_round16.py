"""Stances on constructed paragraphs from other domains (issue 17, round 16): "it" after
"<owner>'s <role>, Name, said" is the owner's body, and "the group" the organisation named
last (one whose name has such a head first). Each paragraph is written for this test, not
taken from a story."""
from __future__ import annotations

from .conftest import stance_cells


def _cells(*bodies: str) -> set[tuple[str, str, str]]:
    return stance_cells(*bodies, month=5)


def test_compare_stances_it_after_the_groups_role_is_the_group_not_the_last_body() -> None:
    """"The Harbour Board opposed ... the Tidewater Anglers Circle delivered ... The group's
    secretary, Ona Brisk, said it is demanding X": the anglers, not the board."""
    a = ("The Harbour Board opposed a ban on night fishing. Later, the Tidewater Anglers Circle delivered "
         "a letter to the harbour office. The group's secretary, Ona Brisk, said it is demanding "
         "an independent survey of the pier before any vote.")
    b = "The independent survey of the pier was requested in April. Night fishing continues."
    got = _cells(a, b)
    assert any(x == "Tidewater Anglers Circle" and p == "demands" and "survey" in i for x, i, p in got), got
    assert not any(x == "Harbour Board" and "survey" in i for x, i, _ in got), got


def test_compare_stances_it_after_a_named_owners_role_is_the_owner() -> None:
    """"Brannock Mills' spokeswoman, Ida Rusk, said it opposes X": the company named as owner."""
    a = ("The Quarry Council backs a new haul road. Brannock Mills' spokeswoman, Ida Rusk, said it opposes "
         "the new haul road through the valley.")
    b = "The new haul road was proposed in April. The valley has two farms."
    got = _cells(a, b)
    assert any(x == "Brannock Mills" and p == "opposes" and "haul road" in i for x, i, p in got), got
