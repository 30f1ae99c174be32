"""Runs stages over many items: in-process, on a local process pool, or on Dask.

Stages never know which: they are plain functions ``item -> result``. The engine owns
batching and parallelism; results always come back in input order, so every engine gives
the same output.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from ..errors import UsageError

T = TypeVar("T")
R = TypeVar("R")

POOL_MIN_ITEMS = 64  # below this a process pool costs more (start-up, spaCy load) than it saves
CHUNK_ITEMS = 32  # items per task: amortises pickling and model warm-up per worker


@dataclass(slots=True)
class EngineConfig:
    kind: str = "local"  # local | dask | serial
    workers: int | None = None  # local pool size (default: CPU count)
    scheduler: str | None = None  # Dask scheduler address; None starts a local Dask cluster


def _apply_chunk(func: Callable[[Any], Any], chunk: Sequence[Any]) -> list[Any]:
    return [func(item) for item in chunk]


def _chunks(items: Sequence[T], size: int) -> list[Sequence[T]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def run_map(func: Callable[[T], R], items: Sequence[T], config: EngineConfig | None = None,
            progress: Callable[[int], None] | None = None) -> list[R]:
    """Apply ``func`` to every item; results in input order. ``func`` must be picklable."""
    config = config or EngineConfig()
    items = list(items)
    if config.kind not in ("local", "dask", "serial"):
        raise UsageError("E402", engine=config.kind)
    if config.kind == "dask":
        return _run_dask(func, items, config, progress)
    workers = config.workers or os.cpu_count() or 1
    if config.kind == "serial" or workers <= 1 or len(items) < POOL_MIN_ITEMS:
        out = []
        for item in items:
            out.append(func(item))
            if progress:
                progress(1)
        return out
    results: list[R] = []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for chunk_result in pool.map(_apply_chunk, [func] * len(items[::CHUNK_ITEMS]), _chunks(items, CHUNK_ITEMS)):
            results.extend(chunk_result)
            if progress:
                progress(len(chunk_result))
    return results


def _run_dask(func: Callable[[T], R], items: list[T], config: EngineConfig,
              progress: Callable[[int], None] | None) -> list[R]:
    from dask.distributed import Client, LocalCluster

    cluster = None
    if config.scheduler:
        client = Client(config.scheduler)
    else:
        cluster = LocalCluster(n_workers=config.workers or os.cpu_count() or 1, threads_per_worker=1,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        futures = client.map(_apply_chunk, [func] * len(items[::CHUNK_ITEMS]), _chunks(items, CHUNK_ITEMS),
                             pure=False)
        results: list[R] = []
        for chunk_result in client.gather(futures):
            results.extend(chunk_result)
            if progress:
                progress(len(chunk_result))
        return results
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
