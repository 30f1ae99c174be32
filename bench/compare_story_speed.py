"""Time ``compare_story`` on one synthetic story of N articles, with a per-sub-stage split.

Builds one story of N articles (``newsdesk.synth``, one story), runs the real extract
stage and entity merge on them (cached per N under the bench cache), then times
``compare_story`` and each sub-stage (facts, variants, framing, stances, timeline) on the
same context. Prints a human block and one ``BENCH {...}`` JSON line.

    python bench/compare_story_speed.py --sizes 20,40,80
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import CACHE  # noqa: E402


def build_story(n: int, seed: int = 0):
    """(story, articles, annotations, entities, copies) for one synthetic story of ``n`` articles."""
    path = CACHE / f"compare-story-{n}-s{seed}.pkl"
    if path.exists():
        return pickle.loads(path.read_bytes())
    from newsdesk.extract import extract_article, merge_entities
    from newsdesk.ingest.jsonl import read_jsonl
    from newsdesk.ingest.types import Limits
    from newsdesk.link import find_copies
    from newsdesk.model import Story
    from newsdesk.synth import generate

    records = list(generate(n, stories=1, seed=seed))
    data = "\n".join(json.dumps(r) for r in records).encode()
    articles = [it.article for it in read_jsonl(data, "synth.jsonl", "synth", Limits())]
    annotations = {a.id: extract_article(a) for a in articles}
    entities, _ = merge_entities([annotations[a] for a in sorted(annotations)])
    copies = find_copies(articles, annotations)
    story = Story(id="s0", label="synthetic", article_ids=[a.id for a in articles], independent_sources=n)
    job = (story, articles, annotations, entities, copies)
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(job))
    return job


def time_story(job, repeat: int = 1) -> dict[str, float]:
    import importlib

    from newsdesk.compare import compare_story
    from newsdesk.compare.story import build_context
    from newsdesk.compare.config import CompareConfig

    facts = importlib.import_module("newsdesk.compare.facts")
    framing = importlib.import_module("newsdesk.compare.framing")
    variants = importlib.import_module("newsdesk.compare.variants")
    stances = importlib.import_module("newsdesk.compare.stances")
    timeline = importlib.import_module("newsdesk.compare.timeline")
    story, articles, annotations, entities, copies = job
    cfg = CompareConfig()
    out: dict[str, float] = {}
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        compare_story(story, articles, annotations, entities, cfg, copies)
        best = min(best, time.perf_counter() - t0)
    out["compare_story"] = best
    t0 = time.perf_counter()
    ctx = build_context(story, articles, annotations, entities, copies)
    out["context"] = time.perf_counter() - t0
    for name, fn in (("facts", lambda: facts.align(ctx, cfg)),
                     ("variants", lambda: variants.find(ctx)),
                     ("framing", lambda: [framing.frame(v.article, annotations.get(a), cfg) for a, v in ctx.views.items()]),
                     ("stances", lambda: stances.find(ctx, cfg)),
                     ("timeline", lambda: timeline.build(ctx))):
        t0 = time.perf_counter()
        fn()
        out[name] = time.perf_counter() - t0
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10,20,40,80", help="comma-separated story sizes (articles)")
    ap.add_argument("--repeat", type=int, default=1, help="runs of compare_story per size (best is kept)")
    args = ap.parse_args()
    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        t = time_story(build_story(n), args.repeat)
        rows.append({"articles": n, **{k: round(v, 3) for k, v in t.items()}})
        split = "  ".join(f"{k} {v:.3f}" for k, v in t.items() if k != "compare_story")
        print(f"{n:4d} articles: compare_story {t['compare_story']:.3f} s  ({split})", flush=True)
    print("BENCH " + json.dumps({"bench": "compare_story_speed", "rows": rows}))


if __name__ == "__main__":
    main()
