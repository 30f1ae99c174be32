"""Configuration of the compare stages: lexicons, cue lists and thresholds.

Defaults live in JSON data files next to this module (``data/*.json``) so an editor can
extend them without touching code: ``positions.json`` (the generic English cue verbs and
nouns of demands, opposition, proposals and support), ``actors.json`` (generic role words
that tie a person to the party they speak for), ``framing_lexicon.json`` (loaded headline
words). A general valence lexicon comes from the ``vaderSentiment`` package
(``vader_lexicon.txt``: about 7,500 English words rated -4..+4 by ten raters each, MIT
licence; Hutto & Gilbert, ICWSM 2014); :func:`default_valence_lexicon` reads it, and the
framing stage flags strongly negative headline words from it. Nothing there names a story's topic: stance issues are discovered from the story
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


@lru_cache(maxsize=None)
def _vader() -> dict[str, float]:
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    out: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        # word, mean valence, standard deviation, the ten ratings; emoticons and tokens with
        # anything but letters, hyphens and apostrophes are no headline words
        if len(parts) >= 2 and re.fullmatch(r"[a-z][a-z'-]*[a-z]", parts[0]):
            out[parts[0]] = float(parts[1])
    return out


def default_valence_lexicon() -> dict[str, float]:
    """Word -> mean valence (-4 very negative .. +4 very positive) from VADER's lexicon."""
    return dict(_vader())


def default_plain_event_words() -> frozenset[str]:
    """Negative-valence words that name events plainly (``data/framing_plain_words.json``)."""
    return frozenset(_load("framing_plain_words.json")["words"])


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
    # general word valences (VADER); an empty dict turns the lexicon-wide framing flags off
    valence_lexicon: dict[str, float] = field(default_factory=default_valence_lexicon)
    # ... minus the words that name bad events plainly ("collapse", "kills", "strike")
    plain_event_words: frozenset[str] = field(default_factory=default_plain_event_words)
    event_nouns: dict[str, list[str]] = field(default_factory=lambda: {k: list(v) for k, v in DEFAULT_EVENT_NOUNS.items()})
    # optional: label -> keyword seeds; a discovered issue a seed matches takes that label
    issue_lexicon: dict[str, list[str]] = field(default_factory=dict)


def seed_pattern(seed: str) -> re.Pattern[str]:
    """A keyword seed as a word-bounded regex; a trailing ``*`` makes it a prefix."""
    seed = seed.strip().lower()
    prefix = seed.endswith("*")
    core = re.escape(seed.rstrip("*")).replace(r"\ ", r"[\s-]+")
    return re.compile(r"(?<![\w-])" + core + (r"[\w-]*" if prefix else r"(?![\w-])"), re.I)
