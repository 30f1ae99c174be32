"""Dataclasses that flow between stages.

Every record is a slotted dataclass with ``as_dict()`` / ``from_dict()`` so it can go
to the store, to the JSON export (``../shared/spec/export.md``) and across process or
Dask boundaries unchanged. Offsets are Python string indices (code points) into the
article's ``body``. Fields that could not be established from evidence are ``None``,
never a guess; ``*_source`` fields say where a value came from.
"""
from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

T = TypeVar("T", bound="Record")


def content_hash(data: bytes | str) -> str:
    """Stable content fingerprint used as the idempotency key for ingest."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:  # dataclasses.fields() builds a tuple each call: too slow for every record
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))  # type: ignore[arg-type]
    return names


_LEAVES = frozenset({str, int, float, bool, type(None)})  # returned as they are: tested first, by exact type


_FIELD_SETS: dict[type, frozenset[str]] = {}


def _field_set(cls: type) -> frozenset[str]:
    names = _FIELD_SETS.get(cls)
    if names is None:
        names = _FIELD_SETS[cls] = frozenset(_field_names(cls))
    return names


def _plain(value: Any) -> Any:
    if type(value) in _LEAVES:
        return value
    # below, a leaf item is taken as it is without a call (most items of a record are leaves)
    if isinstance(value, Record):
        out = {}
        for n in _field_names(type(value)):
            v = getattr(value, n)
            out[n] = v if type(v) in _LEAVES else _plain(v)
        return out
    if isinstance(value, list):
        return [v if type(v) in _LEAVES else _plain(v) for v in value]
    if isinstance(value, tuple):
        return tuple([v if type(v) in _LEAVES else _plain(v) for v in value])
    if isinstance(value, dict):
        return {k: v if type(v) in _LEAVES else _plain(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)  # a dataclass that is not a Record
    return value


class Record:
    """Mixin: dict round-trip for every dataclass below (nested records included)."""

    # name of nested record fields -> class, filled in per subclass where needed
    _nested: ClassVar[dict[str, type]] = {}

    def as_dict(self) -> dict[str, Any]:
        """The record as plain dicts and lists (what :func:`dataclasses.asdict` gives, ~3x faster:
        records are serialised by the thousand, and ``asdict`` deep-copies every leaf)."""
        return _plain(self)

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        """Pickled as the class and its field values, rebuilt by calling the class: a third of
        the time and three quarters of the bytes of the default slot-state pickle (every
        comparison job ships a story's articles and annotations to a worker process)."""
        cls = type(self)
        return cls, tuple([getattr(self, n) for n in _field_names(cls)])

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        if not cls._nested and _field_set(cls).issuperset(data):
            return cls(**data)  # a flat record with no unknown key: the loop below would pass every item as it is
        names = _field_names(cls)
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            if key not in names:
                continue  # unknown keys are ignored so newer exports stay readable
            sub = cls._nested.get(key)
            if sub is not None and value is not None:
                value = [sub.from_dict(v) if isinstance(v, dict) else v for v in value]
            kwargs[key] = value
        return cls(**kwargs)


# --------------------------------------------------------------------------- ingest


@dataclass(slots=True)
class DroppedLine(Record):
    """A piece of the raw text that the cleaner removed, with the reason (nothing is lost)."""

    text: str
    reason: str  # e.g. "css", "share-line", "footer:appeared-first", "metadata-block"
    line: int | None = None  # 0-based line number in the decoded raw text, when line-based


@dataclass(slots=True)
class Article(Record):
    id: str
    source: str  # path or URL as ingested; for JSONL ``path#id``; for feeds ``path#entry-id``
    body: str  # cleaned article text; all offsets refer to it
    content_hash: str  # sha256 of the raw input bytes of this article
    format: str = "text"  # text | html | feed | jsonl | url
    outlet: str | None = None
    outlet_source: str | None = None
    title: str | None = None
    title_source: str | None = None
    authors: list[str] = field(default_factory=list)
    authors_source: str | None = None
    contributors: list[str] = field(default_factory=list)
    dateline: str | None = None
    dateline_source: str | None = None
    published: str | None = None  # ISO 8601 date or datetime
    # "metadata" | "metadata:<where>" (meta tag, json-ld:<Type>, url:..., feed) | "text:<quote>" | "input"
    published_source: str | None = None
    url: str | None = None
    language: str | None = "en"
    encoding: str | None = None  # detected encoding of the raw bytes (and how sure)
    metadata: dict[str, Any] = field(default_factory=dict)  # raw parsed metadata fields
    dropped: list[DroppedLine] = field(default_factory=list)

    _nested: ClassVar[dict[str, type]] = {"dropped": DroppedLine}

    def export_dict(self) -> dict[str, Any]:
        """The ``articles`` record of export format v1."""
        return {
            "id": self.id,
            "source": self.source,
            "outlet": self.outlet,
            "title": self.title,
            "authors": list(self.authors),
            "dateline": self.dateline,
            "published": self.published,
            "published_source": self.published_source,
            "language": self.language,
            "body": self.body,
            "content_hash": self.content_hash,
            # additions (allowed by the contract): provenance of every field
            "url": self.url,
            "format": self.format,
            "outlet_source": self.outlet_source,
            "title_source": self.title_source,
            "authors_source": self.authors_source,
            "contributors": list(self.contributors),
            "dateline_source": self.dateline_source,
        }


@dataclass(slots=True)
class IngestError(Record):
    """An input or stage that failed; recorded, reported, never silently dropped."""

    source: str
    stage: str  # "ingest", "extract", "link", ...
    message: str
    code: str | None = None  # error catalogue code, e.g. "E101"


# --------------------------------------------------------------------------- extract


@dataclass(slots=True)
class Mention(Record):
    article: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Entity(Record):
    id: str
    type: str  # PERSON, ORG, GPE, LOC, NORP, EVENT, OTHER
    name: str  # canonical form
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    _nested: ClassVar[dict[str, type]] = {"mentions": Mention}


@dataclass(slots=True)
class Quote(Record):
    id: str
    article: str
    text: str  # without the quote marks
    start: int
    end: int
    direct: bool = True
    speaker: str | None = None  # canonical entity name, or surface text, or None
    speaker_entity: str | None = None  # entity id when resolved
    speaker_start: int | None = None  # span of the attributing mention (may be "he")
    speaker_end: int | None = None
    cue: str | None = None  # "said", "told reporters", "according to", ...
    # span of the reported content the quote belongs to: for a partial quote inside indirect
    # speech ("said that the plan was “workable” for now") the whole clause; else the quote
    content_start: int | None = None
    content_end: int | None = None


@dataclass(slots=True)
class Quantity(Record):
    id: str
    article: str
    start: int
    end: int
    text: str
    value: float | None
    unit: str | None = None  # "percent", "USD", "EUR", "drones", "years" ...
    counts: str | None = None  # what is counted: "drones", "years of war"
    qualifier: str | None = None  # "more than", "nearly", "about", "at least", ...
    value_max: float | None = None  # for ranges / vague amounts ("hundreds of thousands")


@dataclass(slots=True)
class DateMention(Record):
    id: str
    article: str
    start: int
    end: int
    text: str
    value: str | None  # ISO date, or None when it cannot be resolved
    resolved_from: str | None = None  # anchor: "published:2025-12-14", "absolute", None
    granularity: str | None = None  # day | month | year | week | duration


@dataclass(slots=True)
class Annotations(Record):
    """Everything the per-article extract stages produce for one article."""

    article: str
    sentences: list[list[int]] = field(default_factory=list)  # [start, end] pairs
    entities: list[Entity] = field(default_factory=list)  # article-local entities
    quotes: list[Quote] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    # steps that failed on this article (their fields are empty); recorded as stage errors
    errors: list[IngestError] = field(default_factory=list)

    _nested: ClassVar[dict[str, type]] = {
        "entities": Entity,
        "quotes": Quote,
        "quantities": Quantity,
        "dates": DateMention,
        "errors": IngestError,
    }


# --------------------------------------------------------------------------- link


@dataclass(slots=True)
class SyndicationPair(Record):
    a: str
    b: str
    kind: str  # duplicate | syndicated | rewrite
    similarity: float
    evidence: dict[str, Any] = field(default_factory=dict)  # shared quotes / numbers / sentences


@dataclass(slots=True)
class Story(Record):
    id: str
    label: str
    article_ids: list[str]
    independent_sources: int
    first_seen: str | None = None
    last_seen: str | None = None
    keywords: list[str] = field(default_factory=list)
    label_source: str | None = None  # "title:<article id>" or "lead:<article id>": where the label came from


# --------------------------------------------------------------------------- compare


@dataclass(slots=True)
class FactMention(Record):
    article: str
    start: int
    end: int
    text: str
    sentence: str


@dataclass(slots=True)
class FactSide(Record):
    """One side of a conflict: reports that agree with each other (a value all of them allow)."""

    value: str  # the wordings, as the articles give them ("about 3,200 / 3,180")
    articles: list[str]
    outlets: list[str]  # each article's outlet, else its id


@dataclass(slots=True)
class Fact(Record):
    id: str
    story: str
    claim: str
    mentions: list[FactMention]
    verdict: str  # consistent | compatible-with-rounding | compatible | conflict | single-source
    detail: str = ""
    sides: list[FactSide] = field(default_factory=list)  # a conflict's sides, the outlier first; else empty

    _nested: ClassVar[dict[str, type]] = {"mentions": FactMention, "sides": FactSide}


@dataclass(slots=True)
class QuoteVariant(Record):
    id: str
    story: str
    speaker: str | None
    members: list[str]  # quote ids
    verdict: str  # identical | minor-variation | divergent
    diff: list[Any] = field(default_factory=list)


@dataclass(slots=True)
class FramingFlag(Record):
    kind: str  # loaded-word | sensational | unsupported-claim ...
    text: str
    start: int  # offsets into the headline
    end: int
    note: str = ""


@dataclass(slots=True)
class Framing(Record):
    article: str
    headline: str
    flags: list[FramingFlag]
    supported_by_body: bool

    _nested: ClassVar[dict[str, type]] = {"flags": FramingFlag}


@dataclass(slots=True)
class Evidence(Record):
    article: str
    start: int
    end: int


@dataclass(slots=True)
class Stance(Record):
    id: str
    story: str
    actor: str
    issue: str
    position: str  # supports | opposes | conditional | proposes | demands
    date: str | None
    evidence: list[Evidence]

    _nested: ClassVar[dict[str, type]] = {"evidence": Evidence}


@dataclass(slots=True)
class TimelineEvent(Record):
    date: str
    event: str
    story: str
    articles: list[str]
    evidence: list[Evidence] = field(default_factory=list)

    _nested: ClassVar[dict[str, type]] = {"evidence": Evidence}


@dataclass(slots=True)
class Comparison(Record):
    """Everything the per-story compare stages produce for one story."""

    story: str
    facts: list[Fact] = field(default_factory=list)
    quote_variants: list[QuoteVariant] = field(default_factory=list)
    framing: list[Framing] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)

    _nested: ClassVar[dict[str, type]] = {
        "facts": Fact,
        "quote_variants": QuoteVariant,
        "framing": Framing,
        "stances": Stance,
        "timeline": TimelineEvent,
    }
