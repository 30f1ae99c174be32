"""Publication dates of HTML pages: evidence ranked by reliability, impossible dates dropped.

Hand-written pages (each a real pattern: a CMS placeholder date, a byline date above the
metadata, an "Updated" line, a WebPage stamp, a listing) go through the HTML reader; the WCXB
floors are at the end.
"""
from __future__ import annotations

import datetime as dt
import gzip
import importlib.util
import json
from html import escape
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.ingest import Ingested, read_path
from newsdesk.ingest.textmeta import date_problem

BODY = "".join(
    f"<p>Paragraph {n} of the report says the council met again and agreed on the budget for the"
    f" coming year after a long debate about roads, schools and the harbour.</p>" for n in range(12)
)
SCRIPTS = Path(__file__).resolve().parents[1] / "eval"


def page(head: str = "", header: str = "", og_type: str = "article", ld: list | None = None,
         title: str = "Council agrees budget after long debate") -> str:
    scripts = "".join(f'<script type="application/ld+json">{json.dumps(obj)}</script>' for obj in ld or [])
    return (f"<html><head><title>{title} | The Harbour Post</title>"
            f'<meta property="og:type" content="{og_type}">{head}{scripts}</head>'
            f"<body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{header}{BODY}</article>"
            "<footer>© The Harbour Post</footer></body></html>")


def read(tmp_path: Path, html: str, name: str = "story.html"):
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    [item] = read_path(str(path))
    assert isinstance(item, Ingested), item
    return item.article


def test_ingest_pubdate_placeholder_0001_is_no_date(tmp_path: Path):
    """A CMS writes datePublished 0001-01-01: no date, the reason recorded, nothing raises."""
    a = read(tmp_path, page(head='<meta property="article:published_time" content="0001-01-01T00:00:00Z">',
                            ld=[{"@type": "NewsArticle", "datePublished": "0001-01-01T00:00:00Z"}]))
    assert a.published is None and a.published_source is None
    reasons = {(r["evidence"], r["reason"]) for r in a.metadata["published_rejected"]}
    assert reasons == {("article:published_time", "before 1900"), ("json-ld:NewsArticle", "before 1900")}


def test_ingest_pubdate_placeholder_then_real_date(tmp_path: Path):
    """The placeholder is skipped and the next piece of evidence is used."""
    a = read(tmp_path, page(head='<meta property="article:published_time" content="1970-01-01T00:00:00Z">'
                                 '<meta itemprop="datePublished" content="2025-06-02T08:00:00+02:00">'))
    assert (a.published, a.published_source) == ("2025-06-02T08:00:00+02:00", "metadata:datepublished")
    assert a.metadata["published_rejected"][0]["reason"] == "placeholder"


def test_ingest_pubdate_future_date_dropped(tmp_path: Path):
    a = read(tmp_path, page(head='<meta property="article:published_time" content="9999-12-31">'))
    assert a.published is None
    assert a.metadata["published_rejected"][0]["reason"] == "in the future"


def test_ingest_pubdate_byline_date_beats_metadata(tmp_path: Path):
    """The date the reader sees under the headline ranks first; the quote is the provenance."""
    a = read(tmp_path, page(head='<meta property="article:published_time" content="2025-01-29T20:47:55+00:00">',
                            header='<p class="byline"><span>By Ann Lee</span> | <time>March 3, 2025</time></p>'))
    assert a.published == "2025-03-03"
    assert a.published_source.startswith("text:") and a.published_source.endswith("March 3, 2025")


def test_ingest_pubdate_update_line_ranks_below_metadata(tmp_path: Path):
    """"Last updated" is a modified date: the metadata's publication date wins; the update is kept."""
    a = read(tmp_path, page(head='<meta property="article:published_time" content="2024-09-06T13:12:36+00:00">'
                                 '<meta property="article:modified_time" content="2025-11-14T06:49:57+00:00">',
                            header="<p>Last updated: <span>November 14, 2025</span></p>"))
    assert (a.published, a.published_source) == ("2024-09-06T13:12:36+00:00", "metadata:article:published_time")
    assert a.metadata["updated"] == "2025-11-14"


