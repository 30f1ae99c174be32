"""Open-domain comparison, scored story by story against hand-made gold.

Every directory under ``../shared/eval/stories/`` is a small corpus of one story (articles
``a_*.txt`` … plus one unrelated article) with a ``gold.json``; the bundled demo corpus
(``src/newsdesk/demo``) is scored the same way. Each corpus is ingested into a fresh SQLite
database, analysed with the default pipeline and exported (export format v1); the export is
then compared with the gold:

* **story**: the gold story's articles in one cluster, the unrelated ones outside it;
* **copies**: required syndication/rewrite pairs found (any kind), pairs found that the gold
  neither requires nor allows (false);
* **conflicts**: each planted conflict found (a ``conflict`` fact holding the outlier's wording
  and at least one other article; with ``sides`` in the fact, the outlier on a side of its own),
  conflicts that match none (false), and **rounding** called a conflict (a conflict fact that
  puts two wordings the gold calls compatible on different sides, or holds them without any
  planted outlier);
* **framing**: loaded headlines flagged with their words, neutral headlines not flagged;
* **quotes**: every gold quote found (same article, text starting with the gold's words), with
  the right speaker (every word of the gold name in the speaker given); scare quotes reported as
  speech; quotes found that the gold does not list;
* **stances**: a gold stance is right when one cell has a matching actor, issue and position
  (the gold lists acceptable name fragments); precision is the share of cells that match a
  gold stance.

Usage:  python eval/stories.py [--stories DIR] [--only NAME] [--no-demo] [--json] [-v]
Env NEWSDESK_SHARED overrides the location of ../shared.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

DEMO = REPO / "src" / "newsdesk" / "demo"
# the demo gold names its issues as labels; these are the fragments a cell's issue may contain
DEMO_ISSUE_FRAGMENTS = {
    "valley control": ["valley", "withdraw"],
    "security guarantees": ["guarantee"],
    "demilitarised zone": ["demilitari", "buffer zone", "zone"],
    "ceasefire line": ["ceasefire line", "line of contact", "front line", "current line"],
    "water rights/dam": ["dam", "water"],
    "30-day ceasefire": ["ceasefire", "truce"],
    "foreign monitors": ["monitor", "observer"],
}


def shared_dir() -> Path:
    return Path(os.environ.get("NEWSDESK_SHARED", REPO.parent / "shared"))


# -- gold in one shape -----------------------------------------------------------------------
@dataclass
class Gold:
    """A story's gold in the shape of ``../shared/eval/stories/*/gold.json``, ids resolved."""

    name: str
    story: list[str]
    unrelated: list[str]
    required: list[tuple[str, str]]
    allowed: list[tuple[str, str]]
    conflicts: list[dict]       # {about, outlier, outlier_text, others} or {about, mentions}
    roundings: list[dict]       # {about, mentions: [{article, text}]}
    flagged: dict[str, list[str]]
    neutral: list[str]
    quotes: list[dict]          # {article, text, speaker}
    scare: list[dict]           # {article, text}
    stances: list[dict]         # {actor: [..], issue: [..], position: [..]}
    unnamed: list[dict] = field(default_factory=list)  # quotes the gold lists without a named speaker


def _letter_ids(doc: dict, directory: Path) -> dict[str, str]:
    """Gold letter ("a") -> article id, from the file each article was read from."""
    out: dict[str, str] = {}
    for art in doc["articles"]:
        name = Path(str(art.get("source") or "")).name
        m = re.match(r"([a-z])_", name)
        if m:
            out[m.group(1)] = art["id"]
    return out


