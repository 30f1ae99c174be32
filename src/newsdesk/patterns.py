"""Regular-expression helpers shared by the extract and compare stages."""
from __future__ import annotations

import re
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
    return text.lower() if text.isascii() else text.translate(_IGNORECASE_AS_ASCII).lower()


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
