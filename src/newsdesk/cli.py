"""Command-line interface: a thin skin over :class:`newsdesk.api.Desk`.

Every command parses its options, calls the library and prints. User errors become one
line on stderr and an honest exit status (1 for failed inputs, 2 for usage) — never a
traceback.
"""
from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

import click

from . import __version__
from .errors import NewsdeskError

# -- shared option bundles ------------------------------------------------------------------

db_option = click.option(
    "--db", envvar="NEWSDESK_DB", default=None, metavar="PATH|URL",
    help="SQLite file (default newsdesk.db) or postgresql://user@host/db. Env: NEWSDESK_DB.",
)
quiet_option = click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")


def output_options(func: Callable) -> Callable:
    """--json / --csv for every listing."""
    func = click.option("--csv", "as_csv", is_flag=True, help="Print CSV instead of a table.")(func)
    func = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")(func)
    return func


def engine_options(func: Callable) -> Callable:
    func = click.option("--scheduler", default=None, metavar="ADDRESS",
                        help="Dask scheduler address (with --engine dask); default: a local Dask cluster.")(func)
    func = click.option("--workers", type=int, default=None, help="Worker processes (default: CPU count).")(func)
    func = click.option("--engine", type=click.Choice(["local", "dask", "serial"]), default="local",
                        show_default=True, help="Where per-article and per-story stages run.")(func)
    return func


