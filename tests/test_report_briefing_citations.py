"""The briefing (md, html, json) over the real pipeline: every sentence cited, extracted text exact."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from newsdesk.api import Desk
from newsdesk.report import write_report
from newsdesk.report.spans import squash

from .conftest import build_db



class Tags(HTMLParser):
    """Active content (script, img, on* handlers) and anything loaded from elsewhere."""

    def __init__(self) -> None:
        super().__init__()
        self.active: list[str] = []
        self.external: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("script", "img", "iframe", "object", "embed", "link"):
            self.active.append(tag)
        self.active += [f"{tag}[{k}]" for k, _ in attrs if k.lower().startswith("on")]
        self.external += [v for k, v in attrs if k in ("src", "href", "xlink:href") and v
                          and not v.startswith(("#", "data:"))]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory, demo_corpus: Path) -> tuple[Desk, Path]:
    if not demo_corpus.is_dir():
        pytest.skip("demo corpus missing")
    tmp = tmp_path_factory.mktemp("report")
    desk = Desk(build_db(tmp, [demo_corpus]))
    write_report(desk, tmp / "out")
    return desk, tmp / "out"


def test_report_writes_md_html_json(report: tuple[Desk, Path]) -> None:
    _, out = report
    assert sorted(p.name for p in out.iterdir()) == ["briefing.html", "briefing.json", "briefing.md"]
    doc = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    assert doc["format_version"] == 1
    assert doc["stories"], "the demo corpus yields stories"
    for story in doc["stories"]:
        assert {"id", "label", "sentences", "conflicts", "timeline"} <= set(story)


def test_report_every_sentence_cites_its_span(report: tuple[Desk, Path]) -> None:
    desk, out = report
    bodies = {a.id: a.body for a in desk.articles()}
    doc = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    extracted = generated = 0
    for story in doc["stories"]:
        for sent in story["sentences"]:
            assert sent["text"].strip()
            assert sent["citations"], f"uncited sentence: {sent['text']!r}"
            for c in sent["citations"]:
                body = bodies[c["article"]]
                assert 0 <= c["start"] < c["end"] <= len(body)
            if sent["extracted"]:
                extracted += 1
                c = sent["citations"][0]
                assert squash(sent["text"]) == squash(bodies[c["article"]][c["start"]:c["end"]])
            else:
                generated += 1
    assert extracted >= 5 and generated >= 2


def test_report_summary_spans_outlets(report: tuple[Desk, Path]) -> None:
    """The widest story's summary is several sentences drawn from more than one article."""
    _, out = report
    doc = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    widest = max(doc["stories"], key=lambda s: len(s["articles"]))
    summary = [s for s in widest["sentences"] if s["kind"] == "summary"]
    assert 2 <= len(summary) <= 6
    assert len({s["citations"][0]["article"] for s in summary}) >= 2
    assert len({squash(s["text"]) for s in summary}) == len(summary), "no repeated sentence"


def test_report_conflicts_cite_fact_mentions(report: tuple[Desk, Path]) -> None:
    desk, out = report
    doc = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    facts = {f["id"]: f for f in desk.store.results("facts")}
    seen = 0
    for story in doc["stories"]:
        leads = [s for s in story["sentences"] if s["kind"] == "conflict" and not s["extracted"]]
        assert len(leads) == len(story["conflicts"])
        for fact_id, lead in zip(story["conflicts"], leads):
            fact = facts[fact_id]
            assert fact["verdict"] == "conflict"
            mentions = {(m["article"], m["start"], m["end"]) for m in fact["mentions"]}
            assert {(c["article"], c["start"], c["end"]) for c in lead["citations"]} <= mentions
            seen += 1
    assert seen >= 1, "the demo has conflicting reports"


def test_report_html_is_self_contained_and_escaped(report: tuple[Desk, Path]) -> None:
    _, out = report
    html = (out / "briefing.html").read_text(encoding="utf-8")
    assert "<svg" in html, "charts are inlined"
    tags = Tags()
    tags.feed(html)
    assert not tags.active, tags.active
    assert not tags.external, tags.external
    assert "@import" not in html and not re.search(r"url\(\s*[\x27\"]?(https?:)?//", html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    md = (out / "briefing.md").read_text(encoding="utf-8")
    assert "<script>" not in md and "\\<script\\>" in md


def test_report_is_deterministic(report: tuple[Desk, Path], tmp_path: Path) -> None:
    desk, out = report
    again = write_report(desk, tmp_path)
    for path in again:
        assert path.read_bytes() == (out / path.name).read_bytes(), path.name


def test_report_conflicts_shown_as_sides(report: tuple[Desk, Path]) -> None:
    """A conflict says which outlets report which value, the outlier first, in every format."""
    desk, out = report
    conflicts = [f for f in desk.store.results("facts") if f["verdict"] == "conflict"]
    assert conflicts and all(len(f["sides"]) >= 2 for f in conflicts)
    md = (out / "briefing.md").read_text(encoding="utf-8")
    html = (out / "briefing.html").read_text(encoding="utf-8")
    for fact in conflicts:
        outlier = fact["sides"][0]
        said = f"{', '.join(outlier['outlets'])}: {outlier['value']}"
        assert fact["detail"].startswith(said)
        lead = next(line for line in md.splitlines() if "disagree on" in line and outlier["value"] in line)
        rest = [s["value"] for s in fact["sides"][1:]]
        assert lead.index(outlier["value"]) < min(lead.index(v) for v in rest if v in lead)  # outlier first
    assert html.count('class="camp outlier"') == len(conflicts)
    assert "the outlier" in html
