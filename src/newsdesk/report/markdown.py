"""The briefing as Markdown: same sections as the HTML, numbered citations per story."""
from __future__ import annotations

import re
from collections.abc import Sequence

from .briefing import Sentence, StoryBrief
from .render import CitationIndex
from .sources import outlet_name

MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|!~])")  # escaped so article text never becomes markup or HTML


def esc(text: str | None) -> str:
    return MD_SPECIAL.sub(r"\\\1", " ".join((text or "").split()))


def _side_by_side(title: str, groups: list, cites, bold: bool = False, quoted: bool = False) -> list[str]:
    """A heading, then per group its lead line and each outlet's sentence as a sub-item."""
    if not groups:
        return []
    out = [f"### {title}", ""]
    for g in groups:
        lead = _line(g.lead, cites)
        out.append(f"- **{lead}**" if bold else f"- {lead}")
        if g.camps:  # a conflict with sides: each side's value, then its outlets' sentences
            for camp in g.camps:
                out.append(f"  - **{esc(camp.value)}** ({esc(', '.join(camp.outlets))})")
                out += [f"    - *{esc(side.outlet)}*: {_line(side.sentence, cites, quoted=quoted)}" for side in camp.sides]
            continue
        out += [f"  - *{esc(side.outlet)}*: {_line(side.sentence, cites, quoted=quoted)}" for side in g.sides]
    return out + [""]


def _line(s: Sentence, cites: CitationIndex, quoted: bool = False) -> str:
    refs = "".join(f"[{n}]" for n in cites.refs(s))
    return f"“{esc(s.text)}” {refs}" if quoted else f"{esc(s.text)} {refs}"


def briefing_markdown(briefs: Sequence[StoryBrief]) -> str:
    out = ["# Newsdesk briefing", ""]
    if not briefs:
        out.append("No stories yet: run `newsdesk analyze` first.")
    for b in briefs:
        st = b.story
        cites = CitationIndex(st.id)
        out += [f"## {esc(st.label)} ({esc(st.id)})", ""]
        out.append(f"*{len(b.articles)} articles, {st.independent_sources} independent newsrooms, "
                   f"{esc(st.first_seen or '?')[:10]} to {esc(st.last_seen or '?')[:10]}*")
        out.append("")
        if b.summary:
            out += ["### Summary", "", " ".join(_line(s, cites) for s in b.summary), ""]
        out += _side_by_side("Where outlets disagree", b.disagreements, cites, bold=True)
        if b.agreements:
            out += ["### Confirmed by several outlets", ""] + [f"- {_line(s, cites)}" for s in b.agreements] + [""]
        out += _side_by_side("Quote variants", b.quotes, cites, quoted=True)
        if b.stances:
            out += ["### Who stands where", ""] + [f"- {_line(s, cites)}" for s in b.stances] + [""]
        if b.timeline:
            out += ["### Timeline", ""] + [f"- {_line(s, cites)}" for s in b.timeline] + [""]
        out += ["### Sources", ""]
        if b.sources_line:
            out += [_line(b.sources_line, cites), ""]
        for row in b.sources:
            a = row.article
            out.append(f"- {esc(outlet_name(a))}: {esc(a.title or a.id)} ({esc((a.published or 'undated')[:10])}, "
                       f"{esc(a.id)})")
            out += [f"  - copy ({kind}, similarity {sim:.2f}): {esc(outlet_name(c))} {esc(c.id)}"
                    for c, kind, sim in row.copies]
        out += ["", "#### Citations", ""]
        out += [f"{n}. {esc(c.outlet)}, {esc(c.article)} [{c.start}:{c.end}]: “{esc(c.excerpt)}”"
                for n, c in enumerate(cites.items, 1)]
        out.append("")
    return "\n".join(out).rstrip() + "\n"
