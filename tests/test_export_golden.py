"""Speed work changes no output: the exports of the demo corpus, the seeds and a 1,000-article
synthetic corpus are pinned, list by list, as digests (``tests/data/golden_exports.json``).

A change meant to alter results (accuracy work) updates the digests in the same commit and
says why; a change meant only to be faster must leave them as they are. To update:

    NEWSDESK_UPDATE_GOLDEN=1 python -m pytest tests/test_export_golden.py
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from newsdesk.api import Desk
from newsdesk.engine import EngineConfig
from newsdesk.synth import write_corpus

GOLDEN = Path(__file__).parent / "data" / "golden_exports.json"
SYNTH_ARTICLES = 1000  # the "1k synthetic corpus"
UPDATE = os.environ.get("NEWSDESK_UPDATE_GOLDEN") == "1"


def digests(paths: list[str], db: Path) -> dict[str, str]:
    """Each export list's digest (the generator and the input paths left out)."""
    with Desk(str(db)) as desk:
        desk.ingest(paths)
        desk.analyze(EngineConfig(kind="local", workers=2))
        doc = desk.export_dict()
    for a in doc["articles"]:
        a["source"] = Path(a["source"].split("#")[0]).name + (("#" + a["source"].split("#", 1)[1]) if "#" in a["source"] else "")
    for e in doc["errors"]:
        e["source"] = Path(e["source"]).name
    return {key: hashlib.sha256(json.dumps(value, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]
            for key, value in sorted(doc.items()) if key != "generator"}


def corpora(tmp: Path, demo_corpus: Path, shared_dir: Path | None) -> dict[str, list[str]]:
    synth = tmp / "synth.jsonl"
    write_corpus(SYNTH_ARTICLES, synth, seed=0)
    out = {"demo": [str(p) for p in sorted(demo_corpus.iterdir())], "synth-1k": [str(synth)]}
    if shared_dir is not None:
        out["seeds"] = [str(p) for p in sorted((shared_dir / "seeds").iterdir())]
    return out


def test_exports_match_the_pinned_digests(tmp_path: Path, demo_corpus: Path) -> None:
    from tests.conftest import SHARED

    shared = SHARED if (SHARED / "seeds").is_dir() else None
    pinned = json.loads(GOLDEN.read_text(encoding="utf-8")) if GOLDEN.is_file() else {}
    found = {name: digests(paths, tmp_path / f"{name}.db")
             for name, paths in corpora(tmp_path, demo_corpus, shared).items()}
    if UPDATE:
        GOLDEN.write_text(json.dumps({**pinned, **found}, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        pytest.skip("golden digests written")
    for name, lists in found.items():
        assert name in pinned, f"no pinned digests for {name}: run with NEWSDESK_UPDATE_GOLDEN=1"
        changed = [key for key in lists if lists[key] != pinned[name].get(key)]
        assert not changed, f"{name}: export lists changed: {changed}"
