"""``patterns.folded_twin``: a case-insensitive lower-case pattern searched case-sensitively in
``patterns.folded(text)`` finds the same matches at the same offsets (speed round seven)."""
from __future__ import annotations

import importlib
import re
import string
import sys
from pathlib import Path

from newsdesk.compare import text as _text
from newsdesk.patterns import folded, folded_gate, folded_twin

STORIES = Path(__file__).parent / "data" / "stories"


def test_folded_keeps_every_character_in_its_place_and_class() -> None:
    lows = set(string.ascii_lowercase + string.digits)
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        f = folded(c)
        assert len(f) == 1, hex(code)
        # the engine's \w, \s and \d are these predicates (checked on a sample below)
        assert (c.isalnum(), c.isspace(), c.isdecimal()) == (f.isalnum(), f.isspace(), f.isdecimal()), hex(code)
        if f in lows:  # what folded makes an ASCII letter, the case-insensitive engine takes for it
            assert re.fullmatch("(?i)" + f, c), hex(code)
        elif f.isascii() and f.isalpha():
            raise AssertionError(hex(code))
    for code in list(range(0x3000)) + [0x1680, 0x2028, 0x3000, 0xFF10, 0x1D7CE]:
        c = chr(code)
        assert (bool(re.fullmatch(r"\w", c)), bool(re.fullmatch(r"\s", c)), bool(re.fullmatch(r"\d", c))) == \
            (c.isalnum() or c == "_", c.isspace(), c.isdecimal()), hex(code)


def test_sigma_and_other_context_dependent_lower_case_keep_offsets() -> None:
    for t in ("ΟΔΟΣ ΑΓΟΡΑΣ, said Ms Pell", "İstanbul-born ſtaff", "Kelvin \u212a", "Straße"):
        assert len(folded(t)) == len(t)


def _sentences() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(STORIES.glob("*/*.txt"))]
    out = [s for t in texts for s in re.split(r"(?<=[.!?])\s+|\n+", t) if s]
    out += ["The Ostrava Mills strike BEGAN on MONDAY.", "Ms Pell SAID the plan was a betrayal.", "İt opened ſince Tuesday.",
            "The vote will be HELD, Ms Pell warned.", "Two WEEKS After the fire, Ms Pell left.", "days before", "It has LASTED two \u212aeeks.", "ΟΔΟΣ began yesterday."]
    return out + _made()


def _made() -> list[str]:
    """A sentence for each judgement of the lexicon, after a regard verb (no story has one)."""
    from newsdesk.compare.config import CompareConfig

    phrases = [j.split(" ", 1)[1] for j in CompareConfig().position_cues.get("judgements", [])]
    return [f"Ms Pell {verb} the Ostrava Mills offer as {p}." for p in phrases for verb in ("VIEWS", "regarded", "Sees")]


def _patterns() -> list[re.Pattern[str]]:
    from newsdesk.compare.config import CompareConfig

    verdicts = importlib.import_module("newsdesk.compare.verdicts")
    stances = importlib.import_module("newsdesk.compare.stances")
    lex = stances.lexicon(CompareConfig())
    return [verdicts._TRIGGER_RE, verdicts._GAP_TRIGGER_RE, stances._ACTS_RE, lex.any_cue, lex.regard]


def test_twins_find_the_same_matches_in_the_folded_text() -> None:
    sents = _sentences()
    assert len(sents) > 2000
    for pattern in _patterns():
        twin = folded_twin(pattern)
        assert twin is not None, pattern.pattern[:60]
        gate = folded_gate(pattern)
        hits = 0
        for t in sents:
            low = folded(t)
            assert [m.span() for m in pattern.finditer(t)] == [m.span() for m in twin.finditer(low)], t
            found = pattern.search(t) is not None
            assert gate(t, low) == found
            hits += found
        assert hits > 20, pattern.pattern[:60]


def test_no_twin_where_the_folded_text_could_match_differently() -> None:
    assert folded_twin(re.compile("strike")) is None  # case-sensitive
    assert folded_twin(re.compile("Strike", re.I)) is None  # an upper-case letter
    assert folded_twin(re.compile("straße", re.I)) is None  # a cased non-ASCII letter
    assert folded_twin(re.compile(r"\x53trike", re.I)) is None  # a character by its code
    assert folded_twin(re.compile("(?-i:s)trike", re.I)) is None  # case sensitivity switched inside
    assert folded_twin(re.compile("strike", re.I | re.ASCII)) is None  # ASCII-only: the Kelvin sign differs
    twin = folded_twin(re.compile(r"(?P<verb>walk(?:ed|s)?)\s+out\b[“”]?\S", re.I))
    assert twin is not None and twin.search(folded("Staff WALKED OUT“today")).span() == (6, 18)
    gate = folded_gate(re.compile("Ostrava", re.I))  # no twin: the pattern itself
    assert gate("OSTRAVA MILLS", folded("OSTRAVA MILLS")) and not gate("Pell", "pell")


def test_clause_seams_are_the_same_with_the_first_character_lookahead() -> None:
    plain = re.compile(_text._SEAM_RE.pattern.removeprefix("(?=[;,\\s])"))
    assert plain.pattern != _text._SEAM_RE.pattern
    extra = ["Ms Pell spoke; the Ostrava Mills board — its chair — agreed, but later refused, and said nothing",
             "The union, a claim the owners deny, voted\u00a0and that was that,  warned that it would strike"]
    for t in _sentences() + extra:
        assert [m.span() for m in plain.finditer(t)] == [m.span() for m in _text._SEAM_RE.finditer(t)], t
