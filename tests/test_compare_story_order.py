"""compare_story on the real seed story: independent of the order of ``articles``, and the
vectorised clause linking gives exactly the pairs the pair-by-pair rules (``anchored``) give."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from newsdesk.compare import compare_story
from newsdesk.compare import facts as _facts
from newsdesk.compare.story import build_context, prepare


@pytest.fixture(scope="module")
def berlin_job(seeds_dir: Path):
    from newsdesk.extract import extract_article, merge_entities
    from newsdesk.ingest import read_inputs
    from newsdesk.link import cluster_stories, find_copies

    articles = [it.article for it in read_inputs([str(seeds_dir)]) if hasattr(it, "article")]
    annotations = {a.id: extract_article(a) for a in articles}
    entities, _ = merge_entities([annotations[a] for a in sorted(annotations)])
    copies = find_copies(articles, annotations)
    story = max(cluster_stories(articles, annotations, copies), key=lambda s: len(s.article_ids))
    members = set(story.article_ids)
    by_id = {a.id: a for a in articles}
    return (story, [by_id[a] for a in story.article_ids], {a: annotations[a] for a in members},
            [e for e in entities if any(m.article in members for m in e.mentions)],
            [p for p in copies if p.a in members and p.b in members])


def test_compare_story_order_of_articles_does_not_matter(berlin_job) -> None:
    story, articles, annotations, entities, copies = berlin_job
    first = compare_story(story, articles, annotations, entities, copies=copies)
    assert first.facts and first.quote_variants
    for seed in (1, 2):
        shuffled = list(articles)
        random.Random(seed).shuffle(shuffled)
        assert compare_story(story, shuffled, annotations, entities, copies=copies) == first


def test_compare_story_vectorised_links_match_pairwise_rules(berlin_job) -> None:
    story, articles, annotations, entities, copies = berlin_job
    ctx = build_context(story, articles, annotations, entities, copies)
    sents = prepare(ctx)
    clauses = _facts.clauses(ctx, sents)
    views = [_facts._clause_view(sents, c) for c in clauses]
    arts = [v.sent.article for v in views]
    units = [v.units for v in views]
    vectors = _facts.clause_vectors(clauses)
    rare = _facts.rarity(clauses)
    dense = vectors @ vectors.T  # every pair's cosine, the brute-force way
    dense = dense.toarray()
    expected = {}
    for i in range(len(clauses)):
        for j in range(i + 1, len(clauses)):
            if arts[i] == arts[j]:
                continue
            shared = bool(units[i] & units[j])
            score = float(dense[i, j]) + (_facts.UNIT_BONUS if shared else 0.0)
            copied = ctx.copies(arts[i], arts[j])
            if score >= _facts.ALIGN_MIN and _facts.anchored(clauses[i], clauses[j], float(dense[i, j]), shared, rare,
                                                             copies=copied):
                expected[(i, j)] = score
    assert len(expected) >= 20, len(expected)
    copy_pairs = {frozenset((a, b)) for a, others in ctx.copy_of.items() for b in others}
    assert _facts.links(clauses, arts, vectors, units, rare, copy_pairs) == expected
