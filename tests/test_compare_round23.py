"""Round 23: general English constructions the readers misread on stories they were not written
for (a marina, a hospice, a canal, a tram depot, a rugby ground). Each paragraph is written for
this test; none comes from a story of the evaluation sets."""
from __future__ import annotations

from .conftest import export_of_texts, stance_cells


def _cells(*bodies: str) -> set[tuple[str, str, str]]:
    return stance_cells(*bodies, month=9)


def _conflicts(doc: dict) -> list[tuple[str, list]]:
    return [(f["claim"], f.get("sides")) for f in doc["facts"] if f["verdict"] == "conflict"]


# -- facts ---------------------------------------------------------------------------------------

_MARINA = [
    ("Marina expansion approved", "Published: 2026-09-02", "Tarrow Wire",
     "TARROW — Councillors have approved a £9m expansion of Tarrow marina on the East Quay. Harbour staff told the "
     "meeting that 34 berths on the East Quay are at risk of being lost to silt within ten years if nothing is "
     "done. Silt has built up along the East Quay since the storm. Boat owners on the East Quay welcomed the plan."),
    ("Marina plan backed", "Published: 2026-09-02", "Tarrow Courier",
     "Tarrow's council backed the £9m marina plan for the East Quay on Tuesday. Harbour staff said that about 35 "
     "berths on the East Quay could be lost to silt within ten years if nothing is done. The East Quay silt "
     "problem is old."),
    ("Berth holders fear for quay", "Published: 2026-09-03", "Coastline Today",
     "Jim Arle keeps his boat at one of the 61 berths on the East Quay that harbour staff say could be lost to "
     "silt within ten years. The £9m plan for the East Quay was approved on Tuesday. Silt on the East Quay is a "
     "worry."),
]


def test_aligned_clauses_with_each_articles_one_count_of_a_thing_conflict(tmp_path) -> None:
    """"one of the 61 berths on the East Quay ... lost to silt within ten years" / "34 berths on the
    East Quay ... lost to silt within ten years": each article's one count of berths, in aligned
    clauses, however common the words around them are in the story ("East Quay", "silt")."""
    doc = export_of_texts(tmp_path, _MARINA)
    conflicts = _conflicts(doc)
    assert any(sides and [s["value"] for s in sides[:1]] == ["61"] for _, sides in conflicts), conflicts


_HOSPICE = [
    ("Hospice appeal tops target", "Published: 2026-09-08", "Fenwold Wire",
     "FENWOLD — St Brigid's Hospice has raised £1.2m for a new day centre. The appeal committee said that "
     "every week of fundraising brings in roughly 300 donations, and the hospice has 14 beds."),
    ("Hospice appeal success", "Published: 2026-09-08", "Fenwold Echo",
     "St Brigid's Hospice has raised £1.2m for its new day centre, the appeal committee said. In all, 2,100 "
     "donations were made to the appeal, which ran for a year. The hospice has 14 beds."),
]


def test_a_count_per_period_said_before_it_is_no_total(tmp_path) -> None:
    """"every week of fundraising brings in roughly 300 donations" is a rate, not the appeal's total."""
    doc = export_of_texts(tmp_path, _HOSPICE)
    assert not any("donation" in claim.lower() for claim, _ in _conflicts(doc)), _conflicts(doc)


_CANAL = [
    ("Canal restoration gets go-ahead", "Published: 2026-09-10", "Mere Wire",
     "MERE — The Mere Canal Trust will reopen the canal's last dry stretch. The canal lay dry for nearly six "
     "decades, the trust said. Boatyard owner Ron Dale, who has run the canal boatyard at Lower Mere for 22 "
     "years, welcomed the plan."),
    ("Canal to reopen", "Published: 2026-09-10", "Mere Courier",
     "The Mere Canal Trust will reopen the dry stretch of the canal. The canal lay dry for more than 80 years, "
     "the trust said."),
    ("Trust to restore canal", "Published: 2026-09-11", "Valley Radio",
     "The Mere Canal Trust will reopen the canal's last dry stretch. The canal lay dry for 58 years. The trust "
     "will keep the canal open if the council commits to paying for the canal locks for ten years."),
]


