"""Clause alignment parts: term normalisation, clause seams, star groups without chains."""
from __future__ import annotations

from newsdesk.compare import facts
from newsdesk.compare import text as ctext


def test_compare_align_terms_fold_spelling_suffixes_and_paraphrases() -> None:
    t = ctext.term
    assert t("demilitarised") == t("demilitarized")
    assert t("defence") == t("defense")
    assert t("rejection") == t("rejected") == t("rejects") == t("dismissed")
    assert t("abandon") == t("drop") == t("renounce")
    assert t("guarantees") == t("guarantee") == t("assurances")
    assert t("negotiators") == t("negotiating")
    assert t("four") != t("for") and t("hours") == "hour"
    # phrasal verbs and reporting verbs
    assert "drop" in ctext.terms("Ukraine would give up its bid")
    assert not set(ctext.terms("he added and stressed")) - {"he"}


def test_compare_align_clause_seams() -> None:
    text = ("Zelenskyy stated Sunday that Ukraine is prepared to drop its bid to join NATO in exchange for "
            "guarantees but firmly rejected proposals from the United States to give up territory.")
    parts = [text[a:b] for a, b in ctext.clause_spans(text)]
    assert len(parts) == 2 and parts[1].startswith("but firmly rejected")
    # "as long as" is no seam, and a piece too short to say anything stays with its neighbour
    text = "Ukraine would give up on NATO, at least for now, as long as it won strong security guarantees."
    assert len(ctext.clause_spans(text)) == 1


def test_compare_align_star_groups_do_not_chain() -> None:
    arts = ["a", "b", "c", "d"]
    # a-b-c-d is a chain: a and d never link to one centre, so they never share a group
    scored = {(0, 1): 0.9, (1, 2): 0.8, (2, 3): 0.9}
    groups = facts.star_groups(arts, scored)
    assert all(not {0, 3} <= set(g) for g in groups)
    assert all(len({arts[k] for k in g}) == len(g) for g in groups)  # one clause per article
    # a star around "b": every member links to the centre, one per article (the best one)
    arts = ["a", "b", "c", "c"]
    groups = facts.star_groups(arts, {(0, 1): 0.5, (1, 2): 0.6, (1, 3): 0.7})
    assert groups[0] == [0, 1, 3]
