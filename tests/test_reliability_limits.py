"""Resource limits: big inputs, long bodies, gzip bombs and slow HTML end in a clear error.

Each limit is exercised just above and just below its value, so a test fails both when the
protection is missing and when it misfires on an acceptable input.
"""
from __future__ import annotations

import gzip
import json
import signal
import time
import tracemalloc
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsdesk.cli import cli
from newsdesk.ingest import Ingested, Limits, read_inputs
from newsdesk.model import IngestError

PARAGRAPH = "The council met on Monday and agreed the budget after a long debate about the bridge.\n\n"
BOMB_BYTES = 1 << 30  # 1 GiB of zeros once decompressed
BOMB_SECONDS = 15.0  # refusing the bomb must not take longer than this on a slow shared CPU
BOMB_PEAK_SLACK = 64 << 20  # Python allocations beyond the decompression cap allowed while refusing


def only(items: list) -> Ingested | IngestError:
    assert len(items) == 1, items
    return items[0]


def read(path: Path, **limits) -> list:
    return list(read_inputs([str(path)], limits=Limits(**limits)))


def write_text(path: Path, size: int) -> Path:
    text = (PARAGRAPH * (size // len(PARAGRAPH) + 1))[:size]
    path.write_text(text, encoding="ascii")
    return path


# -- max_bytes ------------------------------------------------------------------------------


def test_reliability_limits_max_bytes_refuses_larger_file(tmp_path: Path):
    path = write_text(tmp_path / "big.txt", 5000)
    error = only(read(path, max_bytes=4999))
    assert isinstance(error, IngestError) and error.code == "E110"
    assert str(path) in error.message and "4999" in error.message and "--max-bytes" in error.message
    assert isinstance(only(read(path, max_bytes=5000)), Ingested)


def test_reliability_limits_max_bytes_applies_to_each_file_of_a_directory(tmp_path: Path):
    write_text(tmp_path / "a-small.txt", 500)
    write_text(tmp_path / "b-big.txt", 5000)
    items = list(read_inputs([str(tmp_path)], limits=Limits(max_bytes=1000)))
    assert [type(i).__name__ for i in items] == ["Ingested", "IngestError"]
    assert items[1].code == "E110" and "b-big.txt" in items[1].message


def test_reliability_limits_cli_max_bytes_option(tmp_path: Path):
    path = write_text(tmp_path / "big.txt", 5000)
    db = str(tmp_path / "n.db")
    runner = CliRunner()
    refused = runner.invoke(cli, ["ingest", str(path), "--db", db, "--quiet", "--max-bytes", "1000"])
    assert refused.exit_code == 1
    assert str(path) in refused.output and "larger than the limit of 1000 bytes" in refused.output
    accepted = runner.invoke(cli, ["ingest", str(path), "--db", db, "--json", "--max-bytes", "10000"])
    assert accepted.exit_code == 0, accepted.output
    assert len(json.loads(accepted.stdout)["added"]) == 1


# -- max_chars ------------------------------------------------------------------------------


def test_reliability_limits_max_chars_text_file(tmp_path: Path):
    path = write_text(tmp_path / "long.txt", 3000)
    error = only(read(path, max_chars=1000))
    assert isinstance(error, IngestError) and error.code == "E117"
    assert str(path) in error.message and "1000" in error.message
    assert isinstance(only(read(path, max_chars=10_000)), Ingested)


def test_reliability_limits_max_chars_jsonl_line_others_kept(tmp_path: Path):
    path = tmp_path / "wire.jsonl"
    lines = [{"id": "short", "text": PARAGRAPH}, {"id": "long", "text": PARAGRAPH * 50}, {"id": "after", "text": "ok text"}]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    items = read(path, max_chars=1000)
    assert [type(i).__name__ for i in items] == ["Ingested", "IngestError", "Ingested"]
    assert items[1].code == "E117" and f"{path}:2" in items[1].message


def test_reliability_limits_max_chars_html_page(tmp_path: Path):
    paras = "".join(f"<p>{PARAGRAPH.strip()} Item {i}.</p>" for i in range(60))
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>T</title></head><body><article>{paras}</article></body></html>", "utf-8")
    error = only(read(path, max_chars=1000))
    assert isinstance(error, IngestError) and error.code == "E117" and str(path) in error.message
    assert isinstance(only(read(path, max_chars=100_000)), Ingested)


def test_reliability_limits_max_chars_feed_entry(tmp_path: Path):
    long_entry = "&lt;p&gt;" + PARAGRAPH.strip() * 40 + "&lt;/p&gt;"
    path = tmp_path / "feed.rss"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>'
        f"<item><title>Short</title><link>https://e.org/1</link><description>{PARAGRAPH.strip()}</description></item>"
        f"<item><title>Long</title><link>https://e.org/2</link><description>{long_entry}</description></item>"
        "</channel></rss>", encoding="utf-8")
    items = read(path, max_chars=1000)
    assert [type(i).__name__ for i in items] == ["Ingested", "IngestError"]
    assert items[1].code == "E117" and str(path) in items[1].message


# -- decompression bombs -------------------------------------------------------------------


def write_bomb(path: Path, size: int = BOMB_BYTES) -> Path:
    """``size`` zero bytes gzip-compressed, written streamingly: ~1 KB per MiB on disk.

    One deflated MiB of zeros is repeated as gzip members (a valid multi-member file, which
    every gzip reader must concatenate), so the 1 GiB bomb costs ~1 MB and no CPU to build.
    """
    member = gzip.compress(bytes(1 << 20), compresslevel=9)
    with path.open("wb") as fh:
        for _ in range(size >> 20):
            fh.write(member)
    return path


def write_single_member_bomb(path: Path, size: int) -> Path:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # wbits 31: gzip container
    chunk = bytes(1 << 20)
    with path.open("wb") as fh:
        for _ in range(size >> 20):
            fh.write(compressor.compress(chunk))
        fh.write(compressor.flush())
    return path


def test_reliability_limits_gzip_bomb_refused_fast_and_small(tmp_path: Path):
    bomb = write_bomb(tmp_path / "story.txt.gz")
    assert bomb.stat().st_size < 2_000_000
    limits = Limits()
    tracemalloc.start()
    started = time.perf_counter()
    try:
        error = only(list(read_inputs([str(bomb)], limits=limits)))
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(error, IngestError) and error.code == "E112", error
    assert str(bomb) in error.message and str(limits.max_decompressed) in error.message
    assert elapsed < BOMB_SECONDS, f"took {elapsed:.1f} s"
    assert peak < limits.max_decompressed + BOMB_PEAK_SLACK, f"peak {peak >> 20} MiB"


def test_reliability_limits_gzip_bomb_lower_cap_and_sniffed_without_extension(tmp_path: Path):
    bomb = write_single_member_bomb(tmp_path / "download.bin", 64 << 20)  # gzip magic, no .gz
    tracemalloc.start()
    try:
        error = only(read(bomb, max_decompressed=8 << 20))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(error, IngestError) and error.code == "E112"
    assert peak < (8 << 20) + BOMB_PEAK_SLACK
    # the same data under a cap it fits in is read (and then refused as binary zeros, not a bomb)
    assert only(read(bomb, max_decompressed=128 << 20)).code != "E112"


def test_reliability_limits_gzip_normal_file_still_read(tmp_path: Path):
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress((PARAGRAPH * 3).encode()))
    item = only(read(path))
    assert isinstance(item, Ingested) and "council" in item.article.body