def test_decades_are_a_length_and_a_persons_tenure_or_a_promise_are_none(tmp_path) -> None:
    """"lay dry for nearly six decades" is a length (60 years: "for 58 years" is rounding, "more than
    80 years" conflicts); "Ron Dale, who has run the canal boatyard for 22 years" is his own tenure;
    "if the council commits to paying ... for ten years" a condition, not a length told (either, read
    as the canal's, would put an article on both sides and the conflict would be lost)."""
    doc = export_of_texts(tmp_path, _CANAL)
    conflicts = _conflicts(doc)
    assert any(sides and [s["value"] for s in sides[:1]] == ["for more than 80 years"] for _, sides in conflicts), \
        conflicts
    values = [s["value"] for _, sides in conflicts for s in sides or []]
    assert not any("22" in v or "ten" in v for v in values), values


def test_the_figure_of_a_cap_is_no_count_of_what_happened() -> None:
    """"the 60-tram cap" bounds the depot; "112 trams used the depot last year" counted it and can
    never be the cap misreported; "limit the depot to 90 trams" is a bound too, told another way."""
    from newsdesk.compare import facts
    from newsdesk.compare.story import build_context
    from newsdesk.extract import extract_article

    from .conftest import constructed_story

    story, arts = constructed_story(
        ("A total of 112 trams used the depot last year. Residents welcomed the 60-tram cap the council approved.",
         "2026-09-14", "Orland Wire"),
        ("The council voted to limit the depot to 90 trams a year from next spring.", "2026-09-14", "Orland Post"))
    ctx = build_context(story, arts, {a.id: extract_article(a) for a in arts})
    by_text = {q.text: q for v in ctx.views.values() for q in v.quantities}
    assert facts._cap_figure(ctx, by_text["60-tram"]) and facts._bounded(ctx, by_text["60-tram"])
    assert not facts._cap_figure(ctx, by_text["112 trams"]) and not facts._bounded(ctx, by_text["112 trams"])
    assert facts._bounded(ctx, by_text["90 trams"]) and not facts._cap_figure(ctx, by_text["90 trams"])


# -- headlines -----------------------------------------------------------------------------------

def test_a_headline_length_told_another_way_in_the_body_is_supported() -> None:
    from newsdesk.compare.framing import _missing_figures

    assert _missing_figures("Council votes to extend parklet trial for another 12 months",
                            "The parklets will stay for at least another year after the council vote.") == []
    assert _missing_figures("Town ends tram service after 17 years", "The tram first ran in 2009.",
                            "2026-03-01") == []
    assert _missing_figures("Council votes to extend parklet trial for another 18 months",
                            "The parklets will stay for at least another year after the council vote.") == ["18"]


def test_labels_set_side_by_side_are_one_label_line() -> None:
    from newsdesk.ingest.cleaner import _is_label

    assert _is_label("Subscribe   Log in")
    assert _is_label("Sign in | Subscribe")
    assert not _is_label("Subscribe to the plan")


# -- names and speakers --------------------------------------------------------------------------

def _ents_and_speakers(text: str) -> tuple[set[str], list[str]]:
    from newsdesk.extract import extract_article
    from newsdesk.model import Article

    ann = extract_article(Article(id="x", body=text, title="T", source="x", content_hash="x"))
    return {e.name for e in ann.entities if e.type == "PERSON"}, [q.speaker for q in ann.quotes]


def test_surnames_with_a_capital_inside_and_double_particles_are_whole() -> None:
    names, speakers = _ents_and_speakers(
        '"Two more winters is too long," said Ailsa MacRory, the trust\'s chair.\n\n'
        '"We will wait," said Pieter van der Meulen.\n\n"It can be done," MacRory said.\n')
    assert {"Ailsa MacRory", "Pieter van der Meulen"} <= names, names
    assert speakers == ["Ailsa MacRory", "Pieter van der Meulen", "Ailsa MacRory"], speakers


def test_an_abbreviated_title_before_a_name_ends_no_sentence() -> None:
    from newsdesk.extract.nlp import get_nlp

    sents = [s.text for s in get_nlp()("It was said by Sgt. Paul Roe. Then Supt. Ann Lee spoke.").sents]
    assert sents == ["It was said by Sgt. Paul Roe.", "Then Supt. Ann Lee spoke."], sents
    names, speakers = _ents_and_speakers('"Later," said Sgt. Paul Roe of the traffic unit.\n\n'
                                         '"We were not consulted," said Smt. Lakshmi Narayan, a resident.\n\n'
                                         'Shri Anil Deshmukh, a trader, agreed.\n')
    assert speakers == ["Paul Roe", "Lakshmi Narayan"], speakers
    assert names == {"Paul Roe", "Lakshmi Narayan", "Anil Deshmukh"}, names


