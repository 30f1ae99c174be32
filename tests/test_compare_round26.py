"""Round 26: conflicts read from wordings the earlier rounds missed, on invented texts.

A count after joined adjectives ("nearly 900 elderly and disabled clients"), "1,400-plus" and
"178-strong" counts, a length in the
genitive of measure ("less than 48 hours' notice" / "a full month's notice"), one handing-over
told as a gift and as a bequest, and people's careers ("some of whom have worked at the store for
more than three decades") kept apart from the story's events.
"""
from __future__ import annotations

from newsdesk.compare import facts, verdicts
from newsdesk.compare.durations import claims_in, duration_facts
from newsdesk.compare.story import build_context
from newsdesk.compare.verdicts import time_facts
from newsdesk.extract.quantities import find_quantities
from newsdesk.model import Article, Story

FILL = ("The county library extended its opening hours. A new bus route links the two hospitals. "
        "Farmers expect a good harvest of apples and pears. ")


def _ctx(*bodies: tuple[str, str | None, str]):
    arts = [Article(id=chr(97 + k), source="t", body=body + "\n\n" + FILL, content_hash=str(k), published=pub, outlet=outlet)
            for k, (body, pub, outlet) in enumerate(bodies)]
    story = Story(id="s", label="s", article_ids=[a.id for a in arts], independent_sources=len(arts))
    return build_context(story, arts, {}, None, [])


def _counted(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.counts) for q in find_quantities(text, "x")]


def test_round26_a_count_after_joined_adjectives_names_its_noun() -> None:
    assert _counted("The agency looked after nearly 900 elderly and disabled clients around the bay.") == [
        ("nearly 900 elderly and disabled clients", "clients")]
    assert _counted("It runs 40 small or medium farms.") == [("40 small or medium farms", "farms")]
    # a second figure after the conjunction counts for itself; a conjunction straight after the figure joins nothing
    assert _counted("The depot ordered 12 new and 4 old buses.") == [("12", None), ("4 old buses", "buses")]
    assert _counted("Between 40 and 50 people came.") == [("40", None), ("50 people", "people")]


def test_round26_a_figure_plus_and_a_figure_strong_group_are_counts() -> None:
    got = find_quantities("It cared for 1,400-plus clients across the region.", "x")
    assert [(q.text, q.counts, q.value, q.qualifier) for q in got] == [("1,400-plus clients", "clients", 1400.0, "more than")]
    got = find_quantities("The 178-strong workforce was told on Monday; a 500-strong crowd gathered.", "x")
    assert [(q.text, q.counts, q.value) for q in got] == [("178-strong workforce", "workforce", 178.0),
                                                          ("500-strong crowd", "crowd", 500.0)]
    # a measure written onto its figure ("6km", "70mph"); "£5m" stays a sum
    got = find_quantities("The 6km bypass, driven at 70mph, cost £5m.", "x")
    assert [(q.text, q.value, q.unit) for q in got] == [("6km", 6.0, "km"), ("70mph", 70.0, "mph"), ("£5m", 5e6, "GBP")]
    # a figure between commas after a given name and a surname is that person's age
    got = find_quantities("Tamsin Rook, 19, won; Mary O'Neil, 45, said. In Paris, 12, people left.", "x")
    assert [(q.text, q.unit) for q in got] == [("19", "age"), ("45", "age"), ("12", None)]
    # the other joined words still count nothing ("a one-off payment", a bare "500-strong")
    assert find_quantities("They got a one-off payment from a 3,000-strong.", "x") == []


def test_round26_notice_told_in_hours_and_in_a_month_conflicts() -> None:
    ctx = _ctx(("The firm gave the council less than 48 hours' notice that its drivers would stop.", "2026-03-02", "Wire"),
               ("The council had been handed a full month's notice that the firm was in trouble.", "2026-03-03", "Sentinel"),
               ("Officials said the firm gave less than two days' notice before it shut.", "2026-03-03", "Radio"))
    assert [(c.words, c.named) for c in claims_in(ctx, "b")] == [("a full month's notice", True)]
    conflicts = [f for f in duration_facts(ctx) if f.verdict == "conflict"]
    assert len(conflicts) == 1 and conflicts[0].claim == "how long the notice lasted"
    assert conflicts[0].sides[0].articles == ["b"] and sorted(conflicts[0].sides[1].articles) == ["a", "c"]


