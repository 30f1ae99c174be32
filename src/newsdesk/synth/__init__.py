"""A synthetic news corpus of any size, with a gold file, for benchmarks and scale tests.

>>> path = write_corpus(1000, "synth.jsonl", stories=50, seed=1)   # doctest: +SKIP

writes ``synth.jsonl`` (one article per line: id, title, outlet, url, published, authors,
text) and ``synth.jsonl.gold.json`` (see :func:`gold_path`) with the truth the pipeline
should recover:

- ``article_story``: the story of every article (for clustering B³);
- ``copies``: pairs of near-verbatim republications of one wire report (syndication), and
  ``copy_groups``, the same as groups (wire report first);
- ``rewrite_sources``: ``[source, rewrite]`` pairs: the report a rewrite paraphrases (same
  quotes in the same order, same figures, its sentences reworded);
- ``rewrites``: every pair of texts that one paraphrases the other's text: each
  ``rewrite_sources`` pair, a rewrite of a wire report with each verbatim copy of that report,
  and two rewrites of one source (what a copy detector should call a rewrite);
- ``conflicts``: stories whose outlets report different values of a figure, with who says what;
- ``stories``: per story its topic, place, event date and true figures;
- ``article_kind``: original | wire | copy | rewrite.

Everything is invented (names from syllables, ~30 outlets, eight kinds of event) and
deterministic: the same ``n``, ``stories`` and ``seed`` give byte-identical files. Stories are
generated independently, so 100k articles take seconds, not minutes.
"""
from __future__ import annotations

import json
import math
import random
import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from .names import Outlet, make_outlets
from .render import copy_edits, context, iso, render
from .world import (CONFLICT_ARTICLES, COPY_SHARE, REWRITE_SHARE, WIRE_SHARE, Plan, StoryWorld, fmt_number,
                    make_story, plan_original, plan_rewrite, random_time, section_for)

ARTICLES_PER_STORY = 20  # default story count is n // 20, as the CLI documents
SIZE_SPREAD = 0.8  # log-normal sigma of story sizes: a few big stories, many small ones
PUBLISH_DELAY_WEIGHTS = (0.45, 0.35, 0.12, 0.08)  # share of reports 0, 1, 2, 3 days after the event

__all__ = ["write_corpus", "gold_path", "generate"]


def gold_path(out: str | Path) -> Path:
    """Where :func:`write_corpus` puts the gold file for corpus ``out``: ``<out>.gold.json``."""
    return Path(str(out) + ".gold.json")


def story_sizes(n: int, k: int, seed: int) -> list[int]:
    """``k`` story sizes, each at least 1, summing to ``n``."""
    rng = random.Random(f"newsdesk-synth:{seed}:sizes")
    weights = [rng.lognormvariate(0.0, SIZE_SPREAD) for _ in range(k)]
    total = sum(weights)
    raw = [w / total * (n - k) for w in weights]
    sizes = [1 + int(r) for r in raw]
    short = n - sum(sizes)
    for i in sorted(range(k), key=lambda i: raw[i] - int(raw[i]), reverse=True)[:short]:
        sizes[i] += 1
    return sizes


