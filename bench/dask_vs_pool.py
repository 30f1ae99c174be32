"""Dask local cluster vs the local process pool on the same work (ingest once, analyze twice).

Both runs start from the same ingested database copy, so they do the same extraction and
comparison; the exports must be identical, and the script says so.

    python bench/dask_vs_pool.py [--n 500] [--workers 2] [--quick]
"""
from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import emit, fresh_db, stage_seconds, synth_corpus  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=500, help="synthetic articles")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--quick", action="store_true", help="150 articles")
    args = parser.parse_args()
    n = 150 if args.quick else args.n

    from newsdesk.api import Desk
    from newsdesk.engine import EngineConfig

    base = fresh_db(f"dask-vs-pool-{n}.db")
    with Desk(base) as desk:
        desk.ingest([str(synth_corpus(n, seed=3))])
    figures: dict = {"articles": n, "workers": args.workers}
    exports = {}
    for kind in ("local", "dask"):
        db = fresh_db(f"dask-vs-pool-{n}-{kind}.db")
        shutil.copy(base, db)
        with Desk(db) as desk:
            start = time.perf_counter()
            report = desk.analyze(EngineConfig(kind=kind, workers=args.workers))
            figures[f"{kind}_s"] = round(time.perf_counter() - start, 1)
            figures[f"{kind}_stages_s"] = stage_seconds(report, figures[f"{kind}_s"])
            doc = desk.export_dict()
            doc.pop("generator", None)
            exports[kind] = doc
    figures["dask_over_pool"] = round(figures["dask_s"] / figures["local_s"], 2)
    figures["exports_identical"] = exports["local"] == exports["dask"]
    emit("dask_vs_pool", figures)


if __name__ == "__main__":
    main()
