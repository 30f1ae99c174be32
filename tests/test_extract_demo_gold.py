"""Extract stage on the fictional demo corpus: speakers, entity types and alias merging
against ``demo/gold.json``. Nothing in the corpus is in the gazetteer (invented countries,
cities and people), so these figures measure the rules that work without word lists.

Speakers are compared through the corpus-level entity (as the export does: a quote's
``speaker_entity`` maps to a global entity); a gold ``null`` speaker (anonymous source,
collective, banner) is right when the quote is not resolved to any entity.
"""
from __future__ import annotations

import pytest

from newsdesk.extract import extract_articles, merge_entities
from newsdesk.ingest import read_inputs

# 103/103 reached (main had slipped to 102 unnoticed under a floor of 100: no slack now).
SPEAKER_FLOOR = 103
# Gold entities named in article bodies (outlets appear only in metadata, "Saldovian air
# force" only in lower case); all of these must come out as one entity of the gold type.
NOT_IN_BODIES = {"Saldovian air force", "The Meridian Times", "The Riverbend Chronicle",
                 "Northgate Herald", "Daily Clarion", "Korva Press", "The Capital Courier",
                 "The Sentinel Review", "Harbour Business Daily", "The Quayside Ledger"}


@pytest.fixture(scope="module")
def demo(demo_corpus):
    articles = {r.article.id: r.article for r in read_inputs([str(demo_corpus)])}
    anns = dict(zip(articles, extract_articles(articles.values())))
    entities, mapping = merge_entities(list(anns.values()))
    return articles, anns, entities, mapping


def _match(quotes, text):
    return [q for q in quotes if q.direct and (text[:30] in q.text or q.text[:30] in text)]


def test_demo_speakers_resolve_to_the_gold_person(demo, demo_gold):
    _, anns, entities, mapping = demo
    names = {e.id: e.name for e in entities}
    right, wrong = 0, []
    for g in demo_gold["quotes"]:
        hits = _match(anns[g["article"]].quotes, g["text"])
        assert hits, f"quote not found: {g['text'][:40]}"
        q = hits[0]
        got = names[mapping[q.speaker_entity]] if q.speaker_entity else None
        if got == g["speaker"]:
            right += 1
        else:
            wrong.append((g["article"], g["text"][:30], g["speaker"], got, q.speaker))
    assert right >= SPEAKER_FLOOR, wrong


def test_demo_speakers_are_never_places(demo):
    _, anns, entities, mapping = demo
    types = {e.id: e.type for e in entities}
    for ann in anns.values():
        for q in ann.quotes:
            if q.direct and q.speaker_entity:
                assert types[mapping[q.speaker_entity]] not in ("GPE", "NORP", "LOC"), q


def test_demo_gold_entities_have_gold_types_and_one_entity_each(demo, demo_gold):
    _, _, entities, _ = demo
    for g in demo_gold["entities"]:
        if g["name"] in NOT_IN_BODIES:
            continue
        names = {g["name"], *g.get("aliases", [])}
        hits = [e for e in entities if {e.name, *e.aliases} & names]
        assert len(hits) == 1, (g["name"], [(e.name, e.type) for e in hits])
        assert hits[0].type == g["type"], (g["name"], hits[0].type)


def test_demo_no_person_is_a_title_word_or_a_place(demo, demo_gold):
    _, _, entities, _ = demo
    non_person = {n for g in demo_gold["entities"] if g["type"] != "PERSON"
                  for n in (g["name"], *g.get("aliases", []))}
    for e in entities:
        if e.type == "PERSON":
            assert e.name not in non_person and e.name.split()[0] not in ("Prime", "President"), e.name
            assert len(e.name.split()) >= 2, e.name  # every demo person is named in full somewhere


def test_demo_transliterated_and_surname_only_mentions_merge(demo):
    _, _, entities, _ = demo
    zh = [e for e in entities if e.type == "PERSON" and e.name.endswith(("Zhelyazkov", "Jeliazkov"))]
    assert len(zh) == 1
    assert zh[0].name == "Anton Zhelyazkov"  # the most frequent full spelling
    assert {"Jeliazkov", "Anton Jeliazkov", "Zhelyazkov"} <= set(zh[0].aliases)
    fer = [e for e in entities if e.type == "PERSON" and "Ferrante" in e.name]
    assert len(fer) == 1 and fer[0].name == "Nadia Ferrante"
    assert len({m.article for m in fer[0].mentions}) >= 5
