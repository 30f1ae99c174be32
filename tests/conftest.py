"""Shared fixtures. Tests that need ../shared skip cleanly when it is absent."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))
DEMO_CORPUS = REPO / "src" / "newsdesk" / "demo" / "corpus"
DEMO_GOLD = REPO / "src" / "newsdesk" / "demo" / "gold.json"


def pytest_collection_modifyitems(config, items):
    """Slow tests are opt-in: ``pytest -m slow`` or NEWSDESK_RUN_SLOW=1 runs them."""
    if os.environ.get("NEWSDESK_RUN_SLOW") or "slow" in (config.getoption("-m") or ""):
        return
    skip = pytest.mark.skip(reason="slow: run with -m slow or NEWSDESK_RUN_SLOW=1")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    path = shared_dir / "seeds"
    if not path.is_dir():
        pytest.skip("../shared/seeds is not present")
    return path


@pytest.fixture(scope="module")
def raw_seed_articles(seeds_dir: Path) -> dict:
    """The seed files as uncleaned Articles keyed by their 3-digit prefix ("000" ... "004")."""
    from newsdesk.model import Article, content_hash

    articles = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        articles[path.stem[:3]] = Article(id=path.stem, source=str(path), body=text, content_hash=content_hash(text))
    return articles


@pytest.fixture(scope="session")
def eval_dir(shared_dir: Path) -> Path:
    path = shared_dir / "eval"
    if not path.is_dir():
        pytest.skip("../shared/eval is not present")
    return path


@pytest.fixture(scope="session")
def demo_corpus() -> Path:
    return DEMO_CORPUS


@pytest.fixture(scope="session")
def demo_gold() -> dict:
    import json

    return json.loads(DEMO_GOLD.read_text(encoding="utf-8"))


# -- databases: every store test runs on SQLite and, when a server is reachable, PostgreSQL --

PG_URL = os.environ.get("NEWSDESK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def _pg_available() -> bool:
    try:
        import psycopg

        with psycopg.connect(PG_URL, connect_timeout=3):
            return True
    except Exception:  # no server, no database, no driver: the PostgreSQL tests skip
        return False


@pytest.fixture(scope="session")
def pg_available() -> bool:
    return _pg_available()


@pytest.fixture
def pg_url(pg_available: bool):
    """A PostgreSQL URL whose search_path is a fresh schema, dropped afterwards."""
    if not pg_available:
        pytest.skip("PostgreSQL is not reachable at " + PG_URL)
    import uuid

    import psycopg

    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in PG_URL else "?"
    yield f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """Run a test against both backends."""
    if request.param == "sqlite":
        return str(tmp_path / "test.db")
    return request.getfixturevalue("pg_url")


# -- a hostile article and an analysed database shared by the report and web tests -------------

HOSTILE = {
    "id": "hostile-1", "title": "<script>alert(1)</script> Lindhaven talks stall", "outlet": "Evil <b>Gazette</b>",
    "published": "2026-02-16",
    "text": "LINDHAVEN — Negotiators from Saldovia and Corvania met again in Lindhaven on Monday. "
            "<img src=x onerror=alert(1)> At least 30 people were killed in Brask, officials said. "
            "\"We will not trade our valley for a promise on paper,\" said Anton Zhelyazkov. "
            "<script>alert(2)</script><svg onload=alert(3)>",
}


def build_db(tmp: Path, paths: list[Path]) -> str:
    """Ingest ``paths`` plus the hostile article into a fresh SQLite file and analyze it."""
    import json

    from newsdesk.api import Desk

    (tmp / "hostile.jsonl").write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    db = str(tmp / "t.db")
    with Desk(db) as desk:
        desk.ingest([str(p) for p in paths] + [str(tmp / "hostile.jsonl")])
        desk.analyze()
    return db


@pytest.fixture(scope="session")
def analyzed_db(tmp_path_factory: pytest.TempPathFactory, demo_corpus: Path, seeds_dir: Path) -> str:
    """The demo corpus, the seeds and a hostile article, analysed once per test session."""
    return build_db(tmp_path_factory.mktemp("analyzed"), [demo_corpus, seeds_dir])


def stance_cells(*bodies: str, month: int = 6) -> set[tuple[str, str, str]]:
    """(actor, issue, position) of the stances of one story made of ``bodies`` (one article
    each, dated day 1, 2, … of ``month`` 2026), with persons and quotes as the pipeline finds them."""
    from newsdesk.compare import stances
    from newsdesk.extract import extract_article
    from newsdesk.model import Article, Story

    arts = [Article(id=f"a{n}", source=f"a{n}", body=b, content_hash=str(n), published=f"2026-{month:02d}-0{n + 1}")
            for n, b in enumerate(bodies)]
    st = Story(id="s", label="s", article_ids=[a.id for a in arts], independent_sources=len(arts))
    notes = {a.id: extract_article(a) for a in arts}
    return {(s.actor, s.issue, s.position) for s in stances(st, arts, notes)}


def export_of_texts(tmp: Path, docs) -> dict:
    """The export (format v1) of text articles written from ``docs`` — (title, date line, outlet
    line, body) each, files a.txt, b.txt, … in ``tmp`` — ingested and analysed in a fresh database."""
    from newsdesk import Desk

    paths = []
    for k, (title, date, outlet, body) in enumerate(docs):
        p = tmp / f"{chr(97 + k)}.txt"
        p.write_text(f"{title}\n{date}\n{outlet}\n\n{body}\n")
        paths.append(str(p))
    with Desk(str(tmp / "t.db")) as desk:
        desk.ingest(paths)
        desk.analyze()
        return desk.export_dict()


def constructed_story(*bodies: tuple[str, str | None, str | None], fill: str = ""):
    """(story, articles) of articles a, b, c ... made of (body, published, outlet), each body
    followed by ``fill`` (unrelated sentences, so that word rarity means something)."""
    from newsdesk.model import Article, Story

    arts = [Article(id=chr(97 + k), source="t", body=body + "\n\n" + fill if fill else body, content_hash=str(k),
                    published=pub, outlet=outlet)
            for k, (body, pub, outlet) in enumerate(bodies)]
    return Story(id="s", label="s", article_ids=[a.id for a in arts], independent_sources=len(arts)), arts


def has_cell(cells: set[tuple[str, str, str]], actor: str, issue_part: str, position: str) -> bool:
    """Whether ``cells`` (from :func:`stance_cells`) hold ``actor`` taking ``position`` on an issue
    whose label contains ``issue_part``."""
    return any(a == actor and issue_part in i and p == position for a, i, p in cells)


def holds(cells: set[tuple[str, str, str]], actor_part: str, position: str, issue_part: str) -> bool:
    """Whether ``cells`` hold a party whose name contains ``actor_part`` taking ``position`` on an
    issue whose label, in lower case, contains ``issue_part`` (looser than :func:`has_cell`)."""
    return any(actor_part in a and p == position and issue_part in i.lower() for a, i, p in cells)


# unrelated sentences padding a constructed story, so that word rarity means something in it
# (tests/test_compare_facts_roles.py, tests/test_compare_facts_moments.py)
FILL_A = " ".join(f"The {w} market in the north reported steady trade during week {i}."
                  for i, w in enumerate(["fish", "grain", "wool", "salt", "iron", "tin", "silk", "rice", "corn", "wine"]))
FILL_B = " ".join(f"Local {w} growers near the coast expected a mild season number {i}."
                  for i, w in enumerate(["apple", "pear", "plum", "olive", "lemon", "melon", "berry", "cherry", "peach", "grape"]))
FILL_C = " ".join(f"Volunteers repainted the {w} shelter on the promenade for the festival {i}."
                  for i, w in enumerate(["blue", "red", "green", "white", "amber", "grey", "pink", "gold", "teal", "rust"]))
