"""Configuration of the compare stages: lexicons, cue lists and thresholds.

Defaults live in JSON data files next to this module (``data/*.json``) so an editor can
extend them without touching code: ``positions.json`` (the generic English cue verbs and
nouns of demands, opposition, proposals and support), ``actors.json`` (generic role words
that tie a person to the party they speak for), ``framing_lexicon.json`` (loaded headline
words). Nothing there names a story's topic: stance issues are discovered from the story
itself (:mod:`newsdesk.compare.issues`). A domain lexicon is an optional extra input only:
``CompareConfig(issue_lexicon=load_issue_lexicon("negotiations"))`` names and merges the
discovered issues it recognises. Nothing is read at import time.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

# Which nouns name the same long-running event when a duration is reported about it
# ("third year of the war" vs "four years after the invasion"). Generic, not one war.
DEFAULT_EVENT_NOUNS: dict[str, list[str]] = {
    "war": ["war", "invasion", "conflict", "fighting", "hostilities", "occupation", "siege"],
    "talks": ["talks", "negotiations", "ceasefire", "cease-fire", "truce"],
    "crisis": ["crisis", "shutdown", "strike", "lockout", "blockade"],
}


@lru_cache(maxsize=None)
def _load(name: str) -> dict[str, Any]:
    text = resources.files("newsdesk.compare").joinpath("data", name).read_text(encoding="utf-8")
    data = json.loads(text)
    data.pop("_doc", None)
    return data


def default_position_cues() -> dict[str, Any]:
    return json.loads(json.dumps(_load("positions.json")))  # a deep copy: callers may edit it


def default_framing_lexicon() -> dict[str, dict[str, Any]]:
    return {k: dict(v) for k, v in _load("framing_lexicon.json").items()}


def default_actor_roles() -> dict[str, list[str]]:
    return {k: list(v) for k, v in _load("actors.json").items()}


def load_issue_lexicon(name: str) -> dict[str, list[str]]:
    """An optional domain lexicon (``data/issue_lexicon_<name>.json``): label -> keyword seeds."""
    return {k: list(v) for k, v in _load(f"issue_lexicon_{name}.json").items()}


@dataclass(slots=True)
class CompareConfig:
    """Everything the compare stages can be tuned with; the defaults come from ``data/``."""

    position_cues: dict[str, Any] = field(default_factory=default_position_cues)
    actor_roles: dict[str, list[str]] = field(default_factory=default_actor_roles)
    framing_lexicon: dict[str, dict[str, Any]] = field(default_factory=default_framing_lexicon)
    event_nouns: dict[str, list[str]] = field(default_factory=lambda: {k: list(v) for k, v in DEFAULT_EVENT_NOUNS.items()})
    # optional: label -> keyword seeds; a discovered issue a seed matches takes that label
    issue_lexicon: dict[str, list[str]] = field(default_factory=dict)


def seed_pattern(seed: str) -> re.Pattern[str]:
    """A keyword seed as a word-bounded regex; a trailing ``*`` makes it a prefix."""
    seed = seed.strip().lower()
    prefix = seed.endswith("*")
    core = re.escape(seed.rstrip("*")).replace(r"\ ", r"[\s-]+")
    return re.compile(r"(?<![\w-])" + core + (r"[\w-]*" if prefix else r"(?![\w-])"), re.I)
