"""Single rules of the plain-text cleaner on small hand-written texts."""
from __future__ import annotations

from newsdesk.ingest import clean_text
from newsdesk.ingest.textmeta import find_dateline, parse_full_date, split_names


def _reasons(result) -> dict[str, str]:
    return {d.text: d.reason for d in result.dropped}


def test_ingest_cleaner_rules_boilerplate_lines_are_dropped_with_reasons():
    raw = "\n".join([
        "Storm Cuts Power Across the Coast",
        "By Jane Doe and John Roe",
        "Published: March 3, 2025",
        "Thousands of homes lost power on Monday after a storm hit the coast.",
        "Photo: Jane Doe/The Ledger",
        "Advertisement",
        "Facebook Twitter WhatsApp Email",
        "Crews worked through the night.",
        "Sign up for our morning newsletter to get the news delivered to your inbox.",
        "Read more: How storms are getting stronger",
        "Residents were told to stay indoors. (AP Photo/Sam Smith)",
        "© 2025 The Ledger",
        "He said.",
    ])
    r = clean_text(raw)
    reasons = _reasons(r)
    assert reasons["Storm Cuts Power Across the Coast"] == "headline"
    assert reasons["By Jane Doe and John Roe"] == "byline"
    assert reasons["Published: March 3, 2025"] == "date-line"
    assert reasons["Photo: Jane Doe/The Ledger"] == "photo-credit"
    assert reasons["Advertisement"] == "boilerplate"
    assert reasons["Facebook Twitter WhatsApp Email"] == "share-buttons"
    assert reasons["Sign up for our morning newsletter to get the news delivered to your inbox."] == "newsletter"
    assert reasons["Read more: How storms are getting stronger"] == "read-more"
    assert reasons["Residents were told to stay indoors. (AP Photo/Sam Smith)"] == "photo-credit"
    assert reasons["© 2025 The Ledger"] == "copyright"
    assert r.body == ("Thousands of homes lost power on Monday after a storm hit the coast.\n\n"
                      "Crews worked through the night.\n\nHe said.")  # short real lines stay
    assert (r.title, r.title_source) == ("Storm Cuts Power Across the Coast", "headline")
    assert (r.authors, r.authors_source) == (["Jane Doe", "John Roe"], "byline")
    assert (r.published, r.published_source) == ("2025-03-03", "text:Published: March 3, 2025")


def test_ingest_cleaner_rules_no_date_from_weekdays_or_partial_dates():
    r = clean_text("KYIV, Ukraine (Reuters) — Officials met on Sunday, March 3, and again on Monday.\nMore talks.")
    assert r.published is None and r.published_source is None
    assert (r.dateline, r.dateline_source) == ("KYIV, Ukraine", "text")
    assert r.metadata["dateline_agency"] == "Reuters"
    assert r.body.startswith("KYIV, Ukraine (Reuters) — Officials")


def test_ingest_cleaner_rules_prose_starting_like_a_date_line_is_kept():
    r = clean_text("Published reports suggest the deal is close.\nUpdated figures are due Monday.\nUpdated 10:42 GMT")
    assert r.body == "Published reports suggest the deal is close.\n\nUpdated figures are due Monday."
    assert [d.reason for d in r.dropped] == ["date-line"] and r.published is None


def test_ingest_cleaner_rules_sentence_first_line_is_not_a_headline():
    r = clean_text("The minister resigned on Friday.\nHis deputy takes over.")
    assert r.title is None and r.dropped == []
    assert r.body == "The minister resigned on Friday.\n\nHis deputy takes over."


def test_ingest_cleaner_rules_metadata_block_not_specified_is_none():
    raw = ("=== METADATA ===\nSource: Not specified\nTitle: Budget vote delayed\nAuthors: A. Writer, B. Writer\n"
           "Published_Date: Not specified\n=== ARTICLE ===\nThe vote was delayed again.\n")
    r = clean_text(raw)
    assert r.outlet is None and r.published is None
    assert (r.title, r.title_source) == ("Budget vote delayed", "metadata")
    assert r.authors == ["A. Writer", "B. Writer"]
    assert r.body == "The vote was delayed again."
    assert {d.reason for d in r.dropped} == {"metadata-block", "metadata-marker"}


def test_ingest_cleaner_rules_unmarked_field_block_at_the_top_is_metadata():
    # a CMS export with labelled lines and no markers: the fields are read, none stays in the body
    raw = ("Title: Harbour ferry fares to rise in spring\nAuthor: Ilse Marrow\nDate: 3 March 2026\n"
           "Section: Transport\nTags: ferries, fares\n\nKESTON \u2014 Ferry fares will rise by 6 per cent.\n")
    r = clean_text(raw)
    assert (r.title, r.title_source) == ("Harbour ferry fares to rise in spring", "metadata")
    assert r.authors == ["Ilse Marrow"] and (r.published, r.published_source) == ("2026-03-03", "metadata")
    assert r.metadata["meta_tags"] == "ferries, fares"
    assert r.body.startswith("KESTON") and "Section:" not in r.body
    # a prose paragraph opening with a label is no block; one labelled line stays a header line
    assert clean_text("Update: the ferry sails again.\n\nMore follows.\n").body.startswith("Update:")
    one = clean_text("Ferry fares to rise\nPublished: 2026-03-03\n\nFares will rise.\n")
    assert one.published == "2026-03-03" and one.metadata == {}


