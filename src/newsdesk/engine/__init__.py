"""Runs stages over many items: in-process, on a local process pool, or on Dask.

Stages never know which: they are plain functions ``item -> result``. The engine owns
batching and parallelism; results always come back in input order, so every engine gives
the same output.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import functools
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
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
DASK_BATCHES_IN_FLIGHT = 1  # batches queued on Dask behind the one being gathered: overlap without holding more


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
        # modules the local pool's forkserver imports before it forks the workers (set before the
        # first pool starts; see :meth:`preload`)
        self._preload: tuple[str, ...] = ()

    def preload(self, *modules: str) -> None:
        """Have the local pool's server process import ``modules`` once, before it forks the
        workers: each worker then starts with them loaded instead of importing them itself
        (~0.8 s of CPU per worker for the extraction and comparison stages and the spaCy
        pipeline). Only for a pool not started yet, and only where workers come from a
        forkserver (Linux); elsewhere, or once this process's forkserver runs, a no-op. The
        server then holds those modules for as long as this process lives, so callers ask for
        it where start-up counts (a small corpus), not where the job's memory does."""
        self._preload = tuple(modules)

    def start_early(self, total: int) -> bool:
        """Start the pool's server process now, for a map of ``total`` items that will run on
        the pool, so that its :meth:`preload` imports run while the caller does other work
        (the first map then only forks). True when it was started here; False (nothing done)
        without a preload, for a runner that is not a local pool or a map that runs serially."""
        workers = self.config.workers or os.cpu_count() or 1
        if (not self._preload or self._pool is not None or self.config.kind != "local" or workers <= 1
                or total < POOL_MIN_ITEMS):
            return False
        context = _worker_context()
        if context.get_start_method() != "forkserver":
            return False
        from multiprocessing import forkserver

        context.set_forkserver_preload(list(self._preload))
        forkserver.ensure_running()
        return True

    def map(self, func: Callable[[T], R], items: Sequence[T],
            progress: Callable[[int], None] | None = None) -> list[R]:
        items = list(items)
        return [r for batch in self.stream(func, [items], len(items), progress) for r in batch]

    def stream(self, func: Callable[[T], R], batches: Iterable[Sequence[T]], total: int | None = None,
               progress: Callable[[int], None] | None = None) -> Iterator[list[R]]:
        """Map ``func`` over items that arrive in batches; yields each batch's results, in order.

        ``batches`` is consumed lazily (a batch can be read from the store when the runner
        needs it), and a pool keeps only a bounded window of chunks in flight, so memory
        holds a few batches whatever the number of items. ``total`` (the number of items in
        all batches, when known) picks the runner as :meth:`map` does for that many items.
        """
        config = self.config
        workers = config.workers or os.cpu_count() or 1
        if config.kind == "dask":
            yield from self._stream_dask(func, batches, workers, progress)
            return
        if config.kind == "serial" or workers <= 1 or (total is not None and total < POOL_MIN_ITEMS):
            for batch in batches:
                out = []
                for item in batch:
                    out.append(func(item))
                    if progress:
                        progress(1)
                yield out
            return
        if self._pool is None:
            # workers forked from a small server process, not from this one: a pool started
            # late (comparison, after the corpus stages) must not inherit the main heap
            context = _worker_context()
            if self._preload and context.get_start_method() == "forkserver":
                context.set_forkserver_preload(list(self._preload))
            self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
        # (future or None for an empty batch, whether it is the batch's last chunk), in submit order
        pending: deque[tuple[Future | None, bool]] = deque()
        results: list[R] = []
        for batch in batches:
            chunks = _chunks(list(batch), CHUNK_ITEMS, workers)
            if not chunks:
                pending.append((None, True))
            for k, chunk in enumerate(chunks):
                pending.append((self._pool.submit(_apply_chunk, func, chunk), k == len(chunks) - 1))
                # a bounded window of chunks in flight: memory stays flat however many items there are
                while len(pending) >= workers * WINDOW_PER_WORKER:
                    if _collect_next(pending, results, progress):
                        yield results
                        results = []
        while pending:
            if _collect_next(pending, results, progress):
                yield results
                results = []

    @property
    def warm(self) -> bool:
        """Whether local pool workers are running now (they share this machine's files)."""
        return self._pool is not None

    def submit(self, func: Callable[..., R], *args: Any) -> Future:
        """``func(*args)`` on one local pool worker while the caller goes on; ``.result()``
        waits for it.

        Only on a pool that is running already (:attr:`warm`): starting one for one task costs
        more than the task saves, and Dask workers may not see this machine's files. Otherwise
        the call runs here and now and the future comes back done."""
        if self._pool is not None:
            return self._pool.submit(func, *args)
        done: Future = Future()
        try:
            done.set_result(func(*args))
        except BaseException as exc:  # handed to the caller by .result(), as a worker's would be
            done.set_exception(exc)
        return done

    def _stream_dask(self, func: Callable[[T], R], batches: Iterable[Sequence[T]], workers: int,
                     progress: Callable[[int], None] | None) -> Iterator[list[R]]:
        if self._client is None:
            from dask.distributed import Client, LocalCluster

            if self.config.scheduler:
                self._client = Client(self.config.scheduler)
            else:
                self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                             dashboard_address=None)
                self._client = Client(self._cluster)
        in_flight: deque[list[Any]] = deque()
        for batch in batches:
            chunks = _chunks(list(batch), CHUNK_ITEMS, workers)
            in_flight.append(self._client.map(_apply_chunk, [func] * len(chunks), chunks, pure=False))
            if len(in_flight) > DASK_BATCHES_IN_FLIGHT:
                yield self._gather(in_flight.popleft(), progress)
        while in_flight:
            yield self._gather(in_flight.popleft(), progress)

    def _gather(self, futures: list[Any], progress: Callable[[int], None] | None) -> list[Any]:
        results: list[Any] = []
        for chunk_result in self._client.gather(futures):
            results.extend(chunk_result)
            if progress:
                progress(len(chunk_result))
        return results

    def release(self) -> None:
        """Let the pool's workers or the local Dask cluster go; the next map starts them again.

        For a stretch where the main process works alone (the corpus stages): idle workers
        would hold their models and heap for nothing.
        """
        self.close()

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


