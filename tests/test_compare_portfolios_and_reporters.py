"""Round 21: a minister's portfolio is not their party, a body a minister speaks of is the
minister's, "a claim for <sum>" is a demand, and "said the group's convenor, <Name>" names
the speaker. Each paragraph is written for this test (an observatory, a canal, a choir, a
seaside pier); none comes from a development story."""
from __future__ import annotations

from .conftest import stance_cells


def _cells(*bodies: str) -> set[tuple[str, str, str]]:
    return stance_cells(*bodies, month=7)


def test_a_portfolio_is_not_the_organisation_that_shares_its_word() -> None:
    """"Science Minister Ilse Brandt" in a story of the "Halvern Science Authority": the minister."""
    a = ("The Halvern Science Authority wants the observatory closed for repairs. "
         "Science Minister Ilse Brandt has again ruled out closing the observatory this winter.")
    b = ("The observatory has been open since 1911. Closing the observatory would cost the town its "
         "busiest attraction, the Halvern Science Authority said. Science Minister Ilse Brandt said "
         "the observatory would stay open.")
    got = _cells(a, b)
    assert any(actor == "Ilse Brandt" and pos == "opposes" and "clos" in issue for actor, issue, pos in got), got
    assert not any(actor == "Halvern Science Authority" and pos == "opposes" for actor, _, pos in got), got


def test_the_government_a_minister_speaks_of_is_the_minister() -> None:
    """"Canals Minister X said the state government remained committed to the dredging": X."""
    a = ("Canals Minister Pieter Holm said the state government remained fully committed to the dredging "
         "and ruled out pausing the works.")
    b = ("The dredging of the Lessow canal began in March. Barge owners have asked for the dredging to be "
         "finished before the summer, and pausing the works would leave the lock closed.")
    got = _cells(a, b)
    assert ("Pieter Holm", "dredging", "supports") in got, got
    assert any(actor == "Pieter Holm" and pos == "opposes" and "paus" in issue for actor, issue, pos in got), got


def test_a_union_officer_reporting_the_government_is_not_the_government() -> None:
    """"Its general secretary, X, said the government was asking members to pay more": no cell of
    the union (or of X) for paying more: the union reports the other side's demand."""
    a = ("The Choir Workers Union said the cuts were unfair. Its general secretary, Mara Quell, said the "
         "government was asking singers to pay more for their own training.")
    b = "The government wants singers to pay more for training. Singers pay £300 a year for training."
    got = _cells(a, b)
    assert not any(actor in ("Choir Workers Union", "Mara Quell") and pos == "demands" for actor, _, pos in got), got


def test_a_claim_for_a_sum_is_a_demand_and_a_claim_that_is_not() -> None:
    """"has lodged a claim for an extra £4 million": the builder demands the claim; "its claim
    that the timber was rotten" asserts, it demands nothing."""
    a = ("The builder of the pier, Saltmarsh Construction, has lodged a claim for an extra £4 million. "
         "The pier trust has rejected the claim.")
    b = ("Saltmarsh Construction stood by its claim that the timber was rotten. The pier trust said the "
         "claim would be fought in court.")
    got = _cells(a, b)
    assert ("Saltmarsh Construction", "claim", "demands") in got, got
    assert not any(actor == "Saltmarsh Construction" and "timber" in issue for actor, issue, _ in got), got


def test_said_the_groups_convenor_name_is_the_named_person() -> None:
    from newsdesk.extract import extract_article
    from newsdesk.model import Article

    body = ("The Friends of Gorran Pier, a heritage group, opposes the sale.\n\n"
            "\u201cThe pier belongs to the town,\u201d said the group\u2019s convenor, Elspeth Varga.\n\n"
            "\u201cWe will keep going,\u201d the convenor said.")
    notes = extract_article(Article(id="a", source="a", body=body, content_hash="h", published="2026-07-01"))
    assert [q.speaker for q in notes.quotes] == ["Elspeth Varga", "Elspeth Varga"], [q.speaker for q in notes.quotes]


def test_a_group_described_with_a_with_phrase_in_two_spellings() -> None:
    """"The Friends of Gorran Pier’s, a heritage group with 600 members" (curly and straight
    apostrophes in two articles): "the heritage group" is that party."""
    a = ("The Friends of Gorran Pier's, a heritage group with about 600 members, opposes the sale of the pier. "
         "The heritage group has formally objected to the pier sale.")
    b = ("The Friends of Gorran Pier\u2019s, a heritage group with about 600 members, opposes the pier sale. "
         "The council will decide on the pier sale in June.")
    got = _cells(a, b)
    assert any(actor.startswith("Friends of Gorran Pier") and pos == "opposes" and "sale" in issue
               for actor, issue, pos in got), got
    assert not any(actor == "heritage group" for actor, _, _ in got), got


