"""Round 22: general English constructions the stance and fact readers misread on stories they
were not written for. Each paragraph is written for this test (a choir, a lido, a ferry
company, an observatory); none comes from a story of the evaluation sets."""
from __future__ import annotations

from .conftest import export_of_texts, stance_cells


def _cells(*bodies: str) -> set[tuple[str, str, str]]:
    return stance_cells(*bodies, month=8)


# -- stances ------------------------------------------------------------------------------------

def test_a_street_that_backs_onto_a_place_supports_nothing() -> None:
    got = _cells("Ada Fenn has lived on Quarry Lane, which backs onto the lido, for thirty years. "
                 "The Lido Trust wants the lido reopened.",
                 "Quarry Lane backs on to the old lido. The Lido Trust wants the lido reopened next summer.")
    assert not any(actor == "Quarry Lane" for actor, _, _ in got), got


def test_nobody_holds_no_position() -> None:
    got = _cells("\"Nobody here wants the lido to close,\" said Ada Fenn of the Lido Trust. "
                 "The Lido Trust wants the lido reopened.",
                 "The Lido Trust wants the lido reopened. No one wants the lido sold, the trust said.")
    assert not any(actor.lower() in ("nobody", "no one") for actor, _, _ in got), got


def _object_after(text: str, verb: str):
    import importlib

    from newsdesk.compare import issues as _issues
    from newsdesk.compare._phrases import tokens
    from newsdesk.compare.config import CompareConfig

    stances = importlib.import_module("newsdesk.compare.stances")
    lex = stances.lexicon(CompareConfig())
    toks = tokens(text)
    i = next(k for k, t in enumerate(toks) if t.low == verb) + 1
    obj = _issues.object_span(toks, i, lex.words)
    words = lambda o: " ".join(t.text for t in toks[o.start:o.end])  # noqa: E731
    return words(obj), [words(o) for o in stances._conjuncts(toks, obj, lex, None)]


def test_a_second_clause_after_comma_and_has_its_own_subject() -> None:
    """"X has vowed to resist the closure, and Councillor Y wants Z": Z is no second thing X
    resists; "resist the closure, and the merger" still is."""
    _, both = _object_after("The Choral Society has vowed to resist the closure, and Councillor Ines Vale wants "
                            "the board's chiefs hauled before her committee.", "resist")
    assert both == ["the closure"], both
    _, two = _object_after("The Choral Society has vowed to resist the closure, and the Harwick Arts Board merger.",
                           "resist")
    assert len(two) == 2, two


def test_rejecting_the_need_for_a_thing_opposes_the_thing() -> None:
    got = _cells("The Harwick Arts Board has rejected the need for a fresh review, saying its own audit was thorough.",
                 "The choir's friends want a fresh review of the arts board's finances.")
    assert any(actor == "Harwick Arts Board" and pos == "opposes" and "review" in issue for actor, issue, pos in got), got


def test_a_contact_relative_clause_does_not_name_the_issue() -> None:
    """"wants the 25 per cent share Halden Homes is offering raised to 35 per cent": the share."""
    got = _cells("The Tenants Forum backs the scheme but wants the 25 per cent affordable share Halden Homes is "
                 "offering raised to 35 per cent.",
                 "Halden Homes has offered a 25 per cent affordable share. The Tenants Forum wants more.")
    assert not any(actor == "Tenants Forum" and "Halden" in issue for actor, issue, _ in got), got
    assert any(actor == "Tenants Forum" and "affordable" in issue for actor, issue, _ in got), got


def test_land_offered_for_a_thing_is_named_by_the_thing() -> None:
    got = _cells("Halden Homes is also offering land for a new sports hall and money for the road.",
                 "Halden Homes is offering land for a new sports hall.")
    assert any(actor == "Halden Homes" and pos == "proposes" and "sports hall" in issue for actor, issue, pos in got), got


