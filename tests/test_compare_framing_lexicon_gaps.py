"""Headline framing on constructed headlines from other domains (a quarry, a pony sanctuary, a
ferry line, a choir): the tabloid vocabulary, the charge a treatment verb makes, the short stems
the body check must not over-match, and the plain headline verbs that stay unflagged."""
from __future__ import annotations

from newsdesk.compare import headline_framing
from newsdesk.model import Article

BODY = ("The board met on Tuesday evening and voted five to two for the plan after a long debate. "
        "Officials said the change would take effect next month and that the public could comment until then.")


def flags(title: str, body: str = BODY) -> list[str]:
    fr = headline_framing(Article(id="a1", source="t", body=body, content_hash="h", title=title))
    assert fr is not None
    return [f.text.lower() for f in fr.flags if f.kind != "unsupported-claim"]


def test_tabloid_vocabulary_is_flagged() -> None:
    got = flags("Shambolic Ostrava Quarry Bosses Let Crooks Fleece Savers")
    assert {"shambolic", "crooks", "fleece"} <= set(got)
    assert "bungling" in flags("Bungling Bureaucrats Turn Choir Grant Into a Shambles")
    assert "nanny-state" in flags("Nanny-State Board Bans Carol Singing in Ostrava Square")
    assert any("saboteurs" in f for f in flags("Eco-Saboteurs Try to Strangle Quarry Jobs"))


def test_physical_words_the_body_reports_are_not_framing() -> None:
    body = "The old pier began to crumble after the storm, engineers said, and was closed on Monday."
    assert flags("Old Pier Starts to Crumble After Storm", body) == []


def test_short_stem_is_not_found_inside_other_words() -> None:
    # "warns" in the body is not the body using "war": the figure stays flagged
    body = "The transport minister warns that the lanes will be narrowed next month."
    assert "war on" in flags("War on Cyclists: Ostrava Narrows Its Lanes", body)


def test_a_treatment_participle_before_a_thing_is_a_charge() -> None:
    assert "neglected" in flags("Neglected Pony Left in Ostrava Field")
    assert flags("Broken Radar Delayed Ostrava Ferry") == []  # a thing's condition, reported


def test_a_plain_verb_with_a_person_object_is_a_charge() -> None:
    assert "abandons" in flags("Ferry Line Abandons Ostrava Mothers to Save Money")
    assert flags("Divers Abandon Search for Ostrava Trawler") == []  # a search, not people


def test_plain_headline_verbs_stay_unflagged() -> None:
    assert flags("Ostrava choir festival axed; organisers call for review") == []
    assert flags("Quarry board backs down: lorries to keep using north gate") == []