def isolated(func: Callable[..., R], *args: Any) -> R:
    """``func(*args)`` in a fresh process of its own; returns its result (both picklable).

    For a step that churns through memory in a long-lived process: the interpreter's heap
    rarely shrinks after many small objects are freed (CPython keeps a partly used arena),
    but a process that exits gives all of it back.
    """
    with ProcessPoolExecutor(max_workers=1, mp_context=_worker_context()) as pool:
        return pool.submit(func, *args).result()


def trim_memory() -> None:
    """Hand the heap's free pages back to the operating system (glibc's ``malloc_trim``;
    a no-op where there is no glibc).

    Large numpy arrays and many small objects freed by a long step leave holes in the heap
    that glibc keeps by default; a step that frees much before allocating much again calls
    this in between, so the two do not add up in the process's resident memory.
    """
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


@functools.cache
def _libc() -> Any:
    """glibc, loaded on first use (not at import: finding it may run ``ldconfig``), or None."""
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:  # not glibc's name: ask the system (may run ldconfig)
        name = ctypes.util.find_library("c")
        try:
            libc = ctypes.CDLL(name) if name else None
        except OSError:
            libc = None
    return libc if hasattr(libc, "malloc_trim") else None


def _worker_context() -> multiprocessing.context.BaseContext:
    """forkserver where the platform has it (Linux; the default from Python 3.14), else spawn."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _collect_next(pending: deque, results: list, progress: Callable[[int], None] | None) -> bool:
    """Wait for the oldest chunk, add its results; True when it was the last chunk of its batch."""
    future, last = pending.popleft()
    if future is not None:
        chunk_result = future.result()
        results.extend(chunk_result)
        if progress:
            progress(len(chunk_result))
    return last
