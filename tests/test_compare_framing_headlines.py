"""Headline framing: loaded words with offsets, body support."""
from __future__ import annotations

import pytest

from newsdesk.compare import headline_framing
from newsdesk.model import Article

BODY = ("The prime minister of Norland said on Monday that his government was ready to discuss a buffer zone "
        "if international monitors patrol it. Officials said no demand had been dropped.")


def art(title: str | None, body: str = BODY) -> Article:
    return Article(id="a1", source="t", body=body, content_hash="h", title=title)


def test_compare_framing_loaded_words_flagged_with_offsets() -> None:
    fr = headline_framing(art("Norland CAVES and slams rivals in humiliating climbdown"))
    assert fr is not None
    texts = [f.text for f in fr.flags]
    assert "CAVES" in texts and "slams" in texts and "humiliating climbdown" in texts
    for f in fr.flags:
        assert fr.headline[f.start:f.end] == f.text
        assert f.note
    assert fr.supported_by_body is False


def test_compare_framing_neutral_headline_has_no_flags() -> None:
    fr = headline_framing(art("Norland prime minister ready to discuss buffer zone with monitors"))
    assert fr is not None and fr.flags == [] and fr.supported_by_body is True


def test_compare_framing_headline_not_in_body_is_unsupported() -> None:
    fr = headline_framing(art("Volcano erupts near airport, flights cancelled"))
    assert fr is not None and fr.supported_by_body is False
    assert [f.kind for f in fr.flags] == ["unsupported-claim"]


def test_compare_framing_backed_loaded_word_noted() -> None:
    body = BODY + " Critics said the government had caved to pressure and capitulated."
    fr = headline_framing(art("Norland caves on buffer zone", body))
    assert fr is not None
    assert fr.flags[0].text == "caves" and "backing language" in fr.flags[0].note and "no backing" not in fr.flags[0].note


def test_compare_framing_no_headline_is_none() -> None:
    assert headline_framing(art(None)) is None


FIRE_BODY = ("A fire destroyed a warehouse on Dock Road early on Tuesday, the fire department said. Crews fought the "
             "blaze for six hours. Toxic smoke forced the closure of two schools, and 40 workers were sent home.")


@pytest.mark.parametrize("headline", [
    "Council Approves Stadium After Marathon Session",
    "Fire destroys warehouse on Dock Road",  # "destroys": the body says so plainly
    "Toxic smoke closes two schools",
    "Storm damage closes Lakeview pier",
    "Rescuers reach divers trapped in flooded cave",  # a cave, not a politician who caves
    "Union and port reach deal after 14-hour session",
])
def test_compare_framing_neutral_headlines_of_other_domains_not_flagged(headline: str) -> None:
    fr = headline_framing(art(headline, FIRE_BODY + " The council approved a stadium; a union and the port reached a "
                                                     "deal; rescuers reached divers trapped in a cave; a storm damaged a pier."))
    assert fr is not None and [f.text for f in fr.flags if f.kind != "unsupported-claim"] == [], fr.flags


@pytest.mark.parametrize(("headline", "words"), [
    ("Greedy Regents Slam Students With Tuition Hike as Campus Revolt Spreads", {"Greedy", "Slam", "Revolt"}),
    ("Reckless Chemical Giant Sparks Chaos as Toxic Blaze Drives Families Out", {"Reckless"}),
    ("Shoddy Cookers Explode in Kitchens as Cover-Up Deepens", {"Shoddy", "Cover-Up"}),
    ("Council Rams Through Stadium Cash Grab", {"Rams Through", "Cash Grab"}),
])
def test_compare_framing_loaded_words_of_other_domains_flagged(headline: str, words: set[str]) -> None:
    fr = headline_framing(art(headline, FIRE_BODY))
    assert fr is not None and words <= {f.text for f in fr.flags}, fr.flags
    assert fr.supported_by_body is False


def test_compare_framing_headline_figure_missing_from_body_is_unsupported() -> None:
    fr = headline_framing(art("Warehouse fire sends 400 workers home", FIRE_BODY))
    assert fr is not None and fr.supported_by_body is False
    assert [f.kind for f in fr.flags] == ["unsupported-claim"] and "400" in fr.flags[0].note
    fr = headline_framing(art("Warehouse fire sends 40 workers home", FIRE_BODY))
    assert fr is not None and fr.flags == [] and fr.supported_by_body is True


# -- the general valence lexicon (VADER) -------------------------------------------------------

