"""The FastAPI application: read-only pages over one store, each with a JSON twin.

Every route is GET. Path ids must match :data:`ID_RE`; anything else, and any id the store
does not know, is a 404 page (or a JSON 404 under ``/api``), never a traceback. Responses
carry a strict Content-Security-Policy: no inline script or style, nothing from elsewhere.
"""
from __future__ import annotations

import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from .. import __version__
from ..api import Desk
from ..errors import NewsdeskError
from ..model import Article
from ..report import charts, story_brief
from ..report.spans import Span
from ..report.render import CitationIndex, environment
from . import views

ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:~-]{0,199}$")  # the characters newsdesk ids are made of
HL_RE = re.compile(r"^(\d{1,9})-(\d{1,9})$")  # ?hl=start-end: the span a citation points at
SEARCH_LIMIT = 50  # hits per search page
QUERY_MAX = 200  # longer queries are cut: FTS cost grows with terms, nobody types more
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
                               "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
RAW_CSP = "default-src 'none'; sandbox"  # the raw input view is inert text, whatever it contains
CHART_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox"  # matplotlib styles inline; nothing runs
NOT_FOUND_CODES = ("E302", "E303")  # unknown story / article: the catalogue errors that mean 404
CHARTS = ("activity", "stances", "timeline")


def _check(value: str) -> str:
    if not ID_RE.match(value):
        raise HTTPException(404, "No such page.")
    return value


