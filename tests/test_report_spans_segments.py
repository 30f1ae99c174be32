"""Highlight segments: overlapping spans, lossless text, search-snippet markers."""
from __future__ import annotations

from newsdesk.report.spans import Span, segments, sentence_span, split_marks, split_sentences


def test_segments_cover_text_losslessly_with_overlaps() -> None:
    text = 'He said "Brask lost 30 people" on Monday.'
    spans = [Span(8, 30, "quote"), Span(9, 14, "entity", "GPE", "/entities/E1"), Span(20, 22, "number"),
             Span(100, 120, "date")]
    segs = segments(text, spans)
    assert "".join(s.text for s in segs) == text
    brask = next(s for s in segs if s.text == "Brask")
    assert brask.kinds == ["entity", "quote"] and brask.href == "/entities/E1"
    assert next(s for s in segs if s.text == "30").kinds == ["number", "quote"]
    assert segs[0].kinds == [] and segs[-1].kinds == []


def test_segments_with_offset_clip_to_the_window() -> None:
    body = "One. Two sentences here. Three."
    s, e = sentence_span(body, [], 9, 18)
    assert body[s:e] == "Two sentences here."
    segs = segments(body[s:e], [Span(9, 18, "fact"), Span(0, 3, "fact")], offset=s)
    assert [x.text for x in segs if x.kinds] == ["sentences"]


def test_split_sentences_and_marks() -> None:
    spans = split_sentences("First one. Second? Third!\nFourth line")
    assert len(spans) == 4
    segs = split_marks("before \x02hit\x03 after <b>")
    assert [(s.text, s.kinds) for s in segs] == [("before ", []), ("hit", ["hit"]), (" after <b>", [])]

