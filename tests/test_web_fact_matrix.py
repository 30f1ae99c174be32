"""The story page's side-by-side table: a cell shows the sentence of each mention, never the
stretch of article between two mentions."""
from __future__ import annotations

from newsdesk.model import Article
from newsdesk.web.views import fact_matrix


def _text(cell) -> str:
    return "".join(seg.text for seg in cell)


def test_a_cell_holds_each_mentions_sentence_and_nothing_between() -> None:
    body = ("The levy starts on March 1, the trust said. Its board met for four hours. "
            "Members spoke against it. The new levy takes effect March 1.")
    other = "The trust's levy begins on April 1. Nobody spoke for it."
    first, last = body.index("March 1"), body.rindex("March 1")
    articles = {"a": Article(id="a", source="a.txt", body=body, content_hash="h1"),
                "b": Article(id="b", source="b.txt", body=other, content_hash="h2")}
    fact = {"verdict": "conflict", "mentions": [
        {"article": "a", "start": first, "end": first + 7},
        {"article": "a", "start": last, "end": last + 7},
        {"article": "b", "start": other.index("April 1"), "end": other.index("April 1") + 7}]}
    columns, rows = fact_matrix([fact], articles, {})
    cells = dict(zip((c.id for c in columns), rows[0]["cells"]))
    shown = _text(cells["a"])
    assert shown == "The levy starts on March 1, the trust said. … The new levy takes effect March 1."
    assert "four hours" not in shown
    assert [seg.text for seg in cells["a"] if "fact" in seg.kinds] == ["March 1", "March 1"]
    assert _text(cells["b"]) == "The trust's levy begins on April 1."
