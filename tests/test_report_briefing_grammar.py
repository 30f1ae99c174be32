"""Briefing sentences agree with their party: a plural common noun takes a plural verb, also when
it opens a sentence capitalised ("Councillors support ..."), a name never does."""
from __future__ import annotations

from newsdesk.report.briefing import _plural


def test_plural_parties_and_names() -> None:
    for plural in ("residents", "Councillors", "Ferry riders", "Residents"):
        assert _plural(plural), plural
    for name in ("Halberd Homes", "United Nurses of Eastmoor", "Wales", "Williams", "union", "Wexley Civic Society"):
        assert not _plural(name), name
