"""Publication dates of HTML pages on WCXB (Web Content Extraction Benchmark, dev split, CC-BY-4.0).

Every ``dev/html/NNNN.html.gz`` goes through ``newsdesk.ingest.read_path`` (the code the CLI
uses) and ``article.published`` is compared with ``ground_truth.publish_date`` of
``dev/ground-truth/NNNN.json``:

* **right**: on pages whose truth has a date, the share where ours gives the same day (in the
  page's own time zone, as stated: ``2026-03-03T23:30-05:00`` is March 3);
* **invented**: on pages whose truth has no date (null), the share where ours gives one.

Figures are printed for the even page ids (the half the rules were tuned on), the odd ids
(held out) and all pages, with, for each kind of evidence, how often the chosen date came from
it and how often that was right (``published_source``: ``text`` / ``metadata:...``), and how
each kind of evidence performs on its own wherever a page has it (``pubdate.page_date``).
Also printed: dates outside 1900 … today+1 (must be none).

``--analyze`` instead ingests the WCXB dev pages and the demo corpus into a new SQLite database,
runs ``analyze`` over it and prints the analysis errors and the stored publication dates outside
1900 … today+1 (both must be none). It takes a few minutes.

Usage:  python eval/dates_wcxb.py [--wcxb ../shared/eval/wcxb] [--limit N] [--json] [--list] [--analyze]
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

from newsdesk.ingest import read_path
from newsdesk.ingest.html import page_metadata
from newsdesk.ingest.textmeta import date_problem
from newsdesk.model import IngestError

REPO = Path(__file__).resolve().parents[1]
DEFAULT_WCXB = REPO.parent / "shared" / "eval" / "wcxb"
DEMO_CORPUS = REPO / "src" / "newsdesk" / "demo" / "corpus"
INVENTED_GOAL = 0.02  # issue 18: at most 2 % of null-date pages get a date
RIGHT_GOAL = 0.90  # and at least 90 % of dated pages get the right day


def source_kind(source: str | None) -> str:
    """``metadata:json-ld:NewsArticle`` -> ``metadata:json-ld``; ``text:<quote>`` -> ``text``."""
    if source is None:
        return "none"
    if source.startswith("text:"):
        return "text"
    parts = source.split(":")
    if len(parts) < 2:
        return source  # "metadata", "input" (or an older reader's "html-meta")
    return ":".join(parts[:2]) if parts[1] in ("json-ld", "itemprop", "url", "feed") else f"{parts[0]}:meta"


def evaluate(wcxb: Path, limit: int | None = None) -> dict:
    pages = sorted((wcxb / "dev" / "html").glob("*.html.gz"))[:limit]
    halves = {"even": Counter(), "odd": Counter(), "all": Counter()}
    chosen: Counter[tuple[str, str]] = Counter()  # (source kind, right|wrong|invented)
    by_rank: Counter[tuple[str, str]] = Counter()  # (evidence rank, present|right|on-null)
    implausible, invented, failures = [], [], []
    for page in pages:
        page_id = page.name[:-8]
        truth = json.loads((wcxb / "dev" / "ground-truth" / f"{page_id}.json").read_text("utf-8"))
        want = truth["ground_truth"].get("publish_date")
        items = list(read_path(str(page)))
        article = next((i.article for i in items if not isinstance(i, IngestError)), None)
        if article is None:
            failures.append((page.name, items[0].message if items else "no output"))
            got, source = None, None
        else:
            got, source = (article.published or None), article.published_source
            if got and date_problem(got):
                implausible.append((page.name, got))
        day = got[:10] if got else None
        for half in ("all", "odd" if int(page_id) % 2 else "even"):
            c = halves[half]
            if want:
                c["dated"] += 1
                c["right"] += day == want[:10]
            else:
                c["null"] += 1
                c["invented"] += day is not None
        kind = source_kind(source if got else None)
        verdict = ("right" if day == want[:10] else "wrong") if want else ("invented" if day else "null")
        chosen[kind, verdict] += 1
        if not want and day:
            invented.append((page.name, truth.get("url", ""), got, source))
        tree_date = page_metadata(_tree(page), truth.get("url"))["date"]
        for rank in {e.rank for e in tree_date.evidence}:
            first = next(e for e in tree_date.evidence if e.rank == rank)
            if want:
                by_rank[rank, "present"] += 1
                by_rank[rank, "right"] += first.value[:10] == want[:10]
            else:
                by_rank[rank, "on-null"] += 1
    figures = {half: _rates(c) for half, c in halves.items()}
    return {
        "pages": len(pages),
        "failed": len(failures),
        "failures": failures[:10],
        **figures,
        "chosen": {f"{k}:{v}": n for (k, v), n in sorted(chosen.items())},
        "evidence": {f"{k}:{v}": n for (k, v), n in sorted(by_rank.items())},
        "implausible": implausible,
        "invented_pages": invented,
        "today": dt.date.today().isoformat(),
    }


def analyze_run(wcxb: Path, limit: int | None = None) -> dict:
    """Ingest the dev pages (the first ``limit``) and the demo corpus, analyze, and report."""
    import tempfile

    from newsdesk.api import Desk

    pages = sorted((wcxb / "dev" / "html").glob("*.html.gz"))[:limit]
    with tempfile.TemporaryDirectory() as tmp, Desk(str(Path(tmp) / "dates.db")) as desk:
        ingested = desk.ingest([str(p) for p in pages] + [str(DEMO_CORPUS)])
        report = desk.analyze()
        articles = desk.articles()
        return {
            "articles": len(articles),
            "ingest_errors": [(e.source, e.message) for e in desk.errors() if e.stage == "ingest"],
            "analysis_errors": [(e.source, e.stage, e.message) for e in report.errors],
            "stored_analysis_errors": len([e for e in desk.errors() if e.stage != "ingest"]),
            "implausible": [(a.id, a.published) for a in articles if a.published and date_problem(a.published)],
            "dated": sum(1 for a in articles if a.published),
            "ingest_report": str(ingested),
        }


def _tree(page: Path):
    """The page parsed as the HTML reader parses it (for the per-evidence figures)."""
    from trafilatura.utils import load_html

    from newsdesk.ingest.html import _decode_html

    text, _ = _decode_html(gzip.decompress(page.read_bytes()), str(page))
    return load_html(text)


def _rates(c: Counter) -> dict:
    return {
        "dated": c["dated"], "right": c["right"], "right_rate": c["right"] / c["dated"] if c["dated"] else 0.0,
        "null": c["null"], "invented": c["invented"],
        "invented_rate": c["invented"] / c["null"] if c["null"] else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wcxb", type=Path, default=DEFAULT_WCXB)
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--list", action="store_true", help="list the null-date pages that got a date")
    parser.add_argument("--analyze", action="store_true",
                        help="ingest the pages and the demo corpus, run analyze, count errors and odd dates")
    args = parser.parse_args(argv)
    if not (args.wcxb / "dev" / "html").is_dir():
        print(f"WCXB not found at {args.wcxb}", file=sys.stderr)
        return 2
    if args.analyze:
        run = analyze_run(args.wcxb, args.limit)
        if args.json:
            print(json.dumps(run, indent=2))
            return 0
        print(f"WCXB dev + demo: {run['articles']} articles stored ({len(run['ingest_errors'])} inputs rejected"
              f" at ingest), {run['dated']} with a publication date")
        print(f"analysis errors: {len(run['analysis_errors'])} (stored: {run['stored_analysis_errors']})")
        for source, stage, message in run["analysis_errors"][:10]:
            print(f"  {stage} {source}: {message}")
        print(f"publication dates outside 1900 … today+1: {len(run['implausible'])}")
        for article_id, value in run["implausible"][:10]:
            print(f"  {article_id}: {value}")
        for source, message in run["ingest_errors"]:
            print(f"  rejected at ingest: {message}")
        return 0
    result = evaluate(args.wcxb, args.limit)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"WCXB dev: {result['pages']} pages, {result['failed']} rejected by the reader")
    for half, label in (("even", "even ids (tuned on)"), ("odd", "odd ids (held out)"), ("all", "all pages")):
        r = result[half]
        print(f"{label:22} right day {r['right']}/{r['dated']} = {r['right_rate']:.3f}"
              f" (goal >= {RIGHT_GOAL})   invented {r['invented']}/{r['null']} = {r['invented_rate']:.3f}"
              f" (goal <= {INVENTED_GOAL})")
    print("chosen date by source (right/wrong on dated pages, invented on null pages):")
    kinds = sorted({k.rsplit(":", 1)[0] for k in result["chosen"]})
    for kind in kinds:
        n = {v: result["chosen"].get(f"{kind}:{v}", 0) for v in ("right", "wrong", "invented", "null")}
        print(f"  {kind:22} right {n['right']:4}  wrong {n['wrong']:4}  invented {n['invented']:3}"
              + (f"  (no date on {n['null']} null pages)" if kind == "none" else ""))
    print("each kind of evidence alone, where a page has it (its first date):")
    for rank in ("header", "metadata", "url", "labelled", "header-update"):
        present = result["evidence"].get(f"{rank}:present", 0)
        right = result["evidence"].get(f"{rank}:right", 0)
        on_null = result["evidence"].get(f"{rank}:on-null", 0)
        share = f"{right / present:.3f}" if present else "-"
        print(f"  {rank:22} on {present:3} dated pages, right {right:3} ({share}); on {on_null:3} null pages")
    print(f"dates outside 1900 … today+1 ({result['today']}): {len(result['implausible'])}")
    for name, value in result["implausible"]:
        print(f"  {name}: {value}")
    if args.list:
        for name, url, value, source in result["invented_pages"]:
            print(f"  null page {name} {url}: {value} from {source}")
    for name, message in result["failures"]:
        print(f"  rejected {name}: {message}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
