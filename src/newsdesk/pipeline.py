"""The analysis pipeline: which stages run, in what order, over what.

Stages declare what they read and write (spaCy's ``requires``/``assigns``) and the pipeline
is validated before it runs. Per-article stages are mapped over articles by the engine;
corpus stages see everything; per-story stages are mapped over stories. Re-running is
incremental: articles whose annotations are current are not re-extracted, and stories whose
membership and content did not change keep their comparison results.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from . import __version__
from .engine import Engine, EngineConfig, open_engine
from .errors import PipelineError
from .model import Annotations, Article, Comparison, Entity, IngestError, Story, SyndicationPair
from .store import Store

EXTRACT_VERSION = f"extract-{__version__}-1"  # bump to force re-extraction after extractor changes
COMPARE_VERSION = f"compare-{__version__}-1"
# bump with the copy scorer (or extractor) so that stored copy verdicts are not reused
COPIES_STATE_VERSION = f"copies-{EXTRACT_VERSION}-1"
STORY_KINDS = ("facts", "quote_variants", "framing", "stances", "timeline")


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    per: str  # article | corpus | story
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


STAGES = (
    Stage("extract", "article", ("articles",), ("annotations",)),
    Stage("entities", "corpus", ("annotations",), ("entities",)),
    Stage("copies", "corpus", ("articles",), ("syndication",)),
    Stage("stories", "corpus", ("articles", "syndication"), ("stories",)),
    Stage("compare", "story", ("stories", "annotations", "entities"), STORY_KINDS),
)


def validate(stages: tuple[Stage, ...] = STAGES) -> None:
    """Fail fast when a stage needs something no earlier stage provides."""
    available = {"articles"}
    for stage in stages:
        for need in stage.requires:
            if need not in available:
                raise PipelineError("E301", stage=stage.name, needs=need)
        available.update(stage.assigns)


@dataclass(slots=True)
class AnalyzeReport:
    extracted: int = 0
    reused: int = 0
    entities: int = 0
    copies: int = 0
    stories: int = 0
    stories_compared: int = 0
    stories_reused: int = 0
    errors: list[IngestError] = field(default_factory=list)


# -- picklable stage wrappers (the engine may run them in other processes) -----------------


def extract_one(article: Article) -> Annotations | IngestError:
    """Run the extract stage on one article; a failure becomes a recorded error, not a crash."""
    from .extract import extract_article

    try:
        return extract_article(article)
    except Exception as exc:  # a stage bug on one article must not stop the batch; it is recorded
        return IngestError(source=article.source, stage="extract", message=f"{type(exc).__name__}: {exc}",
                           code="E305")


def compare_one(job: tuple[Story, list[Article], dict[str, Annotations], list[Entity], list[SyndicationPair]]
                ) -> Comparison | IngestError:
    from .compare import compare_story

    story, articles, annotations, entities, copies = job
    try:
        return compare_story(story, articles, annotations, entities, copies=copies)
    except Exception as exc:  # recorded per story; the other stories still get compared
        return IngestError(source=f"story:{story.id}", stage="compare", message=f"{type(exc).__name__}: {exc}",
                           code="E306")


def story_fingerprint(story: Story, articles: dict[str, Article]) -> str:
    h = hashlib.sha256(COMPARE_VERSION.encode())
    for aid in sorted(story.article_ids):
        h.update(aid.encode())
        h.update(articles[aid].content_hash.encode())
    return h.hexdigest()


def analyze(store: Store, engine: EngineConfig | None = None,
            progress: Callable[[str, int, int], None] | None = None) -> AnalyzeReport:
    """Run every stage over the store's articles; results are written back to the store."""
    with open_engine(engine) as runner:  # one pool / Dask cluster for both mapped stages
        return _analyze(store, runner, progress)


