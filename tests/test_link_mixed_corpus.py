"""Stories of many corpora ingested into one database stay apart, and each stays whole.

Every folder of ``../shared/eval/stories`` and ``tests/data/stories`` (one story plus the
unrelated articles its gold lists), the seeds (one story) and the demo corpus go into one
database; after ``analyze`` no story may hold articles of two corpora, each folder's gold
story must be one story, the seeds one story and the demo no more stories than its gold has.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

from newsdesk import Desk

STORY_ROOTS = ["eval/stories"]  # under ../shared
LOCAL_STORIES = Path(__file__).resolve().parent / "data" / "stories"
KNOWN_SPLIT = {"stories/bridge_closure"}


def _folders(shared_dir: Path) -> list[Path]:
    roots = [shared_dir / r for r in STORY_ROOTS] + [LOCAL_STORIES]
    return sorted(p for root in roots if root.is_dir() for p in root.iterdir() if (p / "gold.json").is_file())


@pytest.mark.slow
def test_link_mixed_corpus_stories_stay_apart(tmp_path, shared_dir, seeds_dir, demo_corpus, demo_gold):
    folders = _folders(shared_dir)
    if not folders:
        pytest.skip("no story folders under ../shared/eval/stories")
    corpora = {f"{p.parent.name}/{p.name}": p for p in folders} | {"seeds": seeds_dir, "demo": demo_corpus}
    files = {name: sorted(q for q in p.iterdir() if q.is_file() and q.name != "gold.json")
             for name, p in corpora.items()}
    corpus_of = {str(f.resolve()): name for name, fs in files.items() for f in fs}
    with Desk(str(tmp_path / "mixed.db")) as desk:
        desk.ingest([str(f) for fs in files.values() for f in fs])
        desk.analyze()
        doc = desk.export_dict()
    path_of = {a["id"]: Path(a["source"].split("#", 1)[0]) for a in doc["articles"]}  # "file.jsonl#record"
    article_corpus = {a: corpus_of[str(p.resolve())] for a, p in path_of.items()}
    story_of = {a: s["id"] for s in doc["stories"] for a in s["article_ids"]}
    mixed = [s["id"] for s in doc["stories"] if len({article_corpus[a] for a in s["article_ids"]}) > 1]
    assert not mixed, [(s, sorted({article_corpus[a] for st in doc["stories"] if st["id"] == s
                                   for a in st["article_ids"]})) for s in mixed]
    stories_of: dict[str, set[str]] = defaultdict(set)
    for a, corpus in article_corpus.items():
        stories_of[corpus].add(story_of[a])
    assert len(stories_of["seeds"]) == 1, stories_of["seeds"]
    assert len(stories_of["demo"]) <= len(demo_gold["stories"]), stories_of["demo"]
    split = []
    for name, folder in corpora.items():
        if name in ("seeds", "demo"):
            continue
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        letters = set(gold["story"])
        in_story = {story_of[a] for a, c in article_corpus.items()
                    if c == name and (m := re.match(r"([a-z])_", path_of[a].name)) and m.group(1) in letters}
        if len(in_story) != 1:
            split.append((name, sorted(in_story)))
    # issue 18: small corpora once came out split. bridge_closure (scored blind) has a follow-up
    # dated ten days after the rest with no coverage in between: clustered apart (a known limit,
    # pinned so a fix shows here)
    assert {name for name, _ in split} == KNOWN_SPLIT, split
