"""Quotes and speakers: hand-written cases for each pattern, plus the five seed articles."""
from __future__ import annotations

import pytest

from newsdesk.extract import extract_article, extract_quotes
from newsdesk.model import Article, content_hash


def _speech(text: str):
    return [q for q in extract_quotes(text) if q.direct]


def _article(aid: str, body: str, published: str | None = None) -> Article:
    return Article(id=aid, source=f"{aid}.txt", body=body, content_hash=content_hash(body),
                   published=published)


def test_quote_split_by_attribution_keeps_one_speaker():
    text = ("President Volodymyr Zelensky met European leaders.\n"
            "“The plan must be fair,” Mr. Zelensky told reporters. “And above all, it must be workable.”")
    quotes = _speech(text)
    assert [q.text for q in quotes] == ["The plan must be fair,", "And above all, it must be workable."]
    assert {q.speaker for q in quotes} == {"Volodymyr Zelensky"}
    assert text[quotes[0].speaker_start:quotes[0].speaker_end] == "Mr. Zelensky"
    assert quotes[0].cue == "told"


def test_speaker_before_quote_with_colon_and_straight_marks():
    text = 'Chancellor Friedrich Merz spoke in Berlin. Mr. Merz said: "If Ukraine falls, he will not stop."'
    [q] = _speech(text)
    assert q.text == "If Ukraine falls, he will not stop."
    assert q.speaker == "Friedrich Merz"
    assert text[q.start - 1] == '"' and text[q.end] == '"'


def test_inverted_attribution_and_description_with_apposition():
    text = ('"We finally may be seeing some wage acceleration," said Geoff Garin, a Democratic pollster.\n'
            '"It is a big story," the economist Jared Bernstein, a former adviser, wrote.')
    first, second = _speech(text)
    assert first.speaker == "Geoff Garin"
    assert text[second.speaker_start:second.speaker_end] == "the economist Jared Bernstein"
    assert second.speaker == "Jared Bernstein"


def test_pronoun_speaker_resolves_to_the_sentence_subject():
    text = ("On Sunday, Mr. Zelensky said that he believed the United States could make Mr. Putin accept a deal.\n"
            "“I believe the Russians will have to make compromises,” he said.")
    [q] = _speech(text)
    assert text[q.speaker_start:q.speaker_end] == "he"
    assert q.speaker == "Zelensky"


def test_continuation_paragraph_inherits_speaker_and_multi_paragraph_quote():
    text = ("“We are ready,” Kaja Kallas told reporters.\n\n"
            "“This could be a pivotal week. We will keep working on it until the end\n\n"
            "“And we will not stop until there is peace in Europe for everyone.”")
    quotes = _speech(text)
    assert len(quotes) == 3
    assert all(q.speaker == "Kaja Kallas" for q in quotes)
    assert quotes[2].text.startswith("And we will not stop")


def test_partial_quote_in_indirect_speech_is_speech_with_clause_content():
    text = "Mr. Zelensky said on Monday that the current proposal “looks better” but warned it was “not over yet.”"
    quotes = _speech(text)
    assert [q.text for q in quotes] == ["looks better", "not over yet."]
    assert all(q.speaker == "Zelensky" for q in quotes)
    # the reported clause around a partial quote is recorded as the content span
    assert quotes[0].content_start < quotes[0].start


def test_scare_quote_is_not_speech():
    text = ("The proposal for Ukraine to establish a demilitarized zone was met with a hard “no.” "
            "The Americans want to create a “free economic zone” in that area.")
    quotes = extract_quotes(text)
    assert len(quotes) == 2
    assert not any(q.direct for q in quotes)


def test_doubled_apostrophe_style_quotes():
    text = "''Good economic news is bad for the Republicans,'' said Geoff Garin, a Democratic pollster."
    [q] = _speech(text)
    assert q.text == "Good economic news is bad for the Republicans,"
    assert q.speaker == "Geoff Garin"


def test_extract_article_quote_ids_and_speaker_entity():
    body = "“We stand where we stand,” Zelenskyy said. Zelenskyy spoke in Berlin."
    ann = extract_article(_article("a1", body))
    [q] = ann.quotes
    assert q.id == "a1:q1"
    ent = next(e for e in ann.entities if e.id == q.speaker_entity)
    assert ent.type == "PERSON" and ent.name == "Zelenskyy"


def _seed_annotations(seeds_dir):
    anns = []
    for path in sorted(seeds_dir.glob("*.txt")):
        body = path.read_text(encoding="utf-8")
        anns.append(extract_article(_article(path.stem, body)))
    return anns


@pytest.fixture(scope="module")
def seed_annotations(seeds_dir):
    return _seed_annotations(seeds_dir)


def test_seeds_direct_quotes_all_have_a_named_speaker(seed_annotations):
    speech = [q for ann in seed_annotations for q in ann.quotes if q.direct]
    # 47 quoted stretches in the five seeds; by careful reading 43–44 are speech (the rest
    # are scare quotes such as a “free economic zone”)
    assert 42 <= len(speech) <= 45
    assert all(q.speaker and q.speaker_entity and q.speaker_start is not None for q in speech)
    persons = {e.id: e for ann in seed_annotations for e in ann.entities}
    assert all(persons[q.speaker_entity].type == "PERSON" for q in speech)
