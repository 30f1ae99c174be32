"""The demo corpus ingests with the metadata, junk removal and kept lines its gold says."""
from __future__ import annotations

import pytest

from newsdesk.ingest import Ingested, read_inputs

FIELDS = ("outlet", "title", "authors", "dateline", "published")


@pytest.fixture(scope="module")
def demo_articles(demo_corpus):
    items = list(read_inputs([str(demo_corpus)]))
    assert all(isinstance(i, Ingested) for i in items), [i for i in items if not isinstance(i, Ingested)]
    return {i.article.id: i.article for i in items}


def test_ingest_demo_every_gold_article_is_read(demo_articles, demo_gold):
    assert set(demo_articles) == set(demo_gold["articles"])


@pytest.mark.parametrize("field", FIELDS)
def test_ingest_demo_metadata_matches_gold(demo_articles, demo_gold, field):
    wrong = {}
    for aid, gold in demo_gold["articles"].items():
        got = getattr(demo_articles[aid], field)
        want = gold[field]
        if field == "published" and got:
            got = got[:10]
        if got != want:
            wrong[aid] = (got, want)
    assert not wrong, wrong


def test_ingest_demo_junk_gone_and_body_kept(demo_articles, demo_gold):
    problems = []
    for aid, gold in demo_gold["articles"].items():
        body = demo_articles[aid].body
        problems += [f"{aid}: junk kept: {j!r}" for j in gold["junk"] if j in body]
        problems += [f"{aid}: lost: {k!r}" for k in gold["must_keep"] if k not in body]
    assert not problems, "\n".join(problems)


def test_ingest_demo_dropped_lines_have_reasons(demo_articles):
    dropped = [d for a in demo_articles.values() for d in a.dropped]
    assert dropped and all(d.reason for d in dropped)
