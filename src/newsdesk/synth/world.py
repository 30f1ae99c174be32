"""Stories and article plans: who and what each story is about, and what each article says.

A *plan* is the content of one article before it is written out: which facts (with which
values), which quotes by whom, which background lines, in which order and in which of the
paraphrases. Rewrites are new plans over the same facts and quotes; wire copies are the same
plan rendered once and then lightly edited (see :mod:`newsdesk.synth.render`).
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from .names import SECTIONS, NameMaker, Outlet
from .topics import (CLOSERS, FILLER_PREDICATES, FILLER_SUBJECTS, FILLER_TAILS, GENERIC_QUOTES, PERSON_DETAILS,
                     QUOTE_ASIDES, QUOTE_BREAKS, QUOTE_TAILS,
                     TOPICS, Topic)

FIRST_DAY = date(2024, 1, 1)  # events fall in a two-and-a-half-year window
SPAN_DAYS = 900
MONTHS = ("January February March April May June July August September October November December").split()
WORDS_MIN, WORDS_MAX = 330, 620  # planned length in words; rendered articles land within 300-700
CONFLICT_SHARE = 0.35  # share of stories where outlets disagree on the headline figure
CONFLICT_ARTICLES = 0.3  # share of a conflicted story's original reports that carry the other value
WIRE_SHARE = 0.7  # share of stories (of two or more articles) that start from a wire report
COPY_SHARE = 0.3  # share of a wire story's articles that are near-verbatim copies of the wire report
REWRITE_SHARE = 0.15  # share of a story's articles that paraphrase another outlet's report
QUOTES_MIN, QUOTES_MAX = 3, 6
SPEAKERS_REACHED = 2  # of the four people in a story, how many one outlet quotes


@dataclass(slots=True)
class Person:
    role: str
    full: str
    last: str
    title: str


@dataclass(slots=True)
class StoryWorld:
    index: int
    id: str
    topic: Topic
    ctx: dict[str, str]  # template context shared by every article of the story
    persons: dict[str, Person]
    values: dict[str, float]
    event: date
    conflict: tuple[str, float] | None = None  # (figure key, the other value some outlets report)
    quotes: list[tuple[str, str]] = field(default_factory=list)  # (role, text): what was said in this story


@dataclass(slots=True)
class Plan:
    """What one article says; rendered to text by :func:`newsdesk.synth.render.render`."""

    story: StoryWorld
    outlet: Outlet
    authors: list[str]
    published: datetime
    headline: int
    units: list[tuple]  # ("lede", i) ("fact", key, i) ("quote", role, text, form) ("line", text) ...
    values: dict[str, float]
    kind: str = "original"  # original | wire | copy | rewrite
    source: int | None = None  # index (within the story) of the article copied or rewritten
    edits: list[str] = field(default_factory=list)


def pick(rng: random.Random, seq):
    """``rng.choice`` for hot loops: one ``random()`` call instead of rejection sampling."""
    return seq[int(rng.random() * len(seq))]


def fmt_number(value: float, decimals: int) -> str:
    if decimals:
        return f"{value:,.{decimals}f}"
    return f"{int(round(value)):,}"


def make_story(index: int, seed: int) -> StoryWorld:
    rng = random.Random(f"newsdesk-synth:{seed}:story:{index}")
    names = NameMaker(rng)
    topic = TOPICS[index % len(TOPICS)] if index < len(TOPICS) else rng.choice(TOPICS)
    city, country, region = names.place(), names.country(), names.region()
    surname, surname2 = names.surname(), names.surname()
    event = FIRST_DAY + timedelta(days=rng.randrange(SPAN_DAYS))
    ctx = {"city": city, "country": country, "region": region, "surname": surname, "surname2": surname2,
           "capital": names.place(),
           "month": MONTHS[(event.month - 2) % 12], "year": str(event.year - rng.randint(2, 9))}
    ctx["org"] = rng.choice(topic.orgs).format(**ctx)
    ctx["Org"] = ctx["org"][:1].upper() + ctx["org"][1:]  # at the start of a sentence
    persons = {}
    for role, title in topic.roles.items():
        full, last = names.person()
        persons[role] = Person(role=role, full=full, last=last, title=title.format(**ctx))
    values = {}
    for fig in topic.figures:
        raw = rng.uniform(fig.low, fig.high)
        values[fig.key] = round(raw, fig.decimals) if fig.decimals else float(int(raw))
    conflict = None
    if rng.random() < CONFLICT_SHARE:
        head = topic.figures[0]
        step = max(1.0, round(values[head.key] * rng.uniform(0.1, 0.35), head.decimals))
        conflict = (head.key, round(values[head.key] + step, head.decimals))
    quotes = [(role, _own_quote(q, ctx, rng)) for role, qs in topic.quotes.items() for q in qs]
    quotes += [(rng.choice(list(topic.quotes)), _own_quote(q, ctx, rng)) for q in rng.sample(GENERIC_QUOTES, 2)]
    return StoryWorld(index=index, id=f"T{index + 1:05d}", topic=topic, ctx=ctx, persons=persons, values=values,
                      event=event, conflict=conflict, quotes=quotes)


def _own_quote(stock: str, ctx: dict[str, str], rng: random.Random) -> str:
    """A stock line made this story's own with an aside and maybe a tail (see QUOTE_ASIDES)."""
    words = stock.format(**ctx).split(" ")
    if len(words) >= 5:
        middle = len(words) / 2
        breaks = [i for i in range(2, len(words) - 1) if words[i].lower() in QUOTE_BREAKS and "," not in words[i - 1]]
        if breaks:
            at = min(breaks, key=lambda i: abs(i - middle))
            words[at - 1] += rng.choice(QUOTE_ASIDES).format(**ctx)
    text = " ".join(words)
    if rng.random() < 0.6 or "," not in text:
        text += rng.choice(QUOTE_TAILS).format(**ctx)
    return text


