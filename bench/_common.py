"""Helpers shared by the benchmark scripts: corpora, timers, peak memory, quality against gold.

Not a test module. Every script puts ``bench/`` on ``sys.path`` and imports this.
"""
from __future__ import annotations

import hashlib
import json
import os
import resource
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))
CACHE = Path(os.environ.get("NEWSDESK_BENCH_CACHE", "/tmp/newsdesk-bench"))
sys.path.insert(0, str(REPO / "src"))


def peak_rss_mib() -> float:
    """Peak resident memory of this process (VmHWM from /proc; ru_maxrss elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def children_peak_rss_mib() -> float:
    """Largest peak RSS of any finished child process (pool workers), in MiB."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


class JobMemory:
    """Samples the resident memory of this process and all its descendants together (pool or
    Dask workers), so "peak memory" means what the whole job held at once, not one process.

    A background thread reads RSS every ``interval`` seconds (psutil, a dependency of Dask);
    a spike shorter than that can be missed, so the main process's exact peak (VmHWM) is
    reported beside it. ``stage`` names what was running at the sampled peak.
    """

    def __init__(self, stage: Callable[[], str] = lambda: "", interval: float = 0.25) -> None:
        self.stage, self.interval = stage, interval
        self.peak_mib = 0.0
        self.peak_stage = ""
        self.peak_parts: list[int] = []
        self.peak_worker_mib = 0.0  # largest sampled RSS of any one descendant
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> "JobMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        """Stop sampling (idempotent): e.g. before a check that is not part of the job."""
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        import psutil

        me = psutil.Process()
        while not self._stop.wait(self.interval):
            parts = []
            for proc in [me] + me.children(recursive=True):
                try:
                    parts.append(proc.memory_info().rss)
                except psutil.Error:  # a worker that just exited
                    pass
            total = sum(parts) / 2**20
            self.peak_worker_mib = max([self.peak_worker_mib] + [b / 2**20 for b in parts[1:]])
            if total > self.peak_mib:
                self.peak_mib, self.peak_stage = total, self.stage()
                self.peak_parts = [round(b / 2**20) for b in parts]

    def figures(self) -> dict[str, Any]:
        # workers started by a forkserver are not this process's children, so the largest
        # worker is taken from the samples rather than from getrusage(RUSAGE_CHILDREN)
        return {"peak_rss_worker_mib": round(max(self.peak_worker_mib, children_peak_rss_mib())),
                "peak_rss_job_mib": round(self.peak_mib), "peak_job_stage": self.peak_stage,
                "peak_job_processes_mib": self.peak_parts}


def _generator_version() -> str:
    """A fingerprint of the generator's code: a changed generator never reuses a cached corpus."""
    import newsdesk.synth as synth

    digest = hashlib.sha256()
    for path in sorted(Path(synth.__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:8]


def synth_corpus(n: int, seed: int = 0, stories: int | None = None) -> Path:
    """A cached synthetic corpus of ``n`` articles (generated once per size and seed)."""
    from newsdesk.synth import gold_path, write_corpus

    path = CACHE / f"synth-{n}-{stories or 'auto'}-s{seed}-g{_generator_version()}.jsonl"
    if not (path.exists() and gold_path(path).exists()):
        CACHE.mkdir(parents=True, exist_ok=True)
        write_corpus(n, path, stories=stories, seed=seed)
    return path


SHARD_ARTICLES = 10_000  # ~36 MB per file: under the ingest's 50 MB per-file limit


def shards(corpus: Path, per: int = SHARD_ARTICLES) -> list[Path]:
    """The corpus split into files of ``per`` lines (cached next to it); small corpora stay whole.

    Streams line by line, so splitting a 100k corpus does not inflate this process's peak RSS.
    """
    parts = sorted(corpus.parent.glob(f"{corpus.stem}.part*.jsonl"))
    if parts:
        return parts
    with corpus.open(encoding="utf-8") as fh:
        out, sink = [], None
        for i, line in enumerate(fh):
            if i % per == 0:
                if sink:
                    sink.close()
                out.append(corpus.with_name(f"{corpus.stem}.part{i // per:03d}.jsonl"))
                sink = out[-1].open("w", encoding="utf-8")
            sink.write(line)
        if sink:
            sink.close()
    if len(out) == 1:
        out[0].unlink()
        return [corpus]
    return out


def fresh_db(name: str) -> str:
    CACHE.mkdir(parents=True, exist_ok=True)
    db = CACHE / name
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    return str(db)


def stage_seconds(report: Any, analyze_s: float) -> dict[str, float]:
    """The pipeline's own wall time per stage (``AnalyzeReport.seconds``; measured in the
    stage's process, also when a corpus stage runs in one of its own), slowest first, and
    the rest of ``analyze`` (reading state, writing errors, starting processes)."""
    stages = {k: round(v, 1) for k, v in sorted(report.seconds.items(), key=lambda kv: -kv[1])}
    stages["other"] = round(analyze_s - sum(report.seconds.values()), 1)
    return stages


class StageLabels:
    """Which analysis stage is running (for :class:`JobMemory`), found by wrapping the stage
    entry points of the main process: the mapped stages (``map:<function>``, until their last
    batch is saved) and the corpus stages (``corpus:<stage>``)."""

    def __init__(self) -> None:
        self.running: list[str] = []  # stages entered and not yet left, innermost last

    def current(self) -> str:
        return self.running[-1] if self.running else "other"

    @contextmanager
    def installed(self) -> Iterator["StageLabels"]:
        import newsdesk.engine as engine
        import newsdesk.pipeline as pipeline

        patched: list[tuple[Any, str, Any]] = []

        def wrap_corpus_stage() -> None:
            original = pipeline._corpus_stage

            def labelled(stage: str, *args: Any, **kwargs: Any) -> Any:
                self.running.append(f"corpus:{stage}")
                try:
                    return original(stage, *args, **kwargs)
                finally:
                    self.running.pop()

            patched.append((pipeline, "_corpus_stage", original))
            pipeline._corpus_stage = labelled

        def wrap_stream() -> None:
            """Engine.stream is a generator (Engine.map goes through it): labelled until its end."""
            original = engine.Engine.stream

            def labelled(*args: Any, **kwargs: Any) -> Iterator[Any]:
                label = "map:" + getattr(args[1], "__name__", "?")
                self.running.append(label)
                try:
                    yield from original(*args, **kwargs)
                finally:
                    self.running.remove(label)

            patched.append((engine.Engine, "stream", original))
            engine.Engine.stream = labelled

        wrap_stream()
        wrap_corpus_stage()
        try:
            yield self
        finally:
            for owner, attr, original in reversed(patched):
                setattr(owner, attr, original)


def b_cubed(predicted: dict[str, str], gold: dict[str, str]) -> dict[str, float]:
    """B³ precision/recall/F1 of a clustering (article -> cluster) against gold (article -> story)."""
    ids = [a for a in gold if a in predicted]
    by_pred: dict[str, set[str]] = {}
    by_gold: dict[str, set[str]] = {}
    for a in ids:
        by_pred.setdefault(predicted[a], set()).add(a)
        by_gold.setdefault(gold[a], set()).add(a)
    p = r = 0.0
    for a in ids:
        cp, cg = by_pred[predicted[a]], by_gold[gold[a]]
        both = len(cp & cg)
        p += both / len(cp)
        r += both / len(cg)
    p, r = p / max(1, len(ids)), r / max(1, len(ids))
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4)}


