"""Fuzz the ingest and extract paths with generated hostile inputs; print count, time, failures.

Every generated input is written to a temporary file and read with
``newsdesk.ingest.read_inputs([path])``; every article that comes back goes through
``newsdesk.extract.extract_article``. The contract checked for each input:

* no exception escapes ``read_inputs`` or ``extract_article``;
* at least one item comes back: the input is either ingested or reported;
* every :class:`IngestError` has a catalogue code and a message naming the file;
* every :class:`Ingested` article has a non-empty body that the store can write (valid
  Unicode, no lone surrogates), an id, a sha256 content hash, and respects ``max_chars``;
* every extracted span lies inside the body and its ``text`` is the body slice.

Inputs: random bytes, text in many encodings (UTF-8 with/without BOM, UTF-16 LE/BE with and
without BOM, UTF-32, Latin-1, cp1252), NUL bytes, unbalanced quotes, 1 MB single lines, deeply
nested HTML, malformed RSS/Atom/JSONL (huge numbers, deep nesting, escaped lone surrogates,
wrong field types), gzip (good, truncated), and byte-level mutations of the demo corpus.

    python bench/fuzz_ingest.py                 # 10,000 inputs, seed 1
    python bench/fuzz_ingest.py -n 2000 --seed 5
    python bench/fuzz_ingest.py --no-extract    # ingest only (faster)

Exit status 1 when any input broke the contract.
"""
from __future__ import annotations

import argparse
import faulthandler
import gzip
import json
import os
import random
import re
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from newsdesk.ingest import Ingested, Limits, read_inputs
from newsdesk.model import IngestError

CORPUS = Path(__file__).resolve().parents[1] / "src" / "newsdesk" / "demo" / "corpus"
SLOW_INPUT_S = 120.0  # slower counts as a hang (a 1 MB line of quotes, the worst case, takes 30-75 s)
HANG_DUMP_S = 180.0  # an input still running after this long gets its stack printed to stderr
BIG_EVERY = 400  # one in this many inputs is a 1 MB line or a 5,000-deep HTML nest (seconds to a minute each)
HEX64 = re.compile(r"^[0-9a-f]{64}$")

WORDS = (
    "the minister said talks would resume on Monday after envoy Anna Kovacs met rebels near "
    "the dam at Brask where 30 people died and 1.5 million fled €5m $3bn 12% per cent"
).split()
ODD_CHARS = (
    "\u201c\u201d\u2018\u2019\u20ac\u00e9\u00fc\u00df\u00a0\u2014\u2026\u00bb\u00ab\u4e2d\u6587"
    "\u0416\u0434\u05d0\u0627\U0001f600\ufeff\u200b\u202e\x0c\x1b\t\r"
)
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1", "cp1252")
EXTENSIONS = (".txt", ".html", ".htm", ".xml", ".rss", ".atom", ".jsonl", ".json", ".md", "", ".bin",
              ".txt.gz", ".html.gz", ".jsonl.gz")


# --------------------------------------------------------------------------- generators


