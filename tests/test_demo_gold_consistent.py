"""The demo corpus and its gold annotations agree: every exact gold text occurs verbatim."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest


def raw_of(gold: dict, corpus: Path, aid: str) -> str:
    a = gold["articles"][aid]
    text = (corpus / a["file"]).read_text(encoding="utf-8")
    if a["format"] == "jsonl":
        for line in text.splitlines():
            record = json.loads(line)
            if record["id"] == aid:
                return record["text"]
        raise KeyError(aid)
    if a["format"] == "feed":
        n = int(aid.rsplit("-", 1)[1])
        return text.split("<item>")[n].split("</item>")[0]
    return text


def test_demo_gold_texts_occur_in_their_articles(demo_gold, demo_corpus):
    missing = []

    def need(aid: str, text: str | None, what: str) -> None:
        if text is not None and text not in raw_of(demo_gold, demo_corpus, aid):
            missing.append(f"{what}: {aid}: {text[:80]!r}")

    for aid, a in demo_gold["articles"].items():
        for junk in a["junk"]:
            need(aid, junk, "junk")
        for keep in a["must_keep"]:
            need(aid, keep, "must_keep")
        need(aid, a["dateline"], "dateline")
    for kind in ("quotes", "scare_quotes", "quantities", "single_source", "stances"):
        for x in demo_gold[kind]:
            need(x["article"], x.get("text") or x.get("evidence"), kind)
    for kind in ("conflicts", "roundings"):
        for c in demo_gold[kind]:
            for m in c["mentions"]:
                need(m["article"], m["text"], kind)
    for v in demo_gold["quote_variants"]:
        for m in v["members"]:
            need(m["article"], m["text"], "quote_variants")
    assert not missing, "\n".join(missing)


def test_demo_gold_ids_are_consistent(demo_gold, demo_corpus):
    ids = set(demo_gold["articles"])
    assert sorted(sum(demo_gold["stories"], [])) == sorted(ids)
    assert all(c["a"] in ids and c["b"] in ids for c in demo_gold["copies"])
    assert set(demo_gold["neutral_headlines"]) <= ids
    all_text = "\n".join(p.read_text(encoding="utf-8") for p in demo_corpus.iterdir())
    absent = [al for e in demo_gold["entities"] for al in e["aliases"] if al not in all_text]
    assert not absent


@pytest.mark.parametrize("kind", ["quotes", "copies", "conflicts", "roundings", "quote_variants", "stances"])
def test_demo_gold_plants_every_phenomenon(demo_gold, kind):
    assert demo_gold[kind], f"the demo corpus must plant {kind}"
    undated = [aid for aid, a in demo_gold["articles"].items() if a["published"] is None and a["format"] == "html"]
    assert undated, "one HTML page must carry no date at all"
    assert re.search(r"\d{4}", json.dumps(demo_gold["timeline"]))
