"""Parsing inputs on the engine's pool gives exactly what one process gives, in the same order."""
from __future__ import annotations

from newsdesk.api import Desk
from newsdesk.engine import POOL_MIN_ITEMS, EngineConfig


def _corpus(demo_corpus, root):
    """More files than the pool threshold: the demo articles under several outlet folders,
    each copy with its own closing line (distinct content), plus two bad inputs."""
    texts = sorted(demo_corpus.glob("*.txt"))
    copies = POOL_MIN_ITEMS // len(texts) + 2
    for k in range(copies):
        folder = root / f"batch{k:02d}"
        folder.mkdir(parents=True)
        for path in texts:
            body = path.read_text(encoding="utf-8")
            (folder / path.name).write_text(body + f"\n\nEditor's note: copy {k}.\n", encoding="utf-8")
    (root / "batch00" / "broken.html").write_bytes(b"")
    (root / "batch03" / "zzz.jsonl").write_text("{not json\n", encoding="utf-8")
    return root


def _ingest(db, root, engine):
    with Desk(str(db)) as desk:
        report = desk.ingest([str(root)], engine=engine)
        stored = [a.as_dict() for a in desk.articles()]
        return report, stored


def test_pool_ingest_equals_serial_ingest(demo_corpus, tmp_path):
    root = _corpus(demo_corpus, tmp_path / "in")
    serial, stored_serial = _ingest(tmp_path / "serial.db", root, None)
    pooled, stored_pooled = _ingest(tmp_path / "pool.db", root, EngineConfig(kind="local", workers=2))
    assert len(serial.added) > POOL_MIN_ITEMS
    assert pooled.added == serial.added  # same ids, same order
    assert [(e.source, e.code) for e in pooled.errors] == [(e.source, e.code) for e in serial.errors]
    assert len(pooled.errors) == 2
    assert stored_pooled == stored_serial


def test_pool_ingest_is_idempotent(demo_corpus, tmp_path):
    root = _corpus(demo_corpus, tmp_path / "in")
    engine = EngineConfig(kind="local", workers=2)
    with Desk(str(tmp_path / "db.db")) as desk:
        first = desk.ingest([str(root)], engine=engine)
        again = desk.ingest([str(root)], engine=engine)
    assert first.added and not again.added
    assert sorted(again.duplicates) == sorted(first.added)
