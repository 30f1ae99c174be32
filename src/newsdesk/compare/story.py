"""The story as every compare step reads it.

:func:`build_context` gives a :class:`StoryContext`: each article with its sentences,
quantities, dates, quotes and entities (from the annotations, or the regex fallback of
:mod:`newsdesk.compare.text`), a reference date per article (:meth:`StoryContext.ref_dates`),
canonical entity names, and which articles are not independent of each other (same outlet
or copies). :func:`prepare` adds the sentence view fact alignment and single-source
detection share (:class:`Sent`); :func:`mention` and :func:`independence` are the two
helpers every fact-making step uses.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from newsdesk.compare import text as _text
from newsdesk.link.sources import UnionFind
from newsdesk.model import (
    Annotations, Article, DateMention, Entity, FactMention, Quantity, Quote, Story, SyndicationPair,
)


@dataclass(slots=True)
class ArticleView:
    article: Article
    sentences: list[_text.Sentence]
    quantities: list[Quantity]
    dates: list[DateMention]
    quotes: list[Quote]
    entities: list[Entity]
    published: date | None  # the article's date: its metadata, else a date line at the top of the body
    date_source: str = ""  # where ``published`` came from


@dataclass(slots=True)
class StoryContext:
    story: Story
    views: dict[str, ArticleView]
    entity_names: dict[str, str] = field(default_factory=dict)  # local entity id -> canonical name
    source_group: dict[str, str] = field(default_factory=dict)  # article id -> independence group
    copy_notes: dict[str, list[str]] = field(default_factory=dict)  # article id -> "kind of X"
    copy_of: dict[str, list[str]] = field(default_factory=dict)  # article id -> the articles it copies or is copied by
    story_dates: tuple[date, date] | None = None  # earliest and latest known article date

    def group_of(self, article_id: str) -> str:
        return self.source_group.get(article_id, article_id)

    def outlet(self, article_id: str) -> str:
        """How a reader knows the article: its outlet, else its id."""
        return (self.views[article_id].article.outlet or "").strip() or article_id

    def copies(self, a: str, b: str) -> bool:
        """Is one of the two articles a copy (duplicate, syndicated, rewrite) of the other?"""
        return b in self.copy_of.get(a, ())

    def ref_dates(self, article_id: str) -> tuple[tuple[date, date] | None, str]:
        """The date an article speaks from, as an interval, and where it came from: its own date
        (metadata or date line), else the date of an article it copies or that copies it (give
        or take ``COPY_DATE_SLACK_DAYS``), else the story's dates give or take
        ``STORY_DATE_SLACK_DAYS``."""
        view = self.views[article_id]
        if view.published is not None:
            return (view.published, view.published), f"{article_id} dated {view.published.isoformat()} ({view.date_source})"
        partners = sorted(d for o in self.copy_of.get(article_id, ()) if (d := self.views[o].published) is not None)
        if partners:
            lo, hi = partners[0] - timedelta(days=COPY_DATE_SLACK_DAYS), partners[-1] + timedelta(days=COPY_DATE_SLACK_DAYS)
            return (lo, hi), (f"{article_id} undated; a copy of an article dated {partners[0].isoformat()}, "
                              f"±{COPY_DATE_SLACK_DAYS} day")
        if self.story_dates is not None:
            lo, hi = self.story_dates
            span = lo.isoformat() if lo == hi else f"{lo.isoformat()}..{hi.isoformat()}"
            # an undated article of the story may be a little older or newer than the dated ones
            lo, hi = lo - timedelta(days=STORY_DATE_SLACK_DAYS), hi + timedelta(days=STORY_DATE_SLACK_DAYS)
            return (lo, hi), f"{article_id} undated; story dated {span} (from the other articles) ±{STORY_DATE_SLACK_DAYS} days"
        return None, f"{article_id} undated and no dated article in the story"


# reports of one event are published within a week of each other (the window story clustering uses)
STORY_DATE_SLACK_DAYS = 7
COPY_DATE_SLACK_DAYS = 1  # a copy or rewrite runs the same day as its source, or the next


def build_context(
    story: Story,
    articles: list[Article],
    annotations: dict[str, Annotations],
    entities: list[Entity] | None = None,
    copies: list[SyndicationPair] | None = None,
) -> StoryContext:
    wanted = set(story.article_ids) if story.article_ids else {a.id for a in articles}
    # the story's own order (else by id), so results never depend on the order of ``articles``
    rank = {aid: n for n, aid in enumerate(story.article_ids)}
    views: dict[str, ArticleView] = {}
    for art in sorted(articles, key=lambda a: (rank.get(a.id, len(rank)), a.id)):
        if art.id not in wanted:
            continue
        ann = annotations.get(art.id)
        views[art.id] = ArticleView(
            article=art,
            sentences=_text.sentences(art, ann),
            quantities=_text.quantities(art, ann),
            dates=_text.dates(art, ann),
            quotes=_text.quotes(art, ann),
            entities=_text.entities(art, ann),
            published=_text.parse_date(art.published) or _text.date_line(art.body),
            date_source="metadata" if _text.parse_date(art.published) else "date line",
        )
    ctx = StoryContext(story=story, views=views)
    # canonical names: a global entity's name for every local mention it covers (in this
    # story: a corpus entity also lists its mentions in every other article)
    for ent in entities or []:
        for m in ent.mentions:
            if m.article in views:
                ctx.entity_names[f"{m.article}:{m.start}"] = ent.name
    # independence groups: same outlet, or linked as copies, share one group (union-find)
    sets = UnionFind(views)  # a group is named by its smallest article id
    union, find = sets.union, sets.find
    by_outlet: dict[str, str] = {}
    for aid, view in views.items():
        outlet = (view.article.outlet or "").strip().lower()
        if outlet:
            if outlet in by_outlet:
                union(aid, by_outlet[outlet])
            else:
                by_outlet[outlet] = aid
    for pair in copies or []:
        if pair.a in views and pair.b in views:
            union(pair.a, pair.b)
            ctx.copy_notes.setdefault(pair.a, []).append(f"{pair.kind} of {pair.b}")
            ctx.copy_notes.setdefault(pair.b, []).append(f"{pair.kind} of {pair.a}")
            ctx.copy_of.setdefault(pair.a, []).append(pair.b)
            ctx.copy_of.setdefault(pair.b, []).append(pair.a)
    ctx.source_group = {aid: find(aid) for aid in views}
    known = sorted(v.published for v in views.values() if v.published is not None)
    if known:
        ctx.story_dates = (known[0], known[-1])
    else:
        lo, hi = _text.parse_date(story.first_seen), _text.parse_date(story.last_seen)
        if lo or hi:
            ctx.story_dates = (lo or hi, hi or lo)  # type: ignore[assignment]
    return ctx



def mention(s: _text.Sentence, start: int | None = None, end: int | None = None, body: str = "") -> FactMention:
    """A fact mention: the whole sentence, or the span start:end inside it."""
    if start is None or end is None:
        return FactMention(s.article, s.start, s.end, s.text, s.text)
    return FactMention(s.article, start, end, body[start:end], s.text)


def independence(ctx: StoryContext, articles: list[str], verdict: str, detail: str) -> tuple[str, str]:
    """Copies are one source: downgrade to single-source when only copies report it — but a
    conflict stays a conflict (a copy that changed its source's figure contradicts it)."""
    groups = {ctx.group_of(a) for a in articles}
    notes = sorted({n for a in articles for n in ctx.copy_notes.get(a, []) if n.split(" of ")[-1] in articles})
    if len(groups) == 1 and len(articles) > 1 and verdict == "conflict":
        why = "; ".join(notes) if notes else "same outlet"
        return verdict, f"{detail}; the articles are not independent ({why}): one changed what the other says"
    if len(groups) == 1 and len(articles) > 1:
        why = "; ".join(notes) if notes else "same outlet"
        return "single-source", f"{detail}; but the articles are not independent ({why}), so this is one source (would be {verdict})"
    if notes:
        detail += f"; {len(groups)} independent sources (copies: {'; '.join(notes)})"
    return verdict, detail


# --------------------------------------------------------------------------- the sentence view

MIN_CONTENT_WORDS = 4  # shorter sentences ("It said so.") carry no alignable fact


@dataclass(slots=True)
class Sent:
    """One sentence as the fact matcher sees it: stemmed content words, amounts,
    capitalised names, whether it holds a quotation, and the counted units of its amounts."""

    sent: _text.Sentence
    words: list[str]
    quantities: list[Quantity]
    names: set[str]
    has_quote: bool
    units: frozenset[str] = frozenset()  # counted units of its amounts (durations excluded)


def counted_units(quantities: list[Quantity]) -> frozenset[str]:
    """The counted units of some amounts ("drones"), durations left out."""
    if not quantities:
        return frozenset()  # most sentences and clauses
    return frozenset(u for q in quantities if (u := _text.unit_key(q)) and u not in _text.DURATION_UNITS)


def prepare(ctx: StoryContext) -> list[Sent]:
    """Every sentence of the story with at least ``MIN_CONTENT_WORDS`` content words."""
    out = []
    for view in ctx.views.values():
        for s in view.sentences:
            ws = _text.content_words(s.text)
            if len(ws) < MIN_CONTENT_WORDS:
                continue
            qs = [q for q in view.quantities if s.start <= q.start < s.end]
            has_quote = any(s.start <= q.start < s.end for q in view.quotes)
            out.append(Sent(s, ws, qs, _text.names_in(s.text), has_quote, counted_units(qs)))
    return out
