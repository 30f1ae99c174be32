"""Story-level issue coreference (issue 17): "the project", "the deal", "the bill", "fight this
in court" refer to an issue the story names in full, and labels are the thing's name, not its
location. Each paragraph is written for this test (invented names, domains not in the dev
stories: a tram line, a marina, a museum, a ski lift, a zoo)."""
from __future__ import annotations

from newsdesk.compare import issues as _issues
from newsdesk.compare._phrases import tokens


def _cells(*articles: tuple[str, str]) -> set[tuple[str, str, str]]:
    """(actor, issue, position) of one story made of (headline, body) articles, dated 1, 2, …
    May 2026."""
    from newsdesk.compare import stances
    from newsdesk.extract import extract_article
    from newsdesk.model import Article, Story

    arts = [Article(id=f"a{n}", source=f"a{n}", title=title, body=body, content_hash=str(n),
                    published=f"2026-05-0{n + 1}") for n, (title, body) in enumerate(articles)]
    st = Story(id="s", label="s", article_ids=[a.id for a in arts], independent_sources=len(arts))
    notes = {a.id: extract_article(a) for a in arts}
    return {(s.actor, s.issue, s.position) for s in stances(st, arts, notes)}


def _has(got, actor: str, issue: str, position: str) -> bool:
    return any(actor.lower() in a.lower() and issue in i and p == position for a, i, p in got)


def test_compare_issue_matter_noun_is_the_central_issue() -> None:
    """"accept the deal" with no deal named and no proposal before it: the issue the headlines
    name (a ski lift), not a fragment issue "deal"."""
    a = ("Regional board approves Brennan Peak ski lift",
         "The Alpine Works Board has approved a new ski lift on Brennan Peak. "
         "The Kestrel Valley Walkers Club has fought the ski lift for years.")
    b = ("Walkers end fight over Brennan Peak ski lift",
         "The Kestrel Valley Walkers Club voted on Thursday to accept the deal. "
         "The Orrin Hut Keepers Society also welcomed the deal.")
    got = _cells(a, b)
    assert _has(got, "Kestrel Valley Walkers Club", "ski lift", "supports"), got
    assert _has(got, "Orrin Hut Keepers Society", "ski lift", "supports"), got
    assert not any(i == "deal" for _, i, _ in got), got


def test_compare_issue_pronoun_before_adjunct_is_the_central_issue() -> None:
    """"says it will fight this in court": "this" with an adjunct after it is the story's
    matter, not an issue called "in court"."""
    a = ("Zoo merger approved by city council",
         "The city council approved the zoo merger on Monday. The council backs the zoo merger.")
    b = ("Keepers angry at zoo merger",
         "The Hollin Keepers Guild says it will fight this in court. Members met on Tuesday.")
    got = _cells(a, b)
    assert _has(got, "Hollin Keepers Guild", "zoo merger", "opposes"), got
    assert not any("court" in i for _, i, _ in got), got


def test_compare_issue_the_bill_is_the_proposed_law_before_it() -> None:
    """"his proposed levy requiring ... . The lobby said it opposed the bill": the bill is the
    proposal the article just mentioned, not the central issue nor a fragment "bill"."""
    a = ("Museum entry fees to rise",
         "The Darrow Museum Trust proposed higher entry fees for the Darrow Museum. "
         "Culture Minister Petra Voss said the case was strong for her proposed levy requiring museums to share ticket income. "
         "The Regional Galleries Council said it opposed the bill.")
    b = ("Museum entry fees row grows",
         "The Darrow Museum Trust defended the higher entry fees. Culture Minister Petra Voss proposed a levy on museum tickets.")
    got = _cells(a, b)
    assert _has(got, "Regional Galleries Council", "levy", "opposes"), got
    assert not any(i in ("bill", "entry fees") and a == "Regional Galleries Council" for a, i, _ in got), got


def test_compare_issue_modifier_tie_names_the_project() -> None:
    """"backs the project" where the story writes "the tram project" and names "a northern tram
    extension": the extension, by the modifier the two share."""
    a = ("Tram project clears last hurdle",
         "The Transit Authority approved a northern tram extension on Monday. "
         "The Millgate Shopkeepers Forum said it backs the project.")
    b = ("Quarry reopening delayed",
         "The Ostler Quarry Company proposed a new haul road. The Transit Authority approved a northern tram extension.")
    got = _cells(a, b)
    assert _has(got, "Millgate Shopkeepers Forum", "tram extension", "supports"), got


def test_compare_issue_label_is_no_location() -> None:
    """"an 80-berth marina 3 kilometres off Carrow Point": the issue is the marina, its label no
    measure and no place."""
    toks = tokens("The council approved an 80-berth marina 3 kilometres off Carrow Point on Monday.")
    k = next(n for n, t in enumerate(toks) if t.low == "approved")
    lex = _issue_words()
    obj = _issues.object_span(toks, k + 1, lex)
    assert obj is not None
    f = _issues.features(toks, obj)
    assert f is not None and f.head_words == ("marina",), f


