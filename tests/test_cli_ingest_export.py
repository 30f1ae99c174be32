"""End to end through the CLI: ingest with broken inputs, idempotency, export v1 contract."""
from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsdesk.cli import cli
from newsdesk.export import LISTS

ARTICLE_KEYS = {"id", "source", "outlet", "title", "authors", "dateline", "published", "published_source",
                "language", "body", "content_hash"}


@pytest.fixture
def mixed_dir(tmp_path: Path, seeds_dir: Path) -> Path:
    """The five seeds plus one broken file of every kind."""
    d = tmp_path / "in"
    shutil.copytree(seeds_dir, d / "seeds")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (d / "truncated.html").write_bytes(b"<html><head><title>x</title></head><body><div><p")
    good = {"id": "wire-1", "text": "A short wire report about talks in Berlin on Sunday.", "outlet": "Wire"}
    (d / "mixed.jsonl").write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"id": "no-text"}) + "\n",
                                   encoding="utf-8")
    (d / "bad.html.gz").write_bytes(gzip.compress(b"<html>")[:12])
    return d


def run(args: list[str]):
    return CliRunner().invoke(cli, args, catch_exceptions=False)


def test_cli_ingest_reports_each_broken_input_and_keeps_the_good(mixed_dir: Path, tmp_path: Path):
    db = str(tmp_path / "n.db")
    missing = str(tmp_path / "nowhere.txt")
    result = run(["ingest", str(mixed_dir), missing, "--db", db, "--quiet"])
    assert result.exit_code == 1
    err = result.stderr
    assert "Traceback" not in err
    for name in ("empty.txt", "binary.txt", "truncated.html", "mixed.jsonl:2", "mixed.jsonl:3", "bad.html.gz",
                 "nowhere.txt"):
        assert name in err, f"{name} not reported:\n{err}"
    listed = json.loads(run(["articles", "--db", db, "--json"]).stdout)
    ids = {a["id"] for a in listed}
    assert {"000_99aac926194a5193", "003_5a6485711e5016e9", "wire-1"} <= ids
    assert len(ids) == 6
    errors = json.loads(run(["errors", "--db", db, "--json"]).stdout)
    assert len(errors) == 7 and all(e["message"] for e in errors)

    again = run(["ingest", str(mixed_dir / "seeds"), str(mixed_dir / "mixed.jsonl"), "--db", db, "--json"])
    report = json.loads(again.stdout)
    assert report["added"] == [] and len(report["duplicates"]) == 6


def test_cli_export_follows_contract_v1(seeds_dir: Path, tmp_path: Path):
    db = str(tmp_path / "n.db")
    assert run(["ingest", str(seeds_dir), "--db", db, "--quiet"]).exit_code == 0
    out = tmp_path / "export.json"
    assert run(["export", "--db", db, "--format", "json", "--out", str(out)]).exit_code == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format_version"] == 1 and doc["generator"].startswith("newsdesk ")
    assert set(LISTS) <= set(doc)
    assert len(doc["articles"]) == 5
    for article in doc["articles"]:
        assert ARTICLE_KEYS <= set(article)
        assert isinstance(article["authors"], list)
    csv_dir = tmp_path / "csv"
    assert run(["export", "--db", db, "--format", "csv", "--out", str(csv_dir)]).exit_code == 0
    assert sorted(p.stem for p in csv_dir.glob("*.csv")) == sorted(LISTS)
