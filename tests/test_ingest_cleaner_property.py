"""Property: whatever the cleaner removes is recorded; everything else reaches the body."""
from __future__ import annotations

from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.ingest import clean_text

SAMPLES = [
    "Top Stories", "Advertisement", "Source link", "The post A Title Here appeared first on Some Outlet.",
    "Got a confidential news tip? Tell us.", ".css-1x{color:red;}", "By Jane Doe", "Published: March 3, 2025",
    "Jane Doe and John Roe contributed reporting.", "Jane Doe is a Times reporter covering Europe.",
    "BERLIN — Talks resumed on Sunday.", "He said the talks would go on. — Agencies", "“We agree,” she said.",
    "Mr. Putin, he added, also ordered supplies.", "=== METADATA ===", "Title: Something", "=== ARTICLE ===",
    "Short headline without a period", "(AP Photo/Someone)", "Facebook Twitter Email", "",
]
LINE = st.one_of(st.sampled_from(SAMPLES), st.text(st.characters(blacklist_categories=("Cs",)), max_size=80))


@settings(max_examples=300, deadline=None)
@given(st.lists(LINE, max_size=25))
def test_ingest_cleaner_property_nothing_is_lost(lines: list[str]):
    raw = "\n".join(lines)
    result = clean_text(raw)
    dropped_on = defaultdict(list)
    for d in result.dropped:
        assert d.reason and d.line is not None
        dropped_on[d.line].append(d.text)
    for number, line in enumerate(raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        text = line.strip()
        if not text or text in dropped_on[number]:
            continue
        rest = text
        for piece in dropped_on[number]:
            rest = rest.replace(piece, "", 1)
        assert rest.strip() in result.body, (number, text)
