"""Configuration of the compare stages: keyword seeds, lexicons and thresholds.

Defaults live in JSON data files next to this module (``data/*.json``) so an editor can
extend them without touching code: ``issues.json`` (negotiation issues and their keyword
seeds), ``positions.json`` (cue patterns for supports/opposes/...), ``framing_lexicon.json``
(loaded headline words) and ``actors.json`` (demonyms, seats of government, role words used
to fold people into the country they speak for). Pass a :class:`CompareConfig` with other
values to override any of them; nothing is read at import time.
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


def default_issue_seeds() -> dict[str, list[str]]:
    return {k: list(v) for k, v in _load("issues.json").items()}


def default_position_cues() -> dict[str, list[str]]:
    return {k: list(v) for k, v in _load("positions.json").items()}


def default_framing_lexicon() -> dict[str, dict[str, Any]]:
    return {k: dict(v) for k, v in _load("framing_lexicon.json").items()}


def default_actor_knowledge() -> dict[str, Any]:
    return dict(_load("actors.json"))


@dataclass(slots=True)
class CompareConfig:
    """Everything the compare stages can be tuned with; the defaults come from ``data/``."""

    issue_seeds: dict[str, list[str]] = field(default_factory=default_issue_seeds)
    position_cues: dict[str, list[str]] = field(default_factory=default_position_cues)
    framing_lexicon: dict[str, dict[str, Any]] = field(default_factory=default_framing_lexicon)
    actor_knowledge: dict[str, Any] = field(default_factory=default_actor_knowledge)
    event_nouns: dict[str, list[str]] = field(default_factory=lambda: {k: list(v) for k, v in DEFAULT_EVENT_NOUNS.items()})
    discover_issues: bool = True  # add issues found in the story beyond the seeds


def seed_pattern(seed: str) -> re.Pattern[str]:
    """A keyword seed as a word-bounded regex; a trailing ``*`` makes it a prefix."""
    seed = seed.strip().lower()
    prefix = seed.endswith("*")
    core = re.escape(seed.rstrip("*")).replace(r"\ ", r"[\s-]+")
    return re.compile(r"(?<![\w-])" + core + (r"[\w-]*" if prefix else r"(?![\w-])"), re.I)


def compile_seeds(seeds: dict[str, list[str]]) -> dict[str, list[re.Pattern[str]]]:
    return {issue: [seed_pattern(s) for s in words] for issue, words in seeds.items()}
