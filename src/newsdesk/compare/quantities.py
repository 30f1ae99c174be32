"""Interval reasoning over reported amounts.

Every reported amount becomes the interval of true values it is compatible with:
"138 drones" is [138, 138], "more than 130" is [130, inf), "nearly four years" is
[3.2, 4], "hundreds of" is [200, 999], "third year" (ordinal) is [2, 3). Two reports
agree exactly when their values are equal, are compatible-with-rounding when their
intervals overlap, and conflict when the intervals are disjoint.
"""
from __future__ import annotations

import math
from functools import lru_cache

from newsdesk.compare._text import stem
from newsdesk.model import Quantity

APPROX_SPREAD = 0.15  # "about 130" covers 130 ± 15 %
NEARLY_FLOOR = 0.8  # "nearly 4" covers [3.2, 4]: close below, never above
JUST_SPREAD = 0.1  # "just over 100" covers [100, 110]
EXACT_DURATION_SPREAD = 0.5  # "four years after" is a rounded duration: [3.5, 4.5]
DURATION_UNITS = {"year", "month", "week", "day"}

_APPROX = {"about", "around", "roughly", "approximately", "some", "an estimated", "estimated", "circa"}
_NEARLY = {"nearly", "almost", "just under", "close to", "not quite"}
_ABOVE = {"more than", "over", "at least", "upwards of", "in excess of", "above", "nearly more than"}
_BELOW = {"fewer than", "less than", "under", "up to", "at most", "below", "no more than"}
_VAGUE = {"hundreds of": (200.0, 999.0), "thousands of": (2000.0, 9999.0), "dozens of": (24.0, 99.0),
          "tens of thousands of": (20000.0, 99999.0), "hundreds of thousands of": (200000.0, 999999.0)}


def unit_key(q: Quantity) -> str | None:
    """A comparable unit: what is counted, singular and stemmed ("drones" -> "drone")."""
    return _unit_key(q.unit or q.counts or "")


UNIT_CACHE_SIZE = 1 << 12  # distinct unit strings kept: a corpus has few


@lru_cache(maxsize=UNIT_CACHE_SIZE)
def _unit_key(raw: str) -> str | None:
    unit = raw.strip().lower()
    if not unit:
        return None
    head = unit.split()[-1] if unit.split() else unit
    key = stem(head)
    if key in ("years", "yr"):
        key = "year"
    return key


def interval(q: Quantity) -> tuple[float, float] | None:
    """The values a report is compatible with; None when it has no numeric value."""
    return _interval(q.qualifier, q.value, q.value_max, q.unit or q.counts or "")


INTERVAL_CACHE_SIZE = 1 << 14  # distinct (qualifier, value, unit) readings kept: a story compares each many times


@lru_cache(maxsize=INTERVAL_CACHE_SIZE)
def _interval(qualifier: str | None, value: float | None, value_max: float | None, unit: str) -> tuple[float, float] | None:
    qual = (qualifier or "").strip().lower()
    if qual in _VAGUE:
        lo, hi = _VAGUE[qual]
        if value is not None and value >= 1000 * lo:  # "hundreds of thousands"
            return lo * 1000, hi * 1000
        return lo, hi
    if value is None:
        return None
    if value_max is not None and not qual.endswith(" of"):
        return min(value, value_max), max(value, value_max)
    v = float(value)
    if qual == "ordinal":
        return v - 1, v - 1e-9  # "third year": two full years elapsed, the third not done
    if qual in _APPROX:
        return v * (1 - APPROX_SPREAD), v * (1 + APPROX_SPREAD)
    if qual in _NEARLY:
        return v * NEARLY_FLOOR, v
    if qual.startswith("just over"):
        return v, v * (1 + JUST_SPREAD)
    if qual in _ABOVE:
        return v, math.inf
    if qual in _BELOW:
        return 0.0, v
    if _unit_key(unit) in DURATION_UNITS:
        return v - EXACT_DURATION_SPREAD, v + EXACT_DURATION_SPREAD
    return v, v


def compare(a: Quantity, b: Quantity) -> str | None:
    """``same`` | ``rounding`` | ``conflict`` for two reports of one amount; None if not comparable."""
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return None
    if a.value is not None and b.value is not None and a.value == b.value and (a.qualifier or "") == (b.qualifier or ""):
        return "same"
    if ia[0] <= ib[1] and ib[0] <= ia[1]:
        return "rounding"
    return "conflict"


def describe(q: Quantity) -> str:
    iv = interval(q)
    if iv is None:
        return f"“{q.text}”"
    lo, hi = iv
    hi_s = "∞" if math.isinf(hi) else f"{hi:g}"
    return f"“{q.text}” → [{lo:g}, {hi_s}]"