def test_round26_a_required_notice_and_far_scales_are_no_conflict() -> None:
    ctx = _ctx(("Under the rules, firms must give 90 days' notice of a closure.", "2026-03-02", "Wire"),
               ("The firm gave two days' notice.", "2026-03-03", "Star"))
    assert claims_in(ctx, "a") == []
    # a length measured in hours and one in years name two things, even by one noun
    ctx = _ctx(("Staff got three hours' warning of the fire drill.", "2026-03-02", "Wire"),
               ("The union had given the company two years' warning about the wiring.", "2026-03-03", "Star"))
    assert [f for f in duration_facts(ctx) if f.verdict == "conflict"] == []


def test_round26_a_gift_and_a_bequest_are_one_handing_over() -> None:
    ctx = _ctx(("The portrait has hung in the town hall since it was bequeathed to the town in 1931.", "2026-05-05", "Wire"),
               ("The portrait, which has belonged to the town since it was gifted in 1974, will be sold.", "2026-05-06", "Sentinel"))
    conflicts = [f for f in time_facts(ctx) if f.verdict == "conflict"]
    assert len(conflicts) == 1 and conflicts[0].claim == "when the gift began"
    assert sorted(side.articles for side in conflicts[0].sides) == [["a"], ["b"]]


def test_round26_how_long_people_have_worked_somewhere_is_no_event() -> None:
    ctx = _ctx(("The union asked for better terms for long-serving staff, some of whom have worked at the shop for "
                "more than three decades.", "2026-03-02", "Wire"),
               ("\"Councils have watched high-street shops rot for a decade,\" she said.", "2026-03-03", "Echo"))
    assert claims_in(ctx, "a") == []
    assert [f for f in duration_facts(ctx) if f.verdict == "conflict"] == []
    # a length of the story's own event after another verb is still read
    ctx = _ctx(("The shop stayed shut for three weeks.", "2026-03-02", "Wire"),)
    assert [c.words for c in claims_in(ctx, "a")] == ["for three weeks"]


def test_round26_an_adjective_beside_the_amount_still_names_the_event() -> None:
    ctx = _ctx(("The trust said a 12-week public consultation had opened on Monday.", "2026-02-10", "Wire"),
               ("Residents have been handed a rushed four-week consultation to have their say.", "2026-02-11", "Voice"),
               ("The consultation runs for 12 weeks, the trust said.", "2026-02-11", "Gazette"))
    assert [c.words for c in claims_in(ctx, "a")] == ["a 12-week public consultation"]
    conflicts = [f for f in duration_facts(ctx) if f.verdict == "conflict"]
    assert len(conflicts) == 1 and conflicts[0].claim == "how long the consultation lasted"
    assert conflicts[0].sides[0].articles == ["b"] and sorted(conflicts[0].sides[1].articles) == ["a", "c"]
    # a length planned, not reported
    ctx = _ctx(("Officers outlined the proposed two-year trial of the scheme.", "2026-02-10", "Wire"),)
    assert claims_in(ctx, "a") == []


def test_round26_a_probe_and_an_investigation_told_in_weeks_and_months_conflict() -> None:
    ctx = _ctx(("The committee's 18-month investigation began after a former technician raised concerns.", "2026-03-02", "Wire"),
               ("The journal pulled four papers after a six-week probe found doctored images.", "2026-03-03", "Bugle"),
               ("The committee's inquiry ran for more than a year, the report said.", "2026-03-03", "Clarion"))
    assert [(c.words, sorted(c.event), c.named) for c in claims_in(ctx, "a")] == [
        ("committee's 18-month investigation", ["inquiry"], True)]
    conflicts = [f for f in duration_facts(ctx) if f.verdict == "conflict"]
    assert len(conflicts) == 1 and conflicts[0].claim == "how long the inquiry lasted"
    assert conflicts[0].sides[0].articles == ["b"] and sorted(conflicts[0].sides[1].articles) == ["a", "c"]


