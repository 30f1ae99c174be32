"""Timeline: the dated events of a story, merged across the articles that report them.

1. **Candidates.** A sentence with a resolved day- or month-level date mention (from the
   annotations, or the absolute-date fallback) is an event on that date; the lead sentence
   of a dated article is an event on its published date unless it dates itself. Dates far beyond the story's
   newest article (``FUTURE_SLACK_DAYS``) are dropped: a timeline is what happened or is
   about to. A weekday resolved into the past in a future-tense clause ("the truce would
   take effect on Wednesday", "talks which open on Sunday") is moved to the coming one:
   the tense decides which Wednesday is meant. When a sentence carries several dates ("arrived on Saturday ..., which
   Corvania seized in March 2023"), the label is the clause around each date.
2. **Merge.** Two candidates on the same date are one event when their words are close
   (``MERGE_MIN`` Jaccard over content words) or one mostly repeats the other
   (``MERGE_OVERLAP`` of the smaller bag, at least ``MERGE_SHARED_MIN`` shared words),
   measured against each report already in the event, not their union.
   An event lists every article that reports it, each with evidence offsets.
3. **Salience.** An event scores for every independent source that reports it (copies
   count once), for an amount, for a named actor, for a lead sentence, and loses for a
   bare quotation. Every distinct date keeps its best event; the rest fill the timeline
   up to ``TIMELINE_MAX`` by score. The result is in date order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from newsdesk.compare import text as _text
from newsdesk.compare.story import StoryContext
from newsdesk.ingest.textmeta import only_a_date
from newsdesk.model import DateMention, Evidence, TimelineEvent

MERGE_MIN = 0.2  # content-word Jaccard at which two same-day sentences describe one event
MERGE_OVERLAP = 0.5  # ... or this share of the smaller sentence's words repeated by the other
MERGE_SHARED_MIN = 3  # ... with at least this many shared content words (two is chance)
EVENT_MAX_CHARS = 200  # event labels are cut at a word boundary
TIMELINE_MAX = 12  # a readable timeline; every distinct date still keeps one event
FUTURE_SLACK_DAYS = 14  # dates later than the newest article by more than this are plans or errors
CLAUSE_MIN_WORDS = 3  # a clause shorter than this is no label on its own: use the sentence
SOURCE_WEIGHT = 2.0  # salience per independent source reporting the event
AMOUNT_WEIGHT = 1.0  # salience for an amount ("138 drones")
ACTOR_WEIGHT = 1.0  # salience for a named actor
LEAD_WEIGHT = 0.5  # salience for an article's lead sentence
QUOTE_PENALTY = 1.5  # a sentence that is mostly a quotation reports speech, not an event

TENSE_WINDOW = 60  # characters before a weekday searched for a future-tense marker
_WEEKDAY_RE = re.compile(r"^(?:on\s+|next\s+|this\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_FUTURE_RE = re.compile(r"\b(?:will|would|shall|'ll|’ll|due to|is to|are to|scheduled|expects?|expected|set to|plans? to|"
                        r"(?:open|opens|begin|begins|start|starts|resume|resumes)\s+(?:at\s+\w+\s+)?on)\b", re.I)
_CLAUSE_SPLIT_RE = re.compile(r";\s+|,\s+(?:which|who|where|when|after|before|while|and|but)\s+|\s+—\s+")
_AMOUNT_RE = re.compile(r"\b\d[\d,.]*\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b", re.I)
_NAME_RE = re.compile(r"(?<=[a-z,;:’'\"”] )[A-Z][a-z]{2,}")
_QUOTED_RE = re.compile(r"[“\"]([^”\"]+)[”\"]")


@dataclass(slots=True)
class _Event:
    day: str
    words: list[set[str]]  # each report's words: a new report joins when it is close to any one
    label: str
    lead: bool
    articles: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)


def _label(text: str) -> str:
    text = _text.norm_space(text)
    if len(text) <= EVENT_MAX_CHARS:
        return text
    return text[:EVENT_MAX_CHARS].rsplit(" ", 1)[0] + " …"


def _clause(sent: _text.Sentence, offset: int, several: bool) -> str:
    """The clause of ``sent`` around body offset ``offset`` when the sentence holds several dates."""
    if not several:
        return sent.text
    pos = offset - sent.start
    cuts = [0] + [m.end() for m in _CLAUSE_SPLIT_RE.finditer(sent.text)] + [len(sent.text)]
    for a, b in zip(cuts, cuts[1:]):
        if a <= pos < b:
            part = sent.text[a:b].strip(" ,;—")
            return part if len(_text.content_words(part)) >= CLAUSE_MIN_WORDS else sent.text
    return sent.text


def _same_event(a: set[str], b: set[str]) -> bool:
    if not a or not b:
        return False
    shared = len(a & b)
    return shared / len(a | b) >= MERGE_MIN or (shared >= MERGE_SHARED_MIN and shared / min(len(a), len(b)) >= MERGE_OVERLAP)


def _future_weekday(d: DateMention, published: date | None, body: str) -> DateMention:
    """The mention, moved a week on when a weekday was resolved into the past although its
    clause speaks of the future; else unchanged."""
    when = _text.parse_date(d.value)
    if published is None or when is None or when >= published or d.granularity != "day":
        return d
    if not _WEEKDAY_RE.match(d.text.strip()):
        return d
    before = body[max(0, d.start - TENSE_WINDOW): d.start]
    before = re.split(r"[.;!?”]|,\s", before)[-1]  # the same clause only
    if not _FUTURE_RE.search(before):
        return d
    moved = when + timedelta(days=7)
    if moved < published:
        return d
    return replace(d, value=moved.isoformat())


def _candidates(ctx: StoryContext) -> list[tuple[str, _text.Sentence, str, bool]]:
    """(day, sentence, label, is lead) for every dated sentence of the story."""
    latest = ctx.story_dates[1] + timedelta(days=FUTURE_SLACK_DAYS) if ctx.story_dates else None
    found: list[tuple[str, _text.Sentence, str, bool]] = []
    for view in ctx.views.values():
        usable = []
        for d in view.dates:
            if not d.value or (d.granularity not in (None, "day", "month")):
                continue
            if d.granularity is None and len(d.value) < 10:
                continue
            when = _text.parse_date(d.value)
            if latest is not None and when is not None and when > latest:
                continue  # far in the future of every article: a plan or a resolution error
            sent = _text.sentence_at(view.sentences, d.start)
            if sent is not None and not only_a_date(sent.text):  # a date line says when, not what
                usable.append((_future_weekday(d, view.published, view.article.body), sent))
        per_sentence: dict[int, int] = {}
        for _, sent in usable:
            per_sentence[sent.index] = per_sentence.get(sent.index, 0) + 1
        seen: set[tuple[str, int]] = set()
        for d, sent in usable:
            day = d.value[:10] if d.granularity != "month" else d.value[:7]
            if (day, sent.index) in seen:
                continue
            seen.add((day, sent.index))
            found.append((day, sent, _clause(sent, d.start, per_sentence[sent.index] > 1), False))
        lead = next((s for s in view.sentences if not only_a_date(s.text)), None)
        if view.published is not None and lead is not None:
            day = view.published.isoformat()
            # a lead that dates itself ("voted late Tuesday") is an event on that day already:
            # on the publication day it would be the same sentence twice
            if all(index != lead.index for _, index in seen):
                found.append((day, lead, lead.text, True))
    return found


def _salience(ctx: StoryContext, ev: _Event) -> float:
    groups = {ctx.group_of(a) for a in ev.articles}
    text = ev.texts[0]
    quoted = sum(len(m.group(1)) for m in _QUOTED_RE.finditer(text))
    score = SOURCE_WEIGHT * len(groups)
    score += AMOUNT_WEIGHT * bool(_AMOUNT_RE.search(text))
    score += ACTOR_WEIGHT * bool(_NAME_RE.search(text))
    score += LEAD_WEIGHT * ev.lead
    score -= QUOTE_PENALTY * (quoted > 0.5 * len(text))
    return score


def build(ctx: StoryContext) -> list[TimelineEvent]:
    events: list[_Event] = []
    for day, sent, label, lead in sorted(_candidates(ctx), key=lambda x: (x[0], x[1].article, x[1].start)):
        words = set(_text.content_words(label))
        match = next((e for e in events if e.day == day and any(_same_event(w, words) for w in e.words)), None)
        if match is None:
            match = _Event(day, [], _label(label), lead)
            events.append(match)
        elif sent.article in match.articles and any(ev.start == sent.start and ev.article == sent.article for ev in match.evidence):
            continue
        if sent.article not in match.articles:
            match.articles.append(sent.article)
        match.evidence.append(Evidence(sent.article, sent.start, sent.end))
        match.texts.append(label)
        match.words.append(words)
        match.lead = match.lead or lead
    scored = sorted(((_salience(ctx, e), n) for n, e in enumerate(events)), key=lambda x: (-x[0], x[1]))
    keep: set[int] = set()
    for _, n in scored:  # the best event of every distinct date first
        if events[n].day not in {events[k].day for k in keep}:
            keep.add(n)
    for _, n in scored:
        if len(keep) >= TIMELINE_MAX:
            break
        keep.add(n)
    chosen = sorted(keep, key=lambda n: (events[n].day, n))
    return [TimelineEvent(date=events[n].day, event=events[n].label, story=ctx.story.id,
                          articles=events[n].articles, evidence=events[n].evidence) for n in chosen]
