"""Scaling: ingest + analyze of 1k -> 10k -> 100k synthetic articles; time and peak memory per size.

Each size runs in a fresh process so its peak RSS is its own. Prints per size: ingest and
analyze seconds, articles/s, the slowest stages, peak RSS of the main process (through the
analysis; and after the quality check, which reads the results back) and of the largest
pool worker, and quality against the corpus gold (story B³, copy pairs).

    python bench/scaling.py                       # 1000,10000,100000
    python bench/scaling.py --sizes 1000,5000 --workers 2 --db-kind postgresql
    python bench/scaling.py --sizes 100000 --reanalyze   # corpus stages again on the 100k database
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import (CACHE, JobMemory, StageLabels, emit, fresh_db, peak_rss_mib, quality, shards,  # noqa: E402
                     stage_seconds, synth_corpus)

PG_URL = "postgresql://postgres@127.0.0.1:5432/test"
MEMORY_TARGET_MIB = 2048  # 100k articles must stay under 2 GiB


def one(n: int, workers: int, engine: str, db_kind: str, ingest_only: bool = False) -> dict:
    from newsdesk.api import Desk
    from newsdesk.engine import EngineConfig
    from newsdesk.synth import gold_path

    start = time.perf_counter()
    corpus = synth_corpus(n)
    synth_s = time.perf_counter() - start
    parts = shards(corpus)
    db = fresh_db(f"scaling-{n}.db") if db_kind == "sqlite" else _fresh_pg(n)
    timer = StageLabels()
    with Desk(db) as desk, JobMemory(timer.current) as memory:
        timer.running.append("ingest")
        start = time.perf_counter()
        ingested = desk.ingest([str(p) for p in parts])
        timer.running.pop()
        ingest_s = time.perf_counter() - start
        added = len(ingested.added)
        if ingested.errors:
            raise SystemExit(f"ingest failed: {ingested.errors[0].message}")
        rss_after_ingest = peak_rss_mib()
        if ingest_only:
            return {"articles": added, "synth_s": round(synth_s, 1), "ingest_s": round(ingest_s, 1),
                    "ingest_articles_per_s": round(added / ingest_s, 1), "peak_rss_main_mib": round(rss_after_ingest)}
        with timer.installed():  # the quality check below is outside the measured job
            start = time.perf_counter()
            report = desk.analyze(EngineConfig(kind=engine, workers=workers))
            analyze_s = time.perf_counter() - start
        rss_after_analyze = peak_rss_mib()  # before the quality check reads the results back
        memory.stop()
        q = quality(desk, gold_path(corpus))
    stages = stage_seconds(report, analyze_s)
    return {"articles": added, "synth_s": round(synth_s, 1), "ingest_s": round(ingest_s, 1),
            "analyze_s": round(analyze_s, 1), "total_s": round(ingest_s + analyze_s, 1),
            "articles_per_s": round(added / (ingest_s + analyze_s), 1), "stages_s": stages,
            "stories": report.stories, "copies": report.copies, "errors": len(report.errors),
            "peak_rss_main_mib": round(rss_after_analyze), "peak_rss_with_quality_mib": round(peak_rss_mib()),
            "rss_after_ingest_mib": round(rss_after_ingest),
            **memory.figures(), "quality": q}


def reanalyze(n: int, workers: int, engine: str) -> dict:
    """``analyze`` again over the SQLite database a full run of size ``n`` left, in a fresh
    process: extraction and comparison are reused, the corpus stages (entity merge, link
    summaries, copies, clustering) are redone — where the main process's memory peaks."""
    from newsdesk.api import Desk
    from newsdesk.engine import EngineConfig

    db = CACHE / f"scaling-{n}.db"
    if not db.exists():
        raise SystemExit(f"no {db}: run `python bench/scaling.py --sizes {n}` first")
    timer = StageLabels()
    with Desk(str(db)) as desk, timer.installed(), JobMemory(timer.current) as memory:
        start = time.perf_counter()
        report = desk.analyze(EngineConfig(kind=engine, workers=workers))
        analyze_s = time.perf_counter() - start
    stages = stage_seconds(report, analyze_s)
    return {"articles": report.extracted + report.reused, "reanalyze_s": round(analyze_s, 1), "stages_s": stages,
            "extracted": report.extracted, "stories": report.stories, "stories_compared": report.stories_compared,
            "peak_rss_main_mib": round(peak_rss_mib()), **memory.figures()}


def _fresh_pg(n: int) -> str:
    import psycopg

    schema = f"bench_scaling_{n}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        conn.execute(f"CREATE SCHEMA {schema}")
    return f"{PG_URL}?options=-csearch_path%3D{schema}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated corpus sizes")
    parser.add_argument("--quick", action="store_true", help="sizes 200,1000")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--engine", default="local", choices=["local", "dask", "serial"])
    parser.add_argument("--db-kind", default="sqlite", choices=["sqlite", "postgresql"])
    parser.add_argument("--timeout", type=int, default=1800, help="seconds allowed per size")
    parser.add_argument("--ingest-only", action="store_true", help="stop after ingest (e.g. to time 100k ingest)")
    parser.add_argument("--reanalyze", action="store_true",
                        help="re-run analyze on the database a full run of each size left (corpus stages only)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        if args.reanalyze:
            print(json.dumps(reanalyze(args.one, args.workers, args.engine)))
        else:
            print(json.dumps(one(args.one, args.workers, args.engine, args.db_kind, args.ingest_only)))
        return
    sizes = [200, 1000] if args.quick else [int(s) for s in args.sizes.split(",")]
    rows = []
    for n in sizes:
        cmd = [sys.executable, __file__, "--one", str(n), "--workers", str(args.workers), "--engine", args.engine,
               "--db-kind", args.db_kind] + (["--ingest-only"] if args.ingest_only else []) \
            + (["--reanalyze"] if args.reanalyze else [])
        # its own process group: on a timeout the pool workers go with it (they would run on)
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
        try:
            stdout, stderr = proc.communicate(timeout=args.timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            print(f"size {n}: did not finish within {args.timeout} s; stopping here")
            break
        done = subprocess.CompletedProcess(cmd, proc.returncode, stdout, stderr)
        if done.returncode != 0:
            print(f"size {n} failed:\n{done.stderr[-3000:]}")
            break
        row = json.loads(done.stdout.strip().splitlines()[-1])
        rows.append(row)
        emit(f"scaling n={n} ({args.engine}, {args.workers} workers, {args.db_kind})", row)
    if len(rows) >= 2 and not args.ingest_only and not args.reanalyze:
        a, b = rows[-2], rows[-1]
        growth = (b["total_s"] / a["total_s"]) / (b["articles"] / a["articles"])
        print(f"trend: time per article grows x{growth:.2f} from {a['articles']} to {b['articles']} "
              f"(1.0 = linear); peak RSS of the whole job (main + workers) {a['peak_rss_job_mib']} -> "
              f"{b['peak_rss_job_mib']} MiB (target < {MEMORY_TARGET_MIB} MiB at 100k)")


if __name__ == "__main__":
    main()
