"""Ingest: read text, HTML, RSS/Atom, JSONL files and http(s) URLs into :class:`Article` records.

Public API (the store and CLI call exactly this)::

    read_inputs(paths, fetch_links=False, limits=None) -> Iterator[Ingested | IngestError]
    read_path(path, fetch_links=False, limits=None)    -> Iterator[Ingested | IngestError]
    clean_text(raw) -> CleanResult                     # pure plain-text cleaner

Modules: ``readers`` (dispatch, files, gzip), ``decode`` (encodings), ``cleaner`` (+
``textmeta``) for scraped plain text, ``html``, ``feed``, ``jsonl``, ``url`` (safe fetching),
``outlets`` (the outlet from all the evidence a reader recorded), ``deadline`` (parse time caps).
"""
import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsdesk.ingest.cleaner import CleanResult, clean_text
    from newsdesk.ingest.readers import read_inputs, read_path
    from newsdesk.ingest.types import Ingested, Limits

# imported on first use: ``analyze`` reads ``textmeta`` (datelines) and must not pay for the
# readers' trafilatura, lxml and feed parser (~0.13 s of its start-up) that it never calls
_PUBLIC = {"CleanResult": "cleaner", "clean_text": "cleaner", "read_inputs": "readers", "read_path": "readers",
           "Ingested": "types", "Limits": "types"}


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = ["CleanResult", "Ingested", "Limits", "clean_text", "read_inputs", "read_path"]
