"""On the seeds and the demo corpus, no outlet or story label shown (briefing, web UI) is a file
stem or hash: an unknown outlet reads "unknown outlet (file name)", a label reads like a headline."""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsdesk.api import Desk
from newsdesk.report import write_report
from newsdesk.web import create_app

HASH = re.compile(r"\b[0-9a-f]{12,}\b")


@pytest.fixture(scope="module")
def shown(analyzed_db: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[Desk, dict[str, str]]:
    desk = Desk(analyzed_db)
    out = tmp_path_factory.mktemp("brief")
    write_report(desk, out)
    client = TestClient(create_app(analyzed_db))
    pages = {"briefing.md": (out / "briefing.md").read_text(encoding="utf-8"),
             "briefing.html": html.unescape((out / "briefing.html").read_text(encoding="utf-8"))}
    for story in desk.stories():
        pages[f"/stories/{story.id}"] = html.unescape(client.get(f"/stories/{story.id}").text)
    pages["/articles"] = html.unescape(client.get("/articles").text)
    return desk, pages


def _outlets_shown(text: str) -> list[str]:
    """Outlet names as the briefing and the web UI print them."""
    found = re.findall(r'class="outlet"[^>]*>([^<]+)<', text)  # side-by-side columns (HTML)
    found += re.findall(r"^\s+- \*([^*]+)\*:", text, re.M)  # side-by-side lines (Markdown)
    found += re.findall(r"^- ([^:\n]+): ", text, re.M)  # source list (Markdown)
    return [f.strip() for f in found]


def test_outlets_shown_are_names_or_marked_unknown(shown: tuple[Desk, dict[str, str]]) -> None:
    desk, pages = shown
    articles = desk.articles()
    ids = {a.id for a in articles}
    unknown = [a for a in articles if a.outlet is None]
    assert unknown, "the seeds include articles that name no outlet"
    # the briefing and the story pages that set outlets side by side (a story with facts
    # reported by several outlets) must name them; a story with nothing to set side by side
    # shows no outlet column
    assert _outlets_shown(pages["briefing.md"]) and _outlets_shown(pages["briefing.html"])
    assert any(_outlets_shown(text) for name, text in pages.items() if name.startswith("/stories/"))
    for name, text in pages.items():
        outlets = _outlets_shown(text)
        for outlet in outlets:
            assert outlet not in ids, (name, outlet)
            if HASH.search(outlet):
                assert outlet.startswith("unknown outlet ("), (name, outlet)
    briefing = pages["briefing.md"] + pages["briefing.html"]
    for a in unknown:
        assert f"unknown outlet ({Path(a.source).name})" in briefing + pages["/articles"], a.id


def test_story_labels_are_headlines_not_stems_or_entity_lists(shown: tuple[Desk, dict[str, str]]) -> None:
    desk, pages = shown
    stems = {Path(a.source.partition("#")[0]).stem for a in desk.articles()} | {a.id for a in desk.articles()}
    for story in desk.stories():
        assert story.label not in stems and not HASH.search(story.label), story.label
        assert story.label_source and len(story.label.split()) >= 3, story.label
        assert story.label in pages["briefing.html"] and story.label in pages[f"/stories/{story.id}"]
    labels = [s.label for s in desk.stories()]
    assert not any(re.fullmatch(r"[A-Z]\w+(?:, [A-Z]\w+){2}", label) for label in labels), labels
