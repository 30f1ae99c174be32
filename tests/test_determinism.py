"""The same input gives the same export in every process: nothing may depend on the order in
which a set of strings is iterated (it changes with PYTHONHASHSEED, i.e. from one worker
process to the next), so the whole pipeline runs twice under two hash seeds and the exports
must be identical."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = """
import hashlib, json, sys, tempfile
from pathlib import Path
from newsdesk import Desk
from newsdesk.engine import EngineConfig
with tempfile.TemporaryDirectory() as tmp:
    with Desk(str(Path(tmp) / "d.db")) as desk:
        desk.ingest(sys.argv[1:])
        desk.analyze(EngineConfig(kind="serial"))
        doc = desk.export_dict()
doc.pop("generator", None)
for a in doc["articles"]:
    a.pop("source", None)  # the path of the temporary copy
print(hashlib.sha256(json.dumps(doc, sort_keys=True).encode()).hexdigest())
"""


def _export_digest(paths: list[str], seed: int) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    out = subprocess.run([sys.executable, "-c", SCRIPT, *paths], env=env, capture_output=True, text=True,
                         check=True, timeout=600)
    return out.stdout.strip().splitlines()[-1]


ECB_TOPICS = ("19", "20")  # two ECB+ topics (41 real articles) whose stories once came out differently


def test_export_does_not_depend_on_the_hash_seed(demo_corpus: Path, shared_dir: Path, tmp_path: Path) -> None:
    paths = [str(p) for p in sorted(demo_corpus.iterdir())]
    paths += [str(p) for p in sorted((shared_dir / "seeds").iterdir())]
    stories = shared_dir / "eval" / "stories"
    if stories.is_dir():
        paths += [str(p) for d in sorted(stories.iterdir()) if d.is_dir()
                  for p in sorted(d.iterdir()) if p.suffix == ".txt"]
    docs = shared_dir / "eval" / "ecbplus" / "docs.jsonl"
    if docs.is_file():
        rows = [json.loads(line) for line in docs.read_text(encoding="utf-8").splitlines()]
        real = tmp_path / "ecbplus.jsonl"
        real.write_text("".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n"
                                for r in rows if r["topic"] in ECB_TOPICS), encoding="utf-8")
        paths.append(str(real))
    first = _export_digest(paths, 1)
    assert first == _export_digest(paths, 2)
