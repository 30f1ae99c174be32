"""Compare: cross-source comparison within one story.

``compare_story`` is the per-story stage the pipeline calls: the articles of one story and
their annotations in, a :class:`~newsdesk.model.Comparison` out (facts, quote variants,
headline framing, stances, timeline). It is pure: no I/O, no global state.
Each part is also callable on its own. Annotation fields that are empty are filled by a
light regex fallback (:mod:`newsdesk.compare._text`) so the stage degrades, never fails.

Modules: ``facts`` (alignment and verdicts), ``_clauses`` and ``_align`` (the clauses
facts are aligned on, their terms, scores, anchors and star groups), ``single_source``
(claims only one independent source makes), ``_sents`` (the sentence view both share), ``quantities``
(interval reasoning), ``elapsed`` (how long an event has lasted), ``variants`` (quote
variants), ``framing``
(headlines), ``stances`` (positions: cues, cells per actor × issue × time slice), ``issues``
(what the positions are about, discovered from the story), ``actors`` (who holds a position:
subjects and speakers folded into their parties), ``_phrases`` (the word tokens and closed
word classes those three read), ``timeline``, ``headline_stance`` (headline vs claim:
for/against/observing), ``config`` (:class:`CompareConfig` and the generic cue and role
lists in ``data/*.json``). Note: the functions ``stances`` and
``timeline`` below shadow the submodules of the same name as package attributes; import
the modules with ``importlib.import_module("newsdesk.compare.stances")`` when needed.
"""
from __future__ import annotations

from newsdesk.compare import facts as _facts
from newsdesk.compare import framing as _framing
from newsdesk.compare import stances as _stances
from newsdesk.compare import timeline as _timeline
from newsdesk.compare import variants as _variants
from newsdesk.compare._context import StoryContext, build_context
from newsdesk.compare.headline_stance import headline_stance
from newsdesk.compare.config import CompareConfig
from newsdesk.model import (
    Annotations, Article, Comparison, Entity, Fact, Framing, QuoteVariant, Stance, Story,
    SyndicationPair, TimelineEvent,
)

__all__ = [
    "CompareConfig", "align_facts", "compare_story", "headline_framing", "headline_stance",
    "quote_variants", "stances", "timeline",
]


def _ctx(story: Story, articles: list[Article], annotations: dict[str, Annotations] | None,
         entities: list[Entity] | None, copies: list[SyndicationPair] | None) -> StoryContext:
    return build_context(story, articles, annotations or {}, entities, copies)


def align_facts(story: Story, articles: list[Article], annotations: dict[str, Annotations] | None = None,
                entities: list[Entity] | None = None, config: CompareConfig | None = None,
                copies: list[SyndicationPair] | None = None) -> list[Fact]:
    """Facts reported across the story's articles, each with a verdict and its reasoning."""
    return _facts.align(_ctx(story, articles, annotations, entities, copies), config or CompareConfig())


def quote_variants(story: Story, articles: list[Article], annotations: dict[str, Annotations] | None = None,
                   entities: list[Entity] | None = None, config: CompareConfig | None = None) -> list[QuoteVariant]:
    """The same utterance quoted in different words by different articles."""
    return _variants.find(_ctx(story, articles, annotations, entities, None))


def headline_framing(article: Article, annotations: Annotations | None = None,
                     config: CompareConfig | None = None) -> Framing | None:
    """Loaded words in the headline and whether the body supports it; None without a headline."""
    return _framing.frame(article, annotations, config or CompareConfig())


def stances(story: Story, articles: list[Article], annotations: dict[str, Annotations] | None = None,
             entities: list[Entity] | None = None, config: CompareConfig | None = None,
             copies: list[SyndicationPair] | None = None) -> list[Stance]:
    """Which party takes which position on which issue of the story, when, with evidence.

    Issues are discovered from the story itself (:mod:`newsdesk.compare.issues`), parties
    are the subjects or speakers of the cues (:mod:`newsdesk.compare.actors`). ``copies``
    (syndication pairs) count once and lend an undated copy its original's date."""
    return _stances.find(_ctx(story, articles, annotations, entities, copies), config or CompareConfig())


def timeline(story: Story, articles: list[Article], annotations: dict[str, Annotations] | None = None,
             entities: list[Entity] | None = None, config: CompareConfig | None = None) -> list[TimelineEvent]:
    """Dated events of the story, merged across the articles that report them."""
    return _timeline.build(_ctx(story, articles, annotations, entities, None))


FACTS_MIN_ARTICLES = 2  # a one-article story has nothing to compare against: every claim would be "single-source"


def compare_story(story: Story, articles: list[Article], annotations: dict[str, Annotations] | None = None,
                  entities: list[Entity] | None = None, config: CompareConfig | None = None,
                  copies: list[SyndicationPair] | None = None) -> Comparison:
    """Per-story stage: facts, quote_variants, framing, stances, timeline for one story. Pure.

    ``copies`` are syndication pairs (from the link stage); copies of one another count as
    one source when facts are confirmed.
    """
    cfg = config or CompareConfig()
    ctx = _ctx(story, articles, annotations, entities, copies)
    framing = []
    for aid, view in ctx.views.items():
        fr = _framing.frame(view.article, (annotations or {}).get(aid), cfg)
        if fr is not None:
            framing.append(fr)
    return Comparison(
        story=story.id,
        facts=_facts.align(ctx, cfg) if len(ctx.views) >= FACTS_MIN_ARTICLES else [],
        quote_variants=_variants.find(ctx),
        framing=framing,
        stances=_stances.find(ctx, cfg),
        timeline=_timeline.build(ctx),
    )
