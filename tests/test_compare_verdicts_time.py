"""When events began, for any event: weekdays, dates and elapsed times, checked across articles."""
from __future__ import annotations

from types import SimpleNamespace

from newsdesk.compare import align_facts
from newsdesk.compare.story import build_context
from newsdesk.compare.verdicts import time_facts
from newsdesk.model import Article, Story, SyndicationPair

FILL = ("The county library extended its opening hours. A new bus route links the two hospitals. "
        "Farmers expect a good harvest of apples and pears. ")


def _story(*bodies: tuple[str, str | None, str | None], copies: list[tuple[str, str]] = ()):
    """Articles a, b, c ... with (body, published, outlet); ``copies``: pairs that copy one another."""
    arts = [Article(id=chr(97 + k), source="t", body=body + "\n\n" + FILL, content_hash=str(k), published=pub, outlet=outlet)
            for k, (body, pub, outlet) in enumerate(bodies)]
    story = Story(id="s", label="s", article_ids=[a.id for a in arts], independent_sources=len(arts))
    pairs = [SyndicationPair(a, b, "rewrite", 0.5) for a, b in copies]
    return story, arts, pairs


def _conflicts(story, arts, pairs=()):
    return [f for f in time_facts(build_context(story, arts, {}, None, list(pairs))) if f.verdict == "conflict"]


def test_compare_time_weekday_claims_conflict_even_undated() -> None:
    # a is dated (a Tuesday); b copies a and has no date; c is undated and independent
    story, arts, pairs = _story(
        ("A fire that broke out late Monday night at the tyre depot forced 200 families from their homes.", "2026-03-03", "Wire"),
        ("A toxic fire tore through the tyre depot after it erupted Sunday night.", None, "Tabloid"),
        ("Crews said the fire at the tyre depot broke out late Monday.", None, "Courier"),
        copies=[("a", "b")])
    got = _conflicts(story, arts, pairs)
    assert len(got) == 1 and got[0].claim == "when the fire began"
    fact = got[0]
    assert [s.articles for s in fact.sides] == [["b"], ["a", "c"]]  # the outlier first
    assert fact.sides[0].value == "Sunday night" and fact.detail.startswith("Tabloid: Sunday night; Wire, Courier")
    assert {m.article for m in fact.mentions} == {"a", "b", "c"}


def test_compare_time_elapsed_ordinals_against_weekdays() -> None:
    # the walkout began Monday; a (Thursday) and b agree; c says it is in its second week
    story, arts, pairs = _story(
        ("The walkout at the bottling plant began Monday, and pickets have stood at the gate since.", "2026-04-09", "Ledger"),
        ("The walkout at the bottling plant, now in its fourth day, has halted deliveries.", "2026-04-09", "Tribune"),
        ("A walkout that is now in its second week has emptied the shelves of the town.", None, "Voice"),
        copies=[("a", "c")])
    got = _conflicts(story, arts, pairs)
    assert len(got) == 1 and got[0].claim == "when the walkout began"
    assert got[0].sides[0].articles == ["c"] and got[0].sides[0].value == "second week"
    assert "cannot meet" in got[0].detail


def test_compare_time_days_after_a_start_bound_it() -> None:
    story, arts, pairs = _story(
        ("Inspectors arrived ten days after the landslide began, the ministry said.", "2026-05-20", "A"),
        ("The landslide began Monday and has buried three roads.", "2026-05-20", "B"))
    got = _conflicts(story, arts, pairs)
    assert len(got) == 1 and got[0].sides[0].articles in (["a"], ["b"])


def test_compare_time_years_and_dates() -> None:
    # "third year" in December 2025 cannot be a strike that began in February 2022
    story, arts, pairs = _story(
        ("Talks to end the strike, now entering its third year, resumed in the capital.", "2025-12-14", "A"),
        ("The strike began in February 2022 when dockers walked out over pensions.", "2025-12-14", "B"),
        ("The strike began in February 2022 and has cost the port millions.", "2025-12-15", "C"))
    got = _conflicts(story, arts, pairs)
    assert len(got) == 1 and got[0].sides[0].articles == ["a"] and "third year" in got[0].detail


def test_compare_time_different_events_and_agreements_are_no_conflict() -> None:
    # a plant opened in 1988 and a fire on Monday are two events, whatever words they share;
    # "since Monday" and "began Monday" agree
    story, arts, pairs = _story(
        ("The plant, which opened in 1988, makes coatings. A fire broke out at the plant late Monday.", "2026-03-03", "A"),
        ("Crews have fought the fire at the plant since Monday.", "2026-03-03", "B"),
        ("The plant opened in 1988 and employs 260 people.", "2026-03-03", "C"))
    facts = time_facts(build_context(story, arts, {}, None, list(pairs)))
    assert facts and all(f.verdict != "conflict" for f in facts)