def test_ingest_pubdate_update_line_ranks_above_json_ld(tmp_path: Path):
    """An update line the reader sees beats a JSON-LD datePublished nobody sees (WCXB even ids:
    where the two disagree and no meta tag states the date, the truth is the update line 6 times
    out of 6)."""
    a = read(tmp_path, page(ld=[{"@type": "Article", "datePublished": "2021-08-12T19:35:44+00:00"}],
                            header="<p>Last Updated: <span>2025-02-22</span></p>"))
    assert a.published == "2025-02-22" and "Last Updated" in a.published_source


def test_ingest_pubdate_json_ld_alone_is_no_date(tmp_path: Path):
    """JSON-LD is never shown: alone it dates nothing; with other evidence (a URL date) it counts."""
    ld = [{"@type": "Article", "datePublished": "2015-04-17"}]
    assert read(tmp_path, page(ld=ld)).published is None
    a = read(tmp_path, page(ld=ld, head='<link rel="canonical" href="https://harbour.example/2015/04/17/furniture/">'))
    assert (a.published, a.published_source) == ("2015-04-17", "metadata:json-ld:Article")


def test_ingest_pubdate_header_one_day_off_the_meta_tag_is_a_time_zone(tmp_path: Path):
    """"December 9, 2021" by the headline and article:published_time 2021-12-10T02:17Z are the
    same moment: the timestamp is taken, unless the URL path states the header's day too."""
    tag = '<meta property="article:published_time" content="2021-12-10T02:17:00+00:00">'
    header = '<p class="byline">By Ann Lee · <span>December 9, 2021</span></p>'
    a = read(tmp_path, page(head=tag, header=header))
    assert (a.published, a.published_source) == ("2021-12-10T02:17:00+00:00", "metadata:article:published_time")
    a = read(tmp_path, page(head=tag + '<link rel="canonical" href="https://harbour.example/2021/12/09/budget/">',
                            header=header))
    assert a.published == "2021-12-09" and a.published_source.startswith("text:")
    far = read(tmp_path, page(head=tag, header='<p><span>December 1, 2021</span></p>'))
    assert far.published == "2021-12-01"  # a week apart: the date the reader sees


def test_ingest_pubdate_meta_tag_and_permalink_outvote_the_header(tmp_path: Path):
    """A header date that the meta tag and the URL path both contradict (a list of updates by
    the headline) loses to them."""
    head = ('<meta property="article:published_time" content="2021-01-18T19:55:00+01:00">'
            '<link rel="canonical" href="https://notes.example/2021/01/18/tool-choices">')
    a = read(tmp_path, page(head=head, header="<p>Updates</p><p><span>2022-04-12</span> Link to a related note</p>"))
    assert (a.published, a.published_source) == ("2021-01-18T19:55:00+01:00", "metadata:article:published_time")


def test_ingest_pubdate_update_line_alone_is_used(tmp_path: Path):
    """With nothing else, the date the page shows is taken, its label quoted."""
    a = read(tmp_path, page(header="<p>Updated <span>Sep 17, 2025</span></p>"))
    assert a.published == "2025-09-17" and "Updated" in a.published_source


def test_ingest_pubdate_webpage_stamp_and_modified_are_not_dates(tmp_path: Path):
    """JSON-LD datePublished of a plain WebPage and modified dates are no publication date."""
    a = read(tmp_path, page(ld=[{"@type": "WebPage", "datePublished": "2019-08-11T18:59:51+00:00",
                                 "dateModified": "2025-11-21T18:51:10+00:00"}],
                            head='<meta property="article:modified_time" content="2025-11-21T18:51:10+00:00">'))
    assert a.published is None and a.published_source is None


def test_ingest_pubdate_website_metadata_ignored_unless_shown(tmp_path: Path):
    """og:type=website: the page's record date is not an article's publication date, unless the
    page's text shows the same day."""
    tag = '<meta property="article:published_time" content="2021-05-24">'
    assert read(tmp_path, page(og_type="website", head=tag)).published is None
    shown = "<p class='note'>Page created 24 May 2021 by the web team.</p>"
    a = read(tmp_path, page(og_type="website", head=tag).replace("</article>", shown + "</article>"))
    assert a.published == "2021-05-24" and a.published_source.startswith("metadata:article:published_time shown as")


