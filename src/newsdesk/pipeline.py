"""The analysis pipeline: which stages run, in what order, over what.

Stages declare what they read and write (spaCy's ``requires``/``assigns``) and the pipeline
is validated before it runs. Per-article stages are mapped over articles by the engine;
corpus stages see everything; per-story stages are mapped over stories. Re-running is
incremental: articles whose annotations are current are not re-extracted, and stories whose
membership and content did not change keep their comparison results.

Memory is bounded: articles are read from the store in batches and no stage holds every
article's text or annotations; corpus stages keep a small summary per article (see
:func:`_analyze`). On a large corpus each corpus stage runs in a process of its own while
the pool's workers are let go (:func:`_corpus_stage`): the millions of small objects such a
stage makes and frees would otherwise stay in this process's heap through the comparison.
"""
from __future__ import annotations

import functools
import gc
import hashlib
import os
import time
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

import numpy as np

from . import __version__
from .engine import Engine, EngineConfig, isolated, open_engine, trim_memory
from .errors import PipelineError
from .model import Annotations, Article, Comparison, Entity, IngestError, Mention, Story, SyndicationPair
from .store import Store
from .link.summary import Strings

if TYPE_CHECKING:
    from .link.summary import ArticleSummary

T = TypeVar("T")

EXTRACT_VERSION = f"extract-{__version__}-1"  # bump to force re-extraction after extractor changes
COMPARE_VERSION = f"compare-{__version__}-1"
PARTIAL = "+partial"  # version suffix of annotations from an extraction where a step failed
# bump with the copy scorer (or extractor) so that stored copy verdicts are not reused
COPIES_STATE_VERSION = f"copies-{EXTRACT_VERSION}-1"
STORY_KINDS = ("facts", "quote_variants", "framing", "stances", "timeline")
# from this many articles each corpus stage runs in a process of its own (~1 s to start), with
# the pool's idle workers (~300 MiB each) let go: at 100k the stages churn through ~1.5 GB
CORPUS_APART_FROM = 2_000
WORKER_PRELOAD = ("newsdesk.pipeline", "newsdesk.extract.warm")  # see Engine.preload
EXTRACT_BATCH = 256  # articles read, extracted and saved together: several pool tasks per worker, few annotations held
READ_BATCH = 500  # articles (or annotations) read per query when summarising: one round trip each, a few MB
STAGE_ROWS = 500  # copy pairs buffered before they are written aside (~1.5 KB of JSON each)
# articles per comparison batch (whole stories; a larger story alone): what is in flight at once
# (articles, annotations, results) — 16 stories of the 20-article average at 100k
COMPARE_BATCH_ARTICLES = 320


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
    # wall seconds per stage: extract, entities, link-summaries, copies, stories, compare
    seconds: dict[str, float] = field(default_factory=dict)

    def timed(self, stage: str, start: float) -> None:
        """Add the time since ``start`` (a ``time.perf_counter()``) to ``stage``."""
        self.seconds[stage] = round(self.seconds.get(stage, 0.0) + time.perf_counter() - start, 3)


# -- picklable stage wrappers (the engine may run them in other processes) -----------------


def extract_one(article: Article) -> Annotations | IngestError:
    """Run the extract stage on one article; a failure becomes a recorded error, not a crash."""
    from .extract import extract_article

    try:
        return extract_article(article)
    except Exception as exc:  # a stage bug on one article must not stop the batch; it is recorded
        return IngestError(source=article.source, stage="extract", message=f"{type(exc).__name__}: {exc}",
                           code="E305")


def extract_summarised(article: Article) -> tuple[Annotations | IngestError, "ArticleSummary | None", str | None]:
    """:func:`extract_one`, and for a good result also the link stage's summary of the article
    and its copies fingerprint (both pure functions of the article and its annotations), so
    that this per-article work is done on the workers instead of serially in the corpus stage.
    A summary that fails is left to the link stage, which makes it again (and reports as it does)."""
    result = extract_one(article)
    if not isinstance(result, Annotations):
        return result, None, None
    from .link.summary import summarise

    try:
        summary = summarise(article, result)
    except Exception:  # the link stage summarises this article again from the store
        return result, None, None
    return result, summary, _copies_fingerprint(article, True)


