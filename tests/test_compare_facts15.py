"""An outlet that gives a two-decimal figure elsewhere does not contradict it, and a part of a
group is no size of the group (invented names, other domains than the development stories)."""
from __future__ import annotations

from newsdesk.compare.facts import _fractional, _narrowed, _repeats
from newsdesk.compare.story import build_context
from newsdesk.model import Article, Quantity, Story
from tests.conftest import export_of_texts


def _ctx(*bodies: str):
    arts = [Article(id=chr(97 + k), source="t", body=b, content_hash=str(k), published="2026-04-02", outlet=f"O{k}")
            for k, b in enumerate(bodies)]
    story = Story(id="s", label="s", article_ids=[a.id for a in arts], independent_sources=len(arts))
    return build_context(story, arts, {}, None, [])


def _q(ctx, art: str, text: str, value: float, unit: str | None = None) -> Quantity:
    body = ctx.views[art].article.body
    start = body.index(text)
    return Quantity("x", art, start, start + len(text), text, value, unit)


def test_a_figure_given_to_two_decimals_is_specific() -> None:
    assert _fractional(4.35) and _fractional(11.25)
    assert not _fractional(3.0) and not _fractional(2.5) and not _fractional(40.0)


def test_an_outlet_that_gives_both_prices_does_not_contradict_either() -> None:
    ctx = _ctx("Members of the Orrin Valley pool will pay €4.35 a swim from June, up from €3.90.",
               "The pool committee kept the price at €3.90 for children and agreed to charge €4.35 to adults.",
               "Three lanes stay open, the committee said. Brisk swimmers asked for three more lanes.")
    qa = next(q for q in ctx.views["a"].quantities if q.value == 4.35)
    assert _repeats(ctx, "b", qa)  # outlet b itself gives €4.35: its €3.90 is another price
    small = next(q for q in ctx.views["c"].quantities if q.value == 3.0)
    assert not _repeats(ctx, "c", small)  # a small whole count recurs by chance: no agreement


def test_a_part_of_a_group_is_narrowed_and_a_joined_size_is_not() -> None:
    ctx = _ctx("The four jury members who dissented were named on Friday.",
               "The nine-member jury met on Friday. The team built 124 turbines at sea.")
    assert _narrowed(ctx, _q(ctx, "a", "four jury members", 4.0, "members"))
    assert not _narrowed(ctx, _q(ctx, "b", "nine-member", 9.0, None))
    assert not _narrowed(ctx, _q(ctx, "b", "124 turbines", 124.0, "turbines"))
    ctx = _ctx("The six trustees who abstained asked for a delay.")
    assert _narrowed(ctx, _q(ctx, "a", "six trustees", 6.0, "trustees"))


def test_a_size_of_a_body_and_the_members_who_voted_one_way_do_not_conflict() -> None:
    from newsdesk.compare.facts import align
    a = ("The Lindmoor orchestra board voted 5-4 on Tuesday to sell its concert hall. "
         "The four board members who voted no, Odile Pranz and Tomasz Velk among them, said they wanted "
         "the sale to wait for the city arts council to consider a loan.")
    b = ("The orchestra board voted 5-4 on Tuesday to sell its hall. The loan plan would need six votes on the "
         "eleven-member arts council, and two members said Tuesday they would vote against it.")
    ctx = _ctx(a, b)
    assert [f for f in align(ctx) if f.verdict == "conflict" and "member" in f.claim] == []


def test_a_part_of_a_stated_whole_counts_the_whole_s_noun() -> None:
    from newsdesk.compare.text import counted_noun
    body = "The league rejected 57 of the 312 match-fixing complaints sent in by clubs."
    assert counted_noun(body, Quantity("x", "a", body.index("57"), body.index("57") + 2, "57", 57.0, None)) == "complaints"
    body = "Auditors flagged nine of its 40 branches last year."
    assert counted_noun(body, Quantity("x", "a", body.index("nine"), body.index("nine") + 4, "nine", 9.0, None)) == "branches"


def test_two_outlets_parts_of_one_stated_whole_are_one_count() -> None:
    from newsdesk.compare.facts import _whole
    ctx = _ctx("The league rejected 57 of the 312 complaints sent in by clubs, its panel said on Monday.")
    assert _whole(ctx, _q(ctx, "a", "57", 57.0)) == 312.0
    ctx = _ctx("Auditors flagged nine of its 40 branches last year.")
    assert _whole(ctx, _q(ctx, "a", "nine", 9.0)) is None  # a small whole recurs by chance


