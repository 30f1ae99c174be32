"""Headline framing on constructed headlines from domains no development story covers
(a zoo, a school board, a football club, a supermarket, a space agency): the structural cues
of tabloid headlines and the neutral wording they must leave alone."""
from __future__ import annotations

from newsdesk.compare import headline_framing
from newsdesk.model import Article

BODY = ("The board met on Tuesday evening and voted five to two for the plan after a long debate. "
        "Officials said the change would take effect next month and that the public could comment until then.")


def flags(title: str, body: str = BODY) -> list[str]:
    fr = headline_framing(Article(id="a1", source="t", body=body, content_hash="h", title=title))
    assert fr is not None
    for f in fr.flags:
        assert fr.headline[f.start:f.end] == f.text
    return [f.text for f in fr.flags if f.kind != "unsupported-claim"]


def test_shouted_kicker_with_a_negative_word_is_flagged() -> None:
    assert "SICKENING SNUB" in flags("SICKENING SNUB: Zoo board votes to close the reptile house")


def test_shouted_kicker_ending_in_exclamation_is_flagged() -> None:
    assert "AXED" in flags("AXED! School board votes to close Hill Street primary")


def test_label_and_topic_kickers_are_not_flagged() -> None:
    assert flags("BREAKING: School board votes to close Hill Street primary") == []
    assert flags("WATCH: Zoo board votes on the reptile house plan") == []
    assert flags("MARS ROVER: Space agency board votes to extend the mission") == []


def test_death_used_as_a_brand_is_flagged() -> None:
    assert "Death Bus" in flags("Death Bus Firm Ignored Brake Warnings, Board Hears")
    assert "death trap" in flags("Parents call new crossing a death trap for pupils near the school")


def test_plain_death_compounds_are_not_flagged() -> None:
    assert flags("Death toll from board vote protest rises to two") == []
    assert flags("Singer's death hoax spreads on social media") == []
    assert flags("Rumours of the manager's death debunked by club") == []
    assert flags("Death confirmed of former club chairman, board says") == []


def test_sells_out_with_an_object_is_a_betrayal_idiom() -> None:
    assert "Sells Out" in flags("Club Board Sells Out Loyal Fans to Foreign Owners")


def test_sold_out_tickets_are_not_flagged() -> None:
    assert flags("Cup final tickets sold out in two hours") == []
    assert flags("Supermarket's festive range sells out") == []


def test_neutral_domain_headlines_stay_unflagged() -> None:
    for title in ("Council Approves Stadium After Marathon Session",
                  "School board votes to close Hill Street primary next month",
                  "Zoo board backs plan for new reptile house after long debate",
                  "Supermarket board votes to extend opening hours from next month"):
        assert flags(title) == [], title


def test_grab_used_as_a_noun_is_flagged() -> None:
    assert "Water Grab" in flags("Supermarket's Water Grab: Farmers Asked to Share Wells")
    assert "school grab" in flags("Parents fight academy's school grab by trust")


def test_grab_as_a_verb_is_not_flagged() -> None:
    assert flags("Shoppers grab bargains as supermarket opens new store") == []
    assert flags("Club hopes to grab a late winner in cup replay") == []


def test_monger_compounds_are_pejorative() -> None:
    assert "Scaremongers" in flags("Scaremongers Warn Zoo Plan Will Close Reptile House")
    assert "fear-mongering" in flags("School board accused of fear-mongering over exam changes")


def test_holding_a_thing_or_a_crowd_hostage_is_a_figure() -> None:
    assert "Hold Supermarket Hostage" in flags("Drivers Hold Supermarket Hostage as Shelves Empty")
    assert "holds fans to ransom" in flags("Club owner holds fans to ransom over ground lease")


def test_literal_hostage_taking_is_not_flagged() -> None:
    assert flags("Gunman holds three hostage in bank before police end siege") == []
    assert flags("Aid worker held hostage for 18 months is freed") == []
    assert flags("Man held his family hostage for six hours, court hears") == []


def test_a_technical_fault_is_reported_not_judged() -> None:
    body = BODY + " Engineers were sent to the plant."
    assert flags("Space agency delays launch after fault found in fuel valve", body) == []


def test_compound_of_destruction_is_loaded() -> None:
    assert "Job-Destroying" in flags("Supermarket Opens Job-Destroying Self-Checkout Hall")
    assert "club-killing" in flags("Board backs club-killing ground sale")


def test_plain_compounds_with_milder_verbs_are_not_flagged() -> None:
    body = BODY + " The patient was taken to hospital."
    assert flags("Zoo keeper suffers life-threatening injuries, board says", body) == []
    assert flags("School board approves cost-cutting plan and fire-fighting drills", body) == []


def test_an_inflected_word_is_rated_by_its_lemma() -> None:
    # VADER rates "fascists" -0.8 and "deniers" -1.1 but "fascist" -2.6 and "denier" -1.5: the
    # plural labels people just as the singular does
    assert "Fascists" in flags("Parents Brand School Board Fascists Over Uniform Rule")
    assert "Deniers" in flags("Vaccine Deniers Pack Zoo Board Meeting")
    # ... and a plain event word stays plain in any inflection ("ban" -> "banning")
    assert flags("School board votes on banning phones in class") == []


def test_mourning_is_reported_not_judged() -> None:
    assert flags("Football club mourns former captain, board says") == []
    assert flags("Grieving families gather at school board meeting") == []