def generate(n: int, stories: int | None = None, seed: int = 0):
    """Yield one JSONL record (a dict) per article, story by story.

    The generator's return value (``StopIteration.value``) is the gold dict, complete once
    every record was taken. Most callers want :func:`write_corpus`.
    """
    if n < 1:
        raise ValueError("n must be at least 1")
    k = max(1, min(n, stories if stories else n // ARTICLES_PER_STORY or 1))
    outlets = make_outlets(random.Random(f"newsdesk-synth:{seed}:outlets"))
    gold: dict[str, Any] = {"seed": seed, "n": n, "stories": [], "article_story": {}, "article_kind": {},
                            "copies": [], "copy_groups": [], "rewrites": [], "rewrite_sources": [],
                            "conflicts": []}
    used_ids: set[str] = set()
    for index, size in enumerate(story_sizes(n, k, seed)):
        story = make_story(index, seed)
        yield from _story_articles(story, size, outlets, seed, gold, used_ids)
    return gold


def _story_articles(story: StoryWorld, size: int, outlets: list[Outlet], seed: int, gold: dict,
                    used_ids: set[str]):
    rng = random.Random(f"newsdesk-synth:{seed}:articles:{story.index}")
    wires = [o for o in outlets if o.wire]
    papers = [o for o in outlets if not o.wire]
    rng.shuffle(papers)
    next_paper = iter(papers * (size // len(papers) + 2))
    has_wire = size >= 2 and rng.random() < WIRE_SHARE
    n_copies = min(size - 1, max(1, int(size * COPY_SHARE + rng.random()))) if has_wire else 0
    n_rewrites = min(size - 1 - n_copies, int(size * REWRITE_SHARE + rng.random())) if size >= 2 else 0
    n_originals = size - n_copies - n_rewrites - (1 if has_wire else 0)

    plans: list[Plan] = []
    if has_wire:
        plans.append(plan_original(story, rng.choice(wires), rng, _first_time(story, rng), story.values))
    originals = [plan_original(story, next(next_paper), rng, _first_time(story, rng), story.values)
                 for _ in range(n_originals)]
    if story.conflict and len(originals) + len(plans) >= 2 and originals:
        key, other = story.conflict
        for plan in rng.sample(originals, max(1, math.ceil(len(originals) * CONFLICT_ARTICLES))):
            plan.values[key] = other
    plans += originals
    wire_plan = plans[0] if has_wire else None
    for _ in range(n_copies):
        assert wire_plan is not None
        copier = next(next_paper)
        stamp = wire_plan.published + timedelta(minutes=rng.randint(20, 360))
        plans.append(Plan(story=story, outlet=copier, authors=list(wire_plan.authors) if rng.random() < 0.5 else [],
                          published=stamp, headline=rng.randrange(len(story.topic.headlines)), units=wire_plan.units,
                          values=dict(wire_plan.values), kind="copy", source=0))
    reported = len(originals) + (1 if has_wire else 0)  # rewrites paraphrase a wire or original report
    for _ in range(n_rewrites):
        src = rng.randrange(reported)
        stamp = plans[src].published + timedelta(hours=rng.randint(2, 30))
        plans.append(plan_rewrite(plans[src], src, next(next_paper), rng, stamp))

    ids: list[str] = []
    texts: list[tuple[str, str]] = []
    for i, plan in enumerate(plans):
        article_id = _new_id(plan, rng, used_ids)
        ids.append(article_id)
        if plan.kind == "copy":
            wire_title, wire_text = texts[0]
            new_title = story.topic.headlines[plan.headline].format(**context(plan, rng))
            title, text, plan.edits = copy_edits(wire_title, wire_text, plans[0], plan.outlet,
                                                 new_title[:1].upper() + new_title[1:], rng)
        else:
            source = plans[plan.source] if plan.kind == "rewrite" and plan.source is not None else None
            title, text = render(plan, random.Random(f"{seed}:{story.index}:{i}"), source)
        texts.append((title, text))
        record = {"id": article_id, "title": title, "outlet": plan.outlet.name,
                  "url": _url(plan, title, article_id, rng), "published": iso(plan.published),
                  "authors": plan.authors, "text": text}
        gold["article_story"][article_id] = story.id
        gold["article_kind"][article_id] = plan.kind
        yield record

    _record_gold(story, plans, ids, gold)


def _first_time(story: StoryWorld, rng: random.Random) -> datetime:
    delay = rng.choices(range(len(PUBLISH_DELAY_WEIGHTS)), PUBLISH_DELAY_WEIGHTS)[0]
    return random_time(rng, story.event + timedelta(days=delay))


def _new_id(plan: Plan, rng: random.Random, used: set[str]) -> str:
    slug = plan.outlet.domain.split(".")[0][:12]
    while True:
        article_id = f"{slug}-{plan.published:%Y%m%d}-{rng.getrandbits(32):08x}"
        if article_id not in used:
            used.add(article_id)
            return article_id


def _url(plan: Plan, title: str, article_id: str, rng: random.Random) -> str:
    words = re.findall(r"[a-z0-9]+", title.lower())[:8]
    return (f"https://www.{plan.outlet.domain}/{section_for(plan.story, rng)}/{plan.published:%Y/%m/%d}/"
            f"{'-'.join(words)}-{article_id[-8:]}")


def _record_gold(story: StoryWorld, plans: list[Plan], ids: list[str], gold: dict) -> None:
    topic = story.topic
    gold["stories"].append({
        "id": story.id, "topic": topic.name, "city": story.ctx["city"], "country": story.ctx["country"],
        "org": story.ctx["org"], "event_date": story.event.isoformat(), "size": len(plans),
        "persons": {role: p.full for role, p in story.persons.items()},
        "figures": {f.key: fmt_number(story.values[f.key], f.decimals) for f in topic.figures},
    })
    copies = [i for i, p in enumerate(plans) if p.kind == "copy"]
    if copies:
        group = [ids[0]] + [ids[i] for i in copies]
        gold["copy_groups"].append(group)
        gold["copies"] += [[a, b] for j, a in enumerate(group) for b in group[j + 1:]]
    direct = [(p.source, i) for i, p in enumerate(plans) if p.kind == "rewrite" and p.source is not None]
    gold["rewrite_sources"] += [[ids[s], ids[r]] for s, r in direct]
    # a rewrite rewords its source's text, which every verbatim copy of that source carries too,
    # and two rewrites of one source share its quotes in order and its figures: all are rewrite pairs
    for source in sorted({s for s, _ in direct}):
        same_text = [source] + (copies if plans[source].kind == "wire" else [])
        reworded = [r for s, r in direct if s == source]
        gold["rewrites"] += [[ids[m], ids[r]] for r in reworded for m in same_text]
        gold["rewrites"] += [[ids[x], ids[y]] for j, x in enumerate(reworded) for y in reworded[j + 1:]]
    if story.conflict:
        key = story.conflict[0]
        decimals = next(f.decimals for f in topic.figures if f.key == key)
        by_value: dict[str, list[str]] = {}
        for i, plan in enumerate(plans):
            by_value.setdefault(fmt_number(plan.values[key], decimals), []).append(ids[i])
        if len(by_value) > 1:
            unit = next(f.unit for f in topic.figures if f.key == key)
            gold["conflicts"].append({"story": story.id, "figure": key, "unit": unit.replace("{n}", "").strip(),
                                      "values": by_value})


def write_corpus(n: int, out: str | Path, stories: int | None = None, seed: int = 0) -> Path:
    """Write ``n`` synthetic articles in about ``stories`` stories (default ``n // 20``) as JSONL.

    Also writes the gold file next to it (:func:`gold_path`). Returns the JSONL path.
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    articles = generate(n, stories, seed)
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
    with out.open("w", encoding="utf-8") as fh:
        buffer: list[str] = []
        while True:
            try:
                record = next(articles)
            except StopIteration as stop:
                gold = stop.value
                break
            buffer.append(dumps(record))
            if len(buffer) >= 1000:
                fh.write("\n".join(buffer) + "\n")
                buffer.clear()
        if buffer:
            fh.write("\n".join(buffer) + "\n")
    gold_path(out).write_text(json.dumps(gold, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return out