def story_gold(raw: dict, name: str, ids: dict[str, str]) -> Gold:
    def i(letter: str) -> str:
        return ids.get(letter, f"<missing {letter}>")

    roundings = []
    for r in raw.get("rounding_compatible", []):
        roundings.append({"about": r["about"], "mentions": [{"article": None, "text": t} for t in r["texts"]],
                          "articles": [i(x) for x in r.get("articles", [])]})
    return Gold(
        name=name, story=[i(x) for x in raw["story"]], unrelated=[i(x) for x in raw.get("unrelated", [])],
        required=[(i(a), i(b)) for a, b in raw.get("syndication_required", [])],
        allowed=[(i(a), i(b)) for a, b in raw.get("syndication_allowed", [])],
        conflicts=[{**c, "outlier": i(c["outlier"]), "others": [i(x) for x in c["others"]]} for c in raw.get("conflicts", [])],
        roundings=roundings,
        flagged={i(k): v for k, v in raw.get("framing_flagged", {}).items()},
        neutral=[i(x) for x in raw.get("framing_neutral", [])],
        quotes=[{"article": i(q["f"]), "text": q["text"], "speaker": q["speaker"]} for q in raw.get("quotes", [])],
        scare=[{"article": i(q["f"]), "text": q["text"]} for q in raw.get("scare_quotes", [])],
        stances=[{"actor": s["actor"], "issue": s["issue"], "position": s["position"]} for s in raw.get("stances", [])],
    )


def demo_gold(raw: dict) -> Gold:
    stories = raw["stories"]
    stances = []
    for s in raw["stances"]:
        stances.append({"actor": [s["actor"].lower()], "issue": DEMO_ISSUE_FRAGMENTS.get(s["issue"], [s["issue"]]),
                        "position": [s["position"]]})
    return Gold(
        name="demo", story=list(stories[0]), unrelated=[a for s in stories[1:] for a in s],
        required=[(c["a"], c["b"]) for c in raw["copies"]], allowed=[],
        conflicts=[{"about": c["claim"], "mentions": c["mentions"]} for c in raw["conflicts"]],
        roundings=[{"about": r["claim"], "mentions": r["mentions"], "articles": [m["article"] for m in r["mentions"]]}
                   for r in raw["roundings"]],
        flagged={h["article"]: h["words"] for h in raw["loaded_headlines"]},
        neutral=list(raw["neutral_headlines"]),
        quotes=[{"article": q["article"], "text": q["text"], "speaker": q["speaker"]}
                for q in raw["quotes"] if q.get("direct", True) and q.get("speaker")],
        scare=[{"article": q["article"], "text": q["text"]} for q in raw["scare_quotes"]],
        stances=stances,
        unnamed=[{"article": q["article"], "text": q["text"]} for q in raw["quotes"] if not q.get("speaker")],
    )


# -- running the desk -------------------------------------------------------------------------
def analyse(files: list[Path]) -> dict:
    """Ingest ``files`` into a fresh database, analyse, and return the export document."""
    from newsdesk import Desk

    with tempfile.TemporaryDirectory() as tmp:
        with Desk(str(Path(tmp) / "eval.db")) as desk:
            desk.ingest([str(f) for f in files])
            desk.analyze()
            return desk.export_dict()


# -- scoring ----------------------------------------------------------------------------------
def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").lower()
    text = re.sub(r"[‘’‚‛′`]", "'", text)
    text = re.sub(r"[“”„‟″]", '"', text)
    text = re.sub(r"[–—]", "-", text)
    return re.sub(r"\s+", " ", text).strip(" \"'.,;:")


@dataclass
class Score:
    name: str
    story_right: bool = False
    stories: int = 0
    copies_found: int = 0
    copies_required: int = 0
    copies_false: int = 0
    conflicts_found: int = 0
    conflicts_planted: int = 0
    conflicts_false: int = 0
    conflict_sides_right: int = 0
    rounding_as_conflict: int = 0
    framing_right: int = 0
    framing_total: int = 0
    quotes_found: int = 0
    quotes_total: int = 0
    speakers_right: int = 0
    quotes_extra: int = 0
    scare_as_speech: int = 0
    stances_right: int = 0
    stances_total: int = 0
    stance_cells: int = 0
    stance_cells_right: int = 0
    errors: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def stance_precision(self) -> float:
        return self.stance_cells_right / self.stance_cells if self.stance_cells else 0.0


def _in_mention(mention: dict, text: str) -> bool:
    t = norm(text)
    return t in norm(mention.get("text", "")) or t in norm(mention.get("sentence", ""))