def friendly_errors(func: Callable) -> Callable:
    """Turn catalogue errors into one stderr line and the error's exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except NewsdeskError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("Interrupted; everything committed so far is kept.", err=True)
            sys.exit(130)

    return wrapper


def open_desk(db: str | None):
    from .api import Desk

    return Desk(db)


def emit(rows: Sequence[dict], columns: Sequence[str], as_json: bool, as_csv: bool, title: str = "") -> None:
    """Print a listing as a rich table (default), JSON or CSV."""
    if as_json:
        click.echo(json.dumps(list(rows), ensure_ascii=False, indent=2))
        return
    if as_csv:
        from .csvout import write_rows

        write_rows(sys.stdout, rows, columns)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title or None, show_lines=False)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*[_cell(row.get(c)) for c in columns])
    Console().print(table)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


# -- commands ---------------------------------------------------------------------------------


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsdesk")
def cli() -> None:
    """newsdesk: turn raw multi-outlet news coverage into a cited, cross-checked picture.

    \b
    Example:
      newsdesk ingest coverage/ && newsdesk analyze && newsdesk report --out briefing/
    """
    quiet_library_loggers()


# Libraries that log their own parse failures; newsdesk reports each failed input itself
# (one clear line, recorded in `errors`), so their log lines would only be noise on stderr.
NOISY_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "readability", "distributed")


def quiet_library_loggers() -> None:
    import logging

    for name in NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@quiet_option
@click.option("--fetch-links", is_flag=True, help="For feeds: fetch each entry's linked page.")
@click.option("--allow-private", is_flag=True, help="Allow fetching URLs on loopback/private addresses.")
@click.option("--max-bytes", type=int, default=None, help="Largest input accepted, in bytes.")
@click.option("--max-chars", type=int, default=None, help="Longest article body accepted, in characters.")
@click.option("--json", "as_json", is_flag=True, help="Print the ingest report as JSON.")
@engine_options
@friendly_errors
def ingest(paths: tuple[str, ...], db: str | None, quiet: bool, fetch_links: bool, allow_private: bool,
           max_bytes: int | None, max_chars: int | None, as_json: bool, engine: str, workers: int | None,
           scheduler: str | None) -> None:
    """Ingest text, HTML (.html/.htm/.html.gz), RSS/Atom, JSONL, directories and http(s) URLs.

    Re-ingesting the same content adds nothing (content hash). A bad input prints one line
    naming it on stderr and is recorded; the rest goes on. Exit status 1 if any input failed.
    Many files are parsed on the engine's workers (same result as one process).

    \b
    Example:
      newsdesk ingest ../shared/seeds coverage.jsonl https://example.org/story.html
    """
    from .engine import EngineConfig
    from .ingest import Ingested, Limits
    from .progress import ingest_progress

    limits = Limits(allow_private=allow_private)
    if max_bytes:
        limits.max_bytes = max_bytes
    if max_chars:
        limits.max_chars = max_chars
    desk = open_desk(db)
    with ingest_progress(enabled=not quiet and not as_json) as tick:

        def on_item(item: Any) -> None:
            if not isinstance(item, Ingested):
                click.echo(f"error: {item.message}", err=True)
            tick(item)

        report = desk.ingest(paths, fetch_links=fetch_links, limits=limits, on_item=on_item,
                             engine=EngineConfig(kind=engine, workers=workers, scheduler=scheduler))
    if as_json:
        click.echo(json.dumps({"added": report.added, "duplicates": report.duplicates,
                               "errors": [e.as_dict() for e in report.errors]}, indent=2))
    elif not quiet:
        click.echo(f"{len(report.added)} added, {len(report.duplicates)} already stored, "
                   f"{len(report.errors)} failed -> {desk.store.url}", err=True)
    sys.exit(0 if report.ok else 1)


@cli.command()
@click.argument("urls", nargs=-1, required=True, metavar="FEED_OR_URL...")
@db_option
@click.option("--every", type=click.FloatRange(min=0.1), default=300.0, show_default=True, metavar="SECONDS",
              help="Seconds from one poll to the next.")
@click.option("--max-polls", type=click.IntRange(min=1), default=None, metavar="N",
              help="Stop after N polls (default: run until Ctrl-C).")
@click.option("--allow-private", is_flag=True, help="Allow fetching URLs on loopback/private addresses.")
@click.option("--host-delay", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
              help="Least time between two requests to one host (default 1).")
@engine_options
@friendly_errors
def watch(urls: tuple[str, ...], db: str | None, every: float, max_polls: int | None, allow_private: bool,
          host_delay: float | None, engine: str, workers: int | None, scheduler: str | None) -> None:
    """Follow RSS/Atom feeds and pages: store each new entry's page once, analyze after each poll.

    Each poll prints one line (articles stored, failures, stories changed). Feeds are fetched
    with ETag/Last-Modified; a failing URL is retried less and less often. Ctrl-C stops
    cleanly; a stopped or killed watch loses nothing and refetches nothing when restarted.
    The fetch limits and the private-address refusal of ingest apply.

    \b
    Example:
      newsdesk watch https://example.org/world/rss.xml --every 600
    """
    import signal

    from .engine import EngineConfig
    from .ingest import Limits

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt  # SIGTERM stops like Ctrl-C: between two commits

    signal.signal(signal.SIGTERM, stop)
    desk = open_desk(db)
    done = {"polls": 0}

    def on_poll(report: Any) -> None:
        done["polls"] = report.number
        for error in report.errors:
            click.echo(f"error: {error.message}", err=True)
        click.echo(report.line())

    try:
        desk.watch(urls, every=every, max_polls=max_polls, limits=Limits(allow_private=allow_private),
                   host_delay=host_delay, engine=EngineConfig(kind=engine, workers=workers, scheduler=scheduler),
                   on_poll=on_poll)
    except KeyboardInterrupt:
        click.echo(f"Stopped after {done['polls']} polls; everything stored so far is kept.", err=True)
    finally:
        desk.close()


@cli.command()
@db_option
@quiet_option
@engine_options
@click.option("--json", "as_json", is_flag=True, help="Print the analysis summary as JSON.")
@friendly_errors
def analyze(db: str | None, quiet: bool, engine: str, workers: int | None, scheduler: str | None,
            as_json: bool) -> None:
    """Extract entities/quotes/numbers/dates, link copies, cluster stories, compare outlets.

    Re-runnable and incremental: unchanged articles and stories are not recomputed.

    \b
    Example:
      newsdesk analyze --db newsdesk.db --engine dask
    """
    from dataclasses import asdict

    from .engine import EngineConfig
    from .progress import stage_progress

    desk = open_desk(db)
    with stage_progress(enabled=not quiet and not as_json) as progress:
        report = desk.analyze(EngineConfig(kind=engine, workers=workers, scheduler=scheduler), progress=progress)
    for err in report.errors:
        click.echo(f"error: {err.source} ({err.stage}): {err.message}", err=True)
    summary = asdict(report)
    summary["errors"] = len(report.errors)
    if as_json:
        click.echo(json.dumps(summary, indent=2))
    elif not quiet:
        seconds = summary.pop("seconds")
        click.echo(", ".join(f"{k}: {v}" for k, v in summary.items())
                   + f", seconds: {sum(seconds.values()):.1f}", err=True)


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json", show_default=True)
@click.option("--out", required=True, help="JSON file, or directory for one CSV per list.")
@friendly_errors
def export(db: str | None, fmt: str, out: str) -> None:
    """Write everything in export format v1 (see ../shared/spec/export.md).

    \b
    Example:
      newsdesk export --format json --out export.json
    """
    for path in open_desk(db).export(fmt, out):
        click.echo(str(path))


@cli.command()
@db_option
@output_options
@friendly_errors
def articles(db: str | None, as_json: bool, as_csv: bool) -> None:
    """List stored articles with their recovered metadata.

    \b
    Example:
      newsdesk articles --csv > articles.csv
    """
    rows = [a.export_dict() for a in open_desk(db).articles()]
    if not as_json:
        for r in rows:
            r["words"] = len(r["body"].split())
    emit(rows, ["id", "outlet", "title", "authors", "dateline", "published", "words"], as_json, as_csv,
         "Articles")


@cli.command()
@db_option
@output_options
@friendly_errors
def errors(db: str | None, as_json: bool, as_csv: bool) -> None:
    """List every input or stage that failed, with the reason.

    \b
    Example:
      newsdesk errors --json
    """
    rows = [e.as_dict() for e in open_desk(db).errors()]
    emit(rows, ["source", "stage", "code", "message"], as_json, as_csv, "Errors")


@cli.command()
@db_option
@output_options
@friendly_errors
def stories(db: str | None, as_json: bool, as_csv: bool) -> None:
    """List stories (clusters of articles about one event) with independent-source counts.

    \b
    Example:
      newsdesk stories --json
    """
    rows = [s.as_dict() for s in open_desk(db).stories()]
    for r in rows:
        r["articles"] = len(r["article_ids"])
    columns = ["id", "label", "articles", "independent_sources", "first_seen", "last_seen"]
    emit(rows, columns + (["article_ids"] if as_csv else []), as_json, as_csv, "Stories")


@cli.command()
@db_option
@output_options
@friendly_errors
def copies(db: str | None, as_json: bool, as_csv: bool) -> None:
    """List duplicate, syndicated and rewritten article pairs with their evidence.

    \b
    Example:
      newsdesk copies --csv
    """
    rows = [p.as_dict() for p in open_desk(db).copies()]
    if not as_json:
        for r in rows:
            ev = r.get("evidence") or {}
            r["shared_quotes"] = len(ev.get("shared_quotes", []))
            r["shared_numbers"] = ", ".join(str(n) for n in ev.get("shared_numbers", []))
    emit(rows, ["a", "b", "kind", "similarity", "shared_quotes", "shared_numbers"], as_json, as_csv, "Copies")


VERDICT_ORDER = {"conflict": 0, "compatible-with-rounding": 1, "compatible": 2, "consistent": 3, "single-source": 4}


@cli.command()
@click.argument("story")
@db_option
@output_options
@friendly_errors
def compare(story: str, db: str | None, as_json: bool, as_csv: bool) -> None:
    """Side-by-side facts of one story across outlets, conflicts first.

    \b
    Example:
      newsdesk compare S1
    """
    desk = open_desk(db)
    facts = sorted(desk.findings("facts", story), key=lambda f: (VERDICT_ORDER.get(f["verdict"], 9), f["id"]))
    if as_json:
        emit(facts, [], True, False)
        return
    from .report.sources import outlet_name

    outlets = {a.id: outlet_name(a) for a in desk.articles()}
    rows = []
    for f in facts:
        said = "\n".join(f"[{outlets.get(m['article'], m['article'])}] {m['text']}" for m in f["mentions"])
        rows.append({"id": f["id"], "verdict": f["verdict"], "claim": f["claim"], "as reported": said,
                     "detail": f.get("detail", "")})
    emit(rows, ["id", "verdict", "claim", "as reported", "detail"], False, as_csv, f"Facts in {story}")


@cli.command()
@click.argument("story")
@db_option
@output_options
@friendly_errors
def stances(story: str, db: str | None, as_json: bool, as_csv: bool) -> None:
    """Who wants what: the actor x issue stance matrix of one story, with evidence.

    \b
    Example:
      newsdesk stances S1 --json
    """
    records = open_desk(db).findings("stances", story)
    if as_json or as_csv:
        emit(records, ["id", "actor", "issue", "position", "date", "evidence"], as_json, as_csv)
        return
    issues = sorted({r["issue"] for r in records})
    matrix: dict[str, dict[str, list[str]]] = {}
    for r in records:
        cell = matrix.setdefault(r["actor"], {}).setdefault(r["issue"], [])
        label = r["position"] + (f" ({r['date']})" if r.get("date") else "")
        if label not in cell:
            cell.append(label)
    rows = [{"actor": actor, **{i: "; ".join(cells.get(i, [])) for i in issues}} for actor, cells in
            sorted(matrix.items())]
    emit(rows, ["actor", *issues], False, False, f"Stances in {story}")


@cli.command()
@db_option
@click.option("--out", required=True, help="Directory for briefing.md, briefing.html and briefing.json.")
@friendly_errors
def report(db: str | None, out: str) -> None:
    """Write the cited briefing (Markdown, self-contained HTML with charts, JSON).

    \b
    Example:
      newsdesk report --out briefing/
    """
    from .report import write_report

    for path in write_report(open_desk(db), out):
        click.echo(str(path))


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to bind; anything but localhost exposes the UI to the network.")
@click.option("--port", default=8000, show_default=True, type=int)
@friendly_errors
def serve(db: str | None, host: str, port: int) -> None:
    """Serve the local web UI: stories, side-by-side outlets, articles, entities, search.

    \b
    Example:
      newsdesk serve --db newsdesk.db --port 8000
    """
    from .web import serve as run_server

    run_server(db, host=host, port=port)


@cli.command()
@click.argument("n", type=int)
@click.option("--stories", "k", type=int, default=None, help="Number of stories (default: N // 20).")
@click.option("--out", default="synth.jsonl", show_default=True, help="JSONL file to write.")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed (same seed, same corpus).")
@friendly_errors
def synth(n: int, k: int | None, out: str, seed: int) -> None:
    """Write a synthetic corpus of N articles (planted copies, rewrites, quotes, numbers) as JSONL.

    \b
    Example:
      newsdesk synth 10000 --stories 500 --out synth.jsonl && newsdesk ingest synth.jsonl
    """
    from .synth import write_corpus

    path = write_corpus(n, out, stories=k, seed=seed)
    click.echo(str(path))


@cli.command()
@click.option("--out", default="newsdesk-demo", show_default=True, help="Directory for the demo outputs.")
@quiet_option
@engine_options
@friendly_errors
def demo(out: str, quiet: bool, engine: str, workers: int | None, scheduler: str | None) -> None:
    """Run the whole pipeline on the bundled fictional demo corpus and write its outputs.

    \b
    Example:
      newsdesk demo --out newsdesk-demo && open newsdesk-demo/briefing.html
    """
    from .demo import run_demo
    from .engine import EngineConfig

    result = run_demo(out, EngineConfig(kind=engine, workers=workers, scheduler=scheduler),
                      echo=(lambda s: None) if quiet else (lambda s: click.echo(s, err=True)))
    click.echo(result.summary())


def main(argv: Sequence[str] | None = None) -> None:
    cli.main(args=list(argv) if argv is not None else None, prog_name="newsdesk")


if __name__ == "__main__":  # pragma: no cover
    main()