def pair_scores(found: set[frozenset[str]], gold: set[frozenset[str]]) -> dict[str, float]:
    tp = len(found & gold)
    p = tp / len(found) if found else 0.0
    r = tp / len(gold) if gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
            "found": len(found), "gold": len(gold)}


def quality(desk: Any, gold_file: Path) -> dict[str, Any]:
    """Story clustering B³ and copy detection precision/recall against a synth gold file."""
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    predicted = {aid: s.id for s in desk.stories() for aid in s.article_ids}
    verbatim: set[frozenset[str]] = set()
    rewrites: set[frozenset[str]] = set()
    # page through the pairs, keeping ids and kind: all of them as objects (evidence included)
    # would cost more memory than the analysis being measured
    for page in desk.store.iter_results("syndication"):
        for p in page:
            if p["kind"] in ("duplicate", "syndicated"):
                verbatim.add(frozenset((p["a"], p["b"])))
            elif p["kind"] == "rewrite":
                rewrites.add(frozenset((p["a"], p["b"])))
    gold_copies = {frozenset(p) for p in gold["copies"]}
    gold_rewrites = {frozenset(p) for p in gold["rewrites"]}
    return {"stories_b3": b_cubed(predicted, gold["article_story"]),
            "copies": pair_scores(verbatim, gold_copies),
            "rewrites": pair_scores(rewrites, gold_rewrites),
            "any_copy_vs_copies_and_rewrites": pair_scores(verbatim | rewrites, gold_copies | gold_rewrites)}


def emit(name: str, figures: dict[str, Any]) -> None:
    """Print a result block for humans and one JSON line (``BENCH {...}``) for run_all."""
    print(f"== {name}")
    for key, value in figures.items():
        print(f"  {key}: {value}")
    print("BENCH " + json.dumps({"bench": name, **figures}, default=str), flush=True)


def timed_pipeline(db_name: str, paths: list[str], workers: int | None) -> dict[str, Any]:
    """Ingest ``paths`` into a fresh database and analyze it, timing each part and stage."""
    from newsdesk.api import Desk
    from newsdesk.engine import EngineConfig

    db = fresh_db(db_name)
    with Desk(db) as desk:
        start = time.perf_counter()
        # the CLI's default: many files are parsed on the local pool
        ingested = desk.ingest(paths, engine=EngineConfig(kind="local", workers=workers))
        ingest_s = time.perf_counter() - start
        start = time.perf_counter()
        report = desk.analyze(EngineConfig(kind="local", workers=workers))
        analyze_s = time.perf_counter() - start
    return {"db": db, "ingested": ingested, "report": report, "ingest_s": ingest_s, "analyze_s": analyze_s,
            "stages": stage_seconds(report, analyze_s), "extract_s": report.seconds.get("extract", 0.0)}
