"""Compact per-article features of the link stage, so that a large corpus fits in memory.

Copy detection and story clustering need every article at once (candidates and neighbours
are found over the whole corpus), but not every article's text and annotations. A
:class:`LinkSummaries` keeps, per article, only what they use, in a few KB:

- for copy candidates and their first test: the distinct shingle hashes (uint32, from which
  the MinHash signature is computed) and the normalised direct quotes;
- for scoring a pair: the sentence spans, the quotes as written and the figures (so that
  only the body has to be read again, not the annotations);
- for clustering: the content words of title and body, the names and figures (as ids into
  one shared string table, in their original order, so that every TF-IDF matrix built from
  them is the one the token lists would give), the display spelling of each name, the
  publication date and the outlet.

Articles are added in index order (``add``); :meth:`finish` builds the signature matrix.
Everything here is a pure function of the article and its annotations (:func:`summarise`).
"""
from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from newsdesk.link.features import STOPWORDS, LinkFeatures, link_features, words
from newsdesk.link.minhash import NUM_PERM, shingle_hashes, signature
from newsdesk.model import Annotations, Article

ITEMS_PER_BLOCK = 1024  # small arrays gathered into one block per this many articles: no per-array overhead


class Strings:
    """One shared copy of each string, and an integer id for it."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.strings: list[str] = []

    def id(self, value: str) -> int:
        found = self.ids.get(value)
        if found is None:
            found = self.ids[value] = len(self.strings)
            self.strings.append(value)
        return found

    def share(self, value: str) -> str:
        """The stored copy of ``value`` (so equal strings are one object)."""
        return self.strings[self.id(value)]


class Ragged:
    """A list of small 1-d arrays of one dtype, stored in a few large blocks."""

    def __init__(self, dtype: type = np.uint32) -> None:
        self.dtype = dtype
        self.offsets = array("q", [0])
        self.blocks: list[np.ndarray] = []
        self.block_starts: list[int] = []
        self.pending: list[np.ndarray] = []

    def append(self, values: Sequence[int] | np.ndarray) -> None:
        arr = np.asarray(values, dtype=self.dtype)
        self.pending.append(arr)
        self.offsets.append(self.offsets[-1] + len(arr))
        if len(self.pending) >= ITEMS_PER_BLOCK:
            self._flush()

    def _flush(self) -> None:
        if self.pending:
            self.block_starts.append(self.offsets[len(self.offsets) - 1 - len(self.pending)])
            self.blocks.append(np.concatenate(self.pending))
            self.pending = []

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, k: int) -> np.ndarray:
        self._flush()
        start, end = self.offsets[k], self.offsets[k + 1]
        b = max(0, bisect_right(self.block_starts, start) - 1)  # items never span two blocks
        base = self.block_starts[b]
        return self.blocks[b][start - base : end - base]

    def lengths(self) -> np.ndarray:
        """The length of every item (int64)."""
        return np.diff(np.frombuffer(self.offsets, dtype=np.int64))

    def take(self, ks: Sequence[int]) -> list[np.ndarray]:
        """``[self[k] for k in ks]``, the blocks found in one call (many items at once)."""
        self._flush()
        if not len(ks):
            return []
        offsets = np.frombuffer(self.offsets, dtype=np.int64)
        at = np.asarray(ks, dtype=np.int64)
        starts, ends = offsets[at], offsets[at + 1]
        b = np.maximum(np.searchsorted(np.asarray(self.block_starts, dtype=np.int64), starts, side="right") - 1, 0)
        bases = np.asarray(self.block_starts, dtype=np.int64)[b]
        blocks = self.blocks
        return [blocks[x][s:e] for x, s, e in zip(b.tolist(), (starts - bases).tolist(), (ends - bases).tolist())]


class TokenDocs(Sequence[list[str]]):
    """Token lists stored as ids into a :class:`Strings` table; ``docs[k]`` is the list again."""

    def __init__(self, strings: Strings) -> None:
        self.strings = strings
        self.ids = Ragged(np.uint32)

    def append(self, tokens: list[str]) -> None:
        self.ids.append([self.strings.id(t) for t in tokens])

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, k):  # type: ignore[override]
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        table = self.strings.strings
        return [table[t] for t in self.ids[k].tolist()]

    def __iter__(self) -> Iterator[list[str]]:
        for k in range(len(self)):
            yield self[k]


@dataclass(slots=True)
class ArticleSummary:
    """What :func:`summarise` returns for one article (before it is packed into LinkSummaries)."""

    id: str
    shingles: np.ndarray  # distinct shingle hashes, sorted, uint32 (they are < 2**31)
    signature: np.ndarray  # MinHash signature, uint32
    quotes: list[str]  # normalised direct quotes, in order
    quote_texts: list[str]  # the same quotes as written
    sentences: list[tuple[int, int]]  # sentence spans the copy scorer aligns
    words: list[str]  # content words of title and body, in order
    names: list[str]  # entity names (or proper nouns), repeated per mention
    numbers: list[str]  # figures, canonical strings, in order
    surface: list[tuple[str, str]]  # (lower-case name, display spelling), first spelling first
    published: str | None
    outlet: str | None


def summarise(article: Article, annotations: Annotations | None = None) -> ArticleSummary:
    """The link stage's view of one article (the same features find_copies and cluster_stories use)."""
    feat = link_features(article, annotations)
    body_words = words(article.body)
    shingles = shingle_hashes(body_words)
    return ArticleSummary(
        id=article.id,
        shingles=shingles.astype(np.uint32),
        signature=signature(shingles).astype(np.uint32),
        quotes=feat.quotes,
        quote_texts=feat.quote_texts,
        sentences=feat.sentences,
        # content words of title and body: no word spans the line break between them, so
        # those of "title\nbody" are the title's then the body's (whose words are read once)
        words=[w for w in words(article.title or "") + body_words if w not in STOPWORDS],
        names=feat.names,
        numbers=feat.numbers,
        surface=list(feat.surface.items()),
        published=article.published,
        outlet=article.outlet,
    )


