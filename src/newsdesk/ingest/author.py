"""trafilatura's ``extract_author`` in one walk of the page, with the same answer.

trafilatura finds a page's author (when no meta tag names one) by copying the whole tree,
deleting the comment, sidebar, date and figure elements (``AUTHOR_DISCARD_XPATHS``) from the
copy, then trying three ``//*[...]`` XPaths (``AUTHOR_XPATHS``) on it: the first element whose
text is 3-119 characters long wins. libxml2 evaluates each ``//*[...]`` with a chain of
attribute tests on every element (~2 ms per page each, ~75 % of ``page_document``), so
:func:`extract_author` reads each element's few attributes once, in one Python walk, and
applies the same predicates:

- the XPaths only test the element's name and its ``rel``/``id``/``class``/``itemprop``/
  ``data-testid``/``data-component`` attributes (``re:test`` is Python's ``re.search`` on the
  attribute's value, ``''`` when absent, as lxml's EXSLT functions do), which deleting other
  elements does not change: an element is in the pruned tree's result iff it matches on the
  page and has no deleted ancestor-or-self; the results stay in document order;
- deleting an element moves its tail to its previous sibling or parent, so only the text of a
  candidate that contains a deleted element changes: that candidate alone is copied and pruned
  by trafilatura's own code before its text is read;
- ``rel='me'`` (a *child element* ``rel``, as trafilatura wrote it) depends on text that
  pruning can change: a page with a ``<rel>`` element, or a trafilatura whose XPaths differ
  from the ones transcribed here, goes through trafilatura's function itself.

``tests/test_ingest_author_fast.py`` compares both on constructed pages and on the WCXB pages.
"""
from __future__ import annotations

import re
from copy import deepcopy
from functools import lru_cache

from lxml.html import HtmlElement
from trafilatura import metadata as _meta
from trafilatura.htmlprocessing import prune_unwanted_nodes
from trafilatura.json_metadata import normalize_authors
from trafilatura.utils import trim
from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

AUTHOR_MAX_CHARS = 120  # trafilatura's len_limit for authors (content must be shorter)

# The XPaths transcribed below, whitespace-normalised; another trafilatura -> its own function.
_TRANSCRIBED = (
    "//*[self::a or self::address or self::div or self::link or self::p or self::span or "
    "self::strong][ @rel='author' or @id='author' or @class='author' or @itemprop='author name' "
    "or rel='me' or @data-testid='AuthorCard' or @data-testid='AuthorURL' or re:test(@class, "
    "'author-?name|AuthorName|authorName')]|//author",
    "//*[self::a or self::div or self::h3 or self::h4 or self::p or self::span][ @class='byline' "
    "or @class='username' or @class='byl' or @class='BBL' or contains(@itemprop, 'author') or "
    "re:test(@id, 'author|zuozhe|bianji|xiaobian') or re:test(@class, "
    "'author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name')]",
    "//*[ contains(@data-component, 'Byline') or contains(@itemprop, 'author') or re:test(@id, "
    "'[Aa]uthor') or re:test(@class, '[Aa]uthor|screenname|writer|[Bb]yline')]",
    ".//*[self::a or self::div or self::section or self::span][ @id='comments' or "
    "@class='comments' or @class='title' or @class='date' or re:test(@id, "
    "'^comments|comment-?list|ProductReviews') or re:test(@class, '^[Cc]omments|commentlist|"
    "comments-list|sidebar|is-hidden|quote|embedly-instagram|article-(?:share|support)|print|"
    "category|meta-date|meta-reviewer') or contains(@data-component, 'Figure')]",
    "//time|//figure",
)


def _normalised(path: str) -> str:
    return " ".join(path.split())


SAME_XPATHS = tuple(_normalised(x.path) for x in (*AUTHOR_XPATHS, *AUTHOR_DISCARD_XPATHS)) == tuple(
    _normalised(p) for p in _TRANSCRIBED
)

