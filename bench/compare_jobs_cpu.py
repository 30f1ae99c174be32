"""CPU seconds of the comparison stage alone, on the real stories of ``text_throughput.py``.

    python bench/compare_jobs_cpu.py --capture        # once: ingest + serial analyze, keep the jobs
    python bench/compare_jobs_cpu.py [--steps] [--src OTHER/src] [--profile FILE]

``--capture`` ingests the de-duplicated real articles (``real-1696.jsonl``, written by
``text_throughput.py``) into a fresh database, runs a serial ``analyze`` and keeps every story's
comparison job (story, articles, annotations, entities, copies) in ``compare-jobs-real.pkl``
under the bench cache. Without it, the jobs are loaded and ``pipeline.compare_rows`` is run on
each, in one process; it prints the CPU seconds (``time.process_time``) of all jobs and a
SHA-256 of every row they make (the rows the store keeps), so that speed work can show that the
comparison's output is unchanged. ``--steps`` also times each sub-stage (a second pass).
``--src`` imports ``newsdesk`` from another checkout (a baseline) instead of this one.
"""
from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
import time
from pathlib import Path


def _args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--capture", action="store_true")
    p.add_argument("--src", help="import newsdesk from this src directory (a baseline checkout)")
    p.add_argument("--profile", help="write a cProfile of the timed pass to this file")
    p.add_argument("--steps", action="store_true", help="also time each sub-stage")
    p.add_argument("--dump", help="write one digest per story (and kind) to this file, to find what differs")
    p.add_argument("--limit", type=int, default=None, help="only the first N jobs (largest stories first)")
    return p.parse_args()


ARGS = _args() if __name__ == "__main__" else None
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import CACHE, fresh_db  # noqa: E402

if ARGS is not None and ARGS.src:  # _common put this checkout's src first: the baseline's goes before it
    sys.path.insert(0, str(Path(ARGS.src).resolve()))

JOBS = CACHE / "compare-jobs-real.pkl"


def capture() -> None:
    import newsdesk.pipeline as pipeline
    from newsdesk.api import Desk
    from newsdesk.engine import EngineConfig

    corpus = CACHE / "real-1696.jsonl"
    if not corpus.exists():
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from text_throughput import real_articles

        corpus = real_articles(None)
    jobs: list = []
    original = pipeline.compare_rows

    def keep(job):
        jobs.append(job)
        return original(job)

    pipeline.compare_rows = keep
    with Desk(fresh_db("compare-jobs-capture.db")) as desk:
        desk.ingest([str(corpus)])
        desk.analyze(EngineConfig(kind="serial"))
    JOBS.write_bytes(pickle.dumps(jobs, protocol=pickle.HIGHEST_PROTOCOL))
    print(f"{len(jobs)} jobs -> {JOBS}")


def run(jobs: list, profile: str | None, dump: str | None = None) -> tuple[float, str]:
    from newsdesk.pipeline import compare_rows

    digest = hashlib.sha256()
    prof = None
    if profile:
        import cProfile

        prof = cProfile.Profile(time.process_time)
    start = time.process_time()
    if prof:
        prof.enable()
    out = [compare_rows(job) for job in jobs]
    if prof:
        prof.disable()
        prof.dump_stats(profile)
    cpu = time.process_time() - start
    lines = []
    for job, rows in zip(jobs, out):
        digest.update(job[0].id.encode())
        if isinstance(rows, dict):
            for kind in sorted(rows):
                one = hashlib.sha256()
                for key, text in rows[kind]:
                    digest.update(f"{kind}\0{key}\0{text}\n".encode())
                    one.update(f"{key}\0{text}\n".encode())
                lines.append(f"{job[0].id} {kind} {one.hexdigest()[:16]}\n")
        else:
            digest.update(repr(rows).encode())
            lines.append(f"{job[0].id} error {rows!r}\n")
    if dump:
        Path(dump).write_text("".join(lines), encoding="utf-8")
    return cpu, digest.hexdigest()


def steps(jobs: list) -> dict[str, float]:
    import importlib

    from newsdesk.compare.config import CompareConfig
    from newsdesk.compare.story import build_context

    cfg = CompareConfig()
    mods = {name: importlib.import_module(f"newsdesk.compare.{name}")
            for name in ("facts", "variants", "framing", "stances", "timeline")}
    fns = {"facts": lambda ctx: mods["facts"].align(ctx, cfg),
           "variants": lambda ctx: mods["variants"].find(ctx),
           "stances": lambda ctx: mods["stances"].find(ctx, cfg),
           "timeline": lambda ctx: mods["timeline"].build(ctx)}
    out = dict.fromkeys(["context", *fns], 0.0)
    for story, articles, annotations, entities, copies in jobs:
        t0 = time.process_time()
        ctx = build_context(story, articles, annotations, entities, copies)
        out["context"] += time.process_time() - t0
        for name, fn in fns.items():
            t0 = time.process_time()
            try:
                fn(ctx)
            except Exception:  # a step that needs another's output: its time is still counted
                pass
            out[name] += time.process_time() - t0
    return {k: round(v, 2) for k, v in out.items()}


def main() -> None:
    if ARGS.capture:
        capture()
        return
    jobs = pickle.loads(JOBS.read_bytes())[:ARGS.limit]
    import newsdesk.compare  # noqa: F401  (imports are not part of the figure)
    import newsdesk.pipeline  # noqa: F401

    cpu, digest = run(jobs, ARGS.profile, ARGS.dump)
    print(f"compare_jobs_cpu jobs {len(jobs)} articles {sum(len(j[1]) for j in jobs)} cpu {cpu:.2f} s digest {digest}")
    if ARGS.steps:
        print("steps", steps(jobs))


if __name__ == "__main__":
    main()
