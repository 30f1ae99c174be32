"""Text pipeline throughput on real articles: PolNeAR texts and ECB+ documents.

Writes the texts (PolNeAR de-duplicated by article) to one JSONL, then times ``ingest`` and
``analyze`` on the local pool and prints articles/s end to end and for the extract stage
alone (target >= 50 articles/s on 2 cores, moonshot 100).

    python bench/text_throughput.py [--limit N] [--workers 2] [--quick] [--digest]

``--digest`` also prints a SHA-256 of the whole export of the analysed corpus (each export list's
own digest too, input paths reduced to file names), so that speed work can show it changed no
output: run it before and after a change and compare the ``digest`` lines.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import CACHE, SHARED, emit, timed_pipeline  # noqa: E402

TARGET_PER_S = 50
MOONSHOT_PER_S = 100


def real_articles(limit: int | None) -> Path:
    seen: set[str] = set()
    records = []
    for path in sorted((SHARED / "eval" / "polnear").glob("*.jsonl")) + [SHARED / "eval" / "ecbplus" / "docs.jsonl"]:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            key = row.get("article") or row.get("id")
            if not row.get("text") or key in seen:
                continue
            seen.add(key)
            records.append({"id": f"{path.parent.name}-{len(records)}", "text": row["text"]})
    records = records[:limit]
    CACHE.mkdir(parents=True, exist_ok=True)
    out = CACHE / f"real-{len(records)}.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return out


def export_digests(db: str) -> dict[str, str]:
    """SHA-256 of each export list of the analysed database and of the whole export ("all")."""
    from newsdesk.api import Desk

    with Desk(db) as desk:
        doc = desk.export_dict()
    doc.pop("generator", None)
    for row in doc.get("articles", []) + doc.get("errors", []):
        if isinstance(row.get("source"), str):  # the cache directory is not part of the output
            path, sep, frag = row["source"].partition("#")
            row["source"] = Path(path).name + sep + frag

    def digest(value: object) -> str:
        return hashlib.sha256(json.dumps(value, sort_keys=True, ensure_ascii=False).encode()).hexdigest()

    return {"all": digest(doc), **{key: digest(value)[:16] for key, value in sorted(doc.items())}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--quick", action="store_true", help="first 200 articles")
    parser.add_argument("--digest", action="store_true", help="print a digest of the whole export (not timed)")
    args = parser.parse_args()
    corpus = real_articles(200 if args.quick else args.limit)
    run = timed_pipeline("text-throughput.db", [str(corpus)], args.workers)
    n, report = len(run["ingested"].added), run["report"]
    ingest_s, analyze_s = run["ingest_s"], run["analyze_s"]
    total = ingest_s + analyze_s
    extract_s = run["extract_s"]
    rate = n / total
    emit("text_throughput", {
        "articles": n, "words": sum(len(json.loads(x)["text"].split()) for x in corpus.read_text().splitlines()),
        "ingest_s": round(ingest_s, 1), "analyze_s": round(analyze_s, 1),
        "analyze_stages_s": run["stages"],
        "articles_per_s": round(rate, 1), "extract_articles_per_s": round(n / extract_s, 1) if extract_s else None,
        "stories": report.stories, "workers": args.workers,
        "verdict": "moonshot" if rate >= MOONSHOT_PER_S else "target" if rate >= TARGET_PER_S else "under target",
    })
    if args.digest:
        digests = export_digests(run["db"])
        print("digest", digests.pop("all"))
        print("digests", json.dumps(digests, sort_keys=True))


if __name__ == "__main__":
    main()
