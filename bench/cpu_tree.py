"""CPU seconds of a command's whole process tree (its pool workers and forkserver included).

    python bench/cpu_tree.py newsdesk analyze --db DB --workers 2
    python bench/cpu_tree.py --keep-output python bench/text_throughput.py --digest   # its output printed too

Prints ``cpu <user+system s> wall <s> rc <exit status>``. This process becomes a child
subreaper (Linux), so descendants that outlive their parent (a forkserver's workers) are reaped
here and counted in ``RUSAGE_CHILDREN``. On a shared machine, compare CPU, not wall, and
alternate the two versions being compared.
"""
from __future__ import annotations

import ctypes
import os
import resource
import subprocess
import sys
import time

PR_SET_CHILD_SUBREAPER = 36


def main() -> None:
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    command, keep = sys.argv[1:], False
    if command[:1] == ["--keep-output"]:
        command, keep = command[1:], True
    start = time.perf_counter()
    sink = None if keep else subprocess.DEVNULL
    done = subprocess.run(command, stdout=sink, stderr=sink)
    while True:  # reap what the command left behind
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            break
    wall = time.perf_counter() - start
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"cpu {used.ru_utime + used.ru_stime:.2f} wall {wall:.2f} rc {done.returncode}")


if __name__ == "__main__":
    main()
