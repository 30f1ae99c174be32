"""Run every benchmark and print a summary: ``python bench/run_all.py [--quick]``.

--quick uses small sizes (a few minutes in all); without it the sizes the README reports
(long: the 10k/100k scaling runs can take hours on 2 cores; pass --skip scaling to leave it out).
Each script also runs on its own; see bench/README.md.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHES = {  # name -> (full args, quick args)
    "html_vs_trafilatura": ([], ["--quick"]),
    "text_throughput": ([], ["--quick"]),
    "dask_vs_pool": ([], ["--quick"]),
    "incremental": ([], ["--quick"]),
    "scaling": ([], ["--quick"]),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes")
    parser.add_argument("--only", nargs="*", default=None, choices=sorted(BENCHES))
    parser.add_argument("--skip", nargs="*", default=[], choices=sorted(BENCHES))
    args = parser.parse_args()
    results, failed = [], []
    for name, (full, quick) in BENCHES.items():
        if (args.only and name not in args.only) or name in args.skip:
            continue
        cmd = [sys.executable, str(HERE / f"{name}.py"), *(quick if args.quick else full)]
        print(f"$ {' '.join(cmd)}", flush=True)
        start = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True)
        print(done.stdout, end="", flush=True)
        if done.returncode != 0:
            failed.append(name)
            print(done.stderr[-3000:], file=sys.stderr)
        results += [json.loads(line[6:]) for line in done.stdout.splitlines() if line.startswith("BENCH ")]
        print(f"  ({name}: {time.perf_counter() - start:.0f} s)\n", flush=True)
    print("== summary")
    for r in results:
        keys = ("ratio", "articles_per_s", "extract_articles_per_s", "dask_over_pool", "exports_identical",
                "fraction", "total_s", "peak_rss_main_mib", "verdict")
        print(f"  {r['bench']}: " + ", ".join(f"{k}={r[k]}" for k in keys if k in r))
    if failed:
        sys.exit(f"failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
