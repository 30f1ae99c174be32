"""The bundled demo: a fictional multi-outlet story (see ``demo/README.md``) run end to end."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..engine import EngineConfig

CORPUS = Path(__file__).parent / "corpus"
GOLD = Path(__file__).parent / "gold.json"


@dataclass(slots=True)
class DemoResult:
    out: Path
    db: Path
    articles: int = 0
    failed: int = 0
    stories: int = 0
    files: list[Path] = field(default_factory=list)

    def summary(self) -> str:
        lines = [f"Demo finished: {self.articles} articles ({self.failed} failed inputs), {self.stories} stories.",
                 f"Database: {self.db}", "Outputs:"]
        lines += [f"  {p}" for p in self.files]
        lines.append(f"Explore it: newsdesk serve --db {self.db}")
        return "\n".join(lines)


def run_demo(out: str | Path, engine: EngineConfig | None = None,
             echo: Callable[[str], None] = print) -> DemoResult:
    """Ingest the demo corpus into ``out/newsdesk.db``, analyze, export and report into ``out``."""
    from ..api import Desk
    from ..report import write_report

    out = Path(out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    result = DemoResult(out=out, db=out / "newsdesk.db")
    with Desk(str(result.db)) as desk:
        echo(f"Ingesting the demo corpus from {CORPUS} ...")
        ingested = desk.ingest([str(CORPUS)])
        result.failed = len(ingested.errors)
        echo("Analyzing (extract, link, compare) ...")
        desk.analyze(engine)
        result.articles = len(desk.articles())
        result.stories = len(desk.stories())
        echo("Writing export and briefing ...")
        result.files += desk.export("json", out / "export.json")
        result.files += desk.export("csv", out / "csv")
        result.files += write_report(desk, out)
    return result
