"""Round 5 of the open-domain fact checks: shares, ages, particles, old values. Constructed
sentences with invented names, on domains no development story covers (a football club, a
hospital trust, a bus company, a library service)."""
from __future__ import annotations

from newsdesk.compare import align_facts
from newsdesk.compare.text import is_age
from newsdesk.extract.quantities import find_quantities
from newsdesk.model import Article, Story

from .conftest import FILL_A, FILL_B, FILL_C


def _facts(*bodies: str, day: str = "2026-05-06"):
    fills = (FILL_A, FILL_B, FILL_C)
    ids = "abc"[:len(bodies)]
    arts = [Article(id=i, source=i, body=f"{fill} {b}", content_hash=i, outlet=i.upper(), published=day)
            for i, fill, b in zip(ids, fills, bodies)]
    story = Story(id="s", label="s", article_ids=list(ids), independent_sources=len(arts))
    from newsdesk.extract import extract_article, merge_entities

    anns = {a.id: extract_article(a) for a in arts}
    ents, _ = merge_entities(list(anns.values()))
    return align_facts(story, arts, anns, ents)


def _conflicts(got):
    return [f for f in got if f.verdict == "conflict"]


# --- "hand over": a particle, not a qualifier

def test_a_verb_particle_is_no_qualifier() -> None:
    (q,) = find_quantities("Season-ticket holders will have to hand over 15 per cent more.", "a")
    assert q.text == "15 per cent" and q.qualifier is None
    (q,) = find_quantities("The club sold over 15 per cent of its shares.", "a")
    assert q.qualifier == "over"


# --- ages

def test_ages_are_read_from_their_wording() -> None:
    def ages(t: str) -> list[str]:
        return [q.text for q in find_quantities(t, "a") if is_age(t, q)]
    assert ages("Drivers would have to work until 67 before drawing a full pension.") == ["67"]
    assert ages("The age at which drivers can retire would rise to 67, the company said.") == ["67"]
    assert ages("Drivers aged 60 or over keep their terms.") == []  # a threshold: who is covered
    assert ages("The depot stays open until 22 May.") == []
    assert ages("The striker scored 67 goals.") == []


def test_two_ages_of_one_thing_in_aligned_sentences_conflict() -> None:
    got = _facts("Bus drivers at Corlan Transit would have to work until 67 before drawing a full pension under the new deal.",
                 "Under the new deal, Corlan Transit bus drivers would see their pension age rise to the age of 70.")
    (c,) = _conflicts(got)
    assert c.claim.startswith("age:")
    assert [s.articles for s in c.sides] in ([["b"], ["a"]], [["a"], ["b"]])


# --- shares: what they are shares of

def test_shares_of_one_base_conflict_even_when_worded_apart() -> None:
    got = _facts("Nurses at the Halden Vale trust would pay 8.5 per cent of their salary into the scheme, "
                 "up from the present rate, under the board's plan.",
                 "The board's plan means Halden Vale trust nurses must hand over 12 per cent of their pay "
                 "under the scheme.",
                 "Halden Vale trust nurses would pay 8.5 per cent of salary into the scheme under the board's plan.")
    (c,) = _conflicts(got)
    assert c.sides[0].articles == ["b"]  # the outlier, its own side


def test_shares_of_different_bases_do_not_conflict() -> None:
    got = _facts("The Marlow Athletic board said 40 per cent of the members backed the stadium move at Tuesday's vote.",
                 "The Marlow Athletic board said 65 per cent of the shareholders backed the stadium move at Tuesday's vote.")
    assert not _conflicts(got)


def test_an_old_value_is_no_side_of_a_conflict() -> None:
    got = _facts("Library members in Eskby would pay fines of 6 per cent of the loan value instead of 4 per cent "
                 "under the council's plan.",
                 "Under the council's plan, Eskby library members would pay fines of 6 per cent of the loan value.",
                 "Eskby library members face fines of 9 per cent of the loan value under the council's plan.")
    for c in _conflicts(got):
        assert all("4" not in s.value for s in c.sides)


# --- durations of two different events named by one noun

def test_durations_of_two_differently_specified_events_do_not_conflict() -> None:
    got = _facts("A review of the ward closures at Pellow General will run for 10 weeks, the hospital trust said.",
                 "The nurses' review into staffing levels at Pellow General runs for two weeks, the hospital trust said.",
                 "The trust said the review runs for 10 weeks at Pellow General.")
    assert not [f for f in _conflicts(got) if "lasted" in f.claim]


