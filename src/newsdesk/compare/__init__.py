"""Compare: cross-source comparison within one story.

``compare_story`` is the per-story stage the pipeline calls: the articles of one story and
their annotations in, a :class:`~newsdesk.model.Comparison` out. It is pure: no I/O, no
global state. The folder reads as the steps it performs, each a pure function over the
story (:class:`~newsdesk.compare.story.StoryContext`) with a docstring saying what it reads
and adds:

* ``story`` — the story as every step reads it: articles, sentences, amounts, dates, quotes,
  entities, reference dates, copies; ``text`` — the text helpers all steps share (words,
  terms, clauses, claims) and the regex fallback for missing annotations;
* ``facts`` — fact alignment: which clauses of different articles report one fact;
* ``verdicts`` — what reports of one fact say together: amounts as intervals, when events
  began (weekdays, dates, elapsed times), the sides of a conflict;
* ``single_source`` — claims only one independent source makes;
* ``variants`` — one utterance quoted in different words;
* ``framing`` — loaded headline words and whether the body backs the headline;
  ``headline_stance`` — does a headline assert, refute or merely report a claim;
* ``issues`` — what parties take positions on, discovered from the story (objects of
  demand/oppose/propose cues, variants merged); ``actors`` — who holds a position (subjects
  and speakers folded into the party they speak for); ``stances`` — positions as cells per
  actor × issue × time slice, with evidence; ``_phrases`` — the tokens and closed word
  classes those three read;
* ``timeline`` — the story's dated events;
* ``config`` — :class:`CompareConfig` and the generic cue and role lists in ``data/*.json``.

Annotation fields that are empty are filled by the light regex fallback of ``text`` so the
stage degrades, never fails. Note: the functions ``stances`` and ``timeline`` below shadow
the submodules of the same name as package attributes; import the modules with
``importlib.import_module("newsdesk.compare.stances")`` when needed.
"""
from __future__ import annotations

from newsdesk.compare import facts as _facts
from newsdesk.compare import framing as _framing
from newsdesk.compare import stances as _stances
from newsdesk.compare import timeline as _timeline
from newsdesk.compare import variants as _variants
from newsdesk.compare.story import StoryContext, build_context
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
    voices = {aid: _framing.own_voice(view.article.body) for aid, view in ctx.views.items()}  # once per article
    for aid, view in ctx.views.items():
        others = [v for other, v in voices.items() if other != aid and not ctx.copies(aid, other)]
        fr = _framing.frame(view.article, (annotations or {}).get(aid), cfg, others)
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
