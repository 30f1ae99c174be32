"""CSV that is safe to open in a spreadsheet: the one writer every CSV of the project goes through.

Article titles, outlets, quotes and error messages are untrusted text. A cell that begins with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return is run as a formula by spreadsheet
programs (CSV injection), so such a cell is written with a leading single quote, which they
show as text. Plain numbers ("-3.5", "+7") are left as they are. Lists and dicts become
compact JSON.
"""
from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Sequence
from typing import IO, Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what makes a spreadsheet evaluate a cell
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def flat(value: Any) -> Any:
    """CSV cell: scalars as they are, lists/dicts as compact JSON."""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


def safe_cell(value: Any) -> Any:
    """``value`` as a CSV cell that a spreadsheet shows as text, never runs (see module doc)."""
    value = flat(value)
    if isinstance(value, str) and value.startswith(FORMULA_START) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def columns_of(rows: Iterable[dict[str, Any]]) -> list[str]:
    """Every key of ``rows`` in order of first appearance."""
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    return list(columns)


def write_rows(out: IO[str], rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> None:
    """Write a header and one line per row (only ``columns``; missing keys empty) to ``out``."""
    writer = csv.DictWriter(out, fieldnames=list(columns) or ["empty"], extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: safe_cell(row.get(k)) for k in columns})
