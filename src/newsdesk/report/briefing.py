"""The briefing as data: per story, cited sentences grouped into sections.

Two kinds of sentence exist. *Extracted* sentences are spans of an article body and their
text is exactly ``body[start:end]``. *Generated* sentences ("3 outlets disagree on …") are
written here and cite the spans they summarise (the facts' mentions, the stances'
evidence). A generated sentence with nothing to cite is not written. The Markdown, HTML
and JSON writers and the web story page all render this one structure.
"""
from __future__ import annotations

import re

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..model import Annotations, Article, Quote, Story, SyndicationPair
from ..compare.actors import people_noun
from .sources import SourceRow, fold_copies, outlet_name
from .spans import sentence_span, split_sentences
from .summarize import summarize, summary_length

FORMAT_VERSION = 1
VERDICT_ORDER = {"conflict": 0, "compatible-with-rounding": 1, "compatible": 2, "consistent": 3, "single-source": 4}
QUOTE_ORDER = {"divergent": 0, "minor-variation": 1, "identical": 2}  # the interesting differences first
AGREEING = ("consistent", "compatible", "compatible-with-rounding")
AGREEMENTS_SHOWN = 6  # the briefing lists the best-confirmed facts; the web page shows all of them
EXCERPT_CHARS = 240  # citation tooltips show this much of the cited span
POSITION_PHRASE = {"supports": "supports", "opposes": "opposes", "conditional": "conditionally accepts",
                   "proposes": "proposes", "demands": "demands"}
PLURAL_PHRASE = {"supports": "support", "opposes": "oppose", "conditional": "conditionally accept",
                 "proposes": "propose", "demands": "demand"}


def _plural(actor: str) -> bool:
    """A party named by a plural common noun ("residents", "students", "Councillors" opening a
    sentence, "Ferry riders"): not a name."""
    if not actor or not actor.endswith("s") or actor.endswith("ss"):
        return False
    return actor[:1].islower() or (" " not in actor or actor.split()[-1][:1].islower()) \
        and people_noun(actor.split()[-1])


@dataclass(slots=True)
class Citation:
    article: str
    start: int
    end: int
    outlet: str = ""
    excerpt: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"article": self.article, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Sentence:
    text: str
    citations: list[Citation]
    kind: str  # summary | conflict | agreement | quote | stance | timeline | sources
    extracted: bool  # True: text is the cited span itself
    marks: list[tuple[int, int]] = field(default_factory=list)  # body offsets to highlight (fact mentions)

    def as_json(self) -> dict[str, Any]:
        return {"text": self.text, "citations": [c.as_json() for c in self.citations], "kind": self.kind,
                "extracted": self.extracted}


@dataclass(slots=True)
class Side:
    """One outlet's version: an extracted sentence (or quote) and who said it."""

    outlet: str
    article: str
    sentence: Sentence


@dataclass(slots=True)
class Camp:
    """One side of a conflict: the value its outlets report, and their sentences (outlier first)."""

    value: str
    outlets: list[str]
    sides: list[Side]


@dataclass(slots=True)
class Group:
    """A generated lead sentence with the outlets' own versions under it (a conflict, a quote).
    A conflict whose fact has sides also groups the versions by side (``camps``)."""

    record: dict[str, Any]
    lead: Sentence
    sides: list[Side]
    camps: list[Camp] = field(default_factory=list)


@dataclass(slots=True)
class StoryBrief:
    story: Story
    articles: dict[str, Article]
    summary: list[Sentence] = field(default_factory=list)
    disagreements: list[Group] = field(default_factory=list)
    agreements: list[Sentence] = field(default_factory=list)
    facts: list[dict] = field(default_factory=list)  # every fact, conflicts first
    quotes: list[Group] = field(default_factory=list)
    stances: list[Sentence] = field(default_factory=list)
    stance_records: list[dict] = field(default_factory=list)
    timeline: list[Sentence] = field(default_factory=list)
    timeline_records: list[dict] = field(default_factory=list)
    sources: list[SourceRow] = field(default_factory=list)
    sources_line: Sentence | None = None
    framing: list[dict] = field(default_factory=list)

    def sentences(self) -> list[Sentence]:
        """Every sentence of the story's briefing, in reading order."""
        out = list(self.summary)
        for group in self.disagreements:
            out += [group.lead, *(s.sentence for s in group.sides)]
        out += self.agreements
        for group in self.quotes:
            out += [group.lead, *(s.sentence for s in group.sides)]
        out += self.stances + self.timeline
        if self.sources_line:
            out.append(self.sources_line)
        return out

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.story.id,
            "label": self.story.label,
            "sentences": [s.as_json() for s in self.sentences()],
            "conflicts": [g.record["id"] for g in self.disagreements],
            "timeline": self.timeline_records,
            "articles": list(self.story.article_ids),
            "independent_sources": self.story.independent_sources,
            "first_seen": self.story.first_seen,
            "last_seen": self.story.last_seen,
        }


