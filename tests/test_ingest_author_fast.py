"""``ingest.author.extract_author`` (one Python walk) gives trafilatura's ``extract_author``."""
from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from trafilatura.metadata import extract_author as trafilatura_author
from trafilatura.utils import load_html

from newsdesk.ingest import author

WCXB = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "wcxb" / "dev" / "html"

PAGES = {
    "byline with a time inside (the candidate's text loses the date)": """
        <html><body><div class="post-byline">By Ms Orla Pell <time>4 March</time> for the Garden Ledger</div>
        <p>Compost heaps need air.</p></body></html>""",
    "author in a comment section is discarded": """
        <html><body><div id="comments"><span class="author">Reader Brannock</span></div>
        <p class="byline">Tomas Vell</p></body></html>""",
    "nested discarded elements, tails kept": """
        <html><body><div class="writer">Hale <span class="sidebar">x<figure>y</figure>z</span>Quint
        <span class="date">today</span> tail</div></body></html>""",
    "only the third, generic XPath matches": """
        <html><body><section data-component="Byline">Written by Ida Marrow</section></body></html>""",
    "an <author> element": "<html><body><author>Bram Osterly</author></body></html>",
    "itemprop on a link element": """
        <html><head><link itemprop="author name" href="/p" /></head>
        <body><span itemprop="author">Kell Rasmund</span></body></html>""",
    "too short, then too long, then right": """
        <html><body><span class="author">Al</span><span class="author">"""
    + "word " * 40
    + """</span><a rel="author">Petra Dunmore</a></body></html>""",
    "comments and processing instructions in the tree": """
        <html><body><!-- by nobody --><p class="byline">Fen <!-- x -->Hollis<?pi data?></p></body></html>""",
    "data-testid and id variants": """
        <html><body><div data-testid="AuthorCard">Cora Ventham</div><div id="zuozhe">Li Wen</div></body></html>""",
    "a child element named rel (trafilatura's rel='me')": """
        <html><body><a><rel>me</rel>Nils Cardow</a></body></html>""",
    "no author at all": "<html><body><p>Only a paragraph about soil.</p></body></html>",
    "discard classes by pattern": """
        <html><body><div class="commentlist"><p class="byline">Ann Spurl</p></div>
        <div class="article-share"><a class="author-name">Share Bot</a></div>
        <div class="entry-author">Gil Tavener</div></body></html>""",
}


def test_transcribed_xpaths_are_trafilaturas():
    assert author.SAME_XPATHS, "trafilatura's author XPaths changed: re-transcribe ingest/author.py"


def test_attribute_patterns_never_match_an_absent_attribute():
    # an absent attribute is '' for re:test; the walk skips the search when it is absent
    for rx in (author._A0_CLASS, author._A1_ID, author._A1_CLASS, author._A2_ID, author._A2_CLASS,
               author._D0_ID, author._D0_CLASS):
        assert rx.search("") is None


def test_id_gate_holds_every_id_match():
    for ident in ("comments-3", "comment-list", "ProductReviews", "post-author", "Author1", "zuozhe", "bianji",
                  "xiaobian-box", "commentlist"):
        assert author._ID_GATE.search(ident)
        assert author._id_tests(ident) != author._NO_ID


@pytest.mark.parametrize("name", sorted(PAGES))
def test_constructed_pages(name):
    tree = load_html(PAGES[name])
    assert author.extract_author(tree) == trafilatura_author(tree)


def test_rel_element_falls_back():
    assert author._walk(load_html(PAGES["a child element named rel (trafilatura's rel='me')"])) is None


def test_tree_left_unchanged():
    from lxml import html as lxml_html

    tree = load_html(PAGES["nested discarded elements, tails kept"])
    before = lxml_html.tostring(tree)
    author.extract_author(tree)
    assert lxml_html.tostring(tree) == before


@pytest.mark.skipif(not WCXB.is_dir(), reason="WCXB pages not available")
def test_wcxb_pages_same_author():
    pages = sorted(WCXB.glob("*.html.gz"))[::4]  # a quarter of the pages: ~3 s (all 711 checked by hand)
    found = 0
    for path in pages:
        tree = load_html(gzip.decompress(path.read_bytes()))
        if tree is None:
            continue
        expected = trafilatura_author(tree)
        assert author.extract_author(tree) == expected, path.name
        found += bool(expected)
    assert found > 20  # the comparison covers pages that have an author