def test_durations_of_one_specified_event_still_conflict() -> None:
    got = _facts("A review of the ward closures at Pellow General will run for 10 weeks, the hospital trust said.",
                 "The review of the ward closures at Pellow General runs for two weeks, the hospital trust said.")
    assert [f for f in _conflicts(got) if "lasted" in f.claim]


# --- a statement split around its attribution is one quote

_SPLIT = ('The Brackwell Rovers manager was furious after the defeat. "We were robbed of a fair result tonight '
          'and everyone saw it," fumed the club\'s manager Tomas Erlund. "I will be writing to the league about '
          'the referee on Monday."\n\nFans left early. "This club deserves far better than what we saw today," '
          'said season-ticket holder Ana Pole.')


def test_a_split_statement_is_one_quote_for_copy_detection() -> None:
    from newsdesk.extract import extract_article
    from newsdesk.link.features import link_features, quotes_from_text
    from newsdesk.model import Article

    art = Article(id="a", source="a", body=_SPLIT, content_hash="a")
    assert len(quotes_from_text(_SPLIT)) == 2
    feats = link_features(art, extract_article(art))
    assert len(feats.quotes) == 2 and feats.quotes[0].startswith("we were robbed") and "referee" in feats.quotes[0]


# --- figures joined to their noun; distances and sizes

def test_a_figure_joined_to_its_noun_is_a_count_of_it() -> None:
    def got(t: str):
        return [(q.text, q.value, q.unit) for q in find_quantities(t, "a")]
    assert got("The council approved a 40-bed care home.") == [("40-bed", 40.0, "bed")]
    assert got("A 34-year-old man was arrested.") == [("34-year-old", 34.0, "age")]
    # round 26: "a 500-strong crowd" is a group of 500 counted by its noun ("one-off" still counts nothing)
    assert got("a one-off payment to a 500-strong crowd") == [("500-strong crowd", 500.0, "crowd")]
    assert got("each a 1.5-kilometre-wide strip") == []


def test_a_joined_count_and_the_one_count_of_its_noun_in_an_aligned_clause_conflict() -> None:
    got = _facts("The Orrin county council approved a 40-bed care home on the old Tamsey hospital site on Tuesday.",
                 "The Orrin county council on Tuesday approved plans for 65 beds at the old Tamsey hospital site.",
                 "On Tuesday the Orrin county council approved a 40-bed care home at the old Tamsey hospital site.")
    (c,) = _conflicts(got)
    assert c.sides[0].articles == ["b"]


def test_a_size_is_no_distance() -> None:
    got = _facts("The Varley quarry extension lies 12 kilometres from Oxbridge Moor, the planning board said.",
                 "The Varley quarry extension, each bay 3 kilometres wide, lies near Oxbridge Moor, the planning board said.")
    assert not _conflicts(got)


def test_two_distances_of_one_place_conflict() -> None:
    got = _facts("The Varley quarry extension lies 12 kilometres away from Oxbridge Moor, the planning board said.",
                 "The planning board said the Varley quarry extension lies just 3 kilometres away from Oxbridge Moor.",
                 "The Varley quarry extension, 12 kilometres away from Oxbridge Moor, was approved by the planning board.")
    (c,) = _conflicts(got)
    assert c.sides[0].articles == ["b"]


# --- lengths in any unit; "said Monday" does not date the event

def test_a_length_without_a_figure_is_read() -> None:
    (q,) = find_quantities("The storm tore down nearly a mile of fencing.", "a")
    assert (q.text, q.value, q.unit, q.qualifier) == ("nearly a mile", 1.0, "mile", "nearly")


def test_lengths_in_feet_and_miles_are_compared_in_one_measure() -> None:
    from newsdesk.compare import verdicts
    (feet,) = find_quantities("roughly 400 feet of cable", "a")
    (mile,) = find_quantities("nearly a mile of cable", "b")
    (metres,) = find_quantities("about 120 metres of cable", "c")
    assert verdicts.compare(feet, mile) == "conflict"
    assert verdicts.compare(feet, metres) == "rounding"


def test_the_day_something_was_said_is_not_the_day_of_the_event() -> None:
    got = _facts("Thieves stripped roughly 400 feet of copper cable from the Dunmere tram depot, the operator said Monday.",
                 "On Saturday night thieves stripped nearly a mile of copper cable from the depot, leaving Dunmere trams idle.")
    assert [f for f in _conflicts(got) if f.claim.startswith("length:")]


