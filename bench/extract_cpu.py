"""CPU seconds of the per-article work of ``analyze``'s extraction workers on the real articles.

Runs ``pipeline.extract_summarised`` (extraction, then the link summary and copies fingerprint
the workers also make) over the 1,696 real articles of ``text_throughput.py`` (``real-1696.jsonl``
in the bench cache) in this process, after one warm-up article, and prints the CPU seconds
(``time.process_time``: on a shared machine wall time says little) and a SHA-256 of every
annotation, summary and fingerprint (equal before and after a speed change).

    python bench/extract_cpu.py                        # this checkout
    python bench/extract_cpu.py --src BASELINE/src     # another checkout's code, to alternate with
    python bench/extract_cpu.py --profile FILE         # cProfile (CPU timer) of the timed part
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
import time
from pathlib import Path


def _args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--src", help="import newsdesk from this src directory (a baseline checkout)")
    p.add_argument("--texts", type=Path, help="JSONL of articles (default: the bench cache's real-1696.jsonl)")
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("--profile", help="write a cProfile of the timed part to this file")
    return p.parse_args()


ARGS = _args() if __name__ == "__main__" else None
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import CACHE  # noqa: E402

if ARGS is not None and ARGS.src:  # _common put this checkout's src first: the other one's goes before it
    sys.path.insert(0, str(Path(ARGS.src).resolve()))


def _plain(value):
    return value.tolist() if hasattr(value, "tolist") else value


def main() -> None:
    from newsdesk import pipeline
    from newsdesk.extract import extract_article, get_nlp
    from newsdesk.ingest.readers import read_inputs

    path = ARGS.texts or CACHE / "real-1696.jsonl"
    articles = [i.article for i in read_inputs([str(path)]) if hasattr(i, "article")][: ARGS.limit]
    get_nlp()
    extract_article(articles[0])  # warm-up: lazy tables, pattern compilation
    profiler = None
    if ARGS.profile:
        import cProfile

        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
    start = time.process_time()
    results = [pipeline.extract_summarised(a) for a in articles]
    cpu = time.process_time() - start
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(ARGS.profile)
    digest = hashlib.sha256()
    for annotations, summary, fingerprint in results:
        record = annotations.as_dict() if hasattr(annotations, "as_dict") else str(annotations)
        digest.update(json.dumps(record, sort_keys=True, ensure_ascii=False).encode())
        if summary is not None:
            fields = {f.name: _plain(getattr(summary, f.name)) for f in dataclasses.fields(summary)}
            digest.update(json.dumps(fields, sort_keys=True, default=str).encode())
        digest.update(repr(fingerprint).encode())
    import newsdesk

    print(f"{len(articles)} articles: extract_summarised {cpu:.2f} s CPU, digest {digest.hexdigest()[:16]} "
          f"({Path(newsdesk.__file__).parent})")


if __name__ == "__main__":
    main()
