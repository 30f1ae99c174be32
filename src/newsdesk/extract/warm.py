"""Importing this module loads what a pool worker of ``analyze`` needs before its first task.

The extraction and comparison stages (and the merge and link summaries the workers also run),
and the cached spaCy pipeline (:func:`newsdesk.extract.nlp.get_nlp`), built here once. Named in
:data:`newsdesk.pipeline.WORKER_PRELOAD`: the pool's forkserver imports it, so the workers it
forks start with all of it instead of each importing and building it again.
"""
from __future__ import annotations

import gc

import newsdesk.compare  # noqa: F401
import newsdesk.extract  # noqa: F401
import newsdesk.extract.merge  # noqa: F401
import newsdesk.link.summary  # noqa: F401
from newsdesk.extract.nlp import get_nlp

try:
    get_nlp()
except Exception:  # noqa: BLE001 - e.g. a configured model that is not installed: each worker's
    pass  # own first call raises it where the stage reports errors (a forkserver would just die)

# what is loaded now lives as long as the process: out of the collector's sight, so that the
# workers forked from this server do not traverse it in every full collection (about half of
# their collector's time: 0.8 -> 0.4 s of CPU in a serial analyze of 181 pages); no object
# changes, only when unreachable cycles are looked for
gc.freeze()
# young collections every 10,000 allocations instead of 700: the workers allocate millions of
# short-lived objects with few cycles among them (serial analyze of 181 pages: collector 0.56 ->
# 0.31 s of CPU); only in this server, which runs for small corpora, so a large job's memory
# is collected as before
gc.set_threshold(10_000, 10, 10)