def _holds_value(mention: dict, text: str) -> bool:
    """Does the mention's own value span carry the wording ``text`` ("About 140")? The wording
    may reach past the span into its sentence ("About" before "140 fishing boats"), but must
    overlap the span itself: another figure of the same sentence is another mention."""
    t, own = norm(text), norm(mention.get("text", ""))
    if not t or not own:
        return False
    if t in own:
        return True
    sentence = norm(mention.get("sentence", ""))
    spans = [(m.start(), m.start() + len(own)) for m in re.finditer(re.escape(own), sentence)]
    return any(s < m.start() + len(t) and m.start() < e
               for m in re.finditer(re.escape(t), sentence) for s, e in spans)


def _sides(fact: dict) -> list[set[str]] | None:
    """The fact's sides as sets of article ids, when the export gives them."""
    sides = fact.get("sides")
    if not sides:
        return None
    return [set(s.get("articles", [])) for s in sides]


def _matches_conflict(fact: dict, gold: dict) -> bool:
    if "outlier" in gold:
        holds_outlier = any(m["article"] == gold["outlier"] and _in_mention(m, gold["outlier_text"])
                            for m in fact["mentions"])
        others = {m["article"] for m in fact["mentions"]} & set(gold["others"])
        return holds_outlier and bool(others)
    covered = sum(any(m["article"] == g["article"] and _in_mention(m, g["text"]) for m in fact["mentions"])
                  for g in gold["mentions"])
    return covered >= len(gold["mentions"]) - 1


def _sides_right(fact: dict, gold: dict) -> bool:
    sides = _sides(fact)
    if sides is None:
        return False
    outlier = gold.get("outlier")
    if outlier is None:
        return True
    mine = [s for s in sides if outlier in s]
    return len(mine) == 1 and not (mine[0] & set(gold["others"])) and sides[0] == mine[0]


def _rounding_mistaken(fact: dict, gold: Gold) -> bool:
    """A conflict that splits wordings the gold calls compatible after rounding."""
    for r in gold.roundings:
        holders: dict[str, str] = {}  # article -> rounding text it holds in this fact
        for m in fact["mentions"]:
            for g in r["mentions"]:
                if (g.get("article") in (None, m["article"])) and _holds_value(m, g["text"]):
                    holders[m["article"]] = g["text"]
        if len({norm(t) for t in holders.values()}) < 2 and len(holders) < 2:
            continue
        sides = _sides(fact)
        if sides is not None:
            side_of = {a: k for k, s in enumerate(sides) for a in s}
            if len({side_of.get(a) for a in holders if a in side_of}) > 1:
                return True
            continue
        if not any(_matches_conflict(fact, c) for c in gold.conflicts):
            return True
    return False


def _speaker_right(predicted: str | None, gold: str) -> bool:
    if not predicted:
        return False
    have = set(re.findall(r"[\w-]+", norm(predicted)))
    return set(re.findall(r"[\w-]+", norm(gold))) <= have


SPLIT_QUOTE_GAP = 80  # characters between the segments of one split quote ("…," she said. "…")


def _continues(quote: dict, same_article: list[dict]) -> bool:
    """A later segment of a split quote: the gold records split quotes once, by their first."""
    return any(o is not quote and o.get("speaker") == quote.get("speaker") and o["end"] <= quote["start"]
               and quote["start"] - o["end"] <= SPLIT_QUOTE_GAP for o in same_article)


def _matches_stance(cell: dict, gold: dict) -> bool:
    actor, issue = norm(cell.get("actor", "")), norm(cell.get("issue", "")).replace("-", " ")
    return (cell.get("position") in gold["position"]
            and any(norm(f) in actor for f in gold["actor"])
            and any(norm(f).replace("-", " ") in issue for f in gold["issue"]))


