"""The UI in headless Chromium (Debian's /usr/bin/chromium via Playwright; nothing downloaded).

Story page -> article -> search, over the demo corpus, the seeds and a hostile article; no
script from article text may run (no dialog ever opens) and the hostile title shows as text.
Skips cleanly when Chromium or Playwright is missing.
"""
from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
LEAD_SCREENSHOT = Path("/tmp/newsdesk-story.png")  # for a human to look at; the test does not depend on it

pytestmark = [pytest.mark.browser]  # Chromium over the shared analysed DB: a few seconds


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(analyzed_db: str) -> Iterator[str]:
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is not installed")
    pytest.importorskip("playwright.sync_api")
    import uvicorn

    from newsdesk.web import create_app

    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(analyzed_db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


def test_web_browser_story_article_search(server: str, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    dialogs: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            console_errors: list[str] = []
            page.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)

            stories = json.loads(page.goto(server + "/api/stories").text())
            contested = max(stories, key=lambda s: (s["conflicts"], len(s["article_ids"])))
            page.goto(server + "/")
            assert page.locator("table.list a[href^='/stories/']").count() >= 2
            page.locator(f"table.list a[href='/stories/{contested['id']}']").click()
            page.wait_for_load_state()
            assert page.locator("h1").inner_text().strip()
            assert page.locator("section.card h2", has_text="Where outlets disagree").count() == 1
            assert page.locator(".conflict .side").count() >= 2, "a conflict shows outlets side by side"
            assert page.locator("img.chart").count() >= 1
            page.screenshot(path=str(tmp_path / "story.png"), full_page=True)
            page.screenshot(path=str(LEAD_SCREENSHOT), full_page=True)

            page.locator(".conflict .side a.outlet").first.click()
            page.wait_for_load_state()
            assert "/articles/" in page.url
            assert page.locator("article .body").inner_text().strip()

            page.fill("input[name=q]", "onerror")
            page.press("input[name=q]", "Enter")
            page.wait_for_load_state()
            assert "/search" in page.url
            page.locator("ol.results a").first.click()
            page.wait_for_load_state()
            assert page.locator("h1").inner_text().startswith("<script>alert(1)</script>")
            assert "<img src=x onerror=alert(1)>" in page.locator("article .body").inner_text()
            assert page.locator("article .body img, article .body script, article .body svg").count() == 0
            page.screenshot(path=str(tmp_path / "hostile.png"), full_page=True)
            page.wait_for_timeout(300)  # give any injected handler the chance to fire
        finally:
            browser.close()
    assert dialogs == [], f"article text ran script: {dialogs}"
    assert (tmp_path / "story.png").stat().st_size > 10_000
    assert not [e for e in console_errors if "Content Security Policy" in e], console_errors
