"""The per-story view every compare stage reads: articles with their sentences, quantities,
dates, quotes and entities (from the annotations, or the regex fallback), a reference date
per article, and which articles are not independent of each other (same outlet or copies).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from newsdesk.compare import _text
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
    published: date | None


@dataclass(slots=True)
class StoryContext:
    story: Story
    views: dict[str, ArticleView]
    entity_names: dict[str, str] = field(default_factory=dict)  # local entity id -> canonical name
    source_group: dict[str, str] = field(default_factory=dict)  # article id -> independence group
    copy_notes: dict[str, list[str]] = field(default_factory=dict)  # article id -> "kind of X"
    story_dates: tuple[date, date] | None = None  # earliest and latest known article date

    def group_of(self, article_id: str) -> str:
        return self.source_group.get(article_id, article_id)

    def ref_dates(self, article_id: str) -> tuple[tuple[date, date] | None, str]:
        """The date an article speaks from, as an interval, and where it came from."""
        view = self.views[article_id]
        if view.published is not None:
            return (view.published, view.published), f"article {article_id} published {view.published.isoformat()}"
        if self.story_dates is not None:
            lo, hi = self.story_dates
            span = lo.isoformat() if lo == hi else f"{lo.isoformat()}..{hi.isoformat()}"
            # an undated article of the story may be a little older or newer than the dated ones
            lo, hi = lo - timedelta(days=STORY_DATE_SLACK_DAYS), hi + timedelta(days=STORY_DATE_SLACK_DAYS)
            return (lo, hi), f"article {article_id} undated; story date {span} (from the other articles) ±{STORY_DATE_SLACK_DAYS} days"
        return None, f"article {article_id} undated and no dated article in the story"


STORY_DATE_SLACK_DAYS = 30  # how far an undated article may lie from its story's known dates


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
            published=_text.parse_date(art.published),
        )
    ctx = StoryContext(story=story, views=views)
    # canonical names: a global entity's name for every local mention it covers (in this
    # story: a corpus entity also lists its mentions in every other article)
    for ent in entities or []:
        for m in ent.mentions:
            if m.article in views:
                ctx.entity_names[f"{m.article}:{m.start}"] = ent.name
    # independence groups: same outlet, or linked as copies, share one group (union-find)
    parent = {aid: aid for aid in views}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

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
    """Copies are one source: downgrade to single-source when only copies report it."""
    groups = {ctx.group_of(a) for a in articles}
    notes = sorted({n for a in articles for n in ctx.copy_notes.get(a, []) if n.split(" of ")[-1] in articles})
    if len(groups) == 1 and len(articles) > 1:
        why = "; ".join(notes) if notes else "same outlet"
        return "single-source", f"{detail}; but the articles are not independent ({why}), so this is one source (would be {verdict})"
    if notes:
        detail += f"; {len(groups)} independent sources (copies: {'; '.join(notes)})"
    return verdict, detail