def test_a_decision_put_on_hold_is_what_is_asked() -> None:
    got = _cells("Councillor Ines Vale wants the decision put on hold until the audit has reported.",
                 "Councillor Ines Vale said the decision should wait. She wants the decision put on hold.")
    assert any(actor == "Ines Vale" and pos == "demands" and issue.endswith("on hold") for actor, issue, pos in got), got


def test_a_party_that_announces_it_will_end_a_thing_proposes_it() -> None:
    """"The Harwick Arts Board is to disband the choir"; "Brell Ferries, the island operator, said
    Tuesday it will stop selling paper tickets": each proposes its own act (and "it" is the
    party that said so, not the last party named before)."""
    got = _cells("HARWICK — The Harwick Arts Board is to disband the Harwick Male Voice Choir at the end of the "
                 "season, the board announced on Wednesday. The Choral Society said it would fight the closure. Brell "
                 "Ferries said on Monday that it would stop selling paper tickets.",
                 "The Choral Society wants the choir saved. Brell Ferries, the island operator, said Tuesday it will "
                 "stop selling paper tickets on all routes.")
    assert any(actor == "Harwick Arts Board" and pos == "proposes" and "disband" in issue for actor, issue, pos in got), got
    assert any(actor == "Brell Ferries" and pos == "proposes" and "paper tickets" in issue for actor, issue, pos in got), got
    assert not any(actor == "Choral Society" and "ticket" in issue for actor, issue, _ in got), got
    none = _cells("The Harwick Arts Board said the road will close at noon. The plan is to close it for a week.",
                  "The Harwick Arts Board wants the road reopened.")
    assert not any(pos == "proposes" and "close" in issue for _, issue, pos in none), none


def test_a_second_past_verb_after_and_ends_the_object() -> None:
    """"would fight the closure and called on the board to ...": the closure, not "closure and called"."""
    obj, _ = _object_after("The Choral Society said it would fight the closure and called on the board to "
                           "commission a review.", "fight")
    assert obj == "the closure", obj
    obj, _ = _object_after("The Choral Society would fight the closure and merger of the two choirs.", "fight")
    assert obj.endswith("choirs"), obj


# -- facts --------------------------------------------------------------------------------------

def _conflicts(doc: dict) -> list[tuple[str, list]]:
    return [(f["claim"], f.get("sides")) for f in doc["facts"] if f["verdict"] == "conflict"]


_CONTRACT = [
    ("Observatory signs telescope deal", "Published: 2026-08-04", "Tarn Wire",
     "TARN — The Tarn Observatory has signed a five-year, $5.3 million contract with Bremner Optics for a new "
     "telescope, its director said on Monday. The telescope will be installed in the spring."),
    ("New telescope for observatory", "Published: 2026-08-04", "Tarn Courier",
     "The observatory's director said the new telescope would be installed in the spring. The telescope "
     "contract with Bremner Optics would cost the observatory $9.1 million over five years."),
    ("Telescope deal agreed", "Published: 2026-08-05", "Valley Radio",
     "The Tarn Observatory will pay Bremner Optics $5.3 million over five years under a contract for a new "
     "telescope, to be installed in the spring."),
]


def test_what_costs_an_amount_says_what_it_is_about(tmp_path) -> None:
    """"The contract with Bremner Optics would cost $9.1 million": the contract's amount, as in
    "a $5.3 million contract with Bremner Optics"."""
    doc = export_of_texts(tmp_path, _CONTRACT)
    assert any(sides and any(s["value"].startswith("$9.1") for s in sides[:1]) for _, sides in _conflicts(doc)), \
        _conflicts(doc)


_CHOIR = [
    ("Arts board to disband choir", "Published: 2026-08-12", "Harwick Wire",
     "HARWICK — The Harwick Arts Board is to disband the Harwick Male Voice Choir at the end of the season. "
     "The choir's 62 singers learned of the decision on Wednesday. Her council's two trustees will raise it, "
     "a councillor said."),
    ("Choir axed", "Published: 2026-08-12", "Harwick Post",
     "The arts board said closing the choir and releasing its 48 singers would save £400,000 a year. The "
     "council appoints two of the board's eleven trustees."),
    ("Choir to close", "Published: 2026-08-13", "Valley Radio",
     "The Harwick Arts Board will close the choir and its 62 singers at the end of the season, saving "
     "£400,000 a year. The board has eleven trustees."),
]


