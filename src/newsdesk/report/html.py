"""The briefing as one self-contained HTML file: inline CSS, charts as inline SVG, no scripts."""
from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup

from .. import __version__
from . import charts
from .briefing import StoryBrief
from .render import CitationIndex, environment


def story_charts(brief: StoryBrief) -> dict[str, Markup | None]:
    """The story's charts as inline-ready SVG. Markup only after :func:`charts.check_svg` passed."""
    rendered = {
        "activity": charts.outlet_activity_svg(list(brief.articles.values())),
        "stances": charts.stance_heatmap_svg(brief.stance_records),
        "timeline": charts.timeline_svg(brief.timeline_records),
    }
    return {k: Markup(v) if v else None for k, v in rendered.items()}  # checked SVG built by matplotlib


def briefing_html(briefs: Sequence[StoryBrief]) -> str:
    env = environment()
    stories = [{"brief": b, "cites": CitationIndex(f"s-{b.story.id}"), "charts": story_charts(b)} for b in briefs]
    return env.get_template("briefing.html").render(
        stories=stories, n_articles=len({a for b in briefs for a in b.articles}), generator=f"newsdesk {__version__}",
    )
