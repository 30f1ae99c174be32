"""A partitive count names its plural noun, and a figure of a tally is no margin (invented
names, other domains than the development stories)."""
from __future__ import annotations

from newsdesk.compare.facts import _tally
from newsdesk.compare.story import build_context
from newsdesk.compare.text import counted_noun
from newsdesk.model import Article, Quantity, Story


def _q(body: str, text: str, value: float) -> Quantity:
    start = body.index(text)
    return Quantity("x", "a", start, start + len(text), text, value, None)


def test_a_partitive_count_names_its_plural_noun_not_a_participle_after_it() -> None:
    body = "The inspector says 14 of the sample jars tested for the agency were mislabelled."
    assert counted_noun(body, _q(body, "14", 14.0)) == "jars"
    body = "Officials recalled nearly 80,000 of its pressure cookers off the market."
    assert counted_noun(body, _q(body, "80,000", 80000.0)) == "cookers"
    body = "She sold one of her prize heifers bred on the farm."  # one: the run's last word, as before
    assert counted_noun(body, _q(body, "one", 1.0)) == "bred"


def _ctx(*bodies: str):
    arts = [Article(id=chr(97 + k), source="t", body=b, content_hash=str(k), published="2026-04-02", outlet=f"O{k}")
            for k, b in enumerate(bodies)]
    story = Story(id="s", label="s", article_ids=[a.id for a in arts], independent_sources=len(arts))
    return build_context(story, arts, {}, None, [])


def test_a_figure_of_a_tally_is_told_apart_from_a_margin() -> None:
    a = "The rowing club elected Mara Quell by 52 votes to 47 at its spring meeting."
    b = "Mara Quell was elected by five votes at the rowing club's spring meeting."
    c = "The Harrow Owls beat the Dunmore Pikes 3-1 on Saturday."
    d = "Turnout fell from 52 members to 47 this spring."
    ctx = _ctx(a, b, c, d)
    assert _tally(ctx, Quantity("x", "a", a.index("52"), a.index("52") + 8, "52 votes", 52.0, "votes"))
    assert not _tally(ctx, Quantity("x", "b", b.index("five"), b.index("five") + 10, "five votes", 5.0, "votes"))
    assert _tally(ctx, Quantity("x", "c", c.index("3-1"), c.index("3-1") + 3, "3-1", 3.0, None))
    assert not _tally(ctx, Quantity("x", "d", d.index("52"), d.index("52") + 10, "52 members", 52.0, "members"))


def test_a_spaced_dash_after_a_figure_is_an_aside_not_a_tally() -> None:
    e = "The guard now has 2,129 points - 13 more than the old record."
    ctx = _ctx(e)
    assert not _tally(ctx, Quantity("x", "a", e.index("2,129"), e.index("2,129") + 12, "2,129 points", 2129.0, "points"))


def _dated_ctx(*bodies: tuple[str, str]):
    arts = [Article(id=chr(97 + k), source="t", body=b + "\n\nFarmers expect a good harvest of apples and pears.",
                    content_hash=str(k), published=pub, outlet=f"O{k}") for k, (b, pub) in enumerate(bodies)]
    story = Story(id="s", label="s", article_ids=[a.id for a in arts], independent_sources=len(arts))
    return build_context(story, arts, {}, None, [])


def test_as_soon_as_a_date_is_the_date_a_plan_gives() -> None:
    from newsdesk.compare.verdicts import time_facts
    # "..., which would take effect": the relative pronoun stands for the noun before it, past a modal
    ctx = _dated_ctx(("The toll rises, which would take effect March 3, were approved by the port board.", "2026-01-20"),
                     ("The port board voted to raise tolls, charging them as soon as February 1.", "2026-01-20"))
    got = [f for f in time_facts(ctx) if f.verdict == "conflict"]
    assert len(got) == 1 and sorted(len(s.articles) for s in got[0].sides) == [1, 1]
    # the same date, or a date gone by, is no conflict
    ctx = _dated_ctx(("The toll rises, which would take effect March 3, were approved by the port board.", "2026-01-20"),
                     ("The port board voted to raise tolls, charging them as soon as March 3.", "2026-01-20"))
    assert [f for f in time_facts(ctx) if f.verdict == "conflict"] == []
