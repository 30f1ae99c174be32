"""cleaner.line_rule (words counted once, short-line rules skipped on long lines, share-button
split only after a share word) gives the reason of the first matching LINE_RULES entry, exactly."""
from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newsdesk.ingest.cleaner import LINE_RULES, line_rule

PAGES = 40  # the first WCXB dev pages: ~3,000 extracted lines, ~2 s


def _plain(line: str) -> str | None:
    return next((name for name, rule in LINE_RULES if rule(line)), None)


EDGES = [
    "Share", "share | facebook | twitter", " , / share", "Share this article with a friend today",
    "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - read more",
    "Published: March 3, 2025", "Updated 10:42 GMT", "Published reports suggest a change",
    "© 2024 Example Media", "Sign up for our newsletter " + "word " * 26, "Photo: Ann Lee/Reuters",
    ".a{color:red}", "var x = 1;", "The post A Title appeared first on The Outlet.",
    "Follow us on " + "word " * 29, "Follow us on " + "word " * 30, "facebook " * 40, "·",
    "We use cookies to improve your experience", "Read more: the full report", "(AP Photo/Jane Doe)",
]


def test_line_rule_equals_the_rules_on_constructed_lines():
    for line in EDGES:
        assert line_rule(line) == _plain(line), line


def test_line_rule_equals_the_rules_on_extracted_pages(eval_dir: Path, seeds_dir: Path):
    pages = sorted((eval_dir / "wcxb" / "dev" / "html").glob("*.html.gz"))[:PAGES]
    if not pages:
        pytest.skip("WCXB is not present")
    import trafilatura

    texts = [trafilatura.extract(gzip.decompress(p.read_bytes()), include_tables=True) or "" for p in pages]
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(seeds_dir.glob("*.txt"))]
    lines = [line.strip() for text in texts for line in text.split("\n") if line.strip()]
    assert len(lines) > 1000
    fired = 0
    for line in lines:
        reason = _plain(line)
        assert line_rule(line) == reason, line
        fired += reason is not None
    assert fired > 10  # the rules do fire on these pages
