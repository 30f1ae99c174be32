"""The sentence component (spaCy's rule-based sentencizer and newsdesk's fixes, on arrays)
sets the same sentence starts as spaCy's own ``sentencizer`` followed by the fixes."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import spacy
from spacy.attrs import SENT_START

from newsdesk.extract import nlp as nd_nlp

ROOT = Path(__file__).resolve().parents[1]
TEXTS = sorted((ROOT / "src" / "newsdesk" / "demo" / "corpus").glob("*.txt")) + sorted(
    (ROOT / "tests" / "data" / "stories").glob("*/*.txt"))
EDGE_CASES = [
    "", "a", ". .", "Hi.", "!!! Yes", "\n\nA. b", "…and then? No! Yes.", '"Hi." she said. "We go."',
    "Sen. Ilse Varn (Vt.), who spoke. Then", "word " * 600, "?\n", "x.y. Z", "Done.\u3002Next",
    "The fault was in the No. 3 pump. Nos. 4 and 5 held.", "No. 7\nNo. 8",
]


@pytest.fixture(scope="module")
def pipelines():
    reference = spacy.blank("en")
    reference.add_pipe("sentencizer")
    reference.add_pipe("newsdesk_sentence_fixes")
    ours = spacy.blank("en")
    ours.add_pipe("newsdesk_sentences")
    return reference, ours


def test_real_texts_are_there():
    assert len(TEXTS) >= 20


@pytest.mark.parametrize("text", [p.read_text(encoding="utf-8") for p in TEXTS] + EDGE_CASES)
def test_same_sentence_starts_as_spacy_sentencizer(pipelines, text):
    reference, ours = pipelines
    expected = reference(text).to_array([SENT_START])
    got = ours(text).to_array([SENT_START])
    assert np.array_equal(expected, got)


def test_default_pipeline_uses_the_array_component():
    assert nd_nlp.build_nlp(None).pipe_names[0] == "newsdesk_sentences"


def test_no_sentence_starts_at_the_number_after_no() -> None:
    doc = nd_nlp.get_nlp()("Divers found the leak in the No. 3 pump, one of six. Nos. 4 and 5 held. He said no. 2 more.")
    assert [s.text for s in doc.sents] == ["Divers found the leak in the No. 3 pump, one of six.", "Nos. 4 and 5 held.",
                                           "He said no.", "2 more."]
