"""Negotiation stances: which actor (country or party) takes which position on which issue.

1. **Actors.** People are folded into the country or party they speak for, learned from
   the story's own text, not from a name table: "Ukrainian President X" and "President X
   of Ukraine" (demonym or country + role), "Putin's adviser Y" and "Y, Mr. Trump's special
   envoy" (affiliation through another person, resolved in chains), "Z, the Kremlin
   spokesman" (seat of government). Countries, their seats ("Moscow", "the Kremlin") and
   "demonym + role" phrases ("Russian officials", "the Ukrainian president") are actors
   themselves. Countries no gazetteer knows are learned from the story: a demonym and its
   country both in the text ("Saldovian" / "Saldovia"), or a word owning a state office
   ("Corvania's foreign minister", "the Norland government") that is never a surname.
   People whose affiliation is never stated stay actors under their own name.
2. **Positions.** Cue patterns (``data/positions.json``), read per utterance: sentences a
   quotation runs across are joined ("… is not a compromise. It is a retreat,” he said.").
   Per actor and utterance the earliest cue wins (the main verb: "rejected any demand to
   ..." opposes), ties broken in the order conditional, demands, opposes, proposes,
   supports. A supports cue under negation ("did not want to", "would not accept") is
   opposes; a negated demand ("no longer insisting") is no position at all; red lines
   ("would not sign any deal that ...") are demands; reframings ("is not a compromise. It
   is a retreat") and "No X ... will ..." refusals oppose. The actor of a cue is the
   possessor right before it ("Putin's demand"), else a demonym adjective right before it
   ("a Helvorian proposal"), else the nearest actor before it that is not the object of a
   preposition ("guarantees from Helvoria"), else the speaker of the quotation in it, else
   the actor of the previous sentence (for "He rejected ...").
3. **Issues.** Keyword seeds (``data/issues.json``, generic negotiation issues; override
   with ``CompareConfig(issue_seeds=...)``) matched in the sentence; with
   ``discover_issues`` the story's recurring cue-sentence bigrams that no seed covers
   become extra issues (at most one per word, so no two overlapping labels).
4. **Dates.** The article's published date, else a resolved date in the sentence, else
   None. Cells are (actor, issue, position, date) with every evidence sentence, sorted by
   date so a change of position over time reads top to bottom.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from newsdesk.compare import _text
from newsdesk.compare._context import ArticleView, StoryContext
from newsdesk.compare.issues import CompareConfig, compile_seeds
from newsdesk.model import Evidence, Stance
from newsdesk.patterns import word_alternation

NEGATION_WINDOW = 4  # words before a cue in which "not"/"no longer"/"never" negates it
DISCOVERED_MIN_ARTICLES = 2  # a discovered issue must recur in this many independent sources
DISCOVERED_MAX = 5  # at most this many discovered issues per story
_GENERIC = {"talks", "aimed", "told", "reporters", "comments", "meeting", "meetings", "sunday", "monday", "week",
            "weeks", "days", "year", "years", "time", "officials", "president", "leaders", "issue", "issues",
            "also", "said", "would", "could", "latest", "earlier", "allies", "european", "firm", "legally", "binding",
            "today", "tomorrow", "yesterday", "tonight", "decent", "terms", "ready", "people", "country",
            "first", "second", "third", "day", "night", "morning", "evening", "hours"}
POSITIONS = ("conditional", "demands", "opposes", "proposes", "supports")
# words that may sit between a demonym/possessive and a role ("U.S. special envoy", "Putin's foreign affairs adviser")
_MODS = (r"(?:(?i:top|special|foreign|affairs|policy|chief|senior|deputy|former|prime|national|security|defen[cs]e|"
         r"presidential|peace|military|new|acting|vice|lead|main|general|ministry|technical|interior)\s+){0,3}")
_CONDITION_RE = re.compile(r"\b(?:if|provided|as long as|in exchange for|on condition|only if|so long as)\b", re.I)
_NEGATION_RE = re.compile(r"\b(?:not|no longer|never|n't|nor|without)\b", re.I)
_NAME = r"(?:[A-Z](?:[\w'-]+|\.)\s){0,3}[A-Z][\w'-]+"  # 1-4 capitalised words, initials allowed
_PRONOUN_RE = re.compile(r"^\W*(?:He|She|They|It)\b")


def _key(name: str) -> str:
    """A person's matching key: the surname, lower case, a trailing "y" dropped (Zelenskyy)."""
    last = re.findall(r"[A-Za-z’'-]+", name)
    if not last:
        return ""
    k = re.sub(r"[’']s?$", "", last[-1].lower())
    return k[:-1] if k.endswith("yy") else k


