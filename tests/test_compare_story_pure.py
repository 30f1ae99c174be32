"""compare_story: one Comparison per story, pure, deterministic, degrading on empty annotations."""
from __future__ import annotations

from newsdesk.compare import compare_story
from newsdesk.model import Annotations, Article, Comparison, Story

A = ("Officials in Norland said 40 people were killed in the attack on Tuesday. "
     "“We will rebuild,” Mayor Ada Penn said. The attack destroyed 12 homes.")
B = ("At least 35 people died in Tuesday's attack, officials in Norland said. "
     "Mayor Ada Penn said: “We will rebuild.” Rescue teams searched 12 homes.")


def inputs():
    arts = [Article(id="a", source="a", body=A, content_hash="1", title="Attack kills 40 in Norland", outlet="Daily A"),
            Article(id="b", source="b", body=B, content_hash="2", title="Norland attack: 35 dead", outlet="Daily B")]
    return Story(id="s1", label="attack", article_ids=["a", "b"], independent_sources=2), arts


def test_compare_story_returns_all_parts_and_round_trips() -> None:
    story, arts = inputs()
    c = compare_story(story, arts, {})
    assert isinstance(c, Comparison) and c.story == "s1"
    assert c.facts and c.quote_variants and len(c.framing) == 2
    assert Comparison.from_dict(c.as_dict()) == c
    assert compare_story(story, arts, {}) == c  # deterministic


def test_compare_story_rounding_from_fallback_annotations() -> None:
    story, arts = inputs()
    c = compare_story(story, arts, {"a": Annotations(article="a"), "b": Annotations(article="b")})
    verdicts = {f.verdict for f in c.facts}
    assert "compatible-with-rounding" in verdicts  # "40 people" within "at least 35 people"
    assert "conflict" not in verdicts


def test_compare_story_empty_and_foreign_articles() -> None:
    story = Story(id="s", label="empty", article_ids=[], independent_sources=0)
    assert compare_story(story, [], {}) == Comparison(story="s")
    story2, arts = inputs()
    story2.article_ids = ["a"]
    c = compare_story(story2, arts, {})
    assert all(m.article == "a" for f in c.facts for m in f.mentions)
