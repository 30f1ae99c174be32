"""Issue labels are head phrases a reader understands, not pieces of a clause: constructed
head phrases from another domain (a choir's fees, a quarry's permits)."""
from __future__ import annotations

from newsdesk.compare.issues import _trim_label


def test_a_measure_and_its_preposition_leave_the_label() -> None:
    # "20 per cent above the old fee": the issue is the fee, not "cent above old fee"
    assert _trim_label(("cent", "above", "old", "fee"), False) == ("old", "fee")
    assert _trim_label(("days", "of", "blasting"), False) == ("blasting",)


def test_function_words_leave_the_edges_of_a_noun_label() -> None:
    assert _trim_label(("on", "quarry", "permit"), False) == ("quarry", "permit")
    assert _trim_label(("whether", "consultation"), False) == ("consultation",)
    assert _trim_label(("cover", "choir", "fees", "above"), True) == ("cover", "choir", "fees")


def test_head_phrases_and_particles_are_kept() -> None:
    assert _trim_label(("step", "in"), True) == ("step", "in")  # a phrasal verb keeps its particle
    assert _trim_label(("ban", "on", "blasting"), False) == ("ban", "on", "blasting")
    assert _trim_label(("quarry", "permit"), False) == ("quarry", "permit")
    assert _trim_label(("of",), False) == ("of",)  # nothing would be left: as it is
