"""CPU time of each corpus stage (entity merge, link summaries, copies, stories) on a synthetic corpus.

The corpus stages run once per analysis over the whole corpus, in the main process (or one of
their own); at 100k articles they are over a third of the run. This times each of them in this
process, serially, from a database that is already ingested and extracted (made once and cached:
``corpus-stage-<n>.db``, copied for every run since the stages write results), and prints:

- the CPU seconds of each stage (``time.process_time``: robust on a shared machine, where wall
  time is not), and the stage's wall seconds as the pipeline reports them;
- a digest of each stage's stored output (entities and their map, copy pairs, stories), so that
  a speed change can be checked to change no output.

    python bench/corpus_stage_cpu.py --n 20000
    python bench/corpus_stage_cpu.py --n 20000 --src /path/to/other/checkout/src   # baseline code
    python bench/corpus_stage_cpu.py --n 2000 --profile /tmp/corpus.prof            # cProfile of the stages
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import time
from pathlib import Path


def _args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n", type=int, default=20000, help="synthetic articles (default 20000)")
    p.add_argument("--src", help="import newsdesk from this src directory (a baseline checkout)")
    p.add_argument("--workers", type=int, default=2, help="extraction workers when the database is made")
    p.add_argument("--profile", help="write a cProfile of the stages to this file")
    p.add_argument("--stages", default="entities,link", help="which corpus stages to run (entities,link)")
    return p.parse_args()


ARGS = _args() if __name__ == "__main__" else None
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import CACHE, emit, fresh_db, peak_rss_mib, shards, synth_corpus  # noqa: E402

if ARGS is not None and ARGS.src:  # _common put this checkout's src first: the baseline's goes before it
    sys.path.insert(0, str(Path(ARGS.src).resolve()))


def prepared(n: int, workers: int) -> Path:
    """An ingested and extracted database of the ``n``-article synthetic corpus (made once)."""
    db = CACHE / f"corpus-stage-{n}.db"
    if db.exists():
        return db
    from newsdesk.api import Desk
    from newsdesk.engine import EngineConfig, open_engine
    from newsdesk.pipeline import AnalyzeReport, _extract

    tmp = fresh_db(f"corpus-stage-{n}.db.tmp")
    with Desk(tmp) as desk:
        desk.ingest([str(p) for p in shards(synth_corpus(n))])
        content = dict(desk.store.article_hashes())
        with open_engine(EngineConfig(kind="local", workers=workers)) as runner:
            _extract(desk.store, runner, content, AnalyzeReport(), None)
    shutil.move(tmp, db)
    return db


def digest(store, kind: str) -> str:
    h = hashlib.sha256()
    for page in store.iter_results(kind):
        for d in page:
            h.update(json.dumps(d, sort_keys=True).encode())
    return h.hexdigest()[:16]


def run(db: Path, stages: list[str], profile: str | None) -> dict:
    import newsdesk.pipeline as pipeline
    from newsdesk.store import open_store

    work = fresh_db(f"corpus-stage-work-{db.stem}-{os.getpid()}.db")  # runs side by side do not share it
    shutil.copyfile(db, work)
    store = open_store(work)
    content = dict(store.article_hashes())
    cpu: dict[str, float] = {}

    class Report(pipeline.AnalyzeReport):
        """Records the CPU seconds since the previous stage ended beside each stage's wall time."""

        mark = time.process_time()

        def timed(self, stage: str, start: float) -> None:
            super().timed(stage, start)
            now = time.process_time()
            cpu[stage] = round(now - Report.mark, 2)
            Report.mark = now

    report = Report()
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile(time.process_time)  # CPU time: a shared machine's load does not enter
        profiler.enable()
    for stage in stages:
        Report.mark = time.process_time()
        args = (content,) if stage == "link" else ()
        pipeline._CORPUS_STAGES[stage](store, report, *args)
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(profile)
    digests = {kind: digest(store, kind) for kind in ("entities", "entity_map", "syndication", "stories")}
    store.close()
    for suffix in ("", "-wal", "-shm"):
        Path(work + suffix).unlink(missing_ok=True)
    return {"articles": len(content), "cpu_s": cpu, "peak_rss_mib": round(peak_rss_mib()), "wall_s": {k: round(v, 2) for k, v in report.seconds.items()},
            "cpu_total_s": round(sum(cpu.values()), 2), "entities": report.entities, "copies": report.copies,
            "stories": report.stories, "digests": digests}


def main() -> None:
    db = prepared(ARGS.n, ARGS.workers)
    figures = run(db, ARGS.stages.split(","), ARGS.profile)
    print(f"corpus stages on {figures['articles']} synthetic articles (CPU s): {figures['cpu_s']} "
          f"total {figures['cpu_total_s']}; peak RSS {figures['peak_rss_mib']} MiB")
    print(f"wall s: {figures['wall_s']}")
    print(f"outputs: {figures['entities']} entities, {figures['copies']} copy pairs, {figures['stories']} stories; "
          f"digests {figures['digests']}")
    emit("corpus_stage_cpu", figures)


if __name__ == "__main__":
    main()
