"""Encoding detection: non-UTF-8 inputs read correctly, with the guess kept in ``Article.encoding``.

Each text carries the characters that go wrong when the encoding is guessed wrong (curly
quotes and the euro sign in cp1252, accented letters in Latin-1, everything in UTF-16), and the
body must come back character for character.
"""
from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from newsdesk.ingest import Ingested, read_inputs

CP1252_TEXT = (
    "\u201cWe will not pay \u20ac5m for a bridge nobody wants,\u201d the mayor said on Monday.\n\n"
    "The council\u2019s finance chief called the plan \u2018reckless\u2019 \u2014 and the vote was delayed.\n\n"
    "Residents of the old town\u2026 remain divided over the \u20ac12 million project."
)
LATIN1_TEXT = (
    "The caf\u00e9 owner in Z\u00fcrich, Fran\u00e7ois M\u00fcller, said the se\u00f1ora\u2019s "
    "claim was na\u00efve.\n\nPrices rose by 3\u00bd per cent, the \u00abbulletin\u00bb reported; "
    "the stra\u00dfe was closed for repairs.\n\nOfficials in S\u00e3o Paulo declined to comment."
).replace("\u2019", "'")  # Latin-1 has no curly apostrophe
MIXED_TEXT = (
    "\u201cKyiv \u2014 \u041a\u0438\u0457\u0432\u201d, the envoy wrote, before talks in Gen\u00e8ve "
    "\u20ac3bn \u4e2d\u6587.\n\nA second paragraph follows with more of the report text."
)


def ingest_one(path: Path) -> Ingested:
    items = list(read_inputs([str(path)]))
    assert len(items) == 1 and isinstance(items[0], Ingested), items
    return items[0]


def normalise(text: str) -> str:
    """Compare paragraphs only: the cleaner may rewrap whitespace, never change characters."""
    return "\n\n".join(" ".join(p.split()) for p in text.split("\n\n") if p.strip())


@pytest.mark.parametrize("name,data,expected,guess", [
    ("cp1252.txt", CP1252_TEXT.encode("cp1252"), CP1252_TEXT, ("1252",)),
    ("latin1.txt", LATIN1_TEXT.encode("latin-1"), LATIN1_TEXT, ("1252", "latin", "8859-1")),
    ("utf16le-bom.txt", codecs.BOM_UTF16_LE + MIXED_TEXT.encode("utf-16-le"), MIXED_TEXT, ("utf-16",)),
    ("utf16be-bom.txt", codecs.BOM_UTF16_BE + MIXED_TEXT.encode("utf-16-be"), MIXED_TEXT, ("utf-16",)),
    ("utf16le-nobom.txt", CP1252_TEXT.encode("utf-16-le"), CP1252_TEXT, ("utf-16",)),
    ("utf8-bom.txt", codecs.BOM_UTF8 + MIXED_TEXT.encode("utf-8"), MIXED_TEXT, ("utf-8",)),
    ("utf8.txt", MIXED_TEXT.encode("utf-8"), MIXED_TEXT, ("utf-8",)),
])
def test_reliability_encoding_text_read_correctly(tmp_path: Path, name: str, data: bytes, expected: str,
                                                  guess: tuple[str, ...]):
    path = tmp_path / name
    path.write_bytes(data)
    article = ingest_one(path).article
    assert normalise(article.body) == normalise(expected)
    assert "\ufffd" not in article.body and "\ufeff" not in article.body
    assert article.encoding and any(g in article.encoding.lower() for g in guess), article.encoding


def test_reliability_encoding_cyrillic_cp1251_detected(tmp_path: Path):
    text = ("\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 \u0437\u0430\u044f\u0432\u0438\u043b, "
            "\u0447\u0442\u043e \u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u044b "
            "\u0432\u043e\u0437\u043e\u0431\u043d\u043e\u0432\u044f\u0442\u0441\u044f \u0432 "
            "\u043f\u043e\u043d\u0435\u0434\u0435\u043b\u044c\u043d\u0438\u043a. ") * 6
    path = tmp_path / "ru.txt"
    path.write_bytes(text.encode("cp1251"))
    article = ingest_one(path).article
    assert normalise(article.body) == normalise(text)
    assert article.encoding and "charset-normalizer" in article.encoding


def test_reliability_encoding_html_declared_and_undeclared(tmp_path: Path):
    paras = "".join(f"<p>{p}</p>" for p in CP1252_TEXT.split("\n\n"))
    declared = tmp_path / "declared.html"
    declared.write_bytes(f'<html><head><meta charset="windows-1252"><title>T</title></head><body><article>'
                         f"{paras}</article></body></html>".encode("cp1252"))
    undeclared = tmp_path / "undeclared.html"
    undeclared.write_bytes(f"<html><head><title>T</title></head><body><article>{paras}</article></body></html>"
                           .encode("cp1252"))
    for path in (declared, undeclared):
        article = ingest_one(path).article
        assert "\u201cWe will not pay \u20ac5m" in article.body, (path.name, article.body[:80])
        assert "1252" in (article.encoding or ""), article.encoding


def test_reliability_encoding_jsonl_with_bom_reads_first_record(tmp_path: Path):
    path = tmp_path / "wire.jsonl"
    path.write_bytes(codecs.BOM_UTF8 + json.dumps({"id": "w1", "text": MIXED_TEXT}, ensure_ascii=False).encode())
    article = ingest_one(path).article
    assert article.id == "w1" and article.body == MIXED_TEXT