def test_ingest_pubdate_dates_in_sentences_ranges_and_listings_skipped(tmp_path: Path):
    sentence = "<p>The offer made on March 2, 2025 is valid for all residents who register before the end.</p>"
    rng = "<p><span>Dates:</span> <span>2025-12-12 - 2025-12-17</span></p>"
    listing = "".join(f"<div><a href='/{d}'>Older story</a> <span>{d} May 2024</span></div>" for d in (2, 9, 16, 23, 30))
    events = "".join(f"<div><p>Event {n}: talks and workshops …</p><span>March {16 + n // 2}, 2026</span></div>"
                     for n in range(5))  # five dates, three days: a list of events
    for header in (sentence, rng, listing, events):
        assert read(tmp_path, page(header=header)).published is None, header


def test_ingest_pubdate_ambiguous_numeric_date_resolved_by_metadata(tmp_path: Path):
    a = read(tmp_path, page(head='<meta name="date" content="2023-10-12T19:38:01Z">',
                            header="<p><span>10/12/2023 7:38:01 PM</span> | 3 minute read</p>"))
    assert a.published == "2023-10-12" and a.published_source.startswith("text:")
    assert read(tmp_path, page(header="<p><span>10/12/2023</span></p>")).published is None  # d/m or m/d?


def test_ingest_pubdate_numeric_order_from_the_other_dates(tmp_path: Path):
    """"03/01/2017" is March 1 on a page whose other numeric dates read month first ("12/16/2025"
    in a ticker above the headline, itself dropped: more than two other stories' days)."""
    ticker = "".join(f"<li><a href='/{n}'>Other story {n}</a> <span>12/{d}/2025</span></li>"
                     for n, d in enumerate((17, 16, 4)))
    html = page(header="<p><span>03/01/2017</span></p>").replace("<article>", f"<article><ul>{ticker}</ul>")
    assert read(tmp_path, html).published == "2017-03-01"
    day_first = page(header="<p><span>03/01/2017</span> · <span>25/01/2017</span> corrected</p>")
    assert read(tmp_path, day_first).published == "2017-01-03"


def test_ingest_pubdate_time_element_month_name_url_and_meta_formats(tmp_path: Path):
    """A <time datetime> whose text is no date we read; a month name in the URL path; a meta tag
    written "Thu, 09/25/2025 - 11:38"; a meta named plainly "published"."""
    a = read(tmp_path, page(header='<p><time datetime="2025-12-19T15:55:39-08:00">12/19 — 2025</time></p>'))
    assert a.published == "2025-12-19"
    a = read(tmp_path, page(head='<link rel="canonical" href="https://wine.example/blog/2023/october/03/types/">'))
    assert (a.published, a.published_source) == ("2023-10-03", "metadata:url:/2023/october/03/")
    a = read(tmp_path, page(head='<meta property="article:published_time" content="Thu, 09/25/2025 - 11:38">'))
    assert a.published == "2025-09-25"
    a = read(tmp_path, page(head='<meta name="published" content="July 17, 2025">'))
    assert (a.published, a.published_source) == ("2025-07-17", "metadata:published")


def test_ingest_pubdate_page_microdata(tmp_path: Path):
    """itemprop="datePublished" away from the headline counts when it states one day."""
    post = "<abbr class='published' itemprop='datePublished' title='2025-12-19T15:18:00-05:00'>Friday</abbr>"
    html = page().replace("</article>", f"<footer>{post}</footer></article>")
    assert read(tmp_path, html).published == "2025-12-19T15:18:00-05:00"
    others = "".join(f"<li itemprop='datePublished' content='2025-12-{d}'>x</li>" for d in (10, 11))
    assert read(tmp_path, page().replace("</article>", f"<ul>{others}</ul></article>")).published is None


