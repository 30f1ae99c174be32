"""The link summaries the extraction workers make (small corpora) give the same copies and
stories as summaries made from the store, and are the same values."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np

from newsdesk import pipeline
from newsdesk.engine import EngineConfig
from newsdesk.link.summary import summarise
from newsdesk.store import open_store

DEMO = Path(pipeline.__file__).resolve().parent / "demo" / "corpus"


def _same(a, b) -> bool:
    if isinstance(a, np.ndarray):
        return a.dtype == b.dtype and np.array_equal(a, b)
    return a == b


def test_worker_summaries_equal_store_summaries(tmp_path):
    from newsdesk.api import Desk

    db = str(tmp_path / "d.db")
    with Desk(db) as desk:
        assert len(desk.ingest([str(DEMO)]).added) >= 10
        desk.analyze(EngineConfig(kind="serial"))
    store = open_store(db)
    try:
        content = dict(store.article_hashes())
        articles = store.articles(sorted(content))
        stored = store.annotations(sorted(content))
        ready = {}
        for a in articles:
            result, summary, fingerprint = pipeline.extract_summarised(a)
            assert summary is not None
            from_store = summarise(a, stored[a.id])
            for f in dataclasses.fields(summary):
                assert _same(getattr(summary, f.name), getattr(from_store, f.name)), (a.id, f.name)
            assert fingerprint == pipeline._copies_fingerprint(a, True)
            ready[a.id] = (summary, fingerprint)
        # the link stage given them finds what it finds reading the store
        (codes_r, ids_r), stories_r = pipeline._link(store, pipeline.AnalyzeReport(), content, ready)
        (codes_s, ids_s), stories_s = pipeline._link(store, pipeline.AnalyzeReport(), content)
        assert ids_r == ids_s and np.array_equal(codes_r, codes_s)
        assert [s.as_dict() for s in stories_r] == [s.as_dict() for s in stories_s]
        assert len(stories_s) >= 2
    finally:
        store.close()