@dataclass(slots=True)
class _Knowledge:
    demonyms: dict[str, str]
    seats: dict[str, str]
    countries: dict[str, str]  # lower-case name or alias -> canonical country
    roles: list[str]


def _knowledge(cfg: CompareConfig) -> _Knowledge:
    k = cfg.actor_knowledge
    countries = {c.lower(): c for c in k.get("countries", [])}
    countries.update({a.lower(): c for a, c in k.get("aliases", {}).items()})
    countries["britain"], countries["america"] = "United Kingdom", "United States"
    return _Knowledge(dict(k.get("demonyms", {})), dict(k.get("seats", {})), countries, list(k.get("roles", [])))


def _learn_places(ctx: StoryContext, kn: _Knowledge) -> None:
    """Add the story's own countries and demonyms, for places no gazetteer knows:

    * "Saldovian" ↔ "Saldovia" pairs: a capitalised -an/-ian/-ese/-ish/-i word whose stem is
      another capitalised word of the story;
    * "Corvania's foreign minister", "the Velmar government": a capitalised word owning a
      state office is a country, unless the story also writes it after a first name or a
      title ("Vladimir Putin's adviser", "Mr. Trump's envoy": a person).

    GPE entities alone are not enough: cities and regions ("Donetsk") are not parties."""
    caps: set[str] = set()
    person_like: set[str] = set()
    owners: set[str] = set()
    for v in ctx.views.values():
        body = v.article.body
        caps.update(re.findall(r"\b[A-Z][a-z]{3,}\b", body))
        for m in _PERSONAL_RE.finditer(body):
            first = m.group("first").lower().rstrip(".")
            if first in ("mr", "mrs", "ms", "dr") or (first not in _text.STOPWORDS and first not in kn.demonyms
                                                      and first not in kn.countries and first not in _ROLE_WORDS):
                person_like.add(m.group("last"))
        owners.update(m.group("owner") or m.group("owner2") for m in _STATE_OWNER_RE.finditer(body))
    for w in caps:
        if not w.endswith(("an", "ese", "ish", "i")):
            continue
        for cand in (w[:-1], w[:-2], w[:-3] + "y", w[:-3] + "a", w[:-3], w[:-4] + "y"):
            if cand in caps and cand != w:
                # a known demonym keeps its party: "European" is the EU, so "Europe" is too
                party = kn.demonyms.get(w.lower()) or kn.countries.get(cand.lower(), cand)
                kn.demonyms.setdefault(w.lower(), party)
                kn.countries.setdefault(cand.lower(), party)
                break
    for w in sorted(owners - person_like):
        low = w.lower()
        if low in kn.demonyms or low in kn.seats or low in _NOT_OWNERS:
            continue
        kn.countries.setdefault(low, w)


# "X's prime minister", "the X government": X owns a state office, so X is a state
_STATE_OFFICE = (r"(?:prime\s+minister|foreign\s+minister|defen[cs]e\s+minister|foreign\s+ministry|government|"
                 r"parliament|army|armed\s+forces|delegation|president|cabinet)")
_STATE_OWNER_RE = re.compile(r"(?:\b(?P<owner>[A-Z][a-z]{3,})[’']s\s+(?:(?:chief|top|senior|new|acting)\s+)?"
                             + _STATE_OFFICE.replace("(?:", "(?i:", 1)
                             + r"|\b[Tt]he\s+(?P<owner2>[A-Z][a-z]{3,})\s+government)\b")
# a capitalised word after a first name or title is a surname: "Vladimir Putin", "Mr. Trump"
_PERSONAL_RE = re.compile(r"\b(?P<first>[A-Z][a-z]+\.?)\s+(?P<last>[A-Z][a-z]{3,})\b")
_ROLE_WORDS = {"president", "minister", "prime", "foreign", "secretary", "envoy", "general", "king", "queen",
               "chancellor", "premier", "senator", "governor", "mayor", "spokesman", "spokeswoman"}
_NOT_OWNERS = {"the", "this", "that", "their", "party", "state", "country", "nation", "world"}


