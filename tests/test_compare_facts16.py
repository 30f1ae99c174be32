"""Amounts in two speakers' quotations are two utterances, not one fact reported two ways: "a
waiting list of 1,100 families," said the chair / "48 homes is 48 families off a waiting
list," said a campaigner. Written for this test, not taken from a story."""
from __future__ import annotations

from tests.conftest import export_of_texts

_MILL = [
    ("Council approves flats on Kestrel Mill site", "Published: 2026-04-08", "Tarnby Wire",
     "TARNBY — Councillors on Tuesday approved plans to replace the old Kestrel Mill with 36 flats. "
     "The committee voted 5-4 after a three-hour hearing.\n\n"
     "\"The committee has to weigh one old mill against 36 homes in a town with a housing waiting list of "
     "900 families,\" said the committee chair, Ada Pell.\n\n"
     "The Mill Heritage Trust said it would appeal."),
    ("Mill flats approved after long hearing", "Published: 2026-04-08", "Tarnby Echo",
     "Councillors approved plans to demolish the Kestrel Mill on Tuesday to make way for 36 flats. "
     "The vote was 5-4.\n\n"
     "\"Thirty-six homes is thirty-six families off a waiting list,\" said Ivo Brandt, who runs a housing "
     "campaign in the town.\n\nThe Mill Heritage Trust has said it will appeal the decision."),
    ("Kestrel Mill to make way for flats", "Published: 2026-04-08", "Harbour Post",
     "The Kestrel Mill will be replaced by 36 flats after councillors voted 5-4 on Tuesday. Ada Pell, who "
     "chairs the committee, said the town's waiting list was long. The trust plans an appeal."),
]


def test_amounts_in_two_speakers_quotations_do_not_conflict(tmp_path) -> None:
    doc = export_of_texts(tmp_path, _MILL)
    assert not [f for f in doc["facts"] if f["verdict"] == "conflict" and "famil" in f["claim"]], \
        [(f["verdict"], f["claim"]) for f in doc["facts"]]


_HEARING = [
    ("Council approves flats on Kestrel Mill site", "Published: 2026-04-08", "Tarnby Wire",
     "TARNBY — Councillors on Tuesday approved plans to replace the old Kestrel Mill with 36 flats after a hearing "
     "that ran past 11 p.m. Twenty residents spoke against the plan, each allowed three minutes."),
    ("Mill flats approved after long hearing", "Published: 2026-04-08", "Tarnby Echo",
     "Councillors approved plans for 36 flats on the Kestrel Mill site on Tuesday. Public speakers had three minutes "
     "each to address the committee before the vote."),
    ("Councillor says mill objectors were rushed", "Published: 2026-04-09", "Harbour Post",
     "A councillor said objectors to the Kestrel Mill flats had been allowed just 90 seconds each to speak before "
     "the committee voted on Tuesday to approve the 36 flats."),
]


def test_a_time_each_speaker_was_allowed_is_compared(tmp_path) -> None:
    """"each allowed three minutes" / "had three minutes each" / "allowed just 90 seconds each":
    one allowance told three ways, the last in conflict."""
    doc = export_of_texts(tmp_path, _HEARING)
    got = [f for f in doc["facts"] if f["verdict"] == "conflict"]
    assert any("90 seconds" in (f.get("detail") or "") for f in got), [(f["verdict"], f["claim"], f.get("detail")) for f in doc["facts"]]
