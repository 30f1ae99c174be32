"""Quotes and speakers on the fictional stories (``../shared/eval/stories``): every gold quote
found as speech with its speaker's full name, no scare quote reported as speech. The check is
``eval/quotes_stories.py``; the stories' names appear in no rule of the extractor."""
from __future__ import annotations

import importlib.util

import pytest

from .conftest import REPO


def _checker():
    spec = importlib.util.spec_from_file_location("quotes_stories", REPO / "eval" / "quotes_stories.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_story_quotes_have_their_gold_speakers_and_no_scare_quote_is_speech(eval_dir):
    checker = _checker()
    stories = [p for p in checker.story_dirs() if p.parent == eval_dir / "stories"]
    if not stories:
        pytest.skip("no stories with gold.json under ../shared/eval/stories")
    for story in stories:
        r = checker.check_story(story)
        assert r["quotes"] > 0
        assert not r["missed"], r["missed"]
        assert not r["wrong"], r["wrong"]
        assert not r["scare_as_speech"], r["scare_as_speech"]
        assert r["right"] == r["quotes"]