class LinkSummaries:
    """Per-article link features of a whole corpus, indexed 0..n-1 in the order added."""

    def __init__(self) -> None:
        self.strings = Strings()
        self.ids: list[str] = []
        self.shingles = Ragged(np.uint32)
        self._signatures: list[np.ndarray] = []  # rows, then blocks of rows, until finish()
        self._signature_blocks: list[np.ndarray] = []
        self.signatures = np.zeros((0, NUM_PERM), dtype=np.uint32)
        self.quotes: list[tuple[str, ...]] = []
        self.quote_texts: list[tuple[str, ...]] = []
        self._quote_strings = Strings()
        self.sentences = Ragged(np.int64)  # start, end, start, end, ...
        self.word_docs = TokenDocs(self.strings)
        self.names = TokenDocs(self.strings)
        self.numbers = TokenDocs(self.strings)
        self.surface = Ragged(np.uint32)  # key id, form id, key id, form id, ...
        self.published: list[str | None] = []
        self.outlets: list[str | None] = []

    def __len__(self) -> int:
        return len(self.ids)

    def add(self, article: Article, annotations: Annotations | None = None) -> None:
        self.add_summary(summarise(article, annotations))

    def add_summary(self, s: ArticleSummary) -> None:
        share = self.strings.share
        self.ids.append(s.id)
        self.shingles.append(s.shingles)
        self._signatures.append(s.signature)
        if len(self._signatures) >= ITEMS_PER_BLOCK:
            self._stack()
        share_quote = self._quote_strings.share  # a table of their own: freed with the quotes
        self.quotes.append(tuple(share_quote(q) for q in s.quotes))
        self.quote_texts.append(tuple(share_quote(q) for q in s.quote_texts))
        self.sentences.append([x for span in s.sentences for x in span])
        self.word_docs.append(s.words)
        self.names.append(s.names)
        self.numbers.append(s.numbers)
        self.surface.append([self.strings.id(x) for pair in s.surface for x in pair])
        self.published.append(share(s.published) if s.published is not None else None)
        self.outlets.append(share(s.outlet) if s.outlet is not None else None)

    def _stack(self) -> None:
        if self._signatures:
            self._signature_blocks.append(np.vstack(self._signatures))
            self._signatures = []

    def finish(self) -> "LinkSummaries":
        """Call once all articles are added: stacks the signatures into one (n, NUM_PERM) matrix."""
        self._stack()
        if self._signature_blocks:
            self.signatures = np.vstack([self.signatures, *self._signature_blocks])
            self._signature_blocks = []
        return self

    def drop_copy_features(self) -> None:
        """Free what only copy detection reads (shingles, signatures, quotes, sentence spans:
        more than half the summaries' memory) once it is done; clustering needs the rest."""
        self.shingles = Ragged(np.uint32)
        self.signatures = np.zeros((0, NUM_PERM), dtype=np.uint32)
        self.quotes, self.quote_texts, self._quote_strings = [], [], Strings()
        self.sentences = Ragged(np.int64)

    def name_docs(self) -> "NameDocs":
        return NameDocs(self)

    def copy_features(self, k: int) -> LinkFeatures:
        """The features the copy scorer reads (sentences, quotes, figures) of article ``k``."""
        flat = self.sentences[k].tolist()
        return LinkFeatures(
            article_id=self.ids[k],
            sentences=[(flat[x], flat[x + 1]) for x in range(0, len(flat), 2)],
            quotes=list(self.quotes[k]),
            numbers=self.numbers[k],
            quote_texts=list(self.quote_texts[k]),
        )

    def surface_of(self, k: int) -> list[tuple[str, str]]:
        table = self.strings.strings
        flat = self.surface[k].tolist()
        return [(table[flat[x]], table[flat[x + 1]]) for x in range(0, len(flat), 2)]


class NameDocs(Sequence[list[str]]):
    """Names, then figures as ``#<figure>``: the tokens of the names block of an article's vector."""

    def __init__(self, summaries: LinkSummaries) -> None:
        self.s = summaries

    def __len__(self) -> int:
        return len(self.s)

    def __getitem__(self, k):  # type: ignore[override]
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        return self.s.names[k] + ["#" + n for n in self.s.numbers[k]]

    def __iter__(self) -> Iterator[list[str]]:
        for k in range(len(self)):
            yield self[k]
