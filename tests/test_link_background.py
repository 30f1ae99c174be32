"""The clustering IDF's general-news prior (newsdesk.link.background) and what it is for: a small
corpus about one event comes out as one story, its unrelated article apart."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from newsdesk import Desk
from newsdesk.link import LinkSummaries, cluster_summaries
from newsdesk.link.background import document_rates, term_frequency
from newsdesk.link.cluster import ClusterConfig
from newsdesk.link.vectors import VectorConfig, _tfidf

STORIES = Path(__file__).resolve().parent / "data" / "stories"


def test_link_background_rates_order_common_rare_and_unknown_terms():
    common, rare, unknown = document_rates(["government", "chlorine", "callowford"], 300.0)
    assert 0.0 < rare < common <= 1.0
    assert unknown == 0.0  # a name wordfreq has never seen is as telling as a term can be
    # a name of several words is rarer than each of its words; a figure has a rate of its own
    assert 0.0 < term_frequency("fire department") < min(term_frequency("fire"), term_frequency("department"))
    assert 0.0 < term_frequency("#1385") < term_frequency("#10")
    assert document_rates([], 300.0).shape == (0,)


def test_link_background_idf_without_prior_is_the_corpus_idf():
    docs = [["fire", "plant", "chlorine"], ["fire", "school"], ["fire", "plant", "plant"]]
    ours = _tfidf(docs).toarray()
    vec = TfidfVectorizer(analyzer=lambda d: d, sublinear_tf=True, norm="l2")
    assert np.allclose(ours, vec.fit_transform(docs).toarray(), atol=1e-6)


def test_link_background_prior_keeps_shared_event_words_heavy_in_a_small_corpus():
    docs = [["chlorine", "leak", "callowford"], ["chlorine", "leak", "council"], ["chlorine", "leak", "school"]]
    vocab = sorted({t for d in docs for t in d})  # TfidfVectorizer orders columns this way
    prior = lambda terms: document_rates(terms, 300.0)  # noqa: E731
    plain = _tfidf(docs).toarray()
    blended = _tfidf(docs, prior, 1000.0).toarray()
    chlorine, council = vocab.index("chlorine"), vocab.index("council")
    # by the corpus alone the event's own word, in every article, weighs least; with the prior
    # it outweighs an everyday word that only one article uses
    assert plain[1, chlorine] < plain[1, council]
    assert blended[1, chlorine] > blended[1, council]
    assert np.allclose(np.linalg.norm(blended, axis=1), 1.0, atol=1e-6)


def _folder(name: str, tmp: Path) -> tuple[LinkSummaries, list[tuple[str, str]], set[str], set[str]]:
    """A story folder ingested and analysed as a user would (cleaned text, annotations, copies):
    the link stage's summaries, the copy pairs, and the gold story's and unrelated article ids."""
    folder = STORIES / name
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    with Desk(str(tmp / "story.db")) as desk:
        desk.ingest([str(p) for p in sorted(folder.glob("*.txt"))])
        desk.analyze()
        doc = desk.export_dict()
        ids = sorted(a["id"] for a in doc["articles"])
        annotations = desk.store.annotations(ids)
        summaries = LinkSummaries()
        for a in sorted(desk.store.articles(ids), key=lambda a: a.id):
            summaries.add(a, annotations.get(a.id))
    letter = {a["id"]: Path(a["source"]).name[0] for a in doc["articles"]}
    copies = sorted((p["a"], p["b"]) for p in doc["syndication"])
    story = {a for a in ids if letter[a] in gold["story"]}
    return summaries.finish(), copies, story, set(ids) - story


def _split(stories, story: set[str], unrelated: set[str]) -> tuple[int, bool]:
    where = {a: s.id for s in stories for a in s.article_ids}
    home = {where[a] for a in story}
    return len(home), any(where[a] in home for a in unrelated)


@pytest.mark.parametrize("name", sorted(p.name for p in STORIES.iterdir() if (p / "gold.json").is_file()))
def test_link_background_small_story_folder_is_one_story(name, tmp_path):
    summaries, copies, story, unrelated = _folder(name, tmp_path)
    assert unrelated and len(story) >= 4
    assert copies  # each folder has a syndicated copy: the copies reach the clusterer
    # bridge_closure's follow-up, ten days after the rest with nothing between, is a story of
    # its own (a known limit of the date window, pinned in tests/test_link_mixed_corpus.py too)
    # bin_strike's unrelated article (set 16, held out until the end of round 20) is another council
    # story of the same town and week; the clusterer takes it in (a known limit, not tuned on); so is
    # port_cruise_cap's (set 21, held out until round 23: a surf club of the same port, its boat and season);
    # and geothermal_tremor's and streetlight_switchoff's (set 27, held out until round 26: a market
    # and a swimming pool of the same town; round 26 found no similarity that tells them from the stories'
    # least similar true members)
    taken_in = ("bin_strike", "port_cruise_cap", "geothermal_tremor", "streetlight_switchoff")
    expected = (2, False) if name == "bridge_closure" else (1, True) if name in taken_in else (1, False)
    assert _split(cluster_summaries(summaries, copies), story, unrelated) == expected


def test_link_background_corpus_idf_alone_splits_the_recall_story(tmp_path):
    """Why the prior exists: with the corpus's own IDF (and the threshold tuned with it) six
    articles about one recall came out as three stories (issue 18)."""
    summaries, copies, story, unrelated = _folder("product_recall", tmp_path)
    corpus_only = ClusterConfig(merge_threshold=0.15, vectors=VectorConfig(prior_docs=0.0))
    assert _split(cluster_summaries(summaries, copies, config=corpus_only), story, unrelated)[0] > 1