ALTERNATION_CACHE_SIZE = 64  # alternations kept (seeds, cues and most stories' actor lists are the same)


def _alt(words: list[str]) -> str:
    return word_alternation(tuple(words))


def _affiliations(ctx: StoryContext, kn: _Knowledge) -> dict[str, str]:
    """Person key -> country/party, from role phrases in the story's own text (chains resolved)."""
    dem = _alt(list(kn.demonyms))
    role = _alt(kn.roles)
    country = _alt(list(kn.countries))
    direct: dict[str, Counter[str]] = {}
    via: dict[str, str] = {}  # person key -> person key they work for
    patterns = [
        # "Ukrainian President Volodymyr Zelenskyy", "U.S. special envoy Steve Witkoff"
        (re.compile(r"(?<![\w.])(?P<dem>(?i:" + dem + r"))\s+" + _MODS + r"(?i:" + role + r")\s+(?P<name>" + _NAME + ")"), "dem"),
        # "President Emmanuel Macron of France"
        (re.compile(r"\b(?i:" + role + r")\s+(?P<name>" + _NAME + r")\s+of\s+(?P<dem>(?i:" + country + r"))\b"), "dem"),
        # "Putin’s foreign affairs adviser Yuri Ushakov"
        (re.compile(r"(?P<boss>[A-Z][\w-]+)[’']s\s+" + _MODS + r"(?i:" + role + r")\s+(?P<name>" + _NAME + ")"), "via"),
        # "Steve Witkoff, Mr. Trump’s special envoy"
        (re.compile(r"(?P<name>" + _NAME + r"),\s+(?:Mr\.?\s+|Ms\.?\s+)?(?P<boss>[A-Z][\w-]+)[’']s\s+" + _MODS + r"(?i:" + role + r")\b"), "via"),
        # "Corvania’s foreign minister, Pavel Ostrinsky"
        (re.compile(r"(?<!\w)(?P<dem>(?i:" + country + r"))[’']s\s+" + _MODS + r"(?i:" + role + r"),?\s+(?P<name>" + _NAME + ")"), "dem"),
        # "Dmitri S. Peskov, the Kremlin spokesman", "Kaja Kallas, the European Union’s top ... official"
        (re.compile(r"(?P<name>" + _NAME + r"),\s+the\s+(?P<dem>(?i:" + dem + "|" + _alt(list(kn.seats)) + r"))(?:[’']s)?\s+" + _MODS + r"(?i:" + role + r")\b"), "dem"),
    ]
    for view in ctx.views.values():
        body = view.article.body
        for pat, kind in patterns:
            for m in pat.finditer(body):
                name = m.group("name")
                if not name[:1].isupper():
                    continue
                k = _key(name)
                if kind == "dem":
                    d = m.group("dem").lower()
                    d = re.sub(r"\s+", " ", d)
                    target = kn.demonyms.get(d) or kn.countries.get(d) or kn.seats.get(d)
                    if target:
                        direct.setdefault(k, Counter())[target] += 1
                else:
                    via.setdefault(k, _key(m.group("boss")))
    out = {k: c.most_common(1)[0][0] for k, c in direct.items()}
    for k in via:
        seen, cur = set(), k
        while cur in via and cur not in out and cur not in seen:
            seen.add(cur)
            cur = via[cur]
        if k not in out and cur in out:
            out[k] = out[cur]
    return out


def _entity_people(ctx: StoryContext) -> list[str]:
    return [e.name for v in ctx.views.values() for e in v.entities if e.type == "PERSON"]


@dataclass(slots=True)
class _ActorHit:
    start: int
    end: int
    actor: str


