"""The whole pipeline gives the same export in-process, on a process pool and on Dask."""
from __future__ import annotations

from pathlib import Path

import pytest

import newsdesk.engine as engine_module
from newsdesk.api import Desk
from newsdesk.engine import EngineConfig

VOLATILE = ("generator",)  # the version string; everything else must match exactly


def stable_export(desk: Desk) -> dict:
    doc = desk.export_dict()
    for key in VOLATILE:
        doc.pop(key, None)
    return doc


def run(db: Path, corpus: Path, engine: EngineConfig) -> dict:
    with Desk(str(db)) as desk:
        report = desk.ingest([str(corpus)])
        assert report.added and not report.errors
        desk.analyze(engine)
        return stable_export(desk)


@pytest.fixture
def small_chunks(monkeypatch):
    """Make the 12-article demo really go through the pool, in several chunks on two workers."""
    monkeypatch.setattr(engine_module, "POOL_MIN_ITEMS", 1)
    monkeypatch.setattr(engine_module, "CHUNK_ITEMS", 3)


@pytest.fixture(scope="module")
def serial_export(demo_corpus, tmp_path_factory) -> dict:
    return run(tmp_path_factory.mktemp("serial") / "s.db", demo_corpus, EngineConfig(kind="serial"))


def test_scale_pool_export_equals_serial(serial_export, demo_corpus, tmp_path, small_chunks):
    pooled = run(tmp_path / "p.db", demo_corpus, EngineConfig(kind="local", workers=2))
    assert pooled["articles"] and pooled["stories"]
    assert pooled == serial_export


def test_scale_dask_export_equals_pool(serial_export, demo_corpus, tmp_path, small_chunks):
    pytest.importorskip("dask.distributed")
    on_dask = run(tmp_path / "d.db", demo_corpus, EngineConfig(kind="dask", workers=2))
    assert on_dask == serial_export


def _pid_of(x: int) -> tuple[int, int]:
    import os

    return x, os.getpid()


def test_scale_pool_keeps_order_beyond_its_window_and_is_reused_across_maps():
    from newsdesk.engine import CHUNK_ITEMS, WINDOW_PER_WORKER, open_engine

    items = list(range(CHUNK_ITEMS * WINDOW_PER_WORKER * 2 * 3 + 5))  # three windows' worth of chunks
    with open_engine(EngineConfig(kind="local", workers=2)) as engine:
        first = engine.map(_pid_of, items)
        second = engine.map(_pid_of, items)
    assert [x for x, _ in first] == items == [x for x, _ in second]
    workers = {pid for _, pid in first} | {pid for _, pid in second}
    assert len(workers) <= 2  # the second map ran on the same two worker processes

