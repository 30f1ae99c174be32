"""Headline framing: loaded or sensational words in a headline, and whether the body backs it.

1. **Flags.** Each lexicon entry (``data/framing_lexicon.json``: word or phrase, ``*`` for
   a prefix, with a kind) found in the headline becomes a flag with its offsets into the
   headline. The note says whether the body uses language that would justify the word
   (the entry's ``backing`` list, e.g. "capitulated" for "caves").
2. **Support.** The headline is supported by the body when (a) most of its content words
   (``SUPPORT_MIN_COVERAGE``) occur in the body, and (b) no loaded word lacks backing in
   the body. A neutral headline gets no flags; it can still be unsupported when its words
   are not in the body.
"""
from __future__ import annotations

from typing import Any

from newsdesk.compare import text as _text
from newsdesk.compare.issues import CompareConfig, seed_pattern
from newsdesk.model import Annotations, Article, Framing, FramingFlag

SUPPORT_MIN_COVERAGE = 0.6  # share of headline content words the body must contain


def _flags(headline: str, lexicon: dict[str, dict[str, Any]], body_low: str) -> list[FramingFlag]:
    flags: list[FramingFlag] = []
    taken: list[tuple[int, int]] = []
    # longer entries first, so "huge concession" wins over a shorter overlapping entry
    for key in sorted(lexicon, key=len, reverse=True):
        entry = lexicon[key]
        for m in seed_pattern(key).finditer(headline):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            backing = [b for b in entry.get("backing", []) if b.lower() in body_low]
            if backing:
                note = f"{entry['kind']}; the body uses backing language: {', '.join(backing[:3])}"
            else:
                note = f"{entry['kind']}; no backing language in the body"
            flags.append(FramingFlag(kind=entry["kind"], text=m.group(0), start=m.start(), end=m.end(), note=note))
    flags.sort(key=lambda f: f.start)
    return flags


def _coverage(headline: str, body: str) -> tuple[float, list[str]]:
    """Share of headline content words found in the body (stem match), and the missing ones."""
    head = set(_text.content_words(headline))
    if not head:
        return 1.0, []
    body_words = set(_text.content_words(body))
    body_words |= {w.rstrip("y") for w in body_words}
    missing = sorted(w for w in head if w not in body_words and w.rstrip("y") not in body_words)
    return 1 - len(missing) / len(head), missing


def frame(article: Article, annotations: Annotations | None, config: CompareConfig) -> Framing | None:
    """The framing record of one article's headline; None when the article has no headline."""
    headline = (article.title or "").strip()
    if not headline:
        return None
    body_low = article.body.lower()
    flags = _flags(headline, config.framing_lexicon, body_low)
    coverage, missing = _coverage(headline, article.body)
    unbacked = [f for f in flags if "no backing" in f.note]
    supported = coverage >= SUPPORT_MIN_COVERAGE and not unbacked
    if coverage < SUPPORT_MIN_COVERAGE:
        flags.append(FramingFlag(
            kind="unsupported-claim", text=headline, start=0, end=len(headline),
            note=f"only {coverage:.0%} of the headline's content words occur in the body (missing: {', '.join(missing[:6])})",
        ))
    return Framing(article=article.id, headline=headline, flags=flags, supported_by_body=supported)


