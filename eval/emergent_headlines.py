"""Emergent headline stance: accuracy of ``newsdesk.compare.headline_stance`` on the
Emergent data set (claim headline vs article headline: for / against / observing).

The CSV has no split, so a deterministic 50/50 split by claim (sha1 of ``claimId``, even
= tune, odd = test) keeps every claim's headlines on one side. The cue lexicons were tuned
on the tune half only; the test half and the whole set are reported.

Usage: python eval/emergent_headlines.py [--csv PATH] [--baseline] [--errors N]
Prints accuracy and the confusion matrix for the tune half, the test half and all rows;
``--errors N`` lists N misclassified rows of the tune half (never the test half: it stays
held out).
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
from collections import Counter
from pathlib import Path

from newsdesk.compare import headline_stance

LABELS = ("for", "against", "observing")
DEFAULT_CSV = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "emergent" / "emergent_clean.csv"


def baseline(claim: str, headline: str) -> str:
    """The two-regex baseline from the brief: hedging → observing, refutation → against, else for."""
    if re.search(r"\b(?:reportedly|claims?|may|rumou?r)\b|\?", headline, re.I):
        return "observing"
    if re.search(r"\b(?:not|false|denies|debunk\w*|hoax|fake)\b", headline, re.I):
        return "against"
    return "for"


def split_of(claim_id: str) -> str:
    return "tune" if int(hashlib.sha1(claim_id.encode()).hexdigest(), 16) % 2 == 0 else "test"


def load(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def evaluate(rows: list[dict[str, str]], fn) -> tuple[float, Counter]:
    confusion: Counter = Counter()
    for r in rows:
        confusion[(r["articleHeadlineStance"], fn(r["claimHeadline"], r["articleHeadline"]))] += 1
    correct = sum(n for (g, p), n in confusion.items() if g == p)
    return (correct / len(rows) if rows else 0.0), confusion


def report(name: str, rows: list[dict[str, str]], fn) -> float:
    acc, conf = evaluate(rows, fn)
    print(f"{name}: n={len(rows)} accuracy={acc:.4f}")
    print("  gold\\pred " + " ".join(f"{p:>10}" for p in LABELS))
    for g in LABELS:
        print(f"  {g:>9} " + " ".join(f"{conf[(g, p)]:>10}" for p in LABELS))
    return acc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--baseline", action="store_true", help="also score the two-regex baseline")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="list N tune-half errors")
    args = ap.parse_args(argv)
    if not args.csv.is_file():
        print(f"{args.csv}: not found", file=sys.stderr)
        return 2
    rows = load(args.csv)
    tune = [r for r in rows if split_of(r["claimId"]) == "tune"]
    test = [r for r in rows if split_of(r["claimId"]) == "test"]
    fns = [("headline_stance", headline_stance)] + ([("baseline", baseline)] if args.baseline else [])
    for label, fn in fns:
        print(f"== {label}")
        report("tune half", tune, fn)
        report("test half", test, fn)
        report("all", rows, fn)
    wrong = [r for r in tune if headline_stance(r["claimHeadline"], r["articleHeadline"]) != r["articleHeadlineStance"]]
    for r in wrong[: args.errors]:
        got = headline_stance(r["claimHeadline"], r["articleHeadline"])
        print(f"gold={r['articleHeadlineStance']} got={got} | claim: {r['claimHeadline']} | headline: {r['articleHeadline']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
