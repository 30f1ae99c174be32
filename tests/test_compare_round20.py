"""Comparison on constructed paragraphs (issue 17, round 20): constructions met in stories of new
domains. Stances: a thing asked to be done ("demanded that every worker be guaranteed a day
job"), "a new vote", the purpose of an act ("wrote to the mayor to demand"), a document's
purpose ("a bill to ban X"), "pushed back against calls for X", a date line is no party, a
participle after "while", an organisation's name ending in a title, a party owning the thing
at issue, a verb of giving and its recipient, "a 90-night cap", "X, 71, who chairs Y", "her
association has renewed its demand", a measure named by its noun ("voted to ban" in a story of
"the ban"). Facts: a plan's date with its year, or told ahead without one; a length reported
"up to" N; one body's decision told with two verbs. Each paragraph is written for this test,
not taken from a story."""
from __future__ import annotations

from newsdesk.compare.durations import duration_facts
from newsdesk.compare.story import build_context
from newsdesk.compare.verdicts import time_facts
from newsdesk.model import Article, Story

from .conftest import has_cell, stance_cells

FILL = ("The county library extended its opening hours. A new bus route links the two hospitals. "
        "Farmers expect a good harvest of apples and pears. ")


def _cells(*bodies: str) -> set[tuple[str, str, str]]:
    return stance_cells(*bodies, month=11)


def _ctx(*bodies: tuple[str, str | None, str]):
    arts = [Article(id=chr(97 + k), source="t", body=body + "\n\n" + FILL, content_hash=str(k), published=pub, outlet=outlet)
            for k, (body, pub, outlet) in enumerate(bodies)]
    story = Story(id="s", label="s", article_ids=[a.id for a in arts], independent_sources=len(arts))
    return build_context(story, arts, {}, None, [])


def _one_conflict_c_outlier(ctx) -> None:
    """The story's time facts hold one conflict, article c alone on its first side."""
    got = [f for f in time_facts(ctx) if f.verdict == "conflict"]
    assert len(got) == 1 and got[0].sides[0].articles == ["c"], [(f.claim, f.detail) for f in got]


# ------------------------------------------------------------------------------------ stances

def test_a_thing_asked_to_be_done_is_a_demand_even_said_once() -> None:
    got = _cells("The Metal Workers Union demanded that every worker be guaranteed a day job.")
    assert any(a == "Metal Workers Union" and "day job" in i and p == "demands" for a, i, p in got), got


def test_a_new_vote_is_a_thing_asked_for() -> None:
    lead = "The Aldmoor Chess Federation held its congress. Ileana Marchetti-Kowal demanded a new vote."
    got = stance_cells(lead + " The Aldmoor Players Association backs a new vote.",
                       "The Aldmoor Players Association backs a new vote. " + lead, month=11)
    assert has_cell(got, "Aldmoor Players Association", "new vote", "supports"), got
    assert has_cell(got, "Ileana Marchetti-Kowal", "new vote", "demands"), got


def test_the_subject_of_an_act_done_to_take_a_position_holds_it() -> None:
    got = _cells("The Metal Workers Union wrote to the mayor to demand a pay rise.",
                 "The Metal Workers Union met the mayor on Monday to demand a pay rise.")
    assert has_cell(got, "Metal Workers Union", "pay rise", "demands"), got


def test_a_documents_purpose_is_what_it_proposes() -> None:
    got = _cells("Senator Ann Cole will introduce a bill to ban holiday lets.",
                 "Senator Ann Cole said she would bring legislation early next year to ban holiday lets.")
    assert has_cell(got, "Ann Cole", "ban holiday lets", "proposes"), got
    assert not any("early" in i for _, i, _ in got), got  # "early next year" is when, not what


def test_a_party_pushing_for_its_own_proposal_proposes_it() -> None:
    got = _cells("Science Minister Oswin Tarrow proposed a national research integrity office.",
                 "Science Minister Oswin Tarrow has pushed for a national research integrity office.")
    assert has_cell(got, "Oswin Tarrow", "research integrity office", "proposes"), got
    assert not any(a == "Oswin Tarrow" and p == "demands" for a, _, p in got), got


def test_pushing_back_against_calls_for_a_thing_opposes_it() -> None:
    lead = "Meridian Lakes Power is a utility. The company could be fined."
    got = stance_cells(lead + " Meridian Lakes Power pushed back against calls for the company to be fined.",
                       lead + " Meridian Lakes Power pushed back against the fine.", month=11)
    assert any(a == "Meridian Lakes Power" and "fine" in i and p == "opposes" for a, i, p in got), got
    assert not any(p in ("demands", "proposes") for _, _, p in got), got