def test_compare_issue_matter_noun_reads() -> None:
    """A definite matter noun alone is a matter phrase; with its own name it is not."""
    lex = _issue_words()
    for text, want in (("They oppose the scheme.", "scheme"), ("They oppose this agreement.", "agreement"),
                       ("They oppose the tram scheme.", None), ("They oppose a scheme.", None)):
        toks = tokens(text)
        obj = _issues.object_span(toks, 2, lex)
        assert obj is not None and _issues.matter_noun(toks, obj) == want, (text, obj)


def _issue_words() -> _issues.IssueWords:
    import importlib

    from newsdesk.compare.config import CompareConfig

    return importlib.import_module("newsdesk.compare.stances").lexicon(CompareConfig()).words


def test_compare_issue_placed_before_asks_for_the_thing_placed() -> None:
    """"called for the audit to be placed before the assembly": the audit is asked for, not an
    issue "placed"."""
    a = ("The Varley Rowing Club called for the audit to be placed before the assembly before any vote. "
         "The audit of the boathouse fund was finished in March.")
    b = "The boathouse fund audit is due. Members want the audit read out."
    got = _cells(("Boathouse audit row", a), ("Rowing club audit", b))
    assert _has(got, "Varley Rowing Club", "audit", "demands"), got
    assert not any(i == "placed" for _, i, _ in got), got


def test_compare_issue_one_word_label_keeps_its_complement() -> None:
    """"called for a full ban on night flights": the label says what is banned, not "ban"."""
    a = ("The Eastfield Residents Forum has called for a full ban on leaf blowers between May and June. "
         "The park opened in 1990.")
    b = "Leaf blowers are loud. The ban would cost gardeners money."
    got = _cells(("Garden noise", a), ("Leaf blowers", b))
    assert _has(got, "Eastfield Residents Forum", "ban on leaf blowers", "demands"), got


def _object_features(text: str, cue: str, control: bool = False) -> _issues.Features | None:
    toks = tokens(text)
    k = next(n for n, t in enumerate(toks) if t.low == cue)
    obj = _issues.object_span(toks, k + 1, _issue_words(), control=control)
    return _issues.features(toks, obj) if obj is not None else None


def test_compare_issue_amount_of_a_thing_is_the_thing() -> None:
    """"rejected an offer to 70 percent of base salary": an amount of base salary, not an
    infinitive "to 70 percent" nor an issue "of base salary"."""
    f = _object_features("The guild rejected an offer to 70 percent of base salary on Friday.", "rejected")
    assert f is not None and not f.verb_phrase and f.head_words == ("base", "salary"), f


def test_compare_issue_commit_to_is_a_light_verb() -> None:
    """"asked the trust to commit to weekly inspections": the inspections, not "commit"."""
    f = _object_features("The tenants asked the trust to commit to weekly inspections of the lifts.", "asked", control=True)
    assert f is not None and "inspections" in f.head_words and "commit" not in f.head_words, f


def test_compare_issue_asked_to_bar_is_opposition() -> None:
    """"urged the council to ban lorries from the market square": the urger opposes the
    lorries (what is barred), not demands an issue "ban lorries"."""
    a = ("The Upton Cyclists Club urged the council to ban lorries from the market square. "
         "Lorries use the square at dawn.")
    b = "Lorries have damaged the square. The council will meet on Monday."
    got = _cells(("Market square lorries", a), ("Lorry row", b))
    assert _has(got, "Upton Cyclists Club", "lorries", "opposes"), got
    assert not any("ban" in i for _, i, _ in got), got


def test_compare_issue_elided_head_is_the_issue_it_modifies() -> None:
    """"defended the draft" where the story mostly writes "the draft licence": the licence;
    "the kiln" that the story writes on its own stays the kiln."""
    a = ("The Heritage Board published a draft licence for the Orwell kiln. The draft licence allows two firings. "
         "The Potters Guild opposes the licence. The board defended the draft on Friday.")
    b = ("The Potters Guild opposes the licence for the kiln. The draft licence is open for comment. "
         "The kiln dates from 1820. The kiln was restored in 1990. The Heritage Board backs the kiln.")
    got = _cells(("Kiln licence", a), ("Kiln row", b))
    assert _has(got, "Heritage Board", "licence", "supports"), got
    assert not any(i == "draft" for _, i, _ in got), got
    assert _has(got, "Heritage Board", "kiln", "supports"), got


def test_compare_issue_reduced_relative_is_no_head() -> None:
    """"a quiet carriage reserved for commuters": the carriage (the participle's clause says
    which), not an issue "reserved"."""
    f = _object_features("The guild wants a quiet carriage reserved for commuters on every train.", "wants")
    assert f is not None and f.head_words == ("quiet", "carriage"), f


def test_compare_issue_the_idea_after_a_demand_is_that_demand() -> None:
    """"wants a quiet carriage kept for commuters. The operator rejected the idea.": the
    operator opposes the carriage asked for."""
    a = ("The Fenwick Commuters Guild wants a quiet carriage kept for commuters. The Brill Line Operator rejected the idea. "
         "The quiet carriage would cost little.")
    b = "A quiet carriage runs on other lines. The quiet carriage is popular."
    got = _cells(("Quiet carriage row", a), ("Carriage plan", b))
    assert _has(got, "Fenwick Commuters Guild", "carriage", "demands"), got
    assert _has(got, "Brill Line Operator", "carriage", "opposes"), got
