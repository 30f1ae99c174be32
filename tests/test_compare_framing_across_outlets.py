"""Framing judged across the story's outlets: a headline word is the story's own when another
outlet's report uses it too, and the headline's framing when only this outlet writes it."""
from __future__ import annotations

from dataclasses import replace

from newsdesk.compare import compare_story
from tests.conftest import constructed_story


def _flags(titles: dict[str, str], *bodies: tuple[str, str | None, str | None]) -> dict[str, list[str]]:
    story, arts = constructed_story(*bodies)
    arts = [replace(a, title=titles.get(a.id)) for a in arts]
    found = compare_story(story, arts)
    return {f.article: [fl.text.lower() for fl in f.flags if fl.kind != "unsupported-claim"] for f in found.framing}


WIRE = ("A rocket carrying a weather satellite broke apart a minute after lift-off on Thursday, the company said. "
        "Debris fell into a closed stretch of sea. The company said it would find the cause.")


def test_a_word_other_outlets_use_is_the_storys_not_a_framing() -> None:
    flags = _flags({"b": "Rocket fails after launch, destroying weather satellite"},
                   (WIRE + " The satellite was destroyed when the rocket broke apart.", None, "Wire"),
                   (WIRE.replace("Thursday", "Thursday morning"), None, "Herald"),
                   ("Engineers said the launch was destroyed by an engine fault, and the satellite was lost.", None, "Digest"))
    assert flags["b"] == []


def test_a_word_only_this_outlet_writes_is_its_framing_even_when_its_body_repeats_it() -> None:
    body = ("The noise zealots on the council voted on Tuesday to ban night flights at the airport. "
            "The zealots say residents cannot sleep. Airlines said 400 jobs were at risk.")
    plain = ("The council voted on Tuesday to ban night flights at the airport. Residents said they cannot sleep. "
             "Airlines said 400 jobs were at risk.")
    flags = _flags({"a": "Noise Zealots Ban Night Flights", "b": "Council bans night flights at airport"},
                   (body, None, "Bulletin"), (plain, None, "Wire"), (plain.replace("Tuesday", "Tuesday night"), None, "Times"))
    assert "zealots" in flags["a"]
    assert flags["b"] == []
    # judged alone (no other outlet), the body's own use still makes the word the story's
    from newsdesk.compare import headline_framing
    story, arts = constructed_story((body, None, "Bulletin"))
    alone = headline_framing(replace(arts[0], title="Noise Zealots Ban Night Flights"))
    assert all(fl.text.lower() != "zealots" for fl in alone.flags)


def test_a_verb_of_treatment_with_people_as_its_object_is_a_charge() -> None:
    """"Care Bosses Abandon Elderly": the elderly are people, so "abandon" charges the bosses."""
    from newsdesk.compare import headline_framing
    _, arts = constructed_story(("Carers walked out on Monday at the chain's homes. Agency staff covered the shifts.",
                                 None, "Clarion"))
    got = headline_framing(replace(arts[0], title="Care Bosses Abandon Elderly As Staff Walk Out"))
    assert any(fl.text.lower() == "abandon" for fl in got.flags), got.flags


def test_a_figure_the_headline_computes_from_the_body_is_supported() -> None:
    """"50-cent fare increase" of a body's "$2.25" -> "$2.75"; "238-year-old" of "since 1788" in
    an article of 2026: differences of the body's own figures, not figures it never gives."""
    from newsdesk.compare import headline_framing
    _, arts = constructed_story(("The transit board approved the fare increase on Wednesday: riders will pay $2.75 a ride "
                                 "from March 1, up from $2.25.", "2026-02-19", "Ledger"),
                                ("The council approved the demolition of the inn, which has served drinks since 1788.",
                                 "2026-07-22", "Wire"))
    fare = headline_framing(replace(arts[0], title="Board approves 50-cent fare increase"))
    age = headline_framing(replace(arts[1], title="Council approves demolition of 238-year-old inn"))
    assert fare.supported_by_body and age.supported_by_body, (fare.flags, age.flags)
    wrong = headline_framing(replace(arts[0], title="Board approves 70-cent fare increase"))
    assert not wrong.supported_by_body