@dataclass(slots=True)
class Findings:
    """The stored per-story records a brief is built from (lists of export-format dicts)."""

    facts: list[dict] = field(default_factory=list)
    quote_variants: list[dict] = field(default_factory=list)
    stances: list[dict] = field(default_factory=list)
    timeline: list[dict] = field(default_factory=list)
    framing: list[dict] = field(default_factory=list)


# -- building ---------------------------------------------------------------------------------


class _Citer:
    """Makes citations and sentences for one story's articles."""

    def __init__(self, articles: Mapping[str, Article], annotations: Mapping[str, Annotations]) -> None:
        self.articles = articles
        self.annotations = annotations

    def cite(self, article: str, start: int, end: int) -> Citation | None:
        a = self.articles.get(article)
        if a is None or not (0 <= start < end <= len(a.body)):
            return None  # a finding pointing outside its article is not citable
        excerpt = a.body[start:end]
        if len(excerpt) > EXCERPT_CHARS:
            excerpt = excerpt[: EXCERPT_CHARS - 1] + "…"
        return Citation(article, start, end, outlet_name(a, short=True), excerpt)

    def cites(self, spans: Sequence[Mapping[str, Any]]) -> list[Citation]:
        out, seen = [], set()
        for sp in spans:
            key = (sp.get("article"), sp.get("start"), sp.get("end"))
            if key in seen or not isinstance(key[1], int) or not isinstance(key[2], int):
                continue
            seen.add(key)
            c = self.cite(*key)  # type: ignore[arg-type]
            if c:
                out.append(c)
        return out

    def sentence_of(self, article: str, start: int, end: int) -> tuple[int, int]:
        ann = self.annotations.get(article)
        return sentence_span(self.articles[article].body, ann.sentences if ann else [], start, end)

    def extracted(self, article: str, start: int, end: int, kind: str,
                  marks: list[tuple[int, int]] | None = None) -> Sentence | None:
        c = self.cite(article, start, end)
        if c is None:
            return None
        return Sentence(self.articles[article].body[start:end], [c], kind, True, marks or [])


def _outlets(cites: Sequence[Citation]) -> list[str]:
    return list(dict.fromkeys(c.outlet for c in cites))