def test_a_bodys_whole_group_told_as_two_sizes_is_a_conflict(tmp_path) -> None:
    """"its 48 singers" / "the choir's 62 singers": one choir's singers; "her council's two
    trustees" and "the board's eleven trustees" are two bodies' groups, no conflict."""
    doc = export_of_texts(tmp_path, _CHOIR)
    conflicts = _conflicts(doc)
    assert any(sides and [s["value"] for s in sides[:1]] == ["48"] for _, sides in conflicts), conflicts
    assert not any("trustee" in claim.lower() for claim, _ in conflicts), conflicts


_LIDO = [
    ("Lido closed after illness", "Published: 2026-08-20", "Fennick Wire",
     "FENNICK — The town lido has been closed since last Friday after 40 swimmers reported stomach illness. "
     "Swimmers have been asked to stay away until 48 hours after their symptoms stop."),
    ("Lido shut", "Published: 2026-08-20", "Fennick Echo",
     "The lido closed last Friday after 40 swimmers fell ill. Its manager, who has run the lido's swim school "
     "for 14 years, said it would reopen soon. The lido has been part of the town for 75 years."),
    ("Illness shuts lido", "Published: 2026-08-21", "Valley Radio",
     "Fennick's lido has been shut since last Friday, when 40 swimmers reported illness. The lido has served "
     "the town for 75 years."),
]


def test_a_rules_limit_and_a_persons_tenure_date_no_event_of_the_story(tmp_path) -> None:
    """"until 48 hours after their symptoms stop" is a rule's limit; "who has run the lido's swim
    school for 14 years" is the manager's tenure, not the lido's age."""
    doc = export_of_texts(tmp_path, _LIDO)
    assert not _conflicts(doc), _conflicts(doc)


def test_a_party_repeating_its_call_is_the_caller() -> None:
    """"Fair Fares Aotearoa repeated its call for immediate refunds": the name that takes "its" is
    an organisation (no person does), and the call is its own."""
    got = _cells("Fair Fares Aotearoa repeated its call for immediate full refunds.",
                 "Fair Fares Aotearoa said ticket holders want full refunds. The promoter opposes full refunds.")
    assert any(actor == "Fair Fares Aotearoa" and pos == "demands" and "refund" in issue for actor, issue, pos in got), got


def test_a_plan_of_ones_own_is_what_follows_the_colon() -> None:
    got = _cells("Cllr Ines Vale did put forward a plan of her own, however: handing the lido back to the council "
                 "once the lease ends.",
                 "Cllr Ines Vale wants the lido handed back to the council. The lido trust opposes that.")
    assert any(actor.endswith("Ines Vale") and pos == "proposes" and "lido" in issue for actor, issue, pos in got), got


def test_who_founded_the_group_folds_the_person_into_the_group() -> None:
    """"X, a mother of three who founded the group Friends of the Lido, urged ...": the group."""
    got = _cells("Shona Pell, a mother of three who founded the group Friends of the Lido, urged the council to "
                 "scrap the lido sale altogether.",
                 "Friends of the Lido was formed last year. The council backs the lido sale, and the Swimmers Club "
                 "opposes the lido sale.")
    assert any(actor == "Friends of the Lido" and pos == "opposes" and "sale" in issue for actor, issue, pos in got), got
    assert not any(actor == "Shona Pell" for actor, _, _ in got), got


