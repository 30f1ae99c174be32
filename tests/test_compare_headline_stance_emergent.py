"""Headline-vs-claim stance: cue cascade unit cases and the pinned Emergent floor."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from newsdesk.compare import headline_stance

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("claim", "headline", "want"), [
    ("Apple will buy Path", "Apple is buying Path", "for"),
    ("Apple will buy Path", "Apple reportedly in talks to buy Path", "observing"),
    ("Apple will buy Path", "Is Apple buying Path?", "observing"),
    ("Apple will buy Path", "Apple denies it will buy Path", "against"),
    ("The Batmobile was stolen", "Batmobile theft rumor was a hoax", "against"),
    ("Kim Jong Un is not in charge", "Kim Jong Un is not in charge any more", "for"),  # the claim carries the negation
    ("Officials say the pilot is alive", "Pilot alive, officials say", "for"),  # the claim carries the attribution
    ("A woman got a third breast", "Third breast: real or hoax?", "observing"),  # an open question
    ("Apple is buying Path", "Spokesman refuses to confirm or deny report on Path", "observing"),
    ("A woman got a third breast", "Woman vows third breast is no hoax", "for"),  # denying the doubt affirms
    ("The panel didn't include any women", "That all-male panel isn't real", "against"),  # despite the claim's own "n't"
    ("Bale to play Jobs in a biopic", "Bale drops out of Jobs biopic", "against"),  # retraction
    ("The doctor took a selfie", "Doctor calls selfie claims absurd", "against"),
])
def test_compare_headline_stance_cues(claim: str, headline: str, want: str) -> None:
    assert headline_stance(claim, headline) == want


def _eval_module():
    spec = importlib.util.spec_from_file_location("emergent_headlines", REPO / "eval" / "emergent_headlines.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def test_compare_headline_stance_emergent_floor(eval_dir: Path) -> None:
    path = eval_dir / "emergent" / "emergent_clean.csv"
    if not path.is_file():
        pytest.skip("emergent_clean.csv not present")
    mod = _eval_module()
    rows = mod.load(path)
    test_half = [r for r in rows if mod.split_of(r["claimId"]) == "test"]
    acc_all, _ = mod.evaluate(rows, headline_stance)
    acc_test, _ = mod.evaluate(test_half, headline_stance)
    base_all, _ = mod.evaluate(rows, mod.baseline)
    assert acc_all >= 0.795, acc_all  # measured 0.804 (eval/emergent_headlines.py)
    assert acc_test >= 0.775, acc_test  # held-out half, measured 0.784
    assert acc_all > base_all + 0.1
