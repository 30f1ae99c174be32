"""Storage: SQLite by default, PostgreSQL with a ``postgresql://`` URL; schema by migrations."""
from __future__ import annotations

import os

from ..errors import StoreError
from .base import Store

DEFAULT_DB = "newsdesk.db"


def resolve_db(db: str | None) -> str:
    """``--db`` beats ``NEWSDESK_DB`` beats ``newsdesk.db`` in the current directory."""
    return db or os.environ.get("NEWSDESK_DB") or DEFAULT_DB


def open_store(db: str | None = None, *, migrate: bool = True) -> Store:
    url = resolve_db(db)
    if url.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore

        store: Store = PostgresStore(url)
    elif "://" in url:
        raise StoreError("E203", db=url)
    else:
        from .sqlite import SQLiteStore

        store = SQLiteStore(url)
    if migrate:
        store.migrate()
    return store


__all__ = ["Store", "open_store", "resolve_db", "DEFAULT_DB"]