def compare_one(job: tuple[Story, list[Article], dict[str, Annotations], list[Entity], list[SyndicationPair]]
                ) -> Comparison | IngestError:
    from .compare import compare_story

    story, articles, annotations, entities, copies = job
    try:
        return compare_story(story, articles, annotations, entities, copies=copies)
    except Exception as exc:  # recorded per story; the other stories still get compared
        return IngestError(source=f"story:{story.id}", stage="compare", message=f"{type(exc).__name__}: {exc}",
                           code="E306")


def compare_rows(job: tuple[Story, list[Article], dict[str, Annotations], list[Entity], list[SyndicationPair]]
                 ) -> dict[str, list[tuple[str, str]]] | IngestError:
    """:func:`compare_one` with each record already as the row the store keeps (key, JSON text).

    Serialised in the worker: the rows of a large story are a fraction of the size of its
    records as objects, so less travels back and the main process never holds the objects."""
    from .store.base import dumps

    comparison = compare_one(job)
    if isinstance(comparison, IngestError):
        return comparison
    story = job[0]
    return {kind: [(_key(kind, story.id, i, r), dumps(r.as_dict())) for i, r in enumerate(getattr(comparison, kind))]
            for kind in STORY_KINDS}


def story_fingerprint(story: Story, content_hashes: Mapping[str, str]) -> str:
    """What a story's comparison depends on: its members and their content (``content_hashes``:
    article id -> content hash)."""
    h = hashlib.sha256(COMPARE_VERSION.encode())
    for aid in sorted(story.article_ids):
        h.update(aid.encode())
        h.update(content_hashes[aid].encode())
    return h.hexdigest()


def analysis_pending(store: Store) -> bool:
    """Whether :func:`analyze` has work left: an article in no story, or a story not compared
    since its articles changed (a run stopped midway)."""
    content = dict(store.article_hashes())
    stories = [Story.from_dict(d) for d in store.results("stories")]
    placed = {a for s in stories for a in s.article_ids}
    if any(a not in placed for a in content):
        return True
    compared = store.story_fingerprints()
    return any(compared.get(s.id) != story_fingerprint(s, content) for s in stories)


def analyze(store: Store, engine: EngineConfig | None = None,
            progress: Callable[[str, int, int], None] | None = None) -> AnalyzeReport:
    """Run every stage over the store's articles; results are written back to the store."""
    with open_engine(engine) as runner:  # one pool / Dask cluster for both mapped stages
        return _analyze(store, runner, progress)


def _analyze(store: Store, runner: Engine, progress: Callable[[str, int, int], None] | None) -> AnalyzeReport:
    """The stages in bounded memory: no stage holds every article's text or annotations.

    Articles are read from the store in batches; what the corpus stages need of each is kept
    as a small summary (content hash, entities' mentions in flat arrays, link features), and
    each story's articles are read again when its comparison job is built.
    """
    validate()
    report = AnalyzeReport()
    content = dict(store.article_hashes())  # article id -> content hash, in the store's id order
    if not content:
        raise PipelineError("E304")
    store.clear_errors("extract")
    store.clear_errors("compare")

    apart = _corpus_apart(store, runner, len(content))
    if not apart:
        # a small corpus's run is short, so the workers' start-up (importing the stages, building
        # spaCy's pipeline) is a large share of it: done once, in the pool's server process
        runner.preload(*WORKER_PRELOAD)
    # a small corpus's link summaries are made by the extraction workers and kept here until
    # the link stage (a large one's corpus stages run in processes of their own: made there)
    ready: dict[str, tuple["ArticleSummary", str]] | None = None if apart else {}
    start = time.perf_counter()
    _extract(store, runner, content, report, progress, ready)  # 1. per article, only where missing or stale
    report.timed("extract", start)
    if apart:
        runner.release()  # no idle workers beside the corpus stages; the comparison starts fresh ones
        trim_memory()  # what extraction's batches left, given back while those stages run
    if not apart and runner.warm and _reopenable(store):
        # 2. the entity merge on an idle pool worker while 3. copies and 4. stories run here:
        # the two read different things and write different records
        merging = runner.submit(_corpus_stage_at, "entities", _store_url(store))
        copies, stories = _corpus_stage("link", store, report, apart, content, ready)
        story_entities = _child_result(merging.result(), report)
    else:
        story_entities = _corpus_stage("entities", store, report, apart)  # 2. corpus-level entity merge
        copies, stories = _corpus_stage("link", store, report, apart, content, *([] if apart else [ready]))  # 3. copies and 4. stories
    del ready
    start = time.perf_counter()
    _compare(store, runner, content, stories, copies, story_entities, report)  # 5. per story
    report.timed("compare", start)
    store.add_errors(report.errors)
    return report