def _join(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


MEASURED_SUM_RE = re.compile(r"[a-z][a-z -]* \([A-Z]{3}\): ")  # a conflict over a named sum: "deficit (USD): <sentence>"
LABEL_CLAIMS = ("when the ", "number of ", "amount in ", "share in ", "how ")  # claims that name what is disputed, not a sentence


def _fact_group(fact: dict, citer: _Citer) -> Group | None:
    """A conflict: a lead that says who reports which value (outlier first, from the fact's
    ``sides``), each outlet's sentence under it, grouped by side."""
    cites = citer.cites(fact.get("mentions", []))
    if not cites:
        return None
    claim = (fact.get("claim") or "a reported fact").strip().rstrip(".")
    if (claim.lower().startswith(("number of ", "amount in ", "share in ")) or MEASURED_SUM_RE.match(claim)) and ": " in claim:
        what = "the " + claim.split(": ", 1)[0]  # "number of residents: <the majority's sentence>", "deficit (USD): …"
    else:
        what = claim if claim.lower().startswith(LABEL_CLAIMS) else f"a figure in “{claim}”"
    by_sentence: dict[tuple[str, int, int], list[tuple[int, int]]] = {}
    for c in cites:
        s, e = citer.sentence_of(c.article, c.start, c.end)
        by_sentence.setdefault((c.article, s, e), []).append((c.start, c.end))
    sides = []
    for (aid, s, e), marks in by_sentence.items():
        sent = citer.extracted(aid, s, e, "conflict", marks)
        if sent:
            sides.append(Side(outlet_name(citer.articles[aid], short=True), aid, sent))
    camps = []
    for side in fact.get("sides") or []:
        mine = [s for s in sides if s.article in side.get("articles", [])]
        if mine:
            camps.append(Camp(side.get("value", ""), list(dict.fromkeys(s.outlet for s in mine)), mine))
    if len(camps) >= 2:
        said = "; ".join(f"{_join(c.outlets)}: {c.value}" for c in camps)
        outlets = {o for c in camps for o in c.outlets}
        lead = Sentence(f"{len(outlets)} outlets disagree on {what} — {said}.", cites, "conflict", False)
        return Group(fact, lead, [s for c in camps for s in c.sides], camps)
    lead = Sentence(f"{len(_outlets(cites))} outlets disagree on {what}.", cites, "conflict", False)
    return Group(fact, lead, sides)


def _quote_group(variant: dict, quotes: Mapping[str, Quote], citer: _Citer) -> Group | None:
    members = [quotes[q] for q in variant.get("members", []) if q in quotes]
    sides = []
    for q in members:
        sent = citer.extracted(q.article, q.start, q.end, "quote")
        if sent:
            sides.append(Side(outlet_name(citer.articles[q.article], short=True), q.article, sent))
    if not sides:
        return None
    who = variant.get("speaker") or "An unnamed speaker"
    verdict = (variant.get("verdict") or "").replace("-", " ")
    cites = [c for s in sides for c in s.sentence.citations]
    if variant.get("verdict") == "identical":  # nothing to compare side by side: one line says it
        outlets = _join(_outlets(cites))
        return Group(variant, Sentence(f"{who} is quoted word for word by {outlets}.", cites, "quote", False), [])
    lead = Sentence(f"{who} is quoted in {len(sides)} versions ({verdict}).", cites, "quote", False)
    return Group(variant, lead, sides)


def _timeline_sentence(event: dict, citer: _Citer) -> Sentence | None:
    cites = citer.cites(event.get("evidence") or [])
    if not cites:  # fall back to the date mentions that resolved to this date
        spans = [d.as_dict() for aid in event.get("articles", []) if aid in citer.annotations
                 for d in citer.annotations[aid].dates if d.value == event.get("date")]
        cites = citer.cites(spans)
    if not cites:
        return None
    return Sentence(f"{event.get('date')}: {event.get('event')}", cites, "timeline", False)


def brief_story(story: Story, articles: Mapping[str, Article], annotations: Mapping[str, Annotations],
                copies: Sequence[SyndicationPair], found: Findings) -> StoryBrief:
    """Build one story's brief from its articles, annotations, copy pairs and findings. Pure."""
    members = [articles[a] for a in story.article_ids if a in articles]
    mine = {a.id: a for a in members}
    anns = {a: annotations[a] for a in mine if a in annotations}
    citer = _Citer(mine, anns)
    brief = StoryBrief(story, mine)
    brief.sources = fold_copies(members, copies)
    originals = [row.article for row in brief.sources]

    for c in summarize(originals, anns, summary_length(story.independent_sources or len(originals))):
        s = citer.extracted(c.article, c.start, c.end, "summary")
        if s:
            brief.summary.append(s)

    brief.facts = sorted(found.facts, key=lambda f: (VERDICT_ORDER.get(f.get("verdict"), 9), str(f.get("id"))))
    for fact in brief.facts:
        if fact.get("verdict") == "conflict":
            group = _fact_group(fact, citer)
            if group:
                brief.disagreements.append(group)
    agreeing = [f for f in brief.facts if f.get("verdict") in AGREEING]
    agreeing.sort(key=lambda f: -len({m.get("article") for m in f.get("mentions", [])}))
    for fact in agreeing:
        cites = citer.cites(fact.get("mentions", []))
        outlets = _outlets(cites)
        if len(outlets) >= 2 and len(brief.agreements) < AGREEMENTS_SHOWN:
            claim = (fact.get("claim") or "").strip().rstrip(".")
            how = "reported alike" if fact.get("verdict") != "compatible" else \
                "reported with different detail, nothing contradictory,"  # e.g. two figures of two things
            text = f"{claim} — {how} by {len(outlets)} outlets ({_join(outlets)})."
            brief.agreements.append(Sentence(text, cites, "agreement", False))

    quotes = {q.id: q for ann in anns.values() for q in ann.quotes}
    for variant in sorted(found.quote_variants, key=lambda v: QUOTE_ORDER.get(v.get("verdict"), 9)):
        group = _quote_group(variant, quotes, citer)
        if group:
            brief.quotes.append(group)

    brief.stance_records = found.stances
    for st in sorted(found.stances, key=lambda r: ((r.get("actor") or "").casefold(), r.get("issue") or "", r.get("date") or "")):
        cites = citer.cites(st.get("evidence") or [])
        if cites:
            verb = POSITION_PHRASE.get(st.get("position"), st.get("position"))
            if _plural(str(st.get("actor") or "")):
                verb = PLURAL_PHRASE.get(st.get("position"), verb)  # "residents demand compensation"
            when = f" (as of {st['date']})" if st.get("date") else ""
            actor = str(st.get("actor") or "")
            if actor and actor == actor.lower():
                actor = f"The {actor}"  # a party named by a common noun ("agency board") opens the sentence
            brief.stances.append(Sentence(f"{actor} {verb} {st.get('issue')}{when}.", cites, "stance", False))

    brief.timeline_records = sorted(found.timeline, key=lambda t: (t.get("date") or "", t.get("event") or ""))
    for event in brief.timeline_records:
        s = _timeline_sentence(event, citer)
        if s:
            brief.timeline.append(s)

    brief.framing = found.framing
    leads = []
    for row in brief.sources:
        ann = anns.get(row.article.id)
        spans = [tuple(x) for x in ann.sentences] if ann and ann.sentences else split_sentences(row.article.body)
        c = citer.cite(row.article.id, *spans[0]) if spans else None
        if c:
            leads.append(c)
    folded = sum(len(r.copies) for r in brief.sources)
    if leads:
        copies = f" ({_count(folded, 'copy', 'copies')} folded)" if folded else ""
        text = f"{_count(len(members), 'article')} from {_count(story.independent_sources, 'independent newsroom')}{copies}."
        brief.sources_line = Sentence(text, leads, "sources", False)
    return brief


def _findings(store: Any, story_id: str) -> Findings:
    return Findings(**{kind: store.results(kind, story_id)
                       for kind in ("facts", "quote_variants", "stances", "timeline", "framing")})


def build_briefing(desk: Any) -> list[StoryBrief]:
    """Briefs for every story in the desk's store, widest coverage first."""
    store = desk.store
    articles = {a.id: a for a in store.articles()}
    annotations = store.annotations()
    copies = [SyndicationPair.from_dict(d) for d in store.results("syndication")]
    stories = sorted(desk.stories(), key=lambda s: (-s.independent_sources, -len(s.article_ids), s.id))
    return [brief_story(story, articles, annotations, copies, _findings(store, story.id)) for story in stories]


def story_brief(desk: Any, story_id: str) -> StoryBrief:
    """One story's brief (raises the catalogue's E302 for an unknown story)."""
    story = desk.story(story_id)
    store = desk.store
    articles = {a.id: a for a in store.articles(story.article_ids)}
    annotations = store.annotations(story.article_ids)
    copies = [SyndicationPair.from_dict(d) for d in store.results("syndication")]
    return brief_story(story, articles, annotations, copies, _findings(store, story.id))


def briefing_json(briefs: Sequence[StoryBrief]) -> dict[str, Any]:
    return {"format_version": FORMAT_VERSION, "stories": [b.as_json() for b in briefs]}


def _count(n: int, one: str, many: str | None = None) -> str:
    """"1 copy", "3 copies": a count with its noun in the right number."""
    return f"{n} {one if n == 1 else (many or one + 's')}"
