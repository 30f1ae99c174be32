"""A quote that runs over several sentences pairs its sentences in a rewrite, whatever attribution surrounds it."""
from __future__ import annotations

from newsdesk.link.align import align_sentences, quote_sentence_pairs
from newsdesk.link.features import sentence_spans

Q = "We did not leave this site. We were carried out of it by guards at dawn on a cold morning"
A = f'"{Q}," said Mara Lind, secretary of the local branch of the union. The company declined to comment.'
B = f'Branch secretary Mara Lind was angry. "{Q}," she said, as though nothing else had happened.'


def test_link_align_quote_continuation_sentences_pair() -> None:
    sa, sb = sentence_spans(A), sentence_spans(B)
    aligned = align_sentences(A, sa, B, sb)
    extra = quote_sentence_pairs(A, sa, [Q], B, sb, [Q], aligned)
    assert len(extra) == 1  # the first sentence aligned by its words; the continuation only by the quote
    got = extra[0]
    assert A[got["a"][0]:got["a"][1]].startswith("We were carried") and B[got["b"][0]:got["b"][1]].startswith("We were carried")
    assert got["by"] == "quote"


def test_link_align_one_sentence_quote_adds_nothing() -> None:
    q = "We will open the gates when the ban ends and not an hour before"
    a, b = f'"{q}," the chief said. Talks resume.', f'He was firm. "{q}," he said to reporters.'
    sa, sb = sentence_spans(a), sentence_spans(b)
    assert quote_sentence_pairs(a, sa, [q], b, sb, [q], align_sentences(a, sa, b, sb)) == []
