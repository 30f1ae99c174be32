"""Property-based fuzzing of ingest: any bytes in, an article or a clear error out, never a crash.

Every input goes through the public entry point ``read_inputs([path])``. The properties:
something always comes back; each item is an :class:`Ingested` whose record the store can
write (valid Unicode, sha256 hash, non-empty body) or an :class:`IngestError` with an E1xx code
whose message names the file. The long run (10,000 inputs) is ``bench/fuzz_ingest.py``.
"""
from __future__ import annotations

import codecs
import gzip
import json
import os
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.ingest import Ingested, Limits, read_inputs
from newsdesk.model import IngestError

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HEX64 = re.compile(r"^[0-9a-f]{64}$")
EXTENSIONS = ["", ".txt", ".html", ".xml", ".rss", ".atom", ".jsonl", ".json", ".gz", ".txt.gz", ".bin"]
# every code point, lone surrogates included (they are what JSON "\ud800" escapes decode to)
ANY_CHAR = st.characters(codec=None, categories=None)
ODD_TEXT = st.text(alphabet=st.one_of(
    st.sampled_from(list('"\'\u201c\u201d\u2018\u2019\u00ab\u00bb<>&;#{}[]\\\x00\r\n\t\ufeff\u20ac\u00e9')),
    st.characters(codec="utf-8"),
), max_size=400)


def ingest_bytes(data: bytes, name: str, limits: Limits | None = None) -> tuple[str, list]:
    """Write ``data`` to a fresh file and ingest it; returns (path, items)."""
    with tempfile.TemporaryDirectory(prefix="newsdesk-prop-") as tmp:
        path = os.path.join(tmp, name)
        Path(path).write_bytes(data)
        return path, list(read_inputs([path], limits=limits))


def assert_contract(path: str, items: list, limits: Limits | None = None) -> None:
    limits = limits or Limits()
    assert items, f"{path}: neither ingested nor reported"
    for item in items:
        if isinstance(item, IngestError):
            assert item.code and item.code.startswith("E1"), item
            assert path in item.message, f"error does not name the file: {item.message!r}"
            assert item.stage == "ingest"
            continue
        assert isinstance(item, Ingested), type(item)
        article = item.article
        assert article.body.strip(), "ingested an empty body"
        assert len(article.body) <= limits.max_chars
        assert article.id and HEX64.match(article.content_hash)
        assert article.source.startswith(path)
        assert isinstance(item.raw, bytes) and item.raw
        # the store writes every text field as UTF-8 and the record as JSON: both must work
        json.dumps(article.as_dict(), ensure_ascii=False).encode("utf-8")


@FAST
@given(data=st.binary(max_size=3000), ext=st.sampled_from(EXTENSIONS))
def test_fuzz_ingest_random_bytes_ingested_or_reported(data: bytes, ext: str):
    path, items = ingest_bytes(data, "input" + ext)
    assert_contract(path, items)


@FAST
@given(text=ODD_TEXT, encoding=st.sampled_from(
    ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1", "cp1252"]),
    ext=st.sampled_from(["", ".txt", ".html", ".md"]), nuls=st.integers(0, 3))
def test_fuzz_ingest_encoded_text_ingested_or_reported(text: str, encoding: str, ext: str, nuls: int):
    data = text.encode(encoding, errors="replace") + b"\x00" * nuls
    path, items = ingest_bytes(data, "story" + ext)
    assert_contract(path, items)


JSON_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
    st.text(alphabet=ANY_CHAR, max_size=40),
)
JSON_VALUES = st.recursive(JSON_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)), max_leaves=12)
RECORDS = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(st.text(alphabet=ANY_CHAR, max_size=10), st.integers(), JSON_VALUES),
        "text": st.one_of(st.text(alphabet=ANY_CHAR, max_size=300), JSON_VALUES),
        "title": JSON_VALUES, "outlet": JSON_VALUES, "url": JSON_VALUES, "authors": JSON_VALUES,
        "published": st.one_of(st.sampled_from(["2026-02-16", "2026-02-30", "16/02/2026", ""]), JSON_VALUES),
        "extra": JSON_VALUES,
    },
)
RAW_LINES = st.sampled_from([
    "", "{", "[1, 2]", "null", '"text"', "{'text': 'single quotes'}", '{"text": 1e999999}',
    '{"text": "x", "n": ' + "9" * 5000 + "}", '{"text": "deep", "x": ' + "[" * 3000 + "]" * 3000 + "}",
    '{"text": "lone \\ud800 surrogate", "title": "\\udfff"}', '{"text": "a"} trailing', "\x00\x00",
])


@FAST
@given(lines=st.lists(st.one_of(RECORDS.map(lambda r: json.dumps(r, ensure_ascii=True)), RAW_LINES),
                      min_size=1, max_size=6),
       sep=st.sampled_from(["\n", "\r\n", "\n\n"]), bom=st.booleans(), ext=st.sampled_from([".jsonl", ".json", ""]))
def test_fuzz_ingest_jsonl_lines_ingested_or_reported(lines: list[str], sep: str, bom: bool, ext: str):
    data = (codecs.BOM_UTF8 if bom else b"") + sep.join(lines).encode("utf-8")
    path, items = ingest_bytes(data, "wire" + ext)
    assert_contract(path, items)


