"""Stories and article plans: who and what each story is about, and what each article says.

A *plan* is the content of one article before it is written out: which facts (with which
values), which quotes by whom, which background lines, in which order and in which of the
paraphrases. Each independent report picks its own figures, quotes (from a story's many
quotable lines), background and padding, and words every sentence its own way (templates hold
``[a|b]`` alternatives, see :func:`expand`). Rewrites follow their source plan unit by unit,
same quotes in the same order, and reword it keeping some of its phrasing; wire copies are the
same plan rendered once and then lightly edited (see :mod:`newsdesk.synth.render`).
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from .names import SECTIONS, NameMaker, Outlet
from .topics import (CLOSERS, FILLER_PREDICATES, FILLER_SUBJECTS, FILLER_TAILS, GENERIC_QUOTES, PERSON_DETAILS,
                     QUOTE_ASIDES, QUOTE_BREAKS, QUOTE_TAILS, TOPICS, Topic)

FIRST_DAY = date(2024, 1, 1)  # events fall in a two-and-a-half-year window
SPAN_DAYS = 900
MONTHS = ("January February March April May June July August September October November December").split()
WORDS_MIN, WORDS_MAX = 330, 620  # planned length in words; rendered articles land within 300-700
CONFLICT_SHARE = 0.35  # share of stories where outlets disagree on the headline figure
CONFLICT_ARTICLES = 0.3  # share of a conflicted story's original reports that carry the other value
WIRE_SHARE = 0.7  # share of stories (of two or more articles) that start from a wire report
COPY_SHARE = 0.3  # share of a wire story's articles that are near-verbatim copies of the wire report
REWRITE_SHARE = 0.15  # share of a story's articles that paraphrase another outlet's report
GENERIC_PER_SPEAKER = 13  # stock lines a story hands each speaker on top of its own: ~15 lines to quote from
LEAD_REACHED = 0.7  # share of reports that quote the story's lead speaker (the fire chief, the union leader)
SOUNDBITE = 0.15  # share of those that carry the lead speaker's best-known line, the one everybody runs
THIRD_SPEAKER = 0.3  # share of reports that reach a third of the story's four people (else two)
SECOND_LINE = 0.25  # share of speakers quoted twice in one report
EXTRA_FACTS = (2, 3)  # figures an original reports besides the headline one (of three)
BACKGROUND = (1, 3)  # background lines an original picks (of seven)
REWORD_KEEP = 0.5  # chance a rewrite keeps its source's choice at each wording alternative


@dataclass(slots=True)
class Person:
    role: str
    full: str
    last: str
    title: str  # may hold wording alternatives (see expand): each outlet words it its own way


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
    quotes: dict[str, list[str]] = field(default_factory=dict)  # role -> what that person said (first: best known)


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
    origin: list[int | None] = field(default_factory=list)  # per unit of a rewrite: the source unit it rewords
    wording: list[list[int]] = field(default_factory=list)  # per unit: the alternatives taken (see expand)
    voice: dict[str, str] = field(default_factory=dict)  # the outlet wording picked per VOICE phrase


def pick(rng: random.Random, seq):
    """``rng.choice`` for hot loops: one ``random()`` call instead of rejection sampling."""
    return seq[int(rng.random() * len(seq))]


def fmt_number(value: float, decimals: int) -> str:
    if decimals:
        return f"{value:,.{decimals}f}"
    return f"{int(round(value)):,}"


# Templates may hold alternatives, ``[a|b|c]`` (nested, possibly empty: ``[|, officials said]``);
# each article takes one path. Compiled once per template: a sequence is a tuple of strings and
# choices, a choice a list of sequences.
_COMPILED: dict[str, tuple] = {}


def _parse(t: str, i: int) -> tuple[list[tuple], int]:
    alts: list[tuple] = []
    parts: list = []
    start = i
    while i < len(t):
        c = t[i]
        if c in "[|]":
            if i > start:
                parts.append(t[start:i])
            if c == "[":
                sub, i = _parse(t, i + 1)
                parts.append(sub)
                start = i
                continue
            alts.append(tuple(parts))
            parts = []
            i += 1
            start = i
            if c == "]":
                return alts, i
            continue
        i += 1
    if i > start:
        parts.append(t[start:i])
    alts.append(tuple(parts))
    return alts, i


def _compiled(template: str) -> tuple:
    seq = _COMPILED.get(template)
    if seq is None:
        seq = _parse(template, 0)[0][0] if "[" in template else (template,)
        _COMPILED[template] = seq
    return seq


def expand(template: str, rng: random.Random, record: list[int] | None = None, prev: list[int] | None = None,
           keep: float = 0.0) -> str:
    """One wording of ``template``: a path through its alternatives.

    The choices taken are appended to ``record``; with ``prev`` (the choices of an earlier
    expansion), each choice repeats the earlier one with probability ``keep``, which is how a
    rewrite rewords its source: some phrases kept, others changed.
    """
    seq = _compiled(template)
    if len(seq) == 1 and seq[0].__class__ is str:
        return seq[0]
    out: list[str] = []
    _walk(seq, rng, out, record if record is not None else [], prev, keep)
    return "".join(out)


def _walk(seq: tuple, rng: random.Random, out: list[str], record: list[int], prev: list[int] | None,
          keep: float) -> None:
    for part in seq:
        if part.__class__ is str:
            out.append(part)
            continue
        k = len(record)
        if prev is not None and k < len(prev) and prev[k] < len(part) and rng.random() < keep:
            choice = prev[k]
        else:
            choice = int(rng.random() * len(part))
        record.append(choice)
        sub = part[choice]
        if len(sub) == 1 and sub[0].__class__ is str:
            out.append(sub[0])  # most alternatives are plain words: no call
        elif sub:
            _walk(sub, rng, out, record, prev, keep)


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
    # every person says the topic's own lines and a few stock ones (no line to two people), each
    # made this story's own: a press conference yields many quotable lines, not three
    stock = rng.sample(GENERIC_QUOTES, GENERIC_PER_SPEAKER * len(topic.quotes))
    quotes = {role: [_own_quote(q, ctx, rng) for q in own + tuple(stock[n * GENERIC_PER_SPEAKER:
                                                                          (n + 1) * GENERIC_PER_SPEAKER])]
              for n, (role, own) in enumerate(topic.quotes.items())}
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
    """An independent report: the outlet's own pick and order of figures, quotes and background."""
    topic = story.topic
    target = rng.randint(WORDS_MIN, WORDS_MAX)
    keys = [f.key for f in topic.figures]
    rest = keys[1:]
    rng.shuffle(rest)
    rest = rest[:rng.randint(*EXTRA_FACTS)]
    facts = [("fact", k, rng.randrange(len(topic.facts[k]))) for k in [keys[0]] + rest]
    background = rng.sample(range(len(topic.background)), rng.randint(*BACKGROUND))
    middle = facts[1:] + pick_quotes(story, rng) + [("bg", i) for i in background]
    rng.shuffle(middle)
    units: list[tuple] = [("lede", rng.randrange(len(topic.ledes))), facts[0]] + middle
    origin: list[int | None] = [None] * len(units)
    _pad(units, origin, story, rng, target)
    return Plan(story=story, outlet=outlet, authors=[rng.choice(outlet.reporters)], published=published,
                headline=rng.randrange(len(topic.headlines)), units=units, values=dict(values),
                kind="wire" if outlet.wire else "original", origin=origin)


