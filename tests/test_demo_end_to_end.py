"""`newsdesk demo` end to end: outputs written, export v1 complete, gold phenomena visible."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsdesk.cli import cli


@pytest.fixture(scope="module")
def demo_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo") / "out"
    result = CliRunner().invoke(cli, ["demo", "--out", str(out), "--quiet"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert str(out / "briefing.html") in result.stdout  # the user is told where things are
    return out


def test_demo_writes_every_output(demo_out: Path):
    for name in ("export.json", "briefing.md", "briefing.html", "briefing.json", "newsdesk.db", "csv/facts.csv"):
        assert (demo_out / name).is_file(), name


def test_demo_export_shows_the_planted_story(demo_out: Path, demo_gold: dict):
    doc = json.loads((demo_out / "export.json").read_text(encoding="utf-8"))
    assert len(doc["articles"]) == len(demo_gold["articles"]) and doc["errors"] == []
    assert {(p["a"], p["b"]) for p in doc["syndication"]} == {
        tuple(sorted((c["a"], c["b"]))) for c in demo_gold["copies"]}
    assert sum(f["verdict"] == "conflict" for f in doc["facts"]) >= len(demo_gold["conflicts"])
    flagged = {f["article"] for f in doc["framing"] if f["flags"]}
    assert {h["article"] for h in demo_gold["loaded_headlines"]} <= flagged
    assert not flagged & set(demo_gold["neutral_headlines"])


def test_demo_export_names_speakers_canonically(demo_out: Path):
    doc = json.loads((demo_out / "export.json").read_text(encoding="utf-8"))
    entities = {e["id"]: e for e in doc["entities"]}
    resolved = [q for q in doc["quotes"] if q["speaker_entity"]]
    assert resolved and all(q["speaker"] == entities[q["speaker_entity"]]["name"] for q in resolved)
    zh = [e for e in doc["entities"] if "Jeliazkov" in " ".join(e["aliases"]) or e["name"] == "Anton Zhelyazkov"]
    assert len(zh) == 1, [e["name"] for e in zh]  # both spellings are one entity
    assert not any(q["speaker"] and "Jeliazkov" in q["speaker"] for q in doc["quotes"])
