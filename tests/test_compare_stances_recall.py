"""Stances on constructed sentences (issue 17, recall round): acts urged on another party,
conditions that name the holder's demand, dropped objections, participle clauses, phrasal
verbs, holders written as lower-case descriptions or before an aside, and remedies that are no
proposal. Each sentence is written for this test (invented names), not taken from a story."""
from __future__ import annotations

from .conftest import stance_cells


def _cells(*bodies: str) -> set[tuple[str, str, str]]:
    return stance_cells(*bodies, month=4)


def _has(got, actor: str, issue: str, position: str) -> bool:
    return any(actor.lower() in a.lower() and issue in i and p == position for a, i, p in got)


def test_compare_stances_urged_act_is_a_demand_urged_acceptance_a_proposal() -> None:
    """"urged the minister to deny the licence": the urger demands the act; "urged both sides
    to accept a truce": advocating the truce, a proposal."""
    a = ("The Brackwater Anglers Guild has urged the minister to deny the dredging licence outright. "
         "Mediator Osric Ebberley urged both sides to accept a harbour truce.")
    b = "The dredging licence expires in May. A harbour truce was tried last year; the harbour truce failed."
    got = _cells(a, b)
    assert _has(got, "Brackwater Anglers Guild", "deny dredging licence", "demands"), got
    assert not _has(got, "Brackwater Anglers Guild", "licence", "proposes"), got


def test_compare_stances_urging_people_is_advice() -> None:
    """"urged people to heed the harbour guidance": advice to the public, not a demand."""
    a = "The Brackwater Anglers Guild urged people to heed the harbour guidance."
    b = "The harbour guidance was issued on Monday. The harbour guidance is strict."
    got = _cells(a, b)
    assert not any(p == "demands" for _, _, p in got), got


def test_compare_stances_lower_case_body_and_aside_hold_the_demand() -> None:
    """"the regional chamber of commerce has asked the minister to appoint a mediator" (a body
    named only in lower case) and "Pedal Brackwater, meanwhile, called on the council to ..."."""
    a = ("The Brackwater Growers' Cooperative is demanding that frozen cargo be released at once, and the regional "
         "chamber of commerce has asked the minister to appoint a mediator. The cycling campaign Pedal Brackwater, "
         "meanwhile, called on the council to commit a fixed share of the toll's revenue to protected bike lanes.")
    b = "The toll starts in June. Frozen cargo is piling up at the quay."
    got = _cells(a, b)
    assert _has(got, "chamber of commerce", "mediator", "demands"), got
    assert _has(got, "Pedal Brackwater", "share", "demands"), got


def test_compare_stances_act_asked_of_a_party_may_be_intransitive() -> None:
    """"asked the mayor to intervene"; "has written to the governor's office asking him to
    intervene" (a participle held by the clause's subject); "urged the minister to step in and
    order ...": the particle stays in the issue."""
    a = "The Ostvale Farmers Union has written to the governor's office asking him to intervene."
    b = "Mayor Lene Quarrington urged the transport minister to step in and order the depot reopened."
    got = _cells(a, b)
    assert _has(got, "Ostvale Farmers Union", "intervene", "demands"), got
    assert _has(got, "Lene Quarrington", "step in", "demands"), got


def test_compare_stances_vague_addressee_asks_for_no_issue() -> None:
    """"“I asked them to look,” she said": a bare act asked of "them" is no demand."""
    a = "“I asked them to look,” said Pavo Varnholt, the Ostvale Farmers Union president."
    b = "The Ostvale Farmers Union met on Monday."
    got = _cells(a, b)
    assert not any(i == "look" for _, i, _ in got), got


