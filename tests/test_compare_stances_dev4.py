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
