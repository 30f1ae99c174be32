"""Re-running analyze after adding a few articles extracts only those and keeps untouched stories."""
from __future__ import annotations

from newsdesk.api import Desk
from newsdesk.engine import EngineConfig
from newsdesk.synth import write_corpus

SERIAL = EngineConfig(kind="serial")


def test_scale_incremental_analyze_extracts_only_new_articles(db_url, tmp_path):
    corpus = write_corpus(40, tmp_path / "c.jsonl", stories=5, seed=21)
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    old, new = tmp_path / "old.jsonl", tmp_path / "new.jsonl"
    old.write_text("".join(lines[:30]), encoding="utf-8")  # the last story's articles come later
    new.write_text("".join(lines[30:]), encoding="utf-8")
    with Desk(db_url) as desk:
        assert len(desk.ingest([str(old)]).added) == 30
        first = desk.analyze(SERIAL)
        assert (first.extracted, first.reused) == (30, 0)
        again = desk.analyze(SERIAL)
        assert (again.extracted, again.reused) == (0, 30)
        assert again.stories_compared == 0 and again.stories_reused == again.stories

        assert len(desk.ingest([str(new)]).added) == 10
        third = desk.analyze(SERIAL)
        assert third.extracted == 10 and third.reused == 30
        assert third.stories_reused >= 1  # stories the new articles did not touch keep their results
        assert third.stories_compared < third.stories
        assert len(desk.articles()) == 40
