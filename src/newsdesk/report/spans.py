"""Offsets into article bodies: sentence lookup and highlight segments.

Article text is untrusted. Nothing here produces HTML: :func:`segments` cuts a text into
plain pieces, each tagged with the kinds of span that cover it, and the templates render
every piece with autoescaping on. That is how the UI highlights without ever marking
article text as safe.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

SENTENCE_RE = re.compile(r"[^\s].*?(?:[.!?]+[\"'”’)\]]*(?=\s)|$)", re.S)  # fallback splitter, one sentence per match
MARK_START, MARK_END = "\x02", "\x03"  # how the store's search snippets delimit hits


@dataclass(frozen=True, slots=True)
class Span:
    """A highlighted range: ``kind`` is a CSS class (quote, entity, number, date, fact ...)."""

    start: int
    end: int
    kind: str
    title: str = ""  # tooltip
    href: str | None = None  # link target (entity page), never built from article text alone


@dataclass(slots=True)
class Segment:
    """A run of text covered by the same set of spans (possibly none)."""

    text: str
    kinds: list[str] = field(default_factory=list)
    title: str = ""
    href: str | None = None

    @property
    def css(self) -> str:
        return " ".join(f"hl-{k}" for k in self.kinds)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Fallback sentence spans (used when the extract stage left none): ends at . ! ? or a line break."""
    out = []
    for line in re.finditer(r"[^\n]+", text):
        for m in SENTENCE_RE.finditer(line.group()):
            chunk = m.group()
            start = line.start() + m.start()
            end = start + len(chunk.rstrip())
            if end > start:
                out.append((start, end))
    return out


def sentence_span(body: str, sentences: Sequence[Sequence[int]], start: int, end: int) -> tuple[int, int]:
    """The sentence around ``[start, end)``: from the extract stage's spans, else the fallback splitter.

    A mention that crosses a sentence boundary gets the union of the sentences it touches.
    """
    spans = [(int(s), int(e)) for s, e in sentences] or split_sentences(body)
    touching = [(s, e) for s, e in spans if s < max(end, start + 1) and e > start]
    if not touching:
        return start, end
    return min(s for s, _ in touching), max(e for _, e in touching)


def segments(text: str, spans: Iterable[Span], offset: int = 0) -> list[Segment]:
    """Cut ``text`` (which starts at body offset ``offset``) at every span edge.

    Overlapping spans are fine: a piece covered by a quote and an entity carries both kinds;
    its tooltip and link come from the innermost (shortest) span that has one.
    """
    local = []
    for sp in spans:
        s, e = max(sp.start - offset, 0), min(sp.end - offset, len(text))
        if e > s:
            local.append((s, e, sp))
    cuts = sorted({0, len(text), *(s for s, _, _ in local), *(e for _, e, _ in local)})
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:]):
        cover = sorted((sp for s, e, sp in local if s <= a and e >= b), key=lambda sp: sp.end - sp.start)
        kinds = sorted({sp.kind for sp in cover})
        title = next((sp.title for sp in cover if sp.title), "")
        href = next((sp.href for sp in cover if sp.href), None)
        piece = text[a:b]
        if out and out[-1].kinds == kinds and out[-1].title == title and out[-1].href == href:
            out[-1].text += piece
        else:
            out.append(Segment(piece, kinds, title, href))
    return out


def split_marks(snippet: str) -> list[Segment]:
    """A search snippet with \\x02…\\x03 hit markers as segments (hits have kind ``hit``)."""
    out: list[Segment] = []
    marked = False
    for piece in re.split(f"([{MARK_START}{MARK_END}])", snippet or ""):
        if piece == MARK_START:
            marked = True
        elif piece == MARK_END:
            marked = False
        elif piece:
            out.append(Segment(piece, ["hit"] if marked else []))
    return out


def squash(text: str) -> str:
    """Whitespace-normalised text: how a cited span is compared with the sentence shown."""
    return " ".join(text.split())
