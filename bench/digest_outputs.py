"""Digests of what speed work must not change: the per-article extraction output of a text
corpus and the ingested articles (text + metadata) of a directory of HTML pages.

    python bench/digest_outputs.py [--texts real-1696.jsonl] [--pages DIR] [--limit N]

Prints one SHA-256 per input set (and the CPU seconds each took); run it before and after a
change and compare the lines. ``--dump FILE`` also writes one digest per article, to find
which article differs.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import CACHE, SHARED  # noqa: E402


def _digest(record: dict) -> str:
    return hashlib.sha256(json.dumps(record, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def text_digests(path: Path, limit: int | None) -> list[tuple[str, str]]:
    from newsdesk.extract import extract_article
    from newsdesk.ingest.readers import read_inputs

    out = []
    items = [i for i in read_inputs([str(path)]) if hasattr(i, "article")][:limit]
    for item in items:
        out.append((item.article.id, _digest(extract_article(item.article).as_dict())))
    return out


def page_digests(pages: Path, limit: int | None) -> list[tuple[str, str]]:
    from newsdesk.ingest.readers import read_inputs

    files = sorted(str(p) for p in pages.glob("*.html.gz"))[:limit]
    out = []
    for item in read_inputs(files):
        if hasattr(item, "article"):
            record = item.article.as_dict()
            out.append((record["source"], _digest(record)))
        else:
            out.append((item.source, _digest(item.as_dict())))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--texts", type=Path, default=CACHE / "real-1696.jsonl")
    parser.add_argument("--pages", type=Path, default=SHARED / "eval" / "wcxb" / "dev" / "html")
    parser.add_argument("--only", choices=("texts", "pages"), default=None)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--dump", type=Path, default=None)
    args = parser.parse_args()
    rows: list[tuple[str, str]] = []
    for name, run, where in (("texts", text_digests, args.texts), ("pages", page_digests, args.pages)):
        if args.only and args.only != name:
            continue
        start = time.process_time()
        found = run(where, args.limit)
        total = hashlib.sha256("".join(f"{k}\t{d}\n" for k, d in found).encode()).hexdigest()
        print(f"{name}: {len(found)} items, digest {total}, {time.process_time() - start:.1f} s CPU", flush=True)
        rows.extend(found)
    if args.dump:
        args.dump.write_text("".join(f"{k}\t{d}\n" for k, d in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
