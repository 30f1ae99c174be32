"""Charts as SVG strings (matplotlib, Agg-family SVG backend, no pyplot global state).

Output is deterministic (fixed ``svg.hashsalt``, no date in the metadata) and text stays
text (``svg.fonttype: none``), so the briefing diffs cleanly and labels remain searchable.
Outlet, actor and issue names come from untrusted input: matplotlib escapes them as XML
text, math parsing is off, and :func:`check_svg` refuses any SVG with scripts, foreign
objects or event-handler attributes before it is inlined.
"""
from __future__ import annotations

import io
import math
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import Any

import matplotlib

matplotlib.use("Agg")  # no display: the report and the web server render headless

import matplotlib.dates  # noqa: E402

from matplotlib.backends.backend_svg import FigureCanvasSVG  # noqa: E402
from matplotlib.colors import ListedColormap  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

from ..model import Article  # noqa: E402
from .sources import outlet_name  # noqa: E402

RC = {
    "svg.hashsalt": "newsdesk",  # stable element ids -> byte-identical SVG for identical data
    "svg.fonttype": "none",  # keep labels as text
    "text.parse_math": False,  # "$5bn" in an outlet name must not be parsed as mathtext
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
}
POSITION_COLOURS = {  # colour-blind-safe (Okabe-Ito) per stance position
    "supports": "#009E73", "opposes": "#D55E00", "conditional": "#E69F00", "proposes": "#0072B2",
    "demands": "#CC79A7",
}
OTHER_COLOUR = "#999999"
LABEL_CHARS = 28  # longer names are cut so the plot area keeps its width
EVENT_CHARS = 40  # timeline rows have room for a short phrase; the full event is listed under the chart
SHORT_SPAN_DAYS = 60  # up to this span ticks are days; up to two years months; beyond, years
MAX_TICKS = 6  # date ticks per axis: enough to read positions, few enough not to collide
FIG_WIDTH = 7.0  # inches; the HTML scales the SVG to its column anyway
CHAR_WIDTH_IN = 0.6 / 72  # a DejaVu Sans character is about 0.6 em wide: inches per point of font size
CELL_FONT = 8  # points; a heatmap cell's position word
FORBIDDEN_TAGS = {"script", "foreignObject", "iframe", "object", "embed"}