def test_a_date_line_is_no_party() -> None:
    got = _cells("AMBROSE FALLS — The state Public Utility Commission will decide next week whether to hire a firm, "
                 "after its chair proposed a forensic audit at the opening of the inquiry.",
                 "Public Utility Commission chair Delphine Okafor-Reyes proposed a forensic audit of the failure.")
    assert not any(a.upper() == a for a, _, _ in got), got
    assert any("Commission" in a and "audit" in i and p == "proposes" for a, i, p in got), got


def test_a_participle_after_while_has_the_clauses_subject() -> None:
    got = _cells("Meridian Lakes Power fought off any suggestion of a fine, while pressing regulators to approve a "
                 "6.8 percent rate increase.",
                 "Meridian Lakes Power wants a rate increase. Regulators will rule on the rate increase.")
    assert has_cell(got, "Meridian Lakes Power", "rate increase", "proposes"), got
    assert not any(a.lower() == "while" for a, _, _ in got), got


def test_a_party_owning_the_thing_at_issue_leaves_it_an_issue() -> None:
    got = _cells("The Ambrose Falls Chamber of Commerce said it would back Meridian Lakes' requested rate increase "
                 "only if it comes with enforceable reliability standards.",
                 "Meridian Lakes Power asked for a rate increase. The rate increase is under review.")
    assert has_cell(got, "Ambrose Falls Chamber of Commerce", "rate increase", "conditional"), got


def test_the_thing_given_is_the_issue_not_who_gets_it() -> None:
    got = _cells("The Nurses Union demanded that the trust pay all nurses a 6 per cent rise.",
                 "The Nurses Union wants a pay rise.")
    assert has_cell(got, "Nurses Union", "rise", "demands"), got
    assert not any("nurses" in i for _, i, _ in got), got


def test_an_organisations_name_ending_in_a_title_is_kept_whole() -> None:
    got = _cells("The state Office of Consumer Counsel, which represents ratepayers, is demanding that Meridian Lakes "
                 "give every affected household a $100 bill credit.",
                 "The Office of Consumer Counsel wants a bill credit for every household.")
    assert any(a.endswith("Office of Consumer Counsel") and "bill credit" in i and p == "demands" for a, i, p in got), got


def test_a_measure_joined_to_its_figure_is_no_time() -> None:
    got = _cells("StayNest, the booking platform, voiced opposition to the 90-night cap.",
                 "The Carrowmere Chamber of Trade said it would accept the 90-night cap only if the council exempts the regatta.")
    assert has_cell(got, "StayNest", "cap", "opposes"), got
    assert has_cell(got, "Carrowmere Chamber of Trade", "cap", "conditional"), got


def test_who_chairs_after_an_age_and_her_association() -> None:
    got = _cells('"The street has changed," said Penhallow, 71, who chairs the Old Harbour Residents Association. '
                 "Penhallow said the rules would mean little without inspectors, and her association has renewed "
                 "its demand for tougher enforcement against unlicensed lets.",
                 "The Old Harbour Residents Association wants tougher enforcement.")
    assert has_cell(got, "Old Harbour Residents Association", "enforcement", "demands"), got


def test_voting_to_ban_in_a_story_of_the_ban_supports_the_ban() -> None:
    got = _cells("The Carrowmere City Council voted on Tuesday to ban new holiday lets. The Holiday Hosts Association "
                 "opposes the ban.",
                 "The Carrowmere Renters Union supports the ban. The outright ban covers two wards.")
    assert has_cell(got, "Carrowmere City Council", "ban", "supports"), got
    assert not any(a == "Carrowmere City Council" and p == "opposes" for a, _, p in got), got


# --------------------------------------------------------------------------------------- facts

def test_a_plans_date_with_its_year_and_one_told_ahead_without() -> None:
    ctx = _ctx(("The rules will take effect on 1 April 2027, the council said.", "2026-05-13", "Press"),
               ("The rules, approved on Tuesday, will take effect on 1 April 2027.", "2026-05-13", "Gazette"),
               ("The crackdown kicks in on 1 January, leaving owners scrambling.", "2026-05-13", "Standard"))
    _one_conflict_c_outlier(ctx)


