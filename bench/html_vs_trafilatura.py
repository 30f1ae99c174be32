"""Full pipeline vs trafilatura alone on the same HTML pages, each timed as whole processes.

What a user runs, from process start to exit (start-up imports, pool start and per-run corpus
stages all count):

1. **trafilatura alone**: one fresh ``python`` process that un-gzips every page and calls
   ``trafilatura.extract`` on it;
2. **newsdesk**: ``newsdesk ingest PAGES --db DB`` then ``newsdesk analyze --db DB`` (decode,
   trafilatura, metadata, cleaning; extraction, entities, copies, stories, comparison), two
   fresh processes on a fresh database.

Both are run on the WCXB dev pages (``--set all``) and on a fixed 181-page sample of them
(``--set sample``: the size of corpus a desk analyses in one go), alternating A B A B for
``--rounds`` rounds so a drift of the machine's speed hits both; prints the median of each and
the median of the per-round ratios (target <= 2.0).

    python bench/html_vs_trafilatura.py [--set all|sample|both] [--rounds 3] [--workers N]
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import SHARED, emit  # noqa: E402

TARGET_RATIO = 2.0
SAMPLE_SIZE = 181  # the "corpus of the size a desk analyses in one go"
SAMPLE_SEED = 0  # a fixed sample, the same pages every run

TRAFILATURA_ALONE = """
import gzip, sys, trafilatura
n = 0
for path in sys.argv[1:]:
    with open(path, "rb") as fh:
        if trafilatura.extract(gzip.decompress(fh.read())):
            n += 1
print(n)
"""


def page_sets(pages_dir: Path, which: str) -> dict[str, list[Path]]:
    pages = sorted(pages_dir.glob("*.html.gz"))
    sets = {}
    if which in ("all", "both"):
        sets["all"] = pages
    if which in ("sample", "both"):
        sets["sample"] = sorted(random.Random(SAMPLE_SEED).sample(pages, min(SAMPLE_SIZE, len(pages))))
    return sets


def newsdesk_cmd() -> list[str]:
    exe = shutil.which("newsdesk", path=str(Path(sys.executable).parent)) or shutil.which("newsdesk")
    return [exe] if exe else [sys.executable, "-m", "newsdesk.cli"]


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def one_round(pages: list[Path], workdir: Path, workers: int | None, env: dict[str, str]) -> dict[str, float]:
    listing = [str(p) for p in pages]
    trafilatura_s = timed([sys.executable, "-c", TRAFILATURA_ALONE, *listing], env)
    db = workdir / "bench.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    extra = ["--workers", str(workers)] if workers else []
    ingest_s = timed([*newsdesk_cmd(), "ingest", *listing, "--db", str(db), *extra], env)
    analyze_s = timed([*newsdesk_cmd(), "analyze", "--db", str(db), *extra], env)
    return {"trafilatura_s": trafilatura_s, "ingest_s": ingest_s, "analyze_s": analyze_s,
            "pipeline_s": ingest_s + analyze_s, "ratio": (ingest_s + analyze_s) / trafilatura_s}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=Path, default=SHARED / "eval" / "wcxb" / "dev" / "html")
    parser.add_argument("--set", choices=("all", "sample", "both"), default="both")
    parser.add_argument("--rounds", type=int, default=3, help="A/B rounds per set (median reported)")
    parser.add_argument("--workers", type=int, default=None, help="pass --workers to newsdesk (default: its own)")
    parser.add_argument("--quick", action="store_true", help="the sample only, one round")
    args = parser.parse_args()
    if args.quick:
        args.set, args.rounds = "sample", 1
    sets = page_sets(args.pages, args.set)
    if not any(sets.values()):
        sys.exit(f"no pages under {args.pages}")
    env = dict(os.environ)
    for name, pages in sets.items():
        with tempfile.TemporaryDirectory(prefix="newsdesk-html-bench-") as tmp:
            one_round(pages[:5], Path(tmp), args.workers, env)  # warm-up: page cache, .pyc files
            rounds = [one_round(pages, Path(tmp), args.workers, env) for _ in range(args.rounds)]
        med = {k: round(statistics.median(r[k] for r in rounds), 2) for k in rounds[0]}
        ratio = med["ratio"]
        emit(f"html_vs_trafilatura[{name}]", {
            "pages": len(pages), "rounds": args.rounds, **med,
            "ratios": [round(r["ratio"], 2) for r in rounds],
            "verdict": "target" if ratio <= TARGET_RATIO else "over target",
        })


if __name__ == "__main__":
    main()