def test_compare_stances_dropped_objection_and_passive_condition() -> None:
    """"would drop its objection if licensed cabs were exempted": conditional, and the exemption
    is the holder's demand; "would have no objection to the toll if ...": conditional support
    of the toll; an active condition ("if the city paid ...") is no demand of the holder."""
    a = "The Ostvale Cabmen's Guild said it would drop its objection if licensed cabs were exempted."
    b = ("Its secretary, Mira Pellingham, said cab drivers would have no objection to the toll if licensed cabs "
         "were exempted. The Ostvale Bakers Circle said it would accept the toll if the city paid for parking.")
    got = _cells(a, b)
    assert _has(got, "Cabmen's Guild", "objection", "conditional"), got
    assert _has(got, "Cabmen's Guild", "exempt", "demands"), got
    assert any(i == "toll" and p == "conditional" for _, i, p in got), got
    assert not any("city" in i or "parking" in i for _, i, p in got if p == "demands"), got


def test_compare_stances_only_if_given_a_discount_is_a_demand() -> None:
    """"voted to support the toll, but only if people who live inside the zone are given a 90
    percent discount": conditional support, and the discount is their demand."""
    a = ("The Weir Street Residents' Association voted last week to support the toll, but only if people who live "
         "inside the zone are given a 90 percent discount.")
    b = "The toll would be $6 a day. A discount for residents is not in the plan."
    got = _cells(a, b)
    assert _has(got, "Residents' Association", "toll", "conditional"), got
    assert _has(got, "Residents' Association", "discount", "demands"), got


def test_compare_stances_long_party_wanted_to_be_exempted() -> None:
    """"wants patients attending appointments and staff working night shifts to be exempted
    from the toll": the exemption is the demand (the party asked is long)."""
    a = ("St Brivel's Infirmary, which sits inside the zone, wants patients attending appointments and staff "
         "working night shifts to be exempted from the daily toll.")
    b = "The daily toll is $6. Nobody has been exempted so far; the council said some may be exempted."
    got = _cells(a, b)
    assert _has(got, "St Brivel's Infirmary", "exempted", "demands"), got


def test_compare_stances_subject_stops_before_its_verb_and_object() -> None:
    """"The guild wants the levy spread over three years and says it would accept a phased
    levy if ...": "it" is the guild (the subject ends before "wants the")."""
    a = ("The guild wants the levy spread over three years and says it would accept a phased levy if the "
         "government paid boats to stay in port.")
    b = "The Ostvale Netmakers Guild met on Monday. The levy starts in January; a phased levy was discussed."
    got = _cells(b, a)
    assert _has(got, "guild", "phased levy", "conditional"), got


def test_compare_stances_told_the_hearing_the_company_welcomed() -> None:
    """"told the hearing the company welcomed the draft decision but objected to the cap": the
    company holds both positions; "the draft decision" is an issue though "decision" is light."""
    a = ("Grauwald Minerals' chief executive, Otto Renning, told the hearing the company welcomed the draft "
         "decision but objected to the drought cap.")
    b = ("Grauwald Minerals, a mining company, wants to dig at Ostvale. The draft decision came out on Friday. "
         "The drought cap would halt pumping in dry months.")
    got = _cells(a, b)
    assert _has(got, "Grauwald Minerals", "draft decision", "supports"), got
    assert _has(got, "Grauwald Minerals", "drought cap", "opposes"), got


def test_compare_stances_put_off_is_a_delay() -> None:
    """"wants the minister to put the levy off for a year": a demand to delay the levy, the
    same issue as "asked the minister to delay the levy"."""
    a = "The Kessling Cannery wants the minister to put the levy off for a year."
    b = "The Kessling Cannery has asked the minister to delay the levy by a year."
    got = _cells(a, b)
    assert _has(got, "Kessling Cannery", "delay levy", "demands"), got
    assert not any(i in ("levy", "levy off") and p == "demands" for _, i, p in got), got


