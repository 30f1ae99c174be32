"""Regular-expression helpers shared by the extract and compare stages."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

ALTERNATION_CACHE_SIZE = 64  # alternations kept (seeds, cues and most stories' actor lists are the same)


@lru_cache(maxsize=ALTERNATION_CACHE_SIZE)
def word_alternation(words: tuple[str, ...]) -> str:
    """An alternation of words, longest first (spaces match any run of whitespace), for a
    case-insensitive pattern, or a case-sensitive one when the words are lower case.

    Lower-case ASCII words with single inner spaces become a trie ("fr(?:ance|ench)"): the
    same matches in the same order of preference (among words that match at one place, the
    longest first), but the engine tests a character per position instead of every word,
    which makes long word lists several times faster. Other words keep the plain list.
    """
    plain = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return trie_alternation(tuple({w.lower() for w in words})) or plain


def trie_alternation(words: tuple[str, ...], space: str = r"\s+") -> str | None:
    """The trie of :func:`word_alternation` for words that are already as they must match
    (a case-sensitive pattern matches them as written), each inner space as ``space`` (a
    pattern matching one or more whitespace characters); None when a word is not one the trie
    handles exactly (not lower-case ASCII words and marks with single inner spaces): then the
    caller keeps its plain, longest-first alternation.

    Same matches as the plain alternation: among words that match at one place, one is a
    prefix of the other, and the trie tries the longer first, as the longest-first list does."""
    low = sorted(set(words))
    if not low or not all(w.isascii() and w == w.strip() and "  " not in w and _TRIE_SAFE.fullmatch(w) for w in low):
        return None
    trie: dict = {}
    for w in low:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _trie_regex(trie, space)


# the only non-ASCII characters that re.IGNORECASE takes for ASCII letters, besides the Kelvin
# sign (which lower() already makes "k"): İ and dotless ı for "i", long ſ for "s"
_IGNORECASE_AS_ASCII = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def folded(text: str) -> str:
    """``text`` in lower case as ``re.IGNORECASE`` compares it with ASCII: wherever a
    case-insensitive pattern matches an ASCII literal (letters, digits, spaces) in ``text``,
    that literal in lower case is a substring of ``folded(text)``. So a pattern every match of
    which holds one of a few literals can be skipped, exactly, on a text that holds none."""
    if text.isascii():
        return text.lower()
    if "İ" in text or "ı" in text or "ſ" in text:  # three scans cost far less than a translate (~6x)
        text = text.translate(_IGNORECASE_AS_ASCII)
    return text.lower()


def folded_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-sensitive twin of a case-insensitive ``pattern`` written in lower case: searched
    in ``folded(text)``, it matches where ``pattern`` matches in ``text``, at the same offsets
    (``folded`` keeps every character in its place, and turns each character that the
    case-insensitive engine takes for an ASCII letter into that letter). Several times faster
    than the case-insensitive search (the engine folds no character); its groups hold the
    folded text, not the original's.

    None for a pattern that is not case-insensitive (or is ASCII-only), switches case
    sensitivity inside (``(?-i:...)``), names a character by its code (``\\x41``) or holds a
    cased character other than a lower-case ASCII letter outside escapes (``\\b``, ``\\S``)
    and group names: such a pattern may match differently in the folded text."""
    if not pattern.flags & re.IGNORECASE or pattern.flags & re.ASCII or _FLAGS_INSIDE.search(pattern.pattern):
        return None
    for m in _PATTERN_PIECE.finditer(pattern.pattern):
        escaped, ch = m.group(1), m.group(2)
        if escaped is not None and escaped in "xuUN01234567":
            return None
        if ch is not None and not (ch.isascii() and not ch.isupper()) and ch.lower() != ch.upper():
            return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


_FLAGS_INSIDE = re.compile(r"(?<!\\)\(\?[aiLmsux-]")  # "(?i:", "(?-i:", "(?a)": flags set inside a pattern
_PATTERN_PIECE = re.compile(r"\\(.)|\(\?P<\w+>|(.)", re.S)  # an escape, a group's name, one literal character


_GATES: dict[int, tuple[re.Pattern[str], Callable[[str, str], bool]]] = {}


def folded_gate(pattern: re.Pattern[str]) -> Callable[[str, str], bool]:
    """``gate(text, folded(text))`` is ``bool(pattern.search(text))``, through the
    :func:`folded_twin` when the pattern has one (kept per pattern object)."""
    kept = _GATES.get(id(pattern))
    if kept is None or kept[0] is not pattern:
        twin = folded_twin(pattern)
        gate = (lambda text, low: twin.search(low) is not None) if twin is not None else \
            (lambda text, low: pattern.search(text) is not None)
        kept = _GATES[id(pattern)] = (pattern, gate)
    return kept[1]


_TWINS: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def folded_finditer(pattern: re.Pattern[str], text: str, low: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, found through its :func:`folded_twin` in ``low`` (``folded(text)``):
    each twin match is matched again by ``pattern`` in ``text`` at its start, which gives the
    match ``finditer`` gives there (same span; groups hold the original text). The twin skips
    the case folding at every position tried, the re-match costs one attempt per match. A
    pattern without a twin is searched as it is (kept per pattern object)."""
    kept = _TWINS.get(id(pattern))
    if kept is None or kept[0] is not pattern:
        kept = _TWINS[id(pattern)] = (pattern, folded_twin(pattern))
    twin = kept[1]
    if twin is None:
        yield from pattern.finditer(text)
        return
    match = pattern.match
    for t in twin.finditer(low):
        yield match(text, t.start())


def starting_with(chars: str) -> str:
    """A lookahead that only lets a match start at one of ``chars`` (a character-class body).

    Put first in a pattern whose every match begins with one of them, it changes no match;
    it lets the engine skip ahead to such a character instead of trying the whole pattern at
    every position (a pattern that opens with ``\\b`` or a lookbehind gets no such skip)."""
    return f"(?=[{chars}])"


_TRIE_SAFE = re.compile(r"[a-z0-9.'’&-]+(?: [a-z0-9.'’&-]+)*")  # words the trie handles exactly


def _trie_regex(node: dict, space: str = r"\s+") -> str:
    """The regex of a trie node: its branches (one character each), the word end last."""
    branches = [(space if ch == " " else re.escape(ch)) + _trie_regex(child, space)
                for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a shorter word ends here: optional, tried after the longer ones (greedy)
        return "(?:" + body + ")?" if len(branches) > 1 or len(body) > 1 else body + "?"
    return body
