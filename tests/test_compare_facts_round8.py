"""Round 8 of the open-domain fact checks: the story's headline count told with different nouns
("holidaymakers and staff stranded" / "visitors and workers trapped"; "cut 900 jobs" / "laying
off 850 workers" / "putting 2,000 people out of work"), the age of a thing still going on
("a boycott barely three weeks old" / "the three-month-old boycott" / "began in May"), and tighter
sameness (a shared period, a counted noun said as a verb, sole counts of one role in sentences
that share nothing). Constructed sentences with invented names, on domains no development
story covers (a zoo, a shipyard, a ferry port, a bakery chain)."""
from __future__ import annotations

from newsdesk.compare import roles

from .test_compare_facts_round5 import _conflicts, _facts
from .test_compare_verdicts_gaps import _conflicts as _time_conflicts


def _role(text: str, figure: str, unit: str) -> str | None:
    from newsdesk.model import Quantity
    i = text.index(figure)
    return roles.role(text, Quantity("", "", i, i + len(figure), figure, 1.0, unit))


def test_roles_of_coordinated_groups_and_job_losses() -> None:
    assert _role("a storm has left about 1,800 visitors and ferry staff stranded on the island", "1,800", "visitors") == "trapped"
    assert _role("Almost 3,000 tourists and workers are now trapped on the island", "3,000", "tourists") == "trapped"
    assert _role("the storm cut off more than 1,700 visitors at the port", "1,700", "visitors") == "trapped"
    assert _role("the chain said it would cut 900 jobs", "900", "jobs") == "laid off"
    assert _role("it is laying off about 850 workers", "850", "workers") == "laid off"
    assert _role("putting 2,000 people out of work", "2,000", "people") == "laid off"
    assert _role("one of 870 employees whose jobs were eliminated", "870", "employees") == "laid off"
    assert _role("the yard would create 900 jobs", "900", "jobs") == "employed"
    assert _role("About 400 people in the village work at the yard", "400", "people") == "employed"
    assert _role("412 passengers and crew aboard the ferry", "412", "passengers") == "aboard"


def test_a_stranded_count_told_with_other_nouns_conflicts() -> None:
    got = _facts(
        "A rockfall on the coast road near Pellworth has left about 1,800 visitors and staff stranded in the harbour town, "
        "the county council said on Tuesday.",
        "Almost 4,000 tourists and workers are now trapped in Pellworth with no way out, after the coast road collapsed.",
        "The rockfall at Pellworth has cut off more than 1,700 visitors and hotel workers, the council said.")
    conflicts = [f for f in _conflicts(got) if any("4,000" in m.text for m in f.mentions)]
    assert conflicts, [(f.verdict, f.claim) for f in got]


def test_job_cuts_told_as_jobs_workers_and_people_conflict() -> None:
    got = _facts(
        "The Harlow Bakeries chain said on Tuesday it would cut about 900 jobs as it closes 40 shops across the region.",
        "Harlow Bakeries is putting 2,500 people out of work, a brutal round of closures that hits the region hard.",
        "Harlow Bakeries is laying off more than 850 workers, the company told the regional labour office.")
    conflicts = [f for f in _conflicts(got) if any("2,500" in m.text for m in f.mentions)]
    assert conflicts, [(f.verdict, f.claim) for f in got]


def test_a_shared_period_alone_does_not_tie_two_amounts() -> None:
    got = _facts(
        "Tessaly Foods said its sales grew 3 percent in its most recent quarter, as shoppers traded down to cheaper brands.",
        "Tessaly Foods will close two depots. Grain shipments through the port of Corrin rose 9% in the third quarter.")
    assert not [f for f in _conflicts(got) if any("9%" in m.text or "3 percent" in m.text for m in f.mentions)]


def test_sole_counts_of_one_role_in_sentences_sharing_nothing_are_two_facts() -> None:
    got = _facts(
        "Marek Dunn said the petition to save the reading room had gathered about 200 signatures.",
        "The Brackwater Staff Association says more than 1,600 employees have signed membership cards in support.")
    assert not _conflicts(got), [(f.verdict, f.claim) for f in got]


def test_the_age_of_a_thing_going_on_against_its_start_month() -> None:
    got = _time_conflicts(
        ("The tenants launched their rent boycott in May, and organisers say 300 households have joined.", "2026-09-16", "Post"),
        ("The landlord served notices in the middle of a rent boycott that is barely three weeks old.", "2026-09-16", "Voice"),
        ("Tenants leading the four-month-old boycott said the notices were retaliation.", "2026-09-16", "Herald"))
    assert got and any("three weeks old" in f.detail for f in got), [(f.claim, f.detail) for f in got]


def test_the_date_a_measure_takes_effect_is_compared_with_another_plan_only() -> None:
    got = _time_conflicts(
        ("The Corvale watering curfew takes effect on Monday, the water board said.", "2026-07-09", "Post"),
        ("The watering curfew kicks in from July 27, and repeat offenders face a fine.", "2026-07-09", "Voice"),
        ("The watering curfew began after the driest June on record in Corvale.", "2026-07-09", "Herald"))
    assert len(got) == 1 and "July 27" in got[0].detail, [(f.claim, f.detail) for f in got]
