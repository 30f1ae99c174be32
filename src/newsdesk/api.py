"""The Python API. The CLI and the web UI are thin skins over :class:`Desk`.

>>> desk = Desk("newsdesk.db")
>>> report = desk.ingest(["../shared/seeds"])
>>> desk.analyze()
>>> desk.export("json", "export.json")
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .engine import EngineConfig
from .errors import Errors, PipelineError
from .model import Article, IngestError, Story, SyndicationPair
from .store import Store, open_store

if TYPE_CHECKING:  # the pipeline (numpy, ~0.1 s) is imported by analyze, not by ingest's start-up
    from .pipeline import AnalyzeReport

INGEST_BATCH = 200  # articles per transaction: bounds what a crash can lose, keeps commits cheap


@dataclass(slots=True)
class IngestReport:
    added: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


class Desk:
    """One news desk: a store plus the stages that read and write it."""

    def __init__(self, db: str | None = None, *, store: Store | None = None) -> None:
        self.store = store or open_store(db)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "Desk":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- ingest -----------------------------------------------------------------------
    def ingest(self, paths: Iterable[str], *, fetch_links: bool = False, limits: Any = None,
               on_item: Callable[[Any], None] | None = None, engine: EngineConfig | None = None) -> IngestReport:
        """Read files, directories, feeds, JSONL and URLs; store new articles, record failures.

        ``on_item`` is called with every :class:`~newsdesk.ingest.Ingested` or
        :class:`~newsdesk.model.IngestError` as it is read (progress bars, stderr lines).
        With ``engine``, files are parsed on its pool (or Dask) and stored here, in order:
        the same result as a serial read.
        """
        from .ingest import Ingested, read_inputs

        report = IngestReport()
        batch: list[tuple[Article, bytes]] = []

        def flush() -> None:
            results = self.store.add_articles(batch)
            sources = {a.id: a.source for a, _ in batch}  # ids as stored (a clash adds a suffix)
            for article_id, status in results:
                if status == "added":
                    report.added.append(article_id)
                elif status == "duplicate":
                    report.duplicates.append(article_id)
                else:
                    source = sources.get(article_id, article_id)
                    error = IngestError(source=source, stage="ingest", code="E121",
                                        message=Errors.E121.format(source=source, detail=status[len("failed: "):]))
                    report.errors.append(error)
                    self.store.add_errors([error])
                    if on_item:
                        on_item(error)
            batch.clear()

        for item in read_inputs(list(paths), fetch_links=fetch_links, limits=limits, engine=engine):
            if on_item:
                on_item(item)
            if isinstance(item, Ingested):
                batch.append((item.article, item.raw))
                if len(batch) >= INGEST_BATCH:
                    flush()
            else:
                report.errors.append(item)
                self.store.add_errors([item])
        if batch:
            flush()
        return report

    # -- analysis -----------------------------------------------------------------------
    def analyze(self, engine: EngineConfig | None = None,
                progress: Callable[[str, int, int], None] | None = None) -> AnalyzeReport:
        from .pipeline import analyze

        return analyze(self.store, engine, progress)

    # -- following feeds -------------------------------------------------------------------
    def watch(self, urls: Iterable[str], *, every: float = 300.0, max_polls: int | None = None,
              limits: Any = None, host_delay: float | None = None, engine: EngineConfig | None = None,
              on_poll: Callable[[Any], None] | None = None, sleep: Callable[[float], None] | None = None) -> int:
        """Poll ``urls`` (RSS/Atom feeds or pages) every ``every`` seconds, ``max_polls`` times
        (None: until interrupted); analyze after each poll that stored articles.

        ``on_poll`` gets each :class:`~newsdesk.watch.PollReport`. Returns the number of polls
        done. Ctrl-C (KeyboardInterrupt) propagates; everything stored so far is kept, and a
        restart refetches no stored page (:mod:`newsdesk.watch`).
        """
        import time

        from .pipeline import analysis_pending
        from .watch import HOST_DELAY, Watcher

        sleep = sleep or time.sleep
        watcher = Watcher(self.store, list(urls), limits, every=every,
                          host_delay=HOST_DELAY if host_delay is None else host_delay, sleep=sleep)
        behind = analysis_pending(self.store)  # a run stopped before or while analyzing left work
        polls = 0
        while max_polls is None or polls < max_polls:
            started = time.monotonic()
            polls += 1
            report = watcher.poll(polls)
            if report.new or behind:
                before = {s.id: set(s.article_ids) for s in self.stories()}
                self.analyze(engine)
                behind = False
                report.stories_changed = [s.id for s in self.stories() if before.get(s.id) != set(s.article_ids)]
            if on_poll:
                on_poll(report)
            if max_polls is None or polls < max_polls:
                sleep(max(0.0, every - (time.monotonic() - started)))
        return polls

    # -- reading results ------------------------------------------------------------------
    def articles(self) -> list[Article]:
        return self.store.articles()

    def article(self, article_id: str) -> Article:
        found = self.store.article(article_id)
        if found is None:
            raise PipelineError("E303", article=article_id)
        return found

    def stories(self) -> list[Story]:
        return [Story.from_dict(d) for d in self.store.results("stories")]

    def story(self, story_id: str) -> Story:
        for story in self.stories():
            if story.id == story_id:
                return story
        raise PipelineError("E302", story=story_id)

    def copies(self) -> list[SyndicationPair]:
        return [SyndicationPair.from_dict(d) for d in self.store.results("syndication")]

    def findings(self, kind: str, story: str | None = None) -> list[dict]:
        """Stored records of one kind (facts, stances, framing, ...), optionally for one story."""
        if story is not None:
            self.story(story)  # a clear error for an unknown story id
        return self.store.results(kind, story)

    def errors(self) -> list[IngestError]:
        return self.store.errors()

    # -- output ---------------------------------------------------------------------------
    def export(self, fmt: str, out: str | Path) -> list[Path]:
        from .export import write_export

        return write_export(self.store, fmt, out)

    def export_dict(self) -> dict[str, Any]:
        from .export import build_export

        return build_export(self.store)
