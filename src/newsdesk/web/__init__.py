"""The local web UI (FastAPI + Jinja2): stories, side-by-side outlets, articles, entities, search.

``create_app(db)`` builds the application; ``serve(db, host, port)`` runs it with uvicorn,
bound to localhost unless told otherwise. Read-only: every route is GET.
"""
from __future__ import annotations

from typing import Any

__all__ = ["create_app", "serve"]


def create_app(db: str | None) -> Any:
    from .app import create_app as _create

    return _create(db)


def serve(db: str | None, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the UI until interrupted (Ctrl-C)."""
    import uvicorn

    uvicorn.run(create_app(db), host=host, port=port, log_level="info")