FEED_TEXT = st.one_of(ODD_TEXT, st.sampled_from([
    "&#55296;", "&#x110000;", "&#0;", "&bogus;", "<![CDATA[<p>x</p>]]>", "&lt;p&gt;Text&lt;/p&gt;", "</item>",
]))


@FAST
@given(entries=st.lists(st.tuples(FEED_TEXT, FEED_TEXT, st.sampled_from(["", "not a date", "Mon, 16 Feb 2026 21:15:00 +0100"])),
                        max_size=4),
       atom=st.booleans(), cut=st.one_of(st.none(), st.integers(0, 3000)),
       decl=st.sampled_from(['<?xml version="1.0"?>', '<?xml version="1.0" encoding="\xba\xba"?>',
                             '<?xml version="1.0" encoding="utf-16"?>', ""]))
def test_fuzz_ingest_malformed_feeds_ingested_or_reported(entries, atom: bool, cut, decl: str):
    if atom:
        body = "".join(f"<entry><title>{t}</title><updated>{d}</updated><content>{c}</content></entry>"
                       for t, c, d in entries)
        feed = f'{decl}<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>{body}</feed>'
    else:
        body = "".join(f"<item><title>{t}</title><pubDate>{d}</pubDate><description>{c}</description></item>"
                       for t, c, d in entries)
        feed = f'{decl}<rss version="2.0"><channel><title>F</title>{body}</channel></rss>'
    data = feed.encode("utf-8", errors="surrogateescape") if "\xba" not in decl else feed.encode("latin-1", "replace")
    if cut is not None:
        data = data[:cut]
    path, items = ingest_bytes(data, "feed.atom" if atom else "feed.rss")
    assert_contract(path, items)


@FAST
@given(tags=st.lists(st.sampled_from(["div", "p", "span", "article", "table", "td", "script", "b"]), max_size=60),
       text=ODD_TEXT, close=st.booleans(),
       head=st.sampled_from(["", '<meta charset="bogus">', '<meta charset="utf-16">',
                             '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":1e999}</script>',
                             '<meta property="article:published_time" content="2026-99-99">']))
def test_fuzz_ingest_malformed_html_ingested_or_reported(tags: list[str], text: str, close: bool, head: str):
    opening = "".join(f"<{t}>" for t in tags)
    closing = "".join(f"</{t}>" for t in reversed(tags)) if close else ""
    page = f"<!DOCTYPE html><html><head>{head}</head><body>{opening}<p>{text}</p>{closing}</body></html>"
    path, items = ingest_bytes(page.encode("utf-8", errors="surrogateescape"), "page.html")
    assert_contract(path, items)


@FAST
@given(data=st.binary(max_size=2000), cut=st.integers(0, 4000), ext=st.sampled_from([".gz", ".txt.gz", ".jsonl.gz"]))
def test_fuzz_ingest_gzip_good_or_truncated_ingested_or_reported(data: bytes, cut: int, ext: str):
    packed = gzip.compress(data)[:cut]
    path, items = ingest_bytes(packed, "input" + ext)
    assert_contract(path, items)


def test_fuzz_ingest_known_hostile_inputs(tmp_path: Path):
    """The inputs the fuzzer found crashing, kept as fixed regressions (one file each)."""
    cases = {
        "deep.json": b'{"text": "a", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n",
        "deep.jsonl": b'{"text": "a", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n{\"text\": \"fine\"}\n",
        "surrogate.jsonl": b'{"text": "lone \\ud800 surrogate", "title": "\\udfff"}\n',
        "charref.rss": b'<rss version="2.0"><channel><item><title>&#55296;</title><description>x &#55296; y'
                       b'</description></item></channel></rss>',
        "bigref.rss": b'<rss version="2.0"><channel><item><description>&#x110000;</description></item></channel></rss>',
        "baddecl.xml": b'<?xml version="1.0" encoding="\xba\xba"?><rss version="2.0"><channel><item>'
                       b"<description>text</description></item></channel></rss>",
        "nullcontent.atom": b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>t</title><content/>'
                            b"</entry></feed>",
        "nonesummary.rss": b'<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/'
                           b'modules/content/"><channel><title>F</title><item><title>A</title><description>First.'
                           b"</description></item><item><title>B</title><description>Unclosed\n<p>one.\n<p>two."
                           b"</p>]]></content:encoded>\n</item></channel></rss>",
        "bomonly.jsonl": b"\xef\xbb\xbf\n",
        "hugenum.jsonl": b'{"text": "x", "n": ' + b"9" * 100_000 + b"}\n",
        "nested.html": b"<html><body>" + b"<div>" * 5000 + b"Some words here. " * 40 + b"</div>" * 5000 + b"</body></html>",
        "nuls.txt": b"Some text\x00 with NULs\x00 in it." * 3,
        "quotes.txt": b'"' * 5000 + b'\nHe said "this and "that',
    }
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        assert_contract(str(path), list(read_inputs([str(path)])))
    # the second line of a JSONL file with one hostile line is still ingested
    good = [i for i in read_inputs([str(tmp_path / "deep.jsonl")]) if isinstance(i, Ingested)]
    assert [g.article.body for g in good] == ["fine"]