def words(rng: random.Random, n: int) -> str:
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.05:
            out.append(rng.choice(ODD_CHARS))
        elif r < 0.10:
            out.append(rng.choice(['"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb"]))
        elif r < 0.13:
            out.append(".\n\n")
        else:
            out.append(rng.choice(WORDS))
    return " ".join(out)


def gen_random_bytes(rng: random.Random) -> bytes:
    return rng.randbytes(rng.choice([0, 1, 2, 3, 7, 64, 500, 4096, 20000]))


def gen_encoded_text(rng: random.Random) -> bytes:
    text = words(rng, rng.randint(1, 400))
    encoding = rng.choice(ENCODINGS)
    return text.encode(encoding, errors="replace")


def gen_nul_text(rng: random.Random) -> bytes:
    data = bytearray(words(rng, rng.randint(5, 300)).encode("utf-8"))
    for _ in range(rng.randint(1, 50)):
        data.insert(rng.randrange(len(data) + 1), 0)
    return bytes(data)


def gen_quotes(rng: random.Random) -> bytes:
    marks = ['"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", "``", "''"]
    parts = []
    for _ in range(rng.randint(1, 300)):
        parts.append(rng.choice(marks) * rng.randint(1, 5))
        parts.append(words(rng, rng.randint(0, 8)))
    return " ".join(parts).encode("utf-8")


def gen_big_line(rng: random.Random) -> bytes:
    unit = rng.choice([b"a", b"word ", b"\"quote\" said ", "\u20ac1 ".encode(), b"<p>", b"{"])
    return unit * (1_000_000 // len(unit))


def gen_nested_html(rng: random.Random) -> bytes:
    depth = 5000
    tag = rng.choice([b"div", b"span", b"p", b"b", b"table"])
    close = b"</" + tag + b">" if rng.random() < 0.5 else b""
    inner = words(rng, 200).encode("utf-8")
    return (b"<html><body>" + (b"<" + tag + b">") * depth + inner + close * depth + b"</body></html>")


def gen_html(rng: random.Random) -> bytes:
    paras = "".join(f"<p>{words(rng, rng.randint(5, 60))}</p>" for _ in range(rng.randint(0, 12)))
    head_bits = [
        '<meta charset="utf-8">', '<meta charset="bogus-enc">', '<meta charset="utf-16">',
        '<meta property="article:published_time" content="2025-13-45T99:99">',
        '<meta property="og:site_name" content="\u201cOutlet\u201d">',
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": 1e999}</script>',
        '<script type="application/ld+json">{"@graph": [[[[{"@type": ["Article"], "publisher": 3}]]]]}</script>',
        '<script type="application/ld+json">{broken</script>', '<title>' + words(rng, 5) + '</title>',
        '<link rel="canonical" href="http://">',
    ]
    head = "".join(rng.sample(head_bits, rng.randint(0, len(head_bits))))
    junk = rng.choice(["", "&#xD800;", "&#0;", "&#x110000;", "&bogus;", "<![CDATA[", "<!--", "<script>", "\x00"])
    page = f"<!DOCTYPE html><html><head>{head}</head><body><article>{junk}{paras}</article></body></html>"
    encoding = rng.choice(["utf-8", "utf-8", "cp1252", "utf-16"])
    return page.encode(encoding, errors="replace")


def gen_feed(rng: random.Random) -> bytes:
    items = []
    for i in range(rng.randint(0, 6)):
        desc = rng.choice([
            f"&lt;p&gt;{words(rng, 30)}&lt;/p&gt;", f"<![CDATA[<p>{words(rng, 30)}</p>]]>", words(rng, 20),
            "", "&#55296; lone", "<p>unescaped <b>markup</p>", "&lt;div&gt;" * 200,
        ])
        date = rng.choice(["Mon, 16 Feb 2026 21:15:00 +0100", "not a date", "9999-99-99", ""])
        items.append(f"<item><title>{words(rng, 4)}</title><link>https://example.org/{i}</link>"
                     f"<pubDate>{date}</pubDate><description>{desc}</description></item>")
    if rng.random() < 0.5:
        feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{"".join(items)}</channel></rss>'
    else:
        feed = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
                + "".join(i.replace("item>", "entry>").replace("description>", "content>") for i in items) + "</feed>")
    data = feed.encode("utf-8")
    if rng.random() < 0.4:
        data = data[: rng.randrange(len(data) + 1)]  # truncated / unbalanced
    return data


def gen_jsonl(rng: random.Random) -> bytes:
    lines = []
    for i in range(rng.randint(1, 8)):
        choice = rng.random()
        if choice < 0.35:
            record = {"id": rng.choice([f"a{i}", i, "", None, 1.5, [1]]), "text": words(rng, rng.randint(0, 80))}
            for name in rng.sample(["title", "outlet", "url", "published", "authors"], rng.randint(0, 5)):
                record[name] = rng.choice([words(rng, 3), 7, None, ["x", 1], "2025-02-30", "2026-02-16T10:00:00Z"])
            lines.append(json.dumps(record, ensure_ascii=rng.random() < 0.5))
        elif choice < 0.45:
            lines.append('{"text": "big", "n": ' + "9" * rng.choice([20, 5000, 100_000]) + "}")
        elif choice < 0.50:
            lines.append('{"text": "x", "n": 1e' + "9" * rng.randint(3, 400) + "}")
        elif choice < 0.58:
            lines.append('{"text": "lone \\ud800 surrogate ' + words(rng, 5) + '", "title": "\\udfff"}')
        elif choice < 0.63:
            depth = rng.choice([10, 1000, 100_000])
            lines.append('{"text": "deep", "x": ' + "[" * depth + "]" * depth + "}")
        elif choice < 0.70:
            lines.append(rng.choice(["[1, 2]", "null", "3", '"str"', "{", '{"text": ', "{'text': 'single'}", "\x00"]))
        elif choice < 0.75:
            lines.append('{"text": ' + json.dumps(words(rng, 10)) + ', "text": 5}')
        else:
            lines.append(json.dumps({"text": words(rng, rng.randint(1, 50))}))
    sep = rng.choice(["\n", "\r\n", "\n\n", "\r"])
    data = sep.join(lines).encode("utf-8")
    if rng.random() < 0.1:
        data = b"\xef\xbb\xbf" + data
    if rng.random() < 0.05:
        data = sep.join(lines).encode("utf-16")
    return data


def gen_mutated_corpus(rng: random.Random) -> bytes:
    files = sorted(CORPUS.iterdir()) if CORPUS.is_dir() else []
    data = bytearray(rng.choice(files).read_bytes() if files else words(rng, 200).encode())
    for _ in range(rng.randint(1, 20)):
        op = rng.random()
        if not data:
            break
        pos = rng.randrange(len(data))
        if op < 0.3:
            data[pos] = rng.randrange(256)
        elif op < 0.5:
            del data[pos : pos + rng.randint(1, 200)]
        elif op < 0.7:
            data[pos:pos] = rng.choice([b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"<", b"&#", b'"', b"\r", b"]]>"])
        elif op < 0.85:
            end = pos + rng.randint(1, 500)
            data[pos:pos] = data[pos:end] * rng.randint(1, 5)
        else:
            data = data[:pos]
    return bytes(data)


def gen_gzip(rng: random.Random) -> bytes:
    inner = rng.choice([gen_encoded_text, gen_html, gen_jsonl, gen_feed, gen_random_bytes])(rng)
    data = gzip.compress(inner)
    if rng.random() < 0.3:
        data = data[: rng.randrange(len(data) + 1)]  # truncated stream
    return data


GENERATORS: list[tuple[float, Callable[[random.Random], bytes]]] = [
    (0.10, gen_random_bytes),
    (0.15, gen_encoded_text),
    (0.05, gen_nul_text),
    (0.07, gen_quotes),
    (0.15, gen_html),
    (0.12, gen_feed),
    (0.14, gen_jsonl),
    (0.15, gen_mutated_corpus),
    (0.07, gen_gzip),
]


def generate(rng: random.Random, index: int) -> tuple[str, bytes]:
    """One fuzz input: (file name, bytes)."""
    if index % BIG_EVERY == BIG_EVERY - 1:
        gen = gen_big_line if (index // BIG_EVERY) % 2 == 0 else gen_nested_html
    else:
        gen = rng.choices([g for _, g in GENERATORS], weights=[w for w, _ in GENERATORS])[0]
    data = gen(rng)
    ext = rng.choice(EXTENSIONS)
    if ext.endswith(".gz") and gen is not gen_gzip and rng.random() < 0.7:
        data = gzip.compress(data)
    return f"in{index:05d}-{gen.__name__[4:]}{ext}", data


# --------------------------------------------------------------------------- checking


def check_input(path: str, limits: Limits, extract: Callable | None) -> list[str]:
    """Run one input through ingest (+ extract); return the contract violations found."""
    problems: list[str] = []
    try:
        items = list(read_inputs([path], limits=limits))
    except BaseException as exc:  # noqa: BLE001 - the point is to catch anything escaping
        if isinstance(exc, KeyboardInterrupt):
            raise
        return [f"read_inputs raised {type(exc).__name__}: {exc}\n{traceback.format_exc()}"]
    if not items:
        problems.append("nothing came back: neither ingested nor reported")
    for item in items:
        if isinstance(item, IngestError):
            if not item.code or not item.code.startswith("E1"):
                problems.append(f"error without an ingest catalogue code: {item}")
            if path not in item.message or not item.source.startswith(path):
                problems.append(f"error message does not name the file: {item.message!r}")
        elif isinstance(item, Ingested):
            problems += check_article(item, limits)
            if extract is not None and not problems:
                problems += check_extract(item.article, extract)
        else:
            problems.append(f"unexpected item type {type(item).__name__}")
    return problems


def check_article(item: Ingested, limits: Limits) -> list[str]:
    a = item.article
    out = []
    if not isinstance(a.body, str) or not a.body.strip():
        out.append("ingested article with an empty body")
    if len(a.body) > limits.max_chars:
        out.append(f"body of {len(a.body)} chars exceeds max_chars {limits.max_chars}")
    if not a.id or not HEX64.match(a.content_hash or ""):
        out.append(f"bad id/content hash: {a.id!r} {a.content_hash!r}")
    if not isinstance(item.raw, bytes):
        out.append("raw is not bytes")
    for name in ("body", "title", "outlet", "dateline", "published", "url"):
        value = getattr(a, name)
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                out.append(f"{name} cannot be stored (not valid Unicode): {exc}")
    try:
        json.dumps(a.as_dict(), ensure_ascii=False).encode("utf-8")
    except (TypeError, ValueError, UnicodeEncodeError) as exc:
        out.append(f"article record cannot be serialised for the store: {type(exc).__name__}: {exc}")
    return out


def check_extract(article, extract: Callable) -> list[str]:
    try:
        ann = extract(article)
    except BaseException as exc:  # noqa: BLE001
        if isinstance(exc, KeyboardInterrupt):
            raise
        return [f"extract_article raised {type(exc).__name__}: {exc}\n{traceback.format_exc()}"]
    body, out = article.body, []
    spans = [("sentence", s, e, None) for s, e in ann.sentences]
    spans += [("mention", m.start, m.end, m.text) for ent in ann.entities for m in ent.mentions]
    spans += [("quote", q.start, q.end, None) for q in ann.quotes]
    spans += [("quantity", q.start, q.end, q.text) for q in ann.quantities]
    spans += [("date", d.start, d.end, d.text) for d in ann.dates]
    for kind, start, end, text in spans:
        if not (0 <= start <= end <= len(body)):
            out.append(f"{kind} span {start}:{end} outside body of {len(body)} chars")
        elif text is not None and body[start:end] != text:
            out.append(f"{kind} text {text!r} != body[{start}:{end}] {body[start:end]!r}")
    return out


def failure_kind(problem: str) -> str:
    """Group failures: the exception type and the innermost project frame, or the message head."""
    head = problem.split("\n", 1)[0]
    frames = re.findall(r'File "([^"]+)", line (\d+)', problem)
    ours = [f"{os.path.basename(f)}:{n}" for f, n in frames if "newsdesk" in f]
    return f"{head.split(':')[0][:60]} at {ours[-1]}" if ours else head[:80]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=10_000, help="number of inputs (default 10,000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-extract", action="store_true", help="skip extract_article")
    parser.add_argument("--every", type=int, default=1000, help="progress line every N inputs")
    parser.add_argument("--keep", metavar="DIR", help="copy failing inputs here")
    args = parser.parse_args(argv)

    extract = None
    if not args.no_extract:
        from newsdesk.extract import extract_article

        extract = extract_article
    rng = random.Random(args.seed)
    limits = Limits()
    failures: list[tuple[str, list[str]]] = []
    outcome: Counter[str] = Counter()
    slowest: list[tuple[float, str]] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="newsdesk-fuzz-") as tmp:
        for index in range(args.n):
            name, data = generate(rng, index)
            path = os.path.join(tmp, name)
            with open(path, "wb") as fh:
                fh.write(data)
            t0 = time.perf_counter()
            faulthandler.dump_traceback_later(HANG_DUMP_S)  # a hang prints where it is stuck
            problems = check_input(path, limits, extract)
            faulthandler.cancel_dump_traceback_later()
            took = time.perf_counter() - t0
            slowest = sorted(slowest + [(took, name)], reverse=True)[:5]
            if took > SLOW_INPUT_S:
                problems.append(f"took {took:.1f} s (> {SLOW_INPUT_S} s)")
            if problems:
                failures.append((name, problems))
                if args.keep:
                    Path(args.keep).mkdir(parents=True, exist_ok=True)
                    Path(args.keep, name).write_bytes(data)
            outcome["failed" if problems else "ok"] += 1
            os.unlink(path)
            if (index + 1) % args.every == 0:
                print(f"  {index + 1} inputs, {len(failures)} failing, {time.perf_counter() - started:.0f} s",
                      file=sys.stderr, flush=True)
    elapsed = time.perf_counter() - started
    print(f"fuzz_ingest: {args.n} inputs (seed {args.seed}, extract={'yes' if extract else 'no'}) "
          f"in {elapsed:.1f} s ({args.n / elapsed:.0f}/s); failures: {len(failures)}")
    print("slowest: " + ", ".join(f"{name} {t:.2f}s" for t, name in slowest))
    by_kind: dict[str, list[tuple[str, list[str]]]] = {}
    for name, problems in failures:
        by_kind.setdefault(failure_kind(problems[0]), []).append((name, problems))
    for kind, cases in sorted(by_kind.items(), key=lambda kv: -len(kv[1])):
        name, problems = cases[0]
        print(f"FAIL x{len(cases)} {kind}\n  e.g. {name}: {problems[0][:800]}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
