"""Ingest: read text, HTML, RSS/Atom, JSONL files and http(s) URLs into :class:`Article` records.

Public API (the store and CLI call exactly this)::

    read_inputs(paths, fetch_links=False, limits=None) -> Iterator[Ingested | IngestError]
    read_path(path, fetch_links=False, limits=None)    -> Iterator[Ingested | IngestError]
    clean_text(raw) -> CleanResult                     # pure plain-text cleaner

Modules: ``readers`` (dispatch, files, gzip), ``decode`` (encodings), ``cleaner`` (+
``textmeta``) for scraped plain text, ``html``, ``feed``, ``jsonl``, ``url`` (safe fetching),
``outlets`` (the outlet from all the evidence a reader recorded), ``deadline`` (parse time caps).
"""
from newsdesk.ingest.cleaner import CleanResult, clean_text
from newsdesk.ingest.readers import read_inputs, read_path
from newsdesk.ingest.types import Ingested, Limits

__all__ = ["CleanResult", "Ingested", "Limits", "clean_text", "read_inputs", "read_path"]
