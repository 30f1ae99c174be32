"""Light, dependency-free features of one article for the link stage.

Everything here is a pure function of an :class:`~newsdesk.model.Article` (and, when the
extract stage ran, its :class:`~newsdesk.model.Annotations`). Without annotations the link
stage still works: quotes, numbers, sentences and proper nouns are found with regular
expressions; with annotations the extractor's quotes, quantities and entities are used.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from newsdesk.model import Annotations, Article

MIN_QUOTE_WORDS = 4  # shorter quoted strings are titles or scare quotes ("no"), not statements
MIN_SENTENCE_WORDS = 4  # shorter lines are headings, bylines or share buttons

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_QUOTE = re.compile(r"[\"“”„«»]\s*([^\"“”„«»]{3,}?)\s*[\"“”„«»]|``\s*(.{3,}?)\s*''", re.DOTALL)
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\w])")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n+")
_POSSESSIVE = re.compile(r"'s?$")
_CAPITAL = re.compile(r"^[A-Z][\w’'.-]*$")

# Function words that are capitalised at the start of a sentence or in headlines; never
# evidence that two articles talk about the same named thing.
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your yours
    yourself yourselves said says say told tells mr mrs ms dr according would could may might
    must shall new one two three four five six seven eight nine ten monday tuesday wednesday
    thursday friday saturday sunday january february march april june july august september
    october november december last week year years day days time since yet still even many
    much like get got make made us""".split()
)
# Titles and generic capitalised nouns: they precede names but do not identify an event.
TITLES = frozenset(
    """president chancellor minister prime secretary king queen prince governor senator mayor
    general chief officials official spokesman spokeswoman leader leaders government police
    state states ministry department agency news""".split()
)
_NOT_NAMES = STOPWORDS | TITLES


def normalize_text(text: str) -> str:
    """Unicode-normalised, lower-cased text with typographic quotes/dashes made plain."""
    text = unicodedata.normalize("NFKC", text)
    if not text.isascii():  # str.translate with a dict maps char by char: a few replaces are ~10x faster
        for typographic, plain in _PLAIN:
            if typographic in text:
                text = text.replace(typographic, plain)
    return text.lower()


# each maps to an ASCII character that no other pair replaces: replacing in turn == one translate
_PLAIN = (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("„", '"'), ("–", "-"), ("—", "-"))


def words(text: str) -> list[str]:
    """Lower-cased word tokens (apostrophes kept inside words)."""
    return _WORD.findall(normalize_text(text))


def content_words(text: str) -> list[str]:
    """Words without function words; what sentence alignment compares."""
    return [w for w in words(text) if w not in STOPWORDS]


def sentence_spans(body: str) -> list[tuple[int, int]]:
    """[start, end) spans of sentences (regex splitter; good enough for alignment)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(body):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(body)))
    out = []
    for s, e in spans:
        while s < e and body[s].isspace():
            s += 1
        while e > s and body[e - 1].isspace():
            e -= 1
        if len(body[s:e].split()) >= MIN_SENTENCE_WORDS:
            out.append((s, e))
    return out


SPLIT_GAP_MAX = 80  # characters of attribution between two halves of one statement ("X," she said, "Y.")
_QUOTE_MARKS = "\"“”„«»`'"


def join_split_quotes(body: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Quotes (start, end, text) with a statement split around its attribution made one: two
    quotes of one paragraph with only a short attribution between them ('"Nobody went into
    teaching to get rich," he said. "We will not stand by."') are one quote of one speaker,
    so two reports that share it share one quote, not two."""
    out: list[tuple[int, int, str]] = []
    for start, end, text in spans:
        if out:
            gap = body[out[-1][1]:start]
            inner = gap.strip(" \t,.;:" + _QUOTE_MARKS)
            if "\n" not in gap and 0 < len(inner) <= SPLIT_GAP_MAX and not any(c in inner for c in _QUOTE_MARKS[:-2]) \
                    and any(w.islower() for w in inner.split()):
                out[-1] = (out[-1][0], end, f"{out[-1][2].rstrip()} {text.strip()}")
                continue
        out.append((start, end, text))
    return out


