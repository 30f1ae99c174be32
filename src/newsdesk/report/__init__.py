"""Report: the cited briefing (Markdown, self-contained HTML with charts, JSON).

``write_report(desk, out_dir)`` is what ``newsdesk report`` and ``newsdesk demo`` call.
Modules: ``summarize`` (LexRank + MMR extractive summaries), ``briefing`` (the briefing as
data, every sentence cited), ``sources`` (copies folded), ``spans`` (offsets and highlight
segments), ``charts`` (SVG), ``markdown`` / ``html`` (writers), ``render`` (shared helpers).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .briefing import StoryBrief, build_briefing, briefing_json, story_brief

__all__ = ["write_report", "build_briefing", "briefing_json", "story_brief", "StoryBrief"]


def write_report(desk: Any, out_dir: str | Path) -> list[Path]:
    """Write ``briefing.md``, ``briefing.html`` and ``briefing.json`` into ``out_dir``; returns their paths."""
    from .html import briefing_html
    from .markdown import briefing_markdown

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    briefs = build_briefing(desk)
    files = {
        "briefing.md": briefing_markdown(briefs),
        "briefing.html": briefing_html(briefs),
        "briefing.json": json.dumps(briefing_json(briefs), ensure_ascii=False, indent=2) + "\n",
    }
    paths = []
    for name, text in files.items():
        path = out / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
