"""Elapsed-time claims: how long a long-running event has lasted, as each article says it.

"now entering its third year", "nearly four years after the invasion", "the nearly
four-year war" and "the invasion ... in February 2022" are all claims about how long one
event has lasted. They rarely share words, so they are gathered by event noun
(``CompareConfig.event_nouns``: war, invasion, conflict, ... fold into "war") and compared
as intervals of elapsed years:

* an ordinal ("third year") means [n-1, n) years have elapsed;
* a counted duration uses the qualifier intervals of :mod:`newsdesk.compare.quantities`
  ("nearly four years" is [3.2, 4]);
* a start date ("in February 2022", "the March 2023 invasion") is turned into elapsed years
  at the article's own date, else the story's date (the other articles' dates, with
  slack), and is skipped when no date is known.

Intervals of different articles that do not overlap are a conflict; the detail spells out
every interval and where its reference date came from.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from newsdesk.compare import _text
from newsdesk.compare import quantities as qmath
from newsdesk.compare._context import StoryContext, independence, mention
from newsdesk.compare.config import CompareConfig
from newsdesk.model import Fact, Quantity

EVENT_WINDOW = 70  # characters between a duration and the event noun it is about
DAYS_PER_YEAR = 365.25


_ORDINAL_DUR_RE = re.compile(r"\b(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+year\b", re.I)
_COUNT_DUR_RE = re.compile(
    r"(?P<qual>\b(?:nearly|almost|about|around|roughly|more than|over|at least|just over|just under|some)\s+)?"
    r"\b(?P<num>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)[\s-]+years?\b", re.I)
_ANCHOR_BEFORE_RE = re.compile(  # "the March 2023 invasion": the date names the start of the event after it
    r"\b(?:(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
    r"(?P<year>(?:19|20)\d\d)\s+(?:full-scale\s+)?(?P<noun>[a-z-]+)")
_ANCHOR_RE = re.compile(
    r"\b(?:in|since|began in|started in|launched in)\s+(?:(?P<month>January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+)?(?:(?P<day>\d{1,2}),?\s+)?(?P<year>(?:19|20)\d\d)\b")


@dataclass(slots=True)
class _Elapsed:
    sent: _text.Sentence
    start: int
    end: int
    event: str
    interval: tuple[float, float] | None  # elapsed years at the article date
    how: str


def _event_near(text: str, start: int, end: int, cfg: CompareConfig) -> str | None:
    window = text[max(0, start - EVENT_WINDOW): end + EVENT_WINDOW].lower()
    best = None
    for event, nouns in cfg.event_nouns.items():
        for noun in nouns:
            for m in re.finditer(r"\b" + re.escape(noun) + r"\b", window):
                dist = abs(m.start() - min(EVENT_WINDOW, start))
                if best is None or dist < best[0]:
                    best = (dist, event)
    return best[1] if best else None


def _event_of_noun(noun: str, cfg: CompareConfig) -> str | None:
    return next((event for event, nouns in cfg.event_nouns.items() if noun.lower() in nouns), None)


def _years_between(start: date, end: date) -> float:
    return (end - start).days / DAYS_PER_YEAR


def _elapsed_claims(ctx: StoryContext, cfg: CompareConfig) -> list[_Elapsed]:
    out: list[_Elapsed] = []
    for aid, view in ctx.views.items():
        ref, ref_how = ctx.ref_dates(aid)
        for s in view.sentences:
            t = s.text
            for m in _ORDINAL_DUR_RE.finditer(t):
                event = _event_near(t, m.start(), m.end(), cfg)
                if event:
                    n = _text.ORDINALS[m.group("ord").lower()]
                    q = Quantity("", aid, 0, 0, m.group(0), float(n), "year", qualifier="ordinal")
                    out.append(_Elapsed(s, s.start + m.start(), s.start + m.end(), event, qmath.interval(q),
                                        f"“{m.group(0)}” means {n - 1} to under {n} years elapsed"))
            for m in _COUNT_DUR_RE.finditer(t):
                tail = t[m.end(): m.end() + 12].lower()
                if not re.match(r"[\s-]*(?:after|since|into|of|ago|old|-long|long|war|conflict|invasion)", tail) and not re.match(r"[\s-]", t[m.end():m.end() + 1] or " "):
                    continue
                event = _event_near(t, m.start(), m.end(), cfg)
                num = _text._to_number(m.group("num"))
                if not event or num is None or num > 100:
                    continue
                qual = (m.group("qual") or "").strip().lower() or None
                q = Quantity("", aid, 0, 0, m.group(0), num, "year", qualifier=qual)
                iv = qmath.interval(q)
                out.append(_Elapsed(s, s.start + m.start(), s.start + m.end(), event, iv,
                                    f"“{m.group(0).strip()}” means {iv[0]:.1f} to {iv[1]:.1f} years" if iv else m.group(0)))
            anchors = [(m, _event_near(t, m.start(), m.end(), cfg)) for m in _ANCHOR_RE.finditer(t)
                       if re.search(r"invasion|began|start|launch|since|outbreak", t[max(0, m.start() - EVENT_WINDOW): m.end()], re.I)]
            anchors += [(m, _event_of_noun(m.group("noun"), cfg)) for m in _ANCHOR_BEFORE_RE.finditer(t)]
            for m, event in anchors:
                if not event:
                    continue
                year = int(m.group("year"))
                month = _text.MONTHS[m.group("month").lower()] if m.group("month") else None
                day = m.groupdict().get("day")
                first = date(year, month or 1, int(day or 1))
                last = date(year, month or 12, int(day or (28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)))
                if ref is None:
                    out.append(_Elapsed(s, s.start + m.start(), s.start + m.end(), event, None,
                                        f"started {m.group(0)}; elapsed time unknown ({ref_how})"))
                    continue
                if first > ref[1]:
                    continue  # a future date is a plan, not the start of the event
                iv = (max(0.0, _years_between(last, ref[0])), _years_between(first, ref[1]))
                out.append(_Elapsed(s, s.start + m.start(), s.start + m.end(), event, iv,
                                    f"started “{m.group(0)}”, and {ref_how}, so {iv[0]:.2f} to {iv[1]:.2f} years had elapsed"))
    return out


def elapsed_facts(ctx: StoryContext, cfg: CompareConfig) -> list[Fact]:
    by_event: dict[str, list[_Elapsed]] = {}
    for c in _elapsed_claims(ctx, cfg):
        by_event.setdefault(c.event, []).append(c)
    facts = []
    for event, claims in sorted(by_event.items()):
        articles = sorted({c.sent.article for c in claims})
        if len(articles) < 2:
            continue
        known = [c for c in claims if c.interval is not None]
        clashes = []
        for i, a in enumerate(known):
            for b in known[i + 1:]:
                if a.sent.article == b.sent.article:
                    continue
                (alo, ahi), (blo, bhi) = a.interval, b.interval  # type: ignore[misc]
                if ahi < blo or bhi < alo:
                    clashes.append(f"{a.sent.article} [{alo:.2f}, {ahi:.2f}] cannot meet {b.sent.article} [{blo:.2f}, {bhi:.2f}]")
        if clashes:
            verdict = "conflict"
        elif len({(round(c.interval[0], 2), round(c.interval[1], 2)) for c in known}) <= 1:  # type: ignore[index]
            verdict = "consistent"
        else:
            verdict = "compatible-with-rounding"
        parts = [f"{c.sent.article}: {c.how}" for c in claims]
        detail = f"how long the {event} has lasted, as each article states it: " + "; ".join(parts)
        if clashes:
            detail += ". Elapsed-time intervals that do not overlap: " + "; ".join(clashes)
        verdict, detail = independence(ctx, articles, verdict, detail)
        mentions = [mention(c.sent, c.start, c.end, ctx.views[c.sent.article].article.body) for c in claims]
        facts.append(Fact(id="", story=ctx.story.id, claim=f"time elapsed since the {event} began",
                          mentions=mentions, verdict=verdict, detail=detail))
    return facts