# -- stances -------------------------------------------------------------------------------------

def test_who_after_an_apposition_is_the_named_person() -> None:
    """"Dara Quill, the MP for Fenwold and the Coast, who backs the wall, said he would accept the
    levy if ...": Quill backs the wall (no condition: the "if" is the second predicate's) and
    accepts the levy on a condition; "the Coast" holds nothing."""
    got = _cells("Dara Quill, the MP for Fenwold and the Coast, who backs the sea wall, said he would accept the "
                 "levy if the government agreed to cover any overruns.",
                 "The council wants a levy to pay for the sea wall. Residents back the sea wall.")
    assert ("Dara Quill", "sea wall", "supports") in got, got
    assert any(a == "Dara Quill" and i == "levy" and p == "conditional" for a, i, p in got), got
    assert not any("Coast" in a for a, _, _ in got), got


def test_the_association_is_the_one_the_article_named() -> None:
    """Two associations in the story; the article names one, then writes "the association"."""
    got = _cells("Rob Tane, who chairs the Quayside Residents' Association, was at the meeting on Tuesday.\n\n"
                 "The association backs a cap on berths, its members say.",
                 "The Northern Boat Owners Association opposes the cap on berths.")
    assert any(a == "Quayside Residents' Association" and p == "supports" and "cap" in i for a, i, p in got), got


def test_the_association_after_its_chief_executives_title_is_that_association() -> None:
    got = _cells("Northern Boat Owners Association chief executive Lena Hart said the association would keep "
                 "fighting the cap, as well as the proposed mooring levy.",
                 "Rob Tane, who chairs the Quayside Residents' Association, supports the cap on berths.")
    assert any(a == "Northern Boat Owners Association" and p == "opposes" and "cap" in i for a, i, p in got), got


def test_it_is_the_issue_its_own_sentence_named_before_the_holder() -> None:
    """"Anglers have no quarrel with the fish pass — the Anglers' Guild says it supports it"."""
    got = _cells("Anglers have no quarrel with the fish pass — the Tarrow Anglers' Guild says it supports it.",
                 "The council wants a fish pass at the weir. The mill owners oppose the fish pass.")
    assert any(a == "Tarrow Anglers' Guild" and p == "supports" and "fish pass" in i for a, i, p in got), got


def test_a_speed_in_km_per_hour_stays_in_the_issue() -> None:
    got = _cells("The Valley Cycling Club wants a 30 km/h limit on the canal road.",
                 "The council opposes a 30 km/h limit on the canal road.")
    assert any(a == "Valley Cycling Club" and "km/h" in i for a, i, _ in got), got


def test_a_councillor_who_chairs_the_committee_speaks_in_their_own_name() -> None:
    got = _cells("Councillor Ida Rowe, who chairs the committee, used the hearing to unveil a draft ordinance on "
                 "rooftop bars.",
                 "The Rooftop Bar Owners Guild opposes the ordinance on rooftop bars.")
    assert not any(a.lower() == "committee" for a, _, _ in got), got
    assert any(a.endswith("Ida Rowe") and p == "proposes" and "ordinance" in i for a, i, p in got), got


_PIER = [
    ("Pier repairs approved", "Published: 2026-09-20", "Selby Wire",
     "SELBY — The council has approved repairs to Selby pier. Work is due to start in March and is expected to "
     "take two years. The pier has been closed to anglers for 58 years."),
    ("Pier to be repaired", "Published: 2026-09-20", "Selby Post",
     "Repairs to Selby pier were approved on Monday. The work should be finished about six months after work "
     "begins, the council said. For more than 80 years the pier has been closed to anglers."),
    ("Council backs pier plan", "Published: 2026-09-21", "Coast Radio",
     "Selby's council has backed repairs to the pier. The work is expected to take about two years. The pier "
     "has been closed to anglers for nearly six decades."),
]


