"""Quantities: value, unit, qualifier and the counted noun; dates and years are not quantities."""
from __future__ import annotations

import pytest

from newsdesk.extract.dates import find_dates
from newsdesk.extract.quantities import find_quantities


def _q(text: str):
    dates = find_dates(text, "t", None)
    return find_quantities(text, "t", avoid=[(d.start, d.end) for d in dates])


@pytest.mark.parametrize("text, value, unit, counts, qualifier", [
    ("The meeting lasted more than five hours.", 5, "hour", "hours", "more than"),
    ("Russia said it shot down 235 Ukrainian drones.", 235, "drones", "drones", None),
    ("Russia launched 138 drones overnight.", 138, "drones", "drones", None),
    ("nearly four years after the invasion", 4, "year", "years", "nearly"),
    ("The war, now entering its third year, goes on.", 3, "year", "year", "ordinal"),
    ("about 20 percent of voters", 20, "percent", None, "about"),
    ("a loan of $1.2 billion", 1.2e9, "USD", None, None),
    ("the €210 billion in frozen assets", 2.1e11, "EUR", None, None),
    ("strikes hit six locations", 6, "locations", "locations", None),
    ("over the past three weeks", 3, "week", "weeks", None),
    ("at least 12 people were hurt", 12, "people", "people", "at least"),
])
def test_quantity_fields(text, value, unit, counts, qualifier):
    [q] = _q(text)
    assert q.value == pytest.approx(value)
    assert (q.unit, q.counts, q.qualifier) == (unit, counts, qualifier)
    assert text[q.start:q.end] == q.text


def test_vague_amount_has_a_range():
    [q] = _q("Hundreds of thousands of people fled.")
    assert q.value == 1e5 and q.value_max == pytest.approx(999999)
    assert q.counts == "people"


def test_years_dates_labels_and_times_are_not_quantities():
    text = ("In February 2022, on December 1, 2025, since 2014, Article 5 of NATO, the G7, "
            "COVID-19 at 9:40 p.m., the first time, one of them.")
    assert _q(text) == []


def test_ids_are_per_article():
    qs = find_quantities("5 drones and 6 missiles", "art")
    assert [q.id for q in qs] == ["art:n1", "art:n2"]
