"""Fact alignment precision: loosely alike sentences need a shared anchor to be one fact."""
from __future__ import annotations

from newsdesk.compare import align_facts
from newsdesk.model import Article, Story

# unrelated sentences, so that word rarity means something in a two-article story
FILL_A = " ".join(f"The {w} market in the north reported steady trade during week {i}."
                  for i, w in enumerate(["fish", "grain", "wool", "salt", "iron", "tin", "silk", "rice", "corn", "wine"]))
FILL_B = " ".join(f"Local {w} growers near the coast expected a mild season number {i}."
                  for i, w in enumerate(["apple", "pear", "plum", "olive", "lemon", "melon", "berry", "cherry", "peach", "grape"]))


def _facts(a: str, b: str):
    arts = [Article(id="a", source="a", body=f"{FILL_A} {a}", content_hash="1", outlet="A"),
            Article(id="b", source="b", body=f"{FILL_B} {b}", content_hash="2", outlet="B")]
    story = Story(id="s", label="s", article_ids=["a", "b"], independent_sources=2)
    return [f for f in align_facts(story, arts) if {m.article for m in f.mentions} == {"a", "b"}]


def test_compare_facts_shared_name_alone_is_no_fact() -> None:
    # both name President Vladimir Varga (the sentences align at 0.29), but say different things about him
    got = _facts("Chancellor Olsen said President Vladimir Varga was seeking a redrawing of the borders of Europe.",
                 "The envoy is expected to meet with President Vladimir Varga of Norland in Moscow on Tuesday.")
    assert got == []


def test_compare_facts_shared_actor_and_action_is_one_fact() -> None:
    got = _facts("President Varga rejected the ceasefire proposal from the northern alliance on Monday.",
                 "On Monday Varga flatly rejected what the alliance had proposed as a ceasefire.")
    assert len(got) == 1 and got[0].verdict in ("compatible", "consistent")


def test_compare_facts_same_quoted_words_anchor() -> None:
    # no shared name and little shared wording: the quoted words alone tie them
    got = _facts("“The winter will be filled with diplomacy,” the minister said at the ceremony.",
                 "Reporters heard that the coming period would be “filled with diplomacy” everywhere.")
    assert len(got) == 1 and got[0].verdict == "compatible"


def test_compare_facts_old_value_of_a_change_is_not_the_new_value() -> None:
    # a: the allowance falls from 9,200 tonnes to 6,600; b: it falls to "just under 7,000": no conflict
    got = _facts("The ministry said the timber allowance would fall from 9,200 tonnes this year to 6,600 tonnes in 2027.",
                 "The ministry's figures show the timber allowance falling to just under 7,000 tonnes in 2027.")
    assert not [f for f in got if f.verdict == "conflict"]


def test_compare_facts_a_figure_the_outlet_also_gives_is_not_contradicted() -> None:
    # b gives the $54 million revenue too; its $3 million is the cost of an exemption, not the revenue
    got = _facts("Toll revenue, estimated at $54 million in the first year, would be ring-fenced for trams, the board said.",
                 "The toll would raise about $54 million in its first year, the board said. The board said a van "
                 "exemption would cost about $3 million a year in lost toll revenue for trams.")
    assert not [f for f in got if f.verdict == "conflict"]


def test_compare_facts_conflicts_in_two_units_are_two_facts_with_their_own_sides() -> None:
    got = _facts("About 300 tractors blocked the bridge on Monday in protest at a 20 percent cut to the grain subsidy.",
                 "Some 90 tractors blocked the bridge on Monday in protest at a 35 percent cut to the grain subsidy.")
    conflicts = [f for f in got if f.verdict == "conflict"]
    assert len(conflicts) == 2
    assert all(len(f.sides) == 2 and {m.article for m in f.mentions} == {"a", "b"} for f in conflicts)
    assert sorted(f.claim.split(":")[0] for f in conflicts) == ["number of tractors", "share in percent"]