def test_a_chapter_is_a_body_and_but_it_is_the_clause_subject_before() -> None:
    """"The cathedral chapter wants to sell the Deanery"; "X told a radio show the council was
    not opposed to fundraising, but it would not sign off on the sale": the council."""
    a = ("The cathedral chapter is proposing to sell the Deanery to pay for the spire. "
         "Lord Mayor Ann Vale told a radio show the council was not opposed to fundraising, but it would "
         "not sign off on the Deanery sale.")
    b = "The Deanery sale would raise $6 million. The cathedral chapter says the Deanery sale is needed."
    got = _cells(a, b)
    assert any(actor.lower().endswith("chapter") and pos == "proposes" for actor, _, pos in got), got
    assert not any(actor.lower().endswith("chapter") and pos == "opposes" for actor, _, pos in got), got


def test_a_capitalised_portfolio_written_as_a_surname_is_no_person() -> None:
    """"State Heritage Minister Fiona Tregear": the minister, not a person called "Heritage"."""
    a = ("State Heritage Minister Fiona Tregear has ruled out a dedicated state grant for the spire. "
         "The Friends of the Spire want a dedicated state grant.")
    b = "A dedicated state grant would cost $4 million. Heritage Minister Fiona Tregear said the fund was open to all."
    got = _cells(a, b)
    assert any(actor == "Fiona Tregear" and pos == "opposes" for actor, _, pos in got), got


def test_what_a_change_verb_makes_of_its_object_is_the_issue() -> None:
    """"ruled out reworking the bylaw into a noise-neutral curfew": against the curfew, not
    against "reworking"."""
    a = ("Councillor Ines Moor has ruled out reworking the bylaw into a noise-neutral curfew. "
         "The Bar Owners Guild wants a noise-neutral curfew.")
    b = "A noise-neutral curfew would cover every bar. The noise-neutral curfew was first floated in May."
    got = _cells(a, b)
    assert any(actor == "Ines Moor" and pos == "opposes" and "curfew" in issue for actor, issue, pos in got), got
    assert not any("rework" in issue for _, issue, _ in got), got


def test_dropping_one_thing_in_favour_of_another_proposes_the_other() -> None:
    """"wants the council to drop the bylaw in favour of a licensing scheme": against the
    bylaw, for the licensing scheme."""
    a = ("The Bar Owners Guild wants the council to drop the late-night bylaw in favour of a licensing scheme. "
         "The council backs the late-night bylaw.")
    b = "A licensing scheme would cost bars £200 a year. The late-night bylaw starts in May."
    got = _cells(a, b)
    assert any(actor == "Bar Owners Guild" and pos == "opposes" and "bylaw" in issue for actor, issue, pos in got), got
    assert any(actor == "Bar Owners Guild" and pos == "proposes" and "licensing" in issue for actor, issue, pos in got), got


def test_a_count_of_members_is_no_party_named_by_the_count() -> None:
    """"Two members voted against the bylaw": no party called "Two"."""
    a = "The council approved the late-night bylaw on Tuesday. Two members voted against the late-night bylaw."
    b = "The late-night bylaw starts in May. Bars must close at midnight under the late-night bylaw."
    got = _cells(a, b)
    assert not any(actor in ("Two", "Two members") for actor, _, _ in got), got


def test_not_supporting_unless_is_support_on_terms() -> None:
    """"will not support the bylaw unless bars are consulted": conditional, not opposed."""
    a = ("The Bar Owners Guild says it will not support the late-night bylaw unless every bar is consulted first. "
         "The council backs the late-night bylaw.")
    b = "The late-night bylaw starts in May. Bars must close at midnight under the late-night bylaw."
    got = _cells(a, b)
    assert ("Bar Owners Guild", "late-night bylaw", "conditional") in got, got
    assert ("Bar Owners Guild", "late-night bylaw", "opposes") not in got, got


def test_a_welcome_given_to_plans_is_support() -> None:
    """"Shopkeepers around Castle Square have given a cautious welcome to plans for a late-night bylaw"."""
    a = ("Shopkeepers around Castle Square have given a cautious welcome to plans for a late-night bylaw. "
         "The council backs the late-night bylaw.")
    b = "The late-night bylaw starts in May. Bars must close at midnight under the late-night bylaw."
    got = _cells(a, b)
    assert any("hopkeepers" in actor and pos == "supports" and "bylaw" in issue for actor, issue, pos in got), got


