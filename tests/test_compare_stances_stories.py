"""Stance floors on real input: the shared open-domain stories, the demo corpus and the seeds.

``eval/stances.py`` scores the stance cells of each gold story with the rule of
``eval/stories.py`` (a gold stance is right when one cell matches an actor fragment, an issue
fragment and the position; precision is the share of cells matching some gold stance).
``eval/stances_seeds.py`` scores the seed cells against the hand judgements in
``eval/stances_seeds_judged.json``. The floors are the figures measured when they were pinned.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# story -> (stances right at least, precision at least); measured 6/6 0.86, 7/7 0.89, 24/24 1.00
FLOORS = {"chemical_fire": (6, 0.85), "tuition_protest": (7, 0.85), "demo": (24, 0.95)}  # demo 27/28 cells right since the war-topic synonyms went (2026-12-07)
SEED_MIN_PRECISION = 0.8  # measured 0.96 (22 of 23 cells judged right)
SEED_MIN_CELLS, SEED_MIN_PARTIES = 15, 4
SEED_MAX_UNJUDGED = 0.25  # more new cells than this: read and judge them (eval/stances_seeds.py --write-unjudged)


def _load(name: str):
    path = REPO / "eval" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"_eval_{name}", path)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def scorer():
    return _load("stances")


@pytest.mark.parametrize("story", ["chemical_fire", "tuition_protest"])
def test_compare_stances_shared_story_floor(scorer, eval_dir: Path, story: str) -> None:
    directory = eval_dir / "stories" / story
    if not (directory / "gold.json").is_file():
        pytest.skip(f"{directory} is not present")
    s = scorer.run_story(directory)
    right, precision = FLOORS[story]
    assert s.stances_right >= right and s.stances_right >= s.stances_total - 1, "\n".join(s.lines)
    assert s.stance_precision >= precision, "\n".join(s.lines)


# held-out stories of tests/data/stories (written before the open-domain work on attribution):
# measured on main before it 7/9 P 0.58 and 1/2 P 0.33; after it 9/9 P 0.91 and 2/2 P 0.50
HELD_OUT_FLOORS = {"maternity_ward": (9, 0.8), "product_recall": (2, 0.95)}  # measured 9/9 0.83, 2/2 1.00 (maternity: "the company remained committed to moving births" read as support of its own plan; gold says proposes)


@pytest.mark.parametrize("story", sorted(HELD_OUT_FLOORS))
def test_compare_stances_held_out_story_floor(scorer, story: str) -> None:
    s = scorer.run_story(REPO / "tests" / "data" / "stories" / story)
    right, precision = HELD_OUT_FLOORS[story]
    assert s.stances_right >= right, "\n".join(s.lines)
    assert s.stance_precision >= precision, "\n".join(s.lines)


def test_compare_stances_demo_floor(scorer) -> None:
    s = scorer.run_demo()
    right, precision = FLOORS["demo"]
    assert s.stances_right >= right and s.stances_right >= s.stances_total - 1, "\n".join(s.lines)
    assert s.stance_precision >= precision, "\n".join(s.lines)
    assert s.parties >= 3


def test_compare_stances_seed_cells_judged(seeds_dir: Path) -> None:
    mod = _load("stances_seeds")
    arts, cells = mod.seed_cells(seeds_dir)
    bodies = {a.id: a.body for a in arts}
    judged, unjudged = mod.judge(cells, bodies, mod.load_judgements())
    right = sum(v == "right" for _, v, _ in judged)
    assert len(cells) >= SEED_MIN_CELLS and len({c.actor for c in cells}) >= SEED_MIN_PARTIES
    assert len(unjudged) <= SEED_MAX_UNJUDGED * len(cells), [(c.actor, c.issue, c.position) for (c,) in unjudged]
    assert right / len(judged) >= SEED_MIN_PRECISION, [(c.actor, c.issue, c.position, v) for c, v, _ in judged]
