"""Stances on constructed sentences (issue 17, generality round): named ballot measures,
affected people who are no party, urging others not to accept, generic org nouns, verbs in
issue labels. Each sentence is written for this test (invented names), not taken from a story."""
from __future__ import annotations

from .conftest import stance_cells


def _cells(*bodies: str) -> set[tuple[str, str, str]]:
    return stance_cells(*bodies, month=4)


def _has(got, actor: str, issue: str, position: str) -> bool:
    return any(actor.lower() in a.lower() and issue in i and p == position for a, i, p in got)


def test_compare_stances_the_measure_is_the_named_measure() -> None:
    """"backs the measure" in a story about "Measure K": the issue is Measure K."""
    a = ("The Tarrow Valley Growers Union voted against Measure K last month. "
         "The Orlen Bay Dockers Guild backs the measure and says it would bring work.")
    b = "Measure K goes before voters in May. Measure K would raise the harbour levy."
    got = _cells(a, b)
    assert _has(got, "Tarrow Valley Growers Union", "Measure K", "opposes"), got
    assert _has(got, "Orlen Bay Dockers Guild", "Measure K", "supports"), got


def test_compare_stances_offered_people_are_no_issue() -> None:
    """"What it is offering passengers is a refund": passengers are who receive it, no issue;
    "customers" hold no position of a party."""
    a = ("Quenby Rail apologised on Monday. What it is offering passengers is a partial refund. "
         "Customers have demanded a partial refund.")
    b = "A partial refund is the least Quenby Rail can do, the Quenby Rail statement said."
    got = _cells(a, b)
    assert not any(i == "passengers" for _, i, _ in got), got
    assert not any(a.lower() == "customers" for a, _, _ in got), got


def test_compare_stances_urged_not_to_accept_opposes() -> None:
    """"urged members not to accept the voucher scheme": the urger opposes the scheme."""
    a = "The Harlow Tenants Federation urged members not to accept the voucher scheme."
    b = "The voucher scheme was launched in March. The voucher scheme pays 40 percent."
    got = _cells(a, b)
    assert _has(got, "Harlow Tenants Federation", "voucher scheme", "opposes"), got
    assert not _has(got, "Harlow Tenants Federation", "voucher scheme", "proposes"), got


def test_compare_stances_the_group_is_the_body_named_before() -> None:
    """"Its director said the group was demanding ...": the group is the body named before,
    not a party called "group"."""
    a = ("The Fennick Tenants Network urged the landlord to repair the lifts. "
         "Its director, Ola Brenning, said the group was also demanding that the landlord refund the heating charges.")
    b = "The heating charges rose in May. Tenants say the heating charges are unfair."
    got = _cells(a, b)
    assert _has(got, "Fennick Tenants Network", "heating charges", "demands"), got
    assert not any(a.lower() == "group" for a, _, _ in got), got


def test_compare_stances_role_apposition_and_relative_that() -> None:
    """"Dana Roe, chair of the Growers Union, said his members wanted X": the chair's body;
    "The tenants' association that represents the estate ... will urge": the association,
    not the relative clause's verb."""
    a = ("Dana Roe, chair of the Sallow Growers Union, said his members wanted compensation from the water board. "
         "The Sallow Growers Union has long opposed the reservoir plan.")
    b = ("The tenants' association that represents the estate has dropped its objection and will now urge "
         "the council to fund a new playground.")
    got = _cells(a, b)
    assert _has(got, "Sallow Growers Union", "compensation", "demands"), got
    assert not any(a.lower() == "represents" for a, _, _ in got), got
    assert _has(got, "association", "playground", "demands"), got


def test_compare_stances_it_is_the_plan_named_in_its_own_sentence() -> None:
    """"Asked about the mayor's plan for a rent rebate, he said the league would back it if
    shops were included": the league's conditional support is of the rebate, and the mayor's
    plan is a proposal, not conditional."""
    a = ("Mayor Ilse Vantongeren has proposed a rent rebate. Piet Oosterwold, chair of the Marrick Traders League, "
         "said the league wanted compensation from the council. Asked about the mayor's plan for a rent rebate, "
         "he said the league would back it if shops were included.")
    b = "The rent rebate would cost 2 million. The rent rebate is for households."
    got = _cells(a, b)
    assert _has(got, "Marrick Traders League", "rent rebate", "conditional"), got
    assert not _has(got, "Vantongeren", "rent rebate", "conditional"), got


