"""facts12: abbreviated months ("Oct. 2, 2025", "Sept 14", "Dec. 2025") in dates and time
claims, and time-fact labels that never take a verb or particle for the event's noun.

Constructed text with invented names, in domains of no development story."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from newsdesk.compare import text as _text
from newsdesk.compare.verdicts import _claims_in, _names_event, time_facts
from newsdesk.extract.dates import find_dates

sys.path.insert(0, str(Path(__file__).parent))
from test_compare_facts11 import _ctx  # noqa: E402

ANCHOR = (dt.date(2026, 1, 20), "published")


def _dates(sentence: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in find_dates(sentence, "a", ANCHOR)]


def test_facts12_abbreviated_months_are_read_as_dates() -> None:
    assert _dates("The ferry to Ostrava has been suspended since Oct. 2, 2025, the port said.") == [("Oct. 2, 2025", "2025-10-02")]
    assert _dates("The Velmar library reopened on Jan 5 after repairs.") == [("Jan 5", "2026-01-05")]
    assert _dates("Sept. 14, 2025 was the last day of the season.")[0] == ("Sept. 14, 2025", "2025-09-14")
    # a month with its year needs no preposition, abbreviated or not
    assert ("Dec. 2025", "2025-12") in _dates("The audit began Dec. 2025 and ended in March.")
    assert ("March 2024", "2024-03") in _dates("Ostrava Mills said its March 2024 figures were wrong.")


def test_facts12_month_pattern_and_numbers() -> None:
    import re

    rx = re.compile(r"\bsince\s+(" + _text.MONTH_RE + r")\s+(\d{1,2})\b", re.I)
    assert rx.search("closed since Oct. 2 for repairs").group(1) == "Oct."
    assert rx.search("closed since Sept 14 for repairs").group(1) == "Sept"
    assert rx.search("closed since dec 2 for repairs") is None  # a lower-case abbreviation is no month
    assert re.search(r"\bsince\s+(" + _text.MONTH_RE + r")", "under coach since Jan Novak left", re.I) is None
    assert [_text.month_number(w) for w in ("Oct.", "Sept", "sep", "December", "Jun.")] == [10, 9, 9, 12, 6]
    assert _text.month_number("Ostrava") is None
    assert _text.date_line("Oct. 2, 2025\n\nThe Velmar library reopened.") == dt.date(2025, 10, 2)


def test_facts12_time_claims_read_abbreviated_months() -> None:
    ctx = _ctx(("The Velmar dockworkers' strike began on Oct. 2, 2025, the union said.", "2026-01-25", "Wire"),
               ("The Velmar dockworkers' strike began on Sept. 14, 2025, the union said.", "2026-01-26", "Star"))
    assert [c.when for c in _claims_in(ctx, "a")] == ["on Oct. 2, 2025"]
    facts = time_facts(ctx)
    assert [f.verdict for f in facts] == ["conflict"] and "2025-09-14" in facts[0].detail
    same = _ctx(("The Velmar dockworkers' strike began in Dec. 2025, the union said.", "2026-01-25", "Wire"),
                ("The Velmar dockworkers' strike began in December, the union said.", "2026-01-26", "Star"))
    assert [f.verdict for f in time_facts(same)] == ["consistent"]


def test_facts12_a_verb_or_particle_is_no_event_noun_in_a_label() -> None:
    ctx = _ctx(("Ms Pell, who flew into Ostrava on Saturday night, said the talks would go on.", "2027-03-02", "Wire"),
               ("Ms Pell, who flew into Ostrava on Saturday, met the mayor of the port.", "2027-03-02", "Star"))
    claims = [c for aid in "ab" for c in _claims_in(ctx, aid)]
    assert claims and not _names_event("flew", claims)
    labels = [f.claim for f in time_facts(ctx)]
    assert labels and all("the flew" not in c for c in labels), labels
    assert any(c.startswith("when it happened: ") and "flew into Ostrava" in c for c in labels), labels
    assert _names_event("strike", claims) and _names_event("hearings", claims)
    assert not any(_names_event(w, claims) for w in ("forth", "cent", "million", "hours", "provisionally", "attended"))
