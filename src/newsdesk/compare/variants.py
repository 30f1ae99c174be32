"""Quote variants: the same utterance quoted in different words by different articles.

Quotes are compared on normalised words (lower case, punctuation and quote marks
dropped). Two quotes of different articles are the same utterance when their word
sequences are similar enough (``SAME_UTTERANCE``) — or one is a fragment of the other
(``FRAGMENT``, for "filled with diplomacy" inside a longer quotation) — and their speakers
do not contradict each other. The verdict of a group says how far the wordings drift:
``identical`` (same words), ``minor-variation`` (a few words differ, or one quotes part of
the other) or ``divergent`` (same gist, noticeably different words). ``diff`` holds the
word-level difflib opcodes between the first member and each other member.
"""
from __future__ import annotations

import difflib

from rapidfuzz import fuzz

from newsdesk.compare import _text
from newsdesk.compare._context import StoryContext
from newsdesk.model import Quote, QuoteVariant

SAME_UTTERANCE = 62  # rapidfuzz ratio (0-100) over normalised words at which two quotes are one utterance
FRAGMENT = 90  # partial_ratio at which a shorter quote is taken from the longer one
FRAGMENT_MIN_WORDS = 3  # shorter fragments ("very sensitive") are too generic to pair on
MINOR = 85  # ratio at or above which the wording differs only slightly
MIN_WORDS = 4  # quotes shorter than this are too generic to pair on their own


def _norm(text: str) -> str:
    return " ".join(_text.words(text.replace("‘", " ").replace("’", "'")))


def _speaker_key(q: Quote) -> str | None:
    if not q.speaker:
        return None
    last = _text.words(q.speaker)
    return last[-1].rstrip("y") if last else None  # "Zelenskyy" / "Mr. Zelensky"


def _same(a: Quote, b: Quote) -> tuple[bool, float]:
    na, nb = _norm(a.text), _norm(b.text)
    ka, kb = _speaker_key(a), _speaker_key(b)
    if ka and kb and ka != kb and fuzz.ratio(ka, kb) < 85:
        return False, 0.0
    ratio = fuzz.ratio(na, nb)
    short = min(len(na.split()), len(nb.split()))
    if ratio >= SAME_UTTERANCE and short >= MIN_WORDS:
        return True, ratio
    if short >= FRAGMENT_MIN_WORDS and fuzz.partial_ratio(na, nb) >= FRAGMENT:
        return True, ratio
    return False, ratio


def _diff(a: Quote, b: Quote) -> dict:
    wa, wb = _norm(a.text).split(), _norm(b.text).split()
    ops = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes():
        ops.append([tag, " ".join(wa[i1:i2]), " ".join(wb[j1:j2])])
    return {"a": a.id, "b": b.id, "opcodes": ops}


def _verdict(members: list[Quote]) -> str:
    norms = [_norm(q.text) for q in members]
    if len(set(norms)) == 1:
        return "identical"
    base = norms[0]
    worst = min(max(fuzz.ratio(base, n), fuzz.partial_ratio(base, n) if min(len(base), len(n)) > 0 else 0) for n in norms[1:])
    return "minor-variation" if worst >= MINOR else "divergent"


def find(ctx: StoryContext) -> list[QuoteVariant]:
    quotes = [q for v in ctx.views.values() for q in v.quotes if q.text and len(_norm(q.text).split()) >= FRAGMENT_MIN_WORDS]
    parent = list(range(len(quotes)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(quotes)):
        for j in range(i + 1, len(quotes)):
            if quotes[i].article == quotes[j].article:
                continue
            same, _ = _same(quotes[i], quotes[j])
            if same:
                parent[root(j)] = root(i)
    groups: dict[int, list[Quote]] = {}
    for i, q in enumerate(quotes):
        groups.setdefault(root(i), []).append(q)
    out = []
    for members in groups.values():
        if len({q.article for q in members}) < 2:
            continue
        members.sort(key=lambda q: (len(q.text), q.article, q.start), reverse=True)  # longest first
        speaker = next((q.speaker for q in members if q.speaker), None)
        out.append(QuoteVariant(
            id="", story=ctx.story.id, speaker=speaker, members=[q.id for q in members],
            verdict=_verdict(members), diff=[_diff(members[0], q) for q in members[1:]],
        ))
    out.sort(key=lambda v: v.members)
    for n, v in enumerate(out):
        v.id = f"{ctx.story.id}-qv{n}"
    return out


