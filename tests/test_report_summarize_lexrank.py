"""LexRank + MMR summaries: cross-outlet agreement ranks high, no near-duplicates, exact spans."""
from __future__ import annotations

from newsdesk.model import Annotations, Article
from newsdesk.report.summarize import candidates, summarize, summary_length


def art(aid: str, body: str) -> Article:
    return Article(id=aid, source=aid, body=body, content_hash=aid, outlet=aid.upper())


SHARED = "The river authority closed the old harbour bridge on Tuesday after engineers found deep cracks in two pillars."
A = art("a", f"{SHARED} Local bakeries reported a quiet morning with fewer customers than usual in the square. "
             "Traffic was diverted through the northern ring road for the rest of the week, officials said.")
B = art("b", "Engineers found deep cracks in two pillars of the old harbour bridge, and the river authority closed it on Tuesday. "
             "A spokesman for the cycling club complained that the detour adds twenty minutes to the commute. "
             "Traffic will go through the northern ring road for the rest of the week, the city said.")
C = art("c", "The old harbour bridge was closed on Tuesday by the river authority because of cracks in two pillars found by engineers. "
             "Weather forecasters expect heavy rain across the coastal districts over the coming weekend.")


def test_summarize_prefers_what_several_outlets_report() -> None:
    picked = summarize([A, B, C], k=2)
    assert picked, "there are usable sentences"
    top = picked[0].text.lower()
    assert "bridge" in top and "cracks" in top
    assert all("bakeries" not in c.text and "forecasters" not in c.text for c in picked)


def test_summarize_returns_exact_body_spans_without_duplicates() -> None:
    copy = art("d", SHARED + " It is expected to reopen next spring after repairs to both damaged pillars are finished.")
    picked = summarize([A, B, C, copy], k=4)
    bodies = {a.id: a.body for a in (A, B, C, copy)}
    for c in picked:
        assert bodies[c.article][c.start:c.end] == c.text
    assert sum(c.text == SHARED for c in picked) <= 1, "MMR drops the verbatim repeat"


def test_candidates_use_extract_spans_and_cut_datelines() -> None:
    body = "HALLVIK, Norland — Dockworkers walked out at dawn on Monday after pay talks with the port operator collapsed. Short one."
    a = art("x", body)
    ann = Annotations(article="x", sentences=[[0, body.index(" Short") ], [body.index("Short"), len(body)]])
    found = candidates([a], {"x": ann})
    assert len(found) == 1, "the two-word sentence is too short to summarise"
    assert found[0].text.startswith("Dockworkers walked out")
    assert body[found[0].start:found[0].end] == found[0].text


def test_summarize_handles_nothing_usable() -> None:
    assert summarize([]) == []
    assert summarize([art("e", "Photo: archive. Share this.")]) == []


def test_summary_length_grows_with_sources() -> None:
    assert summary_length(1) < summary_length(6)
    assert summary_length(100) == summary_length(8)


def test_candidates_cut_a_dateline_with_an_agency_or_station() -> None:
    for body in ("HALLVIK (NRK) — Dockworkers walked out at dawn on Monday after pay talks with the port operator collapsed.",
                 "HALLVIK, Norland (Coastline Wire) — Dockworkers walked out at dawn on Monday after pay talks collapsed."):
        a = art("x", body)
        ann = Annotations(article="x", sentences=[[0, len(body)]])
        found = candidates([a], {"x": ann})
        assert found and found[0].text.startswith("Dockworkers walked out"), found
