"""Export format v1 (``../shared/spec/export.md``): one JSON document, or one CSV per list.

The JSON keys are a public contract: add keys freely, never rename or drop one without
bumping ``FORMAT_VERSION``. Every list is present, possibly empty.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from . import __version__
from .csvout import columns_of, write_rows
from .errors import UsageError
from .model import Annotations
from .store import Store

FORMAT_VERSION = 1
LISTS = ("articles", "entities", "quotes", "quantities", "dates", "syndication", "stories", "facts",
         "quote_variants", "framing", "stances", "timeline", "errors")


def build_export(store: Store) -> dict[str, Any]:
    """The whole export document as Python data."""
    annotations = store.annotations()
    entity_map = store.results("entity_map")
    local_to_global: dict[str, str] = entity_map[0] if entity_map else {}
    doc: dict[str, Any] = {"format_version": FORMAT_VERSION, "generator": f"newsdesk {__version__}"}
    doc["articles"] = [a.export_dict() for a in store.articles()]
    doc["entities"] = store.results("entities")
    names = {e["id"]: e["name"] for e in doc["entities"]}
    doc.update(_per_article(annotations, local_to_global, names))
    for kind in ("syndication", "stories", "facts", "quote_variants", "framing", "stances", "timeline"):
        doc[kind] = store.results(kind)
    doc["errors"] = [{"source": e.source, "stage": e.stage, "message": e.message, "code": e.code}
                     for e in store.errors()]
    for key in LISTS:
        doc.setdefault(key, [])
    return doc


def _per_article(annotations: dict[str, Annotations], local_to_global: dict[str, str],
                 names: dict[str, str]) -> dict[str, list]:
    """Quotes, quantities and dates of every article; speakers named by their corpus entity."""
    quotes, quantities, dates = [], [], []
    for article_id in sorted(annotations):
        ann = annotations[article_id]
        for q in ann.quotes:
            record = q.as_dict()
            if q.speaker_entity:
                entity = local_to_global.get(q.speaker_entity, q.speaker_entity)
                record["speaker_entity"] = entity
                # the spec: `speaker` is the canonical entity name (Jeliazkov -> Zhelyazkov)
                record["speaker"] = names.get(entity, q.speaker)
            quotes.append(record)
        quantities += [x.as_dict() for x in ann.quantities]
        dates += [d.as_dict() for d in ann.dates]
    return {"quotes": quotes, "quantities": quantities, "dates": dates}


def write_export(store: Store, fmt: str, out: str | Path) -> list[Path]:
    """Write the export; returns the files written. CSV: one file per list in directory ``out``."""
    doc = build_export(store)
    out = Path(out)
    if fmt == "json":
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return [out]
    if fmt == "csv":
        out.mkdir(parents=True, exist_ok=True)
        return [write_csv(doc[key], out / f"{key}.csv") for key in LISTS]
    raise UsageError("E401", fmt=fmt)


def write_csv(rows: list[dict], path: Path) -> Path:
    """One list of the export as a CSV file (cells made spreadsheet-safe, :mod:`newsdesk.csvout`)."""
    with path.open("w", newline="", encoding="utf-8") as fh:
        write_rows(fh, rows, columns_of(rows))
    return path
