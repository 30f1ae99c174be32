"""PostgreSQL backend: same migrations and SQL as SQLite, pooled connections (psycopg 3)."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ..errors import StoreError
from .base import Store

POOL_MAX = 4  # the CLI and web UI need few connections; more only adds server load


class PostgresStore(Store):
    dialect = "postgresql"

    def __init__(self, url: str) -> None:
        super().__init__(url)
        try:
            import psycopg  # noqa: F401
            from psycopg_pool import ConnectionPool
        except ImportError as exc:  # pragma: no cover - psycopg is a hard dependency
            raise StoreError("E204") from exc
        try:
            self.pool = ConnectionPool(url, min_size=1, max_size=POOL_MAX, open=True, timeout=10)
            self.pool.wait(timeout=10)
        except Exception as exc:  # psycopg raises several kinds; all mean "cannot open"
            raise StoreError("E201", db=_redact(url), detail=str(exc).strip().splitlines()[0]) from exc

    def sql(self, statement: str) -> str:
        return statement.replace("?", "%s")

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        with self.pool.connection() as conn:
            with conn.transaction():
                with conn.cursor() as cur:
                    yield cur

    @contextmanager
    def reading(self) -> Iterator[Any]:
        with self.pool.connection() as conn:
            with conn.cursor() as cur:
                yield cur

    def close(self) -> None:
        self.pool.close()


def _redact(url: str) -> str:
    """Hide a password in a connection URL before it goes into a message."""
    if "@" in url and ":" in url.split("@", 1)[0].split("//", 1)[-1]:
        scheme, rest = url.split("//", 1)
        creds, host = rest.split("@", 1)
        return f"{scheme}//{creds.split(':', 1)[0]}:***@{host}"
    return url