def _short(text: str | None, limit: int = LABEL_CHARS) -> str:
    text = " ".join((text or "?").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def to_svg(fig: Figure) -> str:
    """Render a figure to an SVG fragment (no XML prolog, no DOCTYPE) ready to inline."""
    buf = io.StringIO()
    with matplotlib.rc_context(RC):
        FigureCanvasSVG(fig).print_svg(buf, metadata={"Date": None})
    svg = buf.getvalue()
    svg = svg[svg.index("<svg"):]
    check_svg(svg)
    return svg


def check_svg(svg: str) -> None:
    """Raise ValueError when the SVG could run code if inlined (it never should)."""
    root = ET.fromstring(svg)
    for el in root.iter():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag in FORBIDDEN_TAGS or any(k.rsplit("}", 1)[-1].lower().startswith("on") for k in el.attrib):
            raise ValueError(f"refusing to inline an SVG with <{tag}> or an event handler")
        href = el.attrib.get("{http://www.w3.org/1999/xlink}href", "") + el.attrib.get("href", "")
        if re.match(r"\s*javascript:", href, re.I):
            raise ValueError("refusing to inline an SVG with a javascript: link")


def _date_axis(ax: Any, lo: float, hi: float) -> None:
    """Readable date ticks at whole days, months or years, about ``MAX_TICKS`` of them.

    Chosen by hand: AutoDateLocator warns on short or odd spans.
    """
    days = hi - lo
    if days <= SHORT_SPAN_DAYS:
        locator: Any = matplotlib.dates.DayLocator(interval=max(1, math.ceil(days / MAX_TICKS)))
        fmt = "%d %b %Y" if days < 3 else "%d %b"
    elif days <= 2 * 365:
        locator = matplotlib.dates.MonthLocator(interval=max(1, math.ceil(days / 30.4 / MAX_TICKS)))
        fmt = "%b %Y"
    else:
        locator = matplotlib.dates.YearLocator(base=max(1, math.ceil(days / 365.25 / MAX_TICKS)))
        fmt = "%Y"
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(matplotlib.dates.DateFormatter(fmt))


def _figure(height: float) -> Figure:
    with matplotlib.rc_context(RC):
        return Figure(figsize=(FIG_WIDTH, height), layout="constrained")


def outlet_activity_svg(articles: Sequence[Article]) -> str | None:
    """Articles per outlet per day as a dot matrix (dot area = count); None with no dated article."""
    counts = Counter((_short(outlet_name(a)), d) for a in articles if (d := _day(a.published)))
    if not counts:
        return None
    outlets = sorted({o for o, _ in counts}, reverse=True)
    with matplotlib.rc_context(RC):
        fig = _figure(0.6 + 0.32 * len(outlets))
        ax = fig.add_subplot()
        xs = [matplotlib.dates.date2num(d) for _, d in counts]
        ys = [outlets.index(o) for o, _ in counts]
        sizes = [40 * n for n in counts.values()]
        ax.scatter(xs, ys, s=sizes, color="#0072B2", alpha=0.8, zorder=3)
        for x, y, n in zip(xs, ys, counts.values()):
            if n > 1:
                ax.annotate(str(n), (x, y), ha="center", va="center", color="white", fontsize=7, zorder=4)
        ax.set_yticks(range(len(outlets)), outlets)
        ax.set_ylim(-0.7, len(outlets) - 0.3)
        lo, hi = min(xs), max(xs)
        ax.set_xlim(lo - 0.8, hi + 0.8)
        _date_axis(ax, lo, hi)
        ax.grid(axis="x", color="#e5e5e5", zorder=0)
        undated = len(articles) - sum(counts.values())
        ax.set_title("Articles per outlet per day" + (f" ({undated} undated not shown)" if undated else ""),
                     loc="left", fontsize=10)
        return to_svg(fig)


def stance_heatmap_svg(stances: Sequence[dict[str, Any]]) -> str | None:
    """Actor × issue matrix coloured by the latest position; None without stances."""
    if not stances:
        return None
    latest: dict[tuple[str, str], dict] = {}
    for st in sorted(stances, key=lambda r: r.get("date") or ""):
        latest[(_short(st.get("actor")), _short(st.get("issue")))] = st
    actors = sorted({a for a, _ in latest})
    issues = sorted({i for _, i in latest})
    positions = list(POSITION_COLOURS) + ["other"]
    grid = [[-1] * len(issues) for _ in actors]
    for (a, i), st in latest.items():
        pos = st.get("position")
        grid[actors.index(a)][issues.index(i)] = positions.index(pos if pos in POSITION_COLOURS else "other")
    with matplotlib.rc_context(RC):
        fig = _figure(0.9 + 0.42 * len(actors))
        ax = fig.add_subplot()
        cmap = ListedColormap(["#f3f3f3", *POSITION_COLOURS.values(), OTHER_COLOUR])
        ax.imshow([[v + 1 for v in row] for row in grid], cmap=cmap, vmin=0, vmax=len(positions), aspect="auto")
        # the cells are as wide as the plot area allows: a position word that does not fit is
        # written by its initial, and a legend under the chart says what colour and letter mean
        label_in = max(len(a) for a in actors) * RC["font.size"] * CHAR_WIDTH_IN
        cell_in = (FIG_WIDTH - label_in - 0.4) / len(issues)
        words = {_short(st.get("position")) for st in latest.values()}
        initials = max(len(w) for w in words) * CELL_FONT * CHAR_WIDTH_IN > cell_in * 0.9
        for r, row in enumerate(grid):
            for c, v in enumerate(row):
                label = "" if v < 0 else _short(latest[(actors[r], issues[c])].get("position"))
                if initials:
                    label = label[:1].upper()
                ax.text(c, r, label, ha="center", va="center", fontsize=CELL_FONT, color="white" if v >= 0 else "#777")
        if initials:
            shown = [p for p in positions if positions.index(p) in {v for row in grid for v in row}]
            colours = {**POSITION_COLOURS, "other": OTHER_COLOUR}
            fig.legend(handles=[Patch(color=colours[p], label=f"{p[:1].upper()} {p}") for p in shown],
                       loc="outside lower center", ncols=len(shown), frameon=False, fontsize=8)
        ax.set_xticks(range(len(issues)), issues, rotation=20, ha="right")
        ax.set_yticks(range(len(actors)), actors)
        ax.tick_params(length=0)
        for spine in ax.spines.values():
            spine.set_visible(False)
        ax.set_title("Who stands where (latest position)", loc="left", fontsize=10)
        return to_svg(fig)


def timeline_svg(events: Sequence[dict[str, Any]]) -> str | None:
    """Dated events, one row each in date order (labels never collide); None without dated events."""
    dated = sorted(((d, _short(e.get("event"), EVENT_CHARS)) for e in events if (d := _day(e.get("date")))),
                   key=lambda t: t[0])
    if not dated:
        return None
    with matplotlib.rc_context(RC):
        fig = _figure(0.8 + 0.3 * len(dated))
        ax = fig.add_subplot()
        xs = [matplotlib.dates.date2num(d) for d, _ in dated]
        ys = list(range(len(dated)))
        ax.hlines(ys, min(xs), xs, color="#dddddd", linewidth=0.8, zorder=1)
        ax.scatter(xs, ys, color="#0072B2", zorder=3)
        ax.set_yticks(ys, [label for _, label in dated], fontsize=8)
        ax.set_ylim(len(dated) - 0.5, -0.5)
        pad = max(1.0, (max(xs) - min(xs)) * 0.05)
        ax.set_xlim(min(xs) - pad, max(xs) + pad)
        _date_axis(ax, min(xs), max(xs))
        ax.tick_params(axis="y", length=0)
        ax.spines["left"].set_visible(False)
        ax.set_title("Timeline", loc="left", fontsize=10)
        return to_svg(fig)
