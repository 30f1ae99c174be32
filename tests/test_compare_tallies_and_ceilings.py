"""Round 21: a vote's tally is an amount ("voted 5-2" / "voted 6-1" disagree); two stated
ceilings of one plan ("up to 350 deer" / "up to 530 deer") disagree as their figures do;
"deer" and "cattle" are counted nouns. Written for this test (a heron colony, a rowing club's
boathouse, a goat herd), not taken from a story."""
from __future__ import annotations

from newsdesk.compare import verdicts
from newsdesk.extract.quantities import find_quantities

from tests.conftest import export_of_texts


def _one(text: str):
    qs = find_quantities(text, "a")
    assert len(qs) == 1, qs
    return qs[0]


def test_a_tally_is_an_amount_next_to_a_voting_word() -> None:
    q = _one("The council voted 6-1 on Tuesday to close the boathouse.")
    assert (q.text, q.value, q.unit) == ("6-1", 6.0, "votes")
    assert _one("It passed 7 to 0.").text == "7 to 0"
    assert [x.text for x in find_quantities("The score was 3-1 in the final.", "a")] == ["3"]  # no voting word: no tally
    assert "-" not in "".join(x.text for x in find_quantities("Aged 18-25 were polled by the council.", "a"))


def test_ceilings_of_one_plan_compare_as_figures() -> None:
    a, b, c = (_one(t) for t in ("plans to cull up to 530 goats this winter", "wants to shoot up to 350 goats this winter",
                                 "is proposing to shoot 350 goats"))
    assert verdicts.compare(a, b) == "conflict"
    assert verdicts.compare(a, c) == "conflict"
    assert verdicts.compare(b, c) in ("same", "rounding")


def test_irregular_plurals_are_counted_nouns() -> None:
    assert _one("The trust will cull 350 fallow deer.").counts == "deer"
    assert _one("Farmers moved 1,200 cattle off the moor.").counts == "cattle"


_BOATHOUSE = [
    ("Council backs boathouse sale", "Published: 2026-05-06", "Ellmere Wire",
     "ELLMERE — The city council voted 5-2 on Tuesday to sell the old rowing club boathouse to a developer. "
     "The Ellmere Rowing Club said it would look for a new home on the river."),
    ("Boathouse sale approved", "Published: 2026-05-06", "Ellmere Echo",
     "Councillors approved the sale of the rowing club boathouse 5-2 on Tuesday night. The Ellmere Rowing Club "
     "has used the building since 1921."),
    ("Rowers lose boathouse", "Published: 2026-05-07", "River Post",
     "On Tuesday the city council voted 6-1 to sell the rowing club boathouse, ending a century of rowing from "
     "the building. The club said it would look for a new home on the river."),
]


def test_a_tally_told_differently_is_a_conflict_with_its_sides(tmp_path) -> None:
    doc = export_of_texts(tmp_path, _BOATHOUSE)
    conflicts = [f for f in doc["facts"] if f["verdict"] == "conflict"]
    assert any({"6-1"} == {s["value"] for s in f["sides"][:1]} for f in conflicts), \
        [(f["claim"], f["sides"]) for f in conflicts]


_PIER = [
    ("Pier repairs to start", "Published: 2026-07-16", "Gorran Wire",
     "GORRAN — The town's pier, closed since March last year when a storm tore away its end, will be repaired "
     "from September. The council said the work would cost £2.1 million."),
    ("Pier to be fixed", "Published: 2026-07-16", "Gorran Echo",
     "The council will start repairing the pier in September. The pier has been fenced off for more than a year "
     "after a storm tore away its end. The work will cost £2.1 million."),
]


def test_a_state_held_for_a_time_after_an_event_is_no_gap_between_two(tmp_path) -> None:
    """"fenced off for more than a year after a storm tore away its end": how long the pier has
    been shut, not a fencing that came a year after the storm."""
    doc = export_of_texts(tmp_path, _PIER)
    assert not [f for f in doc["facts"] if f["verdict"] == "conflict" and f["claim"].startswith("how long between")], \
        [(f["claim"], f["sides"]) for f in doc["facts"] if f["verdict"] == "conflict"]


def test_a_scale_written_onto_a_sum() -> None:
    """"£4.1m", "$2bn", "£300k": millions, billions, thousands, after a currency sign only."""
    assert (_one("It will save about £4m a year.").value, _one("a $2bn deal").value) == (4e6, 2e9)
    assert _one("They paid £300k.").text == "£300k"
    assert _one("a 5m wall").value == 5  # metres, not millions
    a, b = _one("will save about £4m a year"), _one("will save £4.1 million a year")
    assert verdicts.compare(a, b) == "rounding" and verdicts.value_text(a) == "about £4m"


def test_a_tally_after_any_voting_word() -> None:
    """"rejected the plan 4-3", "endorsed it 7-2": a tally, like "voted 5-2"."""
    assert _one("The board rejected the plan 4-3 on Monday.").unit == "votes"
    assert _one("The committee endorsed it 7-2.").unit == "votes"