def score(gold: Gold, doc: dict) -> Score:
    s = Score(gold.name)
    s.errors = len(doc.get("errors", []))
    # story
    stories = doc["stories"]
    s.stories = len(stories)
    want = set(gold.story)
    best = max(stories, key=lambda st: len(want & set(st["article_ids"])), default=None)
    if best is not None:
        got = set(best["article_ids"])
        s.story_right = want <= got and not (got & set(gold.unrelated))
    if not s.story_right:
        s.misses.append(f"story: {[sorted(st['article_ids']) for st in stories]}")
    story_ids = {best["id"]} if best else set()
    # copies
    found = {frozenset((p["a"], p["b"])) for p in doc["syndication"]}
    required = {frozenset(p) for p in gold.required}
    allowed = required | {frozenset(p) for p in gold.allowed}
    s.copies_required = len(required)
    s.copies_found = len(required & found)
    s.copies_false = len(found - allowed)
    s.misses += [f"copy missed: {sorted(p)}" for p in required - found]
    s.misses += [f"copy false: {sorted(p)}" for p in found - allowed]
    # conflicts
    conflicts = [f for f in doc["facts"] if f["verdict"] == "conflict" and f["story"] in story_ids]
    s.conflicts_planted = len(gold.conflicts)
    matched: set[str] = set()
    for c in gold.conflicts:
        hits = [f for f in conflicts if _matches_conflict(f, c)]
        if hits:
            s.conflicts_found += 1
            matched.update(f["id"] for f in hits)
            s.conflict_sides_right += any(_sides_right(f, c) for f in hits)
        else:
            s.misses.append(f"conflict missed: {c['about']}")
    false = [f for f in conflicts if f["id"] not in matched]
    s.conflicts_false = len(false)
    s.misses += [f"conflict false: {f['claim'][:90]!r} ({f.get('detail', '')[:120]})" for f in false]
    mistaken = [f for f in conflicts if _rounding_mistaken(f, gold)]
    s.rounding_as_conflict = len(mistaken)
    s.misses += [f"rounding as conflict: {f['claim'][:90]!r}" for f in mistaken]
    # framing
    framing = {f["article"]: f for f in doc["framing"]}
    for article, words in gold.flagged.items():
        s.framing_total += 1
        flags = [norm(x.get("text", "")) for x in framing.get(article, {}).get("flags", [])]
        ok = all(any(norm(w) in f or (f and f in norm(w)) for f in flags) for w in words)
        s.framing_right += ok
        if not ok:
            s.misses.append(f"framing: {article} should flag {words}, flags {flags}")
    for article in gold.neutral:
        s.framing_total += 1
        flags = framing.get(article, {}).get("flags", [])
        s.framing_right += not flags
        if flags:
            s.misses.append(f"framing: {article} neutral, flagged {[x.get('text') for x in flags]}")
    # quotes
    by_article: dict[str, list[dict]] = {}
    for q in doc["quotes"]:
        by_article.setdefault(q["article"], []).append(q)
    used: set[str] = set()
    for g in gold.quotes:
        s.quotes_total += 1
        want_text = norm(g["text"])
        hit = next((q for q in by_article.get(g["article"], []) if norm(q["text"]).startswith(want_text[:60])
                    or want_text.startswith(norm(q["text"])[:60]) and len(norm(q["text"])) >= 12), None)
        if hit is None:
            s.misses.append(f"quote missed: {g['article']}: {g['text'][:60]!r}")
            continue
        used.add(hit["id"])
        s.quotes_found += 1
        if _speaker_right(hit.get("speaker"), g["speaker"]):
            s.speakers_right += 1
        else:
            s.misses.append(f"speaker: {g['text'][:40]!r} -> {hit.get('speaker')!r}, gold {g['speaker']!r}")
    scare_texts = {(g["article"], norm(g["text"])) for g in gold.scare}
    gold_articles = {g["article"] for g in gold.quotes}
    for q in doc["quotes"]:
        if (q["article"], norm(q["text"])) in scare_texts:
            if q.get("direct", True) and q.get("speaker"):
                s.scare_as_speech += 1
                s.misses.append(f"scare quote as speech: {q['text']!r} -> {q.get('speaker')!r}")
        elif q["id"] not in used and q["article"] in gold_articles | set(gold.story) and q.get("speaker") \
                and not any(norm(q["text"]) in norm(g["text"]) for g in gold.quotes + gold.unnamed
                            if g["article"] == q["article"]) \
                and not _continues(q, by_article[q["article"]]):
            s.quotes_extra += 1
            s.misses.append(f"quote not in gold: {q['article']}: {q['text'][:60]!r} -> {q.get('speaker')!r}")
    # stances
    score_stances(s, gold.stances, [c for c in doc["stances"] if c["story"] in story_ids])
    return s


