"""The engine gives the same results in-process, on a process pool and on Dask."""
from __future__ import annotations

import os

import pytest

from newsdesk import engine
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


def _rss_mib() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


@pytest.mark.skipif(engine._libc() is None or not os.path.exists("/proc/self/statm"),
                    reason="needs glibc and /proc")
def test_trim_memory_hands_freed_heap_back():
    import numpy as np

    blocks = [np.ones(3000) for _ in range(8000)]  # 24 KB each: from the heap, not mmap
    blocks[::2] = [None] * 4000  # freed with holes between: glibc keeps the pages
    del blocks[::2]
    before = _rss_mib()
    engine.trim_memory()
    assert before - _rss_mib() > 40  # ~90 MiB of freed heap given back
    assert len(blocks) == 4000 and float(blocks[-1].sum()) == 3000.0
