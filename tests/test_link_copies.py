"""find_copies: duplicates, syndicated copies and rewrites (seeds and synthetic texts)."""
from __future__ import annotations

import random

import pytest

from newsdesk.link import find_copies
from newsdesk.link.features import words
from newsdesk.model import Article, content_hash

WIRE = """GENEVA — Delegates from 40 countries agreed on Thursday to cut emissions from shipping by 35 percent before 2040, ending two weeks of tense negotiations at the International Maritime Organization.
The deal sets a levy of 120 dollars per tonne of carbon for ships that miss the target, with the money going to a fund for ports in poorer nations.
"This is the first time an entire industry has accepted a global price on its pollution," said Arsenio Dominguez, the organization's secretary general.
Shipping carries about 90 percent of world trade and produces nearly 3 percent of global greenhouse gas emissions, according to the agency.
Several oil-producing states had pushed to delay the vote, arguing that the levy would raise the price of imported food for island nations.
"We cannot ask the poorest consumers to pay for the transition of the richest shipowners," the delegate of Saudi Arabia told the plenary session.
Environmental groups welcomed the agreement but said the target fell short of what scientists say is needed to keep warming below 1.5 degrees.
Ship operators will have to report fuel use from 2027, and the first payments into the fund are due in 2028.
"The rules are clear now, and the industry can invest with confidence," said Thomas Kazakos of the International Chamber of Shipping.
The agreement still needs formal adoption at a session scheduled for October, where a two-thirds majority of member states is required.
"""

# Same quotes in the same order, same figures, every other sentence paraphrased.
REWRITE = """Shipping Industry Accepts Carbon Price In Landmark UN Deal
Negotiators representing 40 nations struck an agreement Thursday in Geneva requiring shipping emissions to fall 35 percent ahead of 2040, after a fortnight of difficult talks at the UN maritime body.
Under the plan, vessels that fail to meet the goal must pay 120 dollars for each tonne of carbon, and the proceeds will finance ports in developing countries.
"This is the first time an entire industry has accepted a global price on its pollution," secretary general Arsenio Dominguez told delegates.
Ships move roughly 90 percent of global commerce and account for close to 3 percent of the planet's greenhouse gas output.
A group of oil exporters had tried to postpone the vote, warning of higher costs for food shipped to island states.
"We cannot ask the poorest consumers to pay for the transition of the richest shipowners," Saudi Arabia's representative said.
Climate campaigners praised the deal while warning it does not go far enough to hold warming to 1.5 degrees.
"The rules are clear now, and the industry can invest with confidence," Thomas Kazakos of the International Chamber of Shipping said.
"""

UNRELATED = """The city council voted on Tuesday to extend the opening hours of public libraries, after a petition signed by 12,000 residents.
Libraries will now stay open until 9 p.m. on weekdays and open on Sunday afternoons, the council said in a statement.
"Reading rooms are the living rooms of people who do not have one," said councillor Maria Lopes, who proposed the measure.
The extension will cost about 1.4 million euros a year and requires hiring 35 new staff members.
Opposition members questioned the budget but supported the measure in the final vote.
"""


def _article(article_id: str, text: str, outlet: str | None = None) -> Article:
    return Article(id=article_id, source=f"test://{article_id}", body=text, content_hash=content_hash(text), outlet=outlet)


def _wire_copy(text: str) -> str:
    lines = text.splitlines()
    lines[0] = "Countries have agreed to make ships pay for their carbon pollution for the first time, in a deal struck in Geneva on Thursday."
    lines[6] = "Campaigners called the deal a start but not enough."
    return "\n".join(lines) + "\n(Reporting by the wire desk; editing by the night editor)"


@pytest.fixture(scope="module")
def seed_articles(raw_seed_articles) -> dict[str, Article]:
    return raw_seed_articles


def _kinds(pairs) -> dict[tuple[str, str], str]:
    return {(p.a, p.b): p.kind for p in pairs}


def test_seed_rewrite_found_with_quotes_and_figures(seed_articles):
    pairs = find_copies(list(seed_articles.values()))
    a, b = seed_articles["001"].id, seed_articles["004"].id
    by_pair = {(p.a, p.b): p for p in pairs}
    assert (a, b) in by_pair
    pair = by_pair[(a, b)]
    assert pair.kind == "rewrite"
    assert 0.0 < pair.similarity <= 1.0
    quotes = [" ".join(words(q)) for q in pair.evidence["shared_quotes"]]
    assert any("these security guarantees are an opportunity" in q for q in quotes)
    assert any("ukraine needs peace on decent terms" in q for q in quotes)
    assert {"138", "235"} <= set(pair.evidence["shared_numbers"])
    aligned = pair.evidence["aligned_sentences"]
    assert len(aligned) >= 3
    for span in aligned:
        s, e = span["a"]
        assert 0 <= s < e <= len(seed_articles["001"].body)
        s, e = span["b"]
        assert 0 <= s < e <= len(seed_articles["004"].body)
        assert 0.0 < span["score"] <= 1.0


def test_seed_independent_reports_are_not_copies(seed_articles):
    pairs = find_copies(list(seed_articles.values()))
    independent = {seed_articles[k].id for k in ("000", "002", "003")}
    assert not [p for p in pairs if p.a in independent or p.b in independent]


def test_exact_duplicate():
    pairs = find_copies([_article("b", WIRE), _article("a", WIRE), _article("z", UNRELATED)])
    assert _kinds(pairs) == {("a", "b"): "duplicate"}
    assert pairs[0].similarity == 1.0


