"""Article-local entities: gazetteer + person rules, with alias merging inside the article.

Mentions come from the pipeline's gazetteer matcher (countries, capitals, organisations,
nationalities, with canonical names), from an optional pretrained NER, from capitalised
phrases ending in an organisation/event/feature word ("Brightwater Lines", "University of
Selmar", "Kessel Dam"), from :mod:`.places` (places and nationalities the text itself shows,
"Saldovia" + "Saldovian"), and from :mod:`.persons`. Mentions of one thing are then folded into one
entity: gazetteer mentions by canonical name ("Kiev" -> "Kyiv"), persons by surname with
transliteration tolerance and first-name compatibility ("Mr. Zelensky", "Zelenskyy",
"President Volodymyr Zelensky"). The canonical name is the fullest form seen.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from ..model import Entity, Mention
from .nlp import GAZETTEER_KEY, doc_text
from .gazetteer import (COMPANY_NAME_ENDS, EVENT_HEADS, FEMALE_TITLES, MALE_TITLES, ORG_HEADS, gazetteer,
                        given_name_gender, given_names)
from .persons import GIVEN_NAME_HONORIFICS, NAME_WORD, NOT_NAMES, find_persons, surname_match
from .places import PlaceFinds, find_places, place_mentions, word_or_hyphen

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "OTHER")
NER_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "NORP": "NORP",
              "EVENT": "EVENT", "FAC": "LOC", "WORK_OF_ART": "OTHER", "LAW": "OTHER"}
# "Washington" is the US government when it acts (it "said", "has yet to respond");
# it is the city after these words or before these.
WASHINGTON_PLACE_BEFORE = re.compile(r"(?:\b(?:in|to|from|at|near|visit(?:ed|ing)?)\s+)$")
WASHINGTON_PLACE_AFTER = re.compile(r"^(?:,?\s*D\.?C\.?|\s+(?:Post|state|State|Nationals|Redskins))")
# A capitalised run, possessive words allowed inside ("Hallvik Dockers’ Union").
_POSSESSIVE = r"(?:’s|'s|(?<=s)’|(?<=s)')"
_RUN_WORD = rf"{NAME_WORD}{_POSSESSIVE}?"
CAPITALISED_RUN = re.compile(rf"{_RUN_WORD}(?:\s+(?:of|for|and|the|de)?\s*{_RUN_WORD}){{1,5}}")
# Head words of named geographic features ("Serin River", "Kessel Dam").
LOC_HEADS = frozenset("River Dam Valley Lake Sea Mountains Bay Strait Gulf Canal Reservoir Desert".split())
LOC_OPENERS = frozenset("River Lake Lough Loch".split())  # place words written before the name ("River Feenagh")
# Given names that end in "a" but are men's (the "-a" ending is otherwise a woman's name hint).
MALE_A_NAMES = frozenset("Nikita Luca Andrea Joshua Ilya Sasha Kostya Mustafa Musa Isa Elia Jonah Akira".split())


@dataclass(slots=True)
class LocalEntity:
    """An entity while it is being built; ``titles`` help resolve "the president said"."""

    type: str
    key: str  # canonical name for gazetteer entities; surname for persons
    names: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    titles: set[str] = field(default_factory=set)
    first: str | None = None
    by_kin: bool = False  # a relative known by the family name: lone mentions of it are someone else

    def gender(self, guess: bool = True) -> str | None:
        """"m"/"f" from titles or the given name, for pronoun resolution; None when unknown
        (``guess=False``: no guess from how an unlisted given name ends)."""
        if self.titles & MALE_TITLES:
            return "m"
        if self.titles & FEMALE_TITLES:
            return "f"
        if self.titles & {"spokesman", "chairman"}:
            return "m"
        if not self.first:
            return None
        known = given_name_gender(self.first)
        if known is None and guess and self.first.endswith("a") and self.first not in MALE_A_NAMES \
                and len(self.first) > 2 and self.first.lower() != self.key.lower():
            return "f"  # Irena, Nadia, Greta: a weak but useful hint for "she"
        return known

    def canonical(self) -> str:
        if self.type != "PERSON":
            return self.key
        counts = Counter(self.names)
        # fullest form first, then the most frequent spelling among the fullest
        return max(counts, key=lambda n: (len(n.split()), counts[n], -self.names.index(n)))


def _gazetteer_mentions(doc: Doc) -> list[tuple[int, int, str, str, str]]:
    """(start, end, text, type, canonical) for gazetteer (and optional NER) spans, with
    "Washington" the government unless it reads as the place."""
    text = doc_text(doc)
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


# titles of a person, never the first word of an organisation's name ("Dr Ann Lee of Brant University")
_TITLE_BEFORE_NAME = frozenset("Dr Mr Mrs Ms Prof Professor Sir Dame Cllr Councillor Sgt Supt Insp Det Capt Rev".split())
# the possessive ending a run's last word may carry ("Systems’", "Group's")
_POSSESSIVE_END_RE = re.compile(_POSSESSIVE + "$")


def _phrase_mentions(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str, str, str]]:
    """Capitalised multi-word names ending in an organisation or event word ("Business Forum")."""
    out = []
    for m in CAPITALISED_RUN.finditer(text):
        start, end = m.start(), m.end()
        if "\n" in m.group():  # a name never runs across a line break ("… Daily\n\nOrvane Air")
            start += m.group().rindex("\n") + 1
        words = text[start:end].split()
        if len(words) < 2:
            continue
        titled = words[0].rstrip(".") in _TITLE_BEFORE_NAME
        if words[0] in NOT_NAMES or titled:
            start += re.match(r"\S+\s+", text[start:end]).end()
            words = words[1:]
        if titled and "of" in words[1:-1]:
            # "Dr Yusuf Velloza of Harbourside University": a titled person, then the organisation
            start += re.search(r"\sof\s+", text[start:end]).end()
            words = words[words.index("of") + 1:]
        if len(words) < 2:
            continue
        possessive = _POSSESSIVE_END_RE.search(words[-1])
        if possessive is not None:  # "Varnel Systems’ headquarters": the name is "Quillon Systems"
            end -= len(possessive.group())
            words[-1] = words[-1][: possessive.start()]
        if any(s < end and start < e for s, e in taken):
            continue
        if words[-1] in ORG_HEADS or words[-1] in COMPANY_NAME_ENDS or any(w in ORG_HEADS and nxt in ("of", "for") for w, nxt in zip(words, words[1:])):
            label = "ORG"  # "Brightwater Lines", "University of Selmar", "Illinois Board of Elections"
        elif words[-1] in EVENT_HEADS:
            label = "EVENT"
        elif words[-1] in LOC_HEADS or words[0] in LOC_OPENERS and len(words) == 2:
            label = "LOC"  # "Feenagh River", "River Feenagh", "Lake Brathay"
        else:
            continue
        name = text[start:end]
        out.append((start, end, name, label, name))
    return out


def _fold_persons(persons, clusters: list[LocalEntity]) -> None:
    """Fold person mentions into clusters: full names first, then lone surnames (most recent).

    Two kinds of one-word mention are given names, not surnames: after an honorific that goes
    with the given name ("Prince Adebo" is the "Adebo Ferrand" of the text), and a relative
    named after a family's possessive ("Pell's mother, Maud": "Maud Pell", who never
    takes a later lone "Pell")."""
    honorific_given = {p.name for p in persons if " " not in p.name and p.title
                       and p.title.split()[-1] in GIVEN_NAME_HONORIFICS}
    ordered = sorted(persons, key=lambda p: (len(p.name.split()) < 2 and p.family is None, p.start))
    for p in ordered:
        words = p.name.split()
        if p.family is not None:
            words = [*words, p.family]
        last, first = words[-1], (words[0] if len(words) > 1 else None)
        candidates = [c for c in clusters if c.type == "PERSON" and surname_match(c.key, last)]
        if first:
            candidates = [c for c in candidates if c.first is None or c.first[0] == first[0]]
        else:
            candidates = [c for c in candidates if not c.by_kin]
        if not candidates and p.name in honorific_given:
            candidates = [c for c in clusters if c.type == "PERSON" and c.first == p.name]
        target = None
        if candidates:
            target = max(candidates, key=lambda c: max((s for s, _ in c.spans if s < p.start), default=-1))
        if target is None:
            target = LocalEntity("PERSON", last, by_kin=p.family is not None)
            clusters.append(target)
        if first and target.first is None:
            target.first = first
        target.names.append(p.name if p.family is None else f"{p.name} {p.family}")
        target.spans.append((p.start, p.end))
        if p.title:
            target.titles.add(p.title.lower().rstrip("."))
        if p.role:
            target.titles.add(p.role.lower())


POSSESSIVE_HEAD_RE = re.compile(r"^([A-Z][\w-]*)(?:’s|'s)\s+(.+)$")


ITS_BEFORE_RE = re.compile(r"\b[Ii]ts\s+$")


def _possessive_canonical(phrase, adjectives: dict[str, str], text: str):
    """"Corvania’s Defence Ministry" is named "Corvanian Defence Ministry" when the text
    shows the adjective of Corvania, so both spellings make one organisation."""
    s, e, surface, label, canonical = phrase
    m = POSSESSIVE_HEAD_RE.match(canonical)
    if m is not None and m.group(1) in adjectives:
        canonical = f"{adjectives[m.group(1)]} {m.group(2)}"
    elif label == "ORG" and adjectives and ITS_BEFORE_RE.search(text, max(0, s - 6), s):
        # "Corvania did not comment. Its Defence Ministry said …": the latest such place's
        latest = max(adjectives, key=lambda place: text.rfind(place, 0, s))
        if text.rfind(latest, 0, s) >= 0:
            canonical = f"{adjectives[latest]} {canonical}"
    return s, e, surface, label, canonical


_NO_WORD_NOR_NAME_AFTER_RE = re.compile(r"(?![\w-])(?!\s+[A-Z])")  # matched at a word's end


def _org_short_forms(text: str, phrases, person_words: set[str], taken) -> list[tuple[int, int, str, str, str]]:
    """"Brightwater" after "Brightwater Lines": the first word of a multi-word organisation
    name, alone, is that organisation (unless it is a person's name or a known word)."""
    out = []
    firsts: dict[str, str] = {}
    gaz = gazetteer()
    for _, _, name, label, canonical in phrases:
        first = name.split()[0]
        if label == "ORG" and first[:1].isupper() and first not in gaz and first not in NOT_NAMES \
                and first not in person_words and first not in given_names() and first.isalpha():
            firsts.setdefault(first, canonical)
    for first, canonical in firsts.items():
        # re.finditer(rf"(?<![\w-]){re.escape(first)}(?![\w-])(?!\s+[A-Z])", text) by str.find (a
        # pattern per word cost more to compile than the search; the word is all letters, so
        # two of its matches never overlap)
        at = text.find(first)
        while at >= 0:
            end = at + len(first)
            if (at == 0 or not word_or_hyphen(text[at - 1])) and _NO_WORD_NOR_NAME_AFTER_RE.match(text, end) \
                    and not any(s < end and at < e for s, e in taken):
                out.append((at, end, first, "ORG", canonical))
            at = text.find(first, at + 1)
    return out


def _given_names_that_are_places(text: str, gaz, persons):
    """"junior kicker Florence Draskovic-Lane … said Draskovic-Lane": a one-word place the
    gazetteer knows ("Florence", "Charlotte", "Austin") right before a surname the
    person rules found is that person's given name, not the place; the two make one mention."""
    by_start = {p.start: p for p in persons}
    keep_gaz, merged = [], {}
    for g in gaz:
        s, e, surface, label, _ = g
        p = by_start.get(e + 1)
        if (label == "GPE" and p is not None and text[e:e + 1] == " " and " " not in surface
                and surface[:1].isupper() and surface[1:].islower() and len(p.name.split()) == 1):
            merged[p.start] = replace(p, start=s, name=f"{surface} {p.name}")
            continue
        keep_gaz.append(g)
    if not merged:
        return gaz, persons
    return keep_gaz, [merged.get(p.start, p) for p in persons]


def find_entities(doc: Doc) -> list[LocalEntity]:
    """Every entity of the document with all its mention spans, in order of first mention.

    Order of the passes: gazetteer (and optional NER); organisation/event/feature phrases
    by head word, which may swallow a place or nationality word ("Corvanian Defence
    Ministry"); places and nationalities judged from the text (:mod:`.places`); persons,
    which may not be named by a word already judged a place or organisation; weak places
    ("in Velka") that no person rule claimed; short forms of organisations ("Brightwater")."""
    text = doc_text(doc)
    gaz = _gazetteer_mentions(doc)
    ner_persons = [(s, e) for s, e, _, label, _ in gaz if label == "PERSON"]
    gaz = [g for g in gaz if g[3] != "PERSON"]
    finds = find_places(text)
    phrases = _phrase_mentions(text, [(s, e) for s, e, _, label, _ in gaz if label not in ("GPE", "NORP")])
    gaz = [g for g in gaz if not any(s <= g[0] and g[1] <= e for s, e, *_ in phrases)]
    phrases = [_possessive_canonical(p, finds.adjective, text) for p in phrases]
    taken = [(s, e) for s, e, *_ in gaz + phrases]
    places = place_mentions(text, finds, finds.strong, taken)
    taken += [(s, e) for s, e, *_ in places]
    org_words = {w for _, _, name, label, _ in phrases if label == "ORG" for w in name.split()[:1]}
    not_persons = finds.strong | set(finds.norp) | {w for w in org_words if w not in given_names()}
    persons = find_persons(text, taken, not_persons)
    if ner_persons:  # a pretrained NER adds persons the rules did not see
        from .persons import PersonMention

        seen = [(p.start, p.end) for p in persons]
        for s, e in ner_persons:
            if not any(a < e and s < b for a, b in seen):
                persons.append(PersonMention(s, e, text[s:e].strip()))
    gaz, persons = _given_names_that_are_places(text, gaz, persons)
    taken += [(p.start, p.end) for p in persons]
    person_words = {w for p in persons for w in p.name.split()}
    weak = {w for w in finds.weak - finds.strong if w not in person_words and w not in org_words}
    weak_places = place_mentions(text, PlaceFinds(), weak, taken)
    taken += [(s, e) for s, e, *_ in weak_places]
    shorts = _org_short_forms(text, phrases, person_words, taken)

    clusters: list[LocalEntity] = []
    by_key: dict[tuple[str, str], LocalEntity] = {}
    for s, e, surface, label, canonical in gaz + phrases + places + weak_places + shorts:
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