def _corpus_apart(store: Store, runner: Engine, articles: int) -> bool:
    """Whether the corpus stages run in processes of their own: for a large corpus, unless the
    engine is ``serial`` (everything in this process, for debugging) or the store cannot be
    opened again by another process (an in-memory SQLite database)."""
    return articles >= CORPUS_APART_FROM and runner.config.kind != "serial" and _reopenable(store)


def _reopenable(store: Store) -> bool:
    """Whether another process can open this store (not an in-memory SQLite database)."""
    return store.url not in ("", ":memory:")


def _store_url(store: Store) -> str:
    """The store's URL as another process opens it (a file path made absolute: its cwd may differ)."""
    return store.url if "://" in store.url else os.path.abspath(store.url)


def _corpus_stage(stage: str, store: Store, report: AnalyzeReport, apart: bool, *args: object) -> object:
    """Run a corpus stage (``entities`` or ``link``) here, or in a process of its own when
    ``apart``: what it builds and frees on the way (millions of small objects at 100k
    articles) then leaves this process's memory as it was; only its result comes back."""
    if not apart:
        return _CORPUS_STAGES[stage](store, report, *args)
    return _child_result(isolated(_corpus_stage_at, stage, _store_url(store), *args), report)


def _child_result(done: tuple[object, AnalyzeReport], report: AnalyzeReport) -> object:
    """The result of a corpus stage run in another process, its counts and times added to ``report``."""
    result, child = done
    report.entities += child.entities
    report.copies += child.copies
    report.stories += child.stories
    report.seconds.update(child.seconds)
    return result


def _corpus_stage_at(stage: str, url: str, *args: object) -> tuple[object, AnalyzeReport]:
    """:func:`_corpus_stage` in the other process: opens the store by its URL."""
    from .store import open_store

    store = open_store(url, migrate=False)
    try:
        report = AnalyzeReport()
        return _CORPUS_STAGES[stage](store, report, *args), report
    finally:
        store.close()


def _extract(store: Store, runner: Engine, content: dict[str, str], report: AnalyzeReport,
             progress: Callable[[str, int, int], None] | None,
             ready: dict[str, tuple["ArticleSummary", str]] | None = None) -> None:
    """Extract the articles whose annotations are missing or stale, a batch at a time: read,
    map, save, drop (a kill loses at most the batches in flight). With ``ready``, the workers
    also summarise each article for the link stage (:func:`extract_summarised`); the summaries
    of the articles whose annotations were saved are put there by id."""
    state = store.annotation_state()
    todo = [aid for aid, h in content.items() if state.get(aid) != (EXTRACT_VERSION, h)]
    del state
    report.reused = len(content) - len(todo)
    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress("extract", done, len(todo))

    if ready is not None and runner.start_early(len(todo)):
        _warm_link()  # here, while the pool's server imports the workers' stages on the other core
    func = extract_one if ready is None else extract_summarised
    for results in runner.stream(func, store.iter_articles(todo, EXTRACT_BATCH), len(todo), tick):
        if ready is not None:
            for annotations, summary, fingerprint in results:
                if summary is not None:
                    ready[annotations.article] = (summary, fingerprint)
            results = [r[0] for r in results]
        good = [(r, content[r.article]) for r in results if isinstance(r, Annotations)]
        report.errors += [r for r in results if isinstance(r, IngestError)]
        report.errors += [e for r, _ in good for e in r.errors]  # a step that failed on one article
        partial = [g for g in good if g[0].errors]
        store.save_annotations([g for g in good if not g[0].errors] if partial else good, EXTRACT_VERSION)
        if partial:  # kept (the other steps' results stand) but marked stale: extracted again next run
            store.save_annotations(partial, f"{EXTRACT_VERSION}{PARTIAL}")
        report.extracted += len(good)


