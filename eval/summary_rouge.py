"""ROUGE-1/2 F1 of the briefing's extractive summaries against the demo's reference summaries.

The demo corpus is ingested and analysed into a temporary database (or ``--db`` is used as
is); each gold story (``stories`` in ``src/newsdesk/demo/gold.json``) is matched to the
produced story with the largest article overlap, and its summary is scored against
``reference_summary`` (main story) or ``other_reference_summary`` (second story), next to
two lead baselines: the first sentence of every article, and the first k sentences of the
earliest article (k = the summary's sentence count).

    python eval/summary_rouge.py
    python eval/summary_rouge.py --db newsdesk-demo/newsdesk.db

ROUGE-N here is the plain n-gram overlap F1 (Lin 2004) on lower-cased alphanumeric tokens,
no stemming, no stop-word removal.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

from newsdesk.api import Desk
from newsdesk.report import story_brief
from newsdesk.report.sources import fold_copies, published_key
from newsdesk.report.spans import split_sentences
from newsdesk.report.summarize import SUMMARY_SENTENCES

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "src" / "newsdesk" / "demo" / "corpus"
GOLD = REPO / "src" / "newsdesk" / "demo" / "gold.json"
REFERENCE_KEYS = ("reference_summary", "other_reference_summary")


def tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def rouge_n(candidate: str, reference: str, n: int) -> tuple[float, float, float]:
    """ROUGE-N precision, recall and F1 (clipped n-gram counts)."""
    def grams(text: str) -> Counter:
        t = tokens(text)
        return Counter(tuple(t[i:i + n]) for i in range(len(t) - n + 1))

    cand, ref = grams(candidate), grams(reference)
    overlap = sum((cand & ref).values())
    if not cand or not ref or not overlap:
        return 0.0, 0.0, 0.0
    p, r = overlap / sum(cand.values()), overlap / sum(ref.values())
    return p, r, 2 * p * r / (p + r)


def sentences_of(desk: Desk, article_id: str) -> list[str]:
    article = desk.article(article_id)
    ann = desk.store.annotations([article_id]).get(article_id)
    spans = ann.sentences if ann and ann.sentences else split_sentences(article.body)
    return [article.body[s:e] for s, e in spans]


def evaluate(desk: Desk, gold: dict) -> list[dict]:
    stories = desk.stories()
    rows = []
    for members, key in zip(gold["stories"], REFERENCE_KEYS):
        reference = gold.get(key)
        if not reference or not stories:
            continue
        best = max(stories, key=lambda s: len(set(s.article_ids) & set(members)) / len(set(s.article_ids) | set(members)))
        brief = story_brief(desk, best.id)
        k = max(len(brief.summary), 1)
        ours = " ".join(s.text for s in brief.summary)
        originals = [row.article for row in fold_copies(list(brief.articles.values()), desk.copies())]
        leads = " ".join(sents[0] for a in originals if (sents := sentences_of(desk, a.id)))
        earliest = min(brief.articles.values(), key=published_key)
        lead_k = " ".join(sentences_of(desk, earliest.id)[:k])
        for name, text in (("newsdesk (LexRank+MMR)", ours), ("lead: 1st sentence/article", leads),
                           (f"lead: first {k} of earliest", lead_k)):
            r1, r2 = rouge_n(text, reference, 1), rouge_n(text, reference, 2)
            rows.append({"gold": key, "story": best.id, "system": name, "words": len(tokens(text)),
                         "rouge1_f": r1[2], "rouge2_f": r2[2], "rouge1_r": r1[1], "rouge2_r": r2[1]})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", help="an analysed database of the demo corpus (default: build one in a temp dir)")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = parser.parse_args(argv)
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "demo.db")
        with Desk(db) as desk:
            if not args.db:
                desk.ingest([str(CORPUS)])
                desk.analyze()
            rows = evaluate(desk, gold)
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    print(f"summary length: 2 + independent sources // 2, at most {SUMMARY_SENTENCES} sentences")
    print(f"{'reference':<24} {'story':<6} {'system':<28} {'words':>5} {'R1-F1':>6} {'R2-F1':>6} {'R1-R':>6} {'R2-R':>6}")
    for r in rows:
        print(f"{r['gold']:<24} {r['story']:<6} {r['system']:<28} {r['words']:>5} {r['rouge1_f']:>6.3f} "
              f"{r['rouge2_f']:>6.3f} {r['rouge1_r']:>6.3f} {r['rouge2_r']:>6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