def test_ingest_pubdate_url_and_labelled_dates(tmp_path: Path):
    a = read(tmp_path, page(head='<link rel="canonical" href="https://harbour.example/2025/12/19/budget-agreed/">'))
    assert (a.published, a.published_source) == ("2025-12-19", "metadata:url:/2025/12/19/")
    footer = "<aside><div><span>Published</span></div><div><span>Feb 2, 2023</span></div></aside>"
    html = page().replace("</article>", "</article>" + footer)
    a = read(tmp_path, html)
    assert (a.published, a.published_source) == ("2023-02-02", "text:Published Feb 2, 2023")


def test_ingest_pubdate_markup_shown_in_the_text(tmp_path: Path):
    """JSON-LD alone dates nothing, but where the page's text writes the same day it does: of an
    article ("15th Dec 2025" at the foot of the page) or of a plain WebPage ("Reviewed ... on
    December 9, 2024"); the markup's timestamp is kept, the quote is the provenance."""
    article = [{"@type": "NewsArticle", "datePublished": "2025-12-15T00:00:00+00:00"}]
    foot = "<div class='note-meta'><a href='#'>#</a> 15th Dec 2025 <span>backlinks</span></div>"
    a = read(tmp_path, page(ld=article).replace("</article>", foot + "</article>"))
    assert a.published == "2025-12-15T00:00:00+00:00"
    assert a.published_source.startswith("metadata:json-ld:NewsArticle shown as") and "15th Dec 2025" in a.published_source
    webpage = [{"@type": "WebPage", "datePublished": "2024-12-09T22:52:11-05:00"}]
    reviewed = "<p>Reviewed by Ann Lee, editor at the Post, on December 9, 2024.</p>"
    a = read(tmp_path, page(ld=webpage).replace("</article>", reviewed + "</article>"))
    assert a.published == "2024-12-09T22:52:11-05:00"
    other_day = "<p>Reviewed by Ann Lee, editor at the Post, on December 10, 2024.</p>"
    assert read(tmp_path, page(ld=webpage).replace("</article>", other_day + "</article>")).published is None
    listing = "".join(f"<p>Story {d}: <span>December {d}, 2024</span></p>" for d in (2, 5, 9, 12, 16))
    assert read(tmp_path, page(ld=webpage).replace("</article>", listing + "</article>")).published is None


def test_ingest_pubdate_byline_element_anywhere(tmp_path: Path):
    """A date alone in an element whose class names a byline or publication date, far below the
    headline (after a list of products), dates a page nothing else dates; several such elements
    with other days (a list of stories) or one whose class names an update do not."""
    byline = "<p class='article-byline__pub-dates'>Updated March 13, 2024</p>"
    a = read(tmp_path, page().replace("</article>", byline + "</article>"))
    assert (a.published, a.published_source) == ("2024-03-13", "text:Updated March 13, 2024")
    cards = "".join(f"<div class='post-date'>March {d}, 2024</div>" for d in (13, 14))
    assert read(tmp_path, page().replace("</article>", cards + "</article>")).published is None
    modified = "<p class='wp-block-post-date__modified-date'>February 1, 2026</p>"
    assert read(tmp_path, page().replace("</article>", modified + "</article>")).published is None
    tag = '<meta property="article:published_time" content="2024-01-05T10:00:00+00:00">'
    assert read(tmp_path, page(head=tag).replace("</article>", byline + "</article>")).published.startswith("2024-01-05")


def test_ingest_pubdate_permalink_day_is_never_contradicted(tmp_path: Path):
    """A header date the URL path contradicts (an update shown by the headline) is not taken:
    the evidence of the URL's day is, with its timestamp where a meta tag has one."""
    canonical = '<link rel="canonical" href="https://harbour.example/2025/12/19/budget-agreed/">'
    header = "<p class='byline'>By Ann Lee | <span>March 3, 2026</span></p>"
    a = read(tmp_path, page(head=canonical, header=header))
    assert (a.published, a.published_source) == ("2025-12-19", "metadata:url:/2025/12/19/")
    tag = '<meta property="article:published_time" content="2025-12-19T08:00:00-05:00">'
    a = read(tmp_path, page(head=canonical + tag, header=header))
    assert (a.published, a.published_source) == ("2025-12-19T08:00:00-05:00", "metadata:article:published_time")