def test_wire_copy_with_new_lead_is_syndicated():
    pairs = find_copies([_article("wire", WIRE), _article("paper", _wire_copy(WIRE))])
    assert _kinds(pairs) == {("paper", "wire"): "syndicated"}
    assert 0.5 <= pairs[0].similarity < 1.0


def test_paraphrase_with_same_quotes_is_rewrite():
    pairs = find_copies([_article("wire", WIRE), _article("blog", REWRITE)])
    assert _kinds(pairs) == {("blog", "wire"): "rewrite"}
    evidence = pairs[0].evidence
    assert len(evidence["shared_quotes"]) == 3
    assert {"120", "40", "90"} <= set(evidence["shared_numbers"])


def test_unrelated_and_single_shared_quote_are_not_copies():
    # an independent report of the same event that uses one of the same quotes
    own = """Ship owners face a new bill for their exhaust after a vote at the maritime agency in London-based talks.
Port cities in Africa and the Pacific stand to gain most from the new fund, analysts at a think tank said.
"This is the first time an entire industry has accepted a global price on its pollution," Dominguez said.
Container lines have already ordered vessels that can burn methanol or ammonia instead of heavy fuel oil.
"""
    assert find_copies([_article("wire", WIRE), _article("council", UNRELATED), _article("other", own)]) == []


def test_pairs_are_ordered_and_deterministic():
    articles = [_article("c", WIRE), _article("a", _wire_copy(WIRE)), _article("b", REWRITE), _article("d", UNRELATED)]
    first = find_copies(articles)
    shuffled = articles[:]
    random.Random(3).shuffle(shuffled)
    assert [p.as_dict() for p in find_copies(shuffled)] == [p.as_dict() for p in first]
    assert all(p.a < p.b for p in first)
    assert [(p.a, p.b) for p in first] == sorted((p.a, p.b) for p in first)
    assert {p.kind for p in first} == {"syndicated", "rewrite"}


def test_empty_and_single():
    assert find_copies([]) == []
    assert find_copies([_article("a", WIRE)]) == []


def test_uses_extract_annotations_when_available(seed_articles):
    extract = pytest.importorskip("newsdesk.extract")
    if not hasattr(extract, "extract_article"):
        pytest.skip("newsdesk.extract.extract_article is not there yet")
    articles = list(seed_articles.values())
    annotations = {a.id: extract.extract_article(a) for a in articles}
    kinds = _kinds(find_copies(articles, annotations))
    assert kinds.get((seed_articles["001"].id, seed_articles["004"].id)) == "rewrite"
    independent = {seed_articles[k].id for k in ("000", "002", "003")}
    assert not [k for k in kinds if set(k) & independent]


# A loaded rewrite of a short wire story: the same facts and figures in the same order, paraphrased,
# and only one of the wire's quotes carried over verbatim.
REWRITE_ONE_QUOTE = """Bureaucrats From 40 Countries Slap Shipping With Carbon Tax
Delegates from 40 countries agreed on Thursday to force shipping to cut emissions by 35 percent before 2040, after two weeks of bruising negotiations at the International Maritime Organization.
The deal slaps a levy of 120 dollars per tonne of carbon on ships that miss the target, and the money goes to a fund for ports in poorer nations.
"This is the first time an entire industry has accepted a global price on its pollution," boasted Arsenio Dominguez, the organization's secretary general.
Shipping carries about 90 percent of world trade, the agency says, and it produces nearly 3 percent of global greenhouse gas emissions.
Oil-producing states had pushed to delay the vote, warning the levy would raise the price of imported food for island nations.
Ship operators will have to report their fuel use from 2027 and start paying into the fund in 2028.
"""

# Two independent reports of one press conference: the same two quotes and figures, told their own way.
PRESS_A = """The International Maritime Organization's secretary general, Arsenio Dominguez, told reporters in Geneva that member states had agreed to a levy of 120 dollars per tonne of carbon.
"This is the first time an entire industry has accepted a global price on its pollution," Dominguez said at the news conference.
Asked about island nations, he said the fund would cushion any rise in food import costs.
Shipowners in Greece and Norway have already priced the levy into new charter contracts, analysts said.
"The rules are clear now, and the industry can invest with confidence," said Thomas Kazakos of the International Chamber of Shipping, who sat beside him.
The target is a 35 percent cut by 2040.
"""
PRESS_B = """Port cities from Mombasa to Manila could receive their first payments from a new shipping carbon fund in 2028.
The fund will be filled by a charge of 120 dollars for each tonne of carbon that ships emit above their limits, officials announced at a briefing.
"This is the first time an entire industry has accepted a global price on its pollution," Arsenio Dominguez said.
Climate researchers at two European universities said the 35 percent target for 2040 was achievable with existing technology.
Industry representatives appeared relieved after years of uncertainty.
"The rules are clear now, and the industry can invest with confidence," Thomas Kazakos said.
Several delegations had argued for a higher levy, without success.
"""


def test_rewrite_of_short_article_with_one_shared_quote_is_rewrite():
    pairs = find_copies([_article("wire", WIRE), _article("tabloid", REWRITE_ONE_QUOTE)])
    assert _kinds(pairs) == {("tabloid", "wire"): "rewrite"}
    evidence = pairs[0].evidence
    assert len(evidence["shared_quotes"]) == 1 and evidence["ordered_sentences"] >= 3
    assert {"120", "40"} <= set(evidence["shared_numbers"])


def test_independent_reports_of_one_press_conference_are_not_copies():
    pairs = find_copies([_article("a", PRESS_A), _article("b", PRESS_B), _article("wire", WIRE)])
    assert ("a", "b") not in _kinds(pairs), pairs