def test_compare_stances_urger_cannot_be_its_addressee() -> None:
    """"He urged the board to test every well", with "he" guessed as the board: no party
    urges itself, so no cell for the board."""
    a = ("The Ravensholt Water Board opposes an outside review. "
         "Dr Ivo Tennant, a retired engineer, spoke at the meeting. He urged the board to test every village well.")
    b = "Every village well was tested in 2020. The village well water is clear."
    got = _cells(a, b)
    assert not _has(got, "Ravensholt Water Board", "well", "demands"), got


def test_compare_stances_forecast_after_insist_is_no_demand() -> None:
    """"insists the water will be safe within days": a forecast; "insists the water must be
    tested daily": a demand."""
    a = "The Ravensholt Water Board insists the harbour water will be safe within days."
    b = "The Ravensholt Anglers Club insists the harbour water must be tested daily."
    got = _cells(a, b)
    assert not _has(got, "Ravensholt Water Board", "water", "demands"), got
    assert _has(got, "Ravensholt Anglers Club", "water", "demands"), got


def test_compare_stances_details_of_and_clause_after_and_that() -> None:
    """"unveiled the details of his rebate scheme": the scheme; "opposed the levy and that the
    pledge did nothing": the levy only."""
    a = ("Mayor Oona Castellane unveiled the details of her harbour rebate scheme on Monday. "
         "Councillor Birte Hallam said she still opposed the harbour levy and that the rebate pledge did nothing.")
    b = "The harbour rebate scheme and the harbour levy were debated. The harbour levy rises in June."
    got = _cells(a, b)
    assert _has(got, "Oona Castellane", "harbour rebate scheme", "proposes"), got
    assert not any(i == "details" for _, i, _ in got), got
    assert _has(got, "Birte Hallam", "harbour levy", "opposes"), got
    assert not _has(got, "Birte Hallam", "pledge", "opposes"), got


def test_compare_stances_urging_a_yes_vote_supports_the_measure() -> None:
    """"will urge its members to vote yes on Measure K": the urger supports Measure K; "vote no
    on" opposes it."""
    a = ("The Dunmore Tenants Association will urge its members to vote yes on Measure K. "
         "The Dunmore Landlords Guild urged voters to vote no on Measure K.")
    b = "Measure K goes to voters in May. Measure K caps rents."
    got = _cells(a, b)
    assert _has(got, "Dunmore Tenants Association", "Measure K", "supports"), got
    assert _has(got, "Dunmore Landlords Guild", "Measure K", "opposes"), got
    assert not any(i == "vote yes" for _, i, _ in got), got


def test_compare_stances_promised_law_and_bring_forward_legislation_propose_it() -> None:
    """"promised a law forcing ...", "would bring forward legislation requiring ...": proposals."""
    a = ("Transport Minister Odile Farquharson promised a law forcing ferry firms to keep spare engines. "
         "Health Minister Jarrah Pembleton said he would bring forward legislation requiring clinics to open late.")
    b = ("Transport Minister Odile Farquharson promised a law forcing ferry firms to keep spare engines. "
         "Health Minister Jarrah Pembleton said he would bring forward legislation requiring clinics to open late.")
    got = _cells(a, b)
    assert _has(got, "Farquharson", "law", "proposes"), got
    assert _has(got, "Pembleton", "legislation", "proposes"), got


def test_compare_stances_pledge_to_pay_or_refusal() -> None:
    """"has said it will not pay the cash compensation": opposes it; "says it will pay for any
    overruns as long as ...": conditional; "paid a fine" is a fact, no position."""
    a = ("Brannock Air is offering a free rebooking but has said it will not pay the fixed cash compensation. "
         "The Kelso Rovers Football Club said it will pay for any overruns as long as the city grants land rights.")
    b = ("Tolliver Freight paid a fine in 2021. The fixed cash compensation is set by law. "
         "Any overruns on the stadium would otherwise fall on the city.")
    got = _cells(a, b)
    assert _has(got, "Brannock Air", "cash compensation", "opposes"), got
    assert _has(got, "Kelso Rovers Football Club", "overruns", "conditional"), got
    assert not any("Tolliver" in a for a, _, _ in got), got


def test_compare_stances_undated_reversal_is_a_cell_of_its_own() -> None:
    """A dated report that Brannock Air will not pay compensation and an undated one that it
    will pay it: the undated reversal is no vote on the dated cell, it stands as its own."""
    from newsdesk.compare import stances
    from newsdesk.extract import extract_article
    from newsdesk.model import Article, Story

    bodies = ("Brannock Air has said it will not pay the fixed cash compensation. "
              "The fixed cash compensation is up to 600 euros.",
              "Brannock Air has said it will not pay the fixed cash compensation, its chief executive said.",
              "Brannock Air will pay the fixed cash compensation after all, the airline said on Monday.")
    arts = [Article(id=f"a{n}", source=f"a{n}", body=b, content_hash=str(n),
                    published="2026-04-02" if n < 2 else None) for n, b in enumerate(bodies)]
    st = Story(id="s", label="s", article_ids=[a.id for a in arts], independent_sources=len(arts))
    cells = stances(st, arts, {a.id: extract_article(a) for a in arts})
    got = {(c.actor, c.position, c.date) for c in cells if "compensation" in c.issue}
    assert ("Brannock Air", "opposes", "2026-04-02") in got, got
    assert ("Brannock Air", "supports", None) in got, got