def test_a_plan_told_ahead_for_next_year_agrees() -> None:
    ctx = _ctx(("The rules will take effect on 1 January 2027, the council said.", "2026-05-13", "Press"),
               ("The crackdown kicks in on 1 January, leaving owners scrambling.", "2026-05-13", "Standard"))
    assert not [f for f in time_facts(ctx) if f.verdict == "conflict"]


def test_a_length_reported_up_to_n_is_the_longest_there_was() -> None:
    ctx = _ctx(("Regulators questioned executives for more than five hours about why some streets stayed dark "
                "for up to 31 hours.", "2026-07-15", "Wire"),
               ("Some families went without power for up to 52 hours as temperatures topped 100 degrees.", "2026-07-15", "Daily"),
               ("Some homes were without power for 31 hours during the heat wave.", "2026-07-15", "Radio"))
    facts = [f for f in duration_facts(ctx) if f.verdict == "conflict"]
    assert facts and all("52" in f.sides[0].value for f in facts), [(f.claim, f.detail) for f in facts]
    assert not any("five hours" in f.detail for f in facts)  # the questioning is another event


def test_one_bodys_decision_told_with_two_verbs_is_one_act() -> None:
    ctx = _ctx(("The board of Aldmere and Stowe Hospitals NHS Trust voted unanimously at its meeting on Thursday to "
                "merge the two departments.", "2026-06-19", "Advertiser"),
               ("The board of Aldmere and Stowe Hospitals NHS Trust voted on Thursday to close the unit.", "2026-06-19", "Radio"),
               ("The board of Aldmere and Stowe Hospitals NHS Trust waved the plan through on Monday without a "
                "single vote against.", "2026-06-19", "Voice"))
    _one_conflict_c_outlier(ctx)


def test_two_bodies_deciding_on_two_days_are_no_conflict() -> None:
    ctx = _ctx(("The Harbour Board of Trustees voted on Thursday to merge the two departments.", "2026-06-19", "A"),
               ("The County Health Scrutiny Committee approved the plan on Monday.", "2026-06-19", "B"))
    assert not [f for f in time_facts(ctx) if f.verdict == "conflict"]


def test_an_offer_to_striking_staff_is_no_act_of_striking() -> None:
    got = _cells("Sunhollow Care Group has raised its pay offer to striking nurses and care assistants to 5 per cent.",
                 "Sunhollow Care Group made a pay offer. The Care Staff Union wants a pay rise.")
    assert not any("strike" in i for _, i, _ in got), got


def test_a_subject_without_a_second_object_is_what_should_be_done_to() -> None:
    got = _cells("Corran Council leader Moira Tallentyre said on Monday that the fog rules should be looked at as well.",
                 "Corran Council wants the fog rules reviewed.")
    assert not any(i == "looked" for _, i, _ in got), got
    assert any(a == "Corran Council" and "fog rules" in i and p == "demands" for a, i, p in got), got


# ------------------------------------------------------------------- set 17's constructions

def test_backing_a_plan_the_day_something_happens_is_no_issue_named_day() -> None:
    got = _cells('"We will back this plan the day an independent surveyor walks into every flat," said Nadia '
                 "Kowalczyk, secretary of the Tarnholme Tenants' Union.",
                 "The Tarnholme Tenants' Union wants an independent surveyor.")
    assert not any("day" in i for _, i, _ in got), got


def test_a_passive_condition_names_what_is_to_be_done_and_to_what() -> None:
    got = _cells("The Tarnholme Tenants' Union said the union would back the repair programme only if every affected "
                 "flat was checked by an independent surveyor.",
                 "The Tarnholme Tenants' Union wants the repair programme checked.")
    assert has_cell(got, "Tarnholme Tenants' Union", "repair programme", "conditional"), got
    assert not any(i == "checked" for _, i, _ in got), got


def test_a_purpose_after_a_transfer_verb_is_no_destination() -> None:
    got = _cells("The Tarnholme City Council has demanded that the regulator send in an interim board to take over.",
                 "The Tarnholme City Council wants an interim board.")
    assert any(a == "Tarnholme City Council" and "interim board" in i for a, i, _ in got), got
    assert not any(i in ("take", "take over") for _, i, _ in got), got


def test_a_things_predicted_effect_is_no_demand() -> None:
    got = _cells("The Linden Falls Chamber of Commerce reaffirmed its opposition to the fee, warning that it would push "
                 "day-trippers to skip the town altogether.",
                 "The Linden Falls Chamber of Commerce opposes the entry fee.")
    assert not any("skip" in i for _, i, _ in got), got
    assert has_cell(got, "Linden Falls Chamber of Commerce", "fee", "opposes"), got


