"""Round 7 of the open-domain fact checks: a rewrite's figure in another clause of a sentence
that aligned by its last clause, counted with another name of the same people ("passengers"
/ "commuters"). Constructed sentences with invented names, on domains no development story
covers (a railway, a hospital)."""
from __future__ import annotations

from newsdesk.compare import verdicts

from .test_compare_facts_round5 import _conflicts, _facts


def test_two_names_of_one_kind_of_person_may_count_one_group() -> None:
    assert verdicts.same_unit("passeng", "commut") or verdicts.same_unit(
        verdicts._text.stem("passengers"), verdicts._text.stem("commuters"))
    assert not verdicts.same_unit(verdicts._text.stem("passengers"), verdicts._text.stem("drivers"))


def test_a_rewrites_figure_outside_the_clause_that_aligned_is_compared() -> None:
    wire = ("About 2,300 commuters on the Eastvale line have been without trains since Tuesday, when signallers "
            "employed by operator Northrail walked off the job in a dispute over rosters and overtime.")
    rewrite = ("As the shutdown dragged on, 6,000 passengers along the Eastvale line were still stranded on "
               "cold platforms, after signallers for Northrail walked off the job over rosters and overtime.")
    other = "Roughly 2,250 commuters are without trains while Northrail signallers strike over rosters."
    got = _facts(wire, rewrite, other)
    conflicts = [f for f in _conflicts(got) if any("6,000" in m.text for m in f.mentions)]
    assert conflicts, [(f.verdict, f.claim) for f in got]
    assert ["b"] in [s.articles for s in conflicts[0].sides]


def test_a_count_of_signatures_counts_the_people_who_signed() -> None:
    from newsdesk.compare import roles
    assert roles.noun_role("signatures") == "registered" and "signatures" in roles.PERSON_ROLE_NOUNS


def test_each_outlets_sole_count_of_one_role_is_one_fact_wherever_it_stands() -> None:
    got = _facts("Readers want the Harwell branch library kept open, after a petition gathered about 3,400 signatures in a week.",
                 "The council faces fury over the cuts, and 9,000 angry members of the public have now signed a petition to save it.",
                 "More than 3,000 people have signed a petition to keep the Harwell branch library open.")
    conflicts = [f for f in _conflicts(got) if any("9,000" in m.text for m in f.mentions)]
    assert conflicts, [(f.verdict, f.claim) for f in got]
    assert ["b"] in [s.articles for s in conflicts[0].sides]


# --- elapsed time: "as the stoppage reached its tenth day" against a start on a stated weekday

def test_an_ordinal_day_reached_is_read_against_a_stated_start() -> None:
    got = _facts("Surgeons at the Wenlow Infirmary have refused elective lists since Monday, when the stoppage over rotas began.",
                 "As the stoppage over rotas reached its tenth day, surgeons at the Wenlow Infirmary still refused elective lists.",
                 day="2026-05-07")
    times = [f for f in _conflicts(got) if f.claim.startswith("when")]
    assert times, [(f.verdict, f.claim) for f in got]
    assert any("tenth day" in m.text for m in times[0].mentions)