def test_compare_stances_acts_naming_no_issue() -> None:
    """"We want to stay in Dunmore" (an intransitive act of its own), "asking the city to want
    us to stay" (an act done to persons), "not asking anyone to love football": no issue; an
    act asked of "them" that names one still counts ("asked them to go to arbitration")."""
    a = ('"We want to stay in Dunmore. We are asking the city to want us to stay. We are not asking anyone '
         'to love football," said Ailsa Varnham, owner of the Dunmore Rovers Football Club. '
         "Transport Minister Corin Halsey has asked them to go to binding arbitration.")
    b = "Binding arbitration was tried in 2019. Binding arbitration failed then."
    got = _cells(a, b)
    assert not any(i in ("stay", "want us", "love football") or i.startswith("want") for _, i, _ in got), got
    assert _has(got, "Halsey", "arbitration", "demands"), got


def test_compare_stances_group_named_after_the_town_is_no_person() -> None:
    """"Clean Pipes Ashby, a residents' group, wants the board to release the maintenance
    records": a group named after the story's town (whose water board is "Ashby Water Board"),
    not a person surnamed Ashby."""
    a = ("The Ashby Water Board lifted the notice on Friday. "
         "Clean Pipes Ashby, a residents' group, wants the board to release the maintenance records for the pump.")
    b = ("The maintenance records were last published in 2022. "
         "A residents' group, Clean Pipes Ashby, is demanding that the board publish the maintenance records. "
         "Hester Abioye of the residents' group Clean Pipes Ashby said volunteers had delivered water.")
    got = _cells(a, b)
    assert _has(got, "Clean Pipes Ashby", "maintenance records", "demands"), got


def test_compare_stances_urging_a_no_vote_and_a_no_campaign_name() -> None:
    """"A campaign group, No Third Pier Dunmore, is urging a no vote": the campaign (its "No" is
    part of its name) opposes the story's one named measure; "a yes vote on Measure K" backs it."""
    a = ("A campaign group, No Third Pier Dunmore, is urging a no vote and has demanded an independent survey. "
         "The Dunmore Sailing Club is urging a yes vote on Measure K.")
    b = "Measure K goes before voters in May. Measure K would fund a third pier."
    got = _cells(a, b)
    assert _has(got, "No Third Pier Dunmore", "Measure K", "opposes"), got
    assert _has(got, "Dunmore Sailing Club", "Measure K", "supports"), got
    assert not any(a.startswith("Third Pier") for a, _, _ in got), got


def test_compare_stances_carrying_a_measure_to_a_vote_is_the_measure() -> None:
    """"voted against putting the measure on the ballot": opposes Measure K (the measure named
    by the story), not an issue "put measure"."""
    a = ("Councillor Maren Tolley, who voted against putting the measure on the ballot, spoke on Monday. "
         "The Orlen Bay Dockers Guild backs Measure K.")
    b = "Measure K goes before voters in May. Measure K would raise the harbour levy."
    got = _cells(a, b)
    assert _has(got, "Maren Tolley", "Measure K", "opposes"), got
    assert not any(i.startswith("put") for _, i, _ in got), got


def test_compare_stances_would_now_support_is_a_reversal() -> None:
    """"told reporters that the board would now support an independent review": support."""
    a = "An independent review would take months. An independent review was last held in 2019."
    b = ("The Ashby Water Board's chief executive, Dr Lena Marsh, "
         "told reporters on Wednesday that the board would now support an independent review.")
    got = _cells(a, b)
    assert _has(got, "Ashby Water Board", "independent review", "supports"), got


def test_one_party_written_with_two_apostrophes_is_one_actor() -> None:
    # scraped text mixes typographic and typewriter apostrophes: the same guild, one cell
    cells = stance_cells(
        "The Tarrowby Fishers’ Guild opposes the dredging licence, its chair said on Monday.",
        "The Tarrowby Fishers' Guild opposes the dredging licence, according to a statement.",
    )
    actors = {a for a, _, _ in cells}
    assert len({a.replace("’", "'") for a in actors}) == len(actors), cells
    assert any("Guild" in a and p == "opposes" for a, _, p in cells), cells