# -- HTML parse time ---------------------------------------------------------------------------


def slow_page(path: Path, paragraphs: int = 20_000) -> Path:
    body = "".join(f"<div class='c{i % 7}'><p>{PARAGRAPH.strip()} Number {i}.</p></div>" for i in range(paragraphs))
    path.write_text(f"<html><head><title>Slow</title></head><body><article>{body}</article></body></html>", "utf-8")
    return path


def huge_feed(path: Path, entries: int = 20_000) -> Path:
    items = "".join(f"<item><title>Entry {i}</title><description>{PARAGRAPH.strip()} Number {i}.</description></item>"
                    for i in range(entries))
    path.write_text(f"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>{items}</channel></rss>", "utf-8")
    return path


@pytest.mark.parametrize(("make", "name", "limit", "code"), [
    (slow_page, "slow.html", "html_timeout", "E118"), (huge_feed, "huge.xml", "feed_timeout", "E122")])
def test_reliability_limits_parse_time_cap(tmp_path: Path, make, name: str, limit: str, code: str):
    path = make(tmp_path / name)
    previous = signal.getsignal(signal.SIGALRM)
    started = time.perf_counter()
    error = only(read(path, **{limit: 0.2}, max_chars=10**9))
    elapsed = time.perf_counter() - started
    assert isinstance(error, IngestError) and error.code == code, error
    assert str(path) in error.message and "0.2" in error.message
    assert elapsed < 5.0, f"the cap of 0.2 s let parsing run {elapsed:.1f} s"
    # the alarm is disarmed and the previous handler restored: nothing fires later
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) == previous


