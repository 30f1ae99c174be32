"""Timeline: dated events merged across articles."""
from __future__ import annotations

from newsdesk.compare import timeline
from newsdesk.model import Annotations, Article, DateMention, Story


def test_compare_timeline_merges_same_event_across_articles() -> None:
    a = Article(id="a", source="a", content_hash="1", published="2026-02-16",
                body="Talks opened in Lindhaven on 15 February 2026 with both delegations present. Rain fell.")
    b = Article(id="b", source="b", content_hash="2", published="2026-02-17",
                body="Both delegations opened talks in Lindhaven on February 15, 2026. A dam was discussed.")
    anns = {
        "a": Annotations(article="a", sentences=[[0, 76], [77, 87]], dates=[
            DateMention(id="d1", article="a", start=29, end=45, text="15 February 2026", value="2026-02-15", granularity="day")]),
        "b": Annotations(article="b", sentences=[[0, 65], [66, 86]], dates=[
            DateMention(id="d2", article="b", start=46, end=64, text="February 15, 2026", value="2026-02-15", granularity="day")]),
    }
    story = Story(id="s", label="s", article_ids=["a", "b"], independent_sources=2)
    events = timeline(story, [a, b], anns)
    day = [e for e in events if e.date == "2026-02-15"]
    assert len(day) == 1 and sorted(day[0].articles) == ["a", "b"]
    assert [e.date for e in events] == sorted(e.date for e in events)
    assert {"2026-02-16", "2026-02-17"} <= {e.date for e in events}  # lead sentences on publication dates