def score_stances(s: Score, gold_stances: list[dict], cells: list[dict]) -> list[bool]:
    """Fill the stance fields of ``s``: gold stances right, cells, cells right (a cell is
    right when it matches some gold stance). Returns, per cell, whether it is right."""
    s.stances_total = len(gold_stances)
    s.stance_cells = len(cells)
    for g in gold_stances:
        ok = any(_matches_stance(c, g) for c in cells)
        s.stances_right += ok
        if not ok:
            s.misses.append(f"stance missed: {g['actor'][0]} {g['position'][0]} {g['issue'][0]}")
    verdicts = []
    for c in cells:
        ok = any(_matches_stance(c, g) for g in gold_stances)
        s.stance_cells_right += ok
        verdicts.append(ok)
        if not ok:
            s.misses.append(f"stance cell wrong: {c['actor']} {c['position']} {c['issue']} ({c.get('date')})")
    return verdicts


# -- corpora ----------------------------------------------------------------------------------
def story_dirs(root: Path) -> list[Path]:
    return sorted(p for p in root.iterdir() if (p / "gold.json").is_file()) if root.is_dir() else []


def run_story(directory: Path) -> tuple[Score, dict]:
    files = sorted(p for p in directory.iterdir() if p.is_file() and p.name != "gold.json")
    doc = analyse(files)
    raw = json.loads((directory / "gold.json").read_text(encoding="utf-8"))
    return score(story_gold(raw, directory.name, _letter_ids(doc, directory)), doc), doc


def run_demo() -> tuple[Score, dict]:
    files = sorted(p for p in (DEMO / "corpus").iterdir() if p.is_file())
    doc = analyse(files)
    return score(demo_gold(json.loads((DEMO / "gold.json").read_text(encoding="utf-8"))), doc), doc


COLUMNS = [
    ("story", lambda s: "ok" if s.story_right else f"NO ({s.stories})"),
    ("copies", lambda s: f"{s.copies_found}/{s.copies_required}"),
    ("false copies", lambda s: str(s.copies_false)),
    ("conflicts", lambda s: f"{s.conflicts_found}/{s.conflicts_planted}"),
    ("sides", lambda s: f"{s.conflict_sides_right}/{s.conflicts_planted}"),
    ("false confl.", lambda s: str(s.conflicts_false)),
    ("rounding as confl.", lambda s: str(s.rounding_as_conflict)),
    ("framing", lambda s: f"{s.framing_right}/{s.framing_total}"),
    ("quotes", lambda s: f"{s.quotes_found}/{s.quotes_total}"),
    ("speakers", lambda s: f"{s.speakers_right}/{s.quotes_total}"),
    ("scare as speech", lambda s: str(s.scare_as_speech)),
    ("stances", lambda s: f"{s.stances_right}/{s.stances_total}"),
    ("stance P", lambda s: f"{s.stance_precision:.2f} ({s.stance_cells_right}/{s.stance_cells})"),
    ("errors", lambda s: str(s.errors)),
]


def table(scores: list[Score]) -> str:
    rows = [["corpus"] + [c for c, _ in COLUMNS]] + [[s.name] + [f(s) for _, f in COLUMNS] for s in scores]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(r, widths)) for r in rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--stories", type=Path, default=None, help="directory of story folders (default ../shared/eval/stories)")
    ap.add_argument("--only", default=None, help="score only the story folder with this name (or 'demo')")
    ap.add_argument("--no-demo", action="store_true", help="leave the bundled demo corpus out")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = ap.parse_args(argv)
    root = args.stories or shared_dir() / "eval" / "stories"
    scores: list[Score] = []
    for d in story_dirs(root):
        if args.only in (None, d.name):
            scores.append(run_story(d)[0])
    if not args.no_demo and args.only in (None, "demo"):
        scores.append(run_demo()[0])
    if not scores:
        print(f"no stories found under {root}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps([{**asdict(s), "stance_precision": s.stance_precision} for s in scores], indent=2))
        return 0
    print(table(scores))
    if args.verbose:
        for s in scores:
            if s.misses:
                print(f"\n{s.name}:")
                print("\n".join("  " + m for m in s.misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
