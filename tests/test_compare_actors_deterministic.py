"""A pronoun's party must not depend on the hash seed (the order of a set of names)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from newsdesk.compare.actors import _last_named

SRC = str(Path(__file__).resolve().parents[1] / "src")
CODE = ("from newsdesk.compare.actors import _last_named;"
        "print(_last_named('The appeal went to the District Court of Arlow. It', "
        "{'District Court', 'District Court of Arlow', 'Arlow', 'Court of Arlow'}))")


def test_of_nested_names_the_longest_is_named():
    names = {"District Court", "District Court of Arlow", "Arlow"}
    assert _last_named("The appeal went to the District Court of Arlow. It", names) == "District Court of Arlow"


def test_the_same_party_under_every_hash_seed():
    seen = set()
    for seed in range(8):
        env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": SRC}
        out = subprocess.run([sys.executable, "-c", CODE], env=env, capture_output=True, text=True, check=True)
        seen.add(out.stdout.strip())
    assert seen == {"District Court of Arlow"}