def test_it_after_but_that_is_the_body_of_the_clause_before() -> None:
    """"X said the guild would back the plan if ..., but that it would not drop its demand for
    Y": the guild's demand, not the body named in the sentence before."""
    got = _cells("The Lido Trust has proposed a new swim timetable. Ada Fenn, who chairs the Swimmers Guild, said the guild would back the "
                 "hiring plan if the posts are permanent, but that it would not drop its demand for a heated pool.",
                 "The Swimmers Guild wants a heated pool. The Lido Trust opposes a heated pool.")
    assert not any(actor == "Lido Trust" and pos == "demands" and "pool" in issue for actor, issue, pos in got), got
    assert not any(actor == "posts" for actor, _, _ in got), got  # "if the posts are permanent": no party
    from newsdesk.compare import actors

    m = actors._BODY_CLAUSE_RE.search("Ada Fenn said the guild would back the hiring plan if the posts are permanent, "
                                      "but that it would not drop ")
    assert m is not None and m.group(1) == "guild", m


def test_how_long_an_act_is_asked_to_last_is_in_its_label() -> None:
    """"pressing for the consultation to run for twelve weeks": "run for twelve weeks"."""
    got = _cells("The Harbour Board said it was pressing for the consultation to run for twelve weeks.",
                 "The Harbour Board wants the consultation to run for twelve weeks, not six.")
    assert any(actor == "Harbour Board" and "twelve weeks" in issue for actor, issue, _ in got), got


_CHOIR_AGE = [
    ("Arts board to disband choir", "Published: 2026-08-12", "Harwick Wire",
     "HARWICK — The Harwick Arts Board is to disband the Harwick Male Voice Choir, ending 90 years of choral "
     "broadcasts from the town. The choir, which was founded in 1936 and has sung from Tarn Hall since 1980, "
     "will give its last concert in December."),
    ("Choir axed", "Published: 2026-08-12", "Harwick Post",
     "The Harwick Arts Board will disband the choir in December, bringing down the curtain on a 50-year history "
     "of choral broadcasts."),
    ("Choir to close", "Published: 2026-08-13", "Valley Radio",
     "The choir's 40 singers learned on Wednesday that the ensemble, founded in 1936, would be disbanded in "
     "December, after 90 years of choral broadcasts."),
]


def test_years_of_a_run_compare_and_a_since_of_another_verb_is_not_a_founding(tmp_path) -> None:
    """"ending 90 years of choral broadcasts" / "a 50-year history of choral broadcasts": one run,
    two lengths, a conflict; "has sung from Tarn Hall since 1980" dates the singing there, not the
    founding of 1936 (the aligned sentence's "learned on Wednesday" comes first in its clause)."""
    doc = export_of_texts(tmp_path, _CHOIR_AGE)
    conflicts = _conflicts(doc)
    assert any(sides and [s["value"] for s in sides[:1]] == ["a 50-year history"] for _, sides in conflicts), conflicts
    assert not any(sides and any("1980" in s["value"] for s in sides) for _, sides in conflicts), conflicts


_VISITS = [
    ("Park to charge entry", "Published: 2026-09-23", "Tarn Wire",
     "TARN — Tarn Forest Park will charge drivers $20 from April. Officials say traffic has grown 62 percent "
     "since 2019 and the car parks fill by 9 a.m."),
    ("Entry fee for forest park", "Published: 2026-09-23", "Tarn Courier",
     "Drivers will pay $20 to enter Tarn Forest Park from April. Numbers are up 62 percent since 2019, the "
     "park says."),
    ("Forest park fee", "Published: 2026-09-24", "Valley Radio",
     "Tarn Forest Park will start charging $20 a car in April. The park says visitor counts have climbed 26 "
     "percent since 2019, and the car parks are full by mid-morning."),
]


def test_two_changes_since_one_year_are_one_figure(tmp_path) -> None:
    """"grown 62 percent since 2019" / "climbed 26 percent since 2019": one change, told two ways."""
    doc = export_of_texts(tmp_path, _VISITS)
    assert any(sides and [s["value"] for s in sides[:1]] == ["26"] for _, sides in _conflicts(doc)), _conflicts(doc)


