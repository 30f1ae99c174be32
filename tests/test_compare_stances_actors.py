"""Stances: issues discovered from the story, holders folded into their parties, cells per slice."""
from __future__ import annotations

from newsdesk.compare import CompareConfig, stances
from newsdesk.compare.config import load_issue_lexicon
from newsdesk.model import Article, Story


def _story(*bodies: str, dates: tuple[str | None, ...] | None = None):
    dates = dates or tuple("2026-05-0%d" % (n + 1) for n in range(len(bodies)))
    arts = [Article(id=f"a{n}", source=f"a{n}", body=b, content_hash=str(n), published=d)
            for n, (b, d) in enumerate(zip(bodies, dates))]
    return Story(id="s", label="s", article_ids=[a.id for a in arts], independent_sources=len(arts)), arts


def cells(result) -> set[tuple[str, str, str]]:
    return {(s.actor, s.issue, s.position) for s in result}


def cells_of(body: str, other: str) -> set[tuple[str, str, str]]:
    """The cells of a two-article story (an issue must recur to be one)."""
    return cells(stances(*_story(body, other)))


STRIKE_A = (
    "Brightline Freight, a shipping company, runs the port's two container terminals. "
    "The Harbor Workers Union is demanding a pay rise of 9 percent over two years. "
    "Brightline Freight rejected the demand on Monday. "
    "Union president Tomas Reyes said the union would accept binding arbitration if the company restores overtime pay."
)
STRIKE_B = (
    "The company has offered a 4 percent raise. "
    "The Harbor Workers Union wants a wage increase before any arbitration, its spokeswoman, Ana Ruiz, said. "
    "Mayor Lena Ortiz said she backs binding arbitration. "
    "“I want the cranes moving again,” said Pia Holm, a crane driver who lives near the port."
)


def test_compare_stances_issues_come_from_the_story() -> None:
    """No lexicon: variants merge ("pay rise" / "4 percent raise" / "wage increase"; "binding
    arbitration" / "arbitration") and "the demand" refers back to the union's demand."""
    st, arts = _story(STRIKE_A, STRIKE_B)
    result = stances(st, arts)
    got = cells(result)
    issues = {i for _, i, _ in got}
    pay = next(i for i in issues if "rise" in i or "raise" in i or "increase" in i)
    arbitration = next(i for i in issues if "arbitration" in i)
    assert len([i for i in issues if "rise" in i or "raise" in i or "increase" in i]) == 1, issues
    assert ("Harbor Workers Union", pay, "demands") in got
    assert ("Brightline Freight", pay, "opposes") in got  # "rejected the demand"
    assert ("Brightline Freight", pay, "proposes") in got  # "the company has offered a 4 percent raise"
    assert ("Harbor Workers Union", arbitration, "conditional") in got  # union president Tomas Reyes -> the union
    assert ("Lena Ortiz", arbitration, "supports") in got  # a mayor holds a position of her own
    assert not any(a in ("Tomas Reyes", "Ana Ruiz") for a, _, _ in got)  # folded into the union
    assert not any(a == "Pia Holm" for a, _, _ in got)  # a passer-by quoted once is no party


def test_compare_stances_evidence_and_dates() -> None:
    st, arts = _story(STRIKE_A, STRIKE_B)
    body = {a.id: a.body for a in arts}
    for s in stances(st, arts):
        assert s.date in ("2026-05-01", "2026-05-02")
        for e in s.evidence:
            assert 0 <= e.start < e.end <= len(body[e.article])
            assert body[e.article][e.start:e.end].strip()


def test_compare_stances_a_topic_is_never_an_actor() -> None:
    body = ("Ostravia's foreign minister, Ivo Dask, said on Sunday that Ostravia rejected any deployment of NATO troops "
            "along the river. Velmar sent envoys. Velmarian officials demanded a deployment of NATO troops. "
            "NATO troops were seen near the river, Dask said.")
    got = cells_of(body, body.replace("Sunday", "Monday"))
    assert {a for a, _, _ in got} <= {"Ostravia", "Velmar"}, got
    assert any(a == "Ostravia" and p == "opposes" and "deployment" in i for a, i, p in got)
    assert any(a == "Velmar" and p == "demands" and "deployment" in i for a, i, p in got)


def test_compare_stances_change_over_time_and_one_cell_per_slice() -> None:
    """Positions of one party on one issue: one cell per date; a change keeps both dates."""
    day1 = ("Norland's prime minister, Ada Voss, spoke on Sunday. "
            "“A buffer zone on our land is not a compromise. It is a retreat,” Voss said. "
            "Voss rejected a buffer zone again.")
    day2 = ("Norland's prime minister, Ada Voss, said Norland could accept a buffer zone if it were policed by "
            "international monitors. Voss said the government was ready to discuss a buffer zone.")
    st, arts = _story(day1, day2, dates=("2026-03-01", "2026-03-02"))
    rows = [(s.actor, s.issue, s.position, s.date) for s in stances(st, arts) if s.actor == "Norland"]
    zone = [r for r in rows if "zone" in r[1]]
    assert ("Norland", zone[0][1], "opposes", "2026-03-01") in zone
    assert ("Norland", zone[0][1], "conditional", "2026-03-02") in zone  # "could accept ... if", "ready to" joins it
    assert len({(r[1], r[3]) for r in zone}) == len(zone)  # never two positions in one slice


def test_compare_stances_red_line_refusal_and_negation() -> None:
    body = ("The Norland government said it would not sign any agreement that left Sudmark troops in the valley. "
            "Sudmark's foreign minister, Per Olin, said: “No foreign soldier, no armed monitor, will stand on our soil.” "
            "Olin said Sudmark was no longer insisting on a referendum.")
    got = cells_of(body, body.replace("said:", "told reporters:"))
    assert any(a == "Norland" and p == "demands" and "valley" in i for a, i, p in got)  # a red line is a demand
    assert any(a == "Sudmark" and p == "opposes" and "monitor" in i for a, i, p in got)
    assert not any("referendum" in i for _, i, _ in got)  # "no longer insisting": no position


def test_compare_stances_claims_of_fact_and_allegations_are_not_positions() -> None:
    body = ("The company insists the problems were fixed. "
            "Mr. Olin said Norland was seeking a redrawing of the border, a claim Norland denies. "
            "There is no sign that Norland is willing to accept a redrawing of the border.")
    assert cells_of(body, body) == set()


def test_compare_stances_lexicon_is_an_optional_extra() -> None:
    """A domain lexicon renames the issues its seeds match; without it the result stands."""
    body = ("Saldovian Prime Minister Anton Vel said Saldovia wanted legally binding security guarantees. "
            "Saldovia is pressing for security guarantees from its partners.")
    st, arts = _story(body, body)
    plain = cells(stances(st, arts))
    assert ("Saldovia", "security guarantees", "demands") in plain
    named = cells(stances(st, arts, config=CompareConfig(issue_lexicon=load_issue_lexicon("negotiations"))))
    assert ("Saldovia", "security-guarantees", "demands") in named
