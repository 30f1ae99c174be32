"""Amounts as intervals that mean something: rounding vs conflict, units, sides."""
from __future__ import annotations

import math

import pytest

from newsdesk.compare import verdicts
from newsdesk.compare.story import build_context
from newsdesk.model import Article, Quantity, Story


def q(value, unit="drones", qualifier=None, text=None, value_max=None, article="a") -> Quantity:
    text = text if text is not None else f"{qualifier + ' ' if qualifier else ''}{value:,.0f} {unit}" if value else "x"
    return Quantity(id=text, article=article, start=0, end=1, text=text, value=value, unit=unit,
                    qualifier=qualifier, value_max=value_max)


@pytest.mark.parametrize(("a", "b", "want"), [
    (q(138), q(138), "same"),
    (q(138), q(130, qualifier="more than"), "rounding"),
    (q(235, text="235 drones"), q(None, text="hundreds of drones"), "rounding"),
    (q(1.18e9, "USD", text="$1.18 billion"), q(1.2e9, "USD", "about", text="about $1.2 billion"), "rounding"),
    (q(12, "people"), q(30, "people", "at least"), "conflict"),
    (q(3, "year", "ordinal"), q(4, "years", "nearly"), "conflict"),  # "third year" vs "nearly four years"
    (q(3, "year", "ordinal"), q(3, "years", "nearly"), "rounding"),
    (q(100), q(90, qualifier="fewer than"), "conflict"),
    # the examples: "3,000" vs "about 4,200" conflict; "more than 3,000" vs "3,180" rounding
    (q(3000, "residents"), q(4200, "residents", "about"), "conflict"),
    (q(3000, "residents", "more than"), q(3180, "residents"), "rounding"),
    (q(1800, "residents"), q(3200, "residents", "about"), "conflict"),  # 40 % apart is no rounding
    (q(3000, "students", "nearly"), q(1000, "students", "more than"), "conflict"),
    (q(1150, "students"), q(1200, "students", "about"), "rounding"),
    # "thousands" [1,000, 10,000), whatever value an extractor put on it
    (q(1000, "students", text="thousands of students"), q(1200, "students", "about"), "rounding"),
    (q(24, "constituents", text="dozens of constituents"), q(150, "constituents"), "conflict"),
])
def test_compare_verdicts_amounts(a: Quantity, b: Quantity, want: str) -> None:
    assert verdicts.compare(a, b) == want


def test_compare_verdicts_interval_readings() -> None:
    assert verdicts.interval(q(200, qualifier="about")) == pytest.approx((180, 220))  # ± 10 %
    lo, hi = verdicts.interval(q(3000, qualifier="more than"))
    assert 3000 < lo < 3000.01 and hi == 4500  # (N, 1.5N]
    lo, hi = verdicts.interval(q(3000, qualifier="nearly"))
    assert lo == 2700 and 2999.99 < hi < 3000  # [0.9N, N)
    assert verdicts.interval(q(None, text="thousands of people"))[0] == 1000
    assert verdicts.interval(q(None, text="dozens of people")) == pytest.approx((24, 100))
    lo, hi = verdicts.interval(q(3, "year", "ordinal"))
    assert lo == 2 and hi < 3  # "third year": two full years, the third not done
    # a bare round figure is rounded at its last significant digit, at most ± 10 %; small counts are exact
    assert verdicts.interval(q(3200, "residents")) == (3150, 3250)
    assert verdicts.interval(q(12, "people")) == (12, 12)
    assert verdicts.interval(q(3000, "residents")) == (2700, 3300)
    # a qualifier the extractor left out is read from the words before the amount
    assert verdicts.interval(q(24, "protesters", text="dozen protesters"), before="Several ") == pytest.approx((24, 100))
    assert verdicts.interval(q(None)) is None


def test_compare_verdicts_units() -> None:
    assert verdicts.unit_key(q(1, "drones")) == verdicts.unit_key(q(1, "drone"))
    assert verdicts.same_unit("people", "resident") and verdicts.same_unit("student", "people")
    assert not verdicts.same_unit("resident", "worker")  # two kinds of person are two counts
    assert not verdicts.same_unit("people", "drone") and not verdicts.same_unit(None, None)


def test_compare_verdicts_sides_outlier_first() -> None:
    arts = [Article(id=i, source="t", body="x", content_hash=i, outlet=o)
            for i, o in (("a", "Harbor Tribune"), ("b", "Coastal Wire"), ("c", None), ("d", "The Ledger"))]
    ctx = build_context(Story(id="s", label="s", article_ids=[a.id for a in arts], independent_sources=4), arts, {})
    reports = [verdicts.Report(a, *verdicts.interval(x), verdicts.value_text(x))
               for a, x in (("a", q(4200, "people", "about")), ("b", q(4000, "people", "more than")),
                            ("c", q(4150, "people")), ("d", q(3000, "people")))]
    groups = verdicts.fact_sides(ctx, verdicts.sides(ctx, reports))
    assert [g.articles for g in groups] == [["d"], ["a", "b", "c"]]
    assert verdicts.sides_text(groups) == "The Ledger: 3,000; Harbor Tribune, Coastal Wire, c: about 4,200 / more than 4,000 / 4,150"
    # a report that every side allows (a wide "hundreds") takes no side
    reports.append(verdicts.Report("c", *verdicts.interval(q(None, text="thousands of people")), "thousands"))
    assert all("thousands" not in g.value for g in verdicts.fact_sides(ctx, verdicts.sides(ctx, reports)))
    assert not math.isinf(verdicts.interval(q(5, "years", "more than"))[1])  # "more than" has a ceiling


def test_compare_counted_noun_where_the_extractor_stops_short() -> None:
    from newsdesk.compare.text import counted_noun

    def read(body: str, figure: str):
        at = body.index(figure)
        return counted_noun(body, Quantity(id="q", article="a", start=at, end=at + len(figure), text=figure, value=1.0))

    assert read("It is pulling nearly 80,000 of its pressure cookers off the market.", "nearly 80,000") == "cookers"
    assert read("More than 45,000 Kestrel pressure cookers are being recalled.", "More than 45,000") == "cookers"
    assert read("He ran for 51 yards and scored.", "51") is None  # a plain word after a bare figure: left alone


def test_a_side_shows_a_hyphenated_number_word_whole():
    from newsdesk.compare.verdicts import value_text
    from newsdesk.extract import find_quantities

    assert value_text(find_quantities("Thirty-seven people were hurt.", "a")[0]) == "Thirty-seven"
    assert value_text(find_quantities("Some twenty-one boats sailed.", "a")[0]).lower().endswith("twenty-one")