def create_app(db: str | None) -> FastAPI:
    """The web UI over the store at ``db`` (SQLite path or PostgreSQL URL)."""
    app = FastAPI(title="newsdesk", version=__version__, docs_url=None, redoc_url=None, openapi_url=None)
    desk = Desk(db)  # SQLite connections are per thread (check_same_thread off); the store is read-only here
    env = environment("newsdesk.web")
    env.globals["version"] = __version__
    app.state.desk = desk
    app.mount("/static", StaticFiles(packages=[("newsdesk.web", "static")]), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        return response

    @app.exception_handler(HTTPException)
    async def not_found(request: Request, exc: HTTPException) -> Response:
        detail = exc.detail if isinstance(exc.detail, str) else "Error"
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": detail, "status": exc.status_code}, status_code=exc.status_code)
        html = env.get_template("error.html").render(status=exc.status_code, message=detail, q="")
        return HTMLResponse(html, status_code=exc.status_code)

    @app.exception_handler(NewsdeskError)
    async def catalogue_error(request: Request, exc: NewsdeskError) -> Response:
        status = 404 if exc.code in NOT_FOUND_CODES else 500
        return await not_found(request, HTTPException(status, exc.message))

    def get(path: str, **kwargs: Any) -> Any:
        """A read-only route: GET, and HEAD for link checkers and ``curl -I``."""
        return app.api_route(path, methods=["GET", "HEAD"], **kwargs)

    def page(name: str, **context: Any) -> HTMLResponse:
        context.setdefault("q", "")
        return HTMLResponse(env.get_template(name).render(**context))

    def csv_response(rows: list[dict], name: str, columns: list[str] | None = None) -> Response:
        return Response(views.to_csv(rows, columns), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})

    # -- data access ------------------------------------------------------------------------
    def story_rows() -> list[dict[str, Any]]:
        conflicts: dict[str, int] = {}
        for f in desk.store.results("facts"):
            if f.get("verdict") == "conflict":
                conflicts[f.get("story")] = conflicts.get(f.get("story"), 0) + 1
        rows = []
        for s in sorted(desk.stories(), key=lambda s: (-s.independent_sources, -len(s.article_ids), s.id)):
            row = s.as_dict()
            row["articles"] = len(s.article_ids)
            row["conflicts"] = conflicts.get(s.id, 0)
            rows.append(row)
        return rows

    def article_or_404(article_id: str) -> Article:
        found = desk.store.article(_check(article_id))
        if found is None:
            raise HTTPException(404, f"Article {article_id!r} not found.")
        return found

    def entity_or_404(entity_id: str) -> dict[str, Any]:
        _check(entity_id)
        for e in desk.store.results("entities"):
            if e.get("id") == entity_id:
                return e
        raise HTTPException(404, f"Entity {entity_id!r} not found.")

    def entity_map() -> dict[str, str]:
        found = desk.store.results("entity_map")
        return found[0] if found else {}

    def article_detail(a: Article) -> dict[str, Any]:
        stories = [s for s in desk.stories() if a.id in s.article_ids]
        copies = [p.as_dict() for p in desk.copies() if a.id in (p.a, p.b)]
        framing = [f for s in stories for f in desk.store.results("framing", s.id) if f.get("article") == a.id]
        return {"stories": stories, "copies": copies, "framing": framing}

    def story_data(story_id: str) -> dict[str, Any]:
        brief = story_brief(desk, _check(story_id))
        facts = brief.facts
        columns, matrix = views.fact_matrix(facts, brief.articles, desk.store.annotations(brief.story.article_ids))
        issues, stance_rows = views.stance_table(brief.stance_records)
        return {"brief": brief, "columns": columns, "matrix": matrix, "issues": issues, "stance_rows": stance_rows}

    # -- pages --------------------------------------------------------------------------------
    @get("/", response_class=HTMLResponse)
    def index() -> HTMLResponse:
        return page("index.html", stories=story_rows(), counts=desk.store.counts(), errors=desk.errors())

    @get("/articles", response_class=HTMLResponse)
    def articles_page() -> HTMLResponse:
        return page("articles.html", articles=[views.article_row(a) for a in desk.articles()])

    @get("/entities", response_class=HTMLResponse)
    def entities_page() -> HTMLResponse:
        return page("entities.html", entities=_entity_rows())

    @get("/stories/{story_id}", response_class=HTMLResponse)
    def story_page(story_id: str) -> HTMLResponse:
        data = story_data(story_id)
        b = data["brief"]
        present = {"activity": any(a.published for a in b.articles.values()), "stances": bool(b.stance_records),
                   "timeline": any(t.get("date") for t in b.timeline_records)}
        return page("story.html", **data, charts=present, cites=CitationIndex(f"s-{b.story.id}"))

    @get("/stories/{story_id}/charts/{name}.svg")
    def story_chart(story_id: str, name: str) -> Response:
        if name not in CHARTS:
            raise HTTPException(404, "No such chart.")
        story = desk.story(_check(story_id))
        if name == "activity":
            svg = charts.outlet_activity_svg(desk.store.articles(story.article_ids))
        elif name == "stances":
            svg = charts.stance_heatmap_svg(desk.store.results("stances", story.id))
        else:
            svg = charts.timeline_svg(desk.store.results("timeline", story.id))
        if svg is None:
            raise HTTPException(404, "This story has no data for that chart.")
        return Response(svg, media_type="image/svg+xml", headers={"Content-Security-Policy": CHART_CSP})

    @get("/articles/{article_id}", response_class=HTMLResponse)
    def article_page(article_id: str, hl: str = "") -> HTMLResponse:
        a = article_or_404(article_id)
        ann = desk.store.annotations([a.id]).get(a.id)
        cited = HL_RE.match(hl)
        extra = [Span(int(cited[1]), int(cited[2]), "cited", "cited span")] if cited else []
        return page("article.html", a=a, ann=ann, segments=views.article_segments(a, ann, entity_map(), extra),
                    cited=bool(cited), **article_detail(a))

    @get("/articles/{article_id}/raw", response_class=PlainTextResponse)
    def article_raw(article_id: str) -> Response:
        a = article_or_404(article_id)
        raw = desk.store.raw(a.content_hash)
        if raw is None:
            raise HTTPException(404, "The raw input of this article was not stored.")
        charset = (a.encoding or "utf-8").split()[0].strip(";,()") or "utf-8"
        try:
            text = raw.decode(charset)
        except (LookupError, UnicodeDecodeError):  # a mislabelled encoding still shows, with replacement marks
            text = raw.decode("utf-8", errors="replace")
        return PlainTextResponse(text, headers={"Content-Security-Policy": RAW_CSP})

    @get("/entities/{entity_id}", response_class=HTMLResponse)
    def entity_page(entity_id: str) -> HTMLResponse:
        e = entity_or_404(entity_id)
        ids = {m.get("article") for m in e.get("mentions", [])}
        arts = {a.id: a for a in desk.store.articles(ids)}
        return page("entity.html", e=e, mentions=views.mention_views(e, arts, desk.store.annotations(ids)))

    @get("/search", response_class=HTMLResponse)
    def search_page(q: str = "") -> HTMLResponse:
        q = q[:QUERY_MAX]
        rows = views.search_rows(desk.store.search(q, SEARCH_LIMIT)) if q.strip() else []
        return page("search.html", q=q, results=rows)

    # -- JSON twins ---------------------------------------------------------------------------
    @get("/api/stories")
    def api_stories() -> list[dict]:
        return story_rows()

    @get("/api/stories/{story_id}")
    def api_story(story_id: str) -> dict:
        b = story_brief(desk, _check(story_id))
        sid = b.story.id
        return {**b.story.as_dict(), "briefing": b.as_json(),
                **{k: desk.store.results(k, sid) for k in ("facts", "quote_variants", "stances", "timeline", "framing")}}

    @get("/api/articles")
    def api_articles() -> list[dict]:
        return [views.article_row(a) for a in desk.articles()]

    @get("/api/articles/{article_id}")
    def api_article(article_id: str) -> dict:
        a = article_or_404(article_id)
        ann = desk.store.annotations([a.id]).get(a.id)
        detail = article_detail(a)
        return {**a.export_dict(), "dropped": [d.as_dict() for d in a.dropped],
                "annotations": ann.as_dict() if ann else None, "stories": [s.id for s in detail["stories"]],
                "copies": detail["copies"], "framing": detail["framing"]}

    @get("/api/entities")
    def api_entities() -> list[dict]:
        return _entity_rows()

    @get("/api/entities/{entity_id}")
    def api_entity(entity_id: str) -> dict:
        return entity_or_404(entity_id)

    @get("/api/search")
    def api_search(q: str = "") -> list[dict]:
        q = q[:QUERY_MAX]
        rows = views.search_rows(desk.store.search(q, SEARCH_LIMIT)) if q.strip() else []
        return [{k: r[k] for k in ("id", "title", "snippet", "hits")} for r in rows]

    # -- CSV twins ----------------------------------------------------------------------------
    @get("/api/stories.csv")
    def csv_stories() -> Response:
        cols = ["id", "label", "articles", "independent_sources", "conflicts", "first_seen", "last_seen", "article_ids"]
        return csv_response(story_rows(), "stories.csv", cols)

    @get("/api/articles.csv")
    def csv_articles() -> Response:
        return csv_response([views.article_row(a) for a in desk.articles()], "articles.csv")

    @get("/api/entities.csv")
    def csv_entities() -> Response:
        return csv_response(_entity_rows(), "entities.csv", ["id", "type", "name", "aliases", "mentions", "articles"])

    @get("/api/search.csv")
    def csv_search(q: str = "") -> Response:
        return csv_response(api_search(q), "search.csv", ["id", "title", "snippet"])

    @get("/api/stories/{story_id}/{kind}.csv")
    def csv_story(story_id: str, kind: str) -> Response:
        if kind not in ("facts", "quote_variants", "stances", "timeline", "framing"):
            raise HTTPException(404, "No such listing.")
        story = desk.story(_check(story_id))
        return csv_response(desk.store.results(kind, story.id), f"{story.id}-{kind}.csv")

    def _entity_rows() -> list[dict[str, Any]]:
        rows = []
        for e in desk.store.results("entities"):
            mentions = e.get("mentions", [])
            rows.append({"id": e.get("id"), "type": e.get("type"), "name": e.get("name"),
                         "aliases": e.get("aliases", []), "mentions": len(mentions),
                         "articles": len({m.get("article") for m in mentions})})
        rows.sort(key=lambda r: (-r["articles"], -r["mentions"], str(r["name"])))
        return rows

    return app

