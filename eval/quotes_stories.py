"""Quotes and speakers on the fictional stories of ``../shared/eval/stories/*/gold.json``.

Each story's gold lists every quote (``f``: the article's file prefix, ``text``: the start of
the quote's first segment, ``speaker``: the person's full name) and its scare quotes. A gold
quote counts as found when a speech quote (``direct=True``) of that article starts with it,
and as right when that quote's speaker is the gold name (the resolved entity's canonical name:
"the company's spokeswoman said" must come out as the person named earlier). A scare quote
reported as speech is an error. Speech quotes of an article whose speaker is none of its gold
speakers are listed as extras (a later segment of a split gold quote has a gold speaker).

The names, places and topics of these stories appear nowhere in the extractor's rules; unseen
stories of other domains are checked the same way.

    python eval/quotes_stories.py          # every story under ../shared/eval/stories
Env NEWSDESK_SHARED overrides the location of ../shared.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# Characters of a gold quote's start compared with the start of an extracted quote.
MATCH_CHARS = 30


def shared_dir() -> Path:
    return Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))


def story_dirs() -> list[Path]:
    root = shared_dir() / "eval" / "stories"
    return sorted(p.parent for p in root.glob("*/gold.json")) if root.is_dir() else []


def check_story(story: Path) -> dict:
    """Counts and problems of one story: ``quotes``, ``right``, ``missed`` (gold quotes
    without a speech quote), ``wrong`` (found with another speaker), ``scare_as_speech`` and
    ``extra`` (speech quotes with a speaker not in the article's gold)."""
    from newsdesk.extract import extract_articles
    from newsdesk.ingest import read_inputs

    gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
    articles = {}
    for item in read_inputs([str(story)]):
        article = getattr(item, "article", None)
        if article is not None:
            articles[Path(article.source).name[:1]] = article
    anns = dict(zip(articles, extract_articles(list(articles.values()))))
    out = {"story": story.name, "quotes": len(gold["quotes"]), "right": 0, "missed": [],
           "wrong": [], "scare_as_speech": [], "extra": []}
    for g in gold["quotes"]:
        speech = [q for q in anns[g["f"]].quotes if q.direct and q.text.startswith(g["text"][:MATCH_CHARS])]
        if not speech:
            out["missed"].append((g["f"], g["text"]))
        elif speech[0].speaker != g["speaker"]:
            out["wrong"].append((g["f"], g["text"], g["speaker"], speech[0].speaker))
        else:
            out["right"] += 1
    for s in gold.get("scare_quotes", []):
        if any(q.direct and s["text"] in q.text for q in anns[s["f"]].quotes):
            out["scare_as_speech"].append((s["f"], s["text"]))
    for f, ann in anns.items():
        speakers = {g["speaker"] for g in gold["quotes"] if g["f"] == f}
        out["extra"] += [(f, q.text[:60], q.speaker) for q in ann.quotes if q.direct and q.speaker not in speakers]
    return out


def main() -> int:
    stories = story_dirs()
    if not stories:
        print(f"no stories under {shared_dir() / 'eval' / 'stories'}", file=sys.stderr)
        return 1
    total = right = scare = 0
    for story in stories:
        r = check_story(story)
        total, right, scare = total + r["quotes"], right + r["right"], scare + len(r["scare_as_speech"])
        print(f"{r['story']}: {r['right']}/{r['quotes']} quotes with the gold speaker, "
              f"{len(r['scare_as_speech'])} scare quotes as speech, {len(r['extra'])} extra speech quotes")
        for key in ("missed", "wrong", "scare_as_speech", "extra"):
            for item in r[key]:
                print(f"  {key}: {item}")
    print(f"all stories: {right}/{total} quotes with the gold speaker, {scare} scare quotes as speech")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