def test_they_in_a_campaigners_quotation_is_the_other_side() -> None:
    """'"Now they want to close the pier for good," said Ada Lusk, who speaks for the Pier
    Friends': no cell of the Pier Friends for closing the pier."""
    a = ("Pier Friends, a campaign group, has fought the plan for a year. \u201cThey counted the boards once, in a wet "
         "spring, and now they want to close a quarter of the pier on the strength of it,\u201d said Ada Lusk, who "
         "speaks for the group.")
    b = "The council wants to close the pier for good. Closing the pier would save £40,000 a year."
    got = _cells(a, b)
    assert not any(actor in ("Pier Friends", "Ada Lusk") and pos in ("supports", "demands", "proposes")
                   for actor, _, pos in got), got


def test_a_degree_word_before_a_time_clause_is_no_part_of_the_label() -> None:
    """"wants a decision well before the season begins": the decision."""
    a = ("The Pier Trust launched a consultation on Monday and says it wants a decision well before the summer "
         "season begins. The council wants a decision in June.")
    b = "A decision on the pier is due. The Pier Trust will publish the decision online."
    got = _cells(a, b)
    assert not any(issue.endswith(" well") for _, issue, _ in got), got


def test_the_rate_most_variants_name_is_in_the_label() -> None:
    """"demanding a 6 per cent rise" / "rejected the 6 per cent rise": "6 per cent rise", not a bare "rise"."""
    a = ("The Choir Workers Union is demanding a 6 per cent rise for its singers. "
         "The Opera Board rejected a 6 per cent rise as unaffordable.")
    b = "A 6 per cent rise would cost the Opera Board £90,000. The rise would start in April."
    got = _cells(a, b)
    assert ("Choir Workers Union", "6 per cent rise", "demands") in got, got
    assert ("Opera Board", "6 per cent rise", "opposes") in got, got


def test_where_an_act_takes_its_object_is_in_the_label() -> None:
    """"proposed ending the ferry route at Gorran Quay": the label says where."""
    a = ("The Harbour Users Association proposed ending the ferry route at Gorran Quay. "
         "The Harbour Board has proposed ending the ferry route at Gorran Quay as well.")
    b = "Ending the ferry route at Gorran Quay would save £2 million. The ferry route runs to the islands."
    got = _cells(a, b)
    assert any(actor == "Harbour Users Association" and issue.endswith("at Gorran Quay") for actor, issue, _ in got), got


def test_a_reduced_relative_says_which_one_in_the_label() -> None:
    """"proposed a cap linked to ticket sales": "cap linked to ticket sales", not a bare "cap"."""
    a = ("The Choir Workers Union has instead proposed a cap linked to ticket sales. "
         "The Opera Board rejected a cap linked to ticket sales.")
    b = "A cap linked to ticket sales would limit wages. The cap was discussed in May."
    got = _cells(a, b)
    assert any(actor == "Choir Workers Union" and issue.startswith("cap linked to") for actor, issue, _ in got), got


def test_the_act_a_permission_allows_is_the_issue() -> None:
    """"proposed letting cafes use the pier deck": the use allowed, not the deck alone."""
    a = ("The Pier Trust has proposed letting cafes use the pier deck in summer. "
         "The Harbour Board opposes letting cafes use the pier deck.")
    b = "Cafes could use the pier deck from May. The pier deck was repaired in 2025."
    got = _cells(a, b)
    assert any(actor == "Pier Trust" and pos == "proposes" and issue.startswith("use") for actor, issue, pos in got), got


def test_whom_a_judgement_was_told_to_is_no_part_of_its_issue() -> None:
    """"told reporters the insurance clause was a mistake": against the clause, not "reporters insurance clause"."""
    a = ("Luca Ferrante, who runs the cafe opposite the pier, told reporters the insurance clause was a mistake. "
         "Ada Moss told journalists the insurance clause was a mistake.")
    b = "The insurance clause would start in October. The insurance clause costs £3."
    got = _cells(a, b)
    assert ("Luca Ferrante", "insurance clause", "opposes") in got, got


def test_a_place_adverb_after_a_name_is_no_part_of_it() -> None:
    """"The Town Council here backed the bylaw": the Town Council."""
    a = "The Town Council here backed the late-night bylaw on Tuesday. The Bar Owners Guild opposes the late-night bylaw."
    b = "The late-night bylaw starts in May. Bars must close at midnight under the late-night bylaw."
    got = _cells(a, b)
    assert any(actor == "Town Council" and pos == "supports" for actor, _, pos in got), got


def test_a_thing_called_for_with_its_purpose_is_the_issue() -> None:
    """"called for emergency funding to cover the repairs": the funding, not "cover repairs"."""
    a = ("The Pier Friends called for emergency funding to cover the repairs. "
         "The council has refused emergency funding.")
    b = "Emergency funding would come from the harbour budget. The repairs will take a year."
    got = _cells(a, b)
    assert any(actor == "Pier Friends" and pos == "demands" and "funding" in issue for actor, issue, pos in got), got
