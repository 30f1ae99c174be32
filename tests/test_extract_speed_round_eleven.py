"""Speed round eleven (extraction): each faster form must give exactly what the plain one gives,
on the development stories' texts, constructed texts with invented names, and random strings."""
from __future__ import annotations

import random
import re
from pathlib import Path

from newsdesk.extract import entities, persons

STORIES = Path(__file__).parent / "data" / "stories"

MADE = [
    "Spokeswoman Odile Brankovic-Sayer and her two sons, said McDonald; O’Brien’s aide, Jean-Pierre Vallé, told.",
    "Maud Pell’s mother, Maud, said. Cosmo Adeyemi-Frost of Fair Deal Harlow said the Lord Mayor warned.",
    "Minister of State for Heritage Nuala Prask-Ellery, who joined in 2019, said Draskovic-Lane, who left.",
    "Gallimore's boss, Gideon Harrowfield, made O'Neill's point; Greta Sandvik, the union’s general secretary.",
    "Torvald Penderrick, speaking for the board, said Ana Ruiz, campaigns director at the Sea Trust, agreed.",
    "Smith’ said Smith’s Smiths’ Jones' said Mr. Zelensky, 52, who; Benedikt Oyebanji-March, a shop steward who",
    "Hallvik Dockers’ Union and Varnel Systems’ headquarters; University of Selmar; Brightwater Lines' ships",
]


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(STORIES.glob("*/*.txt"))]
    rng = random.Random(11)
    alphabet = "aAbBcCdDMOmoéÿ÷×’', .\n-"
    words = ["Mc", "McD", "O’", "O'", "Brien", "said", "who", "and", "her", "of", "the", "Ana", "Ruiz", ",", "’s",
             "'s", "Jean-Pierre", "A.", "spokesman", "a", "told", "Vallé", "Dockers’", "x"]
    texts += ["".join(rng.choice(alphabet) for _ in range(300)) for _ in range(300)]
    texts += [" ".join(rng.choice(words) for _ in range(80)) for _ in range(300)]
    texts += ["".join(rng.choice(words) + rng.choice(" ,") for _ in range(80)) for _ in range(300)]
    return texts + MADE


def _name_patterns() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """(pattern as used, the same with the plain NAME_WORD) for every pattern built on it."""
    out = []
    for module in (persons, entities):
        for value in vars(module).values():
            if isinstance(value, re.Pattern) and persons.NAME_WORD in value.pattern:
                out.append((value, re.compile(value.pattern.replace(persons.NAME_WORD, persons.NAME_WORD_PLAIN),
                                              value.flags)))
    return out


def test_possessive_name_words_match_as_the_plain_ones() -> None:
    pairs = _name_patterns()
    assert len(pairs) >= 20  # every name pattern of persons and the capitalised runs of entities
    for text in _texts():
        for fast, plain in pairs:
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
                [(m.span(), m.groups()) for m in plain.finditer(text)], (fast.pattern[:80], text[:80])
        for k in range(0, len(text), 7):  # searched in a window, as FIRST_NAME_BEFORE_RE is
            fast, plain = persons.FIRST_NAME_BEFORE_RE, re.compile(
                persons.FIRST_NAME_BEFORE_RE.pattern.replace(persons.NAME_WORD, persons.NAME_WORD_PLAIN))
            got, want = fast.search(text, max(0, k - 30), k), plain.search(text, max(0, k - 30), k)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))
