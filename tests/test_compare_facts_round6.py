"""Round 6 of the open-domain fact checks: an amount repeated without its noun, elapsed time
"N years in/on ..." against a start date, durations "N and a half hours" / "during N hours
of ...". Constructed sentences with invented names, on domains no development story covers
(a hospital, a shipyard, a library, a university)."""
from __future__ import annotations

from newsdesk.compare.facts import _amount_pairs
from newsdesk.extract.quantities import find_quantities

from .test_compare_facts_round5 import _conflicts, _facts


# --- an amount repeated without its noun is the other's, not a second figure

def test_a_figure_echoed_without_its_noun_is_not_set_against_another_count() -> None:
    a = find_quantities("The hospital treated 640 patients out of roughly 12,000 registered last winter.", "a")
    b = find_quantities("The hospital saw about 12,000 patients last winter.", "b")
    pairs = [(x.text, y.text) for x, y in _amount_pairs(a, b)]
    assert ("640 patients", "about 12,000 patients") not in pairs


def test_an_echo_without_its_noun_makes_no_conflict() -> None:
    got = _facts("Nurses at the Wenlow Infirmary treated 640 patients out of roughly 12,000 registered during the winter outbreak.",
                 "Nurses at the Wenlow Infirmary saw about 12,000 patients during the winter outbreak.")
    assert not any("640" in f.detail and "12,000" in f.detail for f in _conflicts(got))


# --- durations: "N and a half", "during N hours of ...", one event cut by scale

def test_a_half_unit_is_read_and_during_names_the_sentences_event() -> None:
    got = _facts("Shipyard workers voted after a ballot meeting that lasted four and a half hours at the Brenmoor yard.",
                 "The ballot meeting at the Brenmoor yard ran for more than four hours before shipyard workers voted.",
                 "Shipyard workers queued at the Brenmoor yard during nearly two hours of speeches, and the ballot meeting closed at dusk.")
    dur = [f for f in _conflicts(got) if f.claim.startswith("how long")]
    assert dur, [f.claim for f in got]
    assert ["c"] in [s.articles for s in dur[0].sides]
    assert any("four and a half hours" in m.text for m in dur[0].mentions)


def test_lengths_of_two_scales_sharing_a_word_are_two_events() -> None:
    from newsdesk.compare.durations import DurationClaim, _bands
    mk = lambda lo, hi: DurationClaim(None, 0, 0, "", frozenset({"x"}), lo, hi, "")  # noqa: E731
    hours, years = mk(0.25, 0.3), mk(7000.0, 7500.0)
    assert _bands([hours, years]) == [[hours], [years]]


# --- elapsed time: a state held N years, a coming event N months after, "last <weekday>"

def _time_conflicts(got):
    return [f for f in _conflicts(got) if f.claim.startswith("when")]


def test_years_in_a_state_against_months_since_it_began() -> None:
    got = _facts("Ama Reyes will step down as mayor of Tolwick on Friday, 14 months after she took office.",
                 "Ama Reyes is leaving the mayor's post in Tolwick after more than four years in office.")
    (c,) = _time_conflicts(got)
    assert any("four years in office" in m.text for m in c.mentions)


def test_years_in_a_state_that_agree_make_no_conflict() -> None:
    got = _facts("Ama Reyes will step down as mayor of Tolwick on Friday, four years after she took office.",
                 "Ama Reyes is leaving the mayor's post in Tolwick after more than three years in office.")
    assert not _time_conflicts(got)


def test_last_weekday_is_before_the_articles_own_day() -> None:
    # 2026-05-06 is a Wednesday: "last Wednesday" is 29 April, not the day the other says
    got = _facts("Dock workers at the Pellmouth shipyard began an overtime ban on Wednesday, the union said.",
                 "Dock workers at the Pellmouth shipyard began an overtime ban last Wednesday, the union said.")
    assert _time_conflicts(got)


# --- a lead split in two: the count left over goes on to the next sentence

_LEAD_A = ("Staff at the Wenlow Infirmary began a review of its waiting list on Monday, where doctors found 3,100 patients "
           "out of roughly 48,000 listed, and where a backlog of about 2,600 delayed referrals has already pushed both "
           "unions into talks with managers.")
_LEAD_B = ("Staff at the Wenlow Infirmary began a review of its waiting list on Monday, where doctors found 3,100 patients "
           "out of about 48,000 referrals. On top of that, some 5,200 referrals have been left waiting, and both unions "
           "are already in talks with managers.")


def test_the_count_a_split_lead_moves_to_its_next_sentence_is_compared() -> None:
    got = _facts(_LEAD_A, _LEAD_B)
    assert any("2,600" in f.detail and "5,200" in f.detail for f in _conflicts(got)), [f.detail for f in got]
    assert not any("2,600" in f.detail and "48,000" in f.detail for f in _conflicts(got))