def test_round26_a_one_against_one_count_puts_first_the_side_the_rest_of_the_story_does_not_back() -> None:
    ctx = _ctx(("The owner said the store will close, putting more than 170 jobs at risk.", "2026-03-02", "Echo"),
               ("The faceless chain will close the store, throwing 400 staff out of work.", "2026-03-02", "Clarion"),
               ("By nine o'clock the 178 staff at the store had been told.", "2026-03-02", "Gazette"),
               ("About 180 people work at the store, the union said.", "2026-03-02", "Radio"))
    for aid, view in ctx.views.items():
        view.quantities[:] = find_quantities(view.article.body, aid)
    low, high = verdicts.Report("a", 170, 255, "more than 170", "jobs"), verdicts.Report("b", 360, 440, "400", "staff")
    # "178 staff" and "about 180 people" fall inside the low side's values; nothing backs "400 staff"
    assert facts._amount_echoes(ctx, [low]) == 2 and facts._amount_echoes(ctx, [high]) == 0
    plain = verdicts.sides(ctx, [low, high])
    backed = verdicts.sides(ctx, [low, high], echoes=lambda side: facts._amount_echoes(ctx, side))
    assert [[r.article for r in side] for side in plain] == [["a"], ["b"]]  # reading order alone
    assert [[r.article for r in side] for side in backed] == [["b"], ["a"]]  # the outlier first


def test_round26_will_last_and_a_noun_of_a_length_are_read() -> None:
    ctx = _ctx(("The closure will last six weeks, the council said.", "2026-05-06", "Wire"),
               ("The three-month closure starts on Monday.", "2026-05-06", "Star"))
    conflicts = [f for f in duration_facts(ctx) if f.verdict == "conflict"]
    assert len(conflicts) == 1 and conflicts[0].claim == "how long the closure lasted"
    ctx = _ctx(("The project suffered a delay of six months.", "2026-05-06", "Wire"),
               ("The project suffered a two-month delay.", "2026-05-06", "Star"))
    assert [c.words for c in claims_in(ctx, "a")] == ["a delay of six months"]
    assert [f.claim for f in duration_facts(ctx) if f.verdict == "conflict"] == ["how long the delay lasted"]
    # "the last six weeks" is a stretch of time, "a period of six months" measures nothing named
    ctx = _ctx(("Prices rose over the last six weeks. Staff were hired for a period of six months.", "2026-05-06", "Wire"),)
    assert claims_in(ctx, "a") == []


def test_round26_since_a_date_is_when_a_state_began_and_in_the_first_week_is_no_elapsed_time() -> None:
    ctx = _ctx(("The workers have been on strike since 3 March.", "2026-05-06", "Wire"),
               ("The workers have been on strike since 20 April.", "2026-05-06", "Star"))
    conflicts = [f for f in time_facts(ctx) if f.verdict == "conflict"]
    assert len(conflicts) == 1 and conflicts[0].claim == "when the strike began"
    ctx = _ctx(("Six weeks after the cameras began issuing fines, drivers are angry.", "2026-05-06", "Wire"),
               ("\"In the first week we were catching one car every four seconds,\" she said.", "2026-05-06", "Star"))
    assert [f for f in time_facts(ctx) if f.verdict == "conflict"] == []


def test_round26_wanting_a_thing_blocked_is_opposing_it() -> None:
    from tests.conftest import stance_cells

    other = "The pipeline would run for 40 miles. The levy and the tolls are new. Plastic bags are common."
    assert ("Coastwatch", "pipeline", "opposes") in stance_cells("Coastwatch wants to block the pipeline.", other)
    assert {("Coastwatch", "levy", "opposes"), ("Coastwatch", "tolls", "opposes")} <= stance_cells(
        "Coastwatch wants to scrap the levy and the tolls.", other)
    # an act to stop doing is no position on the thing ("wants to stop using plastic bags")
    assert not any(i == "plastic bags" and p == "opposes"
                   for _, i, p in stance_cells("Coastwatch wants to stop using plastic bags.", other))


def test_round26_a_levy_wanted_dropped_and_an_opposition_dropped() -> None:
    from tests.conftest import stance_cells

    other = "The levy raises £2m a year. The school merger was announced in March."
    assert stance_cells("The Kelby Traders Association wants the levy to be dropped.", other) == {
        ("Kelby Traders Association", "levy", "opposes")}
    # "dropped" is a form of "drop" (a final consonant doubled): the opposition is given up, not held
    assert stance_cells("The Kelby Parents' Council has dropped its opposition to the school merger.", other) == {
        ("Kelby Parents' Council", "school merger", "supports")}
    assert stance_cells("The Kelby Parents' Council has not dropped its opposition to the school merger.", other) == {
        ("Kelby Parents' Council", "school merger", "opposes")}