def quotes_from_text(body: str) -> list[str]:
    """Directly quoted strings of at least MIN_QUOTE_WORDS words, in order of appearance (a
    statement split around its attribution as one: :func:`join_split_quotes`)."""
    found = []
    for m in _QUOTE.finditer(body):
        g = 1 if m.group(1) is not None else 2
        text = (m.group(g) or "").strip().rstrip(",;:").rstrip()
        found.append((m.start(g), m.end(g), text))
    return [t for _, _, t in join_split_quotes(body, found) if len(t.split()) >= MIN_QUOTE_WORDS]


def unquoted(body: str) -> str:
    """``body`` with its directly quoted stretches (quote marks included) blanked out, offsets kept."""
    return _QUOTE.sub(lambda m: " " * len(m.group(0)), body)


def numbers_from_text(body: str) -> list[str]:
    """Numeric figures as canonical strings ("1,200" -> "1200", "3.50" -> "3.5")."""
    out = []
    for m in _NUMBER.finditer(body):
        whole = m.group(1).replace(",", "")
        frac = (m.group(2) or "").rstrip("0")
        out.append(f"{int(whole)}.{frac}" if frac else str(int(whole)))
    return out


def proper_nouns(
    body: str, surface: dict[str, str] | None = None, spans: list[tuple[int, int]] | None = None
) -> list[str]:
    """Capitalised tokens that do not start a sentence: a cheap stand-in for entity names.

    ``surface``, when given, collects the first original spelling of each name; ``spans``
    are the sentence spans when the caller has them already.
    """
    out = []
    for s, e in (spans if spans is not None else sentence_spans(body)) or [(0, len(body))]:
        tokens = body[s:e].split()
        for tok in tokens[1:]:
            tok = tok.strip(".,;:!?()[]\"“”‘’'")
            if len(tok) > 1 and _CAPITAL.match(tok) and tok.lower() not in _NOT_NAMES:
                key = _POSSESSIVE.sub("", normalize_text(tok))
                out.append(key)
                if surface is not None:
                    surface.setdefault(key, _POSSESSIVE.sub("", tok.replace("’", "'")))
    return out


def canonical_number(value: float) -> str:
    """Same canonical form as :func:`numbers_from_text` for an extracted quantity value."""
    if value == int(value):
        return str(int(value))
    return repr(float(value)).rstrip("0")


@dataclass(slots=True)
class LinkFeatures:
    """Per-article features shared by copy detection and story clustering."""

    article_id: str
    sentences: list[tuple[int, int]]
    quotes: list[str]  # normalised quote texts (lower case, plain words), in order of appearance
    numbers: list[str]  # canonical numeric strings, in order of appearance
    names: list[str] = field(default_factory=list)  # entity names or proper nouns (lower case)
    surface: dict[str, str] = field(default_factory=dict)  # lower-case name -> display spelling
    quote_texts: list[str] = field(default_factory=list)  # the same quotes as written


def link_features(article: Article, annotations: Annotations | None = None) -> LinkFeatures:
    """Collect features from the annotations when present, else from the text itself."""
    body = article.body
    if annotations is not None and annotations.sentences:
        sentences = [(int(s), int(e)) for s, e in annotations.sentences]
        sentences = [(s, e) for s, e in sentences if len(body[s:e].split()) >= MIN_SENTENCE_WORDS]
    else:
        sentences = sentence_spans(body)
    if annotations is not None and annotations.quotes:
        raw_quotes = join_split_quotes(body, sorted((q.start, q.end, q.text) for q in annotations.quotes if q.direct))
        quotes = [t for _, _, t in raw_quotes if len(t.split()) >= MIN_QUOTE_WORDS]
    else:
        quotes = quotes_from_text(body)
    if annotations is not None and annotations.quantities:
        numbers = [canonical_number(q.value) for q in sorted(annotations.quantities, key=lambda q: q.start) if q.value is not None]
    else:
        numbers = numbers_from_text(body)
    surface: dict[str, str] = {}
    if annotations is not None and annotations.entities:
        names = []
        for entity in annotations.entities:
            key = normalize_text(entity.name)
            surface.setdefault(key, entity.name)
            names.extend([key] * max(1, len(entity.mentions)))
    else:
        names = proper_nouns(body, surface, sentence_spans(body) if annotations is not None else sentences)
    return LinkFeatures(
        article_id=article.id,
        sentences=sentences,
        quotes=[" ".join(words(q)) for q in quotes],
        numbers=numbers,
        names=names,
        surface=surface,
        quote_texts=quotes,
    )
