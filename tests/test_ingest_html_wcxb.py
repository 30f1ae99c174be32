"""Quality gate for the HTML reader on the first WCXB dev pages (eval/html_extraction.py)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "eval" / "html_extraction.py"
GATE_PAGES = 60  # ~3 s of CPU; the full 710-page run is the eval script itself
F1_FLOOR = 0.90  # measured 0.928 on these pages (0.938 on all of dev); do not lower silently
TITLE_FLOOR = 0.70  # measured 0.767


def test_ingest_html_wcxb_body_f1_floor(eval_dir: Path):
    wcxb = eval_dir / "wcxb"
    if not (wcxb / "dev" / "html").is_dir():
        pytest.skip("WCXB is not present")
    spec = importlib.util.spec_from_file_location("html_extraction", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    result = module.evaluate(wcxb, limit=GATE_PAGES)
    assert result["pages"] == GATE_PAGES and result["failed"] == 0
    assert result["f1"] >= F1_FLOOR, result
    assert result["title_exact"] >= TITLE_FLOOR, result