def test_round26_a_told_passive_of_any_definite_thing_and_a_thing_called_a_mistake() -> None:
    from tests.conftest import stance_cells

    other = "The school merger was announced in March. The bypass would cost £40m. The levy raises £2m."
    assert stance_cells("The school merger was opposed by the Kelby Parents' Council.", other) == {
        ("Kelby Parents' Council", "school merger", "opposes")}
    assert stance_cells("The Hallow Ramblers' Association called the bypass unnecessary.", other) == {
        ("Hallow Ramblers' Association", "bypass", "opposes")}
    assert ("Kelby Traders Association", "levy", "opposes") in stance_cells(
        "The Kelby Traders Association branded the levy unfair.", other)
    # something said, rejected, is no matter decided; a call for a thing is no judgement of it
    assert stance_cells("The argument was rejected by the Kelby Parents' Council.", other) == set()
    assert not any(p == "opposes" for _, _, p in stance_cells("The Ramblers called for the levy to be kept.", other))


def test_round26_minutes_and_years_before_1900_and_buildings_built() -> None:
    ctx = _ctx(("The power cut in Grisedale lasted six hours.", "2026-05-06", "Wire"),
               ("Grisedale homes were without power for around six hours.", "2026-05-06", "Herald"),
               ("Grisedale residents lost power for about 30 minutes.", "2026-05-06", "Courier"))
    conflicts = [f for f in duration_facts(ctx) if f.verdict == "conflict"]
    assert len(conflicts) == 1 and conflicts[0].sides[0].articles == ["c"]
    ctx = _ctx(("Corby Mill was built in 1821.", "2026-05-06", "Wire"),
               ("Corby Mill, built in 1954, is due to be demolished.", "2026-05-06", "Star"))
    assert [f.claim for f in time_facts(ctx) if f.verdict == "conflict"] == ["when the mill began"]
    ctx = _ctx(("Stonebridge pier first opened in 1899.", "2026-05-06", "Wire"),
               ("Stonebridge pier, which opened in 1935, is to be restored.", "2026-05-06", "Star"))
    assert [f.claim for f in time_facts(ctx) if f.verdict == "conflict"] == ["when the pier began"]


def test_round26_does_not_support_and_voted_overwhelmingly_against() -> None:
    from tests.conftest import stance_cells

    other = "The levy raises £2m a year."
    assert stance_cells("The Farmers Union does not support the levy.", other) == {("Farmers Union", "levy", "opposes")}
    assert stance_cells("The Farmers Union does support the levy.", other) == {("Farmers Union", "levy", "supports")}
    assert stance_cells("The Grantham Brewers Association voted overwhelmingly against the levy.", other) == {
        ("Grantham Brewers Association", "levy", "opposes")}


def test_round26_an_age_after_a_name_conflicts_with_an_age_joined_to_it() -> None:
    from newsdesk.compare import align_facts
    from newsdesk.extract import extract_article, merge_entities
    from tests.conftest import constructed_story

    story, arts = constructed_story(("Tamsin Rook, 19, won the Carrick marathon on Sunday.", "2026-05-06", "Wire"),
                                    ("Teenager Tamsin Rook took first place in Sunday's Carrick marathon.", "2026-05-06", "Herald"),
                                    ("The 34-year-old Tamsin Rook won Sunday's Carrick marathon.", "2026-05-06", "Courier"),
                                    fill=FILL)
    notes = {a.id: extract_article(a) for a in arts}
    entities, _ = merge_entities(list(notes.values()))
    conflicts = [f for f in align_facts(story, arts, notes, entities) if f.verdict == "conflict"]
    assert len(conflicts) == 1 and conflicts[0].claim.startswith("age")
    assert sorted(s.articles for s in conflicts[0].sides) == [["a"], ["c"]]


def test_round26_a_reopening_told_ahead_is_a_plan_date() -> None:
    ctx = _ctx(("Kilbride library will reopen on 14 March after its refurbishment.", "2026-02-01", "Wire"),
               ("Kilbride library is due to reopen on March 14.", "2026-02-01", "Herald"),
               ("Kilbride library will reopen on 2 May once the refurbishment is finished.", "2026-02-01", "Courier"))
    conflicts = [f for f in time_facts(ctx) if f.verdict == "conflict"]
    assert [f.claim for f in conflicts] == ["when the library reopens"]
    assert [s.articles for s in conflicts[0].sides] == [["c"], ["a", "b"]]
    # a measure's date keeps its wording
    ctx = _ctx(("The curfew takes effect on 14 March.", "2026-02-01", "Wire"), ("The curfew takes effect on 2 May.", "2026-02-01", "Star"))
    assert [f.claim for f in time_facts(ctx) if f.verdict == "conflict"] == ["when the curfew takes effect"]
