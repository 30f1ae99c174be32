"""The store: one class over SQLite (default) or PostgreSQL, schema by migrations.

SQL is written once with ``?`` placeholders; the PostgreSQL backend rewrites them to ``%s``.
Writes happen in short transactions per batch (``BEGIN IMMEDIATE`` on SQLite, so two
processes never interleave a batch); ingest is idempotent through the UNIQUE
``content_hash`` and ``INSERT … ON CONFLICT DO NOTHING``.
"""
from __future__ import annotations

import json
import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import datetime, timezone
from typing import Any

from ..model import Annotations, Article, DroppedLine, IngestError
from .migrations import LATEST_VERSION, MIGRATIONS, render

ARTICLE_COLUMNS = (
    "id content_hash source format outlet outlet_source title title_source authors "
    "authors_source contributors dateline dateline_source published published_source url "
    "language encoding metadata body ingested_at"
).split()
JSON_COLUMNS = {"authors", "contributors", "metadata"}
BATCH_ROWS = 500  # rows per executemany call: large enough to amortise round trips on PostgreSQL
STAGED = "~staged"  # suffix of the result kind that holds records written aside until published
OLD = "~old"  # suffix a kind's current records carry while a publish swaps them


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class Store(ABC):
    """Database access for every stage. Use :func:`newsdesk.store.open_store` to get one."""

    dialect = "sqlite"

    def __init__(self, url: str) -> None:
        self.url = url

    # -- backend hooks (SQLiteStore, PostgresStore) ------------------------------------
    @abstractmethod
    def transaction(self) -> AbstractContextManager[Any]:
        """A cursor inside one write transaction: committed on exit, rolled back on error."""

    @abstractmethod
    def reading(self) -> AbstractContextManager[Any]:
        """A cursor for reads."""

    @abstractmethod
    def close(self) -> None:
        """Release connections."""

    def sql(self, statement: str) -> str:
        return statement

    def blob(self, value: Any) -> bytes:
        return bytes(value)

    # -- schema -----------------------------------------------------------------------
    def schema_version(self) -> int:
        with self.reading() as cur:
            cur.execute(self.sql("SELECT MAX(version) FROM schema_migrations"))
            row = cur.fetchone()
        return int(row[0] or 0)

    def migrate(self) -> list[int]:
        """Apply missing migrations in order; returns the versions applied."""
        from ..errors import StoreError

        with self.transaction() as cur:
            cur.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations "
                "(version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
        current = self.schema_version()
        if current > LATEST_VERSION:
            raise StoreError("E202", db=self.url, found=current, known=LATEST_VERSION)
        applied = []
        for version, description, statements in MIGRATIONS:
            if version <= current:
                continue
            with self.transaction() as cur:
                cur.execute(self.sql("SELECT 1 FROM schema_migrations WHERE version = ?"), (version,))
                if cur.fetchone():  # another process applied it meanwhile
                    continue
                for statement in statements:
                    sql = render(statement, self.dialect)
                    if sql:
                        cur.execute(sql)
                cur.execute(
                    self.sql("INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"),
                    (version, description, now_iso()),
                )
            applied.append(version)
        return applied

    # -- ingest -----------------------------------------------------------------------
    def add_articles(self, items: Sequence[tuple[Article, bytes]]) -> list[tuple[str, str]]:
        """Store articles with their raw bytes in one transaction.

        Returns ``(article id, status)`` per item: ``added``, ``duplicate`` (same content
        hash already stored) or ``failed: <reason>`` (the database refused that one article;
        the rest of the batch is stored). An id already taken by different content gets a
        hash suffix.
        """
        stamp = now_iso()
        with self.transaction() as cur:
            return [self._add_one(cur, article, raw, stamp) for article, raw in items]

    def _add_one(self, cur: Any, article: Article, raw: bytes, stamp: str) -> tuple[str, str]:
        """Store one article inside the caller's transaction; ``(id, status)`` as :meth:`add_articles`."""
        cur.execute(self.sql("SELECT id FROM articles WHERE content_hash = ?"), (article.content_hash,))
        row = cur.fetchone()
        if row:
            return row[0], "duplicate"
        cur.execute(self.sql("SELECT 1 FROM articles WHERE id = ?"), (article.id,))
        if cur.fetchone():
            article.id = f"{article.id}-{article.content_hash[:8]}"
        # a savepoint per article: one the database cannot take fails alone, not its batch
        cur.execute("SAVEPOINT one_article")
        try:
            inserted = self._insert_article(cur, article, raw, stamp)
        except Exception as exc:  # driver-specific (encoding, constraint): recorded, batch goes on
            cur.execute("ROLLBACK TO SAVEPOINT one_article")
            return article.id, f"failed: {type(exc).__name__}: {exc}"
        cur.execute("RELEASE SAVEPOINT one_article")
        return article.id, "added" if inserted else "duplicate"

    def _insert_article(self, cur: Any, article: Article, raw: bytes, stamp: str) -> bool:
        """Insert one article with its raw bytes and dropped lines; False if it lost a race."""
        cur.execute(
            self.sql(
                "INSERT INTO raw_inputs (content_hash, size, data) VALUES (?, ?, ?) "
                "ON CONFLICT (content_hash) DO NOTHING"
            ),
            (article.content_hash, len(raw), raw),
        )
        placeholders = ", ".join("?" for _ in ARTICLE_COLUMNS)
        cur.execute(
            self.sql(f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES ({placeholders}) "
                     "ON CONFLICT DO NOTHING"),
            self._article_row(article, stamp),
        )
        if cur.rowcount == 0:  # lost a race with a concurrent ingest of the same content
            return False
        self._executemany(
            cur,
            "INSERT INTO boilerplate (article_id, seq, line, reason, text) VALUES (?, ?, ?, ?, ?)",
            [(article.id, i, d.line, d.reason, d.text) for i, d in enumerate(article.dropped)],
        )
        return True

    @staticmethod
    def _article_row(article: Article, stamp: str) -> tuple:
        values = []
        for col in ARTICLE_COLUMNS:
            if col == "ingested_at":
                values.append(stamp)
                continue
            value = getattr(article, col)
            values.append(dumps(value) if col in JSON_COLUMNS else value)
        return tuple(values)

    def _executemany(self, cur: Any, statement: str, rows: Iterable[tuple]) -> None:
        """``executemany`` in batches of ``BATCH_ROWS``; ``rows`` may be a generator (never all in memory)."""
        chunk: list[tuple] = []
        for row in rows:
            chunk.append(row)
            if len(chunk) >= BATCH_ROWS:
                cur.executemany(self.sql(statement), chunk)
                chunk = []
        if chunk:
            cur.executemany(self.sql(statement), chunk)

    def add_errors(self, errors: Iterable[IngestError]) -> int:
        rows = [(e.source, e.stage, e.code, e.message, now_iso()) for e in errors]
        if rows:
            with self.transaction() as cur:
                self._executemany(
                    cur, "INSERT INTO errors (source, stage, code, message, created_at) VALUES (?, ?, ?, ?, ?)", rows
                )
        return len(rows)

    def clear_errors(self, stage: str) -> None:
        with self.transaction() as cur:
            cur.execute(self.sql("DELETE FROM errors WHERE stage = ?"), (stage,))

    # -- reading articles ---------------------------------------------------------------
    def article_ids(self) -> list[str]:
        with self.reading() as cur:
            cur.execute("SELECT id FROM articles ORDER BY id")
            return [r[0] for r in cur.fetchall()]

    def article_hashes(self) -> list[tuple[str, str]]:
        """``(id, content hash)`` of every article, in id order: what incremental analysis compares."""
        with self.reading() as cur:
            cur.execute("SELECT id, content_hash FROM articles ORDER BY id")
            return [(a, h) for a, h in cur.fetchall()]

    def iter_articles(self, ids: Sequence[str], batch: int = BATCH_ROWS) -> Iterator[list[Article]]:
        """The articles ``ids`` in batches of ``batch``, in the order of ``ids`` (one query per batch)."""
        for i in range(0, len(ids), batch):
            wanted = ids[i : i + batch]
            found = {a.id: a for a in self.articles(wanted)}
            yield [found[a] for a in wanted if a in found]

    def articles(self, ids: Iterable[str] | None = None, *, with_dropped: bool = False) -> list[Article]:
        cols = ", ".join(ARTICLE_COLUMNS)
        with self.reading() as cur:
            if ids is None:
                cur.execute(f"SELECT {cols} FROM articles ORDER BY id")
                rows = cur.fetchall()
            else:
                wanted = list(ids)
                rows = []
                for i in range(0, len(wanted), BATCH_ROWS):
                    chunk = wanted[i : i + BATCH_ROWS]
                    marks = ", ".join("?" for _ in chunk)
                    cur.execute(self.sql(f"SELECT {cols} FROM articles WHERE id IN ({marks}) ORDER BY id"), chunk)
                    rows.extend(cur.fetchall())
                rows.sort(key=lambda r: r[0])
        articles = [self._article_from_row(r) for r in rows]
        if with_dropped:
            for article in articles:
                article.dropped = self.boilerplate(article.id)
        return articles

    def article_heads(self, ids: Sequence[str], chars: int) -> list[tuple[str, str | None, str]]:
        """``(id, title, first chars of the body)`` of the articles ``ids`` (absent ones left out):
        what story labelling reads, without loading whole bodies."""
        out: list[tuple[str, str | None, str]] = []
        with self.reading() as cur:
            for i in range(0, len(ids), BATCH_ROWS):
                chunk = list(ids[i : i + BATCH_ROWS])
                marks = ", ".join("?" for _ in chunk)
                cur.execute(self.sql(f"SELECT id, title, substr(body, 1, ?) FROM articles WHERE id IN ({marks})"),
                            [chars, *chunk])
                out.extend((a, t, b) for a, t, b in cur.fetchall())
        return out

    def article(self, article_id: str) -> Article | None:
        found = self.articles([article_id], with_dropped=True)
        return found[0] if found else None

    @staticmethod
    def _article_from_row(row: Sequence[Any]) -> Article:
        data = dict(zip(ARTICLE_COLUMNS, row))
        for col in JSON_COLUMNS:
            data[col] = json.loads(data[col]) if data[col] else ([] if col != "metadata" else {})
        data.pop("ingested_at")
        return Article.from_dict(data)

    def boilerplate(self, article_id: str) -> list[DroppedLine]:
        with self.reading() as cur:
            cur.execute(
                self.sql("SELECT text, reason, line FROM boilerplate WHERE article_id = ? ORDER BY seq"), (article_id,)
            )
            return [DroppedLine(text=t, reason=r, line=ln) for t, r, ln in cur.fetchall()]

    def raw(self, content_hash: str) -> bytes | None:
        with self.reading() as cur:
            cur.execute(self.sql("SELECT data FROM raw_inputs WHERE content_hash = ?"), (content_hash,))
            row = cur.fetchone()
        return self.blob(row[0]) if row else None

    def errors(self) -> list[IngestError]:
        with self.reading() as cur:
            cur.execute("SELECT source, stage, message, code FROM errors ORDER BY id")
            return [IngestError(source=s, stage=st, message=m, code=c) for s, st, m, c in cur.fetchall()]

    def counts(self) -> dict[str, int]:
        out = {}
        with self.reading() as cur:
            for table in ("articles", "errors", "annotations"):
                cur.execute(f"SELECT COUNT(*) FROM {table}")
                out[table] = int(cur.fetchone()[0])
            cur.execute("SELECT kind, COUNT(*) FROM results GROUP BY kind")
            out.update({k: int(n) for k, n in cur.fetchall()})
        return out

    # -- search -----------------------------------------------------------------------------
    def search(self, query: str, limit: int = 50) -> list[dict[str, Any]]:
        """Full-text search over titles and bodies: ``[{id, title, snippet}]``, best first.

        Snippets mark hits with \x02 … \x03 so a caller can escape the text first and then
        highlight (the article text is untrusted).
        """
        terms = [t for t in re.findall(r"\w+", query) if t]
        if not terms:
            return []
        with self.reading() as cur:
            if self.dialect == "sqlite":
                match = " ".join('"' + t.replace('"', "") + '"' for t in terms)
                cur.execute(
                    "SELECT id, title, snippet(articles_fts, 2, char(2), char(3), '…', 16) FROM articles_fts "
                    "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
                    (match, limit),
                )
            else:
                cur.execute(
                    "SELECT id, title, ts_headline('simple', body, q, 'StartSel=\x02, StopSel=\x03, MaxWords=30') "
                    "FROM articles, plainto_tsquery('simple', %s) q "
                    "WHERE to_tsvector('simple', coalesce(title, '') || ' ' || body) @@ q "
                    "ORDER BY ts_rank(to_tsvector('simple', coalesce(title, '') || ' ' || body), q) DESC, id "
                    "LIMIT %s",
                    (" ".join(terms), limit),
                )
            return [{"id": i, "title": t, "snippet": s} for i, t, s in cur.fetchall()]

    # -- annotations (per-article stage output) -------------------------------------------
    def annotation_state(self) -> dict[str, tuple[str, str]]:
        """article id -> (stage version, content hash) of its stored annotations."""
        with self.reading() as cur:
            cur.execute("SELECT article_id, version, content_hash FROM annotations")
            return {a: (v, h) for a, v, h in cur.fetchall()}

    def save_annotations(self, items: Sequence[tuple[Annotations, str]], version: str) -> None:
        rows = [(ann.article, version, h, dumps(ann.as_dict())) for ann, h in items]
        with self.transaction() as cur:
            for i in range(0, len(rows), BATCH_ROWS):
                chunk = rows[i : i + BATCH_ROWS]
                marks = ", ".join("?" for _ in chunk)
                cur.execute(self.sql(f"DELETE FROM annotations WHERE article_id IN ({marks})"), [r[0] for r in chunk])
            self._executemany(
                cur, "INSERT INTO annotations (article_id, version, content_hash, data) VALUES (?, ?, ?, ?)", rows
            )

    def annotation_ids(self) -> list[str]:
        """Ids of the articles that have stored annotations (any version)."""
        with self.reading() as cur:
            cur.execute("SELECT article_id FROM annotations ORDER BY article_id")
            return [r[0] for r in cur.fetchall()]

    def iter_annotations(self, ids: Sequence[str], batch: int = BATCH_ROWS) -> Iterator[dict[str, Annotations]]:
        """Stored annotations of ``ids``, a dict per batch of ``batch`` ids (absent ones left out)."""
        for i in range(0, len(ids), batch):
            yield self.annotations(ids[i : i + batch])

    def annotations(self, ids: Iterable[str] | None = None) -> dict[str, Annotations]:
        """Stored annotations by article id (all, or only ``ids``: read in chunks, not all then filtered)."""
        return {a: Annotations.from_dict(d) for a, d in self.annotation_records(ids).items()}

    def annotation_records(self, ids: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
        """:meth:`annotations` as the stored dicts (``Annotations.as_dict()``), in id order, for a
        reader of one or two fields that need not build every record (the corpus entity merge)."""
        with self.reading() as cur:
            if ids is None:
                cur.execute("SELECT article_id, data FROM annotations ORDER BY article_id")
                rows = cur.fetchall()
            else:
                wanted = sorted(set(ids))
                rows = []
                for i in range(0, len(wanted), BATCH_ROWS):
                    chunk = wanted[i : i + BATCH_ROWS]
                    marks = ", ".join("?" for _ in chunk)
                    cur.execute(self.sql(f"SELECT article_id, data FROM annotations WHERE article_id IN ({marks})"),
                                chunk)
                    rows.extend(cur.fetchall())
                rows.sort(key=lambda r: r[0])
        return {a: json.loads(d) for a, d in rows}

    # -- results (corpus and per-story stage output) --------------------------------------
    def replace_results(self, kind: str, records: Iterable[tuple[str, str | None, dict]], story: str | None = None,
                        all_stories: bool = True) -> None:
        """Replace stored records of one kind: all of them, or only those of ``story``.

        ``records`` may be a generator: they are serialised and written batch by batch, in one
        transaction, so a large result set is never all in memory as JSON."""
        self._replace_rows(kind, ((key, st, dumps(data)) for key, st, data in records), story, all_stories)

    def replace_result_rows(self, kind: str, rows: Iterable[tuple[str, str | None, str]], story: str) -> None:
        """:meth:`replace_results` for one story with records already serialised by :func:`dumps`
        (``(key, story, JSON text)``), e.g. by the worker that computed them."""
        self._replace_rows(kind, rows, story)

    def _replace_rows(self, kind: str, rows: Iterable[tuple[str, str | None, str]], story: str | None,
                      all_stories: bool = True) -> None:
        with self.transaction() as cur:
            if story is not None:
                cur.execute(self.sql("DELETE FROM results WHERE kind = ? AND story = ?"), (kind, story))
            elif all_stories:
                cur.execute(self.sql("DELETE FROM results WHERE kind = ?"), (kind,))
            self._executemany(cur, "INSERT INTO results (kind, key, story, seq, data) VALUES (?, ?, ?, ?, ?)",
                              ((kind, key, st, i, text) for i, (key, st, text) in enumerate(rows)))

    def stage_results(self, kind: str, records: Iterable[tuple[str, str | None, dict]]) -> None:
        """Write records of ``kind`` aside (not visible as ``kind``) until :meth:`publish_staged`.

        Each call commits on its own, so a long stage can write as it goes; a crash before
        the publish leaves only staged records, which :meth:`discard_staged` removes."""
        rows = ((kind + STAGED, key, st, 0, dumps(data)) for key, st, data in records)
        with self.transaction() as cur:
            self._executemany(cur, "INSERT INTO results (kind, key, story, seq, data) VALUES (?, ?, ?, ?, ?)", rows)

    def discard_staged(self, kind: str) -> None:
        with self.transaction() as cur:
            cur.execute(self.sql("DELETE FROM results WHERE kind IN (?, ?)"), (kind + STAGED, kind + OLD))

    def publish_staged(self, kind: str, keys: Iterable[tuple[str, bool]]) -> None:
        """Make the records of ``kind`` exactly ``keys``, in this order, in one transaction.

        Each key is ``(key, staged)``: its record comes from :meth:`stage_results` (True) or
        is the one ``kind`` holds now (False, kept as it is). Every other record of ``kind``
        and every staged record not listed is dropped. Same end state as
        :meth:`replace_results` with all the records, without reading the kept ones back."""
        rows = ((kind, seq, kind + (STAGED if staged else OLD), key) for seq, (key, staged) in enumerate(keys))
        with self.transaction() as cur:
            cur.execute(self.sql("DELETE FROM results WHERE kind = ?"), (kind + OLD,))
            cur.execute(self.sql("UPDATE results SET kind = ? WHERE kind = ?"), (kind + OLD, kind))
            self._executemany(cur, "UPDATE results SET kind = ?, seq = ? WHERE kind = ? AND key = ?", rows)
            cur.execute(self.sql("DELETE FROM results WHERE kind IN (?, ?)"), (kind + STAGED, kind + OLD))

    def delete_story_results(self, kinds: Iterable[str], stories: Iterable[str]) -> None:
        stories = list(stories)
        with self.transaction() as cur:
            for kind in kinds:
                for story in stories:
                    cur.execute(self.sql("DELETE FROM results WHERE kind = ? AND story = ?"), (kind, story))

    def results(self, kind: str, story: str | None = None) -> list[dict]:
        with self.reading() as cur:
            if story is None:
                cur.execute(self.sql("SELECT data FROM results WHERE kind = ? ORDER BY story, seq, key"), (kind,))
            else:
                cur.execute(
                    self.sql("SELECT data FROM results WHERE kind = ? AND story = ? ORDER BY seq, key"), (kind, story)
                )
            return [json.loads(r[0]) for r in cur.fetchall()]

    def iter_results(self, kind: str, page: int = BATCH_ROWS) -> Iterator[list[dict]]:
        """All records of ``kind`` in pages of ``page`` (ordered by key, not by ``seq``): one
        query per page, so neither backend holds the whole result set."""
        last: str | None = None
        while True:
            with self.reading() as cur:
                if last is None:
                    cur.execute(self.sql("SELECT key, data FROM results WHERE kind = ? ORDER BY key LIMIT ?"),
                                (kind, page))
                else:
                    cur.execute(self.sql("SELECT key, data FROM results WHERE kind = ? AND key > ? "
                                         "ORDER BY key LIMIT ?"), (kind, last, page))
                rows = cur.fetchall()
            if not rows:
                return
            last = rows[-1][0]
            yield [json.loads(d) for _, d in rows]

    def results_by_key(self, kind: str, keys: Iterable[str]) -> dict[str, dict]:
        """Records of ``kind`` by key, for the given keys (read in chunks; absent keys left out)."""
        wanted = list(dict.fromkeys(keys))
        out: dict[str, dict] = {}
        with self.reading() as cur:
            for i in range(0, len(wanted), BATCH_ROWS):
                chunk = wanted[i : i + BATCH_ROWS]
                marks = ", ".join("?" for _ in chunk)
                cur.execute(self.sql(f"SELECT key, data FROM results WHERE kind = ? AND key IN ({marks})"),
                            [kind, *chunk])
                out.update((k, json.loads(d)) for k, d in cur.fetchall())
        return out

    def story_fingerprints(self) -> dict[str, str]:
        with self.reading() as cur:
            cur.execute("SELECT story, fingerprint FROM story_state")
            return dict(cur.fetchall())

    def set_story_fingerprints(self, fingerprints: dict[str, str]) -> None:
        with self.transaction() as cur:
            cur.execute("DELETE FROM story_state")
            self._executemany(
                cur, "INSERT INTO story_state (story, fingerprint) VALUES (?, ?)", sorted(fingerprints.items())
            )

    # -- watch state (newsdesk watch) -------------------------------------------------------
    def watch_feed(self, url: str) -> dict[str, Any] | None:
        """What was remembered of a watched feed or page: validators, failures, when it is next due."""
        with self.reading() as cur:
            cur.execute(self.sql("SELECT etag, last_modified, failures, next_due, last_polled, last_error "
                                 "FROM watch_feeds WHERE url = ?"), (url,))
            row = cur.fetchone()
        keys = ("etag", "last_modified", "failures", "next_due", "last_polled", "last_error")
        return dict(zip(keys, row)) if row else None

    def save_watch_feed(self, url: str, *, etag: str | None, last_modified: str | None, failures: int,
                        next_due: str | None, last_error: str | None) -> None:
        with self.transaction() as cur:
            cur.execute(self.sql(
                "INSERT INTO watch_feeds (url, etag, last_modified, failures, next_due, last_polled, last_error) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, "
                "last_modified = excluded.last_modified, failures = excluded.failures, "
                "next_due = excluded.next_due, last_polled = excluded.last_polled, last_error = excluded.last_error"),
                (url, etag, last_modified, failures, next_due, now_iso(), last_error))

    def watch_entries(self, feed: str) -> dict[str, tuple[str, int]]:
        """Entries of ``feed`` seen so far: entry key -> (status, attempts)."""
        with self.reading() as cur:
            cur.execute(self.sql("SELECT entry, status, attempts FROM watch_entries WHERE feed = ?"), (feed,))
            return {e: (st, int(n)) for e, st, n in cur.fetchall()}

    def save_watch_entry(self, feed: str, entry: str, link: str | None, status: str, attempts: int,
                         items: Sequence[tuple[Article, bytes]] = ()) -> list[tuple[str, str]]:
        """Store an entry's articles and remember the entry, in one transaction: a crash keeps
        both or neither. Returns ``(article id, status)`` per article as :meth:`add_articles`."""
        stamp = now_iso()
        with self.transaction() as cur:
            results = [self._add_one(cur, article, raw, stamp) for article, raw in items]
            article_id = results[0][0] if results else None
            page_hash = items[0][0].content_hash if items else None
            cur.execute(self.sql(
                "INSERT INTO watch_entries (feed, entry, link, status, attempts, article_id, page_hash, seen_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (feed, entry) DO UPDATE SET link = excluded.link, "
                "status = excluded.status, attempts = excluded.attempts, article_id = excluded.article_id, "
                "page_hash = excluded.page_hash, seen_at = excluded.seen_at"),
                (feed, entry, link, status, attempts, article_id, page_hash, stamp))
        return results
