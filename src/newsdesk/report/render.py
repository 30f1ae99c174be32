"""Shared rendering helpers: citation numbering, highlight segments, the Jinja environment."""
from __future__ import annotations

from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from .briefing import Citation, Sentence, StoryBrief
from .sources import outlet_name
from .spans import Segment, Span, segments


class CitationIndex:
    """Numbers a story's citations in order of first use: ``[1]``, ``[2]`` … and lists them."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.items: list[Citation] = []
        self._numbers: dict[tuple[str, int, int], int] = {}

    def refs(self, sentence: Sentence) -> list[int]:
        out = []
        for c in sentence.citations:
            key = (c.article, c.start, c.end)
            if key not in self._numbers:
                self.items.append(c)
                self._numbers[key] = len(self.items)
            out.append(self._numbers[key])
        return out

    def anchor(self, number: int) -> str:
        return f"{self.prefix}-c{number}"


def sentence_segments(sentence: Sentence) -> list[Segment]:
    """An extracted sentence cut around its marks (fact mentions) for highlighting."""
    if not sentence.extracted or not sentence.marks:
        return [Segment(sentence.text)]
    base = sentence.citations[0].start
    return segments(sentence.text, [Span(s, e, "fact") for s, e in sentence.marks], offset=base)


def environment(package: str = "newsdesk.report") -> Environment:
    """Jinja with autoescaping on for every HTML template (article text is untrusted)."""
    env = Environment(
        loader=PackageLoader(package, "templates"),
        autoescape=select_autoescape(["html", "htm", "xml", "j2"], default_for_string=True, default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["sentence_segments"] = sentence_segments
    env.filters["day"] = lambda v: (v or "")[:10] or "undated"
    env.filters["outlet"] = outlet_name  # "unknown outlet (file name)" when none is known
    return env


def story_context(brief: StoryBrief) -> dict[str, Any]:
    return {"brief": brief, "cites": CitationIndex(f"s-{brief.story.id}")}
