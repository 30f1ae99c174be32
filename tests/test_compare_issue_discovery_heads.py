"""Issue discovery finds the noun an issue is about (issue 17): constructed stories of other
domains (a rowing club, a harbour, a choir), invented names."""
from __future__ import annotations

from collections import Counter

from newsdesk.compare import issues as _issues
from newsdesk.compare._phrases import tokens
from .conftest import stance_cells


def _cells(*bodies: str) -> set[tuple[str, str, str]]:
    return stance_cells(*bodies, month=3)


def _features(text: str, after: str) -> _issues.Features:
    import importlib

    from newsdesk.compare.config import CompareConfig

    lex = importlib.import_module("newsdesk.compare.stances").lexicon(CompareConfig())
    toks = tokens(text)
    i = next(k for k, t in enumerate(toks) if t.low == after) + 1
    obj = _issues.object_span(toks, i, lex.words)
    assert obj is not None
    f = _issues.features(toks, obj)
    assert f is not None
    return f


def test_a_comparative_before_an_ing_noun_keeps_the_noun() -> None:
    """"would accept shorter boarding times": the times, not the adjective alone (an
    "-ing" word after a comparative qualifies a noun; it opens no participle clause)."""
    f = _features("The rowers' guild would accept shorter boarding times across all four piers.", "accept")
    assert f.head_words[-1] == "times" and f.head == _issues.stem("times"), f
    g = _features("The ferry board rejected a bill requiring operators to publish timetables.", "rejected")
    assert g.head_words == ("bill",), g  # a participle after a noun still opens its clause


def test_a_light_participle_after_a_noun_leaves_the_noun_as_head() -> None:
    """"wants audits held in every harbour": the audits are the issue, "held" names nothing."""
    f = _features("The Dockers Circle wants audits held in every harbour before the vote.", "wants")
    assert f.head == _issues.stem("audits"), f


def test_a_light_verb_after_voted_points_at_the_plan_not_the_verb_or_its_holder() -> None:
    """"voted to advance the director's plan to merge the two choirs": the merger is the issue;
    neither "advance" nor the director's name is in its label."""
    a = ("The Carrowmore Arts Board voted 5-2 late Monday to advance Director Ilse Varnholt’s plan to merge "
         "the two youth choirs.")
    b = "Parents oppose the merger of the youth choirs. The Carrowmore Arts Board said the merger would save money."
    got = _cells(a, b)
    labels = {i for _, i, _ in got}
    board = {i for a_, i, p in got if a_ == "Carrowmore Arts Board" and p == "supports"}
    assert board and all("merg" in i for i in board), got
    assert not any("advance" in i or "Varnholt" in i for i in labels), got


def test_inflections_of_one_label_are_one_issue() -> None:
    """Two clusters whose labels differ only in number ("merger" named from "merge the choirs",
    "the mergers") are one issue, labelled with the story's own noun."""
    f = _issues.Features("merg", frozenset({"merg", "choir"}), frozenset(), ("merge",), frozenset({"merg"}),
                         ("merge", "choirs"), verb_phrase=True, noun="choir", nominal="merger")
    g = _issues.Features("merger", frozenset({"merger"}), frozenset(), ("mergers",), frozenset({"merger"}), ("mergers",))
    issues, assign = _issues.discover([f, g, g], Counter({"merg": 3, "merger": 3, "choir": 2}))
    assert len(issues) == 1 and issues[0].label == "mergers", issues
    assert assign == [0, 0, 0]


def test_a_named_possessor_is_not_part_of_the_label() -> None:
    """"to scrap Mayor Ines Dalca's parking levy": whose levy it is stays out of its name."""
    f = _features("The Traders Forum wants to scrap Mayor Ines Dalca's parking levy before summer.", "wants")
    assert not any(w in f.head_words for w in ("Mayor", "Ines", "Dalca")), f
    assert f.head_words[-2:] == ("parking", "levy"), f
