"""Generic position words (issue 17, recall round stances13): "campaigned for X" / "campaigned
against X", "disagreed with X", "stood by X" (but "will not stand by while ..." is looking on),
"X was unaffordable", "X would be premature", "X is not on the table"; and an issue's label keeps
the modifier most of its variants use ("pay rise", not a bare "rise"). Paragraphs written for
this test, in other domains, with invented names."""
from __future__ import annotations

from .conftest import has_cell, stance_cells


def _cells(*bodies: str) -> set[tuple[str, str, str]]:
    return stance_cells(*bodies, month=10)


def test_compare_stances_campaign_and_disagree() -> None:
    a = ("The Orlen Walkers Society, which campaigned for the coastal path for six years, welcomed the vote. "
         "The Orlen Golf Club has campaigned against the coastal path since 2019.")
    b = ("The Orlen Golf Club disagreed with the coastal path decision. "
         "The Orlen Walkers Society campaigned for the coastal path, its chair said.")
    got = _cells(a, b)
    assert has_cell(got, "Orlen Walkers Society", "path", "supports"), got
    assert has_cell(got, "Orlen Golf Club", "path", "opposes"), got


def test_compare_stances_stood_by_and_standing_by_while() -> None:
    a = ("The Harbour Sailing Board imposed a two-year ban on the skipper. "
         "The Harbour Sailing Board stood by the two-year ban on Tuesday.")
    got = _cells(a, a)
    assert has_cell(got, "Harbour Sailing Board", "ban", "supports"), got
    b = ("The Brisk Dockers Union backs the pension deal. "
         "\"We will not stand by while the pension deal is torn up,\" said Ada Pell of the Brisk Dockers Union.")
    got = _cells(b, b)
    assert not any(p == "opposes" for _, _, p in got), got


def test_compare_stances_judgements_of_cost_and_timing() -> None:
    a = ("The Tarnby Bus Workers Union wants a 9 per cent pay rise. "
         "The Tarnby Coach Company said a 9 per cent pay rise was unaffordable.")
    b = ("The Tarnby Bus Workers Union is seeking a 9 per cent pay rise. "
         "The Tarnby Coach Company said the pay rise was not on the table.")
    got = _cells(a, b)
    assert has_cell(got, "Tarnby Coach Company", "pay rise", "opposes"), got
    assert any(x == "Tarnby Bus Workers Union" and i.endswith("pay rise") and p == "demands" for x, i, p in got), got


def test_compare_stances_label_keeps_the_modifier_most_variants_use() -> None:
    """"a pay rise" twice, "the rise" once: the issue is labelled "pay rise"."""
    a = ("The Orlen Nurses Union wants a pay rise for night staff. The Orlen Clinic Trust rejected the rise on Monday.")
    b = "The Orlen Nurses Union is seeking a pay rise, its secretary said."
    got = _cells(a, b)
    assert any(x == "Orlen Nurses Union" and i == "pay rise" and p == "demands" for x, i, p in got), got
    assert not any(i == "rise" for _, i, _ in got), got


def test_compare_stances_not_standing_in_the_way_on_terms_and_reinstating_if() -> None:
    """"would not stand in the way of the closure as long as X": conditional on the closure;
    "would reinstate the grant in full if X": conditional on the grant."""
    a = ("The Orlen Rail Company plans a closure of the branch line. The Orlen Ramblers Club said it would not "
         "stand in the way of the closure as long as the footpath stays open.")
    b = "The Orlen Rail Company wants a closure of the branch line, and the Orlen Ramblers Club is wary of the closure."
    got = _cells(a, b)
    assert has_cell(got, "Orlen Ramblers Club", "closure", "conditional"), got
    c = ("The Harbour Arts Fund suspended the theatre grant in May. The Harbour Arts Fund said it would reinstate "
         "the theatre grant in full if the audit clears the company.")
    got = _cells(c, "The Harbour Arts Fund suspended the theatre grant after the audit began.")
    assert has_cell(got, "Harbour Arts Fund", "grant", "conditional"), got


def test_compare_stances_pointing_noun_phrase_takes_the_issue_just_before() -> None:
    """"will open the depot on Sundays ... would oppose any attempt to make those shifts
    compulsory": "those shifts" names no issue of its own; it is the Sunday opening."""
    a = ("The Orlen Bus Company has said it will run Sunday services to clear the backlog. The Orlen Drivers Union, "
         "which represents most of the drivers, said it would oppose any attempt to make those shifts compulsory.")
    got = _cells(a, "The Orlen Bus Company will run Sunday services from March.")
    assert any(x == "Orlen Drivers Union" and "sunday" in i.lower() and p == "opposes" for x, i, p in got), got
