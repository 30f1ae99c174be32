"""Quote variants: same utterance across outlets, verdicts and word diffs."""
from __future__ import annotations

from newsdesk.compare import quote_variants
from newsdesk.model import Annotations, Article, Quote, Story


def setup(quotes: list[tuple[str, str, str | None]]):
    arts, anns = [], {}
    for n, (aid, text, speaker) in enumerate(quotes):
        body = f"“{text},” {speaker or 'someone'} said."
        arts.append(Article(id=aid, source=aid, body=body, content_hash=str(n)))
        anns[aid] = Annotations(article=aid, sentences=[[0, len(body)]], quotes=[
            Quote(id=f"{aid}:q0", article=aid, text=text, start=1, end=1 + len(text), speaker=speaker)])
    return Story(id="s", label="s", article_ids=[a.id for a in arts], independent_sources=len(arts)), arts, anns


def test_compare_variants_seed_wordings_are_one_utterance() -> None:
    story, arts, anns = setup([
        ("a", "A fair and viable option is, ‘We stand where we stand’", "Volodymyr Zelensky"),
        ("b", "Today a fair possible option is we stand where we stand", "Zelenskyy"),
    ])
    [v] = quote_variants(story, arts, anns)
    assert v.verdict in ("minor-variation", "divergent")
    assert sorted(v.members) == ["a:q0", "b:q0"]
    tags = [op[0] for op in v.diff[0]["opcodes"]]
    assert "equal" in tags and ("replace" in tags or "insert" in tags or "delete" in tags)


def test_compare_variants_identical_and_unrelated() -> None:
    story, arts, anns = setup([
        ("a", "These security guarantees are an opportunity to prevent another wave of aggression", "Mira Holt"),
        ("b", "These security guarantees are an opportunity to prevent another wave of aggression.", "Holt"),
        ("c", "The weather in the capital was cold and grey all week long", "Mira Holt"),
    ])
    variants = quote_variants(story, arts, anns)
    assert len(variants) == 1 and variants[0].verdict == "identical"
    assert "c:q0" not in variants[0].members


def test_compare_variants_fragment_and_speaker_mismatch() -> None:
    story, arts, anns = setup([
        ("a", "We are ready to look at a demilitarised zone, on one condition: that the monitors are not alone", "Anton Zhelyazkov"),
        ("b", "ready to look at a demilitarised zone", "the Saldovian leader"),
        ("c", "ready to look at a demilitarised zone", "Petra Lund"),  # a different named speaker
    ])
    variants = quote_variants(story, arts, anns)
    members = {m for v in variants for m in v.members}
    assert {"a:q0", "b:q0"} <= members
    assert all(v.verdict == "minor-variation" for v in variants if "a:q0" in v.members)
