"""Corpus-level alias merging: article-local entities -> global entities "E1", "E2", …

Two local entities are one global entity when they have the same type and
* (gazetteer types) the same canonical name or a shared alias ("Kiev"/"Kyiv" already share
  the canonical "Kyiv" from the gazetteer), or
* (PERSON) the same surname up to transliteration (Zelensky / Zelenskyy) and compatible
  first names (same initial, or one side has none: "Mr. Zelensky" joins "Volodymyr
  Zelensky"). A bare surname that fits several people joins the one with most mentions.

The global name is the fullest form (most words), spelled as most mentions spell it. Ids are
given in a deterministic order: most mentions first, then by name.

Speed (blocking): an entity is never compared with every group. Named groups are found
through an index from (type, name) to the earliest group holding that name; people through
buckets of surnames by first letter and by first letter of the transliteration key — two
surnames can only match when one of those agrees (see :func:`~.persons.surname_match`) —
and each (surname, surname) test is done once per corpus. Linear in the number of entities
up to the size of a bucket of distinct surnames.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..model import Annotations, Entity, Mention
from .persons import surname_match, translit_key


@dataclass
class _Group:
    type: str
    members: list[Entity] = field(default_factory=list)
    first: str | None = None
    surname: str | None = None
    mentions: int = 0  # running total of the members' mentions
    pos: int = -1  # place in creation order (ties between groups go to the earlier one)

    def mention_count(self) -> int:
        return self.mentions

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


class _Index:
    """The groups made so far, indexed so that an entity only meets the groups it may join.

    ``find`` returns exactly what a scan of every group in creation order would return.
    """

    def __init__(self) -> None:
        self.groups: list[_Group] = []
        self.by_name: dict[tuple[str, str], int] = {}  # (type, name) -> earliest group holding it
        self.by_surname: dict[str, list[int]] = {}  # surname as given -> PERSON groups, in order
        # distinct surnames by first letter / first letter of the transliteration key
        self.letter: dict[str, list[str]] = {}
        self.key: dict[str, list[str]] = {}
        # query surname -> (matching group surnames, how far each bucket was scanned)
        self.matches: dict[str, tuple[list[str], int, int]] = {}

    def _surname_fits(self, surname: str) -> list[str]:
        """Group surnames that :func:`surname_match` accepts for ``surname`` (cached, and
        extended only by the surnames added since the last call)."""
        low = surname.lower()
        letter = self.letter.get(low[:1], [])
        key = self.key.get(translit_key(low)[:1], [])
        found, seen_letter, seen_key = self.matches.get(surname, ([], 0, 0))
        fresh = letter[seen_letter:] + key[seen_key:]
        if fresh:
            have = set(found)
            for other in fresh:
                if other not in have and surname_match(other, surname):
                    found.append(other)
                    have.add(other)
        self.matches[surname] = (found, len(letter), len(key))
        return found

    def find(self, ent: Entity) -> _Group | None:
        if ent.type != "PERSON":
            hits = [self.by_name[k] for k in ((ent.type, n) for n in (ent.name, *ent.aliases)) if k in self.by_name]
            return self.groups[min(hits)] if hits else None
        first, surname = _name_parts(ent.name)
        ids = sorted({i for s in self._surname_fits(surname) for i in self.by_surname[s]})
        fits = [
            g for g in (self.groups[i] for i in ids)
            if first is None or g.first is None or g.first[0] == first[0]
        ]
        if not fits:
            return None
        if first is not None:
            named = [g for g in fits if g.first is not None]
            fits = named or fits
        return max(fits, key=lambda g: g.mention_count())

    def add(self, ent: Entity, group: _Group | None) -> None:
        if group is None:
            group = _Group(ent.type, pos=len(self.groups))
            self.groups.append(group)
        gid = group.pos
        group.members.append(ent)
        group.mentions += len(ent.mentions)
        if ent.type != "PERSON":
            for n in (ent.name, *ent.aliases):
                k = (ent.type, n)
                if self.by_name.get(k, gid) >= gid:
                    self.by_name[k] = gid
            return
        first, surname = _name_parts(ent.name)
        group.first = group.first or first
        if group.surname is None:
            group.surname = surname
            if surname not in self.by_surname:
                low = surname.lower()
                self.letter.setdefault(low[:1], []).append(surname)
                self.key.setdefault(translit_key(low)[:1], []).append(surname)
            self.by_surname.setdefault(surname, []).append(gid)


def merge_groups(annotations: list[Annotations]) -> tuple[list[tuple[str, _Group, str]], dict[str, str]]:
    """The merge without building the global entities: ``(global id, group, canonical name)``
    in id order, and local id -> global id. :func:`group_entity` makes each entity, so a
    caller can write them one at a time instead of holding every mention of the corpus."""
    index = _Index()
    # full names first, so that a bare surname can pick among the people already known
    order = sorted(
        (ent for ann in annotations for ent in ann.entities),
        key=lambda e: (e.type != "PERSON" or len(e.name.split()) < 2,),
    )
    for ent in order:
        index.add(ent, index.find(ent))
    named = [(g, _canonical(g)) for g in index.groups]
    named.sort(key=lambda gn: (-gn[0].mention_count(), gn[1], gn[0].type))
    merged = [(f"E{n}", g, name) for n, (g, name) in enumerate(named, start=1)]
    mapping = {e.id: gid for gid, g, _ in merged for e in g.members}
    return merged, mapping


def group_entity(gid: str, group: _Group, name: str) -> Entity:
    """The global entity of a merged group, with every mention of its members."""
    aliases = sorted(group.names() - {name})
    mentions = [Mention(m.article, m.start, m.end, m.text) for e in group.members for m in e.mentions]
    mentions.sort(key=lambda m: (m.article, m.start))
    return Entity(gid, group.type, name, aliases, mentions)


def merge_entities(annotations: list[Annotations]) -> tuple[list[Entity], dict[str, str]]:
    """Global entities (ids "E1", "E2", … ) with every mention, and local id -> global id."""
    merged, mapping = merge_groups(annotations)
    return [group_entity(*m) for m in merged], mapping