# --- kinds of buildings; outcomes of the event; "as of" dates its own clause only

def test_homes_destroyed_and_structures_destroyed_count_one_thing() -> None:
    got = _facts("Inspectors said the Hallam Street gas explosion left 14 structures destroyed, according to the fire service.",
                 "By nightfall the damage was plain: 60 houses reduced to rubble in the streets around Hallam Street.",
                 "The fire service said 14 structures were destroyed in the Hallam Street gas explosion.")
    (c,) = _conflicts(got)
    assert c.sides[0].articles == ["b"]


def test_an_as_of_date_dates_its_own_clause_only() -> None:
    got = _facts("The Brenmoor blaze was 20 percent contained as of Sunday morning, and 30 cabins had been destroyed.",
                 "The Brenmoor blaze has destroyed 75 cabins, crews said on Sunday.",
                 day="2026-05-04")
    assert _conflicts(got)


# --- "first reported" dates a start; a clock time is no clause

def test_first_reported_at_a_clock_time_dates_the_start() -> None:
    got = _facts("The Kessel Mill blaze was first reported shortly after 2 p.m. on Saturday, the fire brigade said.",
                 "Neighbours watched the Kessel Mill blaze, which broke out on Friday evening, spread to the warehouse.",
                 "The Kessel Mill blaze was first reported shortly after 2 p.m. on Saturday, according to the brigade.",
                 day="2026-05-04")
    assert [f for f in _conflicts(got) if f.sides and f.sides[0].articles == ["b"]]


# --- speakers

def _speakers(body: str) -> list[tuple[str, str | None]]:
    from newsdesk.extract import extract_article
    from newsdesk.model import Article

    ann = extract_article(Article(id="a", source="a", body=body, content_hash="a"))
    return [(q.text.split()[0], q.speaker) for q in ann.quotes]


def test_a_name_after_a_role_noun_like_boss_or_coach_is_the_speaker() -> None:
    assert _speakers('"We were robbed tonight," fumed Brackwell Rovers boss Tomas Erlund. "It was a disgrace."') == [
        ("We", "Tomas Erlund"), ("It", "Tomas Erlund")]
    assert _speakers('"The ward is safe," said hospital trustee Amira Coles-Benn.') == [("The", "Amira Coles-Benn")]


def test_a_name_with_for_or_of_inside_is_one_speaker() -> None:
    got = _speakers('The Department for Culture said the stadium review would weigh "every objection carefully".')
    assert got == [("every", "Department for Culture")]


def test_the_word_an_organisation_name_ends_in_refers_to_it() -> None:
    got = _speakers('St Aldric Hospital said it had closed ward 4. Patients complained; the hospital said it was '
                    '"reviewing every case".')
    assert got == [("reviewing", "St Aldric Hospital")]


def test_a_phrase_ending_in_a_conjunction_is_no_speaker() -> None:
    got = _speakers('Councillor Petra Vance-Ode said the mayor was "hiding behind" the auditors and called for a vote.')
    assert got == [("hiding", "Petra Vance-Ode")]


def test_plural_present_cues_warn_and_insist() -> None:
    got = _speakers('Campaigners from the Save Our Baths Trust warn swimmers "cannot keep losing sessions". '
                    'Council leaders insist the pool is "beyond repair". Swimmers say they were promised a new one.')
    assert [s for _, s in got][1] != "Swimmers"



# --- an outcome count only matches an outcome count (unaligned sentences)

def test_a_death_toll_and_an_unspecified_count_of_people_do_not_conflict() -> None:
    got = _facts("The mudslides have killed 17 people in Vellmar, the authorities stated.",
                 "Volunteers ferried 14,456 inhabitants across the mudslides near Hosk by boat and tractor.",
                 "The regional council in Hosk met on Monday to discuss its budget.")
    assert not _conflicts(got)


def test_a_label_after_a_passive_as_is_no_speech() -> None:
    from newsdesk.extract import extract_article
    from newsdesk.model import Article

    body = ('Head coach Lena Marsh-Obi said she understood the board. The new ticket prices had been sold as '
            '"fair and simple", she said, but fans saw nothing fair in them.')
    ann = extract_article(Article(id="a", source="a", body=body, content_hash="a"))
    assert [(q.text, q.direct) for q in ann.quotes] == [("fair and simple", False)]