def test_a_headline_verb_with_the_count_it_befell_is_reported() -> None:
    """"Norovirus at care home sickens 40 residents": an event and its count; "sickening" alone
    in a headline's own voice stays loaded."""
    from newsdesk.compare import headline_framing
    from newsdesk.model import Article

    body = "Forty residents of the Tarn care home fell ill over the weekend, health officials said on Monday."

    def flags(title: str) -> list[str]:
        fr = headline_framing(Article(id="a1", source="t", body=body, content_hash="h", title=title))
        return [f.text for f in fr.flags if f.kind != "unsupported-claim"]

    assert flags("Norovirus outbreak at Tarn care home sickens 40 residents") == []
    assert "sickening" in flags("Tarn care home's sickening failure leaves residents ill")


_CHAIN = [
    ("Grocer to go cashless", "Published: 2026-05-12", "Tarn Wire",
     "TARN — Halden Foods said Tuesday it will stop accepting cash at all 46 of its stores from September."),
    ("Halden Foods ends cash", "Published: 2026-05-12", "Tarn Courier",
     "Halden Foods announced on Tuesday that its 46 supermarkets will refuse cash from September."),
    ("Cash out at Halden", "Published: 2026-05-13", "Valley Radio",
     "Halden Foods announced Tuesday that all 31 of its supermarkets will refuse cash from September."),
]


def test_all_of_a_chains_premises_is_its_whole_count(tmp_path) -> None:
    """"all 31 of its supermarkets" / "its 46 supermarkets" / "all 46 of its stores": one chain's
    premises, three outlets, the odd one out on a side of its own."""
    doc = export_of_texts(tmp_path, _CHAIN)
    assert any(sides and [s["value"] for s in sides[:1]] == ["31"] and len(sides[1]["articles"]) == 2
               for _, sides in _conflicts(doc)), _conflicts(doc)


def _fact(*sides: tuple[str, list[str]]):
    from newsdesk.compare import verdicts
    from newsdesk.model import Fact, FactSide

    fs = [FactSide(value=v, articles=arts, outlets=arts) for v, arts in sides]
    return Fact(id="f", story="s", claim="c", mentions=[], verdict="conflict",
                detail=f"{verdicts.sides_text(fs)}. why", sides=fs)


def test_an_outlet_on_two_sides_does_not_contradict_itself() -> None:
    """A side of articles that all stand on another side is another figure they report (the
    demand beside the offer; the whole of "57 of the 312"), dropped, widest first; an article
    still on two sides makes the two values two things: compatible."""
    from newsdesk.compare.facts import _unless_told_by_one

    pay = _fact(("7", ["b"]), ("4.5", ["e"]), ("3.2", ["a", "b", "c"]))
    _unless_told_by_one(pay)
    assert pay.verdict == "conflict" and [s.value for s in pay.sides] == ["4.5", "3.2"]
    assert pay.detail.startswith("e: 4.5; a, b, c: 3.2. why"), pay.detail
    part = _fact(("nearly 300", ["b"]), ("57", ["a", "c"]), ("312", ["a", "b", "c"]))
    _unless_told_by_one(part)
    assert part.verdict == "conflict" and [s.value for s in part.sides] == ["nearly 300", "57"]
    schools = _fact(("23", ["b", "d", "e"]), ("14", ["c", "e"]))
    _unless_told_by_one(schools)
    assert schools.verdict == "compatible" and schools.sides == [] and schools.detail.startswith("e reports both")
    terms = _fact(("a four-year contract", ["b", "d"]), ("for nine years", ["b", "d"]))
    _unless_told_by_one(terms)
    assert terms.verdict == "compatible" and terms.detail.startswith("b, d each report both"), terms.detail
    plain = _fact(("3,000", ["a"]), ("about 4,200", ["b", "c"]))
    _unless_told_by_one(plain)
    assert plain.verdict == "conflict" and len(plain.sides) == 2
