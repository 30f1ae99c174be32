"""Runs stages over many items: in-process, on a local process pool, or on Dask.

Stages never know which: they are plain functions ``item -> result``. The engine owns
batching and parallelism; results always come back in input order, so every engine gives
the same output.
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from ..errors import UsageError

T = TypeVar("T")
R = TypeVar("R")

POOL_MIN_ITEMS = 64  # below this a process pool costs more (start-up, spaCy load) than it saves
CHUNK_ITEMS = 32  # most items per task: amortises pickling and model warm-up per worker
CHUNKS_PER_WORKER = 4  # at least this many tasks per worker, so few heavy items (stories) still spread out
WINDOW_PER_WORKER = 4  # chunks in flight per pool worker: keeps workers busy, bounds memory


@dataclass(slots=True)
class EngineConfig:
    kind: str = "local"  # local | dask | serial
    workers: int | None = None  # local pool size (default: CPU count)
    scheduler: str | None = None  # Dask scheduler address; None starts a local Dask cluster


def _apply_chunk(func: Callable[[Any], Any], chunk: Sequence[Any]) -> list[Any]:
    return [func(item) for item in chunk]


def _chunks(items: Sequence[T], size: int, workers: int = 1) -> list[Sequence[T]]:
    """Slices of at most ``size`` items, smaller when needed to give every worker several tasks."""
    size = max(1, min(size, -(-len(items) // (workers * CHUNKS_PER_WORKER))))
    return [items[i : i + size] for i in range(0, len(items), size)]


def run_map(func: Callable[[T], R], items: Sequence[T], config: EngineConfig | None = None,
            progress: Callable[[int], None] | None = None) -> list[R]:
    """Apply ``func`` to every item; results in input order. ``func`` must be picklable.

    Starts (and stops) a pool or Dask cluster for this one call; to run several maps on one
    pool, use :func:`open_engine`.
    """
    with open_engine(config) as engine:
        return engine.map(func, items, progress)


@contextmanager
def open_engine(config: EngineConfig | None = None) -> Iterator["Engine"]:
    """An engine whose pool or Dask cluster is started once, on first use, and shut down on exit.

    >>> with open_engine(EngineConfig(kind="local", workers=2)) as engine:   # doctest: +SKIP
    ...     annotations = engine.map(extract_one, articles)
    ...     comparisons = engine.map(compare_one, jobs)   # same worker processes, models loaded
    """
    config = config or EngineConfig()
    if config.kind not in ("local", "dask", "serial"):
        raise UsageError("E402", engine=config.kind)
    engine = Engine(config)
    try:
        yield engine
    finally:
        engine.close()


class Engine:
    """Maps functions over items on the configured runner; see :func:`open_engine`."""

    def __init__(self, config: EngineConfig) -> None:
        self.config = config
        self._pool: ProcessPoolExecutor | None = None
        self._client: Any = None
        self._cluster: Any = None

    def map(self, func: Callable[[T], R], items: Sequence[T],
            progress: Callable[[int], None] | None = None) -> list[R]:
        items = list(items)
        config = self.config
        if config.kind == "dask":
            return self._map_dask(func, items, progress)
        workers = config.workers or os.cpu_count() or 1
        if config.kind == "serial" or workers <= 1 or len(items) < POOL_MIN_ITEMS:
            out = []
            for item in items:
                out.append(func(item))
                if progress:
                    progress(1)
            return out
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=workers)
        results: list[R] = []
        chunks = _chunks(items, CHUNK_ITEMS, workers)
        # submit a bounded window of chunks: memory stays flat however many items there are
        pending: deque[Future] = deque()
        for chunk in chunks:
            pending.append(self._pool.submit(_apply_chunk, func, chunk))
            if len(pending) >= workers * WINDOW_PER_WORKER:
                _collect(pending.popleft(), results, progress)
        while pending:
            _collect(pending.popleft(), results, progress)
        return results

    def _map_dask(self, func: Callable[[T], R], items: list[T],
                  progress: Callable[[int], None] | None) -> list[R]:
        if self._client is None:
            from dask.distributed import Client, LocalCluster

            if self.config.scheduler:
                self._client = Client(self.config.scheduler)
            else:
                self._cluster = LocalCluster(n_workers=self.config.workers or os.cpu_count() or 1,
                                             threads_per_worker=1, processes=True, dashboard_address=None)
                self._client = Client(self._cluster)
        chunks = _chunks(items, CHUNK_ITEMS, self.config.workers or os.cpu_count() or 1)
        futures = self._client.map(_apply_chunk, [func] * len(chunks), chunks, pure=False)
        results: list[R] = []
        for chunk_result in self._client.gather(futures):
            results.extend(chunk_result)
            if progress:
                progress(len(chunk_result))
        return results

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None


def _collect(future: Future, results: list, progress: Callable[[int], None] | None) -> None:
    chunk_result = future.result()
    results.extend(chunk_result)
    if progress:
        progress(len(chunk_result))
