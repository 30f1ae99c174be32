"""Story clustering through the pipeline on a synthetic corpus with large stories.

``newsdesk.synth`` gives stories log-normal sizes, so a few gather 30-60 articles about one
event. The split pass must leave such a story whole: its locally re-weighted halves are about
as similar to each other as inside (nothing separates them), however large the cluster. The
split model, fitted on ECB+ clusters of at most 30 documents that nearly all hold two events,
cut every story of 25+ articles before the gate and the size cap (B³ 0.81 on 1,000 articles).
"""
from __future__ import annotations

import json
import math
from collections import Counter

import numpy as np
import scipy.sparse as sp

from newsdesk.api import Desk
from newsdesk.engine import EngineConfig
from newsdesk.link.split import MAX_CUT_RATIO, SPLIT_MODEL, best_cut, split_clusters
from newsdesk.synth import gold_path, write_corpus

ARTICLES = 400
SEED = 5  # any seed: the corpus has stories of 30+ articles (asserted below)


def b_cubed_f1(predicted: dict[str, str], gold: dict[str, str]) -> float:
    pred_size, gold_size = Counter(predicted.values()), Counter(gold.values())
    both = Counter((predicted[a], gold[a]) for a in gold)
    p = sum(both[(predicted[a], gold[a])] / pred_size[predicted[a]] for a in gold) / len(gold)
    r = sum(both[(predicted[a], gold[a])] / gold_size[gold[a]] for a in gold) / len(gold)
    return 2 * p * r / (p + r)


def test_link_synthetic_large_stories_stay_whole_through_the_pipeline(tmp_path):
    corpus = write_corpus(ARTICLES, tmp_path / "synth.jsonl", seed=SEED)
    gold = json.loads(gold_path(corpus).read_text(encoding="utf-8"))["article_story"]
    sizes = Counter(gold.values())
    assert max(sizes.values()) >= 30  # the case at stake: a story larger than any ECB+ cluster
    with Desk(str(tmp_path / "s.db")) as desk:
        assert len(desk.ingest([str(corpus)]).added) == ARTICLES
        desk.analyze(EngineConfig(kind="serial"))
        stories = desk.stories()
    predicted = {a: s.id for s in stories for a in s.article_ids}
    assert set(predicted) == set(gold)
    assert b_cubed_f1(predicted, gold) >= 0.98
    assert len(stories) <= len(sizes) + 2


WIDTH = 1000  # vocabulary: two event pools of 400 words and 200 words every article may use


def _structureless_rows(n: int, seed: int, pool: int = 0) -> sp.csr_matrix:
    """``n`` articles drawing 60 words from one pool of 400 (``pool`` 0 or 1) and 20 from the
    common words: one event, no sides."""
    rng = np.random.default_rng(seed)
    rows = np.zeros((n, WIDTH))
    for i in range(n):
        rows[i, pool * 400 + rng.choice(400, size=60, replace=False)] = rng.random(60) + 0.5
        rows[i, 800 + rng.choice(200, size=20, replace=False)] = rng.random(20) + 0.5
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    return sp.csr_matrix(rows)


def test_link_split_gate_keeps_a_large_structureless_cluster_whole():
    rows = _structureless_rows(80, seed=1)
    cut = best_cut((rows @ rows.T).toarray())
    assert cut is not None and cut.features[1] >= MAX_CUT_RATIO  # the halves are not apart
    assert SPLIT_MODEL.probability(cut.features) >= 0.5  # ... yet the size-led model alone would cut
    assert split_clusters([list(range(80))], lambda m: rows[m]) == [list(range(80))]
    assert len(split_clusters([list(range(80))], lambda m: rows[m], max_ratio=math.inf)) > 1


def test_link_split_two_events_are_still_cut_by_the_gated_pass():
    rows = sp.vstack([_structureless_rows(20, seed=2, pool=0), _structureless_rows(20, seed=3, pool=1)]).tocsr()
    cut = best_cut((rows @ rows.T).toarray())
    assert cut is not None and cut.features[1] < MAX_CUT_RATIO
    assert split_clusters([list(range(40))], lambda m: rows[m]) == [list(range(20)), list(range(20, 40))]


def test_link_split_model_is_not_extrapolated_past_its_largest_cluster():
    assert SPLIT_MODEL.max_size is not None
    at_max = SPLIT_MODEL.probability((0.9, 0.9, math.log(SPLIT_MODEL.max_size)))
    assert SPLIT_MODEL.probability((0.9, 0.9, math.log(10 * SPLIT_MODEL.max_size))) == at_max
    assert SPLIT_MODEL.probability((0.9, 0.9, math.log(SPLIT_MODEL.max_size / 2))) < at_max
