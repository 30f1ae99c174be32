"""Full pipeline vs trafilatura alone on the same HTML pages (WCXB dev, ~700 pages), in one run.

1. trafilatura alone: un-gzip and ``trafilatura.extract`` every page, one process.
2. newsdesk: ``Desk.ingest`` the same pages (decode, trafilatura, metadata, cleaning) and
   ``Desk.analyze`` them (extract, entities, copies, stories, compare) on the local pool.
Prints both wall times and the ratio (target <= 2.5x, moonshot <= 2x), plus the split.

    python bench/html_vs_trafilatura.py [--limit N] [--workers 2] [--quick]
"""
from __future__ import annotations

import argparse
import gzip
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import SHARED, emit, timed_pipeline  # noqa: E402

TARGET_RATIO = 2.5
MOONSHOT_RATIO = 2.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=Path, default=SHARED / "eval" / "wcxb" / "dev" / "html")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--quick", action="store_true", help="first 100 pages")
    args = parser.parse_args()
    pages = sorted(args.pages.glob("*.html.gz"))[: 100 if args.quick else args.limit]
    if not pages:
        sys.exit(f"no pages under {args.pages}")

    import trafilatura

    trafilatura.extract(gzip.decompress(pages[0].read_bytes()))  # warm-up: imports and caches
    start = time.perf_counter()
    extracted = 0
    for page in pages:
        if trafilatura.extract(gzip.decompress(page.read_bytes())):
            extracted += 1
    trafilatura_s = time.perf_counter() - start

    run = timed_pipeline("html-vs-trafilatura.db", [str(p) for p in pages], args.workers)
    ingested, report, ingest_s, analyze_s = run["ingested"], run["report"], run["ingest_s"], run["analyze_s"]
    pipeline_s = ingest_s + analyze_s
    ratio = pipeline_s / trafilatura_s
    stages = run["stages"]
    emit("html_vs_trafilatura", {
        "pages": len(pages), "trafilatura_extracted": extracted, "trafilatura_s": round(trafilatura_s, 1),
        "pipeline_s": round(pipeline_s, 1), "ingest_s": round(ingest_s, 1), "analyze_s": round(analyze_s, 1),
        "analyze_stages_s": stages, "articles": len(ingested.added), "ingest_errors": len(ingested.errors),
        "stories": report.stories, "ratio": round(ratio, 2),
        "verdict": "moonshot" if ratio <= MOONSHOT_RATIO else "target" if ratio <= TARGET_RATIO else "over target",
        "workers": args.workers,
    })


if __name__ == "__main__":
    main()
