"""Story labels that read like a headline: the story's most central title or lead sentence.

Each article of a story offers up to two candidates: its title and its lead sentence (the
first sentence of the body, without a dateline such as "BERLIN —"). A candidate is central
when the story's *other* articles echo its words: its score is, averaged over its content
words, the share of the other articles whose title or lead uses that word (the centroid of the
story's other articles, read as a word distribution). The phrase most of the coverage agrees
with wins; a loaded or off-topic headline that few others echo loses. A lead sentence must beat
a title by ``LEAD_WEIGHT`` to be chosen (titles are written to be read alone); a lone article's
label is its title. The winner is trimmed to ``LABEL_MAX_CHARS`` at a clause or word boundary.

Labels are stable: a story whose membership is unchanged since the last run keeps its label
(:func:`label_stories`), and the choice itself is a pure function of the story's articles
(ties broken by article id), never of the rest of the corpus.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from newsdesk.ingest.textmeta import find_dateline, only_a_date
from newsdesk.link.features import content_words
from newsdesk.model import Story

LABEL_MAX_CHARS = 90  # about one line of a listing or a browser tab
LABEL_MIN_CHARS = 35  # a clause cut shorter than this says too little: cut at a word instead
LEAD_CHARS = 600  # the lead sentence starts the body; a few hundred characters hold it
LEAD_WEIGHT = 0.85  # a lead sentence needs a clearly better score than a title to be the label
MIN_WORDS = 3  # a title of one or two words ("Ukraine", "Live updates") is a section, not a headline
STORIES_PER_READ = 200  # stories labelled per read of their articles' heads: bounded memory
# clause boundaries to cut a long headline at, strongest first
_CLAUSE_CUTS = (re.compile(r"\s*[;:]\s+"), re.compile(r"\s+[—–]\s+|\s+--\s+"), re.compile(r",\s+"),
                re.compile(r"\s+(?:as|after|while|but|amid|with|because|before|when)\s+"))
_TRAILING = " .,;:—–-"
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])(?P<close>[\"”’)\]]*)\s+(?=[\"“‘(\[]?[A-Z0-9])")  # as link.features splits
# a sentence "ending" in a title or initials ("Mr.", "U.S.") goes on: the splitter cut too soon
_ABBREVIATION_END = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|Jr|Sr|No)|\b[A-Z](?:\.[A-Z])+)\.$")


@dataclass(frozen=True, slots=True)
class Head:
    """What labelling reads of an article: its id, title and the start of its body."""

    id: str
    title: str | None
    lead: str


@dataclass(frozen=True, slots=True)
class _Candidate:
    text: str
    kind: str  # "title" | "lead"
    article: str
    words: frozenset[str]


def lead_sentence(text: str) -> str | None:
    """The first sentence of ``text`` (a body's start), without a leading dateline."""
    paragraph = next((p.strip() for p in text.split("\n") if p.strip()), "")
    found = find_dateline(paragraph)
    if found is not None:
        paragraph = paragraph[len(found["text"]):].lstrip(" —–-")
    for end in _SENTENCE_BREAK.finditer(paragraph):
        sentence = paragraph[: end.start() + len(end["close"])]
        if not _ABBREVIATION_END.search(sentence):
            return sentence.strip() or None
    return paragraph or None


def _candidates(heads: Sequence[Head]) -> list[_Candidate]:
    out = []
    for head in sorted(heads, key=lambda h: h.id):
        title = " ".join((head.title or "").split())
        if len(title.split()) >= MIN_WORDS and not only_a_date(title):
            out.append(_Candidate(title, "title", head.id, frozenset(_words(title))))
        lead = lead_sentence(head.lead)
        if lead and len(lead.split()) >= MIN_WORDS and not only_a_date(lead):
            out.append(_Candidate(" ".join(lead.split()), "lead", head.id, frozenset(_words(lead))))
    return out


def _words(text: str) -> list[str]:
    return [w for w in content_words(text) if len(w) > 2]


def choose_label(heads: Sequence[Head]) -> tuple[str, str] | None:
    """``(label, source)`` for one story's articles (source ``title:<id>`` or ``lead:<id>``), or
    None when no article has a usable title or lead sentence."""
    candidates = [c for c in _candidates(heads) if c.words]
    if not candidates:
        return None
    words_of = _article_words(candidates)
    # a lead repeated word for word by another article is that copy's body, not an echo (a copy
    # that keeps a headline chose to; one that keeps the body keeps its lead with it): a
    # syndicated lead must not win by its copies alone
    same_lead: dict[frozenset[str], set[str]] = {}
    for c in candidates:
        if c.kind == "lead":
            same_lead.setdefault(c.words, set()).add(c.article)

    def score(c: _Candidate) -> tuple[float, int, str]:
        # the share of the other articles that echo each of the candidate's words, on average
        one_voice = same_lead[c.words] if c.kind == "lead" else {c.article}
        others = [words for article, words in words_of.items() if article not in one_voice]
        echoed = sum(w in words for words in others for w in c.words) / (len(c.words) * max(len(others), 1))
        weight = 1.0 if c.kind == "title" else LEAD_WEIGHT
        return (-echoed * weight, 0 if c.kind == "title" else 1, c.article)

    best = min(candidates, key=score)
    return trim_label(best.text), f"{best.kind}:{best.article}"


def _article_words(candidates: Sequence[_Candidate]) -> dict[str, set[str]]:
    """Each article's content words of title and lead together (an article counts once per word)."""
    by_article: dict[str, set[str]] = {}
    for c in candidates:
        by_article.setdefault(c.article, set()).update(c.words)
    return by_article


def trim_label(text: str, limit: int = LABEL_MAX_CHARS) -> str:
    """``text`` cut to at most ``limit`` characters: at the last clause boundary that leaves at
    least ``LABEL_MIN_CHARS``, else at a word boundary with an ellipsis."""
    text = " ".join(text.split()).rstrip(_TRAILING) or text.strip()
    if len(text) <= limit:
        return text
    for cut in _CLAUSE_CUTS:
        ends = [m.start() for m in cut.finditer(text) if LABEL_MIN_CHARS <= m.start() <= limit]
        if ends:
            return text[: ends[-1]].rstrip(_TRAILING)
    head = text[: limit - 1]
    if " " in head[LABEL_MIN_CHARS:]:
        head = head[: head.rindex(" ")]
    return head.rstrip(_TRAILING) + "…"


def label_stories(stories: list[Story], previous: Iterable[Story],
                  read_heads: Callable[[list[str]], list[Head]]) -> list[Story]:
    """Give every story a headline label (in place; returns ``stories``).

    A story whose ``previous`` version had the same members and a headline label keeps it;
    the others are labelled from their articles' heads, read ``STORIES_PER_READ`` stories at
    a time through ``read_heads(article ids)``. A story with no usable title or lead keeps the
    label it has.
    """
    before = {s.id: s for s in previous}
    todo = []
    for story in stories:
        old = before.get(story.id)
        if old is not None and old.label_source and set(old.article_ids) == set(story.article_ids):
            story.label, story.label_source = old.label, old.label_source
        else:
            todo.append(story)
    for i in range(0, len(todo), STORIES_PER_READ):
        batch = todo[i: i + STORIES_PER_READ]
        heads = {h.id: h for h in read_heads(sorted({a for s in batch for a in s.article_ids}))}
        for story in batch:
            chosen = choose_label([heads[a] for a in story.article_ids if a in heads])
            if chosen is not None:
                story.label, story.label_source = chosen
    return stories