def test_compare_stances_backing_people_and_not_yet_agreeing_are_no_stances() -> None:
    """"Ostvale council backs fishermen in quota row": a position on people, not an issue; "a
    protest that will last until the minister agrees to meet them": not agreed yet."""
    a = ("Ostvale council backs fishermen in quota row\n\nSkippers began a protest that they say will last until "
         "the minister agrees to meet them.")
    b = "The quota row began in May. Fishermen say the quota is too low."
    got = _cells(a, b)
    assert not any("fishermen" in i for _, i, _ in got), got
    assert not any("meet" in i for _, i, _ in got), got


def test_compare_stances_guarantees_of_a_gerund_are_labelled_with_it() -> None:
    """"members wanted guarantees of retraining before any layoffs": the issue names the retraining."""
    a = ("Union organiser Marit Ostergaard, who represents the cannery's staff, said members wanted guarantees "
         "of retraining before any layoffs are made.")
    b = "The cannery will close a line. Retraining was promised last year."
    got = _cells(a, b)
    assert any("retraining" in i and p == "demands" for _, i, p in got), got


def test_compare_stances_said_s_and_called_for_is_the_speakers_act() -> None:
    """"X said the minister was "hiding behind" the inspectors and called for the firm's
    licence to be suspended": X demands the suspension (not the inspectors)."""
    a = ("Opposition transport spokeswoman Hedda Fjellström said the minister was \"hiding behind\" the inspectors "
         "and called for Brisk Ferries' licence to be suspended while the inquiry runs.")
    b = "Brisk Ferries has run the route since 2009. Its licence was renewed in 2024 and may be suspended."
    got = _cells(a, b)
    assert _has(got, "Opposition", "suspended", "demands"), got
    assert not any("inspectors" in a_.lower() for a_, _, _ in got), got


def test_compare_stances_participle_that_clause_and_apposed_subjunctive_subject() -> None:
    """"wrote to Brisk Ferries last week demanding that a second vessel be chartered"; "The board
    recommended that the operator, Brisk Ferries, set a hard speed limit": the act, not "operator"."""
    a = ("The Skarvholt Island Council wrote to Brisk Ferries last week demanding that a second vessel be chartered "
         "before the winter timetable.")
    b = ("The Maritime Safety Board recommended that the operator, Brisk Ferries, set a hard speed limit in fog. "
         "A second vessel would cost money; a chartered vessel and a speed limit would not.")
    got = _cells(a, b)
    assert _has(got, "Skarvholt Island Council", "vessel", "demands"), got
    assert _has(got, "Maritime Safety Board", "speed limit", "proposes"), got
    assert not any(i == "operator" for _, i, _ in got), got


def test_compare_stances_remedy_to_outsiders_and_reported_agreement_are_no_stances() -> None:
    """"Acme has offered owners a free replacement lid or a refund": a remedy, no proposal;
    "X happened, a spokeswoman said, and Acme agreed to the recall": her report."""
    a = ("Tollund Kitchenware has offered owners a free replacement lid or a refund. The office has been testing "
         "the kettles since January, spokeswoman Agnes Wibe said, and Tollund Kitchenware agreed to the recall "
         "after engineers reproduced the fault.")
    b = "The recall covers 40,000 kettles. A refund takes two weeks."
    got = _cells(a, b)
    assert not any(a_ == "Tollund Kitchenware" for a_, _, _ in got), got


def test_compare_stances_never_sign_off_without_is_conditional() -> None:
    """"would never sign off on remote cranes without a guarantee that ...": conditional
    support of the cranes (the guarantee is the condition), not opposition."""
    a = ("Pavo Weyl, a shop steward for the Kaiside Porters Union, said the union would never sign off on remote "
         "cranes without a guarantee that no one would be made redundant.")
    b = "Remote cranes arrive in May. The remote cranes cost $40 million."
    got = _cells(a, b)
    assert _has(got, "Kaiside Porters Union", "remote cranes", "conditional"), got
    assert not _has(got, "Kaiside Porters Union", "cranes", "opposes"), got


