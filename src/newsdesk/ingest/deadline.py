"""A time cap for parsers that can run away on hostile input (HTML, feeds).

SIGALRM interrupts the parser wherever it is; it works in the main thread on POSIX only, so
elsewhere (worker threads, Windows) the parse runs without a cap. Python swallows an exception
raised where it cannot propagate (a garbage-collector callback, a ``__del__``): the alarm then
re-arms itself until the exception lands, and a block that still ends after its deadline fails.
"""
from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from newsdesk.errors import InputError

RETRY_SECONDS = 0.01  # an alarm swallowed by a callback is raised again this soon


class _Timeout(BaseException):
    """BaseException so that a parser's internal ``except Exception`` cannot swallow it."""


@contextmanager
def time_limit(seconds: float, error: Callable[[], InputError]) -> Iterator[None]:
    """Abort the block after ``seconds`` by raising ``error()`` (no cap when ``seconds <= 0``)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or seconds <= 0:
        yield
        return

    armed = {"on": True, "expired": False}

    def _alarm(signum: int, frame: object) -> None:
        if armed["on"]:
            armed["expired"] = True
            signal.setitimer(signal.ITIMER_REAL, RETRY_SECONDS)  # in case this raise is swallowed
            raise _Timeout()

    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds)
        yield
        if armed["expired"]:  # every raise was swallowed: the block still ran past its deadline
            raise _Timeout()
    except _Timeout as err:
        raise error() from err
    finally:
        armed["on"] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
