"""A level reported on two days, one report dated to its own day of writing, is two moments,
not a conflict. Constructed sentences with invented names."""
from __future__ import annotations

from newsdesk.compare import align_facts
from newsdesk.model import Article, Story

from .conftest import FILL_A, FILL_B, FILL_C


def _facts(*dated: tuple[str, str]):
    fills = (FILL_A, FILL_B, FILL_C)
    ids = "abc"[:len(dated)]
    arts = [Article(id=i, source=i, body=f"{fill} {b}", content_hash=i, outlet=i.upper(), published=day)
            for i, fill, (day, b) in zip(ids, fills, dated)]
    story = Story(id="s", label="s", article_ids=list(ids), independent_sources=len(arts))
    from newsdesk.extract import extract_article, merge_entities

    anns = {a.id: extract_article(a) for a in arts}
    ents, _ = merge_entities(list(anns.values()))
    return align_facts(story, arts, anns, ents)


def _conflicts(got):
    return [(f.claim, f.detail) for f in got if f.verdict == "conflict"]


def test_a_level_dated_to_its_day_of_writing_on_a_later_day_is_no_conflict() -> None:
    got = _facts(("2026-05-04", "Fire crews said containment of the Varrow Ridge blaze stood at 20 percent."),
                 ("2026-05-06", "Fire crews said containment of the Varrow Ridge blaze stood at 45 percent this afternoon."))
    assert not _conflicts(got)


def test_the_same_figures_on_one_day_still_conflict() -> None:
    got = _facts(("2026-05-06", "Fire crews said containment of the Varrow Ridge blaze stood at 20 percent."),
                 ("2026-05-06", "Fire crews said containment of the Varrow Ridge blaze stood at 45 percent this afternoon."))
    assert _conflicts(got)


def test_a_count_of_a_noun_and_a_coordinated_one_is_not_the_count_of_the_noun() -> None:
    got = _facts(("2026-05-06", "Thieves took the bank details of around 2,300 members and season-ticket holders "
                                "from the Tallow Rovers club files."),
                 ("2026-05-06", "Thieves took the bank details of hundreds of thousands of members from the "
                                "Tallow Rovers club files."))
    assert not _conflicts(got)


def test_postponed_and_cancelled_are_said_about_one_thing() -> None:
    got = _facts(("2026-05-06", "Officials at the Orlen Vale clinic said 140 scheduled scans had been postponed."),
                 ("2026-05-06", "More than 600 scans have been cancelled, and the Orlen Vale clinic is in chaos."))
    assert _conflicts(got)


def test_today_dating_an_event_leaves_the_figures_comparable() -> None:
    got = _facts(("2026-05-04", "Rescue crews in Tarnby evacuated 1,400 villagers as the Orle river rose to record levels."),
                 ("2026-05-05", "Rescue crews in Tarnby evacuated 3,900 villagers today as the Orle river rose to record levels."))
    assert _conflicts(got)