def _warm_link() -> None:
    """Load what this process's link stage needs (its modules, the general word frequencies):
    the same work the stage would do first, done while this process would otherwise wait."""
    from .link import cluster, labels  # noqa: F401
    from .link.background import load_frequencies

    load_frequencies()
    # the modules and tables loaded so far live as long as the process: kept out of the
    # collector's full passes (see newsdesk.extract.warm)
    gc.freeze()


def _no_cyclic_gc(stage: Callable[..., T]) -> Callable[..., T]:
    """Run a corpus stage with Python's cyclic garbage collector paused (reference counting
    still frees everything else). These stages build hundreds of thousands of long-lived small
    objects (summaries, packed entities), so the collector's full passes kept walking them:
    11 % of the stages' CPU at 2k synthetic articles. They make almost no reference cycles
    (2,357 objects left in cycles at 2k, ~300 KB), which the next collection after the stage frees."""

    @functools.wraps(stage)
    def paused(*args: object, **kwargs: object) -> T:
        was = gc.isenabled()
        gc.disable()
        try:
            return stage(*args, **kwargs)
        finally:
            if was:
                gc.enable()

    return paused


@_no_cyclic_gc
def _merge_entities(store: Store, report: AnalyzeReport) -> "_StoryEntities":
    """Merge every article's local entities into corpus entities and store them; returns them
    with their mentions packed, for building each story's job."""
    from .extract.merge import group_entity, merge_groups

    start = time.perf_counter()
    table = _Shared()
    local = _local_entities(store, table)
    merged, local_to_global = merge_groups(local)
    report.entities = len(merged)
    story_entities = _StoryEntities()

    def rows(merged: list) -> Iterator[tuple[str, None, dict]]:
        """Each entity built, stored and packed in turn: the corpus's mentions are never all
        objects at once (at 100k articles they would be millions)."""
        for gid, group, name in merged:
            entity = group_entity(gid, group, name)
            yield gid, None, entity.as_dict()
            story_entities.add(entity)

    store.replace_results("entities", rows(merged))
    del merged, local, table
    store.replace_results("entity_map", [("map", None, local_to_global)])
    del local_to_global
    story_entities.finish()
    report.timed("entities", start)
    return story_entities


def _local_entities(store: Store, table: "_Shared") -> list[Annotations]:
    """Every stored article's local entities alone (in id order), their mentions packed."""
    local: list[Annotations] = []
    ids = sorted(store.annotation_ids())
    for lo in range(0, len(ids), READ_BATCH):  # the stored dicts: only the entities are read (and packed)
        batch = store.annotation_records(ids[lo : lo + READ_BATCH])
        for aid in sorted(batch):
            record = batch[aid]
            entities = record.get("entities")
            if entities:
                local.append(Annotations(article=record["article"], entities=_pack_entity_records(entities, table)))
    return local


