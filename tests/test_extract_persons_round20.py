"""Persons (round 20): a capitalised run is no person when a word after its first names a street, a
site or a line ("Corn Street", "Harlan Ridge Railroad", "Marion County"; persons.PLACE_NAME_ENDS); a
hyphenated given name ("Kerry-Ann") opens a name, also after another capitalised run."""
from __future__ import annotations

from newsdesk.extract import extract_article
from newsdesk.model import Article


def _persons(body: str) -> set[str]:
    art = Article(id="a", source="t", body=body, content_hash="1", published="2026-06-19")
    return {e.name for e in extract_article(art).entities if e.type == "PERSON"}


def test_streets_lines_and_counties_are_no_persons() -> None:
    got = _persons("Harlan Ridge Railroad said the line would reopen. Shopkeepers on Corn Street said trade had "
                   "fallen. Marion County said it would help.")
    assert not got & {"Harlan Ridge Railroad", "Corn Street", "Marion County"}, got


def test_a_person_named_before_a_speech_verb_is_still_found() -> None:
    got = _persons("Harlan Brooks said the line would reopen on Monday.")
    assert "Harlan Brooks" in got, got


def test_a_hyphenated_given_name_after_a_capitalised_run() -> None:
    # the byline's last word and the lead's first name are one capitalised run across the blank line
    got = _persons("By Carys Penhallow, Tarnholme Echo\n\nKerry-Ann Mallender keeps a folder of photographs on her "
                   "phone. Mallender said the mould came back every winter.")
    assert "Kerry-Ann Mallender" in got and "Ann Mallender" not in got, got
