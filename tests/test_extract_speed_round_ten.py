"""Speed round ten: the extract stage's case-insensitive scans go through ``patterns.folded_finditer``
(the folded twin locates each match, the pattern re-matches it in the original text). The matches
must be those of ``pattern.finditer``: same spans, same groups (original case), on the development
stories' texts, constructed texts of other domains with invented names, and random strings."""
from __future__ import annotations

import random
import re
from pathlib import Path

from newsdesk.extract import dates, quantities
from newsdesk.patterns import folded, folded_finditer, folded_twin

STORIES = Path(__file__).parent / "data" / "stories"

MADE = [
    "The Velmora Tidewater Trust raised US$4.5 million, OVER 20 PERCENT more than last year.",
    "Nearly HALF A MILE of track and a Kilometre of fencing were replaced two Weeks AGO.",
    "Councillor Brannoch Heale said the Second round starts Next Month; the first ended YESTERDAY.",
    "İt cost ſixty-five thousand dollars, about a third of the budget (a \u212ailometre away).",
    "Hundreds of thousands marched; dozens were hurt, Earlier This Week, in Quarnholt.",
    "an Inch, a Foot, A YARD, a half a metre, an hour, 3rd, 21ST, 12.5%, 7 per cent, £90bn",
]


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(STORIES.glob("*/*.txt"))]
    rng = random.Random(10)
    alphabet = "aAbByYsStTuUoOmMlLeEkK \n-,.$%£İıſ\u212a0123456789’'"
    words = ["mile", "MILE", "a", "An", "half", "over", "US$", "us$", "per", "cent", "ago", "weeks", "this",
             "Last", "today", "Tomorrow", "twenty-one", "Million", "bn", "first"]
    texts += ["".join(rng.choice(alphabet) for _ in range(200)) for _ in range(200)]
    texts += [" ".join(rng.choice(words) for _ in range(60)) for _ in range(200)]
    return texts + MADE


def _same(pattern: re.Pattern[str], text: str) -> None:
    want = [(m.span(), m.groups()) for m in pattern.finditer(text)]
    got = [(m.span(), m.groups()) for m in folded_finditer(pattern, text, folded(text))]
    assert got == want, (pattern.pattern[:60], text[:80])


def test_the_extract_patterns_have_folded_twins() -> None:
    assert folded_twin(quantities.NUMBER_RE) is not None
    assert folded_twin(quantities._A_LENGTH_RE) is not None
    assert all(folded_twin(rx) is not None for _, rx in dates.PATTERNS if rx.flags & re.IGNORECASE)


def test_folded_finditer_gives_the_matches_of_finditer() -> None:
    patterns = [quantities.NUMBER_RE, quantities._A_LENGTH_RE, *(rx for _, rx in dates.PATTERNS)]
    for text in _texts():
        for rx in patterns:
            _same(rx, text)


def test_a_pattern_without_a_twin_is_searched_as_it_is() -> None:
    rx = re.compile(r"[A-Z][a-z]+ said")  # case-sensitive: no twin
    assert folded_twin(rx) is None
    text = "Ms Orlen said; ORLEN SAID; Dace said."
    assert [m.span() for m in folded_finditer(rx, text, folded(text))] == [m.span() for m in rx.finditer(text)]


def test_groups_hold_the_original_text() -> None:
    text = "The Harrow Quay fund paid US$12 MILLION, Over 40 Percent of it."
    got = [(m.group("cur"), m.group("qual"), m.group("scale"), m.group("pct"))
           for m in folded_finditer(quantities.NUMBER_RE, text, folded(text))]
    assert got[0][0] == "US$" and got[0][2] == "MILLION"
    assert got[1][1] == "Over" and got[1][3] == " Percent"


def test_quantities_and_dates_of_constructed_texts() -> None:
    import datetime as dt

    text = MADE[0] + " " + MADE[1] + " " + MADE[2]
    qs = quantities.find_quantities(text, "a1")
    assert any(q.unit == "USD" and q.value == 4.5e6 for q in qs)
    assert any(q.unit == "mile" and q.value == 0.5 for q in qs)
    ds = dates.find_dates(text, "a1", (dt.date(2025, 3, 12), "published"))
    assert {d.text.lower() for d in ds} >= {"two weeks ago", "next month", "yesterday"}
