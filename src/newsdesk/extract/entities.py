"""Article-local entities: gazetteer + person rules, with alias merging inside the article.

Mentions come from the pipeline's ``entity_ruler`` (gazetteer: countries, capitals,
organisations, nationalities; its ``ent_id_`` is the canonical name), from an optional
pretrained NER, and from :mod:`.persons`. Mentions of one thing are then folded into one
entity: gazetteer mentions by canonical name ("Kiev" -> "Kyiv"), persons by surname with
transliteration tolerance and first-name compatibility ("Mr. Zelensky", "Zelenskyy",
"President Volodymyr Zelensky"). The canonical name is the fullest form seen.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..model import Entity, Mention
from .nlp import GAZETTEER_KEY
from .gazetteer import EVENT_HEADS, FEMALE_TITLES, MALE_TITLES, ORG_HEADS, given_name_gender
from .persons import NAME_WORD, NOT_NAMES, find_persons, surname_match

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "OTHER")
NER_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "NORP": "NORP",
              "EVENT": "EVENT", "FAC": "LOC", "WORK_OF_ART": "OTHER", "LAW": "OTHER"}
# "Washington" is the US government when it acts (it "said", "has yet to respond");
# it is the city after these words or before these.
WASHINGTON_PLACE_BEFORE = re.compile(r"(?:\b(?:in|to|from|at|near|visit(?:ed|ing)?)\s+)$")
WASHINGTON_PLACE_AFTER = re.compile(r"^(?:,?\s*D\.?C\.?|\s+(?:Post|state|State|Nationals|Redskins))")
CAPITALISED_RUN = re.compile(rf"{NAME_WORD}(?:\s+(?:of|for|and|the|de)?\s*{NAME_WORD}){{1,5}}")


@dataclass(slots=True)
class LocalEntity:
    """An entity while it is being built; ``titles`` help resolve "the president said"."""

    type: str
    key: str  # canonical name for gazetteer entities; surname for persons
    names: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    titles: set[str] = field(default_factory=set)
    first: str | None = None

    def gender(self) -> str | None:
        """"m"/"f" from titles or the given name, for pronoun resolution; None when unknown."""
        if self.titles & MALE_TITLES:
            return "m"
        if self.titles & FEMALE_TITLES:
            return "f"
        return given_name_gender(self.first) if self.first else None

    def canonical(self) -> str:
        if self.type != "PERSON":
            return self.key
        counts = Counter(self.names)
        # fullest form first, then the most frequent spelling among the fullest
        return max(counts, key=lambda n: (len(n.split()), counts[n], -self.names.index(n)))


def _gazetteer_mentions(doc: Doc) -> list[tuple[int, int, str, str, str]]:
    """(start, end, text, type, canonical) for gazetteer (and optional NER) spans, with
    "Washington" the government unless it reads as the place."""
    text = doc.text
    out = []
    for start, end, label, canonical in doc.user_data.get(GAZETTEER_KEY, []):
        surface = text[start:end]
        if surface == "Washington" and canonical == "Washington":
            before = text[max(0, start - 20): start]
            after = text[end: end + 12]
            if not WASHINGTON_PLACE_AFTER.match(after) and not WASHINGTON_PLACE_BEFORE.search(before):
                canonical = "United States"
        out.append((start, end, surface, label, canonical))
    if doc.ents:  # a pretrained NER ran: add what the gazetteer lacks
        for ent in doc.ents:
            label = NER_LABELS.get(ent.label_)
            if label is None or any(s < ent.end_char and ent.start_char < e for s, e, *_ in out):
                continue
            out.append((ent.start_char, ent.end_char, ent.text, label, ent.text))
    return out


def _phrase_mentions(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str, str, str]]:
    """Capitalised multi-word names ending in an organisation or event word ("Business Forum")."""
    out = []
    for m in CAPITALISED_RUN.finditer(text):
        words = m.group().split()
        start, end = m.start(), m.end()
        if words[0] in NOT_NAMES:
            start += re.match(r"\S+\s+", m.group()).end()
            words = words[1:]
        if len(words) < 2:
            continue
        if any(s < end and start < e for s, e in taken):
            continue
        if words[-1] in ORG_HEADS:
            label = "ORG"
        elif words[-1] in EVENT_HEADS:
            label = "EVENT"
        else:
            continue
        name = text[start:end]
        out.append((start, end, name, label, name))
    return out


def _fold_persons(persons, clusters: list[LocalEntity]) -> None:
    """Fold person mentions into clusters: full names first, then lone surnames (most recent)."""
    ordered = sorted(persons, key=lambda p: (len(p.name.split()) < 2, p.start))
    for p in ordered:
        words = p.name.split()
        last, first = words[-1], (words[0] if len(words) > 1 else None)
        candidates = [c for c in clusters if c.type == "PERSON" and surname_match(c.key, last)]
        if first:
            candidates = [c for c in candidates if c.first is None or c.first[0] == first[0]]
        target = None
        if candidates:
            target = max(candidates, key=lambda c: max((s for s, _ in c.spans if s < p.start), default=-1))
        if target is None:
            target = LocalEntity("PERSON", last)
            clusters.append(target)
        if first and target.first is None:
            target.first = first
        target.names.append(p.name)
        target.spans.append((p.start, p.end))
        if p.title:
            target.titles.add(p.title.lower().rstrip("."))


def find_entities(doc: Doc) -> list[LocalEntity]:
    """Every entity of the document with all its mention spans, in order of first mention."""
    text = doc.text
    gaz = _gazetteer_mentions(doc)
    ner_persons = [(s, e) for s, e, _, label, _ in gaz if label == "PERSON"]
    gaz = [g for g in gaz if g[3] != "PERSON"]
    taken = [(s, e) for s, e, *_ in gaz]
    persons = find_persons(text, taken)
    if ner_persons:  # a pretrained NER adds persons the rules did not see
        from .persons import PersonMention

        seen = [(p.start, p.end) for p in persons]
        for s, e in ner_persons:
            if not any(a < e and s < b for a, b in seen):
                persons.append(PersonMention(s, e, text[s:e].strip()))
    taken += [(p.start, p.end) for p in persons]
    phrases = _phrase_mentions(text, taken)

    clusters: list[LocalEntity] = []
    by_key: dict[tuple[str, str], LocalEntity] = {}
    for s, e, surface, label, canonical in gaz + phrases:
        ent = by_key.get((label, canonical))
        if ent is None:
            ent = by_key[(label, canonical)] = LocalEntity(label, canonical)
            clusters.append(ent)
        ent.names.append(surface)
        ent.spans.append((s, e))
    _fold_persons(persons, clusters)
    for c in clusters:
        order = sorted(range(len(c.spans)), key=lambda k: c.spans[k])
        c.spans = [c.spans[k] for k in order]
        c.names = [c.names[k] for k in order]
    clusters.sort(key=lambda c: c.spans[0])
    return clusters


def to_entities(clusters: list[LocalEntity], article_id: str, text: str) -> list[Entity]:
    """Model records with ids ``f"{article_id}:e{n}"`` (n from 1, in order of first mention)."""
    out = []
    for n, c in enumerate(clusters, start=1):
        canonical = c.canonical()
        aliases = sorted({name for name in c.names if name != canonical})
        mentions = [Mention(article_id, s, e, text[s:e]) for s, e in c.spans]
        out.append(Entity(f"{article_id}:e{n}", c.type, canonical, aliases, mentions))
    return out
