"""The extract stage on odd inputs: a placeholder date stored by an older ingest, a step that
raises. Neither costs the article or stops the run, and a failure is recorded, not swallowed."""
from __future__ import annotations

from pathlib import Path

from newsdesk.api import Desk
from newsdesk.engine import EngineConfig
from newsdesk.model import Article, content_hash

SERIAL = EngineConfig(kind="serial")  # in this process, so a monkeypatched step is the one that runs
BODY = ("Negotiators met in Berlin on Sunday, two days ago, and again yesterday. About 300 delegates "
        "attended, the ministry said, and the talks resume next week.")


def _store(desk: Desk, published: str | None) -> None:
    articles = [Article(id=f"a{n}", source=f"a{n}.txt", body=f"{BODY} ({n})", content_hash=content_hash(f"{BODY}{n}"),
                        published=published) for n in range(2)]
    desk.store.add_articles([(a, a.body.encode()) for a in articles])


def test_extract_stage_placeholder_published_date_analyzes(tmp_path: Path):
    """An article stored with published 0001-01-01 (ingested before the date rule): analyzed,
    its relative dates null, no error."""
    with Desk(str(tmp_path / "odd.db")) as desk:
        _store(desk, "0001-01-01T00:00:00+00:00")
        report = desk.analyze(SERIAL)
        assert report.errors == [] and report.extracted == 2
        dates = desk.store.annotations(["a0"])["a0"].dates
        assert {d.text for d in dates if d.value is None} >= {"Sunday", "two days ago", "yesterday", "next week"}


def test_extract_stage_step_failure_recorded_and_retried(tmp_path: Path, monkeypatch):
    import newsdesk.extract as extract

    def broken(*args, **kwargs):
        raise OverflowError("date value out of range")

    monkeypatch.setattr(extract, "find_quantities", broken)
    with Desk(str(tmp_path / "step.db")) as desk:
        _store(desk, "2025-12-15")
        report = desk.analyze(SERIAL)
        assert report.extracted == 2 and report.stories >= 1  # the articles went on through the pipeline
        assert {(e.code, e.stage) for e in report.errors} == {("E307", "extract")} and len(report.errors) == 2
        assert [e.code for e in desk.errors()] == ["E307", "E307"]
        ann = desk.store.annotations(["a0"])["a0"]
        assert ann.dates and ann.entities is not None and ann.quantities == []
        monkeypatch.undo()
        again = desk.analyze(SERIAL)  # partial annotations are stale: extracted again, now whole
        assert (again.extracted, again.reused, again.errors) == (2, 0, [])
        assert desk.errors() == [] and desk.store.annotations(["a0"])["a0"].quantities
