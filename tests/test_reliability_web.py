"""Web UI safety: localhost by default, escaped article text, CSP, read-only, validated paths.

The database holds the demo corpus plus articles whose every field is an XSS payload; the
whole site is crawled (every route, with real ids) and no payload may come back unescaped.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

fastapi = pytest.importorskip("fastapi")
web = pytest.importorskip("newsdesk.web")
from click.testing import CliRunner  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from newsdesk.api import Desk  # noqa: E402
from newsdesk.cli import cli  # noqa: E402
from newsdesk.engine import EngineConfig  # noqa: E402

PAYLOADS = [
    "<script>alert('xss')</script>",
    '"><img src=x onerror=alert(1)>',
    "<svg/onload=alert(2)>",
    "javascript:alert(3)",
]
LIVE = [p for p in PAYLOADS if p.startswith(("<", '"'))]  # markup that must never appear verbatim in HTML
WRITE_METHODS = ("POST", "PUT", "PATCH", "DELETE")
TRAVERSALS = [
    "/articles/..%2F..%2Fetc%2Fpasswd/raw",
    "/articles/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
    "/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd/raw",
    "/articles/..%5c..%5cwindows%5cwin.ini/raw",
    "/articles/%2e%2e/raw",
    "/articles/a%00b/raw",
    "/articles/....%2F%2Fetc%2Fpasswd/raw",
    "/api/articles/..%2F..%2Fetc%2Fpasswd",
    "/stories/..%2F..%2Fetc%2Fpasswd",
    "/stories/..%2F..%2Fetc%2Fpasswd/charts/activity.svg",
    "/entities/..%2F..%2Fetc%2Fpasswd",
    "/api/stories/..%2Fx/facts.csv",
    "/static/..%2F..%2F..%2Fetc%2Fpasswd",
    "/static/..%2F__init__.py",
    "/static/%2e%2e/app.py",
]


def hostile_jsonl(path: Path) -> Path:
    lines = []
    for i, payload in enumerate(PAYLOADS):
        lines.append({
            "id": f"x{i}", "title": f"Minister says {payload} in talks",
            "outlet": f"Outlet {payload}", "authors": [f"Anna {payload}"], "url": payload if payload.startswith("javascript") else f"https://e.org/{i}?q={payload}",
            "text": (f"The minister said \u201c{payload} will not stop the talks,\u201d on Monday.\n\n"
                     f"Officials in Lindhaven said 30 people {payload} were hurt. {payload}"),
        })
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def site(tmp_path_factory, demo_corpus: Path):
    root = tmp_path_factory.mktemp("web")
    db = str(root / "web.db")
    with Desk(db) as desk:
        desk.ingest([str(demo_corpus), str(hostile_jsonl(root / "hostile.jsonl"))])
        desk.analyze(EngineConfig(kind="serial"))
    app = web.create_app(db)
    with TestClient(app) as client:
        yield db, app, client


def concrete_paths(db: str, app) -> list[str]:
    """Every route of the app with real ids filled in (all stories, articles and entities)."""
    with Desk(db) as desk:
        stories = [s.id for s in desk.stories()]
        articles = [a.id for a in desk.articles()]
        entities = [e["id"] for e in desk.store.results("entities")]
    fill = {"story_id": stories, "article_id": articles, "entity_id": entities[:15],
            "name": ["activity", "stances", "timeline"], "kind": ["facts", "stances", "timeline", "framing"]}
    paths: list[str] = []
    for route in app.routes:
        template = getattr(route, "path", "")
        if template.startswith("/static"):
            paths.append("/static/style.css")
            continue
        names = re.findall(r"{(\w+)}", template)
        combos = [template]
        for name in names:
            assert name in fill, f"route {template} has a parameter this test does not know: {name}"
            combos = [c.replace("{" + name + "}", value, 1) for c in combos for value in fill[name]]
        paths += combos
    return paths + ["/search?q=minister", "/api/search?q=minister", "/search?q=" + PAYLOADS[0]]


def assert_inert(path: str, text: str) -> None:
    """No event-handler attributes, inline scripts, javascript: links or foreign scripts in the DOM."""
    from lxml import html as lxml_html

    for element in lxml_html.fromstring(text).iter():
        if not isinstance(element.tag, str):
            continue  # comments, processing instructions
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (path, element.tag, name)
            assert not value.strip().lower().startswith("javascript:"), (path, element.tag, name, value)
        if element.tag in ("script", "iframe", "object", "embed"):
            assert element.tag == "script" and not (element.text or "").strip(), (path, element.tag)
            assert element.get("src", "").startswith("/static/"), (path, element.get("src"))


def test_reliability_web_serve_binds_localhost_by_default(monkeypatch, tmp_path: Path):
    calls: list[dict] = []
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.append(kwargs))
    db = str(tmp_path / "serve.db")
    Desk(db).close()
    serve = cli.commands["serve"]
    assert {p.name: p.default for p in serve.params}["host"] == "127.0.0.1"
    assert CliRunner().invoke(cli, ["serve", "--db", db]).exit_code == 0
    assert CliRunner().invoke(cli, ["serve", "--db", db, "--host", "0.0.0.0", "--port", "8123"]).exit_code == 0
    web.serve(db)
    web.serve(db, host="10.0.0.5", port=9000)
    assert [(c["host"], c["port"]) for c in calls] == [
        ("127.0.0.1", 8000), ("0.0.0.0", 8123), ("127.0.0.1", 8000), ("10.0.0.5", 9000)]


def test_reliability_web_every_page_escapes_article_text(site):
    db, app, client = site
    paths = concrete_paths(db, app)
    html_pages = 0
    rendered_payload = False
    for path in paths:
        response = client.get(path)
        assert response.status_code in (200, 404), (path, response.status_code)
        kind = response.headers.get("content-type", "")
        if "text/html" in kind or "image/svg" in kind:
            html_pages += "text/html" in kind
            for payload in LIVE:
                assert payload not in response.text, f"{path} contains unescaped {payload!r}"
            if "text/html" in kind:
                assert_inert(path, response.text)
            rendered_payload |= "&lt;script&gt;alert(" in response.text
        assert "Traceback" not in response.text
    assert html_pages >= 10 and rendered_payload  # the payloads were shown, escaped


def test_reliability_web_csp_and_headers_on_every_response(site):
    db, app, client = site
    for path in concrete_paths(db, app) + ["/no/such/page"]:
        response = client.get(path)
        csp = response.headers.get("content-security-policy", "")
        assert "default-src" in csp, path
        script = re.search(r"script-src ([^;]*)", csp)
        assert "unsafe-inline" not in (script.group(1) if script else ""), (path, csp)
        assert "unsafe-eval" not in csp, (path, csp)
        assert response.headers.get("x-content-type-options") == "nosniff", path
        if path.endswith("/raw") and response.status_code == 200:
            assert response.headers["content-type"].startswith("text/plain")
            assert "sandbox" in csp


def test_reliability_web_no_route_accepts_writes(site):
    db, app, client = site
    for route in app.routes:
        methods = getattr(route, "methods", None)
        if methods is not None:
            assert set(methods) <= {"GET", "HEAD"}, (route.path, methods)
    with Desk(db) as desk:
        before = (desk.export_dict(), desk.store.counts())
    for path in concrete_paths(db, app):
        for method in WRITE_METHODS:
            response = client.request(method, path, content=b'{"id": "evil", "text": "x"}',
                                      headers={"content-type": "application/json"})
            assert response.status_code in (404, 405), (method, path, response.status_code)
    with Desk(db) as desk:
        assert (desk.export_dict(), desk.store.counts()) == before


@pytest.mark.parametrize("path", TRAVERSALS)
def test_reliability_web_path_traversal_is_404(site, path: str):
    db, app, client = site
    response = client.get(path)
    assert response.status_code == 404, (path, response.status_code)
    assert "root:" not in response.text and "import " not in response.text and "[fonts]" not in response.text


def test_reliability_web_unknown_ids_are_404_not_errors(site):
    db, app, client = site
    for path in ("/stories/S999", "/articles/nope", "/articles/nope/raw", "/entities/nope", "/api/stories/S999",
                 "/api/articles/nope", "/stories/S1/charts/evil.svg", "/articles/" + "a" * 300):
        response = client.get(path)
        assert response.status_code == 404, (path, response.status_code)
        assert "Traceback" not in response.text