def _actor_finder(ctx: StoryContext, kn: _Knowledge, aff: dict[str, str]):
    dem = _alt(list(kn.demonyms))
    role = _alt(kn.roles + ["forces", "troops", "government", "side", "negotiators", "representatives", "administration"])
    group_re = re.compile(r"(?<![\w.])(?P<dem>" + dem + r")\s+(?:[a-z-]+\s+){0,2}?(?:" + role + r")\b", re.I)
    place_re = re.compile(r"(?<![\w.])(?:the\s+)?(?P<place>" + _alt(list(kn.countries) + list(kn.seats)) + r")\b(?![’']s\s+(?:" + role + r"))", re.I)
    person_names: dict[str, str] = {}
    for n in _entity_people(ctx):
        person_names.setdefault(_key(n), n)
    people = set(aff) | set(person_names)
    name_re = re.compile(r"\b[A-Z][\w’'-]+")

    def find(text: str) -> list[_ActorHit]:
        hits: list[_ActorHit] = []
        for m in group_re.finditer(text):
            d = re.sub(r"\s+", " ", m.group("dem").lower())
            hits.append(_ActorHit(m.start(), m.end(), kn.demonyms[d]))
        for m in place_re.finditer(text):
            p = re.sub(r"\s+", " ", m.group("place").lower())
            if not m.group("place")[0].isupper():
                continue
            actor = kn.countries.get(p) or kn.seats.get(p)
            if actor and not any(h.start <= m.start() < h.end for h in hits):
                hits.append(_ActorHit(m.start(), m.end(), actor))
        for m in name_re.finditer(text):
            k = _key(m.group(0))
            if k in people and not any(h.start <= m.start() < h.end for h in hits):
                actor = aff.get(k)
                if actor is None:
                    actor = person_names.get(k, m.group(0))
                hits.append(_ActorHit(m.start(), m.end(), actor))
        hits.sort(key=lambda h: h.start)
        return hits

    return find


def _discover(ctx: StoryContext, cue_sentences: list[str], seeds: dict[str, list[re.Pattern[str]]]) -> dict[str, list[re.Pattern[str]]]:
    """Recurring content-word bigrams of cue sentences that no seed covers (in ≥ 2 articles)."""
    seed_vocab = {_text.stem(w) for pats in seeds.values() for p in pats
                  for w in re.findall(r"[a-z]{3,}", p.pattern)}
    counts: Counter[str] = Counter()
    seen_in: dict[str, set[str]] = {}
    any_seed = _any_of([p for pats in seeds.values() for p in pats])
    for text in cue_sentences:
        ws = [w for w in _text.words(text) if w not in _text.STOPWORDS and len(w) > 2 and w.isalpha()]
        for a, b in zip(ws, ws[1:]):
            bigram = f"{a} {b}"
            if {_text.stem(a), _text.stem(b)} & seed_vocab or {a, b} & _GENERIC or b.endswith("ed") \
                    or any_seed.search(a) or any_seed.search(b):
                continue  # an issue is a noun phrase ("joint commission"), not "delegations stayed"
            counts[bigram] += 1
    for view in ctx.views.values():
        low = " ".join(_text.words(view.article.body))
        for bigram in counts:
            if bigram in low:
                seen_in.setdefault(bigram, set()).add(ctx.group_of(view.article.id))  # copies count once
    names = {w.lower() for v in ctx.views.values() for w in re.findall(r"\b[A-Z][a-z]+", v.article.body)}
    found: list[str] = []
    for b, n in counts.most_common():
        if len(found) >= DISCOVERED_MAX:
            break
        if len(seen_in.get(b, ())) < DISCOVERED_MIN_ARTICLES or set(b.split()) & names or n < 2:
            continue
        if any(set(b.split()) & set(f.split()) for f in found):
            continue  # "upstream hydroelectric" after "hydroelectric plant": one issue, not two
        found.append(b)
    return {b.replace(" ", "-"): [re.compile(r"\b" + re.escape(b).replace(r"\ ", r"\s+") + r"\b", re.I)] for b in found}


def _sentence_date(view: ArticleView, start: int, end: int) -> str | None:
    if view.published is not None:
        return view.published.isoformat()
    for d in view.dates:
        if start <= d.start < end and d.value and (d.granularity in (None, "day")):
            return d.value[:10]
    return None


_NEVER = re.compile(r"(?!)")  # matches nothing: the alternation of no patterns
_LEADING_ASSERTIONS = (r"(?<![\w-])", r"\b")  # word-start guards, factored out of an alternation


def _any_of(patterns: list[re.Pattern[str]]) -> re.Pattern[str]:
    return _alternation(tuple((p.pattern, p.flags) for p in patterns))