def pick_quotes(story: StoryWorld, rng: random.Random) -> list[tuple]:
    """The quotes one outlet runs: two or three of the story's people, one or two lines each.

    Independent reports share a quote now and then (the lead speaker's best-known line most
    often), rarely two in the same order: that is what marks a rewrite.
    """
    roles = list(story.quotes)
    lead = roles[0]
    speakers = [lead] if rng.random() < LEAD_REACHED else []
    others = [r for r in roles if r != lead]
    rng.shuffle(others)
    wanted = 3 if rng.random() < THIRD_SPEAKER else 2
    speakers += others[:wanted - len(speakers)]
    picked: list[tuple] = []
    for role in speakers:
        lines = story.quotes[role]
        count = 2 if rng.random() < SECOND_LINE else 1
        chosen = [0] if role == lead and rng.random() < SOUNDBITE else []
        chosen += rng.sample(range(1, len(lines)), count - len(chosen))
        picked += [("quote", role, lines[i], rng.randrange(4)) for i in chosen]
    return picked


def plan_rewrite(source: Plan, source_index: int, outlet: Outlet, rng: random.Random, published: datetime) -> Plan:
    """The source report reworded: same figures, same quotes in the same order, the same
    material mostly in the same order; sentences reworded (some phrases kept), some
    padding dropped and new padding added."""
    topic = source.story.topic
    units: list[tuple] = []
    origin: list[int | None] = []
    last = len(source.units) - 1
    for i, u in enumerate(source.units):
        kind = u[0]
        if kind == "lede":
            if rng.random() < 0.5:
                units.append(u)
                origin.append(i)
            else:
                units.append(("lede", (u[1] + 1 + rng.randrange(len(topic.ledes) - 1)) % len(topic.ledes)))
                origin.append(None)
        elif kind == "quote":
            units.append(("quote", u[1], u[2], (u[3] + 1 + rng.randrange(3)) % 4))
            origin.append(None)
        elif kind == "fact":
            if rng.random() < 0.5:
                units.append(u)
                origin.append(i)
            else:
                units.append(("fact", u[1], (u[2] + 1 + rng.randrange(len(topic.facts[u[1]]) - 1))
                              % len(topic.facts[u[1]])))
                origin.append(None)
        elif (kind == "line" and (i == last or rng.random() < 0.5)) or rng.random() < 0.25:
            continue  # padding dropped (the closer always: a new one comes)
        else:
            units.append(u)
            origin.append(i)
    for _ in range(rng.randint(1, 3)):  # a few neighbours swapped, never two quotes
        at = rng.randrange(2, max(3, len(units) - 1))
        if at + 1 < len(units) and not (units[at][0] == units[at + 1][0] == "quote"):
            units[at], units[at + 1] = units[at + 1], units[at]
            origin[at], origin[at + 1] = origin[at + 1], origin[at]
    _pad(units, origin, source.story, rng, rng.randint(WORDS_MIN, WORDS_MAX))
    return Plan(story=source.story, outlet=outlet, authors=[rng.choice(outlet.reporters)], published=published,
                headline=(source.headline + 1 + rng.randrange(len(topic.headlines) - 1)) % len(topic.headlines),
                units=units, values=dict(source.values), kind="rewrite", source=source_index, origin=origin)


