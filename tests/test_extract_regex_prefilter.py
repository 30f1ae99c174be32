"""Patterns that open with ``starting_with(...)`` (a lookahead on the first character, for
speed) find exactly what they find without it, on real texts and on hard cases."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsdesk.extract import dates, persons, places, quantities
from newsdesk.patterns import starting_with

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "src" / "newsdesk" / "demo" / "corpus").glob("*.txt"))
         + sorted((ROOT / "tests" / "data" / "stories").glob("*/*.txt"))]
HARD = (
    "US$5 and us$6, ſix days ago, Two weeks ago, 12 March 2026, March 12, in 2019, mid-2020, "
    "later this week, the day before, next Tuesday night, His boss, Orrin Vale, said. "
    "Mr. Tamsin Quarrel said; said Ilya Brook. The spokeswoman, Dara Finch, who is 52, "
    "Jonah Petrel, a shop steward who left, Fire Chief Marta Ilvesson. ÉLAN 3rd 4th-quarter "
    "hundreds of thousands of people, nearly 40 percent, about €3bn, well over a dozen. "
    "Fighting near Velmora and across Ostravia; Ostravia's government; the Ostravia army; the "
    "port of Halvik, in the capital, Dunmere; Carrow, the old port town; outside Brill."
)
PATTERNS = [rx for _, rx in dates.PATTERNS] + [
    persons.TITLE_NAME_RE, persons.GIVEN_NAME_RE, persons.CUE_AFTER_NAME_RE, persons.SURNAME_CANDIDATE_RE,
    persons.CUE_BEFORE_NAME_RE, persons.ROLE_BEFORE_RE, persons.NAME_APPOS_RE, persons.NAME_BARE_ROLE_RE,
    persons.POSSESSIVE_DESC_NAME_RE, persons.NAME_A_WHO_RE, persons.NAME_WHO_RE, persons.TITLE_RUN_NAME_RE,
    quantities.NUMBER_RE, places.CAP_WORD_RE, *places.COUNTRY_CONTEXT_RES, *places.PLACE_NOUN_RES, places.WEAK_RE,
]


def _without_prefilter(rx: re.Pattern) -> re.Pattern:
    assert rx.pattern.startswith("(?=["), rx.pattern[:40]
    return re.compile(rx.pattern[rx.pattern.index("])") + 2:], rx.flags)


def test_there_are_texts():
    assert len(TEXTS) >= 20


def test_starting_with_is_a_lookahead_on_one_character():
    rx = re.compile(starting_with("A-Z") + r"(?<!\w)\w+")
    assert [m.group() for m in rx.finditer("ab Cd eF Gh")] == ["Cd", "Gh"]


@pytest.mark.parametrize("rx", PATTERNS, ids=lambda rx: rx.pattern[:30])
def test_same_matches_without_the_prefilter(rx):
    plain = _without_prefilter(rx)
    for text in [*TEXTS, HARD, HARD.lower(), HARD.upper()]:
        got = [(m.span(), m.groupdict()) for m in rx.finditer(text)]
        assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text)]
