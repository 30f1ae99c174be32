"""The error catalogue (spaCy style): numbered messages that name the input and the fix.

Core code raises the narrow exception classes below with a catalogue message; the CLI turns
them into one line on stderr and an honest exit code. A bad input never stops a batch: the
ingest stage records it as an :class:`~newsdesk.model.IngestError` and goes on.
"""
from __future__ import annotations


class Errors:
    # ingest (E1xx)
    E101 = "{source}: file not found. Check the path (directories are read recursively)."
    E102 = "{source}: file is empty; nothing to ingest."
    E103 = "{source}: looks like binary data ({detail}), not text, HTML, a feed or JSONL; skipped."
    E104 = "{source}: cannot decode the bytes as text ({detail}). Convert it to UTF-8 and ingest again."
    E105 = "{source}: no article text could be extracted from the HTML ({detail})."
    E106 = "{source}: {where} is not valid JSON ({detail}); fix or remove it."
    E107 = "{source}: {where} has no non-empty \"text\" field; every article record needs one."
    E108 = "{source}: the feed could not be parsed ({detail})."
    E109 = "{source}: could not fetch URL ({detail}). Are you offline? Save the page and ingest the file instead."
    E110 = "{source}: input is larger than the limit of {limit} bytes; raise --max-bytes to allow it."
    E111 = "{source}: gzip data is corrupt or truncated ({detail})."
    E112 = "{source}: decompressed size exceeds the limit of {limit} bytes (possible decompression bomb)."
    E113 = "{source}: fetching {host} is refused: it resolves to a private, loopback or link-local address ({address}). Pass --allow-private to allow it."
    E114 = "{source}: no article text left after removing boilerplate."
    E115 = "{source}: permission denied; check the file's permissions."
    E116 = "{source}: unsupported URL scheme {scheme!r}; only http and https can be fetched."
    E117 = "{source}: the article body is longer than the limit of {limit} characters; raise --max-chars to allow it."
    E118 = "{source}: HTML parsing took longer than {limit} s; the page was skipped."
    E119 = "{source}: {where}: \"{field}\" must be {expected}."
    E120 = "{source}: cannot read the input ({detail})."
    E121 = "{source}: the database refused this article ({detail})."
    E122 = "{source}: feed parsing took longer than {limit} s; the feed was skipped."
    E123 = ("{source}: a JSON document that holds no articles ({detail}). newsdesk reads JSON Lines (one object"
            " with a \"text\" field per line), a JSON array of such objects, or one such object.")
    # store (E2xx)
    E201 = "Cannot open database {db}: {detail}."
    E202 = "Database {db} has schema version {found}, newer than this newsdesk understands ({known}). Upgrade newsdesk."
    E203 = "Unsupported database URL {db!r}: use a file path (SQLite) or postgresql://user@host/dbname."
    E204 = "PostgreSQL support needs psycopg: pip install 'psycopg[binary]' psycopg_pool."
    # analysis (E3xx)
    E301 = "Stage {stage!r} needs {needs!r}, which no earlier stage provides. Add the stage that assigns it."
    E302 = "Story {story!r} not found. List stories with: newsdesk stories"
    E303 = "Article {article!r} not found."
    E304 = "Nothing to analyze: the database has no articles. Ingest some first: newsdesk ingest PATH"
    E307 = ("Article {article!r}: the {step} step failed ({detail}); the rest of its annotations are kept and"
            " the article is extracted again on the next analyze. Please report this with the article.")
    # usage (E4xx)
    E401 = "Unknown export format {fmt!r}; choose json or csv."
    E402 = "Unknown engine {engine!r}; choose local or dask."


class NewsdeskError(Exception):
    """Base class for user-facing errors: carries a catalogue code and a formatted message."""

    exit_code = 1

    def __init__(self, code: str, **fields: object) -> None:
        self.code = code
        self.fields = fields
        template = getattr(Errors, code)
        try:
            self.message = template.format(**fields)
        except (KeyError, IndexError):  # a missing placeholder must never hide the error itself
            self.message = f"{template} {fields}"
        super().__init__(f"[{code}] {self.message}")


class InputError(NewsdeskError):
    """One input cannot be ingested. Recorded in ``errors``; the batch goes on."""


class StoreError(NewsdeskError):
    """The database cannot be opened or is of an unknown version."""


class PipelineError(NewsdeskError):
    """A stage cannot run (missing prerequisite, unknown story, ...)."""


class UsageError(NewsdeskError):
    exit_code = 2
