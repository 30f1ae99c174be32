"""actors._followed_by (a name, then a precompiled tail at the name's end) equals searching
for the escaped name followed by the tail's pattern, as _organisation_named did per name."""
from __future__ import annotations

import re
from pathlib import Path

from newsdesk.compare import actors

STORIES = Path(__file__).parent / "data" / "stories"


def test_followed_by_equals_one_pattern_per_name() -> None:
    bodies = [p.read_text(encoding="utf-8") for p in sorted(STORIES.glob("*/*.txt"))[:60]]
    names = sorted({m.group(0) for b in bodies for m in re.finditer(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}", b)})
    assert len(names) > 300
    tails = [actors._apposed_description_re(), actors._WHICH_RE]
    hits = 0
    for name in names:
        for tail in tails:
            plain = any(re.search(re.escape(name) + tail.pattern, b) for b in bodies)
            assert actors._followed_by(name, bodies, tail) == plain, (name, tail.pattern[:40])
            hits += plain
    assert hits > 0  # the check saw both answers


def test_organisation_named_with_and_without_the_apposition_names_read_once() -> None:
    bodies = ["Residents said Dunley Orchards, which owns the hillside, would not sell.",
              "A residents' group, Friends of the Meadow, opposed the plan. Ana Pell said no."]
    names = ["Dunley Orchards", "Friends of the Meadow", "Ana Pell"]
    once = frozenset(n for b in bodies for _, n in actors._noun_first(b))
    assert [actors._organisation_named(n, bodies) for n in names] == \
        [actors._organisation_named(n, bodies, once) for n in names] == [True, True, False]
