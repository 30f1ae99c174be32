"""The sentence-level battery (eval/sentences.py) on its development items: floors as measured.

Battery ``a`` was written by a helper who never saw the code, scored blind on d508f27 (stances
23/50, conflicts 12/28, 1 false on 12 compatible items), then read as development data in round 26.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _module():
    spec = importlib.util.spec_from_file_location("eval_sentences", REPO / "eval" / "sentences.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_eval_sentences_development_battery_meets_its_floors() -> None:
    s = _module().score(REPO / "eval" / "sentences" / "a")
    assert (s["stances_total"], s["none_total"], s["conflicts_total"], s["compatible_total"]) == (50, 10, 28, 12)
    assert s["stances_right"] >= 25 and s["none_right"] == 10
    assert s["conflicts_found"] >= 17 and s["outlier_first"] >= 12 and s["false_conflicts"] <= 1


def test_eval_sentences_a_folder_without_items_is_a_clear_error(tmp_path: Path, capsys) -> None:
    assert _module().main([str(tmp_path)]) == 1
    assert "no stances.json and conflicts.json" in capsys.readouterr().err
