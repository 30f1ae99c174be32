"""Corpus-level merging with blocking gives exactly what comparing every group gives."""
from __future__ import annotations

import random

from newsdesk.extract import merge, merge_entities
from newsdesk.extract.persons import surname_match
from newsdesk.model import Annotations, Entity, Mention

# surname stems with spellings that transliterate to one key but start with other letters
SURNAMES = ["Zhelyazkov", "Jeliazkov", "Waltz", "Valtz", "Zelensky", "Zelenskyy", "Yermak", "Iermak",
            "Khodorov", "Hodorov", "Petrova", "Petrov", "Mabry", "Mabrey", "Ostrander", "Oster"]
FIRSTS = ["Anton", "Andrei", "Mike", "Maria", "Volodymyr", "Vladimir", "Colin", None, None]
PLACES = ["Kyiv", "Kiev", "Lindhaven", "Selmar", "Hallvik"]


def _scan_merge(annotations):
    """The reference: every entity compared with every group made so far, in order."""
    groups: list[merge._Group] = []
    order = sorted((e for a in annotations for e in a.entities),
                   key=lambda e: (e.type != "PERSON" or len(e.name.split()) < 2,))
    for ent in order:
        if ent.type != "PERSON":
            names = {ent.name, *ent.aliases}
            group = next((g for g in groups if g.type == ent.type and names & g.names()), None)
        else:
            first, surname = merge._name_parts(ent.name)
            fits = [g for g in groups if g.type == "PERSON" and surname_match(g.surname or "", surname)
                    and (first is None or g.first is None or g.first[0] == first[0])]
            if fits and first is not None:
                fits = [g for g in fits if g.first is not None] or fits
            group = max(fits, key=lambda g: sum(len(e.mentions) for e in g.members)) if fits else None
        if group is None:
            group = merge._Group(ent.type)
            groups.append(group)
        group.members.append(ent)
        if ent.type == "PERSON":
            first, surname = merge._name_parts(ent.name)
            group.first = group.first or first
            group.surname = group.surname or surname
    return sorted(sorted(e.id for e in g.members) for g in groups)


def _corpus(seed: int, n_articles: int = 60) -> list[Annotations]:
    rng = random.Random(seed)
    out = []
    for k in range(n_articles):
        aid = f"a{k:03d}"
        ents = []
        for n in range(rng.randint(1, 8)):
            if rng.random() < 0.7:
                first = rng.choice(FIRSTS)
                name = f"{first} {rng.choice(SURNAMES)}" if first else rng.choice(SURNAMES)
                etype, aliases = "PERSON", []
            else:
                name, etype = rng.choice(PLACES), rng.choice(["GPE", "LOC"])
                aliases = rng.sample(PLACES, rng.randint(0, 1))
            mentions = [Mention(aid, 10 * m, 10 * m + 5, name) for m in range(rng.randint(1, 3))]
            ents.append(Entity(f"{aid}:e{n + 1}", etype, name, aliases, mentions))
        out.append(Annotations(article=aid, entities=ents))
    return out


def test_merge_blocking_equals_full_scan_on_random_corpora():
    for seed in range(12):
        anns = _corpus(seed)
        entities, mapping = merge_entities(anns)
        grouped: dict[str, list[str]] = {}
        for local, gid in mapping.items():
            grouped.setdefault(gid, []).append(local)
        assert sorted(sorted(v) for v in grouped.values()) == _scan_merge(anns), seed


def test_merge_blocking_joins_spellings_that_start_with_other_letters():
    def ann(aid, name):
        return Annotations(article=aid, entities=[Entity(f"{aid}:e1", "PERSON", name, [], [Mention(aid, 0, 5, name)])])

    entities, mapping = merge_entities([ann("a", "Anton Zhelyazkov"), ann("b", "Jeliazkov"),
                                        ann("c", "Mike Waltz"), ann("d", "Valtz")])
    assert mapping["a:e1"] == mapping["b:e1"] and mapping["c:e1"] == mapping["d:e1"]
    assert len(entities) == 2
