"""Corpus stages in processes of their own: on a large corpus the entity merge and the link
stage run in a fresh process each (their freed memory leaves with it) and the pool's idle
workers are let go meanwhile. The results must be the ones of an analysis in one process."""
from __future__ import annotations

import os

import pytest

import newsdesk.pipeline as pipeline_mod
from newsdesk.api import Desk
from newsdesk.engine import EngineConfig, isolated, open_engine
from newsdesk.pipeline import AnalyzeReport, _corpus_apart
from newsdesk.store import open_store


def _pid_and(value: int) -> tuple[int, int]:
    return os.getpid(), value * 2


def _fail(message: str) -> None:
    raise ValueError(message)


def _analysed(db: str, corpus: str, engine: EngineConfig) -> tuple[dict, AnalyzeReport]:
    with Desk(db) as desk:
        desk.ingest([corpus])
        report = desk.analyze(engine)
        doc = desk.export_dict()
    doc.pop("generator")
    return doc, report


def test_scale_apart_isolated_runs_in_another_process_and_returns_its_result():
    pid, value = isolated(_pid_and, 21)
    assert value == 42 and pid != os.getpid()


def test_scale_apart_isolated_raises_the_error_of_the_other_process():
    with pytest.raises(ValueError, match="bad input"):
        isolated(_fail, "bad input")


def test_scale_apart_corpus_stages_apart_give_the_export_of_one_process(demo_corpus, db_url, tmp_path, monkeypatch):
    reference, one_process = _analysed(str(tmp_path / "ref.db"), str(demo_corpus), EngineConfig(kind="serial"))
    monkeypatch.setattr(pipeline_mod, "CORPUS_APART_FROM", 1)
    calls = []
    original = pipeline_mod._corpus_stage_at
    monkeypatch.setattr(pipeline_mod, "isolated", lambda func, *args: calls.append(args[0]) or isolated(original, *args))
    doc, apart = _analysed(db_url, str(demo_corpus), EngineConfig(kind="local", workers=2))
    assert calls == ["entities", "link"]  # both corpus stages went to another process
    assert doc["entities"] and doc["syndication"] and doc["stories"] and doc["facts"]
    assert doc == reference
    assert (apart.entities, apart.copies, apart.stories) == (one_process.entities, one_process.copies,
                                                              one_process.stories)
    stages = {"extract", "entities", "link-summaries", "copies", "stories", "compare"}
    assert set(apart.seconds) == stages == set(one_process.seconds)  # the other process's times come back


def test_scale_apart_only_for_large_corpora_on_a_reopenable_store(tmp_path):
    store = open_store(str(tmp_path / "a.db"))
    with open_engine(EngineConfig(kind="local", workers=2)) as pool, open_engine(EngineConfig(kind="serial")) as serial:
        assert _corpus_apart(store, pool, pipeline_mod.CORPUS_APART_FROM)
        assert not _corpus_apart(store, pool, pipeline_mod.CORPUS_APART_FROM - 1)  # small: a process costs more
        assert not _corpus_apart(store, serial, pipeline_mod.CORPUS_APART_FROM)  # serial: all in this process
        memory = open_store(":memory:")
        assert not _corpus_apart(memory, pool, pipeline_mod.CORPUS_APART_FROM)  # no other process can open it
        memory.close()
    store.close()