def _pad(units: list[tuple], origin: list[int | None], story: StoryWorld, rng: random.Random,
         target: int) -> None:
    """Add person details, figure recaps and reactions, then a closing line, until the plan
    reaches ``target`` words (``origin`` gets None for each added unit)."""
    words = sum(_unit_words(u) for u in units)
    roles = list(story.persons)
    details = list(range(len(PERSON_DETAILS)))
    rng.shuffle(details)
    figures = story.topic.figures
    recaps = [("fact", f.key, rng.randrange(len(story.topic.facts[f.key]))) for f in rng.sample(figures, 2)]
    predicates = list(FILLER_PREDICATES)
    rng.shuffle(predicates)
    while words < target:
        roll = rng.random()
        if details and roll < 0.3:
            unit: tuple = ("detail", pick(rng, roles), details.pop())
        elif recaps and roll < 0.4:
            unit = recaps.pop()  # reports repeat key figures further down, often worded differently
        else:
            predicate = predicates.pop() if predicates else pick(rng, FILLER_PREDICATES)
            unit = ("line", pick(rng, FILLER_SUBJECTS) + " " + predicate + pick(rng, FILLER_TAILS) + ".")
        at = 3 + int(rng.random() * (len(units) - 2))
        units.insert(at, unit)
        origin.insert(at, None)
        words += _unit_words(unit)
    units.append(("line", rng.choice(CLOSERS)))
    origin.append(None)


_UNIT_WORDS = {"lede": 22, "fact": 11, "quote": 20, "bg": 13, "detail": 12, "line": 13}  # mean rendered sizes


def _unit_words(unit: tuple) -> int:
    return _UNIT_WORDS[unit[0]]


def random_time(rng: random.Random, day: date, earliest: datetime | None = None) -> datetime:
    stamp = datetime(day.year, day.month, day.day, rng.randint(6, 22), rng.choice((0, 15, 30, 45)))
    if earliest is not None and stamp <= earliest:
        stamp = earliest + timedelta(minutes=rng.randint(30, 360))
    return stamp


def section_for(story: StoryWorld, rng: random.Random) -> str:
    return story.topic.section if rng.random() < 0.8 else rng.choice(SECTIONS)
