"""The sentence view fact alignment and single-source detection share: each sentence with
its stemmed content words, amounts, capitalised names and whether it holds a quotation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from newsdesk.compare import _text
from newsdesk.compare import quantities as qmath
from newsdesk.compare._context import StoryContext
from newsdesk.model import Quantity

CLAIM_MAX_CHARS = 160  # claims are short: cut at a word boundary
MIN_CONTENT_WORDS = 4  # shorter sentences ("It said so.") carry no alignable fact


@dataclass(slots=True)
class Sent:
    """One sentence as the fact matcher sees it."""

    sent: _text.Sentence
    words: list[str]
    quantities: list[Quantity]
    names: set[str]
    has_quote: bool
    units: frozenset[str] = frozenset()  # counted units of its amounts (durations excluded)


def claim_text(text: str) -> str:
    """A sentence as a short claim: quote marks trimmed, cut at a word boundary."""
    text = _text.norm_space(text).strip("“”\"' ")
    if len(text) <= CLAIM_MAX_CHARS:
        return text
    cut = text[:CLAIM_MAX_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + " …"


def names_in(text: str) -> set[str]:
    """Capitalised words that are not sentence-initial: a cheap proxy for named actors."""
    out = set()
    for m in re.finditer(r"(?<=[a-z,;:’'\"”] )([A-Z][a-z]{2,})", text):
        out.add(m.group(1).lower().rstrip("y"))  # Zelensky / Zelenskyy
    return out


def prepare(ctx: StoryContext) -> list[Sent]:
    """Every sentence of the story with at least ``MIN_CONTENT_WORDS`` content words."""
    out = []
    for view in ctx.views.values():
        for s in view.sentences:
            ws = _text.content_words(s.text)
            if len(ws) < MIN_CONTENT_WORDS:
                continue
            qs = [q for q in view.quantities if s.start <= q.start < s.end]
            has_quote = any(s.start <= q.start < s.end for q in view.quotes)
            units = frozenset(u for q in qs if (u := qmath.unit_key(q)) and u not in qmath.DURATION_UNITS)
            out.append(Sent(s, ws, qs, names_in(s.text), has_quote, units))
    return out



ATTRIBUTION_RE = re.compile(r"\b(?:said|says|told|according to|announced|reported|claimed|confirmed)\b")
QUOTED_RE = re.compile(r"[“\"]([^”\"]+)[”\"]|^([^“”\"]+)[”\"]")  # "…" or a quotation closing in this sentence
# capitalised, but not actors (keys as ``names_in`` makes them)
CALENDAR = {w.rstrip("y") for w in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", *_text.MONTHS)}
