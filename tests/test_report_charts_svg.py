"""Charts: deterministic inline SVG, untrusted labels escaped, unsafe SVG refused."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from newsdesk.model import Article
from newsdesk.report import charts

EVIL = "<script>alert(1)</script> $x$"
STANCES = [
    {"actor": "Saldovia", "issue": "ceasefire", "position": "supports", "date": "2026-02-15"},
    {"actor": EVIL, "issue": "buffer zone", "position": "opposes", "date": "2026-02-16"},
    {"actor": "Saldovia", "issue": "ceasefire", "position": "conditional", "date": "2026-02-16"},
]


def articles() -> list[Article]:
    return [Article(id=f"a{i}", source="x", body="b", content_hash=str(i), outlet=o, published=d)
            for i, (o, d) in enumerate([("Wire", "2026-02-15"), ("Wire", "2026-02-15"), (EVIL, "2026-02-16"),
                                        ("Herald", None)])]


@pytest.mark.parametrize("make", [
    lambda: charts.outlet_activity_svg(articles()),
    lambda: charts.stance_heatmap_svg(STANCES),
    lambda: charts.timeline_svg([{"date": "2026-02-14", "event": EVIL}, {"date": "2026-02-15", "event": "Talks open"}]),
])
def test_charts_are_deterministic_escaped_svg(make) -> None:
    svg = make()
    assert svg.startswith("<svg") and svg == make()
    ET.fromstring(svg)  # well-formed
    assert "<script" not in svg and "&lt;script&gt;" in svg
    assert "<dc:date>" not in svg, "no timestamp: identical data gives identical bytes"


def test_heatmap_uses_latest_position() -> None:
    svg = charts.stance_heatmap_svg(STANCES)
    assert "conditional" in svg and ">supports<" not in svg


def test_charts_without_data_are_none() -> None:
    assert charts.outlet_activity_svg([]) is None
    assert charts.stance_heatmap_svg([]) is None
    assert charts.timeline_svg([{"date": None, "event": "undated"}]) is None


def test_check_svg_refuses_active_content() -> None:
    with pytest.raises(ValueError):
        charts.check_svg('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    with pytest.raises(ValueError):
        charts.check_svg('<svg xmlns="http://www.w3.org/2000/svg"><rect onload="x()"/></svg>')


def test_heatmap_with_many_issues_writes_initials_and_a_legend() -> None:
    """Thirteen issues leave cells too narrow for "conditional": each cell shows its initial and a
    legend names the positions (seen cut to "emand" in a briefing of a port lockout)."""
    many = [{"actor": f"Party {k % 4}", "issue": f"issue number {k}", "position": pos, "date": "2026-06-10"}
            for k, pos in enumerate(["demands", "opposes", "supports", "conditional", "proposes"] * 3)][:13]
    svg = charts.stance_heatmap_svg(many)
    ET.fromstring(svg)
    texts = [t.strip() for t in ET.fromstring(svg).itertext() if t.strip()]
    assert "D" in texts and "C" in texts and "C conditional" in texts and "D demands" in texts
    assert "conditional" not in texts  # never the whole word in a cell it does not fit
    few = charts.stance_heatmap_svg(STANCES)
    assert "C conditional" not in few  # two issues: the words fit, no legend