_A0_TAGS = frozenset(("a", "address", "div", "link", "p", "span", "strong"))
_A0_CLASS = re.compile("author-?name|AuthorName|authorName")
_A1_TAGS = frozenset(("a", "div", "h3", "h4", "p", "span"))
_A1_CLASSES = frozenset(("byline", "username", "byl", "BBL"))
_A1_ID = re.compile("author|zuozhe|bianji|xiaobian")
_A1_CLASS = re.compile("author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name")
_A2_ID = re.compile("[Aa]uthor")
_A2_CLASS = re.compile("[Aa]uthor|screenname|writer|[Bb]yline")
_D0_TAGS = frozenset(("a", "div", "section", "span"))
_D0_CLASSES = frozenset(("comments", "title", "date"))
_D0_ID = re.compile("^comments|comment-?list|ProductReviews")
_D0_CLASS = re.compile(
    "^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|"
    "article-(?:share|support)|print|category|meta-date|meta-reviewer"
)
_D1_TAGS = frozenset(("time", "figure"))
# every match of _D0_ID, _A1_ID or _A2_ID holds one of these (ids are mostly unique: not cached)
_ID_GATE = re.compile("omment|ProductReviews|uthor|zuozhe|bianji|xiaobian")
_NO_ID = (False, False, False)
CLASS_CACHE = 4096  # distinct class values remembered (a page has ~100; sites repeat theirs)


@lru_cache(maxsize=CLASS_CACHE)
def _class_tests(cls: str) -> tuple[bool, bool, bool, bool]:
    """``re:test(@class, ...)`` of the discard XPath and of the three author XPaths."""
    return (_D0_CLASS.search(cls) is not None, _A0_CLASS.search(cls) is not None,
            _A1_CLASS.search(cls) is not None, _A2_CLASS.search(cls) is not None)


def _id_tests(ident: str) -> tuple[bool, bool, bool]:
    """``re:test(@id, ...)`` of the discard XPath and of the second and third author XPaths."""
    if _ID_GATE.search(ident) is None:
        return _NO_ID
    return (_D0_ID.search(ident) is not None, _A1_ID.search(ident) is not None,
            _A2_ID.search(ident) is not None)


def extract_author(tree: HtmlElement) -> str | None:
    """The same as ``trafilatura.metadata.extract_author(tree)``."""
    if not SAME_XPATHS:
        return _meta.extract_author(tree)
    found = _walk(tree)
    if found is None:  # a <rel> element: trafilatura's own evaluation
        return _meta.extract_author(tree)
    discarded, groups = found
    author = _first_text(groups, discarded)
    return normalize_authors(None, author) if author else author


def _walk(tree: HtmlElement) -> tuple[set, tuple[list, list, list]] | None:
    """Elements the pruning deletes (outermost or not) and each author XPath's matches, in
    document order; None when the page has a ``rel`` element."""
    discarded: set = set()
    first: list = []
    second: list = []
    third: list = []
    root = tree  # extract_author evaluates on a copy of ``tree``, the root of its own document
    for el in root.iter():
        tag = el.tag
        if not isinstance(tag, str):  # comments, processing instructions: XPath's * skips them
            continue
        if tag == "rel":
            return None
        get = el.get
        cls = get("class")
        ident = get("id")
        itemprop = get("itemprop")
        component = get("data-component")
        d0_cls, a0_cls, a1_cls, a2_cls = _class_tests(cls) if cls is not None else (False,) * 4
        d0_id, a1_id, a2_id = _id_tests(ident) if ident is not None else _NO_ID
        if tag in _D1_TAGS or (
            tag in _D0_TAGS and el is not root and (
                ident == "comments" or cls in _D0_CLASSES or d0_id or d0_cls
                or (component is not None and "Figure" in component))):
            discarded.add(el)
        if tag == "author" or (tag in _A0_TAGS and (
                get("rel") == "author" or ident == "author" or cls == "author"
                or itemprop == "author name" or get("data-testid") in ("AuthorCard", "AuthorURL")
                or a0_cls)):
            first.append(el)
        if tag in _A1_TAGS and (
                cls in _A1_CLASSES or (itemprop is not None and "author" in itemprop) or a1_id or a1_cls):
            second.append(el)
        if ((component is not None and "Byline" in component) or (itemprop is not None and "author" in itemprop)
                or a2_id or a2_cls):
            third.append(el)
    return discarded, (first, second, third)


def _first_text(groups: tuple[list, list, list], discarded: set) -> str | None:
    """``extract_metainfo`` on the pruned tree: the first kept match with a text of the right length."""
    dirty: set = set()  # ancestors of a discarded element: their text loses something
    for el in discarded:
        dirty.update(el.iterancestors())
    for matches in groups:
        for el in matches:
            if el in discarded or any(a in discarded for a in el.iterancestors()):
                continue  # not in the pruned tree
            source = prune_unwanted_nodes(deepcopy(el), AUTHOR_DISCARD_XPATHS) if el in dirty else el
            content = trim(" ".join(source.itertext()))
            if content and 2 < len(content) < AUTHOR_MAX_CHARS:
                return content
    return None