_LEAGUE = [
    ("Rowing league rejects most match complaints", "Published: 2026-03-11", "Tarnby Wire",
     "TARNBY — The Halder Rowing League has rejected 57 of the 312 match complaints filed by clubs this season, "
     "its disciplinary panel said on Tuesday. The panel chair, Ove Brannick, said the rejected complaints lacked "
     "video evidence. Clubs have until April 2 to appeal."),
    ("Clubs fume as rowing league bins complaints", "Published: 2026-03-11", "Tarnby Echo",
     "The Halder Rowing League has thrown out nearly 300 of the 312 match complaints lodged by furious clubs, "
     "its disciplinary panel said on Tuesday. Panel chair Ove Brannick said the complaints lacked video evidence. "
     "Clubs have until April 2 to appeal."),
    ("Rowing panel rules on complaints", "Published: 2026-03-11", "Lakeside Daily",
     "The Halder Rowing League disciplinary panel said on Tuesday it had rejected 57 of the 312 match complaints "
     "sent in by clubs. Panel chair Ove Brannick said the complaints lacked video evidence."),
]


def test_a_part_of_one_whole_told_two_ways_is_a_conflict(tmp_path) -> None:
    doc = export_of_texts(tmp_path, _LEAGUE)
    got = [f for f in doc["facts"] if f["verdict"] == "conflict"]
    assert len(got) == 1 and "complaint" in got[0]["claim"], [(f["verdict"], f["claim"]) for f in doc["facts"]]


def _dated_ctx(*bodies: tuple[str, str]):
    arts = [Article(id=chr(97 + k), source="t", body=b + "\n\nFarmers expect a good harvest of apples and pears.",
                    content_hash=str(k), published=pub, outlet=f"O{k}") for k, (b, pub) in enumerate(bodies)]
    story = Story(id="s", label="s", article_ids=[a.id for a in arts], independent_sources=len(arts))
    return build_context(story, arts, {}, None, [])


def test_starting_a_date_is_the_date_a_plan_gives() -> None:
    from newsdesk.compare.verdicts import time_facts
    ctx = _dated_ctx(("Ferry users will pay $6.40 a crossing starting June 2, the harbour trust said.", "2026-04-10"),
                     ("The harbour trust raised the crossing fare, and ferry users will start paying it on July 2.",
                      "2026-04-10"))
    got = [f for f in time_facts(ctx) if f.verdict == "conflict"]
    assert len(got) == 1 and sorted(len(s.articles) for s in got[0].sides) == [1, 1]
    ctx = _dated_ctx(("Ferry users will pay $6.40 a crossing starting June 2, the harbour trust said.", "2026-04-10"),
                     ("Ferry users will start paying the new fare on June 2, the harbour trust said.", "2026-04-10"))
    assert [f for f in time_facts(ctx) if f.verdict == "conflict"] == []


def test_a_plan_date_and_a_start_of_one_clause_pair_only_with_their_own_kind() -> None:
    from newsdesk.compare.verdicts import _claims_in, _same_event
    ctx = _dated_ctx(("The trust voted to raise the fare, its first rise since 2019, and riders will start paying "
                      "it on June 2.", "2026-04-10"))
    claims = _claims_in(ctx, "a")
    kinds = {c.kind for c in claims}
    assert "plan" in kinds and "start" in kinds
    plan = next(c for c in claims if c.kind == "plan")
    start = next(c for c in claims if c.kind == "start")
    assert not _same_event(plan, start) and _same_event(plan, plan)



def test_an_amount_fact_links_the_sentences_its_mentions_stand_in() -> None:
    # the times two sentences that count one thing give are compared (verdicts.time_facts)
    from newsdesk.compare.facts import _sentence_spans
    from newsdesk.model import Fact, FactMention
    ctx = _ctx("Growers met on Monday. The insurer rejected 57 of the 312 claims filed after a hailstorm two weeks ago.",
               "The giant threw out nearly 300 of the 312 claims, nearly five weeks after the great pounding.")
    a, b = ctx.views["a"].article.body, ctx.views["b"].article.body
    fact = Fact(id="", story="s", claim="number of claims", verdict="conflict", detail="",
                mentions=[FactMention("a", a.index("57"), a.index("57") + 2, "57", ""),
                          FactMention("b", b.index("nearly 300"), b.index("nearly 300") + 10, "nearly 300", "")])
    (group,) = _sentence_spans(ctx, [fact])
    assert [(art, a_or_b[s:e].split()[1]) for art, s, e in group for a_or_b in [a if art == "a" else b]] == \
        [("a", "insurer"), ("b", "giant")]
