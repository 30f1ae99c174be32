"""Quoted words that label a thing or hold one word up, not speech: a document's
"describes X as ...", a body's one-word quote inside a clause that goes on. Constructed
sentences on domains no development story covers (a hospital, a library, a bus company)."""
from __future__ import annotations

from newsdesk.extract import extract_quotes


def _direct(text: str, start: str) -> bool:
    return next(q for q in extract_quotes(text) if q.text.startswith(start)).direct


def test_a_documents_description_as_is_a_label() -> None:
    text = ("Wenlow Infirmary keeps junior doctors on the ward for 16 hours at a time, according to rotas seen by "
            "this paper. The trust's staff guide describes the pattern as \"extended cover.\"")
    assert not _direct(text, "extended cover")


def test_a_persons_description_as_stays_speech() -> None:
    text = 'Dr. Mara Lindqvist said the rota was unsafe and described the pattern as "dangerous for patients."'
    assert _direct(text, "dangerous for patients")


def test_a_bodys_one_word_quote_inside_a_clause_is_not_speech() -> None:
    text = ('The library service says the new opening hours would suit about 40,000 readers and has promised that '
            'study and events can "coexist" in the main hall.')
    assert not _direct(text, "coexist")
