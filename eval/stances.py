"""Stance cells scored story by story against hand-made gold, on the gold story itself.

``eval/stories.py`` scores stances through the whole pipeline (ingest, cluster, compare), so a
clustering miss there hides what the stance stage does. This script builds each gold story
directly (the gold's ``story`` articles, extracted and entity-merged like ``analyze`` does),
calls :func:`newsdesk.compare.stances` and scores the cells with the same rule as
``eval/stories.py``: a gold stance is right when one cell matches an actor fragment, an issue
fragment and the position; precision is the share of cells that match some gold stance.

Corpora: every story folder under ``../shared/eval/stories`` (or ``--stories DIR``, repeatable)
and the bundled demo corpus.

Usage:  python eval/stances.py [--stories DIR ...] [--only NAME] [--no-demo] [--no-shared] [-v]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))


def _stories_module():
    """eval/stories.py (gold readers and the stance matching rule), imported by path."""
    spec = importlib.util.spec_from_file_location("_eval_stories", REPO / "eval" / "stories.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


ES = _stories_module()


@dataclass
class StanceScore(ES.Score):
    """The stance fields of ``eval/stories.py``'s score, plus the parties and one line per cell."""

    parties: int = 0
    lines: list[str] = field(default_factory=list)


def read_articles(files: list[Path]):
    from newsdesk.ingest import read_inputs

    return [it.article for it in read_inputs([str(f) for f in files]) if hasattr(it, "article")]


def stance_cells(articles, article_ids: list[str], name: str):
    """The stance cells of the story made of ``article_ids`` (extracted, entities merged)."""
    from newsdesk.extract import extract_article, merge_entities
    from newsdesk.model import Story

    from newsdesk.compare import stances
    from newsdesk.link import find_copies

    arts = [a for a in articles if a.id in set(article_ids)]
    anns = {a.id: extract_article(a) for a in arts}
    ents, _ = merge_entities(list(anns.values()))
    story = Story(id=name, label=name, article_ids=[a.id for a in arts], independent_sources=len(arts))
    copies = find_copies(arts, anns)  # as analyze links them: copies count once and share a date
    return arts, stances(story, arts, anns, ents, copies=copies)


def score(name: str, gold_stances: list[dict], arts, cells) -> StanceScore:
    """The stance part of ``eval/stories.py``'s score, plus the number of parties and one line
    per cell with its verdict and first evidence sentence."""
    s = StanceScore(name)
    rows = [c.as_dict() for c in cells]
    verdicts = ES.score_stances(s, gold_stances, rows)
    body = {a.id: a.body for a in arts}
    s.parties = len({c["actor"] for c in rows})
    s.lines = [m for m in s.misses if m.startswith("stance missed")]
    for c, cell, ok in zip(rows, cells, verdicts):
        ev = cell.evidence[0] if cell.evidence else None
        text = " ".join(body[ev.article][ev.start:ev.end].split()) if ev else ""
        s.lines.append(f"  {'ok   ' if ok else 'WRONG'}  {c['actor']} | {c['position']} | {c['issue']} | {c['date']}"
                       f"\n           {text[:220]}")
    return s


def run_story(directory: Path) -> StanceScore:
    raw = json.loads((directory / "gold.json").read_text(encoding="utf-8"))
    files = sorted(p for p in directory.iterdir() if p.is_file() and p.name != "gold.json")
    articles = read_articles(files)
    ids = {}
    for a in articles:
        letter = Path(a.source).name.split("_", 1)[0]
        ids[letter] = a.id
    wanted = [ids[x] for x in raw["story"] if x in ids]
    arts, cells = stance_cells(articles, wanted, directory.name)
    return score(directory.name, [{"actor": s["actor"], "issue": s["issue"], "position": s["position"]}
                                  for s in raw.get("stances", [])], arts, cells)


def run_demo() -> StanceScore:
    raw = json.loads((ES.DEMO / "gold.json").read_text(encoding="utf-8"))
    gold = ES.demo_gold(raw)
    articles = read_articles(sorted(p for p in (ES.DEMO / "corpus").iterdir() if p.is_file()))
    arts, cells = stance_cells(articles, list(raw["stories"][0]), "demo")
    return score("demo", gold.stances, arts, cells)


def run_all(roots: list[Path], demo: bool = True, only: str | None = None) -> list[StanceScore]:
    out = []
    for root in roots:
        for d in ES.story_dirs(root):
            if only in (None, d.name):
                out.append(run_story(d))
    if demo and only in (None, "demo"):
        out.append(run_demo())
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--stories", type=Path, action="append", default=[], help="a directory of story folders (repeatable)")
    ap.add_argument("--no-shared", action="store_true", help="leave ../shared/eval/stories out")
    ap.add_argument("--no-demo", action="store_true", help="leave the bundled demo corpus out")
    ap.add_argument("--only", default=None, help="score only the story folder with this name (or 'demo')")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every cell with its evidence")
    args = ap.parse_args(argv)
    roots = list(args.stories) + ([] if args.no_shared else [ES.shared_dir() / "eval" / "stories"])
    scores = run_all(roots, demo=not args.no_demo, only=args.only)
    if not scores:
        print("no stories found", file=sys.stderr)
        return 1
    print(f"{'corpus':<20} {'stances':>8} {'precision':>16} {'parties':>8}")
    for s in scores:
        print(f"{s.name:<20} {s.stances_right:>5}/{s.stances_total:<2} {s.stance_precision:>6.2f} "
              f"({s.stance_cells_right}/{s.stance_cells}) {s.parties:>8}")
    if args.verbose:
        for s in scores:
            print(f"\n{s.name}:")
            print("\n".join(s.lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
