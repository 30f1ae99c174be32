"""Sentence-level checks of comparison and stances on items nobody tuned to.

A battery is a directory with two files written by someone who never saw the code:

* ``stances.json``: ``[{text, context, actor, position, issue}]`` — one or two sentences in which
  a named party takes a position (or, with ``"position": "none"``, is only mentioned), and a
  neutral sentence that names the issue again. An item is right when a cell's actor contains
  ``actor``, its issue label ``issue`` and its position is ``position``; a "none" item is right
  when no cell's actor contains ``actor``.
* ``conflicts.json``: ``[{a, b, c, conflict, about}]`` — one sentence from each of three
  outlets about one event; with ``conflict`` true, ``c`` cannot be reconciled with ``a`` and
  ``b``. A true item is found when the story of the three holds a conflict (and "outlier
  first" when a conflict puts ``c`` alone on its first side); a false item is wrong when any
  conflict is found.

Usage::

    python eval/sentences.py eval/sentences/a          # development battery (its misses were read)
    python eval/sentences.py DIR --show                # every item, right or wrong

Each item is analysed on its own (article texts followed by three unrelated sentences, so that
word rarity means something), as the pipeline's stance and fact stages read a story.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

FILL = ("The county library extended its opening hours. A new bus route links the two hospitals. "
        "Farmers expect a good harvest of apples and pears. ")


def _articles(bodies: list[tuple[str, str]]):
    from newsdesk.model import Article, Story

    arts = [Article(id=chr(97 + k), source="t", body=f"{body}\n\n{FILL}", content_hash=str(k), published="2026-05-06",
                    outlet=outlet) for k, (body, outlet) in enumerate(bodies)]
    return Story(id="s", label="s", article_ids=[a.id for a in arts], independent_sources=len(arts)), arts


def stance_cells(text: str, context: str) -> set[tuple[str, str, str]]:
    """(actor, issue, position) of the story made of ``text`` and ``context`` (two articles)."""
    from newsdesk.compare import stances
    from newsdesk.extract import extract_article

    story, arts = _articles([(text, "Wire"), (context, "Herald")])
    notes = {a.id: extract_article(a) for a in arts}
    return {(c.actor, c.issue, c.position) for c in stances(story, arts, notes)}


def conflicts(a: str, b: str, c: str) -> list:
    """The conflict facts of the story made of three one-sentence articles."""
    from newsdesk.compare import align_facts
    from newsdesk.extract import extract_article, merge_entities

    story, arts = _articles([(a, "Wire"), (b, "Herald"), (c, "Courier")])
    notes = {x.id: extract_article(x) for x in arts}
    entities, _ = merge_entities(list(notes.values()))
    return [f for f in align_facts(story, arts, notes, entities) if f.verdict == "conflict"]


def score(directory: Path, show: bool = False) -> dict[str, int]:
    out = dict.fromkeys(("stances_right", "stances_total", "none_right", "none_total", "cells_other",
                         "conflicts_found", "conflicts_total", "outlier_first", "false_conflicts", "compatible_total"), 0)
    for item in json.loads((directory / "stances.json").read_text(encoding="utf-8")):
        cells = stance_cells(item["text"], item["context"])
        actor, issue, position = item["actor"].lower(), item["issue"].lower(), item["position"]
        mine = [c for c in cells if actor in c[0].lower()]
        if position == "none":
            ok = not mine
            out["none_total"] += 1
            out["none_right"] += ok
        else:
            ok = any(issue in c[1].lower() and c[2] == position for c in mine)
            out["stances_total"] += 1
            out["stances_right"] += ok
        out["cells_other"] += sum(1 for c in cells if not (actor in c[0].lower() and issue in c[1].lower() and c[2] == position))
        if show:
            print(f"{'ok' if ok else 'MISS'}  {item['text'][:100]}  | want {position} {issue} | got {sorted(cells)}")
    for item in json.loads((directory / "conflicts.json").read_text(encoding="utf-8")):
        got = conflicts(item["a"], item["b"], item["c"])
        if item["conflict"]:
            out["conflicts_total"] += 1
            out["conflicts_found"] += bool(got)
            out["outlier_first"] += any(f.sides and f.sides[0].articles == ["c"] for f in got)
        else:
            out["compatible_total"] += 1
            out["false_conflicts"] += bool(got)
        if show:
            print(f"{'ok' if bool(got) == item['conflict'] else 'MISS'}  conflict {item['conflict']}: {item['about']}"
                  f" | {[f.claim[:50] for f in got]}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("battery", type=Path, help="directory holding stances.json and conflicts.json")
    ap.add_argument("--show", action="store_true", help="print every item")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    if not (args.battery / "stances.json").is_file() or not (args.battery / "conflicts.json").is_file():
        print(f"{args.battery}: no stances.json and conflicts.json there", file=sys.stderr)
        return 1
    s = score(args.battery, args.show)
    if args.json:
        print(json.dumps(s))
        return 0
    print(f"stances right {s['stances_right']}/{s['stances_total']}; parties only mentioned left without a cell "
          f"{s['none_right']}/{s['none_total']}; cells matching no item {s['cells_other']}")
    print(f"conflicts found {s['conflicts_found']}/{s['conflicts_total']} (outlier alone on the first side "
          f"{s['outlier_first']}); conflicts on compatible items {s['false_conflicts']}/{s['compatible_total']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
