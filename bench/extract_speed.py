"""Extract-stage speed: articles per second for extract_article over real article texts.

Takes the first N (default 200) PolNeAR texts (~700 words each) from ../shared/eval/polnear
(env NEWSDESK_SHARED overrides ../shared) and times ``extract_article`` one by one and the
batch variant ``extract_articles`` (nlp.pipe). The pipeline is loaded before timing.

    python bench/extract_speed.py            # prints articles/s and words/s
    python bench/extract_speed.py --n 100
"""
from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from newsdesk.extract import extract_article, extract_articles, get_nlp
from newsdesk.model import Article, content_hash

REPO = Path(__file__).resolve().parents[1]


def load_articles(n: int) -> list[Article]:
    shared = Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))
    out: list[Article] = []
    seen = set()
    for split in ("train", "dev"):
        with (shared / "eval" / "polnear" / f"{split}.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec["article"] in seen:
                    continue  # the same article annotated twice
                seen.add(rec["article"])
                text = rec["text"]
                out.append(Article(id=rec["article"], source=f"polnear#{rec['article']}", body=text,
                                   content_hash=content_hash(text), published="2016-06-01"))
                if len(out) >= n:
                    return out
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200)
    args = parser.parse_args(argv)
    articles = load_articles(args.n)
    words = sum(len(a.body.split()) for a in articles)
    nlp = get_nlp()
    extract_article(articles[0], nlp)  # warm-up (lazy tables, regex compilation)
    t0, c0 = time.perf_counter(), time.process_time()
    for a in articles:
        extract_article(a, nlp)
    single, single_cpu = time.perf_counter() - t0, time.process_time() - c0
    t0, c0 = time.perf_counter(), time.process_time()
    extract_articles(articles, nlp)
    batch, batch_cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"{len(articles)} articles, {words / len(articles):.0f} words each on average")
    # CPU-time rates are shown too: on a shared machine wall-clock rates vary with load
    print(f"extract_article:  {len(articles) / single:.1f} articles/s wall "
          f"({words / single:,.0f} words/s), {len(articles) / single_cpu:.1f} articles per CPU-s")
    print(f"extract_articles: {len(articles) / batch:.1f} articles/s wall "
          f"({words / batch:,.0f} words/s), {len(articles) / batch_cpu:.1f} articles per CPU-s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
