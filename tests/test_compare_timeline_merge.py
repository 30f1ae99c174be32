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
    # the leads date themselves: no second entry of either on its publication day
    assert {e.date for e in events} == {"2026-02-15"}


def _dated_story(n: int):
    """n articles, each with one dated sentence on its own day, plus repeats of one event."""
    arts, anns = [], {}
    for i in range(n):
        day = f"2026-03-{i + 1:02d}"
        body = f"Officials in Norland said {i + 2} bridges reopened on day {i}. Weather was mild."
        arts.append(Article(id=f"a{i}", source="s", content_hash=str(i), body=body))
        anns[f"a{i}"] = Annotations(article=f"a{i}", sentences=[[0, body.index(".") + 1]], dates=[
            DateMention(id=f"d{i}", article=f"a{i}", start=0, end=9, text="x", value=day, granularity="day")])
    return Story(id="s", label="s", article_ids=[a.id for a in arts], independent_sources=n), arts, anns


def test_compare_timeline_keeps_every_distinct_date_and_caps_the_rest() -> None:
    story, arts, anns = _dated_story(5)
    events = timeline(story, arts, anns)
    assert [e.date for e in events] == [f"2026-03-{i:02d}" for i in range(1, 6)]
    story, arts, anns = _dated_story(20)
    events = timeline(story, arts, anns)
    assert len({e.date for e in events}) == 20  # all distinct dates survive even past the cap


def test_compare_timeline_drops_far_future_dates() -> None:
    a = Article(id="a", source="a", content_hash="1", published="2026-02-16",
                body="Talks opened on Sunday. A summit is planned for December.")
    anns = {"a": Annotations(article="a", sentences=[[0, 23], [24, 57]], dates=[
        DateMention(id="d1", article="a", start=34, end=56, text="December", value="2026-12", granularity="month")])}
    events = timeline(Story(id="s", label="s", article_ids=["a"], independent_sources=1), [a], anns)
    assert [e.date for e in events] == ["2026-02-16"]


def test_compare_timeline_future_tense_weekday_is_the_coming_one() -> None:
    body = "Officials said the truce would take effect at midnight on Wednesday across the whole front."
    a = Article(id="a", source="a", content_hash="1", published="2026-02-16", body=body)
    at = body.index("Wednesday")
    # a resolver that always looks back gives the past Wednesday (2026-02-11)
    anns = {"a": Annotations(article="a", sentences=[[0, len(body)]], dates=[
        DateMention(id="d1", article="a", start=at, end=at + 9, text="Wednesday", value="2026-02-11", granularity="day")])}
    events = timeline(Story(id="s", label="s", article_ids=["a"], independent_sources=1), [a], anns)
    assert "2026-02-18" in {e.date for e in events} and "2026-02-11" not in {e.date for e in events}


def test_compare_timeline_a_date_line_left_in_the_body_is_no_event() -> None:
    # a scraped page keeps its header's date line as the body's first "sentence": the event of
    # the publication day is the first real sentence, and the date line is never an event itself
    body = ("June 3, 2026\n\nThe Orrin Valley school board voted on Tuesday to shut two rural schools. "
            "Parents said they would appeal.")
    a = Article(id="a", source="a", content_hash="1", published="2026-06-03", body=body)
    first = body.index("The Orrin")
    anns = {"a": Annotations(article="a", sentences=[[0, 12], [first, body.index(" Parents")], [body.index("Parents"), len(body)]],
                             dates=[DateMention(id="d0", article="a", start=0, end=12, text="June 3, 2026", value="2026-06-03", granularity="day"),
                                    DateMention(id="d1", article="a", start=body.index("on Tuesday") + 3, end=body.index(" to shut"),
                                                text="Tuesday", value="2026-06-02", granularity="day")])}
    events = timeline(Story(id="s", label="s", article_ids=["a"], independent_sources=1), [a], anns)
    labels = {e.date: e.event for e in events}
    assert "June 3, 2026" not in labels.values(), labels
    assert labels["2026-06-02"].startswith("The Orrin Valley school board"), labels
    assert "2026-06-03" not in labels, labels  # the lead dates itself (Tuesday): not again on the publication day
    undated_lead = Article(id="b", source="b", content_hash="2", published="2026-06-03",
                           body="June 3, 2026\n\nParents at two rural schools said they would appeal the closures.")
    anns["b"] = Annotations(article="b", sentences=[[0, 12], [14, len(undated_lead.body)]], dates=[
        DateMention(id="d2", article="b", start=0, end=12, text="June 3, 2026", value="2026-06-03", granularity="day")])
    events = timeline(Story(id="s", label="s", article_ids=["a", "b"], independent_sources=2), [a, undated_lead], anns)
    labels = {e.date: e.event for e in events}
    assert labels["2026-06-03"].startswith("Parents at two rural schools"), labels  # a lead without a date of its own
