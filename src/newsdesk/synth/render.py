"""Writing a plan out as an article (title and text), and the small edits of a wire copy."""
from __future__ import annotations

import random
import re
from datetime import datetime

from .names import Outlet
from .topics import EDIT_SWAPS, PERSON_DETAILS, SPELLING_US, VOICE
from .world import REWORD_KEEP, Plan, expand, fmt_number, pick

QUOTE_FORMS = 4  # ways of attributing a quote, see _quote
SWAP_WORDS = sorted(EDIT_SWAPS)
SWAP_PATTERNS = {w: re.compile(rf"\b{w}\b") for w in SWAP_WORDS}
_VOICE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, VOICE), key=len, reverse=True)) + r")\b")
_US = re.compile(r"\b(" + "|".join(SPELLING_US) + r")\b")


def when_phrase(plan: Plan, rng: random.Random) -> str:
    """The event day relative to publication ("yesterday", "on Tuesday"), as reporters write it."""
    days = (plan.published.date() - plan.story.event).days
    weekday = plan.story.event.strftime("%A")
    if days <= 0:
        return rng.choice((f"on {weekday}", "today", "early today"))
    if days == 1:
        return rng.choice(("yesterday", f"on {weekday}"))
    return f"on {weekday}" if days < 7 else f"on {plan.story.event.day} {plan.story.event.strftime('%B')}"


def context(plan: Plan, rng: random.Random) -> dict[str, str]:
    ctx = dict(plan.story.ctx)
    ctx["when"] = when_phrase(plan, rng)
    for fig in plan.story.topic.figures:
        ctx["f_" + fig.key] = fig.unit.format(n=fmt_number(plan.values[fig.key], fig.decimals))
    return ctx


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def render(plan: Plan, rng: random.Random, source: Plan | None = None) -> tuple[str, str]:
    """(title, text) of a plan. Paragraphs are separated by blank lines.

    Each sentence takes one path through its template's alternatives (recorded in
    ``plan.wording``); a rewrite passes its ``source`` plan, already rendered, and its
    sentences that reword a source sentence keep each of the source's choices half the time.
    The outlet's voice (one wording per VOICE phrase) is recorded in ``plan.voice``.
    """
    story, topic = plan.story, plan.story.topic
    ctx = context(plan, rng)
    voice = plan.voice
    inherited = source.voice if source is not None else {}

    def voiced(match: re.Match) -> str:
        phrase = match.group(1)
        if phrase not in voice:
            voice[phrase] = inherited[phrase] if phrase in inherited and rng.random() < REWORD_KEEP \
                else pick(rng, VOICE[phrase])
        return voice[phrase]

    plan.wording = [[] for _ in plan.units]
    origin = plan.origin if source is not None and len(plan.origin) == len(plan.units) else None

    def say(template: str, i: int) -> str:
        prev = None
        if origin is not None and origin[i] is not None and origin[i] < len(source.wording):
            prev = source.wording[origin[i]]
        return expand(template, rng, plan.wording[i], prev, REWORD_KEEP)

    titles = {role: expand(person.title, rng) for role, person in story.persons.items()}  # this outlet's wording
    introduced: set[str] = set()
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            paragraphs.append(_VOICE.sub(voiced, " ".join(current)))
            current.clear()

    for i, unit in enumerate(plan.units):
        kind = unit[0]
        if kind == "quote":
            flush()
            paragraphs.append(_quote(story.persons[unit[1]], titles[unit[1]], unit[2].format(**ctx), unit[3],
                                     introduced))
            continue
        if kind == "lede":
            text = _cap(say(topic.ledes[unit[1]], i).format(**ctx))
            text = _dateline(plan, ctx, rng) + text
        elif kind == "fact":
            text = _cap(say(topic.facts[unit[1]][unit[2]], i).format(**ctx))
        elif kind == "bg":
            text = _cap(say(topic.background[unit[1]], i).format(**ctx))
        elif kind == "detail":
            person = story.persons[unit[1]]
            known = person.full in introduced
            text = say(PERSON_DETAILS[unit[2]], i).format(full=person.full, last=person.last if known else person.full,
                                                          title=titles[unit[1]], **ctx)
            introduced.add(person.full)
        else:  # "line"
            text = say(unit[1], i).format(**ctx)
        current.append(text)
        if len(current) >= 1 + int(rng.random() * 3):
            flush()
    flush()
    title = _cap(topic.headlines[plan.headline].format(**ctx))
    text = "\n\n".join(paragraphs)
    if plan.outlet.spelling == "us":
        title, text = _us(title), _us(text)
    return title, text


def _dateline(plan: Plan, ctx: dict[str, str], rng: random.Random) -> str:
    place = ctx["city"].upper()
    if plan.outlet.wire:
        return f"{place}, {ctx['country']} ({plan.outlet.name}) — "
    return f"{place} — " if rng.random() < 0.4 else ""


def _quote(person, title: str, text: str, form: int, introduced: set[str]) -> str:
    """A direct quote with its speaker; the first mention of a person gives name and title."""
    first = person.full not in introduced
    introduced.add(person.full)
    who = f"{person.full}, {title}," if first else person.last
    if form == 0:
        return f"“{text},” {who} said." if not first else f"“{text},” said {person.full}, {title}."
    if form == 1:
        return f"{who} said: “{text}.”"
    if form == 2:
        return f"“{text},” said {who.rstrip(',')}."
    return f"{who} told reporters: “{text}.”" if first else f"“{text},” {who} told reporters."


def _us(text: str) -> str:
    return _US.sub(lambda m: SPELLING_US[m.group(1)], text)


def copy_edits(title: str, text: str, source: Plan, copier: Outlet, new_title: str,
               rng: random.Random) -> tuple[str, str, list[str]]:
    """A near-verbatim republication of a wire report, as a client outlet runs it."""
    edits: list[str] = []
    paragraphs = text.split("\n\n")
    if rng.random() < 0.6:
        title = new_title
        edits.append("headline")
    credit = f" ({source.outlet.name}) — "
    if credit in paragraphs[0] and rng.random() < 0.5:
        paragraphs[0] = paragraphs[0].replace(credit, " — ", 1)
        edits.append("dateline")
    plain = [i for i, p in enumerate(paragraphs) if "“" not in p and i > 0]
    wanted = rng.randint(1, 3)
    for word in rng.sample(SWAP_WORDS, len(SWAP_WORDS)):
        for i in plain:
            new, count = SWAP_PATTERNS[word].subn(EDIT_SWAPS[word], paragraphs[i], count=1)
            if count:
                paragraphs[i] = new
                edits.append(f"swap:{word}")
                break
        if len(edits) - edits.count("headline") - edits.count("dateline") >= wanted:
            break
    if len(paragraphs) > 6 and rng.random() < 0.4:
        paragraphs.pop()
        edits.append("cut-last-paragraph")
    if rng.random() < 0.3:
        paragraphs.append(f"({source.outlet.name} contributed to this report.)")
        edits.append("credit-line")
    text = "\n\n".join(paragraphs)
    if copier.spelling == "us" and source.outlet.spelling != "us":
        title, text = _us(title), _us(text)
        edits.append("us-spelling")
    return title, text, edits


def iso(stamp: datetime) -> str:
    return stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
