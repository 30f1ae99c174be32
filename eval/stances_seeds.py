"""Stance cells on the seeds (five real articles about one round of peace talks), judged by hand.

The seeds have no gold. This script builds one story of the five seed articles (extracted,
entity-merged and linked as ``analyze`` does), prints every stance cell with its evidence,
and scores the cells against a judgement file (``eval/stances_seeds_judged.json``): each
entry keys a cell by actor, issue, position and the text of one evidence sentence, with a
verdict ("right": this party's position on this issue is what the sentence says; "wrong"
otherwise) and a note. Precision is right / judged; cells with no judgement are listed so
they can be read and judged (``--write-unjudged`` appends them with verdict "?").

Usage:  python eval/stances_seeds.py [--write-unjudged] [-v]
Env NEWSDESK_SHARED overrides the location of ../shared.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
JUDGED = REPO / "eval" / "stances_seeds_judged.json"


def shared_dir() -> Path:
    return Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))


def seed_cells(seeds: Path):
    """(articles, stance cells) of the seed story."""
    from newsdesk.compare import stances
    from newsdesk.extract import extract_article, merge_entities
    from newsdesk.ingest import read_inputs
    from newsdesk.link import find_copies
    from newsdesk.model import Story

    arts = [it.article for it in read_inputs([str(p) for p in sorted(seeds.glob("*.txt"))]) if hasattr(it, "article")]
    anns = {a.id: extract_article(a) for a in arts}
    ents, _ = merge_entities(list(anns.values()))
    story = Story(id="seeds", label="seeds", article_ids=[a.id for a in arts], independent_sources=len(arts))
    return arts, stances(story, arts, anns, ents, copies=find_copies(arts, anns))


def evidence_texts(cell, bodies: dict[str, str]) -> list[str]:
    return [" ".join(bodies[e.article][e.start:e.end].split()) for e in cell.evidence]


def key(actor: str, issue: str, position: str, evidence: str) -> tuple[str, str, str, str]:
    return actor, issue, position, " ".join(evidence.split())


def load_judgements(path: Path = JUDGED) -> dict[tuple[str, str, str, str], dict]:
    if not path.is_file():
        return {}
    return {key(j["actor"], j["issue"], j["position"], j["evidence"]): j for j in json.loads(path.read_text(encoding="utf-8"))}


def judge(cells, bodies: dict[str, str], judgements: dict) -> tuple[list[tuple], list[tuple]]:
    """(judged, unjudged): judged rows are (cell, verdict, note); a cell is judged when any of
    its evidence sentences has a judgement."""
    judged, unjudged = [], []
    for c in cells:
        hit = next((judgements[k] for t in evidence_texts(c, bodies)
                    if (k := key(c.actor, c.issue, c.position, t)) in judgements), None)
        if hit is None or hit.get("verdict") not in ("right", "wrong"):
            unjudged.append((c,))
        else:
            judged.append((c, hit["verdict"], hit.get("note", "")))
    return judged, unjudged


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--write-unjudged", action="store_true", help="append unjudged cells to the judgement file (verdict '?')")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every cell with its evidence and verdict")
    args = ap.parse_args(argv)
    seeds = shared_dir() / "seeds"
    if not seeds.is_dir():
        print(f"no seeds at {seeds}", file=sys.stderr)
        return 1
    arts, cells = seed_cells(seeds)
    bodies = {a.id: a.body for a in arts}
    judgements = load_judgements()
    judged, unjudged = judge(cells, bodies, judgements)
    right = sum(v == "right" for _, v, _ in judged)
    parties = {c.actor for c in cells}
    precision = right / len(judged) if judged else 0.0
    print(f"cells {len(cells)}  parties {len(parties)}  judged {len(judged)}  right {right}  "
          f"precision {precision:.2f}  unjudged {len(unjudged)}")
    if args.verbose:
        for c, verdict, note in judged:
            print(f"  {verdict.upper():5}  {c.actor} | {c.position} | {c.issue} | {c.date}   {note}")
            print(f"         {evidence_texts(c, bodies)[0][:220]}")
    for (c,) in unjudged:
        print(f"  UNJUDGED  {c.actor} | {c.position} | {c.issue} | {c.date}")
        for t in evidence_texts(c, bodies):
            print(f"         {t[:220]}")
    if args.write_unjudged and unjudged:
        rows = json.loads(JUDGED.read_text(encoding="utf-8")) if JUDGED.is_file() else []
        for (c,) in unjudged:
            rows.append({"actor": c.actor, "issue": c.issue, "position": c.position,
                         "evidence": evidence_texts(c, bodies)[0], "verdict": "?", "note": ""})
        JUDGED.write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
