"""Story labels read like a headline: the most central title or lead, trimmed, stable across runs."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from newsdesk.api import Desk
from newsdesk.link.labels import LABEL_MAX_CHARS, Head, choose_label, label_stories, lead_sentence, trim_label
from newsdesk.model import Story


def test_trim_label_cuts_at_a_clause_then_a_word() -> None:
    short = "Council approves bike lanes on the avenue"
    assert trim_label(short + ".") == short
    long_clause = ("Port workers walk out over pay and conditions at the container terminal, "
                   "leaving dozens of ships waiting offshore for a second day")
    assert trim_label(long_clause) == "Port workers walk out over pay and conditions at the container terminal"
    no_clause = " ".join(["word"] * 40)
    cut = trim_label(no_clause)
    assert cut.endswith("…") and len(cut) <= LABEL_MAX_CHARS and not cut[:-1].endswith(" ")


def test_lead_sentence_skips_the_dateline_and_titles() -> None:
    body = ("PORTVILLE, Eastland — Mr. Harlan Voss, the union's leader, said on Monday that workers would "
            "stay out. The company disagreed.\n\nSecond paragraph.")
    assert lead_sentence(body) == ("Mr. Harlan Voss, the union's leader, said on Monday that workers would "
                                   "stay out.")


HEADS = [
    Head("a", "Dockworkers strike at Portville harbour over pay", "Dockworkers at Portville harbour walked out on Monday over pay."),
    Head("b", "Portville harbour strike: dockworkers demand higher pay", "The strike at the harbour entered its second day."),
    Head("c", "GREEDY BOSSES CRUSH HEROES in shameful betrayal", "Dockworkers at Portville harbour are on strike over pay."),
    Head("d", None, "Dockworkers at Portville harbour stayed out on strike over pay on Tuesday."),
]


def test_choose_label_prefers_what_the_coverage_agrees_on() -> None:
    label, source = choose_label(HEADS)
    assert source in ("title:a", "title:b") and "GREEDY" not in label
    assert choose_label(list(reversed(HEADS))) == (label, source), "the order articles come in changes nothing"
    assert choose_label([HEADS[3]]) == (HEADS[3].lead.rstrip("."), "lead:d"), "no title: the lead sentence"
    assert choose_label([HEADS[0]]) == (HEADS[0].title, "title:a"), "a lone article: its title"
    assert choose_label([Head("e", "Live", "")]) is None


def test_a_lead_copied_word_for_word_is_not_echoed_by_its_copies() -> None:
    # a wire report and two verbatim copies (each retitled) keep the wire's lead: the copies
    # republish the body, they do not echo it, so a headline is still the label (before, the lead
    # won: its copies made it look like the sentence all coverage agrees on)
    lead = ("The Arnfield school board voted late Monday to merge three rural primary schools "
            "into one campus, citing falling rolls.")
    heads = [
        Head("a", "Arnfield board votes to merge village schools", lead),
        Head("b", "Three rural schools to close in budget move", lead),
        Head("c", "Board backs plan for one campus", lead),
        Head("d", "Parents fear long bus rides after Arnfield school vote",
             "Parents at Holt Lane primary school said the merger of the rural schools would mean an hour on a bus."),
    ]
    assert choose_label(heads) == ("Arnfield board votes to merge village schools", "title:a")
    assert choose_label(heads[:1] + heads[3:]) == ("Arnfield board votes to merge village schools", "title:a")


def test_label_stories_keeps_labels_while_members_stay() -> None:
    reads: list[list[str]] = []

    def heads(ids: list[str]) -> list[Head]:
        reads.append(ids)
        return [h for h in HEADS if h.id in ids]

    old = Story(id="S1", label="Kept label", article_ids=["a", "b"], independent_sources=2, label_source="title:a")
    same = Story(id="S1", label="Dockworkers, Portville", article_ids=["b", "a"], independent_sources=2)
    grown = Story(id="S2", label="Dockworkers, Portville", article_ids=["a", "b", "c"], independent_sources=3)
    label_stories([same, grown], [old, Story(id="S2", label="x", article_ids=["a"], independent_sources=1,
                                                label_source="title:a")], heads)
    assert (same.label, same.label_source) == ("Kept label", "title:a")
    assert grown.label_source in ("title:a", "title:b") and reads == [["a", "b", "c"]]


def _is_entity_list(label: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][\w .'’-]*(?:, [A-Z][\w .'’-]*){1,3}", label)) and len(label.split()) <= 6


def test_eval_story_labels_are_headlines_and_stable(eval_dir: Path, tmp_path: Path) -> None:
    stories_dir = eval_dir / "stories"
    inputs = tmp_path / "in"
    for story in ("chemical_fire", "tuition_protest"):
        shutil.copytree(stories_dir / story, inputs / story, ignore=shutil.ignore_patterns("*.json"))
    db = str(tmp_path / "l.db")
    with Desk(db) as desk:
        desk.ingest([str(inputs)])
        desk.analyze()
        first = {s.id: s for s in desk.stories()}
        articles = {a.id: a for a in desk.articles()}
        stems = {Path(a.source).stem for a in articles.values()}
        for story in first.values():
            assert story.label not in stems and not _is_entity_list(story.label), story.label
            kind, _, source = story.label_source.partition(":")
            assert source in story.article_ids
            assert len(story.label) <= LABEL_MAX_CHARS
            if kind == "title":
                assert articles[source].title.startswith(story.label.rstrip("…"))
            else:
                assert story.label.rstrip("…") in articles[source].body
        # a run that adds an unrelated article changes no existing story's label
        (inputs / "extra.jsonl").write_text(json.dumps({
            "id": "extra-1", "title": "Orchestra announces its autumn season of concerts",
            "text": "The city orchestra announced on Thursday a season of twelve concerts, opening in "
                    "September with two symphonies and closing in December with a choral programme."}) + "\n",
            encoding="utf-8")
        desk.ingest([str(inputs / "extra.jsonl")])
        desk.analyze()
        second = {s.id: s for s in desk.stories()}
        for sid, story in first.items():
            if set(second[sid].article_ids) == set(story.article_ids):
                assert (second[sid].label, second[sid].label_source) == (story.label, story.label_source)
        extra = next(s for s in second.values() if "extra-1" in s.article_ids)
        assert extra.label == "Orchestra announces its autumn season of concerts"


def test_a_line_that_only_says_when_is_never_the_label():
    """Pages without a headline open with their date; that line is no story's label."""
    heads = [Head("a", "Tuesday 3 November 2026", "Tuesday 3 November 2026\nThe ferry board opened its inquiry."),
             Head("b", "Posted Wed 10 Jun 2026 09:15", "The ferry board opened an inquiry into the crossing."),
             Head("c", "Ferry board opens inquiry into crossing", "The board began hearings on Monday.")]
    label, source = choose_label(heads)
    assert "2026" not in label and "ferry" in label.lower(), (label, source)
