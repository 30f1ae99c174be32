"""Numbered schema migrations, shared by the SQLite and PostgreSQL backends.

Each migration is a list of statements written once with a few dialect tokens:
``{AUTO_ID}`` (an auto-incrementing integer key), ``{BLOB}`` (raw bytes) and ``{JSON}``
(a JSON document stored as text on both backends, so the export is byte-identical).
A database records the versions applied in ``schema_migrations``; opening it applies the
missing ones in order, each in its own transaction.
"""
from __future__ import annotations

DIALECT_TOKENS = {
    "sqlite": {"AUTO_ID": "INTEGER PRIMARY KEY AUTOINCREMENT", "BLOB": "BLOB", "JSON": "TEXT"},
    "postgresql": {"AUTO_ID": "BIGSERIAL PRIMARY KEY", "BLOB": "BYTEA", "JSON": "TEXT"},
}

Statement = str | dict[str, str]  # a dict gives one statement per dialect ("" = nothing to do)

MIGRATIONS: list[tuple[int, str, list[Statement]]] = [
    (
        1,
        "articles, raw inputs, dropped boilerplate, errors, annotations, results",
        [
            """CREATE TABLE articles (
                id TEXT PRIMARY KEY,
                content_hash TEXT NOT NULL UNIQUE,
                source TEXT NOT NULL,
                format TEXT NOT NULL,
                outlet TEXT, outlet_source TEXT,
                title TEXT, title_source TEXT,
                authors {JSON} NOT NULL, authors_source TEXT,
                contributors {JSON} NOT NULL,
                dateline TEXT, dateline_source TEXT,
                published TEXT, published_source TEXT,
                url TEXT, language TEXT, encoding TEXT,
                metadata {JSON} NOT NULL,
                body TEXT NOT NULL,
                ingested_at TEXT NOT NULL
            )""",
            "CREATE TABLE raw_inputs (content_hash TEXT PRIMARY KEY, size INTEGER NOT NULL, data {BLOB} NOT NULL)",
            """CREATE TABLE boilerplate (
                article_id TEXT NOT NULL, seq INTEGER NOT NULL, line INTEGER,
                reason TEXT NOT NULL, text TEXT NOT NULL,
                PRIMARY KEY (article_id, seq)
            )""",
            """CREATE TABLE errors (
                id {AUTO_ID}, source TEXT NOT NULL, stage TEXT NOT NULL,
                code TEXT, message TEXT NOT NULL, created_at TEXT NOT NULL
            )""",
            """CREATE TABLE annotations (
                article_id TEXT PRIMARY KEY, version TEXT NOT NULL,
                content_hash TEXT NOT NULL, data {JSON} NOT NULL
            )""",
            """CREATE TABLE results (
                kind TEXT NOT NULL, key TEXT NOT NULL, story TEXT,
                seq INTEGER NOT NULL, data {JSON} NOT NULL,
                PRIMARY KEY (kind, key)
            )""",
            """CREATE TABLE story_state (
                story TEXT PRIMARY KEY, fingerprint TEXT NOT NULL
            )""",
            "CREATE INDEX results_story ON results (kind, story)",
            "CREATE INDEX errors_source ON errors (source)",
        ],
    ),
    (
        2,
        "full-text search over titles and bodies (FTS5 on SQLite, tsvector on PostgreSQL)",
        [
            {
                "sqlite": "CREATE VIRTUAL TABLE articles_fts USING fts5(id UNINDEXED, title, body, "
                "tokenize = 'unicode61 remove_diacritics 2')",
                "postgresql": "CREATE INDEX articles_fts ON articles USING GIN "
                "(to_tsvector('simple', coalesce(title, '') || ' ' || body))",
            },
            {
                "sqlite": "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
                "INSERT INTO articles_fts (id, title, body) VALUES (new.id, coalesce(new.title, ''), new.body); END",
                "postgresql": "",
            },
            {
                "sqlite": "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
                "DELETE FROM articles_fts WHERE id = old.id; END",
                "postgresql": "",
            },
            {
                "sqlite": "INSERT INTO articles_fts (id, title, body) SELECT id, coalesce(title, ''), body FROM articles",
                "postgresql": "",
            },
        ],
    ),
    (
        3,
        "what `newsdesk watch` remembers: each feed's validators and back-off, each entry seen",
        [
            """CREATE TABLE watch_feeds (
                url TEXT PRIMARY KEY,
                etag TEXT, last_modified TEXT,
                failures INTEGER NOT NULL, next_due TEXT,
                last_polled TEXT, last_error TEXT
            )""",
            """CREATE TABLE watch_entries (
                feed TEXT NOT NULL, entry TEXT NOT NULL,
                link TEXT, status TEXT NOT NULL, attempts INTEGER NOT NULL,
                article_id TEXT, page_hash TEXT, seen_at TEXT NOT NULL,
                PRIMARY KEY (feed, entry)
            )""",
        ],
    ),
]


def render(statement: Statement, dialect: str) -> str:
    if isinstance(statement, dict):
        return statement[dialect]
    return statement.format(**DIALECT_TOKENS[dialect])


LATEST_VERSION = MIGRATIONS[-1][0]
