"""The web UI through FastAPI's TestClient: every linked page loads, JSON/CSV twins, hostile text inert."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from fastapi.testclient import TestClient

from newsdesk.web import create_app

from .conftest import HOSTILE

HREF_RE = re.compile(r'(?:href|src)="([^"]+)"')


@pytest.fixture(scope="module")
def client(analyzed_db: str) -> TestClient:
    return TestClient(create_app(analyzed_db))


class Tags(HTMLParser):
    """Collects what a browser would treat as active content: script/img/iframe elements, on* attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.active: list[str] = []
        self.text = ""

    def handle_data(self, data: str) -> None:
        self.text += data

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("script", "img", "iframe", "object", "embed"):
            if not (tag == "img" and dict(attrs).get("src", "").startswith("/stories/")):  # our own charts
                self.active.append(tag)
        self.active += [f"{tag}[{k}]" for k, _ in attrs if k.lower().startswith("on")]


def crawl(client: TestClient) -> dict[str, str]:
    """Every internal page reachable from / (GET, same origin), url -> body."""
    seen: dict[str, str] = {}
    keys = {"/"}
    todo = ["/"]
    while todo:
        url = todo.pop()
        if url in seen:
            continue
        r = client.get(url)
        assert r.status_code == 200, f"{url} -> {r.status_code}"
        seen[url] = r.text
        if r.headers["content-type"].startswith("text/html"):
            for href in HREF_RE.findall(r.text):
                href = href.replace("&amp;", "&")
                target = urljoin(url, href.split("#")[0])
                parts = urlsplit(target)
                key = parts.path if "hl=" in parts.query else target  # one cited-span view per article is enough
                if not parts.netloc and target.startswith("/") and key not in keys:
                    keys.add(key)
                    todo.append(target)
    return seen


def test_web_every_linked_page_loads(client: TestClient) -> None:
    pages = crawl(client)
    kinds = {p.split("/")[1].split("?")[0] for p in pages}
    assert {"", "stories", "articles", "entities", "api", "static"} <= kinds
    assert any(p.endswith("/raw") for p in pages)
    assert any(p.endswith(".svg") for p in pages), "story charts are linked"
    assert any(p.endswith(".csv") for p in pages)


def test_web_pages_have_json_twins(client: TestClient) -> None:
    stories = client.get("/api/stories").json()
    assert stories and {"id", "label", "article_ids", "independent_sources", "conflicts"} <= set(stories[0])
    story = client.get(f"/api/stories/{stories[0]['id']}").json()
    assert story["briefing"]["sentences"] and "facts" in story and "stances" in story
    articles = client.get("/api/articles").json()
    assert "body" not in articles[0]
    article = client.get("/api/articles/hostile-1").json()
    assert article["title"] == HOSTILE["title"] and article["body"] == HOSTILE["text"]
    hits = client.get("/api/search", params={"q": "onerror"}).json()
    assert [h["id"] for h in hits] == ["hostile-1"]
    assert all(h["snippet"][s:e].lower() == "onerror" for h in hits for s, e in h["hits"])


def test_web_entity_pages(client: TestClient) -> None:
    entities = client.get("/api/entities").json()
    if not entities:
        pytest.skip("the entity merge stage produced no corpus-level entities")
    top = entities[0]
    record = client.get(f"/api/entities/{top['id']}").json()
    assert record["name"] == top["name"] and len(record["mentions"]) == top["mentions"]
    page = client.get(f"/entities/{top['id']}").text
    assert page.count('class="hl-entity"') >= min(top["mentions"], 1)


def test_web_csv_listings(client: TestClient) -> None:
    sid = client.get("/api/stories").json()[0]["id"]
    for url in ("/api/stories.csv", "/api/articles.csv", f"/api/stories/{sid}/facts.csv",
                f"/api/stories/{sid}/stances.csv", "/api/search.csv?q=Lindhaven"):
        r = client.get(url)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv"), url
        assert len(r.text.splitlines()) >= 2, url
    assert client.get("/api/entities.csv").text.startswith("id,type,name")


def test_web_security_headers_everywhere(client: TestClient) -> None:
    for url in ("/", "/articles/hostile-1", "/api/stories", "/static/style.css", "/stories/NOPE"):
        r = client.get(url)
        csp = r.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "'unsafe-inline'" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"


def test_web_hostile_text_is_escaped(client: TestClient) -> None:
    story = next(s for s in client.get("/api/stories").json() if "hostile-1" in s["article_ids"])
    for url in ("/articles/hostile-1", f"/stories/{story['id']}", "/search?q=alert", "/articles", "/"):
        tags = Tags()
        tags.feed(client.get(url).text)
        assert not tags.active, (url, tags.active)
    page = Tags()
    page.feed(client.get("/articles/hostile-1").text)
    assert "<script>alert(1)</script>" in page.text, "the hostile title shows as text"
    assert "<img src=x onerror=alert(1)>" in page.text
    raw = client.get("/articles/hostile-1/raw")
    assert raw.headers["content-type"].startswith("text/plain") and "<script>alert(1)</script>" in raw.text
    assert "sandbox" in raw.headers["content-security-policy"]


def test_web_bad_and_unknown_ids_are_404(client: TestClient) -> None:
    for url in ("/stories/NOPE", "/articles/nope", "/entities/nope", "/articles/%3Cscript%3E", "/stories/a%20b",
                "/articles/..%2F..%2Fetc", "/stories/S1/charts/evil.svg", "/api/stories/S1/secrets.csv"):
        r = client.get(url)
        assert r.status_code == 404, url
        assert "Traceback" not in r.text
    assert client.get("/stories/NOPE").headers["content-type"].startswith("text/html")
    assert client.get("/api/articles/nope").json()["status"] == 404


def test_web_search_survives_odd_queries(client: TestClient) -> None:
    for q in ('"', "*", "NEAR(", "a OR", "x" * 5000, "<script>", "Zhelyazkov's"):
        assert client.get("/search", params={"q": q}).status_code == 200, q
        assert isinstance(client.get("/api/search", params={"q": q}).json(), list), q


def test_web_is_read_only(client: TestClient) -> None:
    for url in ("/", "/api/stories", "/articles/hostile-1"):
        assert client.post(url).status_code == 405
        assert client.delete(url).status_code == 405
    assert client.get("/docs").status_code == 404
    head = client.head("/stories/NOPE")
    assert head.status_code == 404 and client.head("/api/stories").status_code == 200


def test_web_article_highlights_and_cited_span(client: TestClient) -> None:
    page = client.get("/articles/cw-20260215-lindhaven", params={"hl": "0-9"}).text
    for cls in ("hl-quote", "hl-entity", "hl-number", "hl-date"):
        assert f'class="{cls}' in page or f' {cls}' in page, cls
    assert 'id="cited"' in page


def test_web_story_page_shows_conflicts_as_sides(client: TestClient) -> None:
    stories = client.get("/api/stories").json()
    stories = stories if isinstance(stories, list) else stories.get("stories", stories)
    shown = 0
    for st in stories:
        facts = client.get(f"/api/stories/{st['id']}/facts.csv").text
        page = client.get(f"/stories/{st['id']}").text
        if "conflict" in facts and 'class="camp outlier"' in page:
            shown += 1
            assert "the outlier" in page and "outlets disagree on" in page
    assert shown >= 1
