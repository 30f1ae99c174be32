"""Corpus-level alias merging: article-local entities -> global entities "E1", "E2", …

Two local entities are one global entity when they have the same type and
* (gazetteer types) the same canonical name or a shared alias ("Kiev"/"Kyiv" already share
  the canonical "Kyiv" from the gazetteer), or
* (PERSON) the same surname up to transliteration (Zelensky / Zelenskyy) and compatible
  first names (same initial, or one side has none: "Mr. Zelensky" joins "Volodymyr
  Zelensky"). A bare surname that fits several people joins the one with most mentions.

The global name is the fullest form (most words), spelled as most mentions spell it. Ids are
given in a deterministic order: most mentions first, then by name.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..model import Annotations, Entity, Mention
from .persons import surname_match


@dataclass
class _Group:
    type: str
    members: list[Entity] = field(default_factory=list)
    first: str | None = None
    surname: str | None = None

    def mention_count(self) -> int:
        return sum(len(e.mentions) for e in self.members)

    def names(self) -> set[str]:
        out = set()
        for e in self.members:
            out.add(e.name)
            out.update(e.aliases)
        return out


def _name_parts(name: str) -> tuple[str | None, str]:
    words = name.replace("’s", "").split()
    return (words[0] if len(words) > 1 else None), words[-1]


def _canonical(group: _Group) -> str:
    if group.type != "PERSON":
        counts = Counter()
        for e in group.members:
            counts[e.name] += len(e.mentions)
        return min(counts, key=lambda n: (-counts[n], n))
    weight: Counter[str] = Counter()
    surname_spelling: Counter[str] = Counter()
    for e in group.members:
        weight[e.name] += len(e.mentions)
        for m in e.mentions:
            surname_spelling[m.text.split()[-1].replace("’s", "")] += 1
    best_len = max(len(n.split()) for n in weight)
    fullest = [n for n in weight if len(n.split()) == best_len]
    spelling = min(surname_spelling, key=lambda s: (-surname_spelling[s], s)) if surname_spelling else None
    preferred = [n for n in fullest if spelling and n.split()[-1] == spelling]
    pool = preferred or fullest
    return min(pool, key=lambda n: (-weight[n], n))


def _find_group(ent: Entity, groups: list[_Group]) -> _Group | None:
    if ent.type != "PERSON":
        names = {ent.name, *ent.aliases}
        for g in groups:
            if g.type == ent.type and names & g.names():
                return g
        return None
    first, surname = _name_parts(ent.name)
    fits = [
        g for g in groups
        if g.type == "PERSON" and surname_match(g.surname or "", surname)
        and (first is None or g.first is None or g.first[0] == first[0])
    ]
    if not fits:
        return None
    if first is not None:
        named = [g for g in fits if g.first is not None]
        fits = named or fits
    return max(fits, key=lambda g: g.mention_count())


def merge_entities(annotations: list[Annotations]) -> tuple[list[Entity], dict[str, str]]:
    """Global entities (ids "E1", "E2", … ) with every mention, and local id -> global id."""
    groups: list[_Group] = []
    # full names first, so that a bare surname can pick among the people already known
    order = sorted(
        (ent for ann in annotations for ent in ann.entities),
        key=lambda e: (e.type != "PERSON" or len(e.name.split()) < 2,),
    )
    for ent in order:
        group = _find_group(ent, groups)
        if group is None:
            group = _Group(ent.type)
            groups.append(group)
        group.members.append(ent)
        if ent.type == "PERSON":
            first, surname = _name_parts(ent.name)
            group.first = group.first or first
            group.surname = group.surname or surname
    named = [(g, _canonical(g)) for g in groups]
    named.sort(key=lambda gn: (-gn[0].mention_count(), gn[1], gn[0].type))
    entities: list[Entity] = []
    mapping: dict[str, str] = {}
    for n, (g, name) in enumerate(named, start=1):
        gid = f"E{n}"
        aliases = sorted(g.names() - {name})
        mentions = [Mention(m.article, m.start, m.end, m.text)
                    for e in g.members for m in e.mentions]
        mentions.sort(key=lambda m: (m.article, m.start))
        entities.append(Entity(gid, g.type, name, aliases, mentions))
        for e in g.members:
            mapping[e.id] = gid
    return entities, mapping
