"""Timeline: the dated events of a story, merged across the articles that report them.

An event is a sentence with a resolved day- or month-level date mention (from the
annotations, or the absolute-date fallback), dated by that mention; the lead sentence of
a dated article is an event on its published date. Two events on the same date merge
when their sentences are lexically close (``MERGE_MIN`` Jaccard over content words), so
one event lists every article that reports it, with evidence offsets.
"""
from __future__ import annotations

from newsdesk.compare import _text
from newsdesk.compare._context import StoryContext
from newsdesk.model import Evidence, TimelineEvent

MERGE_MIN = 0.2  # content-word Jaccard at which two same-day sentences describe one event
EVENT_MAX_CHARS = 200  # event labels are cut at a word boundary


def _label(text: str) -> str:
    text = _text.norm_space(text)
    if len(text) <= EVENT_MAX_CHARS:
        return text
    return text[:EVENT_MAX_CHARS].rsplit(" ", 1)[0] + " …"


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def build(ctx: StoryContext) -> list[TimelineEvent]:
    found: list[tuple[str, _text.Sentence]] = []
    for view in ctx.views.values():
        seen: set[tuple[str, int]] = set()
        for d in view.dates:
            if not d.value or (d.granularity not in (None, "day", "month")):
                continue
            if d.granularity is None and len(d.value) < 10:
                continue
            sent = _text.sentence_at(view.sentences, d.start)
            day = d.value[:10]
            if sent is not None and (day, sent.index) not in seen:
                seen.add((day, sent.index))
                found.append((day, sent))
        if view.published is not None and view.sentences:
            day = view.published.isoformat()
            lead = view.sentences[0]
            if (day, lead.index) not in seen:
                found.append((day, lead))
    events: list[tuple[str, set[str], TimelineEvent]] = []
    for day, sent in sorted(found, key=lambda x: (x[0], x[1].article, x[1].start)):
        words = set(_text.content_words(sent.text))
        match = next((e for e in events if e[0] == day and _jaccard(e[1], words) >= MERGE_MIN), None)
        if match is None:
            ev = TimelineEvent(date=day, event=_label(sent.text), story=ctx.story.id, articles=[sent.article],
                               evidence=[Evidence(sent.article, sent.start, sent.end)])
            events.append((day, words, ev))
            continue
        ev = match[2]
        if sent.article not in ev.articles:
            ev.articles.append(sent.article)
        ev.evidence.append(Evidence(sent.article, sent.start, sent.end))
        match[1].update(words)
    return [e for _, _, e in events]
