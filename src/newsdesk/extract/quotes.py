"""Find quoted stretches of text: pair quote marks into spans (speech or not is decided later).

Handled mark styles: curly “…”, straight "…", low „…“, guillemets «…», LaTeX/PTB ``…'' and
the doubled-apostrophe style ''…'' of some newspaper archives. A straight mark (or ``''``) is
an opener when it follows whitespace or an opening bracket and a closer when it is followed by
whitespace or punctuation; otherwise its role follows from whether a quote is open. Curly
marks typed the wrong way round are repaired: a ” that opens a paragraph opens a quote, and a
“ glued to the end of a word before a space (“rapists“ while …) closes one.

Multi-paragraph quotes follow the print convention: a paragraph that ends inside a quote
without a closing mark, and a next paragraph that opens with a new mark, continue one
quotation; each paragraph becomes its own :class:`QuoteSpan` with ``continues=True`` on the
later ones. A quote still open at the end of its paragraph with no such continuation is
closed at the paragraph end (``closed=False``): scraped text often loses closing marks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

MARK_RE = re.compile(r"``|''|“|”|„|«|»|\"")
OPENERS = {"“", "„", "«", "``"}
CLOSERS = {"”", "»"}
# A low-9 mark „ is closed by “ (German style) — that “ then closes rather than opens.
OPEN_CONTEXT = set(" \t\n([{—–-/") | {""}
# Zero-width and bidi format characters that scraped text carries before a mark.
INVISIBLE = set("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\ufeff")
MARKUP_ATTR_RE = re.compile(r"""=\s*(?:"[^"\n]*"|“[^”\n]*”)""")
# Longest stretch a quote may run inside one paragraph before we distrust the pairing.
MAX_QUOTE_CHARS = 3000


@dataclass(slots=True)
class QuoteSpan:
    start: int  # inner text, marks excluded, whitespace trimmed
    end: int
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset just past the closing mark; None when closed by paragraph end
    continues: bool = False  # continues an unclosed quote from the previous paragraph
    closed: bool = True


def _role(text: str, start: int, end: int, mark: str) -> str:
    k = start - 1
    while k >= 0 and text[k] in INVISIBLE:
        k -= 1  # "\u202a”Isis declares …” wrote Pete Hidalgo": look past format characters
    before = text[k] if k >= 0 else ""
    after = text[end] if end < len(text) else ""
    if mark == "“" and (before.isalnum() or before in ".,!?") and (after == "" or after.isspace()):
        # "“criminals” and “rapists“ while calling …": a “ right after a word and before a space
        # is a typo for ” (find_quote_spans lets it close only a quote open in its paragraph)
        return "close-typo"
    if mark in OPENERS:
        return "open"
    if mark in CLOSERS:
        # a ” that opens a paragraph before a word is a typo for “ (also before a space and an
        # ellipsis: "” … what I learned …,” he said")
        line = text[end: _para_end(text, end)]
        return "open" if before in ("", "\n") and line.strip() else "close"
    opens = before in OPEN_CONTEXT or before in "“‘" and not after.isspace()
    closes = after == "" or after.isspace() or after in ".,;:!?)]—–-’”'"
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _para_end(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Pair the quote marks of ``text`` into spans, in order of position."""
    spans: list[QuoteSpan] = []
    open_at: tuple[int, int] | None = None  # (mark start, mark end) of the open quote
    continues = False
    low9 = False
    nested = 0  # curly quotes open inside a straight-quoted span

    def emit(end_inner: int, close_end: int | None) -> None:
        s, e = _trimmed(text, open_at[1], end_inner)
        if e > s:
            spans.append(QuoteSpan(s, e, open_at[0], close_end, continues, close_end is not None))

    markup = [(a.start(), a.end()) for a in MARKUP_ATTR_RE.finditer(text)] if "=" in text else []
    for m in MARK_RE.finditer(text):
        if markup and any(a <= m.start() < b for a, b in markup):
            continue  # the value of an HTML/XML attribute left in the text: <tweet id="…">
        mark = m.group()
        role = _role(text, m.start(), m.end(), mark)
        if role == "close-typo":
            # closes a quote open in this paragraph; otherwise an opener as usual
            role = "close" if open_at is not None and "\n" not in text[open_at[1]: m.start()] else "open"
        if low9 and mark == "“":
            role = "close"
        if open_at is not None and "\n" in text[open_at[1]: m.start()]:
            # the paragraph ended inside the quote: close it there
            pend = _para_end(text, open_at[1])
            emit(pend, None)
            gap = text[pend: m.start()]
            continues = role != "close" and gap.strip() == "" and "\n" in gap
            open_at = None
            if role == "close":
                continue
            open_at, low9, nested = (m.start(), m.end()), mark == "„", 0
            continue
        if open_at is None:
            if role != "close":
                open_at, low9 = (m.start(), m.end()), mark == "„"
                nested = 0
            continue
        outer = text[open_at[0]: open_at[1]]
        if outer == '"' and mark == "“":
            nested += 1  # "The DOJ isn’t about “Equal Justice” anymore": curly inside straight
            continue
        if nested and mark == "”":
            nested -= 1
            continue
        if role == "open":
            continue  # a stray second opener inside an open quote: keep the first
        if m.start() - open_at[1] > MAX_QUOTE_CHARS:
            open_at = None
            continue
        emit(m.start(), m.end())
        open_at, continues, low9 = None, False, False
    if open_at is not None:
        emit(_para_end(text, open_at[1]), None)
    return spans