@_no_cyclic_gc
def _link(store: Store, report: AnalyzeReport, content: dict[str, str],
          ready: Mapping[str, tuple["ArticleSummary", str]] | None = None
          ) -> tuple[tuple[np.ndarray, list[str]], list[Story]]:
    """Copy detection and story clustering over summaries read in batches (or made already by
    the extraction workers: ``ready``, summary and copies fingerprint by article id). Returns
    the copy pairs (sorted codes ``i * n + j`` over the sorted ids, and those ids) and the stories."""
    from .link import LinkSummaries, cluster_summaries, detect_copies
    from .link.labels import LEAD_CHARS, Head, label_stories

    ids = sorted(content)
    n = len(ids)
    index = {aid: k for k, aid in enumerate(ids)}
    start = time.perf_counter()
    summaries = LinkSummaries()
    fingerprint: dict[str, str] = {}
    ready = ready or {}
    for batch_ids in _batches(ids, READ_BATCH):
        missing = [aid for aid in batch_ids if aid not in ready]
        annotations = store.annotations(missing) if missing else {}
        read = {a.id: a for a in store.articles(missing)} if missing else {}
        for aid in batch_ids:  # in id order: the summaries' index order
            made = ready.get(aid)
            if made is not None:
                summaries.add_summary(made[0])
                fingerprint[aid] = made[1]
                continue
            a = read.get(aid)
            if a is None:
                continue
            summaries.add(a, annotations.get(a.id))
            fingerprint[a.id] = _copies_fingerprint(a, a.id in annotations)
    summaries.finish()
    report.timed("link-summaries", start)
    start = time.perf_counter()
    seen = {aid: fingerprint[aid] for aid in content}
    del fingerprint

    # pairs of two articles seen with the same content (and annotations) last time are not
    # rescored: their verdict is the stored pair (kept in the store as it is)
    state = store.results("copies_state")
    old_seen = state[0].get("hashes", {}) if state and state[0].get("version") == COPIES_STATE_VERSION else {}
    known = np.zeros(n, dtype=bool)
    for aid, h in seen.items():
        known[index[aid]] = old_seen.get(aid) == h
    del state, old_seen
    previous: set[int] = set()
    if known.any():
        for page in store.iter_results("syndication"):
            for d in page:
                a, b = index.get(d.get("a")), index.get(d.get("b"))
                if a is not None and b is not None and known[a] and known[b]:
                    previous.add(a * n + b)

    store.discard_staged("syndication")  # left by a run killed while detecting copies
    staged: list[tuple[str, None, dict]] = []

    def emit(code: int, pair: SyndicationPair) -> None:
        # as_dict() without its deep copy: the evidence is JSON values already, written at once
        record = {"a": pair.a, "b": pair.b, "kind": pair.kind, "similarity": pair.similarity, "evidence": pair.evidence}
        staged.append((f"{pair.a}|{pair.b}", None, record))
        if len(staged) >= STAGE_ROWS:
            store.stage_results("syndication", staged)
            staged.clear()

    def load(ks: list[int]) -> list[Article]:
        wanted = [ids[k] for k in ks]
        found = {a.id: a for a in store.articles(wanted)}
        return [found[aid] for aid in wanted]

    codes, reused = detect_copies(summaries, load, known, previous, emit)
    summaries.drop_copy_features()
    trim_memory()  # over half the summaries, freed: given back before clustering builds its matrix
    store.stage_results("syndication", staged)
    staged.clear()
    del previous
    report.copies = len(codes)
    store.publish_staged("syndication", ((f"{ids[c // n]}|{ids[c % n]}", not r)
                                         for c, r in zip(codes.tolist(), reused.tolist())))
    # written after the pairs: a crash in between leaves an older (smaller) known set, never a wrong one
    store.replace_results("copies_state", [("ids", None, {
        "version": COPIES_STATE_VERSION, "ids": sorted(seen), "hashes": seen})])
    del seen
    report.timed("copies", start)

    start = time.perf_counter()
    existing = [Story.from_dict(d) for d in store.results("stories")]
    pairs = [(ids[c // n], ids[c % n]) for c in codes.tolist()]
    stories = cluster_summaries(summaries, pairs, existing=existing or None)
    del summaries, pairs
    label_stories(stories, existing,  # headline-like labels, kept while a story's members stay the same
                  lambda wanted: [Head(*row) for row in store.article_heads(wanted, LEAD_CHARS)])
    report.stories = len(stories)
    store.replace_results("stories", [(s.id, s.id, s.as_dict()) for s in stories])
    report.timed("stories", start)
    return (codes, ids), stories


_CORPUS_STAGES: dict[str, Callable[..., object]] = {"entities": _merge_entities, "link": _link}


def _compare(store: Store, runner: Engine, content: dict[str, str], stories: list[Story],
             copies: tuple[np.ndarray, list[str]], story_entities: "_StoryEntities",
             report: AnalyzeReport) -> None:
    """Compare the stories whose articles changed; each batch of jobs is built from the store
    when the runner needs it, so only the stories in flight are in memory."""
    old = store.story_fingerprints()
    fingerprints = {s.id: story_fingerprint(s, content) for s in stories}
    changed = [s for s in stories if old.get(s.id) != fingerprints[s.id]]
    report.stories_reused = len(stories) - len(changed)
    gone = set(old) - set(fingerprints)
    store.delete_story_results(STORY_KINDS, [s.id for s in changed] + sorted(gone))
    codes, ids = copies
    n = len(ids)
    index = {aid: k for k, aid in enumerate(ids)}

    def story_copy_keys(story: Story) -> list[str]:
        """Keys of the copy pairs inside the story, in (a, b) order (codes are sorted by a, then b)."""
        members = {index[a] for a in story.article_ids if a in index}
        found = []
        for i in sorted(members):
            lo, hi = np.searchsorted(codes, [i * n, (i + 1) * n])
            found += [int(c) for c in codes[lo:hi] if int(c) % n in members]
        return [f"{ids[c // n]}|{ids[c % n]}" for c in sorted(found)]

    def jobs(batch: list[Story]) -> list[tuple]:
        wanted = sorted({a for s in batch for a in s.article_ids})
        articles = {a.id: a for a in store.articles(wanted)}
        annotations = store.annotations(wanted)
        keys = {s.id: story_copy_keys(s) for s in batch}
        pairs = store.results_by_key("syndication", [k for s in batch for k in keys[s.id]])
        return [(
            s,
            [articles[a] for a in s.article_ids],
            {a: annotations[a] for a in s.article_ids if a in annotations},
            # only the story's own mentions travel to the worker (whole-corpus mention lists
            # made each job hundreds of MB to pickle; results are identical)
            story_entities.for_story(s.article_ids),
            [SyndicationPair.from_dict(pairs[k]) for k in keys[s.id]],
        ) for s in batch]

    # the largest stories first: the last tasks are the short ones, so no worker waits long on
    # another at the end (results are stored per story; their order does not change the store)
    by_size = sorted(changed, key=lambda s: -len(s.article_ids))
    batches = list(_weighted_batches(by_size, lambda s: len(s.article_ids), COMPARE_BATCH_ARTICLES))
    for batch, compared in zip(batches, runner.stream(compare_rows, (jobs(b) for b in batches), len(changed))):
        for k, story in enumerate(batch):
            rows, compared[k] = compared[k], None  # dropped once saved: a big story's result is large
            if isinstance(rows, IngestError):
                report.errors.append(rows)
                fingerprints.pop(story.id)  # retry next run
                continue
            for kind in STORY_KINDS:
                store.replace_result_rows(kind, [(key, story.id, text) for key, text in rows[kind]], story=story.id)
            del rows
    report.stories_compared = len(changed)
    store.set_story_fingerprints(fingerprints)


def _weighted_batches(items: Sequence[T], weight: Callable[[T], int], most: int) -> Iterator[list[T]]:
    """Consecutive runs of ``items`` whose weights add up to at most ``most`` (an item heavier
    than that on its own)."""
    batch: list[T] = []
    total = 0
    for item in items:
        w = weight(item)
        if batch and total + w > most:
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += w
    if batch:
        yield batch


def _batches(items: Sequence[T], size: int) -> Iterator[list[T]]:
    for i in range(0, len(items), size):
        yield list(items[i : i + size])


class _Shared(Strings):
    """:class:`Strings` plus one object per distinct integer among the packed mentions."""

    def __init__(self) -> None:
        super().__init__()
        self.ints: dict[int, int] = {}


class _PackedMentions(Sequence[Mention]):
    """A run of an article's mentions packed as integers (article, start, end, text); each item
    is a new :class:`Mention` made on access, with shared strings and integers."""

    __slots__ = ("values", "table", "lo", "hi")

    def __init__(self, values: array, table: _Shared, lo: int, hi: int) -> None:
        self.values, self.table, self.lo, self.hi = values, table, lo, hi

    def __len__(self) -> int:
        return self.hi - self.lo

    def __getitem__(self, k):  # type: ignore[override]
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        if k < 0:
            k += len(self)
        if not 0 <= k < len(self):
            raise IndexError(k)
        v, strings, ints = self.values, self.table.strings, self.table.ints
        at = 4 * (self.lo + k)
        start, end = v[at + 1], v[at + 2]
        return Mention(strings[v[at]], ints.setdefault(start, start), ints.setdefault(end, end), strings[v[at + 3]])

    def __iter__(self) -> Iterator[Mention]:
        for k in range(len(self)):
            yield self[k]


class _LocalEntity:
    """An article-local entity with what corpus merging reads of it (id, type, name, aliases,
    mentions), its mentions packed: a few hundred bytes instead of an object per mention."""

    __slots__ = ("id", "type", "name", "aliases", "_values", "_table", "_lo", "_hi")

    @property
    def mentions(self) -> _PackedMentions:
        return _PackedMentions(self._values, self._table, self._lo, self._hi)


def _pack_entity_records(entities: list[dict], table: _Shared) -> list[_LocalEntity]:
    """Lightweight stand-ins for one article's local entities (all mentions in one array), from
    the entities as stored (``Entity.as_dict()``): no Entity or Mention object is made on the way
    (an article has a few dozen of them, a corpus millions)."""
    values = array("q")
    out = []
    share, string_id = table.share, table.id
    for e in entities:
        local = _LocalEntity()
        local.id, local.type, local.name = e["id"], share(e["type"]), share(e["name"])
        local.aliases = tuple(share(x) for x in e.get("aliases", ()))
        local._values, local._table, local._lo = values, table, len(values) // 4
        for m in e.get("mentions", ()):
            values.extend((string_id(m["article"]), m["start"], m["end"], string_id(m["text"])))
        local._hi = len(values) // 4
        out.append(local)
    return out


class _StoryEntities:
    """The corpus entities with their mentions packed in flat arrays (a few bytes a mention
    instead of an object each); :meth:`for_story` rebuilds the entities of a set of articles
    with those articles' mentions only, in the corpus order."""

    def __init__(self, entities: Iterable[Entity] | None = None) -> None:
        """``entities``: all of them at once; or none, then :meth:`add` each and :meth:`finish`."""
        self.heads: list[Entity] = []
        self.articles: dict[str, int] = {}
        self.article_ids: list[str] = []
        self._texts: dict[str, int] = {}
        self._columns = (array("i"), array("i"), array("q"), array("q"), array("i"))  # entity, article, start, end, text
        if entities is not None:
            for e in entities:
                self.add(e)
            self.finish()

    def add(self, e: Entity) -> None:
        """Pack one more entity (in corpus order); its mention objects are freed."""
        entity, article, start, end, text = self._columns
        k = len(self.heads)
        self.heads.append(Entity(e.id, e.type, e.name, e.aliases))
        for m in e.mentions:
            entity.append(k)
            a = self.articles.get(m.article)
            if a is None:
                a = self.articles[m.article] = len(self.article_ids)
                self.article_ids.append(m.article)
            article.append(a)
            start.append(m.start)
            end.append(m.end)
            t = self._texts.get(m.text)
            if t is None:
                t = self._texts[m.text] = len(self._texts)
            text.append(t)
        e.mentions = []

    def finish(self) -> "_StoryEntities":
        """Call once every entity is added: builds the per-article index."""
        entity, article, start, end, text = self._columns
        self.texts = list(self._texts)
        del self._columns, self._texts
        self.entity = np.array(entity, dtype=np.int32)
        self.start = np.array(start, dtype=np.int64)
        self.end = np.array(end, dtype=np.int64)
        self.text = np.array(text, dtype=np.int32)
        self.article = np.array(article, dtype=np.int32)
        self.order = np.argsort(self.article, kind="stable")  # mention positions grouped by article
        counts = np.bincount(self.article, minlength=len(self.article_ids))
        self.first = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        return self

    def for_story(self, article_ids: Sequence[str]) -> list[Entity]:
        """Entities with a mention in ``article_ids`` (corpus order), each with only those mentions."""
        spans = [self.order[self.first[a] : self.first[a + 1]]
                 for a in {self.articles[x] for x in article_ids if x in self.articles}]
        if not spans:
            return []
        positions = np.sort(np.concatenate(spans))  # corpus order: by entity, then as merged
        out: list[Entity] = []
        last = -1
        for p in positions.tolist():
            k = int(self.entity[p])
            if k != last:
                head = self.heads[k]
                out.append(Entity(head.id, head.type, head.name, head.aliases))
                last = k
            out[-1].mentions.append(Mention(self.article_ids[int(self.article[p])], int(self.start[p]),
                                            int(self.end[p]), self.texts[int(self.text[p])]))
        return out


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
