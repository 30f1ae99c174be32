"""The corpus stages' faster paths (speed round five) give what the plain ones give.

Each fast path is checked against the plain definition it replaces, on a synthetic corpus
(whose articles share quotes and wording, so that every branch of the copy test is taken) or
on constructed inputs: the batched first copy test, the quote match matrix, the packed entity
records, the array term counts, ``Ragged.take``, ``normalize_text`` and ``from_dict``.
"""
from __future__ import annotations

import random
import unicodedata

import numpy as np
import pytest

from newsdesk import tfidf
from newsdesk.link import copies
from newsdesk.link.align import _same_quote, ordered_shared_quotes, same_quotes
from newsdesk.link.features import normalize_text
from newsdesk.link.minhash import LshIndex
from newsdesk.link.summary import LinkSummaries, Ragged
from newsdesk.model import Annotations, Entity, Mention, Quote
from newsdesk.pipeline import _LocalEntity, _pack_entity_records, _Shared


@pytest.fixture(scope="module")
def summaries(tmp_path_factory) -> LinkSummaries:
    from newsdesk.model import Article
    from newsdesk.synth import write_corpus
    import json

    path = tmp_path_factory.mktemp("synth") / "synth.jsonl"
    write_corpus(300, path, seed=3)
    s = LinkSummaries()
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for row in sorted(rows, key=lambda r: r["id"]):
        s.add(Article(id=row["id"], source=row["id"], body=row["text"], content_hash=row["id"], title=row["title"]))
    return s.finish()


def _candidates(s: LinkSummaries) -> np.ndarray:
    n = len(s)
    lsh = LshIndex(s.signatures, copies.MAX_BUCKET)
    return np.unique(np.concatenate([lsh.pairs(0, n), copies._quote_pair_codes(s.quotes)]))


def test_batched_first_test_passes_the_same_pairs(summaries):
    n = len(summaries)
    codes = _candidates(summaries)
    assert len(codes) > 1000
    plain = np.array([copies._first_test(summaries, *divmod(c, n)) for c in codes.tolist()])
    batched = np.concatenate([
        copies._first_tests(summaries, part // n, part % n)
        for part in np.split(codes, np.searchsorted(codes, np.arange(50, n, 50) * n))
    ])
    assert plain.any() and not plain.all()  # both verdicts occur
    assert batched.tolist() == plain.tolist()


def test_quote_matrix_is_the_pairwise_test(summaries):
    quotes = sorted({q for qs in summaries.quotes for q in qs})
    rng = random.Random(5)
    picked = rng.sample(quotes, min(60, len(quotes)))
    # near-copies, cut quotes (contained) and quotes of other lengths beside the real ones
    extra = [q[:-3] for q in picked[:10]] + [" ".join(q.split()[1:]) for q in picked[10:20]] + ["", "a b c d"]
    a, b = picked[:30] + extra, picked[30:] + extra + picked[:5]
    same = same_quotes(a, b)
    assert same.shape == (len(a), len(b))
    assert same.tolist() == [[_same_quote(x, y) for y in b] for x in a]
    assert ordered_shared_quotes(a, b, same.tolist()) == ordered_shared_quotes(a, b)


def test_packed_entity_records_hold_what_the_entities_hold():
    entities = [
        Entity("L1", "PERSON", "Ada Quill", ["Quill"], [Mention("a1", 0, 9, "Ada Quill"), Mention("a1", 40, 45, "Quill")]),
        Entity("L2", "ORG", "Harbour Board", [], []),
    ]
    table = _Shared()
    packed = _pack_entity_records([e.as_dict() for e in entities], table)
    for local, e in zip(packed, entities):
        assert isinstance(local, _LocalEntity)
        assert (local.id, local.type, local.name, list(local.aliases)) == (e.id, e.type, e.name, e.aliases)
        assert list(local.mentions) == e.mentions


def test_array_term_counts_equal_the_loop():
    rng = random.Random(7)
    words = [f"w{i}" for i in range(500)]
    docs = [[rng.choice(words[: rng.randint(1, 500)]) for _ in range(rng.randint(0, 40))] for _ in range(tfidf.CHUNK_DOCS + 300)]
    fast, fast_terms = tfidf._term_counts_arrays(docs, np.float32)
    loop, loop_terms = tfidf.term_counts(docs[: tfidf.MANY_DOCS - 1], np.float32)  # the loop, on a prefix ...
    prefix, prefix_terms = tfidf._term_counts_arrays(docs[: tfidf.MANY_DOCS - 1], np.float32)  # ... and arrays on it
    assert prefix_terms == loop_terms
    for name in ("data", "indices", "indptr"):
        assert getattr(prefix, name).dtype == getattr(loop, name).dtype
        assert np.array_equal(getattr(prefix, name), getattr(loop, name))
    assert fast.shape == (len(docs), len(fast_terms)) and fast.sum() == sum(map(len, docs))


def test_ragged_take_and_lengths():
    r = Ragged(np.uint32)
    rng = random.Random(1)
    items = [[rng.randrange(1000) for _ in range(rng.randint(0, 5))] for _ in range(2500)]
    for k, item in enumerate(items):
        r.append(item)
        if k == 700:
            r[3]  # a read in between flushes a short block
    ks = [0, 5, 700, 701, 1024, 2047, 2048, 2499, 5]
    assert [x.tolist() for x in r.take(ks)] == [items[k] for k in ks]
    assert r.lengths().tolist() == [len(x) for x in items]


def test_normalize_text_is_the_translate():
    plain = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-"})
    for text in ["plain ascii", "“Quoted” – it’s ‘fine’ — „so“", "Ｆｕｌｌ width ﬁ", "É école"]:
        assert normalize_text(text) == unicodedata.normalize("NFKC", text).translate(plain).lower()


def test_flat_from_dict_ignores_unknown_keys_and_keeps_defaults():
    q = Quote.from_dict({"id": "q", "article": "a", "text": "t", "start": 1, "end": 2, "later": 1})
    assert q == Quote("q", "a", "t", 1, 2)
    ann = Annotations.from_dict({"article": "a", "entities": [{"id": "e", "type": "ORG", "name": "X",
                                                               "mentions": [{"article": "a", "start": 0, "end": 1, "text": "X"}]}]})
    assert ann.entities[0].mentions == [Mention("a", 0, 1, "X")]


def test_summary_words_are_those_of_title_and_body_together(summaries):
    from newsdesk.link.features import content_words
    from newsdesk.link.summary import summarise
    from newsdesk.model import Article

    bodies = ["Σ starts here. ΟΔΟΣ ends", "\u0301combining first; ﬁne words’ end", "", "plain body text"]
    titles = [None, "", "ΑΣ", "A title’s words—Ｆｕｌｌ", "ends with combining e\u0301"]
    for body in bodies:
        for title in titles:
            article = Article(id="x", source="x", body=body, content_hash="x", title=title)
            assert summarise(article).words == content_words((title or "") + "\n" + body)
    assert summaries.word_docs[0]  # the corpus summaries were made this way too