def test_ingest_cleaner_rules_sign_up_for_news_in_your_inbox_is_a_newsletter_line():
    r = clean_text("Fares rise again\n\nFares will rise by 6 per cent.\n\n"
                   "Sign up for the Harbour Daily morning briefing \u2014 local news in your inbox before 7 a.m.\n\n"
                   "Residents can sign up for flood alerts at the library.\n")
    assert _reasons(r)["Sign up for the Harbour Daily morning briefing \u2014 local news in your inbox before 7 a.m."] \
        == "newsletter"
    assert "flood alerts" in r.body  # news of a sign-up is no promotion


def test_ingest_cleaner_rules_headlines_under_a_more_stories_label_are_links():
    raw = ("Top Stories\n"
           "Orchard growers count losses after late frost\n\n"
           "ARDLEY — Growers in the Ardley valley said on Friday that a late frost had killed most of the blossom.\n\n"
           "MORE STORIES\n"
           "Ardley council approves new skate park\n"
           "Harbour dredging to start in spring\n\n"
           "The frost came after three weeks of mild weather, growers said.\n\n"
           "Related\n"
           "Insurers review frost cover\n")
    r = clean_text(raw)
    assert r.title == "Orchard growers count losses after late frost"  # a label above the headline is navigation
    assert [d.text for d in r.dropped if d.reason == "link-list"] == [
        "Ardley council approves new skate park", "Harbour dredging to start in spring", "Insurers review frost cover"]
    assert "skate park" not in r.body and "The frost came after three weeks" in r.body
    # prose under such a label ends the list and stays
    kept = clean_text("Frost hits orchards\n\nGrowers lost blossom.\n\nRelated\nThe frost followed a mild spell.\n")
    assert "The frost followed a mild spell." in kept.body


def test_ingest_cleaner_rules_masthead_in_capitals_is_no_title():
    # the paper's name in capitals, a date and a reporter line, then the headline
    raw = ("KESWICK HARBOUR ECHO\nFriday, 3 July 2026 | Transport\nReporter: Ann Lee\n\n"
           "Ferry fares to rise again in the spring\n\nFares on the harbour ferry will rise by 6 per cent.\n")
    r = clean_text(raw)
    assert (r.title, r.title_source) == ("Ferry fares to rise again in the spring", "headline")
    assert r.metadata["header_outlet"] == "Keswick Harbour Echo"
    assert ("KESWICK HARBOUR ECHO", "masthead") in {(d.text, d.reason) for d in r.dropped}
    # a headline in capitals over the body stays the title: no line below it reads as a headline
    caps = clean_text("FARES RISE AGAIN\n\nFares on the harbour ferry will rise by 6 per cent.\n\nMore follows.\n")
    assert caps.title == "FARES RISE AGAIN" and not any(d.reason == "masthead" for d in caps.dropped)


def test_ingest_cleaner_rules_standalone_agency_credit_line():
    r = clean_text("Talks resumed in Geneva.\nBoth sides called them useful.\n(With inputs from agencies)")
    assert r.body == "Talks resumed in Geneva.\n\nBoth sides called them useful."
    assert [d.reason for d in r.dropped] == ["trailing-credit"]
    assert r.outlet is None


def test_ingest_cleaner_rules_mid_sentence_dash_is_not_a_credit():
    r = clean_text("Talks went on for hours.\nIn the end he wanted one thing — Peace")
    assert r.body.endswith("he wanted one thing — Peace") and r.dropped == []
    r = clean_text("Talks went on for hours.\nThe vote passed on Friday. — Reuters")
    assert r.body.endswith("The vote passed on Friday.") and r.metadata["credit"] == "Reuters"


def test_ingest_cleaner_rules_helpers():
    assert parse_full_date("on 14 December 2025 at noon") == ("2025-12-14", "14 December 2025")
    assert parse_full_date("Dec. 14, 2025") == ("2025-12-14", "Dec. 14, 2025")
    assert parse_full_date("on Sunday, December 14") is None
    assert parse_full_date("2025-02-30") is None
    assert find_dateline("WASHINGTON — The Senate voted.")["place"] == "WASHINGTON"
    assert find_dateline("NEW YORK, Dec. 14, 2025 — Markets rose.")["date"] == "Dec. 14, 2025"
    assert find_dateline("US — stocks fell") is None
    assert find_dateline("The U.S. — and its allies — agreed.") is None
    assert split_names("Oleksandra Mykolyshyn, Maria Varenikova and Christopher F. Schuetze") == [
        "Oleksandra Mykolyshyn", "Maria Varenikova", "Christopher F. Schuetze"]
