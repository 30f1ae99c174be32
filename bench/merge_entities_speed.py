"""Corpus-level entity merge and copy detection on synthetic corpora of growing size.

    python bench/merge_entities_speed.py [--sizes 1000,2000,5000] [--repeat 1]

Extraction is not timed: the annotations of each corpus are cached in a pickle under the
bench cache (``/tmp/newsdesk-bench``) after the first run. Prints, per size, the seconds of
``merge_entities`` and of ``find_copies`` (full, and incremental after adding 10 articles),
and the growth factor from one size to the next (2x articles -> ~2x time is linear).
"""
from __future__ import annotations

import argparse
import pickle
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import CACHE, emit, synth_corpus  # noqa: E402

ADDED = 10  # articles added for the incremental copies figure


def annotated(n: int):
    """(articles, annotations) of the n-article synthetic corpus, extracted once and cached."""
    cache = CACHE / f"merge-speed-{n}.pkl"
    if cache.exists():
        with cache.open("rb") as fh:
            return pickle.load(fh)
    from newsdesk.extract import extract_articles
    from newsdesk.ingest import read_inputs

    articles = [x.article for x in read_inputs([str(synth_corpus(n))]) if hasattr(x, "article")]
    data = (articles, extract_articles(articles))
    with cache.open("wb") as fh:
        pickle.dump(data, fh)
    return data


def best_of(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,2000,5000")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    from newsdesk.extract import merge_entities
    from newsdesk.link import find_copies

    figures: dict[str, dict] = {}
    for n in (int(x) for x in args.sizes.split(",")):
        articles, anns = annotated(n)
        by_id = {a.article: a for a in anns}
        merge_s = best_of(args.repeat, lambda: merge_entities(anns))
        copies_s = best_of(args.repeat, lambda: find_copies(articles, by_id))
        old = articles[:-ADDED]
        previous = find_copies(old, by_id)
        known = {a.id for a in old}
        incr_s = best_of(args.repeat, lambda: find_copies(articles, by_id, known=known, previous=previous))
        figures[str(n)] = {"merge_entities_s": round(merge_s, 3), "find_copies_s": round(copies_s, 2),
                           "find_copies_incremental_s": round(incr_s, 2)}
        print(f"{n:>6} articles: merge_entities {merge_s:.3f}s  find_copies {copies_s:.2f}s  "
              f"incremental (+{ADDED}) {incr_s:.2f}s", flush=True)
    emit("merge_entities_speed", {"sizes": figures})


if __name__ == "__main__":
    main()