def _analyze(store: Store, runner: Engine, progress: Callable[[str, int, int], None] | None) -> AnalyzeReport:
    validate()
    report = AnalyzeReport()
    articles = store.articles()
    if not articles:
        raise PipelineError("E304")
    by_id = {a.id: a for a in articles}
    store.clear_errors("extract")
    store.clear_errors("compare")

    # 1. per-article extraction, only where missing or stale
    state = store.annotation_state()
    todo = [a for a in articles if state.get(a.id) != (EXTRACT_VERSION, a.content_hash)]
    report.reused = len(articles) - len(todo)
    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress("extract", done, len(todo))

    results = runner.map(extract_one, todo, progress=tick)
    good = [(r, by_id[r.article].content_hash) for r in results if isinstance(r, Annotations)]
    report.errors += [r for r in results if isinstance(r, IngestError)]
    store.save_annotations(good, EXTRACT_VERSION)
    report.extracted = len(good)
    annotations = store.annotations()

    # 2. corpus-level entity merge
    from .extract import merge_entities

    entities, local_to_global = merge_entities([annotations[a] for a in sorted(annotations)])
    report.entities = len(entities)
    store.replace_results("entities", [(e.id, None, e.as_dict()) for e in entities])
    store.replace_results("entity_map", [("map", None, local_to_global)])

    # 3. copies and 4. stories (incremental: existing stories keep their ids)
    from .link import cluster_stories, find_copies

    # pairs of two articles seen with the same content (and annotations) last time are not
    # rescored: find_copies takes their verdict from the stored pairs
    seen = {a.id: _copies_fingerprint(a, a.id in annotations) for a in articles}
    state = store.results("copies_state")
    old_seen = state[0].get("hashes", {}) if state and state[0].get("version") == COPIES_STATE_VERSION else {}
    known = {aid for aid, h in seen.items() if old_seen.get(aid) == h}
    previous = [SyndicationPair.from_dict(d) for d in store.results("syndication")] if known else None
    copies = find_copies(articles, annotations, known=known, previous=previous)
    report.copies = len(copies)
    store.replace_results("syndication", [(f"{p.a}|{p.b}", None, p.as_dict()) for p in copies])
    # written after the pairs: a crash in between leaves an older (smaller) known set, never a wrong one
    store.replace_results("copies_state", [("ids", None, {
        "version": COPIES_STATE_VERSION, "ids": sorted(seen), "hashes": seen})])
    existing = [Story.from_dict(d) for d in store.results("stories")]
    stories = cluster_stories(articles, annotations, copies, existing=existing or None)
    report.stories = len(stories)
    store.replace_results("stories", [(s.id, s.id, s.as_dict()) for s in stories])

    # 5. per-story comparison, skipping stories whose articles did not change
    old = store.story_fingerprints()
    fingerprints = {s.id: story_fingerprint(s, by_id) for s in stories}
    changed = [s for s in stories if old.get(s.id) != fingerprints[s.id]]
    report.stories_reused = len(stories) - len(changed)
    gone = set(old) - set(fingerprints)
    store.delete_story_results(STORY_KINDS, [s.id for s in changed] + sorted(gone))
    # indexes by article, so building a story's job costs its size, not the corpus size
    entities_of: dict[str, set[int]] = {}
    for i, e in enumerate(entities):
        for m in e.mentions:
            entities_of.setdefault(m.article, set()).add(i)
    copies_of: dict[str, list[int]] = {}
    for i, p in enumerate(copies):
        copies_of.setdefault(p.a, []).append(i)
    jobs = []
    for s in changed:
        members = set(s.article_ids)
        story_entities = sorted(set().union(*(entities_of.get(a, set()) for a in members)))
        story_copies = sorted(i for a in members for i in copies_of.get(a, ()) if copies[i].b in members)
        jobs.append((
            s,
            [by_id[a] for a in s.article_ids],
            {a: annotations[a] for a in s.article_ids if a in annotations},
            # only the story's own mentions travel to the worker (whole-corpus mention lists
            # made each job hundreds of MB to pickle; results are identical)
            [replace(entities[i], mentions=[m for m in entities[i].mentions if m.article in members])
             for i in story_entities],
            [copies[i] for i in story_copies],
        ))
    compared = runner.map(compare_one, jobs)
    for story, comparison in zip(changed, compared):
        if isinstance(comparison, IngestError):
            report.errors.append(comparison)
            fingerprints.pop(story.id)  # retry next run
            continue
        for kind in STORY_KINDS:
            records = getattr(comparison, kind)
            store.replace_results(kind, [(_key(kind, story.id, i, r), story.id, r.as_dict())
                                         for i, r in enumerate(records)], story=story.id)
    report.stories_compared = len(changed)
    store.set_story_fingerprints(fingerprints)
    store.add_errors(report.errors)
    return report


def _copies_fingerprint(article: Article, annotated: bool) -> str:
    """What a copy verdict depends on: the article's content, its text and whether the
    extractor's annotations (rather than the regex fallback) fed its features."""
    h = hashlib.sha256(article.content_hash.encode())
    h.update(article.body.encode("utf-8", "surrogatepass"))
    h.update(b"+ann" if annotated else b"-ann")
    return h.hexdigest()


def _key(kind: str, story: str, index: int, record: object) -> str:
    """Primary key of a per-story record: unique across stories even if a stage reuses ids."""
    for attr in ("id", "article"):
        value = getattr(record, attr, None)
        if value:
            return f"{story}:{value}"
    return f"{story}:{kind}:{index}"