@lru_cache(maxsize=ALTERNATION_CACHE_SIZE)
def _alternation(patterns: tuple[tuple[str, int], ...]) -> re.Pattern[str]:
    """One pattern that matches where any of ``patterns`` does (seeds and cues use no
    back-references, so an alternation is exact). A leading word-start guard shared by
    many patterns is factored out (``guard(?:a|b)``): the regex engine then tests the
    guard once per position instead of once per pattern, which is most of the speed-up."""
    if not patterns:
        return _NEVER
    same_flags = len({flags for _, flags in patterns}) == 1

    def body(flags: int, text: str) -> str:
        return f"(?:{text})" if same_flags else f"(?{'i' if flags & re.I else '-i'}:{text})"

    by_guard: dict[str, list[str]] = {}
    rest: list[str] = []
    for pattern, flags in patterns:
        guard = next((g for g in _LEADING_ASSERTIONS if pattern.startswith(g)), None)
        if guard is None:
            rest.append(body(flags, pattern))
        else:
            by_guard.setdefault(guard, []).append(body(flags, pattern[len(guard):]))
    parts = [g + "(?:" + "|".join(bodies) + ")" for g, bodies in by_guard.items()] + rest
    return re.compile("|".join(parts), patterns[0][1] if same_flags else 0)


def find(ctx: StoryContext, cfg: CompareConfig) -> list[Stance]:
    kn = _knowledge(cfg)
    _learn_places(ctx, kn)
    aff = _affiliations(ctx, kn)
    actors_in = _actor_finder(ctx, kn, aff)
    cues = [(pos, re.compile(p, re.I)) for pos in POSITIONS for p in cfg.position_cues.get(pos, [])]
    seeds = compile_seeds(cfg.issue_seeds)
    # one alternation over all seeds (and all cues) finds the sentences where none matches
    # with one scan; only the others run every pattern (the same result, far fewer scans)
    any_seed = _any_of([p for pats in seeds.values() for p in pats])
    any_cue = _any_of([p for _, p in cues])
    # pass 1: cue sentences (for issue discovery), pass 2: cells
    plan: list[tuple[ArticleView, _text.Sentence, list[tuple[str, str]]]] = []

    def actor_hits(text: str) -> list[_ActorHit]:
        """Actors named in a sentence, outside the issue phrases ("NATO membership" is an issue)."""
        hits = actors_in(text)
        if not hits or not any_seed.search(text):
            return hits
        issue_spans = [(m.start(), m.end()) for pats in seeds.values() for p in pats for m in p.finditer(text)]
        return [h for h in hits if not any(a <= h.start < b for a, b in issue_spans)]

    for view in ctx.views.values():
        recent = _RecentActor(actor_hits)
        for s in _text.merge_quoted(view.sentences, view.quotes, view.article.body):
            if not any_cue.search(s.text):
                recent.passed(s.text)
                continue
            speaker = next((ctx.entity_names.get(f"{q.article}:{q.speaker_start}") or q.speaker
                            for q in view.quotes if s.start <= q.start < s.end and q.speaker), None)
            hits = actor_hits(s.text)
            speaker_actor = None
            if speaker:
                sp_hits = actors_in(speaker)
                if sp_hits:
                    speaker_actor = sp_hits[-1].actor
                elif speaker.split()[0].lower() in ("he", "she", "they", "it"):
                    speaker, speaker_actor = None, recent.actor()
            candidates: list[tuple[int, int, str, str]] = []  # (cue start, priority, actor, position)
            for prio, (pos, pat) in enumerate(cues):
                for m in pat.finditer(s.text):
                    before = s.text[max(0, m.start() - 40): m.start()]
                    negated = bool(_NEGATION_RE.search(" ".join(before.split()[-NEGATION_WINDOW:])))
                    position = pos
                    if negated and pos in ("supports", "proposes"):
                        position = "opposes"
                    elif negated and pos == "demands":
                        continue
                    elif pos == "supports" and _CONDITION_RE.search(s.text, m.end()):
                        position = "conditional"
                    for actor in _cue_actors(s.text, m.start(), hits, speaker, aff, recent.actor, speaker_actor, kn.demonyms):
                        candidates.append((m.start(), prio, actor, position))
            # per actor, the earliest cue is the main verb ("rejected any demand to ..." opposes)
            found: dict[str, str] = {}
            for _, _, actor, position in sorted(candidates):
                found.setdefault(actor, position)
            if hits and not _PRONOUN_RE.match(s.text):
                recent.known(hits[0].actor)
            if found:
                plan.append((view, s, list(found.items())))
    sources = {ctx.group_of(a) for a in ctx.views}
    if cfg.discover_issues and plan and len(sources) >= DISCOVERED_MIN_ARTICLES:  # else none can recur
        seeds = {**seeds, **_discover(ctx, [s.text for _, s, _ in plan], seeds)}
    cells: dict[tuple[str, str, str, str | None], list[Evidence]] = {}
    issue_res = {issue: _any_of(pats) for issue, pats in seeds.items()}
    for view, s, found in plan:
        issues = [issue for issue, pat in issue_res.items() if pat.search(s.text)]
        date = _sentence_date(view, s.start, s.end)
        for actor, position in found:
            for issue in issues:
                ev = cells.setdefault((actor, issue, position, date), [])
                ev.append(Evidence(s.article, s.start, s.end))
    ordered = sorted(cells.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][3] or "", kv[0][2]))
    return [Stance(id=f"{ctx.story.id}-stance{n}", story=ctx.story.id, actor=a, issue=i, position=p, date=d, evidence=ev)
            for n, ((a, i, p, d), ev) in enumerate(ordered)]


