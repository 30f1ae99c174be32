"""Interval reasoning over reported amounts (rounding vs conflict)."""
from __future__ import annotations

import math

import pytest

from newsdesk.compare import quantities as qmath
from newsdesk.model import Quantity


def q(value, unit="drones", qualifier=None, text="x", value_max=None) -> Quantity:
    return Quantity(id=text, article="a", start=0, end=1, text=text, value=value, unit=unit,
                    qualifier=qualifier, value_max=value_max)


@pytest.mark.parametrize(("a", "b", "want"), [
    (q(138), q(138), "same"),
    (q(138), q(130, qualifier="more than"), "rounding"),
    (q(235), q(None, qualifier="hundreds of"), "rounding"),
    (q(1.18e9, "USD"), q(1.2e9, "USD", "about"), "rounding"),
    (q(12, "people"), q(30, "people", "at least"), "conflict"),
    (q(3, "year", "ordinal"), q(4, "years", "nearly"), "conflict"),  # "third year" vs "nearly four years"
    (q(3, "year", "ordinal"), q(3, "years", "nearly"), "rounding"),
    (q(100), q(90, qualifier="fewer than"), "conflict"),
])
def test_compare_quantities_verdicts(a: Quantity, b: Quantity, want: str) -> None:
    assert qmath.compare(a, b) == want


def test_compare_quantities_ordinal_interval_excludes_upper_bound() -> None:
    lo, hi = qmath.interval(q(3, "year", "ordinal"))
    assert lo == 2 and hi < 3


def test_compare_quantities_open_interval_and_units() -> None:
    assert math.isinf(qmath.interval(q(130, qualifier="over"))[1])
    assert qmath.unit_key(q(1, "drones")) == qmath.unit_key(q(1, "drone"))
    assert qmath.interval(q(None)) is None
