"""Negotiation stances: people folded into the party they speak for, cue positions, seeds."""
from __future__ import annotations

from pathlib import Path

from newsdesk.compare import CompareConfig, stances
from newsdesk.model import Article, Story

BODY_A = (
    "Ostravian President Lena Marsh said on Sunday that Ostravia rejected any demand to cede territory. "
    "Marsh's adviser Tom Gale said Ostravia was willing to drop its bid for alliance membership as long as it won "
    "security guarantees. Velmar's foreign minister, Ivo Dask, insisted on a demilitarised zone along the river."
)
BODY_B = (
    "Velmarian officials proposed a ceasefire along the current front line. "
    "Dask said Velmar would not accept foreign monitors in the zone."
)


def story() -> tuple[Story, list[Article]]:
    arts = [Article(id="a", source="a", body=BODY_A, content_hash="1", published="2026-03-01"),
            Article(id="b", source="b", body=BODY_B, content_hash="2", published="2026-03-02")]
    return Story(id="s", label="s", article_ids=["a", "b"], independent_sources=2), arts


def cells(result) -> set[tuple[str, str, str]]:
    return {(s.actor, s.issue, s.position) for s in result}


def test_compare_stances_people_fold_into_parties() -> None:
    st, arts = story()
    got = cells(stances(st, arts))
    assert ("Ostravia", "territory", "opposes") in got
    assert ("Ostravia", "security-guarantees", "conditional") in got  # Gale -> Marsh -> Ostravia
    assert ("Velmar", "demilitarised-zone", "demands") in got  # "Velmar's foreign minister, Ivo Dask"
    assert ("Velmar", "ceasefire-line", "proposes") in got  # "Velmarian officials"
    assert not {a for a, _, _ in got} & {"Lena Marsh", "Tom Gale", "Ivo Dask", "Dask", "Marsh"}


def test_compare_stances_dates_and_evidence() -> None:
    st, arts = story()
    result = stances(st, arts)
    body = {a.id: a.body for a in arts}
    for s in result:
        assert s.date in ("2026-03-01", "2026-03-02")
        for e in s.evidence:
            assert 0 <= e.start < e.end <= len(body[e.article])
    assert [s.date for s in result if s.actor == "Velmar" and s.issue == "ceasefire-line"] == ["2026-03-02"]


def test_compare_stances_issue_seeds_are_configurable() -> None:
    st, arts = story()
    cfg = CompareConfig(issue_seeds={"river-rights": ["river"]}, discover_issues=False)
    assert {i for _, i, _ in cells(stances(st, arts, config=cfg))} == {"river-rights"}


def test_compare_stances_seed_story_cells(seeds_dir: Path) -> None:
    from newsdesk.ingest import read_inputs

    arts = [it.article for it in read_inputs([str(p) for p in sorted(seeds_dir.glob("*.txt"))]) if hasattr(it, "article")]
    st = Story(id="seeds", label="seeds", article_ids=[a.id for a in arts], independent_sources=5)
    result = stances(st, arts)  # no annotations: the regex fallback must be enough
    with_evidence = [s for s in result if s.evidence]
    assert len(with_evidence) >= 25
    actors = {s.actor for s in with_evidence}
    assert {"Ukraine", "Russia", "United States"} <= actors and len(actors) >= 4
    assert ("Ukraine", "nato-membership", "conditional") in cells(result)
    assert any(s.actor == "Russia" and s.position == "demands" for s in result)


def _one(body: str, published: str = "2026-03-01"):
    art = Article(id="x", source="x", body=body, content_hash="x", published=published)
    return stances(Story(id="s", label="s", article_ids=["x"], independent_sources=1), [art])


def test_compare_stances_contrastive_and_no_one_will_refusals() -> None:
    body = ("Norland's prime minister, Ada Voss, spoke on Sunday. "
            "“A buffer zone on our land is not a compromise. It is a retreat,” Voss said. "
            "Sudmark's foreign minister, Per Olin, said: “No foreign soldier, no monitor with a rifle, will stand on our soil.”")
    got = cells(_one(body))
    assert ("Norland", "demilitarised-zone", "opposes") in got  # quotation across two sentences, speaker's country
    assert ("Sudmark", "monitors", "opposes") in got
    assert not {a for a, _, _ in got} & {"Ada Voss", "Voss", "Per Olin", "Olin"}


def test_compare_stances_demonym_adjective_owns_the_cue_noun() -> None:
    body = ("Ostravia and Velmar met on Monday. "
            "Ostravian officials, after talks with envoys from Velmar, rejected a Velmarian proposal to withdraw both armies.")
    got = cells(_one(body))
    assert ("Velmar", "territory", "proposes") in got  # "a Velmarian proposal"
    assert ("Ostravia", "territory", "opposes") in got  # not "Velmar rejected": Velmar is an object of "from"
    assert ("Velmar", "territory", "opposes") not in got


def test_compare_stances_red_line_is_a_demand() -> None:
    got = cells(_one("The Norland government said it would not sign any agreement that left foreign troops on its territory."))
    assert ("Norland", "territory", "demands") in got  # "the Norland government": a country no gazetteer knows
