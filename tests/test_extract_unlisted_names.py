"""Entities and speakers for names no word list knows: types from morphology and context,
transliterated spellings merged, pronouns and descriptions resolved (invented names only)."""
from __future__ import annotations

from newsdesk.extract import extract_article, merge_entities
from newsdesk.model import Article, content_hash

TEXT = (
    "OSKEBY — Tarvenia’s prime minister, Lukas Morvaine, arrived in Oskeby on Monday for talks "
    "with officials from Brelland, the city of Oskeby being neutral ground.\n\n"
    "Morvaine said the Tarvenian delegation would stay for a week. Ostheim Shipping Lines said "
    "it would resume sailings; Ostheim had cancelled them in March.\n\n"
    "Elsbeth Karnow, a spokeswoman for the Tarvenian Interior Ministry, declined to comment on "
    "the sailings. “We do not discuss timetables in public,” she said.\n\n"
    "The Tarvenian leader later told reporters that he was “ready to sign a framework deal.”\n\n"
    "Brelland said it wanted guarantees. “Our ports are open,” said a Brelland official, "
    "Hakon Veidt, who leads the trade talks."
)


def _ann(aid: str, body: str):
    return extract_article(Article(id=aid, source=aid, body=body, content_hash=content_hash(body)))


def test_unlisted_places_nationalities_and_organisations_get_types():
    ents = {e.name: e for e in _ann("t", TEXT).entities}
    assert ents["Tarvenia"].type == "GPE"  # has the nationality twin "Tarvenian"
    assert ents["Tarvenian"].type == "NORP"
    assert ents["Oskeby"].type == "GPE"  # "the city of Oskeby", dateline
    assert "OSKEBY" in ents["Oskeby"].aliases
    assert ents["Brelland"].type == "GPE"  # "-land" after "from", even as subject of "said"
    assert ents["Ostheim Shipping Lines"].type == "ORG"
    assert "Ostheim" in ents["Ostheim Shipping Lines"].aliases  # the short form joins
    assert ents["Tarvenian Interior Ministry"].type == "ORG"
    persons = {n for n, e in ents.items() if e.type == "PERSON"}
    assert persons == {"Lukas Morvaine", "Elsbeth Karnow", "Hakon Veidt"}


def test_unlisted_speakers_pronoun_description_and_apposition():
    speech = {q.text[:11]: q.speaker for q in _ann("t", TEXT).quotes if q.direct}
    assert speech["We do not d"] == "Elsbeth Karnow"  # "she" -> the spokeswoman
    assert speech["ready to si"] == "Lukas Morvaine"  # "the Tarvenian leader" -> prime minister
    assert speech["Our ports a"] == "Hakon Veidt"  # "a Brelland official, Hakon Veidt,"


def test_unlisted_transliterations_merge_across_articles():
    a = _ann("a", "Prime Minister Lukas Morvaine spoke. Mr. Morvaine left early.")
    b = _ann("b", "Lukas Morvayne, the prime minister, arrived. Morvayne said little.")
    c = _ann("c", "Dmitri Zharkov, an envoy, met Dmitri Jarkov's aide. Jarkov said nothing.")
    entities, _ = merge_entities([a, b, c])
    morv = [e for e in entities if e.type == "PERSON" and e.name.startswith("Lukas")]
    assert len(morv) == 1 and len(morv[0].mentions) == 4
    zh = [e for e in entities if e.type == "PERSON" and e.name.startswith("Dmitri")]
    assert len(zh) == 1
