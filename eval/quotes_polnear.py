"""PolNeAR direct-quote evaluation: char-level P/R/F1 and speaker accuracy of extract_quotes.

Scored with the reference scorer ``../shared/eval/score_quotes.py`` (imported, not copied):
a predicted quote's characters (quote marks and spaces ignored) against the gold content of
direct attributions; a predicted quote overlapping gold counts for speaker accuracy, and is
right when its speaker span overlaps the gold source span or the speaker's last word occurs in
the gold source text. Submitted: speech (``direct=True``) and scare-quoted terms that sit
inside an attributed clause (``direct=False`` with a speaker) — PolNeAR marks an attribution
"direct" whenever its content contains a quote mark; unattributed scare quotes and titles
are not submitted.

PolNeAR's ``is_direct`` flag is true exactly when the attribution's content contains a “ ” or "
character: the doubled-apostrophe style ''…'' of its NYT archive texts is never marked direct
(checked on train and dev: 1,285 such attributions, all ``is_direct=False``). The extractor
does find those quotes; by default this script submits only quotes opened by “ or " so both
sides use the same definition, and ``--all-marks`` scores every quote to show the difference.
The same definition applied to a quoted transcript ("WALLACE: …" paragraphs, each opened by a
mark): PolNeAR's content of a turn starts after its label and skips the paragraph marks, so a
turn is submitted only when its own words hold a mark (:func:`_direct_in_polnear`).

    python eval/quotes_polnear.py              # dev split (the reported figure)
    python eval/quotes_polnear.py --split train
    python eval/quotes_polnear.py --split all  # train, dev, and per-outlet figures of each

Leave-one-outlet-out: the extractor is rules, not a trained model, so nothing is fitted per
outlet; what matters is that a change helps across the seven publishers rather than one.
Every run prints the figures of each outlet (PolNeAR's ``publisher`` in ``metadata.tsv``) and
the worst outlet, so a gain that holds on one publisher's house style only shows.
Env NEWSDESK_SHARED overrides the location of ../shared.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    return Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))


def load(split: str) -> list[dict]:
    path = shared_dir() / "eval" / "polnear" / f"{split}.jsonl"
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# Opening marks that PolNeAR's is_direct flag recognises.
GOLD_MARKS = ("“", "”", '"')


def _opened_by(text: str, start: int) -> str:
    """The quote mark just before a quote's inner start (whitespace and format characters skipped)."""
    i = start - 1
    while i >= 0 and (text[i].isspace() or unicodedata.category(text[i]) == "Cf"):
        i -= 1
    return text[i] if i >= 0 else ""


def _direct_in_polnear(text: str, q) -> bool:
    """Would PolNeAR call this quote's attribution direct? Yes when the quote is opened by “ ”
    or " — except for a turn of a quoted transcript (its speaker is a label "NAME:" opening a
    quoted paragraph): PolNeAR's turn content starts after the label and leaves out the marks
    that open the transcript's paragraphs, so a turn is direct only when its own words hold a
    mark (an inner “title”, or the mark that closes the transcript right after it)."""
    s, e = q.speaker_start, q.speaker_end
    if s is not None and text[e: e + 1] == ":" and _opened_by(text, s) in GOLD_MARKS:
        return any(c in GOLD_MARKS for c in text[q.content_start: q.content_end + 1])
    return _opened_by(text, q.start) in GOLD_MARKS


def predict(records: list[dict], all_marks: bool = False) -> dict[str, list[dict]]:
    from newsdesk.extract import extract_quotes, get_nlp

    nlp = get_nlp()
    preds: dict[str, list[dict]] = {}
    for rec in records:
        quotes = extract_quotes(rec["text"], rec["article"], nlp=nlp)
        # PolNeAR's "direct" = an attribution whose content holds a quote mark, scare-quoted
        # terms included: submit speech and attributed terms (direct=False with a speaker)
        keep = [q for q in quotes if q.direct or q.speaker_start is not None]
        if not all_marks:
            keep = [q for q in keep if _direct_in_polnear(rec["text"], q)]
        # score the reported content (a partial quote with its clause), as PolNeAR annotates it
        preds.setdefault(rec["article"], []).extend(
            {**q.as_dict(), "start": q.content_start, "end": q.content_end} for q in keep)
    return preds


def outlets() -> dict[str, str]:
    """Article id -> publisher, from PolNeAR's ``metadata.tsv`` (empty when it is absent)."""
    path = shared_dir() / "eval" / "polnear" / "metadata.tsv"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as fh:
        return {row["filename"]: row["publisher"] for row in csv.DictReader(fh, delimiter="\t")}


def evaluate(split: str = "dev", all_marks: bool = False) -> dict:
    """Scores of one split: the reference scorer's dict, plus ``by_outlet`` (publisher -> the
    same scores on that publisher's articles alone) and ``worst_outlet``."""
    sys.path.insert(0, str(shared_dir() / "eval"))
    from score_quotes import score  # the reference scorer

    records = load(split)
    t0 = time.perf_counter()
    preds = predict(records, all_marks)
    result = score(records, preds)
    result.update(split=split, articles=len(records), seconds=round(time.perf_counter() - t0, 2))
    publisher = outlets()
    groups: dict[str, list[dict]] = {}
    for rec in records:
        groups.setdefault(publisher.get(rec["article"], "unknown"), []).append(rec)
    result["by_outlet"] = {name: {**score(recs, preds), "articles": len(recs)}
                           for name, recs in sorted(groups.items())}
    if result["by_outlet"]:
        result["worst_outlet"] = min(result["by_outlet"], key=lambda k: result["by_outlet"][k]["f1"])
    return result


def report(r: dict) -> str:
    """The figures of one split as printed lines: the whole split, then each outlet."""
    lines = [f"PolNeAR {r['split']} ({r['articles']} articles, {r['seconds']} s): "
             f"P={r['p']:.3f} R={r['r']:.3f} F1={r['f1']:.3f} "
             f"speaker_acc={r['speaker_acc']:.3f} (n={r['speaker_n']})"]
    for name, o in r.get("by_outlet", {}).items():
        lines.append(f"  {name:<13} ({o['articles']:>3} articles) P={o['p']:.3f} R={o['r']:.3f} "
                     f"F1={o['f1']:.3f} speaker_acc={o['speaker_acc']:.3f} (n={o['speaker_n']})")
    if "worst_outlet" in r:
        w = r["by_outlet"][r["worst_outlet"]]
        worst_spk = min(r["by_outlet"], key=lambda k: r["by_outlet"][k]["speaker_acc"])
        lines.append(f"  worst outlet: F1 {r['worst_outlet']} {w['f1']:.3f}; speaker {worst_spk} "
                     f"{r['by_outlet'][worst_spk]['speaker_acc']:.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["dev", "train", "all"])
    parser.add_argument("--all-marks", action="store_true", help="also submit ''…'' quotes")
    args = parser.parse_args(argv)
    for split in (["train", "dev"] if args.split == "all" else [args.split]):
        print(report(evaluate(split, args.all_marks)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