def test_a_thing_wanted_done_to_a_group_is_a_demand_said_once() -> None:
    got = _cells("The Halloran Outfitters Guild, which represents 40 licensed guides, wants guided groups exempted "
                 "from the per-person charge.",
                 "The park proposed a per-person charge.")
    assert any(a == "Halloran Outfitters Guild" and "exempted" in i and p == "demands" for a, i, p in got), got


def test_a_call_for_a_new_body_names_the_body_not_its_purpose() -> None:
    got = _cells("Tobias Hembry, who chairs the parliamentary culture and sport committee, renewed his call for an "
                 "independent regulator to oversee club finances.",
                 "Tobias Hembry wants a regulator.")
    assert any(a == "Tobias Hembry" and "independent regulator" in i and p == "demands" for a, i, p in got), got


def test_a_member_for_an_area_on_a_council_speaks_for_no_area() -> None:
    got = _cells("Cllr Ruairi Baskin, who represents Brackenfield on the city council, said his opposition to the sale "
                 "was about arithmetic.",
                 "Cllr Ruairi Baskin has campaigned against the sale of the street properties.")
    assert not any("Brackenfield" in a for a, _, _ in got), got
    assert has_cell(got, "Ruairi Baskin", "sale", "opposes"), got


def test_not_giving_a_thing_up_supports_it() -> None:
    got = _cells("Wendlow Housing Association chief executive Graham Ossory said the association would not abandon "
                 "the sale of 300 street properties.",
                 "The sale of 300 street properties by Wendlow Housing Association was criticised by tenants.")
    assert any(a.startswith("Wendlow") and "sale" in i and p == "supports" for a, i, p in got), got
    assert not any("sale" in i and p == "opposes" for _, i, p in got), got


def test_the_union_of_a_speaker_named_with_a_role_for_it() -> None:
    got = _cells("Colm Tierney, regional organiser for Allied Building Trades, said the union would press Wendlow to "
                 "let its contractor agreements lapse.",
                 "Allied Building Trades wants the contractor agreements ended.")
    assert any(a == "Allied Building Trades" and "contractor agreements" in i and p == "demands" for a, i, p in got), got
    assert not any(a == "union" for a, _, _ in got), got


def test_a_thing_wanted_brought_in_is_the_thing() -> None:
    got = _cells("The Merrivale Football Supporters' Federation wants the salary cap brought in for the 2027 season.",
                 "The Merrivale League voted for a salary cap.")
    assert not any("brought" in i for _, i, _ in got), got


def test_a_disputed_age_names_whose_age_it_is() -> None:
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))
    import stories  # noqa: E402  (the scorer's pipeline: ingest, analyse, export)
    _, doc = stories.run_story(Path(__file__).parent / "data" / "stories" / "damp_mould_homes")
    claims = [f["claim"] for f in doc["facts"] if f["verdict"] == "conflict"]
    assert any(c.startswith("age of the boy: ") for c in claims), claims


def test_a_booked_date_is_a_plans_date() -> None:
    ctx = _ctx(("Demolition crews are booked for Monday, August 3, the council said.", "2026-07-22", "Clarion"),
               ("Demolition is due to begin on Monday, August 3.", "2026-07-22", "Wire"),
               ("Wrecking crews could be on site as early as Friday, July 31.", "2026-07-22", "Voice"))
    _one_conflict_c_outlier(ctx)


def test_a_scandal_that_has_festered_is_the_dispute_in_its_third_week() -> None:
    ctx = _ctx(("The challenger demanded a new vote on Tuesday, escalating a dispute over proxy ballots that is now in its "
                "third week.", "2026-06-24", "Press Association"),
               ("A dispute over proxy ballots, now in its third week, has split the federation.", "2026-06-24", "Record"),
               ("The grandmaster demanded a do-over of an election that critics say was stolen, in a scandal that has "
                "now festered for more than a month.", "2026-06-24", "Insider"))
    _one_conflict_c_outlier(ctx)


def test_urging_others_to_accept_a_thing_one_calls_for_stays_a_demand() -> None:
    got = _cells("Rhona Sallis, leader of the opposition Kelbourne Independents, called for the dispute to go to binding "
                 "arbitration.",
                 "Rhona Sallis, who leads the opposition Kelbourne Independents, urged both sides to accept binding "
                 "arbitration.")
    assert any(a == "Rhona Sallis" and "arbitration" in i and p == "demands" for a, i, p in got), got
