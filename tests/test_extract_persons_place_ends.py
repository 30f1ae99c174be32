"""A capitalised run before a speech verb is no person when a word after its first names a street,
a site or a line ("Corn Street", "Harlan Ridge Railroad", "Marion County"): such words never end
a surname (persons.PLACE_NAME_ENDS)."""
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
