"""A conflict over a sum of money is named by what the articles call the sum ("the shortfall
(EUR)"), not "the amount in EUR"; with no noun after the amounts it stays "amount in"."""
from __future__ import annotations

from newsdesk.compare import align_facts
from newsdesk.extract import extract_article, merge_entities

from tests.conftest import constructed_story

FILL = ("The county library extended its opening hours. A new bus route links the two hospitals. "
        "Farmers expect a good harvest of apples and pears. ")


def _conflicts(*bodies: str) -> list[str]:
    story, arts = constructed_story(*[(b, "2027-03-02", f"Outlet {n}") for n, b in enumerate(bodies)], fill=FILL)
    anns = {a.id: extract_article(a) for a in arts}
    ents, _ = merge_entities(list(anns.values()))
    return [f.claim for f in align_facts(story, arts, anns, ents) if f.verdict == "conflict"]


def test_a_disputed_sum_is_named_by_the_noun_most_articles_put_after_it() -> None:
    claims = _conflicts(
        "The Kellmoor harbour trust faces a €12 million shortfall next year, its treasurer Ulla Brandt said on Monday.",
        "The Kellmoor harbour trust faces a €12 million shortfall next year, treasurer Ulla Brandt said.",
        "Kellmoor's harbour trust is staring at a €21 million deficit next year, treasurer Ulla Brandt warned.")
    assert claims and claims[0].startswith("shortfall (EUR): "), claims


def test_a_sum_without_a_noun_after_it_stays_an_amount() -> None:
    claims = _conflicts(
        "The Kellmoor harbour trust put the cost of the repairs at €12 million, treasurer Ulla Brandt said on Monday.",
        "The Kellmoor harbour trust put the cost of the repairs at €12 million, treasurer Ulla Brandt said.",
        "The Kellmoor harbour trust put the cost of the repairs at €21 million, treasurer Ulla Brandt said.")
    assert claims and claims[0].startswith("amount in EUR: "), claims
