"""Stances on constructed paragraphs from other domains (issue 17, round 10): issue labels and
actor names, not verbs. A rate written "N per cent" measures the thing it names and is never
its head ("cent"); an action head ("the return of", "a change in") is labelled with what it
acts on; an organisation written out before its initials in brackets is one party, and its
initials fold into it. Each paragraph is written for this test, not taken from a story."""
from __future__ import annotations

from newsdesk.compare import issues as _issues
from newsdesk.compare._phrases import tokens
from newsdesk.compare.actors import _acronyms

from .conftest import stance_cells


def _cells(*bodies: str) -> set[tuple[str, str, str]]:
    return stance_cells(*bodies, month=10)


def _features(text: str) -> _issues.Features | None:
    toks = tokens(text)
    return _issues.features(toks, _issues.ObjectPhrase(0, len(toks)))


def test_compare_issues_a_rate_is_never_the_head_of_a_label() -> None:
    """"a 7 per cent fare rise": the rise, its rate a figure; "6 per cent" alone: the rate as
    written, never the unit word "cent"; "4 percent a year for two years" alone: a schedule,
    no issue; "an offer of 4 per cent": the "4 per cent offer"."""
    f = _features("a 7 per cent fare rise")
    assert f is not None and f.head_words == ("fare", "rise") and "7 percent" in f.figures, f
    f = _features("6 per cent")
    assert f is not None and f.head_words == ("6", "per", "cent") and _issues.bare_measure(f), f
    f = _features("6%")
    assert f is not None and f.head == "6 percent", f
    assert _features("4 percent a year for two years") is None
    toks = tokens("an offer of 4 per cent")
    f = _issues.features(toks, _issues.ObjectPhrase(3, len(toks), light="offer"))
    assert f is not None and f.head_words == ("4", "per", "cent", "offer"), f


def test_compare_stances_a_bare_rate_joins_the_issue_it_measures() -> None:
    """The ferry guild wants "a 9 per cent fare rise"; later it "wants 9 per cent": one issue,
    labelled by what is measured, never "cent"."""
    a = ("The Tarrow Ferry Guild is seeking a 9 per cent fare rise for the winter timetable. The Tarrow Ferry "
         "Guild said the fare rise was overdue.")
    b = "The Tarrow Ferry Guild wants 9 per cent. Holm Crossings has offered 4 per cent."
    got = _cells(a, b)
    assert not any(i.split()[-1] == "cent" and not i[0].isdigit() for _, i, _ in got), got
    assert any(x == "Tarrow Ferry Guild" and p == "demands" and i == "fare rise" for x, i, p in got), got
    assert ("Holm Crossings", "4 per cent", "proposes") in got, got


def test_compare_issues_an_action_head_is_labelled_with_what_it_acts_on() -> None:
    """"a change in the zoning rules", "a written guarantee of weekend opening", "the return of
    the tapestries": the act and its thing, so that either names the issue."""
    f = _features("a change in the zoning rules")
    assert f is not None and f.complement == ("in", "zoning", "rules"), f
    f = _features("a written guarantee of weekend opening on every site")
    assert f is not None and f.head_words == ("written", "guarantee") and f.complement == ("of", "weekend", "opening"), f
    f = _features("a fare rise for the coming year")
    assert f is not None and f.complement == (), f  # "for the coming year" says when
    toks = tokens("the return of the tapestries")
    f = _issues.features(toks, _issues.ObjectPhrase(3, len(toks), light="return"))
    assert f is not None and f.head_words == ("return", "of", "tapestries"), f


def test_compare_stances_action_head_labels_carry_their_thing() -> None:
    a = ("The Brisk Valley Weavers Guild demanded the return of the tapestries on Monday. The Brisk Valley Weavers "
         "Guild said the tapestries belonged in the valley. Director Ola Fenn of the Harlow Textile Museum said she "
         "would welcome a change in the loan rules.")
    b = "The Harlow Textile Museum said the tapestries were safe. A change in the loan rules would need a vote."
    got = _cells(a, b)
    assert any(x == "Brisk Valley Weavers Guild" and p == "demands" and "return" in i and "tapestries" in i
               for x, i, p in got), got
    assert any(p == "supports" and i == "change in loan rules" for _, i, p in got), got


def test_compare_actors_initials_in_brackets_name_one_party() -> None:
    """"The Harbour and Dock Workers Union (HDWU)": the whole name (its initials spell it),
    not "Dock Workers Union"; glue words may count or not; a bracket that spells nothing is none."""
    got = _acronyms(["The Harbour and Dock Workers Union (HDWU) met. The Board of Ostrava Mills (BOM) spoke. "
                     "The Pell Estate (2021) sold."])
    assert got == {"Harbour and Dock Workers Union": "HDWU", "Board of Ostrava Mills": "BOM"}, got


def test_compare_stances_party_written_out_before_its_initials() -> None:
    """The name is the holder though its initials stand between it and the verb; the initials
    alone, later, are the same party, shown with them (round 24: "... Union (HDWU)")."""
    a = ("The Harbour and Dock Workers Union (HDWU) is seeking a 6 per cent pay rise for the coming year. "
         "Ostrava Port Holdings has offered 2 per cent.")
    b = "The HDWU wants 6 per cent. Ostrava Port Holdings has rejected the pay rise."
    got = _cells(a, b)
    assert ("Harbour and Dock Workers Union (HDWU)", "pay rise", "demands") in got, got
    assert ("Ostrava Port Holdings", "2 per cent", "proposes") in got, got
    assert not {x for x, _, _ in got} - {"Harbour and Dock Workers Union (HDWU)", "Ostrava Port Holdings"}, got
    got = _cells("Ostrava Port Holdings has offered 2 per cent. " + a.split(". ")[0] + ".", "The HDWU rejected the offer of 2 per cent.")
    assert ("Harbour and Dock Workers Union (HDWU)", "2 per cent offer", "opposes") in got, got


def test_compare_actors_a_places_minister_with_a_beat_speaks_for_the_place() -> None:
    """"Ostrava's trade minister Pia Holm": Ostrava, not a party called "Ostrava's trade" (even
    where the story gives the beat word a department of its own)."""
    a = ("The Republic of Ostrava wants the tapestries back. Ostrava's trade minister Pia Holm rejected the "
         "short-term tapestry loan on Monday. The Department for Trade in Harlow said the tapestry loan stood.")
    b = "The Harlow Textile Museum has proposed a short-term tapestry loan. Ostrava opposed the tapestry loan."
    got = _cells(a, b)
    assert not any("'s" in x or "’s" in x for x, _, _ in got), got
    assert ("Republic of Ostrava", "tapestry loan", "opposes") in got, got


def test_compare_actors_she_is_the_person_named_earlier_in_her_sentence() -> None:
    """"Its director, Dr Ola Fenn, appears to be wavering, saying she would welcome X": Fenn,
    not the person of the sentence before."""
    a = ("Mayor Ivo Brandt of Harlow said the tapestries should stay. The museum's director, Dr Ola Fenn, appears "
         "to be wavering, saying she would welcome a change in the loan rules.")
    b = "A change in the loan rules would need a vote of the Harlow council. The tapestries are in storage."
    got = _cells(a, b)
    assert any(x == "Ola Fenn" and p == "supports" and "change" in i for x, i, p in got), got
    assert not any(x != "Ola Fenn" and p == "supports" and "change" in i for x, i, p in got), got
