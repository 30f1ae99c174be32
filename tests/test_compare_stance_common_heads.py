"""A party named by a bare common noun ("the board") and by the same noun with a modifier
("the trust's board", "the harbour board") is one row of the stance table."""
from __future__ import annotations



def test_bare_and_modified_common_noun_parties_are_one_actor() -> None:
    """On a development story whose articles call one party "the agency's board", "the
    transit board" and "the board": one actor ending in "board"."""
    import importlib.util
    import sys
    from pathlib import Path

    story = Path(__file__).parent / "data" / "stories" / "bus_fare_rise"
    spec = importlib.util.spec_from_file_location("eval_stories_heads", Path(__file__).parents[1] / "eval" / "stories.py")
    scorer = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = scorer
    spec.loader.exec_module(scorer)  # type: ignore[union-attr]
    doc = scorer.analyse(sorted(p for p in story.iterdir() if p.name != "gold.json"))
    boards = {s["actor"] for s in doc["stances"] if s["actor"].lower().endswith("board")}
    assert len(boards) == 1, boards


def test_named_parties_are_not_folded_into_a_common_noun() -> None:
    from collections import Counter

    from newsdesk.compare.stances import _fold_common_heads

    forms = {"board": Counter({"board": 2}), "harbour board": Counter({"harbour board": 1}),
             "kellmoor board": Counter({"Kellmoor Board": 1})}
    _fold_common_heads(forms)
    assert forms["harbour board"] is forms["board"] and forms["board"]["harbour board"] == 1
    assert forms["kellmoor board"] == Counter({"Kellmoor Board": 1})
