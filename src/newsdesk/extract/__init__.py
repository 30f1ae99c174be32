"""Extract stage: Article in, :class:`~newsdesk.model.Annotations` out (pure, no I/O).

Per article: sentences, entities (with alias merging), direct quotes with speakers,
quantities and dates. Across articles: :func:`merge_entities` folds the article-local
entities into corpus-level ones.

Modules: ``nlp`` (the cached spaCy pipeline), ``gazetteer`` (word lists), ``persons`` and
``places`` (places and nationalities judged from the text), ``entities`` (entity rules
and in-article merging), ``merge`` (corpus-level merging),
``quotes`` (pairing quote marks), ``speakers`` and ``resolve`` (attribution),
``quantities``, ``dates``.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..errors import Errors
from ..model import Annotations, Article, IngestError, Quote
from .dates import anchor_date, find_dates
from .entities import LocalEntity, find_entities, to_entities
from .merge import merge_entities
from .nlp import TEXT_KEY, doc_text, get_nlp, tokenizable, warm_tokens
from .quantities import find_quantities
from .quotes import find_quote_spans
from .resolve import build_quotes
from .speakers import attribute

__all__ = [
    "extract_article", "extract_articles", "extract_quotes", "merge_entities", "get_nlp",
]
# Batch size for nlp.pipe in extract_articles (large enough to amortise, small in memory).
PIPE_BATCH = 32
T = TypeVar("T")


def _sentences(doc: Doc) -> list[tuple[int, int]]:
    """Sentence character spans, whitespace trimmed (read from arrays: no Span objects)."""
    if len(doc) == 0:
        return []
    arr = doc.to_array([SENT_START, IDX])
    text = doc_text(doc)
    first = arr[:, 0] == 1
    first[0] = True
    bounds = arr[first, 1].tolist() + [len(text)]
    out = []
    for a, b in zip(bounds, bounds[1:]):
        chunk = text[a:b]
        start = a + (len(chunk) - len(chunk.lstrip()))
        end = b - (len(chunk) - len(chunk.rstrip()))
        if end > start:
            out.append((start, end))
    return out


def _with_text(doc: Doc, text: str) -> Doc:
    """Record the input text on the doc (the tokenizer keeps it exactly; rebuilding it from
    the tokens is slow)."""
    doc.user_data[TEXT_KEY] = text
    return doc


def _quotes(doc: Doc, article_id: str, sentences, clusters: list[LocalEntity]) -> list[Quote]:
    text = doc_text(doc)
    spans = find_quote_spans(text)
    mentions = [(s, e, c.type) for c in clusters for s, e in c.spans]
    atts = attribute(text, spans, sentences, mentions)
    return build_quotes(text, article_id, spans, atts, clusters, sentences)


def _annotate(doc: Doc, article: Article) -> Annotations:
    """Every step on one article; a step that fails leaves its field empty and an error in
    ``errors`` (the pipeline records it like a stage error), the other steps still run."""
    text = doc_text(doc)
    errors: list[IngestError] = []

    def step(name: str, run: Callable[[], T], empty: T) -> T:
        try:
            return run()
        except Exception as exc:  # one bad expression must not cost the article: recorded, not raised
            errors.append(IngestError(source=article.source, stage="extract", code="E307",
                                      message=Errors.E307.format(step=name, article=article.id,
                                                                 detail=f"{type(exc).__name__}: {exc}")))
            return empty

    sentences = step("sentences", lambda: _sentences(doc), [])
    clusters = step("entities", lambda: find_entities(doc), [])
    dates = step("dates", lambda: find_dates(text, article.id, anchor_date(article)), [])
    return Annotations(
        article=article.id,
        sentences=[[s, e] for s, e in sentences],
        entities=step("entities", lambda: to_entities(clusters, article.id, text), []),
        quotes=step("quotes", lambda: _quotes(doc, article.id, sentences, clusters), []),
        quantities=step("quantities", lambda: find_quantities(text, article.id, avoid=[(d.start, d.end) for d in dates]), []),
        dates=dates,
        errors=errors,
    )


def extract_article(article: Article, nlp: Language | None = None) -> Annotations:
    """Everything the extract stage finds in one article (ids are prefixed by ``article.id``).

    Entity ids ``{id}:e{n}``, quotes ``{id}:q{n}`` (``speaker_entity`` is a local entity id),
    quantities ``{id}:n{n}``, dates ``{id}:d{n}``. Relative dates are resolved against
    ``article.published`` (or a date in its metadata); with no anchor their value is None.
    """
    nlp = nlp or get_nlp()
    return _annotate(_with_text(nlp(warm_tokens(nlp, tokenizable(article.body))), article.body), article)


def extract_articles(articles: Iterable[Article], nlp: Language | None = None) -> list[Annotations]:
    """Batch variant of :func:`extract_article` (uses ``nlp.pipe``); same results."""
    nlp = nlp or get_nlp()
    articles = list(articles)
    docs = nlp.pipe((warm_tokens(nlp, tokenizable(a.body)) for a in articles), batch_size=PIPE_BATCH)
    return [_annotate(_with_text(doc, a.body), a) for doc, a in zip(docs, articles)]


def extract_quotes(text: str, article_id: str = "doc", nlp: Language | None = None) -> list[Quote]:
    """Quotes of a raw text (used by the PolNeAR evaluation). Scare quotes and titles are
    kept with ``direct=False`` (see :mod:`newsdesk.extract.resolve`); speech has ``direct=True``."""
    nlp = nlp or get_nlp()
    doc = _with_text(nlp(warm_tokens(nlp, tokenizable(text))), text)
    return _quotes(doc, article_id, _sentences(doc), find_entities(doc))