def test_compare_stances_vote_tally_and_her_call() -> None:
    """"Councillors voted 14-3 for a motion backing her call": the tally sits between the verb and
    its particle; "her call" is the mayor's demand named just before."""
    a = ("At a council meeting on Tuesday, Mayor Edda Tamsberg urged the transport minister to step in and "
         "order the depot reopened. Councillors voted 14-3 for a motion backing her call.")
    b = "The depot has been shut since Friday."
    got = _cells(a, b)
    assert _has(got, "councillors", "step in", "supports"), got


def test_compare_stances_function_word_as_a_noun_and_an_own_plan() -> None:
    """"would back the mine only if ...": "mine" after "the" is a noun, not the pronoun; "Acme
    wants to invest $1 billion in a copper mine": its own plan, in favour of it, no demand."""
    a = ("Governor Pia Lindelof said she would back the mine only if Skarn Copper signed a binding commitment "
         "to hire locally. Skarn Copper wants to invest more than $1 billion in a copper mine at Ostvale.")
    b = "The mine would employ 600 people. The mine needs a water permit."
    got = _cells(a, b)
    assert _has(got, "Pia Lindelof", "mine", "conditional"), got
    assert not any(a_ == "Skarn Copper" and p == "demands" for a_, _, p in got), got


def test_compare_stances_light_verb_act_asked_of_a_party() -> None:
    """"used her time to ask Skarn Copper to sign a community benefit agreement covering road
    repairs": a demand said once; "pushing a subsidy to keep the ward running" asks no party."""
    a = ("Edda Tamsberg, who chairs the Ostvale County Board, used her time at the microphone to ask Skarn "
         "Copper to sign a community benefit agreement covering road repairs. Board chair Edda Tamsberg is "
         "pushing a $2 million subsidy to keep the clinic running.")
    b = "Skarn Copper applied in March. The clinic may close."
    got = _cells(a, b)
    assert any(a_ == "Ostvale County Board" and "agreement" in i and p == "demands" for a_, i, p in got), got
    assert not any("clinic running" in i for _, i, _ in got), got


def test_compare_stances_refused_to_do_and_we_support() -> None:
    """"wants the minister to order an inquiry, something Odo Brisvold has so far refused to do":
    Brisvold opposes the inquiry; "We support this permit," said the president of Local 12 of the
    Quarry Workers: Local 12 (a number in the name) supports the permit."""
    a = ("The Ferry Families Group wants the Transport Secretary to order a full public inquiry, something "
         "Transport Secretary Odo Brisvold has so far refused to do.")
    b = ("Mira Keller, president of Local 12 of the United Quarry Workers, spoke on Tuesday. \"We support this "
         "permit without reservation,\" she said. The permit and a public inquiry were debated.")
    got = _cells(a, b)
    assert _has(got, "Odo Brisvold", "public inquiry", "opposes"), got
    assert _has(got, "Local 12", "permit", "supports"), got


def test_compare_stances_drawn_up_by_a_lower_case_body() -> None:
    """"Under the scheme drawn up by the council's transport committee, ...": the committee
    proposes the scheme (a passive agent written in lower case)."""
    a = ("Under the scheme drawn up by the council's transport committee, cameras at 30 entry points would "
         "record vehicles. The transport committee meets on Thursday.")
    b = "The scheme would start in May. Critics of the scheme say it is too costly."
    got = _cells(a, b)
    assert _has(got, "transport committee", "scheme", "proposes"), got


def test_compare_stances_question_asked_and_press_in_a_name_are_no_stances() -> None:
    """"asked whether the warnings had been missed in comments to the media": a question, not an
    act asked of anyone; "(Brackwater Press Service contributed to this report.)": "Press" is a
    word of a name, not the verb."""
    a = ("Union representatives asked whether the warnings had been missed in comments to the media.\n\n"
         "(Brackwater Press Service contributed to this report.)")
    b = "The media reported the warnings. The report was read widely."
    got = _cells(a, b)
    assert not any("media" in i or "report" in i for _, i, _ in got), got
