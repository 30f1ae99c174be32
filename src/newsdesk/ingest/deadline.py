"""A time cap for parsers that can run away on hostile input (HTML, feeds).

SIGALRM interrupts the parser wherever it is; it works in the main thread on POSIX only, so
elsewhere (worker threads, Windows) the parse runs without a cap.
"""
from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from newsdesk.errors import InputError


class _Timeout(BaseException):
    """BaseException so that a parser's internal ``except Exception`` cannot swallow it."""


@contextmanager
def time_limit(seconds: float, error: Callable[[], InputError]) -> Iterator[None]:
    """Abort the block after ``seconds`` by raising ``error()`` (no cap when ``seconds <= 0``)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or seconds <= 0:
        yield
        return

    armed = {"on": True}

    def _alarm(signum: int, frame: object) -> None:
        if armed["on"]:
            raise _Timeout()

    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds)
        yield
    except _Timeout as err:
        raise error() from err
    finally:
        armed["on"] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
