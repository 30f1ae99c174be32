"""The compare stage's fast paths give what the plain definitions give, on real stories.

Each fast path (tokens cleaned once per distinct token, terms and content stems decided once
per word, clause x item matrices built as CSR directly, single-source support counted through
an inverted index, the partial ratio of quote pairs computed only where ``_same`` could say
yes) is checked here against the straightforward version it replaced, on the held-out stories
of ``tests/data/stories``.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from rapidfuzz import fuzz, process
from scipy import sparse

from newsdesk.compare import facts as _facts
from newsdesk.compare import single_source as _single
from newsdesk.compare import text as _text
from newsdesk.compare import variants as _variants
from newsdesk.compare.story import build_context, prepare

STORIES = Path(__file__).resolve().parent / "data" / "stories"


@pytest.fixture(scope="module")
def contexts():
    from newsdesk.extract import extract_article, merge_entities
    from newsdesk.ingest import read_inputs
    from newsdesk.model import Story

    out = []
    for directory in sorted(p for p in STORIES.iterdir() if p.is_dir()):
        articles = [it.article for it in read_inputs([str(directory)]) if hasattr(it, "article")]
        annotations = {a.id: extract_article(a) for a in articles}
        entities, _ = merge_entities([annotations[a] for a in sorted(annotations)])
        story = Story(id=directory.name, label=directory.name, article_ids=[a.id for a in articles],
                      independent_sources=len(articles))
        out.append(build_context(story, articles, annotations, entities))
    assert len(out) >= 5
    return out


def _plain_tokens(text: str) -> tuple[str, ...]:
    out = []
    for tok in _text._WORD_RE.findall(text.replace("’", "'").lower()):
        tok = tok.strip("'-.,")
        if tok.endswith("'s"):
            tok = tok[:-2]
        if tok:
            out.append(tok)
    return tuple(out)


def _plain_terms(text: str) -> list[str]:
    for pat, rep in _text._PHRASAL:
        text = pat.sub(rep, text)
    kept = (w for w in _plain_tokens(text) if len(w) > 1 and not w[0].isdigit() and w not in _text.EXTRA_STOPWORDS
            and (w not in _text.STOPWORDS or w in _text.KEEP))
    return [t for t in map(_text.term, kept) if t not in _text._REPORTING]


def test_compare_speed_words_terms_and_content_words_match_the_plain_loops(contexts) -> None:
    texts = [s.text for ctx in contexts for v in ctx.views.values() for s in v.sentences]
    texts += ["He gave up the bid and pulled back; they shot down 12 drones", "Veskard’s 'x-' 3.5, 41-6 -- ok's"]
    assert len(texts) > 200
    phrasal = 0
    for t in texts:
        assert _text.words(t) == list(_plain_tokens(t))
        assert _text.terms(t) == _plain_terms(t)
        assert _text.content_words(t) == [_text.stem(w) for w in _plain_tokens(t)
                                          if w not in _text.STOPWORDS and len(w) > 1]
        phrasal += any(p.search(t) for p, _ in _text._PHRASAL)
    assert phrasal  # the phrasal-verb branch was exercised


def test_compare_speed_incidence_is_the_coo_matrix(contexts) -> None:
    for ctx in contexts:
        cls = _facts.clauses(ctx, prepare(ctx))
        sets = [set(c.terms) for c in cls]
        weights = {t: 0.1 * len(t) for s in sets for t in s}
        common = {t for s in sets[::3] for t in s}
        for w in (None, weights):
            ids: dict = {}
            rows, cols, vals = [], [], []
            for r, items in enumerate(sets):
                for it in items:
                    rows.append(r)
                    cols.append(ids.setdefault(it, len(ids)))
                    vals.append(1.0 if w is None else w.get(it, 0.0))
            coo = sparse.csr_matrix((vals, (rows, cols)), shape=(len(sets), max(1, len(ids))))
            fast = _facts._incidence(sets, w)
            assert fast.shape == coo.shape and (fast.indptr == coo.indptr).all()
            assert (fast.indices == coo.indices).all() and (fast.data == coo.data).all()
        _, _, uncommon = _facts._incidences(sets, weights, common)
        plain = _facts._incidence([s - common for s in sets])
        assert ((uncommon @ uncommon.T).toarray() > 0).tolist() == ((plain @ plain.T).toarray() > 0).tolist()


def test_compare_speed_single_source_support_is_the_largest_overlap(contexts) -> None:
    checked = 0
    for ctx in contexts:
        sents = prepare(ctx)
        support = _single._by_group(ctx, sents)
        for s in sents:
            words = set(s.words)
            own = ctx.group_of(s.sent.article)
            plain = max((len(words & set(o.words)) / len(words) for o in sents
                         if ctx.group_of(o.sent.article) != own), default=0.0)
            assert _single._supported_elsewhere(ctx, s.sent.article, words, support) == plain
            checked += plain > 0
    assert checked > 50


def test_compare_speed_quote_candidates_differ_only_where_same_says_no(contexts) -> None:
    compared = taken = 0
    for ctx in contexts:
        quotes = [q for v in ctx.views.values() for q in v.quotes
                  if q.text and len(_variants._norm(q.text).split()) >= _variants.FRAGMENT_MIN_WORDS]
        if len(quotes) < 2:
            continue
        norms = [_variants._norm(q.text) for q in quotes]
        distinct = sorted(set(norms))
        at = {n: k for k, n in enumerate(distinct)}
        full = ((process.cdist(distinct, distinct, scorer=fuzz.ratio, score_cutoff=_variants.CANDIDATE_RATIO) > 0)
                | (process.cdist(distinct, distinct, scorer=fuzz.partial_ratio,
                                 score_cutoff=_variants.CANDIDATE_PARTIAL) > 0))
        may = _variants._may_be_same(distinct)
        fast = set(_variants._candidates(quotes))
        for i in range(len(quotes)):
            for j in range(i + 1, len(quotes)):
                same = _variants._same(quotes[i], quotes[j])[0] or _variants._same(quotes[j], quotes[i])[0]
                compared += 1
                taken += same
                if same:  # the bound never leaves out a pair _same takes
                    assert may[at[norms[i]], at[norms[j]]]
                if full[at[norms[i]], at[norms[j]]] != ((i, j) in fast):
                    assert not same
    assert compared > 500 and taken > 5


def test_compare_speed_word_bound_keeps_fragments_and_near_copies() -> None:
    norms = ["we will not give up one metre of the valley",  # a fragment of the next (cover)
             "the mayor said on the steps of the town hall late on friday that we will not give up one metre "
             "of the valley whatever the cost and the delays ahead",
             "we shall not give up a metre of the valley",  # near copy of the first (ratio)
             "ticket prices rise in spring for every passenger"]
    may = _variants._may_be_same(norms)
    assert may[0, 1] and may[1, 0] and may[0, 2] and may[2, 0]
    assert not may[0, 3] and not may[1, 3] and not may[2, 3]
    assert _variants._fragment_cover(norms[0].split(), norms[1].split()) >= _variants.FRAGMENT / 100
    assert _variants._word_ratio(norms[0].split(), norms[1].split()) < _variants.SAME_UTTERANCE  # only the cover bound keeps it


def test_compare_speed_small_cosine_blocks_are_scipys_floats(contexts) -> None:
    import random

    compared = 0
    for ctx in contexts:
        vectors = _facts.clause_vectors(_facts.clauses(ctx, prepare(ctx)))
        rng = random.Random(0)
        for size in range(1, _facts.SMALL_BLOCK + 1):
            for _ in range(20):
                idx = rng.sample(range(vectors.shape[0]), min(size, vectors.shape[0]))
                rows = vectors[idx]
                assert _facts.sub_similarity(vectors, idx).tobytes() == sparse.csr_matrix(rows @ rows.T).toarray().tobytes()
                compared += 1
    assert compared > 500


def test_compare_speed_records_pickle_as_class_and_fields() -> None:
    """Comparison jobs travel to workers pickled: records rebuilt from their field values are
    equal to the originals (nested records, lists, dicts, None) under every protocol."""
    import copy
    import pickle

    from newsdesk.extract import extract_article, merge_entities
    from newsdesk.ingest import read_inputs

    directory = sorted(p for p in STORIES.iterdir() if p.is_dir())[0]
    articles = [it.article for it in read_inputs([str(directory)]) if hasattr(it, "article")]
    annotations = {a.id: extract_article(a) for a in articles}
    entities, _ = merge_entities([annotations[a] for a in sorted(annotations)])
    job = (articles, annotations, entities)
    assert sum(len(e.mentions) for e in entities) > 20
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(job, protocol=protocol))
        assert back == job and type(back[2][0].mentions[0]) is type(entities[0].mentions[0])
    assert copy.deepcopy(job) == job
    cls, values = articles[0].__reduce__()
    assert cls is type(articles[0]) and cls(*values) == articles[0]
