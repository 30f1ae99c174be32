"""Ingest's main process stores; the page and feed readers are imported where pages are read
(the pool's server process, once), so `newsdesk ingest` does not pay for trafilatura twice."""
from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

from newsdesk.engine import Engine, EngineConfig
from newsdesk.ingest import readers

SRC = str(Path(__file__).resolve().parents[1] / "src")


def _loaded_after(imports: str, modules: tuple[str, ...]) -> list[str]:
    """Which of ``modules`` a fresh interpreter holds after ``import {imports}``."""
    code = f"import sys, {imports}; print(sorted(m for m in {modules!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env=dict(os.environ, PYTHONPATH=SRC))
    assert out.returncode == 0, out.stderr
    return ast.literal_eval(out.stdout.strip())


def test_importing_the_readers_and_desk_loads_no_page_or_feed_parser():
    assert _loaded_after("newsdesk.ingest.readers, newsdesk.api",
                         ("trafilatura", "feedparser", "newsdesk.ingest.html")) == []


def test_pool_ingest_preloads_the_readers_in_the_server(monkeypatch, tmp_path):
    asked: list[tuple[str, ...]] = []
    monkeypatch.setattr(Engine, "preload", lambda self, *modules: asked.append(modules))
    page = tmp_path / "a.html"
    page.write_text("<html><head><title>T</title></head><body><article><p>"
                    + "A sentence of the story that is long enough to be kept by the extractor. " * 8
                    + "</p></article></body></html>", encoding="utf-8")
    items = list(readers.read_inputs([str(page)], engine=EngineConfig(kind="serial")))
    assert asked == [readers.READER_MODULES]
    assert [type(i).__name__ for i in items] == ["Ingested"]
    serial = list(readers.read_inputs([str(page)]))
    assert items[0].article.as_dict() == serial[0].article.as_dict()


def test_ingest_start_up_loads_no_analysis_pipeline():
    """`newsdesk ingest` imports the Desk, not the analysis pipeline and numpy (~0.1 s)."""
    assert _loaded_after("newsdesk.api, newsdesk.cli", ("numpy", "newsdesk.pipeline")) == []
