"""eval/check_story_gold.py: the check a new story set passes before it is scored."""
from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
STORY = REPO / "tests" / "data" / "stories" / "landfill_extension"


def _checker():
    spec = importlib.util.spec_from_file_location("check_story_gold", REPO / "eval" / "check_story_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_written_story_passes_and_a_broken_copy_says_what_is_wrong(tmp_path: Path) -> None:
    check = _checker().check
    assert check(STORY) == []
    broken = tmp_path / "landfill_extension"
    shutil.copytree(STORY, broken)
    gold = json.loads((broken / "gold.json").read_text(encoding="utf-8"))
    gold["quotes"][0]["text"] = "words nobody wrote in any article"
    gold["conflicts"][0]["outlier_text"] = "9,999,999"
    (broken / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    problems = check(broken)
    assert any("quote not verbatim" in p for p in problems), problems
    assert any("outlier_text '9,999,999'" in p for p in problems), problems