def test_ingest_pubdate_keeps_the_page_time_zone(tmp_path: Path):
    """2026-03-03T23:30-05:00 is March 3 where it was published (March 4 in UTC)."""
    a = read(tmp_path, page(head='<meta property="article:published_time" content="2026-03-03T23:30:00-05:00">'),
             name="late.html")
    assert a.published == "2026-03-03T23:30:00-05:00"


def test_ingest_pubdate_text_and_jsonl_inputs_apply_the_same_rule(tmp_path: Path):
    text = tmp_path / "note.txt"
    text.write_text("Harbour council agrees budget\n\nPublished: January 1, 0001\n\n" + "The council met. " * 20,
                    encoding="utf-8")
    [item] = read_path(str(text))
    assert item.article.published is None
    assert item.article.metadata["published_rejected"][0]["reason"] == "before 1900"
    lines = tmp_path / "items.jsonl"
    lines.write_text(json.dumps({"id": "x1", "text": "The council met again.", "published": "0001-01-01T00:00:00Z"})
                     + "\n" + json.dumps({"id": "x2", "text": "The council met.", "published": "2025-12-14"}) + "\n",
                     encoding="utf-8")
    first, second = (i.article for i in read_path(str(lines)))
    assert first.published is None and first.metadata["published_rejected"][0]["evidence"] == "input"
    assert (second.published, second.published_source) == ("2025-12-14", "input")


def test_ingest_pubdate_feed_placeholder(tmp_path: Path):
    rss = tmp_path / "wire.rss"
    rss.write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>"
        "<item><title>Budget agreed</title><link>https://wire.example/a</link>"
        "<pubDate>Mon, 01 Jan 1970 00:00:00 GMT</pubDate><description>The council agreed the budget.</description></item>"
        "</channel></rss>", encoding="utf-8")
    [item] = read_path(str(rss))
    assert item.article.published is None
    assert item.article.metadata["published_rejected"][0]["reason"] == "placeholder"


def test_ingest_pubdate_date_problem_bounds():
    today = dt.date(2026, 3, 3)
    assert date_problem("1899-12-31", today) == "before 1900"
    assert date_problem("1900-01-02", today) is None
    assert date_problem("2026-03-04T01:00:00+09:00", today) is None  # today + 1: a time zone ahead
    assert date_problem("2026-03-05", today) == "in the future"
    assert date_problem("1970-01-01T00:00:00+00:00", today) == "placeholder"


# -- WCXB floors (eval/dates_wcxb.py) -------------------------------------------------------------

RIGHT_FLOOR = 0.89  # page evidence alone, all 711 dev pages: measured 0.893 (issue goal 0.90, not reached)
INVENTED_CEILING = 0.085  # measured 0.073 of the 123 null-date pages (0.081 with the text cleaner; goal 0.02)
HALF_RIGHT_FLOOR = 0.87  # each half: even ids (tuned on) 0.914, odd ids (held out) 0.872


def test_ingest_pubdate_wcxb_floors(eval_dir: Path):
    """Right day and invented dates of the page evidence on every WCXB dev page (~5 s)."""
    wcxb = eval_dir / "wcxb"
    if not (wcxb / "dev" / "html").is_dir():
        pytest.skip("WCXB is not present")
    from trafilatura.utils import load_html

    from newsdesk.ingest.html import _decode_html, page_metadata

    counts = {"even": [0, 0, 0, 0], "odd": [0, 0, 0, 0]}  # right, dated, invented, null
    for path in sorted((wcxb / "dev" / "html").glob("*.html.gz")):
        truth = json.loads((wcxb / "dev" / "ground-truth" / f"{path.name[:-8]}.json").read_text("utf-8"))
        want = truth["ground_truth"].get("publish_date")
        text, _ = _decode_html(gzip.decompress(path.read_bytes()), str(path))
        got = page_metadata(load_html(text))["date"].published  # a saved page: its URL only if it states it
        assert got is None or date_problem(got) is None
        c = counts["odd" if int(path.name[:4]) % 2 else "even"]
        if want:
            c[0] += bool(got) and got[:10] == want
            c[1] += 1
        else:
            c[2] += got is not None
            c[3] += 1
    for half, (right, dated, _, _) in counts.items():
        assert right / dated >= HALF_RIGHT_FLOOR, (half, counts)
    right, dated, invented, null = (sum(x) for x in zip(*counts.values()))
    assert right / dated >= RIGHT_FLOOR, counts
    assert invented / null <= INVENTED_CEILING, counts


