"""B³ precision/recall/F1 of story clustering on ECB+ (gold: the ``event`` field).

All documents of a split are clustered together: no number of clusters and no topic labels
are given to the clusterer. ``event`` is globally unique in docs.jsonl (``"12"`` and
``"12plus"`` are the two events of topic 12), so it is used directly as the gold label.

    python eval/ecbplus_clusters.py --split test     # topics 26-35 (report)
    python eval/ecbplus_clusters.py --split tune     # topics 1-25 (tuning)

Data: ECB+ (Cybulska & Vossen 2014), CC BY 3.0, see ../shared/eval/ecbplus/LICENSEDATA.TXT.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from newsdesk.link.cluster import ClusterConfig, cluster_stories
from newsdesk.model import Article, content_hash

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "ecbplus" / "docs.jsonl"
SPLITS = {"tune": range(1, 26), "test": range(26, 36), "all": range(1, 36)}


def load(path: Path, split: str) -> list[dict]:
    topics = set(SPLITS[split])
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [d for d in docs if int(d["topic"]) in topics]


def b_cubed(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """Item-averaged B³ precision, recall and F1."""
    pred_size = Counter(predicted.values())
    gold_size = Counter(gold.values())
    both = Counter((predicted[i], gold[i]) for i in gold)
    p = sum(both[(predicted[i], gold[i])] / pred_size[predicted[i]] for i in gold) / len(gold)
    r = sum(both[(predicted[i], gold[i])] / gold_size[gold[i]] for i in gold) / len(gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(docs: list[dict], config: ClusterConfig | None = None) -> dict[str, float]:
    articles = [Article(id=d["id"], source="ecbplus", body=d["text"], content_hash=content_hash(d["text"])) for d in docs]
    start = time.perf_counter()
    stories = cluster_stories(articles, config=config)
    seconds = time.perf_counter() - start
    predicted = {a: s.id for s in stories for a in s.article_ids}
    gold = {d["id"]: d["event"] for d in docs}
    p, r, f1 = b_cubed(predicted, gold)
    return {"docs": len(docs), "gold_events": len(set(gold.values())), "clusters": len(stories),
            "precision": p, "recall": r, "f1": f1, "seconds": seconds}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=sorted(SPLITS), default="test")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"{args.data}: not found (needs ../shared/eval/ecbplus)", file=sys.stderr)
        return 2
    result = evaluate(load(args.data, args.split))
    print(f"ECB+ {args.split}: {result['docs']} docs, {result['gold_events']} gold events, "
          f"{result['clusters']} clusters in {result['seconds']:.2f} s")
    print(f"B3 precision {result['precision']:.4f}  recall {result['recall']:.4f}  F1 {result['f1']:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