def test_compare_time_date_line_is_the_reference_date() -> None:
    # no metadata date: the date line under the headline anchors "Monday"
    story, arts, pairs = _story(
        ("The sit-in at the town hall began Monday, organisers said.", "2026-04-09", "A"),
        ("April 9, 2026\n\nThe sit-in at the town hall, now in its second week, drew new supporters.", None, "B"))
    ctx = build_context(story, arts, {})
    assert ctx.ref_dates("b")[0] is not None and "date line" in ctx.ref_dates("b")[1]
    assert len(_conflicts(story, arts, pairs)) == 1


def test_compare_time_conflict_is_a_fact_of_the_story() -> None:
    story, arts, pairs = _story(
        ("A fire that broke out late Monday night at the tyre depot forced 200 families from their homes.", "2026-03-03", "Wire"),
        ("A toxic fire tore through the tyre depot after it erupted Sunday night.", None, "Tabloid"),
        copies=[("a", "b")])
    facts = align_facts(story, arts, copies=pairs)
    assert any(f.verdict == "conflict" and f.claim == "when the fire began" and f.sides for f in facts)


def test_compare_time_dated_names_are_instances() -> None:
    # "the 2009 season" and "the 2008 season" are two seasons, not two starts of one;
    # "started to look stronger on Sunday" dates no start
    story, arts, pairs = _story(
        ("He will miss the 2009 season after the injury, the club said.", "2009-03-01", "A"),
        ("He played every game of the 2008 season and started to look stronger on Sunday.", "2009-03-02", "B"))
    assert _conflicts(story, arts, pairs) == []
    # ... but a dated name against how long the event has lasted is a claim about one event
    story, arts, pairs = _story(
        ("The blockade, now in its second year, has emptied the harbour.", "2026-02-15", "A"),
        ("Traders have struggled since the March 2023 blockade closed the harbour.", "2026-02-15", "B"))
    got = _conflicts(story, arts, pairs)
    assert len(got) == 1 and got[0].claim == "when the blockade began"


def test_compare_time_ago_of_any_verb_against_a_date() -> None:
    # a says the collapse was "three months ago" (article of 10 June); b and c date it in May
    story, arts, pairs = _story(
        ("Three months ago the old grain silo collapsed onto the rail depot, and the line is still shut.", "2026-06-10", "Post"),
        ("The grain silo collapsed onto the rail depot on May 28, cutting the line.", "2026-06-10", "Wire"),
        ("Engineers are still clearing the rail depot where the silo collapsed in May.", "2026-06-11", "Gazette"))
    got = _conflicts(story, arts, pairs)
    assert len(got) == 1 and {m.article for m in got[0].mentions} >= {"a", "b"}
    assert got[0].sides[0].articles == ["a"] and got[0].sides[0].value == "Three months ago"


def test_compare_time_two_dates_of_any_verbs_never_conflict_alone() -> None:
    # dates of two different things done at the depot: no "ago" of either, no start verb: not compared
    story, arts, pairs = _story(
        ("The grain silo collapsed onto the rail depot on May 28.", "2026-06-10", "Wire"),
        ("Inspectors visited the rail depot on June 3.", "2026-06-10", "Gazette"))
    assert _conflicts(story, arts, pairs) == []


def test_compare_time_one_sentence_dating_two_events_is_not_one_event() -> None:
    # "opened the hearings on Monday, three days after the agency said ...": the agency's
    # statement, not the hearings, lies three days back; b agrees the hearings opened Monday
    body = ("State regulators opened a week of public hearings on Monday, three days after the state agency "
            "said it intended to grant the permit.")
    story, arts, pairs = _story(
        (body, "2026-10-05", "Wire"),
        (body, "2026-10-05", "Newsroom"),
        ("Hearings on the state permit got under way on Monday.", "2026-10-06", "Herald"),
        copies=[("a", "b")])
    assert _conflicts(story, arts, pairs) == []


def test_compare_time_ordinal_of_a_noun_names_the_noun_not_its_modifier() -> None:
    # "the first day of hearings on the state agency's permit" is about the hearings; the state
    # agency's own statement "three days after" (in a and its copy b) is another event
    body = ("State regulators opened a week of public hearings on Monday, three days after the state agency "
            "said it intended to grant the permit.")
    story, arts, pairs = _story(
        ("Hydrologists spoke on the first day of hearings on the state agency's draft permit.", None, "Journal"),
        (body, "2026-10-05", "Wire"),
        (body, "2026-10-05", "Newsroom"),
        ("Hearings on the copper mine got under way on Monday.", "2026-10-06", "Herald"),
        copies=[("b", "c")])
    assert _conflicts(story, arts, pairs) == []


def _claim(article: str, text: str, head: set[str]) -> SimpleNamespace:
    """A time claim as _label reads it: its sentence (article, text), its naming stems."""
    return SimpleNamespace(sent=SimpleNamespace(article=article, text=text), head=head, noun=None)


def test_an_event_is_named_by_a_common_noun_not_by_a_name():
    """A name every claim shares ("Brannock") is what the event is about; the label is the
    common noun the text writes in lower case ("lockout")."""
    from newsdesk.compare.verdicts import _label

    claims = [_claim("a", "The Brannock lockout began on Friday.", {"brannock", "lockout"}),
              _claim("b", "Brannock dockers, in the third week of the Brannock lockout, waited.", {"brannock", "lockout"}),
              _claim("c", "At Brannock the gates shut on Friday.", {"brannock"})]
    assert _label(claims) == "lockout"


