"""read_inputs over a directory of seeds and broken files: every failure named, the good kept."""
from __future__ import annotations

import gzip
import os
import shutil
from pathlib import Path

import pytest

from newsdesk.ingest import Ingested, Limits, read_inputs, read_path
from newsdesk.model import IngestError, content_hash

BROKEN = Path(__file__).parent / "data" / "broken"


@pytest.fixture
def mixed(tmp_path: Path, seeds_dir: Path) -> Path:
    shutil.copytree(seeds_dir, tmp_path / "in" / "seeds")
    shutil.copytree(BROKEN, tmp_path / "in" / "broken")
    (tmp_path / "in" / ".hidden.txt").write_text("A hidden file is skipped.", encoding="utf-8")
    return tmp_path / "in"


def test_ingest_readers_broken_files_named_and_good_ones_kept(mixed: Path, tmp_path: Path):
    missing = str(tmp_path / "nowhere.txt")
    items = list(read_inputs([str(mixed), missing]))
    errors = [i for i in items if isinstance(i, IngestError)]
    good = [i for i in items if isinstance(i, Ingested)]
    codes = {Path(e.source).name: e.code for e in errors}
    assert codes == {
        "binary.dat": "E103", "corrupt.html.gz": "E111", "empty.txt": "E102", "mixed.jsonl:2": "E106",
        "mixed.jsonl:3": "E107", "mixed.jsonl:4": "E119", "truncated.html": "E105", "undecodable.txt": "E104",
        "nowhere.txt": "E101",
    }
    for error in errors:
        assert error.stage == "ingest" and error.source in error.message and "\n" not in error.message
    ids = [i.article.id for i in good]
    assert ids == ["ok-1", "ok-2", "000_99aac926194a5193", "001_29be2af0ab577047", "002_681ddf67a2b15a6f",
                   "003_5a6485711e5016e9", "004_4ed3d966e6484c59"]  # sorted walk, hidden file skipped
    for item in good:
        assert item.article.content_hash == content_hash(item.raw)
    seed = good[2]
    assert seed.raw == (mixed / "seeds" / "000_99aac926194a5193.txt").read_bytes()
    assert seed.article.source == str(mixed / "seeds" / "000_99aac926194a5193.txt")
    assert good[0].article.source == f"{mixed / 'broken' / 'mixed.jsonl'}#ok-1"


def test_ingest_readers_limits_size_and_gzip_bomb(tmp_path: Path):
    big = tmp_path / "big.txt"
    big.write_text("Words in a sentence. " * 100, encoding="utf-8")
    [error] = read_path(str(big), limits=Limits(max_bytes=100))
    assert error.code == "E110"
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b"<html>" + b" " * 2_000_000))
    [error] = read_path(str(bomb), limits=Limits(max_decompressed=100_000))
    assert error.code == "E112" and "bomb.html.gz" in error.message
    [error] = read_path(str(big), limits=Limits(max_chars=50))
    assert error.code == "E117"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_ingest_readers_permission_denied(tmp_path: Path):
    locked = tmp_path / "locked.txt"
    locked.write_text("Secret text.", encoding="utf-8")
    locked.chmod(0)
    [error] = read_path(str(locked))
    assert error.code == "E115"


def test_ingest_readers_encodings(tmp_path: Path):
    data = Path(__file__).parent / "data" / "ingest"
    latin = next(read_path(str(data / "latin1.txt"))).article
    utf16 = next(read_path(str(data / "utf16.txt"))).article
    assert latin.body == utf16.body
    assert "Café owners in Köln said the naïve plan" in latin.body and "“mayor”" in latin.body
    assert latin.encoding.startswith("cp1252") and utf16.encoding.startswith("utf-16")
    bom = tmp_path / "bom.txt"
    bom.write_bytes("\ufeffThe text starts with a BOM.".encode("utf-8"))
    article = next(read_path(str(bom))).article
    assert article.body == "The text starts with a BOM." and article.encoding == "utf-8 (bom)"
    cyrillic = tmp_path / "ru.txt"
    cyrillic.write_bytes(("Президент встретился с посланниками в Берлине в воскресенье. " * 3).encode("cp1251"))
    article = next(read_path(str(cyrillic))).article
    assert article.body.startswith("Президент встретился") and "cp1251" in article.encoding