def test_a_finish_told_from_the_start_and_a_length_that_opens_its_sentence(tmp_path) -> None:
    """"finished about six months after work begins" is how long the work takes ("Work is due to
    start in March and is expected to take two years": the work, the sentence's subject); "For more
    than 80 years the pier has been closed" is the pier's."""
    doc = export_of_texts(tmp_path, _PIER)
    firsts = [[s["value"] for s in sides[:1]] for _, sides in _conflicts(doc) if sides]
    assert ["about six months after work begins"] in firsts, _conflicts(doc)
    assert any(f and "80 years" in f[0] for f in firsts), _conflicts(doc)


def test_and_continues_a_relative_clause_on_its_antecedent() -> None:
    """"Among the speakers was X, an organiser with the Riders Union, which represents bus and
    train passengers and has pushed back against the cameras": the union pushed back."""
    got = _cells("Among the speakers was Ada Penn, an organiser with the Orland Riders Union, which represents bus and "
                 "train passengers and has pushed back against the cameras since they went up.",
                 "The transit police want the cameras kept. Shop owners back the cameras.")
    assert ("Orland Riders Union", "cameras", "opposes") in got, got
    assert not any(a in ("Among", "Ada Penn") for a, _, _ in got), got


def test_a_light_head_the_noun_before_it_names_is_no_pointer() -> None:
    """"came out in support of the union's ratio demand": the ratio demand, named (not "a demand"
    pointing back); "rejected the in-house idea" still points back at the idea told before."""
    got = _cells("The Orland Patients' Forum came out in support of the union's ratio demand on Tuesday.",
                 "The nurses' union wants a staffing ratio of one nurse to four patients. The hospital trust opposes "
                 "the union's ratio demand, saying it cannot hire enough nurses.")
    assert any(a == "Orland Patients' Forum" and p == "supports" and "ratio" in i for a, i, p in got), got


def test_an_adverb_a_span_of_time_people_or_a_party_name_no_issue() -> None:
    """"has called for the dam to be removed altogether", "which the society has been demanding for
    years", "ratepayers", a party's own name: one-word labels that name no issue."""
    import importlib

    from newsdesk.compare.actors import PartyBook

    stances = importlib.import_module("newsdesk.compare.stances")
    book = PartyBook(orgs={"vantry": "Vantry"})
    for label in ("altogether", "years", "ratepayers", "Vantry"):
        assert stances._names_no_issue(label, book), label
    for label in ("levy", "report", "vouchers", "dam removal", "Vantry bid"):
        assert not stances._names_no_issue(label, book), label


def test_an_age_between_name_and_verb_and_a_titled_name_before_of_are_persons() -> None:
    """"Orla Brannock-Hale was walking her dog ... "…," Brannock-Hale, 71, said": the full name;
    "Dr Yusuf Vell of Harbourside University said": a person of an organisation, not one long name."""
    names, speakers = _ents_and_speakers(
        "KELLS — Orla Brannock-Hale was walking her dog on the quay when the wall gave way.\n\n"
        '"I heard it go," Brannock-Hale, 71, said on Friday.\n\n'
        "Transport economist Dr Yusuf Vell of Harbourside University said the cost was typical.\n\n"
        '"It always rises," Vell said.\n')
    assert {"Orla Brannock-Hale", "Yusuf Vell"} <= names, names
    assert speakers == ["Orla Brannock-Hale", "Yusuf Vell"], speakers


def test_the_description_a_person_was_given_names_the_speaker() -> None:
    """"said the group's convenor, Dougal Rennie" ... "the convenor said": Rennie."""
    _, speakers = _ents_and_speakers(
        "Councillor Ann Lee opened the meeting. Mr Dougal Rennie, the group's convenor, spoke next.\n\n"
        '"They have had sixteen months," the convenor said.\n')
    assert speakers == ["Dougal Rennie"], speakers


def test_a_noun_ending_in_ly_is_no_adverb_before_the_verb() -> None:
    """"said the family backed the sale": the family, not "the" with "family" skipped as an adverb."""
    from newsdesk.compare import actors
    from newsdesk.compare._phrases import tokens

    toks = tokens("Chairman Ron Pell said the family backed the sale.")
    k = next(i for i, t in enumerate(toks) if t.low == "backed")
    a, b = actors.holder_span(toks, k)
    assert [t.text for t in toks[a:b]] == ["the", "family"]
