"""The engine gives the same results in-process, on a process pool and on Dask."""
from __future__ import annotations

import pytest

from newsdesk.engine import POOL_MIN_ITEMS, EngineConfig, run_map
from newsdesk.errors import UsageError


def square_plus_len(x: int) -> tuple[int, int]:
    return x, x * x


ITEMS = list(range(POOL_MIN_ITEMS * 3 + 7))  # enough to really use the pool, with a ragged last chunk
EXPECTED = [square_plus_len(x) for x in ITEMS]


def test_engine_serial_and_pool_agree():
    assert run_map(square_plus_len, ITEMS, EngineConfig(kind="serial")) == EXPECTED
    assert run_map(square_plus_len, ITEMS, EngineConfig(kind="local", workers=2)) == EXPECTED


def test_engine_dask_local_cluster_agrees():
    pytest.importorskip("dask.distributed")
    assert run_map(square_plus_len, ITEMS, EngineConfig(kind="dask", workers=2)) == EXPECTED


def test_engine_reports_progress_and_rejects_unknown_kind():
    seen = []
    run_map(square_plus_len, ITEMS, EngineConfig(kind="serial"), progress=seen.append)
    assert sum(seen) == len(ITEMS)
    with pytest.raises(UsageError):
        run_map(square_plus_len, ITEMS, EngineConfig(kind="spark"))
