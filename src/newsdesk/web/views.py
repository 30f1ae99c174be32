"""View models for the web UI: plain data built from the store, no HTML.

Highlighting works on offsets: each page gets :class:`~newsdesk.report.spans.Segment` lists
and the templates print every segment autoescaped. Nothing here marks text as safe.
"""
from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..csvout import columns_of, write_rows
from ..model import Annotations, Article
from ..report.spans import Segment, Span, segments, sentence_span, split_marks
from ..report.sources import outlet_name

CONTEXT_CHARS = 400  # an entity mention's context is its sentence, cut to about this many characters
MATRIX_ROWS = 20  # facts shown side by side on the story page; the rest are in facts.csv


def article_row(a: Article) -> dict[str, Any]:
    """The listing record of an article (the export record without its body)."""
    row = a.export_dict()
    row["words"] = len(row.pop("body").split())
    return row


def article_spans(ann: Annotations | None, entity_map: dict[str, str]) -> list[Span]:
    """Highlight spans of an article: quotes, entity mentions (linked), quantities, dates."""
    if ann is None:
        return []
    spans = []
    for q in ann.quotes:
        spans.append(Span(q.start, q.end, "quote", f"quote · {q.speaker or 'speaker unknown'}"
                                                   + (f" ({q.cue})" if q.cue else "")))
    for e in ann.entities:
        target = entity_map.get(e.id)
        for m in e.mentions:
            spans.append(Span(m.start, m.end, "entity", f"{e.type} · {e.name}",
                              f"/entities/{target}" if target else None))
    for n in ann.quantities:
        what = " ".join(str(x) for x in (n.value, n.unit, n.counts) if x not in (None, ""))
        spans.append(Span(n.start, n.end, "number", f"quantity · {what}"))
    for d in ann.dates:
        spans.append(Span(d.start, d.end, "date", f"date · {d.value or 'unresolved'}"))
    return spans


def article_segments(article: Article, ann: Annotations | None, entity_map: dict[str, str],
                     extra: Sequence[Span] = ()) -> list[Segment]:
    return segments(article.body, [*article_spans(ann, entity_map), *extra])


@dataclass(slots=True)
class MentionView:
    article: Article
    start: int
    end: int
    context: list[Segment]


def mention_views(entity: dict[str, Any], articles: dict[str, Article],
                  annotations: dict[str, Annotations]) -> list[MentionView]:
    """Every mention of an entity in its sentence, the mention highlighted."""
    out = []
    for m in entity.get("mentions", []):
        a = articles.get(m.get("article"))
        if a is None or not (0 <= m["start"] < m["end"] <= len(a.body)):
            continue
        ann = annotations.get(a.id)
        s, e = sentence_span(a.body, ann.sentences if ann else [], m["start"], m["end"])
        s, e = max(s, m["start"] - CONTEXT_CHARS // 2), min(e, m["end"] + CONTEXT_CHARS // 2)
        out.append(MentionView(a, m["start"], m["end"], segments(a.body[s:e], [Span(m["start"], m["end"], "entity")], s)))
    return out


def search_rows(hits: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Search hits with the snippet as segments (for pages) and as plain text + hit offsets (for JSON)."""
    rows = []
    for h in hits:
        segs = split_marks(h.get("snippet") or "")
        plain, offsets, pos = "", [], 0
        for seg in segs:
            if seg.kinds:
                offsets.append([pos, pos + len(seg.text)])
            plain += seg.text
            pos += len(seg.text)
        rows.append({"id": h["id"], "title": h.get("title"), "snippet": plain, "hits": offsets, "segments": segs})
    return rows


def fact_matrix(facts: Sequence[dict[str, Any]], articles: dict[str, Article],
                annotations: dict[str, Annotations]) -> tuple[list[Article], list[dict[str, Any]]]:
    """Facts × outlets: per fact, per article, the sentence carrying the mention (mention highlighted).

    Only facts reported by at least two articles, in the given order (conflicts first), at most
    :data:`MATRIX_ROWS` of them.
    """
    facts = [f for f in facts if len({m.get("article") for m in f.get("mentions", [])}) >= 2][:MATRIX_ROWS]
    columns = [a for a in articles.values() if any(m.get("article") == a.id for f in facts for m in f.get("mentions", []))]
    columns.sort(key=lambda a: (outlet_name(a).lower(), a.id))
    rows = []
    for f in facts:
        cells: dict[str, list[Segment]] = {}
        by_article: dict[str, list[dict]] = {}
        for m in f.get("mentions", []):
            by_article.setdefault(m.get("article"), []).append(m)
        for aid, ms in by_article.items():
            a = articles.get(aid)
            if a is None:
                continue
            ann = annotations.get(aid)
            valid = [m for m in ms if 0 <= m["start"] < m["end"] <= len(a.body)]
            if not valid:
                continue
            # each mention's own sentence, in order ("…" between): not everything between the
            # first and the last mention, which can be most of the article
            spans = sorted({sentence_span(a.body, ann.sentences if ann else [], m["start"], m["end"]) for m in valid})
            marks = [Span(m["start"], m["end"], "fact") for m in valid]
            cell: list[Segment] = []
            for s, e in spans:
                if cell:
                    cell.append(Segment(" … "))
                cell += segments(a.body[s:e], marks, s)
            cells[aid] = cell
        rows.append({"fact": f, "cells": [cells.get(a.id) for a in columns]})
    return columns, rows


def to_csv(rows: Sequence[dict[str, Any]], columns: Sequence[str] | None = None) -> str:
    """CSV text of ``rows`` (all their keys unless ``columns``), spreadsheet-safe (:mod:`newsdesk.csvout`)."""
    buf = io.StringIO()
    write_rows(buf, rows, columns_of(rows) if columns is None else columns)
    return buf.getvalue()


def stance_table(records: Sequence[dict[str, Any]]) -> tuple[list[str], list[dict[str, Any]]]:
    """Actor × issue grid: each cell the latest position (by date), how many evidence
    sentences back it, and its earlier positions with their dates ("was opposes, 2026-02-15")."""
    issues = sorted({str(r.get("issue")) for r in records}, key=str.lower)
    grid: dict[str, dict[str, dict[str, Any]]] = {}
    for r in sorted(records, key=lambda r: r.get("date") or ""):
        cell = grid.setdefault(str(r.get("actor")), {}).setdefault(str(r.get("issue")), {"count": 0, "history": []})
        cell["count"] += len(r.get("evidence") or []) or 1
        cell["position"], cell["date"] = r.get("position"), r.get("date")
        if not cell["history"] or cell["history"][-1]["position"] != r.get("position"):
            cell["history"].append({"position": r.get("position"), "date": r.get("date")})
    rows = [{"actor": actor, "cells": [cells.get(i) for i in issues]}
            for actor, cells in sorted(grid.items(), key=lambda kv: kv[0].lower())]
    return issues, rows
