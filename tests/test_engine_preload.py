"""Engine.preload: the pool's forkserver imports the named modules once; workers start with them."""
from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif("forkserver" not in multiprocessing.get_all_start_methods(),
                                reason="preload is a forkserver feature")

PROBE = '''
import sys

def loaded(name):
    """Whether ``name`` was imported in this worker before its first task, and the nlp built."""
    warm = sys.modules.get("newsdesk.extract.nlp")
    return name in sys.modules, bool(warm and warm.get_nlp.cache_info().currsize)
'''

RUN = '''
import probe
from newsdesk.engine import EngineConfig, open_engine
with open_engine(EngineConfig(kind="local", workers=2)) as engine:
    if {preload}:
        engine.preload("newsdesk.extract.warm")
    print(sorted(set(engine.map(probe.loaded, ["newsdesk.extract.warm"] * 64))))
'''


def _run(tmp_path: Path, preload: bool) -> str:
    (tmp_path / "probe.py").write_text(PROBE)
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tmp_path), src]))
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(RUN.format(preload=preload))],
                         capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_preloaded_modules_and_pipeline_are_in_every_worker_before_its_first_task(tmp_path):
    assert _run(tmp_path, preload=True) == "[(True, True)]"


def test_without_preload_workers_import_for_themselves(tmp_path):
    assert _run(tmp_path, preload=False) == "[(False, False)]"


EARLY = '''
import probe
from newsdesk.engine import EngineConfig, open_engine
with open_engine(EngineConfig(kind="serial")) as engine:
    engine.preload("newsdesk.extract.warm")
    serial = engine.start_early(1000)
with open_engine(EngineConfig(kind="local", workers=2)) as engine:
    engine.preload("newsdesk.extract.warm")
    few = engine.start_early(3)  # a map this small runs here, with no pool
    early = engine.start_early(64)
    print(serial, few, early, sorted(set(engine.map(probe.loaded, ["newsdesk.extract.warm"] * 64))))
'''


def test_start_early_starts_the_preloading_server_only_for_a_pool(tmp_path):
    (tmp_path / "probe.py").write_text(PROBE)
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tmp_path), src]))
    out = subprocess.run([sys.executable, "-c", EARLY], capture_output=True, text=True, env=env, cwd=tmp_path,
                         timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False False True [(True, True)]"


FROZEN = '''
import gc
import probe
from newsdesk.engine import EngineConfig, open_engine
with open_engine(EngineConfig(kind="local", workers=2)) as engine:
    if {preload}:
        engine.preload("newsdesk.extract.warm")
    print(sorted(set(engine.map(probe.frozen, [0] * 64))))
'''


def test_preloaded_server_hands_its_objects_to_the_workers_frozen(tmp_path):
    """The server's modules and spaCy pipeline are out of the workers' full collections
    (gc.freeze in newsdesk.extract.warm); without a preload nothing is frozen."""
    (tmp_path / "probe.py").write_text(PROBE + "\n\ndef frozen(_):\n    import gc\n    return gc.get_freeze_count() > 10000 and gc.get_threshold()[0] == 10_000\n")
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tmp_path), src]))
    for preload, expected in ((True, "[True]"), (False, "[False]")):
        out = subprocess.run([sys.executable, "-c", FROZEN.format(preload=preload)], capture_output=True, text=True,
                             env=env, cwd=tmp_path, timeout=300)
        assert out.returncode == 0, out.stderr
        assert out.stdout.strip() == expected