def test_an_event_is_not_named_by_a_verb_form():
    from newsdesk.compare.verdicts import _label

    claims = [_claim("a", "The firm lodged its application eight months ago.", {"lodg", "applic"}),
              _claim("b", "The firm lodged the application in March 2024.", {"lodg", "applic"})]
    assert _label(claims) == "application"


def _timeclaim(article: str, kind: str, event: set[str], day: float) -> "verdicts.TimeClaim":
    from newsdesk.compare import verdicts
    sent = SimpleNamespace(article=article, text="", start=0)
    return verdicts.TimeClaim(sent, 0, 1, "", frozenset(event), day, day, None, 1.0, "", True, kind=kind)


def test_a_side_is_backed_only_by_claims_about_its_event() -> None:
    from newsdesk.compare.verdicts import _backs
    held = _timeclaim("a", "start", {"depot", "fire"}, 10)
    # a date of another verb beside a start: one shared word names the thing, not what happened to it
    assert not _backs(_timeclaim("b", "dated", {"wind", "drove", "fire"}, 10), held)
    assert _backs(_timeclaim("b", "dated", {"depot", "fire", "broke"}, 10), held)
    fare = _timeclaim("a", "dated", {"fare", "took", "effect"}, 10)
    assert not _backs(_timeclaim("c", "dated", {"discharg"}, 10), fare)  # "she was discharged on Monday"
    assert _backs(_timeclaim("c", "dated", {"fare", "new", "took", "effect"}, 10), fare)
    assert not _backs(_timeclaim("c", "dated", {"fare", "took", "effect"}, 12), fare)  # the dates do not meet


def test_aligned_dates_of_any_verb_pair_only_on_a_shared_event_word() -> None:
    from newsdesk.compare.verdicts import _same_event
    # clauses aligned on a figure: "at the board's vote last month ... 35 percent" / "a survey that closed in May, 61 percent"
    assert not _same_event(_timeclaim("a", "rel", {"board", "vote"}, 1), _timeclaim("b", "dated", {"survey", "clos"}, 2))
    # only the parties in common: "Quellmark and Velm sat down on Sunday" / "Quellmark and Velm agreed on Monday"
    sat = _timeclaim("a", "dated", {"quellmark", "velm", "sat"}, 1)
    sat.sent.text = "Quellmark and Velm sat down on Sunday."
    agreed = _timeclaim("b", "dated", {"quellmark", "velm", "agre"}, 2)
    agreed.sent.text = "Quellmark and Velm agreed on Monday."
    assert not _same_event(sat, agreed)
    # a start and an elapsed time name what they date: "since Monday" / "its tenth day"
    assert _same_event(_timeclaim("a", "start", {"ferry", "service"}, 1), _timeclaim("b", "elapsed", {"stoppage"}, 2))


def test_a_month_without_a_year_told_ahead_dates_nothing() -> None:
    from newsdesk.compare import verdicts
    story, arts, _ = _story(
        ("The Quellmark Mills board closed the dye works in July. "
         "Ms Pell vowed to block the money when the budget comes up for a vote in February. "
         "Mr Tavish has vowed to vote down the grant in March. The levy is voted on in April.", "2026-09-16", "Ledger"))
    whens = {c.when for c in verdicts._claims_in(build_context(story, arts, {}, None, []), "a")}
    assert "in July" in whens
    assert not any(m in w for w in whens for m in ("February", "March", "April"))


def test_between_sides_of_as_many_sources_the_echoed_value_is_not_the_outlier() -> None:
    from newsdesk.compare.verdicts import Report, sides
    story, arts, _ = _story(
        ("The river toll takes effect on Monday.", "2026-08-12", "Ledger"),
        ("Drivers will pay the river toll from Monday, the county said.", "2026-08-12", "Tribune"),
        ("The toll kicks in from September 1.", "2026-08-12", "Voice"))
    ctx = build_context(story, arts, {}, None, [])
    got = sides(ctx, [Report("a", 10, 10, "on Monday"), Report("c", 20, 20, "from September 1")])
    assert [[r.article for r in s] for s in got] == [["c"], ["a"]]


def test_a_plural_measure_reads_when_the_measures_take_effect() -> None:
    # the claim's verb agrees with its noun: "when the closures take effect", "when the toll takes effect"
    story, arts, pairs = _story(
        ("The branch closures, which would take effect July 1, were approved on Tuesday.", "2026-05-13", "Ledger"),
        ("The branch closures take effect on June 1, the council said.", "2026-05-13", "Tribune"),
        ("The branch closures take effect July 1 across the city.", "2026-05-13", "Voice"))
    claims = [f.claim for f in _conflicts(story, arts, pairs)]
    assert any("closures take effect" in c for c in claims) and not any("closures takes" in c for c in claims), claims
