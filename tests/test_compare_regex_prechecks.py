"""Substring pre-checks before case-insensitive patterns change no answer: a sentence holding
none of the literals that every match holds (in ``patterns.folded`` form) cannot match."""
from __future__ import annotations

import re
import string
import sys
from pathlib import Path

from newsdesk.compare import durations, verdicts
from newsdesk.patterns import folded

STORIES = Path(__file__).parent / "data" / "stories"


def test_folded_holds_every_ascii_character_ignorecase_matches() -> None:
    ascii_chars = string.ascii_lowercase + string.digits
    for code in range(128, sys.maxunicode + 1):
        c = chr(code)
        for a in ascii_chars:
            if re.fullmatch("(?i)" + a, c):
                assert folded(c) == a, (hex(code), a)
                assert folded("x" + c + "\u00e9") == "x" + a + "\u00e9"
        if code > 0x2200:  # past the last character IGNORECASE takes for ASCII (the Kelvin sign)
            break


def _sentences() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(STORIES.glob("*/*.txt"))]
    out = [s for t in texts for s in re.split(r"(?<=[.!?])\s+|\n+", t) if s]
    out += ["The strike is now in its THIRD WEEK.", "Work started ſince Monday.", "It was foundeD in 1999.",
            "The walkout began on Tuesday.", "Three ſtarts were made.", "It lasted six Hours.", "From Monday on.",
            "The Kelvin sign: two \u212aeeks ago.", "the March 2023 invasion", "Fİrst reported by the council."]
    return out


def test_trigger_pre_check_changes_no_answer() -> None:
    sents = _sentences()
    assert len(sents) > 2000
    hits = 0
    for t in sents:
        found = bool(verdicts._TRIGGER_RE.search(t))
        if found:
            low = folded(t)
            assert any(w in low for w in verdicts._TRIGGER_LITERALS), t
        hits += found
    assert hits > 100


def test_may_last_pre_check_is_the_pattern() -> None:
    for t in _sentences():
        low = folded(t)
        assert bool(durations._MAY_LAST_RE.search(t)) == any(w in low for w in durations._MAY_LAST_WORDS), t
