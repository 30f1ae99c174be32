"""The open-domain scorer (eval/stories.py) on the shared stories and the demo: the facts side's floors.

Each corpus is ingested, analysed and exported as a user would, then scored against its gold.
Pinned here: every copy and rewrite found and none false, both planted conflicts found with
the outlier on a side of its own, at most one false conflict (measured 0 on every corpus),
no rounding called a conflict, every headline framed right. (Stances, quotes and speakers
are pinned by their own tests.)
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def scorer():
    spec = importlib.util.spec_from_file_location("eval_stories", REPO / "eval" / "stories.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _check(score) -> None:
    assert score.errors == 0, score.misses
    assert score.copies_found == score.copies_required and score.copies_false == 0, score.misses
    assert score.conflicts_found == score.conflicts_planted, score.misses
    assert score.conflict_sides_right == score.conflicts_planted, score.misses
    assert score.conflicts_false <= 1, score.misses
    assert score.rounding_as_conflict == 0, score.misses
    assert score.framing_right == score.framing_total, score.misses


def test_eval_stories_shared_stories_meet_the_facts_floors(scorer, eval_dir: Path) -> None:
    dirs = scorer.story_dirs(eval_dir / "stories")
    if not dirs:
        pytest.skip("no stories under ../shared/eval/stories")
    for d in dirs:
        score, doc = scorer.run_story(d)
        assert score.conflicts_planted >= 2, d.name
        _check(score)
        # a conflict's sides name outlets (or article ids) and the detail opens with them
        for fact in doc["facts"]:
            if fact["verdict"] == "conflict":
                assert len(fact["sides"]) >= 2 and all(s["articles"] and s["outlets"] and s["value"] for s in fact["sides"])
                first = fact["sides"][0]
                assert fact["detail"].startswith(f"{', '.join(first['outlets'])}: {first['value']}")


def test_eval_stories_demo_meets_the_facts_floors(scorer) -> None:
    if not scorer.DEMO.is_dir():
        pytest.skip("demo corpus not present")
    score, _ = scorer.run_demo()
    assert score.conflicts_planted == 2
    _check(score)


def test_eval_stories_accepts_a_directory_of_stories(scorer, tmp_path: Path) -> None:
    # --stories: any directory of story folders with a gold.json each (here: none)
    assert scorer.main(["--stories", str(tmp_path), "--no-demo"]) == 1
    assert scorer.story_dirs(REPO / "tests" / "data" / "stories")  # the held-out story of tests/data


def test_eval_stories_held_out_story_meets_the_facts_floors(scorer) -> None:
    # tests/data/stories/product_recall was written before the redesign and scored only at the end:
    # 1/2 conflicts then (an amount worded "nearly 80,000 of its pressure cookers" had no unit);
    # 2/2 since unit-less amounts read the noun they count (text.counted_noun)
    story = REPO / "tests" / "data" / "stories" / "product_recall"  # (other held-out stories pin their own floors)
    score, _ = scorer.run_story(story)
    assert score.conflicts_planted == 2
    _check(score)


def test_eval_stories_rounding_check_reads_the_mention_not_its_sentence(scorer) -> None:
    """A conflict on one figure is not rounding-as-conflict because its sentence also holds
    another figure whose wordings the gold calls compatible after rounding."""
    sentence_a = "About 140 fishing boats tied up on Monday in protest at a 28 percent cut."
    sentence_b = "Around 140 boats blocked the harbour over the 45 percent cut."
    gold = scorer.Gold(name="t", story=[], unrelated=[], required=[], allowed=[], conflicts=[],
                       roundings=[{"about": "boats", "mentions": [{"article": None, "text": "About 140"},
                                                                  {"article": None, "text": "Around 140"}]}],
                       flagged={}, neutral=[], quotes=[], scare=[], stances=[])
    percent = {"claim": "cut", "mentions": [
        {"article": "a", "text": "28 percent", "sentence": sentence_a},
        {"article": "b", "text": "45 percent", "sentence": sentence_b}],
        "sides": [{"articles": ["a"]}, {"articles": ["b"]}]}
    assert not scorer._rounding_mistaken(percent, gold)
    boats = {"claim": "boats", "mentions": [
        {"article": "a", "text": "140 fishing boats", "sentence": sentence_a},
        {"article": "b", "text": "Around 140 boats", "sentence": sentence_b}],
        "sides": [{"articles": ["a"]}, {"articles": ["b"]}]}
    assert scorer._rounding_mistaken(boats, gold)  # "About" lies before the span, in its sentence
    assert scorer._holds_value(boats["mentions"][0], "About 140")
    assert not scorer._holds_value(percent["mentions"][0], "About 140")


# Five stories in new domains, written by someone who did not see the code. ferry_inquiry and
# mining_permit were scored blind first (conflicts 1/2 and 0/2, stances 7/12 P 0.82 and 5/14
# P 0.75), the other three were development data from the start. Floors = what is measured now;
# the bar (all but one stance, P >= 0.8, both conflicts) is not reached on all of them.
# story: (conflicts found, false conflicts at most, speakers right, stances right, stance P, framing right[, story whole[, false copies at most]])
# Stances after the recall round (measured 15/15 P 1.00, 11/14 1.00, 12/13 0.94, 10/12 0.93, 11/14 0.94).
# stances7 (one stance round designed on the stories named a-m, checked on n-z, then the
# reverse): stances 188 -> 213/284, P 0.805 -> 0.828; raised where it moved: bridge_closure
# 9 -> 11 (P 0.87), hospital_breach 6 -> 8 (P 0.71), offshore_wind 8 -> 10 (P 0.59), rail_landslide
# 5 -> 8 (P 0.60), teachers_pension 5 -> 8 (P 0.92), club_takeover 10 -> 11 (P 0.76),
# county_recount 9 -> 12 (P 0.88), rent_cap 10 -> 11, festival_cancelled 5 -> 8 (P 0.73),
# giraffe_death 5 -> 8 (P 0.77), school_bus_strike 7 -> 9 (P 0.56).
NEW_DOMAIN_FLOORS = {
    "congestion_charge": (2, 0, 20, 15, 0.95, 6),  # framing3: framing 5 -> 6
    "fishing_quota": (2, 0, 20, 11, 0.95, 4),  # framing3: framing 3 -> 4
    "port_lockout": (2, 0, 23, 12, 0.9, 5),  # framing 4 -> 5: "job-killing" compound (framing5)
    "ferry_inquiry": (2, 0, 22, 10, 0.95, 5),  # framing 4 -> 5: "death ferry" (framing5); speakers 20 -> 22 (facts5)
    "mining_permit": (2, 0, 25, 12, 0.95, 6),  # issues5: 11/14 P 0.94 -> 12/14 P 1.00 ("the draft" = the draft permit); framing3: framing 5 -> 6
    # Three more written outside the team (2026-12-06), scored blind (stances 3/12 P 0.44, 6/17
    # P 0.35, 6/13 P 0.62; conflicts 1/2, 1/2, 2/2), then development data for one round:
    "airline_outage": (2, 0, 29, 11, 0.95, 6),  # framing3: framing 5 -> 6; stances9: 9/12 -> 10/12 ("has ordered the airline to submit a report"); stances13: 11/12 ("said ... and that X must pay")
    "stadium_referendum": (2, 0, 22, 11, 0.8, 5),
    "water_notice": (2, 0, 24, 11, 0.9, 6),  # framing 4 -> 5: a technical fault is plain (framing5); framing3: framing 5 -> 6
    # And three scored blind after that round (held out from all of today's work), pinned as
    # measured: the bar is far off on them (stances 5/14, 4/11, 4/10; conflicts 2/2,
    # 1/2, 0/2). bridge_closure's follow-up, dated ten days after the rest with no coverage in
    # between, is clustered as a story of its own (the last field: story whole or not).
    # Then development data for one stance round (stances3) and one facts/quotes round (facts3):
    # stances 5/14 P 0.57 -> 8/14 P 0.88, 4/11 P 0.50 -> 4/11, 4/10 P 0.38 -> 7/10 P 0.73;
    # speakers 22 -> 28, 18 -> 21, 31 -> 32; hospital_breach conflicts 1/2 + 1 false -> 2/2,
    # wildfire_evacuation's false one gone.
    "bridge_closure": (2, 0, 28, 12, 0.95, 6, False),  # stances12: P 21/23 -> 21/22 ("accepted the bridge had to be fixed" grants a fact); issues5: 8/14 -> 9/14 ("rejected the idea" after "wants a lane"); stances9: 12/14 P 0.91 ("the cost of X": X); framing3: framing 4 -> 6
    "hospital_breach": (2, 0, 21, 10, 0.75, 5),  # stances6: 5/11 P 0.62 -> 6/11 P 0.67 ("the trust" no issue; "a request from X that"); stances9: 9/11 P 0.75 ("said it would set up weekend clinics"); stances13: 10/11 P 0.78 ("those shifts": the issue just before)
    "wildfire_evacuation": (2, 0, 32, 7, 0.81, 6),  # round 25: P 0.70 -> 0.82
    # Three more written outside the team and scored blind after all of today's rounds (no work
    # on them since; the apostrophe fix was the only change made after seeing them): the rounds
    # above moved nothing here — stances 1/15, 3/14, 2/16; conflicts 1/2, 1/2, 0/2 (1 false);
    # teachers_pension has a false copy pair (last field: false copies at most).
    # Then development data for one facts/quotes round (facts5): conflicts 1/2 (sides wrong),
    # 1/2, 0/2 (1 false) -> 2/2 each, no false; wildfire_evacuation 0/2 -> 2/2; teachers_pension
    # false copy gone; speakers 20 -> 21, 39 -> 41. And one issue round (issues5: story-level
    # issue coreference, labels with their complement, "for X to be placed before"):
    # offshore_wind stances 1/15 P 0.10 -> 6/15 P 0.64, teachers_pension 2/16 P 0.43 -> 3/16 P 0.57.
    "offshore_wind": (2, 0, 26, 10, 0.55, 6),  # merged: 8/15 P 0.50 (issues5 alone 6/15 P 0.64, actors5 alone 5/15 P 0.33)
    "rail_landslide": (2, 0, 24, 8, 0.6, 6),  # facts13: speakers 23 -> 24 ("the railroad" names the untagged "X Railroad" before it); actors5: stances 3 -> 5/14, P 0.43 -> 0.50; names1: speakers 21 -> 23
    "teachers_pension": (2, 0, 41, 8, 0.9, 6),  # merged: stances 4/16 P 0.83; stances6: 5/16 P 0.86
    # Three more written outside the team (2026-12-06 evening: club_takeover, county_recount,
    # rent_cap), scored blind on the code of the morning (dea7c35) and again after the evening's
    # framing, facts and issue rounds: conflicts 1/2 each, stances 7/13 P 0.69, 8/13 P 0.73,
    # 5/13 P 0.40 both times (only rent_cap's framing moved, 3/4 -> 4/4). Pinned as measured,
    # then development data. facts6: conflicts 1/2 -> 2/2 each ("after more than three years on
    # the market" vs "13 months after"; "last Thursday" vs "Monday" and a lead split in two,
    # "some 4,100 ballots"; "during nearly three hours of testimony" vs "ran for more than six hours").
    # stances6 (round 6 on these three): 7/13 P 0.64 -> 10/13 P 0.71, 8/13 P 0.73 -> 9/13 P 0.85,
    # 5/13 P 0.40 -> 10/13 P 0.61.
    "club_takeover": (2, 0, 20, 12, 0.87, 5),  # stances12: P 13/17 -> 13/15 ("insists the club will stay": an assurance; "needs approval from": no demand); round 24: stances 11 -> 12
    "county_recount": (2, 0, 23, 12, 0.85, 5),  # framing3: framing 4 -> 5
    "rent_cap": (2, 0, 23, 11, 0.7, 4),  # round 25: P 0.60 -> 0.71
    # And three more written outside the team this evening (festival_cancelled, giraffe_death,
    # school_bus_strike), scored blind on the morning's code and again after the evening's framing,
    # facts (two rounds), issue and actor rounds: conflicts 1/2, 0/2, 0/2 and speakers 20/22, 14/20,
    # 17/18 both times (the rounds did not transfer); stances 5/15 P 0.62, 5/14 P 0.89 -> 0.78,
    # 7/15 P 0.50. Pinned as measured, then development data.
    # facts7 (one facts round on these three): giraffe_death 0/2 -> 1/2 ("25,000 ... members of the
    # public have now signed" vs "about 12,000 signatures"); school_bus_strike 0/2 -> 2/2 ("9,000
    # children" against "About 4,700 students": a rewrite's figure in the clause before the one that
    # aligned, children/students one group; "As the walkout reached its tenth day" read as elapsed
    # time against "since Monday"). speakers7: speakers 20 -> 22, 14 -> 20, 17 -> 18 (a title before
    # a surname named in full, "Minister of State for X <name>", "the <role>" a lead introduced, "he"
    # for a given name only guessed female, the name that ends the phrase). giraffe_death stance
    # precision 0.78 -> 0.64: one more wrong cell after stances6 (not run on them), and the
    # minister's "I want answers ..." now has her as speaker, one more cell the gold does not list.
    # facts8 (time expressions in general, gaps between two events): giraffe_death 1/2 -> 2/2 ("a
    # fortnight ago" against a weekday of any past verb); festival_cancelled 1/2 -> 2/2 ("less than
    # 24 hours before" against "two days before"), but its sides 1/2: two reports, neither the outlier
    # by count, so the floor stays 1 (the tuple's one number pins found and sides alike).
    "festival_cancelled": (1, 0, 22, 13, 0.73, 5),  # stances19: 10/15 P 10/12 -> 11/15 P 11/15: "Low Tide Events" (a tagger's person) is a body now, its "proposed moving the festival to ... late February" is read (labelled "moving festival", which the gold's fragments do not hold) and the council's "February date" joins that issue; stances12: "turned down other work" is no issue; stances9: 8/15 -> 9/15 ("said X was the right decision"); framing3: framing 3 -> 5; stances13: 10/15 ("disagreed with the decision")
    "giraffe_death": (2, 0, 20, 10, 0.9, 4),  # stances12: "wants answers", "ask members to give evidence" no issue; stances8: P 0.77 -> 0.79 (11/14: one more judgement phrase read); stances9: 9/14 P 0.80 ("would not consider X"); framing3: framing 3 -> 4; stances13: 10/14 ("would be premature")
    "school_bus_strike": (2, 0, 18, 12, 0.65, 4),  # stances10: 9/15 P 0.56 -> 10/15 P 0.61 ("an offer of 3 per cent ...": "3 per cent offer")
    # Set 6 (2026-12-07, written outside the team, scored blind on 8048de0: conflicts 1/2, 1/2 + 1
    # false, 0/2 + 3 false; speakers 24/24, 21/21, 23/24; stances 8/14 P 0.69, 7/14 P 0.75, 2/14
    # P 0.12), then development data for one facts round (facts9: 2/2 each, 0 false), one stance
    # round (stances8: issue labels as head noun phrases) and an entity fix (orgs1: speakers 24/24).
    "reservoir_drought": (2, 0, 24, 10, 0.7, 4),  # stances11: 10/15 P 0.67 -> 11/15 P 0.73 (named group kept whole)
    "ski_avalanche": (2, 0, 21, 9, 0.9, 3),  # stances11: P 0.83 -> 0.91 ("insists" with a clause of fact)
    "tech_layoffs_union": (2, 0, 24, 7, 0.5, 3),  # stances9: P 0.29 -> 0.33; stances11: 6/18 -> 8/15, P 0.53
    # Set 7 (written outside the team the same night, held out from all of this session's work:
    # scored on 8048de0 and again at the end, never read for misses). On 8048de0: conflicts 2/2,
    # 1/2, 0/2; speakers 22/23, 22/23, 20/21; stances 6/13 P 0.67, 5/14 P 0.60, 4/13 P 0.40; at the
    # end: conflicts 2/2, 1/2, 2/2, stances 7/13, 7/14, 4/13. valdane_lab_inquiry keeps one scare
    # quote taken as speech (the last field: scare quotes as speech at most).
    "foundry_street_cycle_track": (2, 0, 23, 12, 0.85, 4),  # stances12: "who chairs the council's transport committee" is no council position (12/13 P 0.88 merged); stances9: 7/13 P 0.64 -> 10/13 P 0.71 ("vowed to block X", "traders'" affiliation, relative "that"); framing3: framing 3 -> 4; stances13: 11/13 P 0.81 ("campaigned for X"); facts13: speakers 22 -> 23 (a dash line below a quotation)
    "valdane_lab_inquiry": (2, 0, 23, 9, 0.76, 4, True, 0, 1),  # stances19: 8/14 P 9/11 -> 9/14 P 10/13: "would not contest X provided Y" read (conditional), "The Lowenmoor branch of the Academic Staff Union said it" is the union's branch; its condition "an appeal" is a demand the gold does not list; stances11: 8/12 -> 9/11 (own need, attempt); facts13: conflicts 1 -> 2 ("spent ten weeks" / "needed just three weeks"), speakers 22 -> 23 (dash line)
    "velotrizine_shortage": (2, 0, 21, 8, 0.65, 3),  # stances11: 4/10 -> 5/10 ("X's opposition" is not X); facts13: speakers 20 -> 21 (dash line); issues14: P 5/10 -> 5/9 ("approve" is a light verb)
    # Set 8 (written outside the team, scored blind on 7d18643: copies 5/7, conflicts 1/6 + 3 false,
    # speakers 44/46, stances 6/29, framing 10/14), pinned as measured once copies passed (copies3:
    # loaded rewrites linked by their narration's word order, 5/7 -> 7/7; carehome_pay_strike's
    # conflicts 0/2 + 1 false -> 1/2 + 2 false: the rewrite joins its source's group of copies).
    # facts11: conflicts 1/2 -> 2/2, false 2 -> 0 (an offer "raised ... to" later is an update; a rewrite
    # and its source giving both figures paired two sentences on other words; date lines in a masthead;
    # "walked out on Monday, beginning an open-ended strike" against "now in its second week")
    "carehome_pay_strike": (2, 0, 17, 7, 0.77, 4),  # stances10: 1/11 P 0.12 -> 4/11 P 0.50 (rates never "cent"; "X (ABC)" one party; "guarantee of X"); stances13: 5/11 P 0.56 ("said both sides should hand the dispute to X"); 7/11 P 0.64 ("was unaffordable", "not on the table"; label "pay rise")
    # facts11: false 1 -> 0 (a proposed "12-month ban ... would" is no report of the ban's length)
    "hurdler_doping_appeal": (1, 0, 14, 3, 1.0, 4),  # stances12: "X says ..., though it told the tribunal it would": X; "if asked" sets no terms; speakers 13 -> 14: "X's mother, Lorraine"; stances13: 3/8 P 0.60 ("stood by the sanction"); facts13: framing 3 -> 4 (a blog banner above its post date is no headline)
    # stances10: 4/10 P 0.44 -> 5/10 P 0.75 ("change in law", "return of X"; "X's culture minister" is X, which
    # moves "his government wanted them returned" off the campaign group that had matched it by chance)
    # facts11: conflicts 0/2 -> 2/2 ("the 63 bronze plaques" / "43 bronze plaques": one modified noun;
    # "after eight years of pleading" against "has been seeking ... since 2021")
    "museum_bronzes_repatriation": (2, 0, 15, 6, 0.85, 3),  # stances12: "welcomed the secretary's remarks" is no issue; speakers 14 -> 15: "Prince Kofo"; stances13: 5/10 -> 6/10 ("told the crowd that the offer should be withdrawn")
    # Set 9 (written outside the team, scored on 7d18643 before the morning's rounds and held out
    # from them, its misses never read): copies 5/7, conflicts 4/6 (0 false), speakers 53/54,
    # stances 7/25 (P 0.35), framing 12/16; after the rounds (af6840b + facts12): copies 6/7, conflicts
    # 4/6 (research_retraction's count conflict found with its outlier not on a side of its own),
    # stances 9/25 (P 0.42). Pinned as measured; the last field is copies missed at most.
    "dam_evacuation": (2, 0, 19, 6, 0.6, 4),  # stances12: "wants credit for opening the floodgates" is no issue; stances13: stances 3/9 -> 5/9 P 0.60 ("said the state should order X removed"); 6/9 P 0.58 ("would not stand in the way of X as long as"); facts13: conflicts 1 -> 2 ("issued the order at 8:30 p.m. Thursday" / "the order issued on May 7")
    "research_retraction": (2, 0, 15, 4, 0.6, 4, True, 0, 0),  # stances13 (check half, not designed on): 3/8 P 0.50 (label keeps "external review"); facts13: sides 1 -> 2 ("12-month" echoes "12 months"), scare as speech 1 -> 0 (weekly “figure polishing” sessions)
    "ridehail_licence": (2, 0, 20, 5, 0.5, 5, True, 0, 0, 1),  # P 4/10 -> 4/9: no party "As" (sentence-opening word); facts13: conflicts 1 -> 2 ("has 14 days to lodge an appeal": a time allowed), speakers 19 -> 20 ("X of the Y put it"), framing 4 -> 5 (a menu bar is no headline); round 24: stances 4 -> 5
    # Set 10 (written outside the team 2026-12-07, scored blind on c84e590 before any work on it):
    # copies 6/6, conflicts 2/6 + 1 false, speakers 50/52, stances 9/21 (P 0.48), framing 13/16.
    # Pinned as measured, then development data.
    "chess_federation_election": (2, 0, 17, 4, 0.53, 5),  # round 20: "a scandal that has now festered for more than a month" / "a dispute now in its third week" (one kind of event, a verb that drags on); stances17: P 7/13 -> 7/14 ("Halloran rejected the demand" now reaches the demand "that the election be rerun": the federation's president folds into the federation, the gold keeps him apart); facts14: conflicts 0 -> 1 ("11 of the proxy votes cast" counts votes), false 1 -> 0 ("by 41 votes to 38" is a tally, "by three votes" its margin); round 24: stances 3 -> 4
    "library_closures": (2, 0, 16, 5, 0.7, 5),  # stances16: P 5/8 -> 6/8 ("The group's organizer, X, said it": the group); facts14: conflicts 1 -> 2 ("shutting them as soon as June 1" is a plan's date; "The closures, which would take effect July 1": the subject past a modal); issues14: stances 4/7 P 0.40 -> 5/7 P 0.62 (one "closures" issue, "shorter opening hours")
    "satellite_launch_failure": (1, 0, 17, 3, 0.5, 3),  # 0.4: "the government remained committed to the project" (the minister's; gold names no "project" cell); round 24: stances 2 -> 3
    # Set 11 (written outside the team 2026-12-07, scored on c84e590 before this session's rounds
    # and held out from all of them, its misses never read): copies 6/6, conflicts 3/6 + 2 false,
    # speakers 48/49, stances 14/24 (cells P 0.51), framing 11/14; after the rounds: the same but
    # stances 16/24 (P 0.53). Pinned as measured at the end.
    "broadcaster_licence_fee": (2, 0, 16, 5, 0.55, 4),  # stances16: P 3/8 -> 3/7 ("Let people ..." holds nothing); round 24: stances 3 -> 5; round 25: P 0.56 -> 0.50 ("ballot members unless management rules out compulsory redundancies" read as against them; the gold writes that as a demand); round 26: P 0.50 -> 0.55 (a wrong cell gone: wanting a thing scrapped opposes it)
    "bus_fare_rise": (2, 0, 17, 8, 0.8, 2),  # stances16: P 10/16 -> 10/12 (a plan needing votes, a price borne, "offered little", unread "they"); facts15: false conflicts 2 -> 0 (a two-decimal price the outlet gives too; a body's size); conflicts 1 -> 2 ("starting March 1" / "will start paying it on April 1": plan dates)
    # facts15: conflicts 0 -> 2 ("131 of the 214 claims" / "nearly 200 of the 214 claims"; then "three
    # weeks ago" / "nearly six weeks after", compared because those sentences count one thing)
    "vineyard_frost_insurance": (2, 0, 15, 7, 0.9, 5),  # stances16: 5/8 P 6/12 -> 7/8 P 9/10 (counted claims, "struck out", "six-month break on rates", "waiving X")
    # Set 12 (written outside the team 2026-12-07, scored blind on 4d8f3fe before any work on it):
    # copies 6/6, conflicts 4/6 + 1 false, speakers 47/48, framing 9/15, stances 11/26 (cells P 14/32).
    # Development data since; pinned as measured after this session's rounds (stances19, framing,
    # the site-banner title rule, allowances): conflicts 5/6 + 0 false, framing 14/15, stances 15/26 (cells P 19/33).
    "airport_night_curfew": (2, 0, 15, 8, 0.71, 5, True, 0, 1),  # one scare quote still read as speech; round 24: stances 7 -> 8
    "heritage_pub_demolition": (2, 0, 15, 6, 0.72, 4),  # round 25: stances 5 -> 6 ("the company" is the organisation named before);  # "90 seconds" / "three minutes" each found (allowances); round 20: "Friday, July 31" / "Monday, August 3" (when demolition begins) found ("crews are booked for Monday, August 3" is a plan's date); round 24: stances 4 -> 5
    "nurses_overtime_ban": (2, 0, 17, 6, 0.65, 5),
    # Set 14 (written outside the team 2026-12-07 by a writer who never saw the code, scored on 395c060
    # before this session's rounds and held out from all of them, its texts and misses never read):
    # copies 6/6, conflicts 6/6 + 0 false, speakers 46/48, framing 10/12, stances 8/22 (cells P 8/29);
    # after the rounds (3f07509): the same but stances 9/22 (cells P 9/33). Pinned as measured, then
    # development data.
    "four_day_school_week": (2, 0, 16, 4, 0.57, 3),  # round 24: stances 3 -> 4
    "harbour_oil_spill": (2, 0, 14, 2, 0.14, 4),
    "toll_road_lease": (2, 0, 16, 7, 0.53, 3),  # 6 -> 7/8 (P 7/13): "Their union, Local 9 of the Highway and Transit Workers, said it" (first change tuned on set 14, checked on the other 43: unchanged)
    # Set 15 (written outside the team 2026-12-07 by a writer who never saw the code, scored blind on
    # c3e0d00): copies 6/6, conflicts 3/6 + 1 false, speakers 47/49, framing 11/12, stances 10/21 (cells
    # P 10/20). Then development data for round 20 (each change checked on the other 46 stories, the
    # shared stories, the demo and the seeds): conflicts 6/6 + 0 false, stances 18/21 (cells P 19/25).
    "ae_merger": (2, 0, 13, 6, 0.75, 3),  # 0.62: "expected to lodge its application for a judicial review" (a demand gold does not list)  # "waved the plan through on Monday" / "voted on Thursday": one body's decision; round 24: stances 5 -> 6
    "blackout_inquiry": (2, 0, 17, 7, 0.88, 4),  # "for up to 52 hours" / "up to 31 hours": the longest outage
    "holiday_lets": (2, 0, 17, 6, 0.66, 4),  # "kicks in on 1 January" / "will take effect on 1 April 2027"
    # Set 17 (written outside the team 2026-12-07 by a writer who never saw the code, scored blind on
    # c3e0d00 and on 8a90523, the same on both): copies 6/6, conflicts 5/6 + 0 false, speakers 52/55,
    # framing 11/13, stances 16/27 (cells P 16/37). Then development data (each change checked on the
    # other 49 stories, the shared stories, the demo and the seeds): conflicts 6/6, speakers 55/55,
    # stances 22/27 (cells P 24/35).
    "damp_mould_homes": (2, 0, 21, 8, 0.7, 4),  # "mould in 1,140 homes managed by" / "mould in 2,400 homes run by"
    "park_entry_fee": (2, 0, 17, 8, 0.61, 3),
    "salary_cap_dispute": (2, 0, 17, 7, 0.77, 4),
    # Set 16 (written outside the team 2026-12-07 by a writer who never saw the code, scored on c3e0d00 and
    # held out from all of round 20, its texts and misses never read until the end): copies 6/6, conflicts
    # 5/6 + 0 false (sides 3), speakers 55/58, framing 11/13, stances 11/27 (cells P 11/31); at the end of
    # the round the same but stances 10/27 (P 10/31): round 20 did not carry over. Its one regression
    # (a demand folded into another's proposal) was then mended (11/27); pinned as measured.
    "bin_strike": (1, 0, 19, 7, 0.58, 3, False),  # both found; the offer's 4.5 alone on its side since a side only; round 24: stances 6 -> 7; round 25: P 0.64 -> 0.58 ("Binding arbitration is the only way out" read as support by the opposition leader, whose gold position is a demand)
    # another figure of the same articles (the union's 7 per cent demand) is dropped (facts._unless_told_by_one)
    "face_recognition_trial": (2, 0, 20, 5, 0.38, 4),  # 4 -> 5 (round 23): "X, which represents ... and has pushed back against the cameras"; round 24: P 6/14 -> 5/13, a right cell no longer twice ("Council member X" and "X")
    "tram_cost_overrun": (1, 0, 16, 8, 0.75, 4),
    # Set 19 (written outside the team 2026-12-07 by a writer who never saw the code, scored blind on
    # 7caf4b3: conflicts 3/6 + 2 false (sides 2) and a rounding read as a conflict, speakers 46/53,
    # stances 13/28 (cells P 15/30)); then round 21's development data: pinned as measured at its end.
    "dog_breed_ordinance": (1, 0, 16, 6, 1.0, 5, True, 0, 2),  # "more than 400 dog attacks" / "214 dog bites": not tied
    "harrowdale_deer_cull": (2, 0, 18, 7, 0.76, 4),  # round 25: P 0.66 -> 0.77
    "st_aidans_cathedral": (2, 1, 14, 7, 0.57, 4),  # false: "more than a year after" against the Deanery's "since 2019"
    # Sets 18 and 20 (written outside the team 2026-12-07 by writers who never saw the code, held out
    # and unread through round 21: conflicts 5/6 + 1 false and 5/6 + 4 false, speakers 53/57 and 47/49,
    # stances 8/27 and 14/27 on 7caf4b3; 9/27 and 14/27, conflicts 5/6 + 1 and 4/6 + 2 false at round
    # 21's end); then round 22's development data: pinned as measured at its end.
    "bodycam_release_policy": (2, 0, 17, 2, 0.18, 3),  # 2/9: "a provision the chief defended", "as long as they can review the footage"
    "longmeadow_planning_appeal": (2, 0, 18, 8, 0.64, 5),  # "she said" after an untitled MP, Fiona Gallacher: not found
    "school_meal_outbreak": (1, 0, 18, 3, 0.5, 4),  # "served on Monday" vs "Friday": found, the outlier not alone on its side
    "bar_noise_limit": (1, 0, 16, 6, 0.66, 3, True, 0, 0, 1),  # the loaded rewrite d of c not linked; one conflict's sides mixed; round 25: stances 5 -> 6 ("says a 55-decibel cap would make it impossible to ...")
    "broadcaster_orchestra_cut": (2, 0, 15, 7, 0.7, 5),  # round 26: P 0.75 -> 0.70 ("has described the decision as a mistake" now read as against it, and "the decision" taken for the orchestra: the gold names the closure)
    "supermarket_cash_end": (2, 0, 16, 5, 0.75, 4),
    # Sets 21 and 22 (written outside the team 2026-12-07 by writers who never saw the code, held out
    # and unread through round 22: conflicts 3/6 + 2 false and 4/6 + 0 false, speakers 57/57 and 50/54,
    # framing 11/16 and 12/14, stances 18/27 and 15/25 on aa76daa and 615733d alike); then round 23's
    # development data: pinned as measured at its end.
    "fluoride_vote": (1, 0, 17, 7, 0.43, 4),  # "a protection that has served the town's children for almost three decades": not read
    "port_cruise_cap": (2, 0, 20, 9, 0.64, 5, False),  # the surf club's article of the same port taken into the story
    "wildlife_overpass": (2, 0, 20, 8, 0.75, 4),
    "coastal_sea_wall": (2, 0, 19, 8, 0.88, 4),  # round 24: stances 7 -> 8
    "escooter_trial": (2, 0, 17, 6, 0.71, 4),
    "fish_ladder_delay": (2, 0, 18, 4, 0.77, 5),  # round 25: P 0.63 -> 0.78
    # Sets 23 and 24 (written outside the team 2026-12-07, held out and unread through round 23:
    # stances 13/28 and 18/27 on 615733d and 892c044 alike); then round 24's development data:
    # pinned as measured at its end.
    "data_centre_water": (2, 0, 16, 8, 0.66, 4),
    "speed_camera_programme": (2, 0, 14, 7, 0.8, 3, True, 0, 1),  # "challan raj" (a scare quote) read as speech
    "zoo_elephant_transfer": (2, 0, 17, 5, 0.38, 4),  # round 26: false 1 -> 0 ("opened its expanded elephant yard in 2009" is the yard's start, not the elephants')
    "hotel_tip_pooling": (1, 0, 14, 7, 0.69, 3),
    "lake_algae_closure": (1, 0, 18, 8, 0.72, 4, True, 0, 1),  # 'lake health strategy' (a scare quote) read as speech
    "landfill_extension": (2, 0, 16, 7, 0.77, 5),
    # Sets 25 and 26 (written outside the team 2026-12-07, held out and unread through round 24:
    # stances 12/25 and 8/26 on 892c044, the same at round 24's end); then round 25's development
    # data: pinned as measured at its end.
    "avian_flu_cull": (2, 0, 18, 5, 0.63, 4),
    "level_crossing_closure": (2, 0, 25, 6, 0.56, 5),
    "measles_school_exclusion": (2, 0, 22, 4, 0.6, 3),
    "courthouse_closure": (2, 0, 19, 4, 0.5, 3),  # round 26: conflicts 1 -> 2 ("a 12-week public consultation" / "a rushed four-week consultation")
    "credit_union_freeze": (1, 1, 20, 6, 0.66, 4),  # "froze all withdrawals last Wednesday" / "seized ... on Friday" not paired; false: "created in 1987" / "since 1955"
    "half_marathon_heat": (1, 1, 17, 3, 0.57, 3),  # both found, one with its outlier on a side of its own; false: "Around 2,300 runners who had not reached the 15-kilometre mark" (a distance read as a length)
    # Sets 27 and 28 (written outside the team 2026-12-07, held out and unread through round 25:
    # stances 10/26 and 13/28 on 44f7f81, the same at round 25's end); then round 26's development
    # data: pinned as measured.
    "geothermal_tremor": (2, 0, 14, 2, 0.2, 3, False),  # the market article of the same town taken into the story
    "homecare_collapse": (2, 0, 17, 3, 0.33, 4),  # round 26: conflicts 0 -> 2 ("nearly 900 elderly and disabled clients"; "a full month's notice" / "less than 48 hours' notice")
    "streetlight_switchoff": (2, 0, 18, 5, 0.45, 4, False),  # the pool article of the same town taken into the story
    "dairy_price_blockade": (2, 0, 17, 6, 0.47, 3),
    "department_store_closure": (2, 0, 21, 2, 0.14, 5),  # round 26: false 1 -> 0 (staff who "have worked at the store for more than three decades"); sides 0 -> 2 ("400 staff" against "more than 170 jobs" alone: the rest of the story's "178 staff", "about 180 people" back the latter)
    "gallery_painting_sale": (2, 0, 18, 5, 0.35, 4),  # round 26: conflicts 1 -> 2 ("since it was gifted in 1974" / "since it was bequeathed to the city in 1931")
}


@pytest.mark.parametrize("story", sorted(NEW_DOMAIN_FLOORS))
def test_eval_stories_new_domain_floors(scorer, story: str) -> None:
    conflicts, false_at_most, speakers, stances, precision, framing, *rest = NEW_DOMAIN_FLOORS[story]
    # defaults: story whole, no false copy, no scare quote taken as speech, no copy missed
    whole, false_copies, scare_at_most, copies_missed = [*rest, *[True, 0, 0, 0][len(rest):]]
    score, _ = scorer.run_story(REPO / "tests" / "data" / "stories" / story)
    assert score.errors == 0 and score.story_right == whole, score.misses
    assert score.copies_found >= score.copies_required - copies_missed, score.misses
    assert score.copies_false <= false_copies, score.misses
    assert score.conflicts_found >= conflicts and score.conflicts_false <= false_at_most, score.misses
    assert score.conflict_sides_right >= conflicts, score.misses  # each found with the outlier on a side of its own
    assert score.rounding_as_conflict == 0, score.misses
    assert score.quotes_found == score.quotes_total and score.speakers_right >= speakers, score.misses
    assert score.scare_as_speech <= scare_at_most, score.misses  # facts6: offshore_wind, ferry_inquiry 1 -> 0
    assert score.stances_right >= stances and score.stance_precision >= precision, score.misses
    assert score.framing_right >= framing, score.misses


# Mini-stories constructed by facts8 (tests/data/ministories, invented names, domains not in the
# dev set). Batch 1 (dam spillway, vaccine shortage, payment outage, museum theft; 12 conflicts)
# was written before the time and gap mechanisms: main's code 7/12 by the eval's matching (5/12
# with the outlier's own value in the conflict), 8/12 with them, before any adjustment on them.
# Batch 2 (power blackout, mountain rescue, factory closure; 9 conflicts) was written after
# batch 1's adjustments and scored before any on it: 8/9 by the eval's matching, 4/9 strictly.
# After the adjustments named in the commits (all general, each checked on the 22 dev stories,
# the shared stories, the demo and 600 PolNeAR/ECB+ articles for new conflicts): 20/21, strictly
# 17/21, 0 false, no rounding called a conflict.
# story: conflicts found at least (of 3)
MINISTORY_FLOORS = {"dam_spillway": 2, "factory_closure": 3, "mountain_rescue": 3, "museum_theft": 3,
                    "payment_outage": 3, "power_blackout": 3, "vaccine_shortage": 3}


@pytest.mark.parametrize("story", sorted(MINISTORY_FLOORS))
def test_eval_stories_constructed_ministories(scorer, story: str) -> None:
    score, _ = scorer.run_story(REPO / "tests" / "data" / "ministories" / story)
    assert score.errors == 0 and score.story_right, score.misses
    assert score.conflicts_found >= MINISTORY_FLOORS[story], score.misses
    assert score.conflicts_false == 0 and score.rounding_as_conflict == 0, score.misses
