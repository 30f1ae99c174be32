"""Time cluster_stories and find_copies on synthetic corpora of 1k, 2k, 5k and 10k articles.

Articles are generated from a random vocabulary: every story has its own names, figures
and topic words; every article mixes them with common Zipf-distributed words into 300-700
words; 10% of articles are wire copies of another article of their story with a new lead
and a changed sentence. The number of stories grows with the corpus (one per
``ARTICLES_PER_STORY`` articles), as it does in a real news stream.

    python bench/cluster_scaling.py             # 1000 2000 5000 10000
    python bench/cluster_scaling.py 1000 2000   # other sizes
"""
from __future__ import annotations

import sys
import time
from collections import Counter

import numpy as np

from newsdesk.link import cluster_stories, find_copies
from newsdesk.model import Article

ARTICLES_PER_STORY = 20
COPY_SHARE = 0.1
SEED = 7
_SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "be", "do", "fa", "gu", "po", "se", "ti", "ya"]


def _vocab(rng: np.random.Generator, size: int) -> list[str]:
    out = set()
    while len(out) < size:
        out.add("".join(rng.choice(_SYLLABLES, size=rng.integers(2, 5))))
    return sorted(out)


def make_corpus(n: int, seed: int = SEED) -> tuple[list[Article], list[int]]:
    rng = np.random.default_rng(seed)
    common = _vocab(rng, 20000)
    zipf = 1.0 / np.arange(1, len(common) + 1)
    cdf = np.cumsum(zipf / zipf.sum())
    k = max(1, n // ARTICLES_PER_STORY)
    stories = []
    for _ in range(k):
        names = [w.capitalize() for w in rng.choice(common, size=6)]
        topic = list(rng.choice(common[2000:], size=40))
        figures = [str(x) for x in rng.integers(10, 5000, size=4)]
        stories.append((names, topic, figures))
    articles: list[Article] = []
    gold: list[int] = []
    for i in range(n):
        s = int(rng.integers(k))
        names, topic, figures = stories[s]
        if articles and rng.random() < COPY_SHARE and any(g == s for g in gold):
            src = articles[int(rng.choice([j for j, g in enumerate(gold) if g == s]))]
            sentences = src.body.split(". ")
            sentences[0] = "New lead " + " ".join(rng.choice(common, size=12))
            sentences[len(sentences) // 2] = " ".join(rng.choice(common, size=15))
            body = ". ".join(sentences)
        else:
            sentences = []
            n_sent = int(rng.integers(300, 700)) // 15
            drawn = np.searchsorted(cdf, rng.random(n_sent * 11))
            for x in range(n_sent):
                toks = [common[w] for w in drawn[x * 11 : (x + 1) * 11]]
                toks += list(rng.choice(topic, size=2)) + [str(rng.choice(names)), str(rng.choice(figures))]
                rng.shuffle(toks)
                sentences.append(" ".join(toks).capitalize())
            body = ". ".join(sentences) + "."
        articles.append(Article(id=f"a{i:05d}", source="synthetic", body=body, content_hash=str(i)))
        gold.append(s)
    return articles, gold


def b_cubed_f1(predicted: dict[str, str], gold: dict[str, int]) -> float:
    """B³ F1 of the stories against the generated story of each article (a sanity check)."""
    pred_size = Counter(predicted.values())
    gold_size = Counter(gold.values())
    both = Counter((predicted[i], gold[i]) for i in gold)
    p = sum(both[(predicted[i], gold[i])] / pred_size[predicted[i]] for i in gold) / len(gold)
    r = sum(both[(predicted[i], gold[i])] / gold_size[gold[i]] for i in gold) / len(gold)
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv: list[str]) -> int:
    sizes = [int(x) for x in argv] or [1000, 2000, 5000, 10000]
    times: dict[int, tuple[float, float]] = {}
    for n in sizes:
        articles, gold = make_corpus(n)
        t0 = time.perf_counter()
        copies = find_copies(articles)
        t1 = time.perf_counter()
        stories = cluster_stories(articles, copies=copies)
        t2 = time.perf_counter()
        times[n] = (t1 - t0, t2 - t1)
        predicted = {a: s.id for s in stories for a in s.article_ids}
        f1 = b_cubed_f1(predicted, {a.id: g for a, g in zip(articles, gold)})
        print(f"n={n:6d}  find_copies {t1 - t0:7.2f} s ({len(copies)} pairs)  "
              f"cluster_stories {t2 - t1:7.2f} s ({len(stories)} stories, {max(1, n // ARTICLES_PER_STORY)} generated, "
              f"B3 F1 {f1:.3f})", flush=True)
    lo, hi = min(times), max(times)
    if hi != lo:
        print(f"ratio {hi}/{lo}: find_copies {times[hi][0] / times[lo][0]:.1f}x  "
              f"cluster_stories {times[hi][1] / times[lo][1]:.1f}x  (size ratio {hi / lo:.0f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