def test_reliability_limits_html_parse_time_cap_lets_normal_pages_through(tmp_path: Path):
    page = slow_page(tmp_path / "normal.html", paragraphs=30)
    item = only(read(page, html_timeout=10.0))
    assert isinstance(item, Ingested) and "Number 29" in item.article.body
    time.sleep(0.05)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


# -- special files ------------------------------------------------------------------------------


def test_reliability_limits_named_pipe_in_directory_does_not_hang(tmp_path: Path):
    """A FIFO in an ingested folder blocked ``open()`` forever; it must be reported and skipped."""
    import os
    import threading

    (tmp_path / "a.txt").write_text(PARAGRAPH * 2, encoding="utf-8")
    fifo = tmp_path / "b.pipe"
    os.mkfifo(fifo)
    items: list = []
    worker = threading.Thread(target=lambda: items.extend(read_inputs([str(tmp_path)])), daemon=True)
    worker.start()
    worker.join(timeout=10)
    hung = worker.is_alive()
    if hung:  # unblock the reader so the thread can end: open the pipe's write end, then close it
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(timeout=10)
    assert not hung, "ingest blocked on a named pipe"
    assert [type(i).__name__ for i in items] == ["Ingested", "IngestError"]
    assert str(fifo) in items[1].message


def test_reliability_limits_device_file_refused_without_reading_it_all(tmp_path: Path):
    started = time.perf_counter()
    error = only(list(read_inputs(["/dev/zero"], limits=Limits(max_bytes=10_000_000))))
    assert isinstance(error, IngestError) and error.code in ("E110", "E120")
    assert "/dev/zero" in error.message
    assert time.perf_counter() - started < 5.0


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the swallowed alarm, on purpose
def test_time_limit_holds_when_the_alarm_is_swallowed():
    """An alarm that lands in a garbage-collector callback is swallowed by Python; the cap holds."""
    import gc

    from newsdesk.errors import InputError
    from newsdesk.ingest.deadline import time_limit

    slept = []

    def swallowing_callback(phase: str, info: dict) -> None:
        if not slept:  # the first alarm lands in this sleep; Python prints and drops what it raises
            slept.append(True)
            time.sleep(0.03)

    gc.callbacks.append(swallowing_callback)
    started = time.perf_counter()
    try:
        with pytest.raises(InputError):
            with time_limit(0.05, lambda: InputError("E122", source="swallow.xml", limit=0.05)):
                time.sleep(0.04)
                gc.collect()  # its callback is asleep when the alarm comes
                while time.perf_counter() - started < 3:  # the parser's own work goes on
                    sum(range(20_000))
    finally:
        gc.callbacks.remove(swallowing_callback)
    assert time.perf_counter() - started < 2