@pytest.mark.slow
def test_ingest_pubdate_wcxb_eval_script_floors(eval_dir: Path):
    """The eval script itself (whole HTML reader, ~45 s)."""
    wcxb = eval_dir / "wcxb"
    if not (wcxb / "dev" / "html").is_dir():
        pytest.skip("WCXB is not present")
    module = _dates_module()
    result = module.evaluate(wcxb)
    assert result["all"]["right_rate"] >= RIGHT_FLOOR and result["all"]["invented_rate"] <= INVENTED_CEILING, result
    assert not result["implausible"]
    # the audit has one row for each page we get wrong, each in a category
    r = result["all"]
    assert len(result["audit"]) == r["dated"] - r["right"] + r["invented"]
    assert {row["category"] for row in result["audit"]} <= set(module.CATEGORIES)


def _dates_module():
    spec = importlib.util.spec_from_file_location("dates_wcxb", SCRIPTS / "dates_wcxb.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_ingest_pubdate_audit_categories():
    """eval/dates_wcxb.py --audit: each wrong page gets the category its evidence supports."""
    from newsdesk.ingest.pubdate import DateEvidence, PageDate

    audit = _dates_module().audit_category
    html = "<p>Last updated: Aug. 19, 2025</p><meta property='article:published_time' content='2025-01-29'>"
    found = PageDate("2025-01-29", "metadata:article:published_time", "2025-08-19", [], [
        DateEvidence("metadata", "2025-01-29", "article:published_time"),
        DateEvidence("header-update", "2025-08-19", "Last updated: Aug. 19, 2025")])
    source = "metadata:article:published_time"
    assert audit("2025-08-19", "2025-01-29", source, found, html, set())[0] == "truth-is-update-date"
    assert audit("2017-03-16", "2025-01-29", source, found, html, set())[0] == "truth-not-in-page"
    assert audit("2003-11", None, None, PageDate(), html, set())[0] == "truth-not-in-page"
    assert audit(None, "2025-01-29", source, found, html, set()) == (
        "page-states-a-date-but-truth-null", "markup: metadata article:published_time")
    category, note = audit("2025-01-29", "2025-08-19", "text:Last updated", found, html, set())
    assert category == "reachable-missed" and "metadata" in note
    assert _dates_module().written_in("2025-08-19", "on 19th of August, 2025") is True
    assert _dates_module().written_in("2025-08-19", "on 2025-08-18") is False


@settings(max_examples=150, deadline=None)
@given(value=st.one_of(
    st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31)).map(dt.datetime.isoformat),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)).map(lambda d: d.strftime("%B %d, %Y")),
    st.text(max_size=30)))
def test_ingest_pubdate_any_stated_value_is_plausible_or_none(value: str):
    """Property: whatever a page states as its date, the result is None or within 1900 … today+1."""
    from lxml import html as lxml_html

    from newsdesk.ingest.pubdate import page_date

    doc = page(head=f'<meta property="article:published_time" content="{escape(value)}">',
               header=f"<p><span>{escape(value)}</span></p>", ld=[{"@type": "NewsArticle", "datePublished": value}])
    found = page_date(lxml_html.document_fromstring(doc), None, {"article:published_time": value},
                      [{"@type": "NewsArticle", "datePublished": value}])
    assert found.published is None or date_problem(found.published) is None


def test_window_separator_fast_path_is_what_the_whitespace_rules_give():
    """_Window keeps the "\\n" and " " pieces as they are: the two whitespace rules leave them so."""
    from newsdesk.ingest.pubdate import _LINE_BREAK_RE, _SPACES_RE

    for piece in ("\n", " "):
        assert _SPACES_RE.sub(" ", _LINE_BREAK_RE.sub("\n", piece)) == piece
