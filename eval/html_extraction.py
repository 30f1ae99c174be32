"""Evaluate the HTML reader on WCXB (Web Content Extraction Benchmark, dev split, CC-BY-4.0).

For every ``dev/html/NNNN.html.gz`` the page goes through ``newsdesk.ingest.read_path`` (the
same code the CLI uses) and the article body is compared with ``ground_truth.main_content``
of ``dev/ground-truth/NNNN.json`` as bags of lower-cased word tokens: precision, recall and F1
per page, then averaged over pages (macro) and pooled over all tokens (micro). A page the
reader rejects counts as F1 0. Also printed: ms/page, title exact-match rate, and how dates
behave (right day when the truth has one; a date given where the truth has none, with the
markup that stated it).

Usage:  python eval/html_extraction.py [--wcxb ../shared/eval/wcxb] [--limit N] [--json]
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from newsdesk.ingest import read_path
from newsdesk.model import IngestError

REPO = Path(__file__).resolve().parents[1]
DEFAULT_WCXB = REPO.parent / "shared" / "eval" / "wcxb"
_TOKEN_RE = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN_RE.findall(text.lower()))


def prf(predicted: Counter[str], gold: Counter[str]) -> tuple[float, float, float, int]:
    overlap = sum((predicted & gold).values())
    p = overlap / sum(predicted.values()) if predicted else 0.0
    r = overlap / sum(gold.values()) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, overlap


def _norm_title(text: str | None) -> str:
    return " ".join(_TOKEN_RE.findall((text or "").lower()))


def evaluate(wcxb: Path, limit: int | None = None) -> dict:
    pages = sorted((wcxb / "dev" / "html").glob("*.html.gz"))[:limit]
    per_page, failures, times, cpu = [], [], [], []
    null_date_evidence: Counter[str] = Counter()
    pooled = Counter(overlap=0, predicted=0, gold=0)
    titles = dates_right = dates_with_truth = dates_invented = dates_without_truth = 0
    for page in pages:
        truth = json.loads((wcxb / "dev" / "ground-truth" / f"{page.name[:-8]}.json").read_text("utf-8"))
        gt = truth["ground_truth"]
        if not gt.get("main_content"):
            continue  # one page has no main text in the truth: nothing to score
        start, start_cpu = time.perf_counter(), time.process_time()
        items = list(read_path(str(page)))
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        article = next((i.article for i in items if not isinstance(i, IngestError)), None)
        if article is None:
            failures.append((page.name, items[0].message if items else "no output"))
        gold = tokens(gt["main_content"])
        predicted = tokens(article.body) if article else Counter()
        p, r, f, overlap = prf(predicted, gold)
        per_page.append((p, r, f))
        pooled["overlap"] += overlap
        pooled["predicted"] += sum(predicted.values())
        pooled["gold"] += sum(gold.values())
        if article is None:
            continue
        titles += _norm_title(article.title) == _norm_title(gt.get("title"))
        if gt.get("publish_date"):
            dates_with_truth += 1
            dates_right += bool(article.published) and article.published[:10] == gt["publish_date"][:10]
        else:
            dates_without_truth += 1
            if article.published is not None:
                dates_invented += 1
                source = str(article.published_source)
                null_date_evidence["text" if source.startswith("text:") else source] += 1
    n = len(per_page)
    micro_p = pooled["overlap"] / pooled["predicted"] if pooled["predicted"] else 0.0
    micro_r = pooled["overlap"] / pooled["gold"] if pooled["gold"] else 0.0
    return {
        "pages": n,
        "failed": len(failures),
        "failures": failures[:10],
        "precision": statistics.fmean(p for p, _, _ in per_page) if n else 0.0,
        "recall": statistics.fmean(r for _, r, _ in per_page) if n else 0.0,
        "f1": statistics.fmean(f for _, _, f in per_page) if n else 0.0,
        "micro_f1": 2 * micro_p * micro_r / (micro_p + micro_r) if micro_p + micro_r else 0.0,
        "ms_per_page": 1000 * statistics.fmean(times) if times else 0.0,
        "ms_median": 1000 * statistics.median(times) if times else 0.0,
        "cpu_ms_per_page": 1000 * statistics.fmean(cpu) if cpu else 0.0,
        "title_exact": titles / n if n else 0.0,
        "date_right": f"{dates_right}/{dates_with_truth}",
        "date_on_null_pages": f"{dates_invented}/{dates_without_truth}",
        "date_on_null_pages_evidence": dict(null_date_evidence),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wcxb", type=Path, default=DEFAULT_WCXB)
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if not (args.wcxb / "dev" / "html").is_dir():
        print(f"WCXB not found at {args.wcxb}", file=sys.stderr)
        return 2
    result = evaluate(args.wcxb, args.limit)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"WCXB dev: {result['pages']} pages, {result['failed']} rejected by the reader")
    print(
        f"body tokens  P {result['precision']:.3f}  R {result['recall']:.3f}  F1 {result['f1']:.3f}"
        f"  (micro F1 {result['micro_f1']:.3f})"
    )
    print(
        f"speed        {result['ms_per_page']:.1f} ms/page wall mean, {result['ms_median']:.1f} median,"
        f" {result['cpu_ms_per_page']:.1f} ms/page CPU"
    )
    print(f"title exact  {result['title_exact']:.3f}")
    print(
        f"dates        right day {result['date_right']}; dated where the truth has none"
        f" {result['date_on_null_pages']} (evidence: {result['date_on_null_pages_evidence']})"
    )
    for name, message in result["failures"]:
        print(f"  rejected {name}: {message}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
