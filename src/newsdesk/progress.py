"""Progress bars (rich) for long runs; silent when stderr is not a terminal or with --quiet."""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


def _console_ok(enabled: bool) -> bool:
    return enabled and sys.stderr.isatty()


@contextmanager
def ingest_progress(enabled: bool = True) -> Iterator[Callable[[Any], None]]:
    """Yields ``tick(item)``: counts articles read and failures while an ingest runs."""
    if not _console_ok(enabled):
        yield lambda item: None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} read"),
                  TimeElapsedColumn(), console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("ingesting", total=None)

        def tick(item: Any) -> None:
            bar.advance(task)

        yield tick


@contextmanager
def stage_progress(enabled: bool = True) -> Iterator[Callable[[str, int, int], None] | None]:
    """Yields ``progress(stage, done, total)`` for the analysis pipeline."""
    if not _console_ok(enabled):
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        tasks: dict[str, Any] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield progress