class _RecentActor:
    """The actor of the latest sentence that names one and does not open with a pronoun
    ("He rejected ..." refers back to it), worked out only when asked: most sentences carry
    no position cue, and finding actors is the costly part of reading a sentence."""

    def __init__(self, hits_of: Callable[[str], list[_ActorHit]]) -> None:
        self._hits_of = hits_of
        self._pending: list[str] = []  # sentences read since ``_known`` was set, not yet examined
        self._known: str | None = None

    def passed(self, text: str) -> None:
        self._pending.append(text)

    def known(self, actor: str) -> None:
        """The sentence just read names ``actor`` as its first actor (and opens with no pronoun)."""
        self._pending.clear()
        self._known = actor

    def actor(self) -> str | None:
        for text in reversed(self._pending):
            hits = self._hits_of(text)
            if hits and not _PRONOUN_RE.match(text):
                self._known = hits[0].actor
                break
        self._pending.clear()
        return self._known


def _cue_actors(text: str, cue_at: int, hits: list[_ActorHit], speaker: str | None, aff: dict[str, str],
                last_actor: Callable[[], str | None], speaker_actor: str | None,
                demonyms: dict[str, str] | None = None) -> list[str]:
    """Who a cue belongs to, first rule that applies:

    1. a possessor right before it ("Putin's demand");
    2. a demonym adjective right before a cue noun ("a Helvorian proposal");
    3. the nearest actor before it that is not the object of a preposition ("guarantees
       from Helvoria ... he rejected" is not Helvoria rejecting); both of "A and B";
    4. the quotation's speaker;
    5. the previous sentence's actor for "He ...", else the first actor of the sentence
       that is not an object, else the previous sentence's actor.

    ``last_actor`` is called only when rule 5 needs it: finding it may mean reading back.
    """
    head = text[max(0, cue_at - 40): cue_at]
    poss = re.search(r"([A-Z][\w-]+)[’']s\s+(?:[a-z-]+\s+)?$", head)
    if poss:
        for h in hits:
            if h.end <= cue_at and text[h.start:h.end].endswith(poss.group(1)):
                return [h.actor]
    adj = re.search(r"\b(?:a|an|the|its|their)\s+([A-Z][a-z]+)\s+$", head)
    if adj and demonyms and adj.group(1).lower() in demonyms:
        return [demonyms[adj.group(1).lower()]]
    subjects = [h for h in hits if not _OBJECT_RE.search(text[max(0, h.start - 12): h.start])]
    before = [h for h in subjects if h.end <= cue_at]
    if before:
        last = before[-1]
        out = [last.actor]
        if len(before) > 1 and re.fullmatch(r"\s+and\s+", text[before[-2].end:last.start]):
            out.insert(0, before[-2].actor)  # "Saldovia and Corvania agreed"
        return out
    if speaker_actor:
        return [speaker_actor]
    if speaker:
        return [aff.get(_key(speaker), speaker)]
    if _PRONOUN_RE.match(text) and (previous := last_actor()):
        return [previous]
    if subjects:
        return [subjects[0].actor]
    previous = last_actor()
    return [previous] if previous else []


# an actor right after one of these is an object ("guarantees from Helvoria"), not who acts
_OBJECT_RE = re.compile(r"\b(?:from|to|with|against|on|over|for|by|into|toward|towards|of|at|than)\s+(?:the\s+)?$", re.I)
