"""Incremental re-analysis: after adding 10 articles to an N-article corpus (default 10k), what
fraction of the first ``analyze`` does the second one cost?

    python bench/incremental.py [--n 10000] [--workers 2] [--quick]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import CACHE, emit, fresh_db, stage_seconds, synth_corpus  # noqa: E402

ADDED = 10


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--quick", action="store_true", help="300 articles")
    args = parser.parse_args()
    n = 300 if args.quick else args.n

    from newsdesk.api import Desk
    from newsdesk.engine import EngineConfig

    lines = synth_corpus(n + ADDED, seed=5).read_text(encoding="utf-8").splitlines(keepends=True)
    first, later = CACHE / f"incr-{n}-first.jsonl", CACHE / f"incr-{n}-later.jsonl"
    first.write_text("".join(lines[:n]), encoding="utf-8")
    later.write_text("".join(lines[n:]), encoding="utf-8")
    engine = EngineConfig(kind="local", workers=args.workers)
    with Desk(fresh_db(f"incremental-{n}.db")) as desk:
        desk.ingest([str(first)])
        start = time.perf_counter()
        one = desk.analyze(engine)
        first_s = time.perf_counter() - start
        desk.ingest([str(later)])
        start = time.perf_counter()
        two = desk.analyze(engine)
        second_s = time.perf_counter() - start
    emit("incremental", {
        "articles": n, "added": ADDED, "first_analyze_s": round(first_s, 1), "second_analyze_s": round(second_s, 1),
        "fraction": round(second_s / first_s, 3), "second_extracted": two.extracted, "second_reused": two.reused,
        "stories": two.stories, "stories_compared": two.stories_compared, "stories_reused": two.stories_reused,
        "second_stages_s": stage_seconds(two, second_s),
        "first_stories": one.stories,
    })


if __name__ == "__main__":
    main()