def plan_original(story: StoryWorld, outlet: Outlet, rng: random.Random, published: datetime,
                  values: dict[str, float]) -> Plan:
    topic = story.topic
    target = rng.randint(WORDS_MIN, WORDS_MAX)
    keys = [f.key for f in topic.figures]
    facts = [("fact", keys[0], rng.randrange(len(topic.facts[keys[0]])))]
    rest = keys[1:]
    rng.shuffle(rest)
    facts += [("fact", k, rng.randrange(len(topic.facts[k]))) for k in rest]
    # each outlet reaches some of the people involved, so independent reports share a quote or two,
    # rarely several in the same order (that is what marks a rewrite)
    reached = set(rng.sample(list(story.persons), SPEAKERS_REACHED))
    available = [q for q in story.quotes if q[0] in reached]
    picked = rng.sample(available, min(len(available), rng.randint(QUOTES_MIN, QUOTES_MAX)))
    quotes = [("quote", role, q, rng.randrange(4)) for role, q in picked]
    middle = facts[1:] + quotes + [("bg", i) for i in rng.sample(range(len(topic.background)), rng.randint(3, 5))]
    rng.shuffle(middle)
    units: list[tuple] = [("lede", rng.randrange(len(topic.ledes))), facts[0]] + middle
    _pad(units, story, rng, target)
    return Plan(story=story, outlet=outlet, authors=[rng.choice(outlet.reporters)], published=published,
                headline=rng.randrange(len(topic.headlines)), units=units, values=dict(values),
                kind="wire" if outlet.wire else "original")


def plan_rewrite(source: Plan, source_index: int, outlet: Outlet, rng: random.Random, published: datetime) -> Plan:
    """Same facts, same figures, same quotes; different wording, order and padding."""
    topic = source.story.topic
    core = [u for u in source.units if u[0] in ("fact", "quote")]
    lede_fact = core[0] if core and core[0][0] == "fact" else None
    rewritten = []
    for u in core:
        if u[0] == "fact":
            rewritten.append(("fact", u[1], (u[2] + 1 + rng.randrange(2)) % len(topic.facts[u[1]])))
        else:
            rewritten.append(("quote", u[1], u[2], (u[3] + 1 + rng.randrange(3)) % 4))
    head, body = rewritten[:1], rewritten[1:]
    rng.shuffle(body)
    bg = [("bg", i) for i in rng.sample(range(len(topic.background)), rng.randint(1, 3))]
    units: list[tuple] = [("lede", (next(u[1] for u in source.units if u[0] == "lede") + 1) % len(topic.ledes))]
    units += head + body + bg if lede_fact else rewritten + bg
    words = rng.randint(WORDS_MIN, WORDS_MAX)
    _pad(units, source.story, rng, words)
    return Plan(story=source.story, outlet=outlet, authors=[rng.choice(outlet.reporters)], published=published,
                headline=(source.headline + 1 + rng.randrange(len(topic.headlines) - 1)) % len(topic.headlines),
                units=units, values=dict(source.values), kind="rewrite", source=source_index)


def _pad(units: list[tuple], story: StoryWorld, rng: random.Random, target: int) -> None:
    """Add person details, filler and a closing line until the plan reaches ``target`` words."""
    words = sum(_unit_words(u) for u in units)
    roles = list(story.persons)
    details = list(range(len(PERSON_DETAILS)))
    rng.shuffle(details)
    recaps = [("fact", f.key, rng.randrange(len(story.topic.facts[f.key]))) for f in story.topic.figures]
    predicates = list(FILLER_PREDICATES)
    rng.shuffle(predicates)
    while words < target:
        roll = rng.random()
        if details and roll < 0.35:
            unit: tuple = ("detail", pick(rng, roles), details.pop())
        elif recaps and roll < 0.5:
            unit = recaps.pop()  # reports repeat key figures further down, often worded differently
        else:
            predicate = predicates.pop() if predicates else pick(rng, FILLER_PREDICATES)
            unit = ("line", pick(rng, FILLER_SUBJECTS) + " " + predicate + pick(rng, FILLER_TAILS) + ".")
        units.insert(3 + int(rng.random() * (len(units) - 2)), unit)
        words += _unit_words(unit)
    units.append(("line", rng.choice(CLOSERS)))


_UNIT_WORDS = {"lede": 17, "fact": 8, "quote": 17, "bg": 10, "detail": 11}  # mean rendered sizes, for padding


def _unit_words(unit: tuple) -> int:
    if unit[0] == "line":
        return unit[1].count(" ") + 1
    return _UNIT_WORDS[unit[0]]


def random_time(rng: random.Random, day: date, earliest: datetime | None = None) -> datetime:
    stamp = datetime(day.year, day.month, day.day, rng.randint(6, 22), rng.choice((0, 15, 30, 45)))
    if earliest is not None and stamp <= earliest:
        stamp = earliest + timedelta(minutes=rng.randint(30, 360))
    return stamp


def section_for(story: StoryWorld, rng: random.Random) -> str:
    return story.topic.section if rng.random() < 0.8 else rng.choice(SECTIONS)
