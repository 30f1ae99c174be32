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


def test_a_length_pre_check_changes_no_answer() -> None:
    from newsdesk.extract import quantities

    sents = _sentences() + ["It ran nearly half a MILE.", "About a kilometer of track.", "an Inch", "a yaRd away"]
    hits = 0
    for t in sents:
        found = bool(quantities._A_LENGTH_RE.search(t))
        if found:
            assert any(u in folded(t) for u in quantities._A_LENGTH_UNITS), t
        hits += found
    assert hits >= 4


def test_stance_lookaheads_change_no_match() -> None:
    """The judgement and regard patterns open with a lookahead of their first letters: the same
    matches as without it, on story sentences and on each judgement after each copula."""
    import importlib

    from newsdesk.compare.config import CompareConfig

    stances = importlib.import_module("newsdesk.compare.stances")
    cues = CompareConfig().position_cues
    phrases = [j.split(" ", 1)[1] for j in cues.get("judgements", [])]
    made = [f"The offer {cop} {p}, Vela Marsh said." for p in phrases
            for cop in ("is", "ARE", "was", "Were", "would be", "will  be", "would amount to", "amounts to")]
    made += [f"Oda Ferr {v} the plan as {p}." for p in phrases for v in ("sees", "Viewed", "regards", "CONSIDERED")]
    made += [f"Oda Ferr {v} the plan {p}." for p in phrases for v in ("called", "Branded", "LABELLED")]
    made += [f"Oda Ferr described the plan as {p}." for p in phrases]
    sents = _sentences() + made
    lex = stances.lexicon(CompareConfig())
    hits = 0
    for new, ahead in ((lex.judgement, "(?=[iaw])"), (lex.regard, "(?=[vsrcdbl])")):
        assert new.pattern.startswith(ahead)
        old = re.compile(new.pattern[len(ahead):], new.flags)
        for t in sents:
            found = [(m.span(), m.groups()) for m in new.finditer(t)]
            assert found == [(m.span(), m.groups()) for m in old.finditer(t)], t
            hits += len(found)
    assert hits > len(made) // 2


def test_card_and_old_pre_checks_change_no_answer() -> None:
    sents = _sentences() + ["Two WEEKS AFTER the fire.", "a three-week-OLD boycott", "barely ten days Old", "six months Into it"]
    hits = 0
    for t in sents:
        low = folded(t)
        if verdicts._CARD_RE.search(t):
            assert any(w in low for w in verdicts._CARD_LITERALS), t
            hits += 1
        if verdicts._OLD_RE.search(t):
            assert verdicts._OLD_LITERAL in low, t
            hits += 1
    assert hits >= 4


def test_gap_pre_check_changes_no_answer() -> None:
    sents = _sentences() + ["Two WEEKS AFTER the fire.", "three days Before the vote"]
    hits = 0
    for t in sents:
        if verdicts._GAP_TRIGGER_RE.search(t):
            low = folded(t)
            assert "after" in low or "before" in low, t
            hits += 1
    assert hits >= 2