def test_compare_framing_valence_lexicon_flags_words_outside_the_hand_lexicon() -> None:
    fr = headline_framing(art("Deceitful Council Hides Stadium Bill From Spiteful Critics", FIRE_BODY))
    assert fr is not None
    loaded = {f.text: f for f in fr.flags if f.kind == "loaded-word"}
    assert set(loaded) == {"Deceitful", "Spiteful"}, fr.flags
    for f in loaded.values():
        assert fr.headline[f.start:f.end] == f.text and "valence -1.9" in f.note
    assert fr.supported_by_body is False


def test_compare_framing_valence_word_the_body_uses_itself_not_flagged() -> None:
    body = FIRE_BODY + " Investigators called the storage of the solvents deceitful and said records were falsified."
    fr = headline_framing(art("Deceitful storage blamed for warehouse fire", body))
    assert fr is not None and [f.text for f in fr.flags if f.kind == "loaded-word"] == [], fr.flags


def test_compare_framing_valence_word_only_quoted_in_the_body_still_flagged() -> None:
    body = FIRE_BODY + ' "Nobody here is deceitful," the fire chief said.'
    fr = headline_framing(art("Deceitful storage blamed for warehouse fire", body))
    assert fr is not None and [f.text for f in fr.flags if f.kind == "loaded-word"] == ["Deceitful"], fr.flags


@pytest.mark.parametrize("headline", [
    "Pay talks collapse as dock strike enters second day",
    "Drone strike kills 30 at market",
    "Bridge closed after crash injures two",
    "Council warns of flood risk as river rises",
])
def test_compare_framing_plain_event_words_not_flagged_by_valence(headline: str) -> None:
    fr = headline_framing(art(headline, BODY))
    assert fr is not None and [f.text for f in fr.flags if f.kind != "unsupported-claim"] == [], fr.flags


def test_compare_framing_valence_lexicon_can_be_turned_off() -> None:
    from newsdesk.compare import CompareConfig
    fr = headline_framing(art("Deceitful Council Hides Stadium Bill", FIRE_BODY), config=CompareConfig(valence_lexicon={}))
    assert fr is not None and not [f for f in fr.flags if f.kind == "loaded-word"]


def test_compare_framing_valence_lexicon_is_vader() -> None:
    from newsdesk.compare.config import default_valence_lexicon
    lexicon = default_valence_lexicon()
    assert len(lexicon) > 7000 and lexicon["greedy"] < 0 < lexicon["agree"]
    assert all(" " not in w and not w.startswith((":", ";")) for w in lexicon)


FERRY_BODY = ("The Lorne Gull left Pellow harbour in thick fog on Tuesday. Investigators said its main radar had a "
              "fault that the crew had logged days earlier, and a deck officer had slept four hours in two days.")


def test_compare_framing_participle_before_a_thing_is_its_state_not_a_judgement() -> None:
    # "damaged" rates strongly negative, but "damaged radar" reports the radar's condition
    fr = headline_framing(art("Investigators point to speed and damaged radar in Lorne Gull crash", FERRY_BODY))
    assert fr is not None and not [f for f in fr.flags if f.kind == "loaded-word"], fr.flags


def test_compare_framing_participle_before_a_person_or_as_a_verb_stays_a_flag() -> None:
    # before a person the same kind of word casts someone; "Detained After" is a verb, not a modifier
    fr = headline_framing(art("Exhausted Officers Steered Lorne Gull Into Fog", FERRY_BODY))
    assert fr is not None and [f.text for f in fr.flags if f.kind == "loaded-word"] == ["Exhausted"]
    fr = headline_framing(art("Lorne Gull Skipper Detained After Crash in Fog", FERRY_BODY))
    assert fr is not None and [f.text for f in fr.flags if f.kind == "loaded-word"] == ["Detained"]


def test_compare_framing_shouted_participle_is_no_plain_state() -> None:
    # "damaged radar" in sentence case reports a condition; "WRECKED RADAR:" in capitals before
    # a colon is a shouted kicker, and the same kind of participle is the outlet's drama
    fr = headline_framing(art("WRECKED RADAR: Bumbling Crew Steered Lorne Gull Into Fog", FERRY_BODY))
    assert fr is not None and {"WRECKED", "Bumbling"} <= {f.text for f in fr.flags}, fr.flags
    fr = headline_framing(art("Investigators point to wrecked radar in Lorne Gull crash", FERRY_BODY))
    assert fr is not None and not [f for f in fr.flags if f.kind == "loaded-word"], fr.flags
