"""B³ precision/recall/F1 of story clustering on ECB+ (gold: the ``event`` field).

All documents of a split are clustered together: no number of clusters and no topic labels
are given to the clusterer. ``event`` is globally unique in docs.jsonl (``"12"`` and
``"12plus"`` are the two events of topic 12), so it is used directly as the gold label.

    python eval/ecbplus_clusters.py --split test     # topics 26-35 (report)
    python eval/ecbplus_clusters.py --split tune     # topics 1-25 (tuning)
    python eval/ecbplus_clusters.py --cv             # leave-topics-out inside 1-25 (5 folds of 5 topics)
    python eval/ecbplus_clusters.py --fit            # refit the split model on topics 1-25, print it

The split model (``newsdesk.link.split.SPLIT_MODEL``) is fitted on cuts of topics 1-25 only;
``--cv`` refits it on 20 of those topics and scores the other 5, fold by fold, so the figure
estimates how the method does on topics it has never seen.

Data: ECB+ (Cybulska & Vossen 2014), CC BY 3.0, see ../shared/eval/ecbplus/LICENSEDATA.TXT.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections import Counter
from pathlib import Path

import dataclasses

import numpy as np

from newsdesk.link.cluster import ClusterConfig, cluster_stories, subject_clusters
from newsdesk.link.split import SplitModel, candidate_cuts
from newsdesk.link.summary import LinkSummaries
from newsdesk.model import Article, content_hash

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "ecbplus" / "docs.jsonl"
FIT_C = 1.0  # inverse L2 strength of the split model's fit (default regularisation: few, correlated features)
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


def articles_of(docs: list[dict]) -> list[Article]:
    return [Article(id=d["id"], source="ecbplus", body=d["text"], content_hash=content_hash(d["text"])) for d in docs]


def _cuts_of(docs: list[dict], config: ClusterConfig) -> tuple[list[tuple[float, float, float]], list[int]]:
    """Cuts the split pass meets over ``docs`` clustered together, with their labels."""
    summaries = LinkSummaries()
    for a in sorted(articles_of(docs), key=lambda a: a.id):
        summaries.add(a)
    summaries.finish()
    gold = {d["id"]: d["event"] for d in docs}
    events = [gold[i] for i in summaries.ids]
    clusters, local_matrix = subject_clusters([None] * len(summaries), summaries.word_docs,
                                              summaries.name_docs(), config)

    def separates(left: list[int], right: list[int]) -> int:
        truth = {i: events[i] for i in left + right}
        halves = {i: "l" for i in left} | {i: "r" for i in right}
        return int(b_cubed(halves, truth)[2] > b_cubed({i: "c" for i in truth}, truth)[2])

    features, labels = [], []
    for feats, y in candidate_cuts(clusters, local_matrix, separates):
        features.append(feats)
        labels.append(y)
    return features, labels


def training_cuts(docs: list[dict], config: ClusterConfig | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Features of the cuts the split pass meets when each of its decisions is right, and whether
    the cut raises the B³ F1 of the cluster it divides (1) or not (0): over ``docs`` clustered
    together and over each topic's documents clustered alone (a small corpus of two events of one
    kind), so the model sees the clusters of large and of small corpora."""
    config = config or ClusterConfig()
    features, labels = _cuts_of(docs, config)
    for topic in sorted({int(d["topic"]) for d in docs}):
        f, y = _cuts_of([d for d in docs if int(d["topic"]) == topic], config)
        features += f
        labels += y
    return np.array(features, dtype=np.float64).reshape(-1, 3), np.array(labels, dtype=np.int64)


def fit_split_model(docs: list[dict], config: ClusterConfig | None = None) -> SplitModel:
    """Logistic regression of "the cut separates two events" on the cut features of ``docs``;
    ``max_size``: the largest cluster cut among them."""
    from sklearn.linear_model import LogisticRegression

    x, y = training_cuts(docs, config)
    lr = LogisticRegression(C=FIT_C, max_iter=1000).fit(x, y)
    return SplitModel(intercept=round(float(lr.intercept_[0]), 3), coef=tuple(round(float(c), 3) for c in lr.coef_[0]),
                      max_size=int(round(math.exp(x[:, 2].max()))))  # the model is not extrapolated past its data


def cross_validate(docs: list[dict], folds: int = 5) -> list[dict[str, float]]:
    """Leave-topics-out: topics (sorted) dealt into ``folds`` folds; for each, the split model is
    fitted on the other folds' topics and the fold's documents are clustered and scored alone."""
    topics = sorted({int(d["topic"]) for d in docs})
    results = []
    for k in range(folds):
        held = set(topics[k::folds])
        fit = [d for d in docs if int(d["topic"]) not in held]
        score = [d for d in docs if int(d["topic"]) in held]
        config = dataclasses.replace(ClusterConfig(), split_model=fit_split_model(fit))
        results.append(evaluate(score, config) | {"topics": sorted(held)})
    return results


def evaluate(docs: list[dict], config: ClusterConfig | None = None) -> dict[str, float]:
    articles = articles_of(docs)
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
    parser.add_argument("--cv", action="store_true", help="leave-topics-out estimate inside topics 1-25")
    parser.add_argument("--fit", action="store_true", help="fit the split model on topics 1-25 and print it")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"{args.data}: not found (needs ../shared/eval/ecbplus)", file=sys.stderr)
        return 2
    if args.fit:
        x, y = training_cuts(load(args.data, "tune"))
        print(f"{len(y)} cuts of topics 1-25 (together and one by one), {int(y.sum())} separate two events")
        print(fit_split_model(load(args.data, "tune")))
        return 0
    if args.cv:
        results = cross_validate(load(args.data, "tune"))
        for r in results:
            print(f"topics {','.join(map(str, r['topics']))}: {r['docs']} docs, {r['gold_events']} events, "
                  f"{r['clusters']} clusters  P {r['precision']:.4f}  R {r['recall']:.4f}  F1 {r['f1']:.4f}")
        f1 = [r["f1"] for r in results]
        print(f"leave-topics-out B3 F1 mean {sum(f1) / len(f1):.4f}  min {min(f1):.4f}")
        return 0
    result = evaluate(load(args.data, args.split))
    print(f"ECB+ {args.split}: {result['docs']} docs, {result['gold_events']} gold events, "
          f"{result['clusters']} clusters in {result['seconds']:.2f} s")
    print(f"B3 precision {result['precision']:.4f}  recall {result['recall']:.4f}  F1 {result['f1']:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
