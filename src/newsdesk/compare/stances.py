"""Stances: which party takes which position on which issue of the story, when, with evidence.

:func:`find` reads a :class:`~newsdesk.compare._context.StoryContext` and returns one
:class:`~newsdesk.model.Stance` cell per actor × issue × time slice. Only utterances (quoted
sentences joined, :func:`~newsdesk.compare._text.merge_quoted`) that hold a position cue are
read, so the cost follows the cue sentences, not the story's length.

1. **Positions** (this module). Cues are generic English (``data/positions.json``): verbs
   ("demanded", "rejected", "proposed", "backs", "agreed to"), states ("is ready to", "is
   open to"), nouns with a holder written on them ("Putin's demand that", "a Helvorian
   proposal to", "his refusal to"). Negation turns support into opposition ("would not
   accept") and cancels a demand ("no longer insisting"); a red line ("would not sign any
   agreement that left troops in the valley") is a demand; a support with a condition after
   it ("would accept a moratorium if", "as long as", "in exchange for") or a hedge ("could
   accept") is conditional; "insist" with a clause is a demand only when the clause is one
   ("insisted that any ceasefire must ..."), else a claim of fact.
2. **Actors** (:mod:`~newsdesk.compare.actors`): the grammatical subject of a verb cue, the
   owner of a noun cue, or the speaker of the quotation a cue is in ("we"), folded into the
   party the story says a person speaks for. Holders that name no party are dropped.
3. **Issues** (:mod:`~newsdesk.compare.issues`): the cue's object phrase; variants merged
   across the story and labelled by their most frequent head phrase; "the idea" / "that
   demand" refer back to the article's previous position of that kind; "the project" / "the
   deal" to the issue the story names in full (``_matter_issue``).
4. **Cells.** One per actor × issue × time slice (the article's date: published, else the
   date line at its top). Evidence from undated articles joins the latest dated slice of the same position.
   Several positions of one actor on one issue in one slice are resolved to one: the one
   reported by more independent sources (copies count once), then by more evidence, then
   the more specific (demands, opposes, proposes, supports). A conditional acceptance
   ("would accept X if Y") is a cell of its own beside that flat position. Different
   positions in different slices stay: a change over time, each with its date.
"""
from __future__ import annotations

import bisect
import dataclasses
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from newsdesk.compare import text as _text
from newsdesk.compare import actors as _actors
from newsdesk.compare import issues as _issues
from newsdesk.compare.story import ArticleView, StoryContext
from newsdesk.compare._phrases import (AUXILIARIES, CLAUSE_WORDS, DETERMINERS, NEGATIONS, PERSONAL_PRONOUNS, POSSESSIVE_PRONOUNS,
                                       PREPOSITIONS, REPORTING, Tok, is_time, ly_adverb, tokens)
from newsdesk.compare.config import CompareConfig
from newsdesk.model import Evidence, Stance
from newsdesk.patterns import folded, folded_gate, word_alternation

POSITIONS = ("conditional", "demands", "opposes", "proposes", "supports")
_SPECIFIC = {p: n for n, p in enumerate(POSITIONS)}  # tie-break order: the more specific position first
_NOT = NEGATIONS - {"no", "nor", "without", "longer"}  # words that negate the verb right after them ("not", "won't")
NEGATION_WINDOW = 3  # tokens before a cue in which "not"/"never"/"no longer" negates it
OBLIGATION_SUBJECT_WORDS = 6  # "(argued that) the city's new fare cap should": the subject before the modal is short
HEDGE_WINDOW = 3  # tokens before a cue in which "could"/"might" make an acceptance conditional
WANT_OBJECT_WORDS = 8  # words of the party wanted to act before its "to" ("wants patients and night staff to be exempted")
STANDALONE_POSITIONS = ("demands", "proposes")  # a party's own ask names an issue even when said once
ANAPHORA_SENTENCES = 2  # "it" / "that" refers to a position taken at most this many sentences before
KIND_ANAPHORA_SENTENCES = 4  # "the demand" / "the idea": the last of that kind, a paragraph away (a quote may come between)
MATTER_SENTENCES = 3  # "the bill" refers to a proposal at most this many sentences before (a paragraph or so)
_POINTING = frozenset(("this", "that", "these", "those"))  # determiners that point back ("those shifts")


def _pointing_noun(toks: tuple[Tok, ...], i: int) -> bool:
    """A noun after a pointing determiner ("those *shifts*"), not a participle or a function word
    ("want this resolved": the pronoun "this")."""
    return i < len(toks) and toks[i].word and not toks[i].cap and not toks[i].low.endswith(("ed", "en")) \
        and toks[i].low not in DETERMINERS and toks[i].low not in PREPOSITIONS and toks[i].low not in AUXILIARIES
_DEMONSTRATIVES = frozenset(("this", "that"))  # a pointing pronoun with nothing before it points at the story's matter
DATELINE_CHARS = 200  # a date this close to the top of an undated article is its date line
_RELATIVE = ("that", "which", "where", "whereby")
# verbs of giving that state a position only as a pledge or a refusal ("will pay", "will not
# pay", "agreed to pay", "refuses to pay"); a bare "paid" or "must pay" is a fact or another's demand
_PLEDGE_VERBS = frozenset({"pay"})


# --------------------------------------------------------------------------- the cue lexicon

@dataclass(slots=True, frozen=True)
class Cue:
    words: tuple[str, ...]  # surface form, lower case
    position: str
    lemma: str
    kind: str  # verb | state | noun | judgement


@dataclass(slots=True, frozen=True)
class Lexicon:
    by_first: dict[str, tuple[Cue, ...]]  # first word -> cues starting with it, longest first
    nouns: dict[str, Cue]  # noun cue forms
    any_cue: re.Pattern[str]  # finds the sentences that hold any cue
    judgement: re.Pattern[str]  # "X is not a compromise", "X would amount to a retreat"
    regard: re.Pattern[str]  # "viewed X as unacceptable"
    conditions: tuple[tuple[str, ...], ...]
    hedges: frozenset[str]
    assertive: frozenset[str]
    red_line_nouns: frozenset[str]
    control: frozenset[str]
    vague: frozenset[str]
    words: _issues.IssueWords
    owning_verbs: frozenset[str]
    non_assertive: tuple[tuple[str, ...], ...]
    blocking: tuple[tuple[str, ...], ...] = ()  # "urged the agency to *block* the merger": the urger opposes it
    document_verbs: frozenset[str] = frozenset()  # "introduce", "file": a proposal when their object is a document
    document_nouns: frozenset[str] = frozenset()  # "bill", "motion", "ordinance"
    directive: frozenset[str] = frozenset()  # "order", "expect": a demand only as "ordered X to do Y"
    approval: re.Pattern[str] = re.compile(r"(?!)")  # "X was the right decision": the speaker is for X
    nouns_for: frozenset[str] = frozenset()  # noun cues only before "for" ("a claim for", not "a claim that")


def _inflect(lemma: str) -> list[str]:
    """The forms of a regular verb ("propose" -> proposes, proposed, proposing)."""
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if re.search(r"[^aeiou]y$", lemma):
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]


def _forms(entry: str) -> tuple[str, list[str]]:
    """(lemma, surface forms) of a cue entry: "seek|seeks|sought", "insist on", "refuse"."""
    if "|" in entry:
        forms = entry.split("|")
        return forms[0].split()[0], forms
    first, _, rest = entry.partition(" ")
    return first, [f + (" " + rest if rest else "") for f in _inflect(first)]


def lexicon(cfg: CompareConfig) -> Lexicon:
    return _lexicon(json.dumps(cfg.position_cues, sort_keys=True), json.dumps(cfg.actor_roles, sort_keys=True))


_COPULA = r"(?:is|are|was|were|would\s+be|will\s+be|would\s+amount\s+to|amounts?\s+to)"


@lru_cache(maxsize=8)
def _lexicon(cues_json: str, roles_json: str) -> Lexicon:
    data: dict[str, Any] = json.loads(cues_json)
    roles: dict[str, Any] = json.loads(roles_json)
    cues: list[Cue] = []
    nouns: dict[str, Cue] = {}
    for kind, table in (("verb", data.get("verbs", {})), ("state", data.get("states", {}))):
        for position, entries in table.items():
            for entry in entries:
                lemma, forms = _forms(entry) if kind == "verb" else (entry, [entry])
                cues += [Cue(tuple(f.lower().split()), position, lemma, kind) for f in forms]
    nouns_for: set[str] = set()
    for table_name in ("nouns", "nouns_for"):
        for position, entries in data.get(table_name, {}).items():
            for entry in entries:
                forms = entry.split("|")
                for f in forms:
                    nouns[f.lower()] = Cue((f.lower(),), position, forms[0], "noun")
                    if table_name == "nouns_for":
                        nouns_for.add(f.lower())
    by_first: dict[str, list[Cue]] = {}
    for c in cues:
        by_first.setdefault(c.words[0], []).append(c)
    table = {k: tuple(sorted(v, key=lambda c: -len(c.words))) for k, v in by_first.items()}
    judgements = [re.escape(j.split(" ", 1)[1]).replace(r"\ ", r"\s+") for j in data.get("judgements", [])]
    approvals = [re.escape(j.split(" ", 1)[1]).replace(r"\ ", r"\s+") for j in data.get("approvals", [])]
    # the lookaheads hold the first letters of the copulas / regard verbs: no match changes, the engine skips other places
    judgement = re.compile(r"(?=[iaw])\b" + _COPULA + r"\s+[“\"‘']?(?:" + "|".join(judgements or ["(?!)"]) + r")\b", re.I)
    approval = re.compile(r"(?=[iaw])\b" + _COPULA + r"\s+[“\"‘']?(?:" + "|".join(approvals or ["(?!)"]) + r")\b", re.I)
    first_words = set(table) | set(nouns) | {"no"} | {f for v in data.get("document_verbs", []) for f in _forms(v)[1]} | _PLEDGE_VERBS \
        | set(_PROVIDING) | _KEEPING_VERBS | _ENDING
    # one trie of the cues' first words finds the sentences worth reading (most are not)
    pattern = re.compile(r"\b(?:" + word_alternation(tuple(sorted(first_words))) + r")\b"
                         + (r"|" + judgement.pattern if judgements else "")
                         + (r"|" + approval.pattern if approvals else ""), re.I)
    conditions = tuple(sorted((tuple(c.split()) for c in data.get("conditions", [])), key=len, reverse=True))
    words = _issues.issue_words(tuple(data.get("light_nouns", [])), tuple(data.get("anaphoric_nouns", [])),
                                tuple(data.get("light_verbs", [])), tuple(data.get("conditions", [])),
                                tuple(data.get("red_line_nouns", [])), tuple(data.get("reversing_verbs", [])))
    verdicts = [re.escape(j.split(" ", 1)[1]).replace(r"\ ", r"\s+") for j in data.get("judgements", [])
                if not j.startswith("is not")]
    # "viewed the changes as unacceptable"; "called the bypass unnecessary", "described the plan as unworkable"
    regard = re.compile(r"(?=[vsrcdbl])\b(?:(?:views?|viewed|sees?|saw|regards?|regarded|considers?|considered)\s+"
                        r"(?P<obj>[^.;:,“”\"]{3,90}?)\s+as|(?:calls?|called|calling|describes?|described|describing|brands?|"
                        r"branded|branding|labell?ed|labels?)\s+(?P<obj2>(?:the|a|an|its|their|this|that)\s[^.;:,“”\"]{2,90}?)"
                        r"(?:\s+as)?)\s+(?:" + "|".join(verdicts or ["(?!)"]) + r")\b", re.I)
    return Lexicon(table, nouns, pattern, judgement, regard, conditions, frozenset(data.get("hedges", [])),
                   frozenset(data.get("assertive", [])), frozenset(data.get("red_line_nouns", [])),
                   frozenset(roles.get("control", [])), frozenset(data.get("vague_holders", [])), words,
                   frozenset(data.get("owning_verbs", [])),
                   tuple(tuple(x.split()) for x in data.get("non_assertive", [])),
                   tuple(sorted((tuple(x.split()) for x in data.get("blocking_verbs", [])), key=len, reverse=True)),
                   frozenset(f for v in data.get("document_verbs", []) for f in _forms(v)[1]),
                   frozenset(data.get("document_nouns", [])),
                   frozenset(data.get("directive_verbs", [])), approval, frozenset(nouns_for))


# --------------------------------------------------------------------------- claims

@dataclass(slots=True)
class Claim:
    """One position cue read in one utterance: who (holder span), what (object), how."""

    view: ArticleView
    sent: _text.Sentence
    toks: tuple[Tok, ...]
    cue: Cue
    at: int  # token index of the cue
    position: str
    holder: tuple[int, int] | None  # token span; None: the speaker or the reporting subject holds it
    obj: _issues.ObjectPhrase
    actors: list[str] = field(default_factory=list)
    issue: int | None = None
    reported: tuple[int, int] | None = None  # who reports a named holder's position, when another says it


OWNED_MODIFIER_WORDS = 2  # "lodged (formal) (written) objections": adjectives between the verb and its noun cue


def _owned_by_verb(toks: tuple[Tok, ...], k: int, lex: Lexicon) -> bool:
    """Is the noun cue at ``k`` the object of a verb that gives it its holder ("reiterated demands",
    "lodged written objections"): the verb right before it or before one or two adjectives."""
    j = k - 1
    while j >= 0 and k - 1 - j < OWNED_MODIFIER_WORDS and toks[j].word and not toks[j].cap \
            and toks[j].low not in DETERMINERS and toks[j].low not in PREPOSITIONS and toks[j].low not in lex.owning_verbs \
            and toks[j].low.endswith(("en", "ed", "al", "ous", "ive", "ful", "ic")):
        j -= 1
    return j >= 0 and toks[j].low in lex.owning_verbs


def _match(toks: tuple[Tok, ...], k: int, lex: Lexicon) -> tuple[Cue, int] | None:
    """The verb or state cue starting at token ``k`` and the index after it; a particle may
    follow a time phrase ("agreed on Monday to a ceasefire"), a tally ("voted 14-3 for") or an
    adverb ("voted overwhelmingly against")."""
    for cue in lex.by_first.get(toks[k].low, ()):
        if cue.words == ("back",) and (k == 0 or toks[k - 1].low not in _BASE_VERB_BEFORE
                                       and not (toks[k - 1].low == "only" and k > 1 and toks[k - 2].low in _BASE_VERB_BEFORE)):
            continue  # "back" is a verb only after "to" or a modal ("to back the call", "would only back"), else "go back"
        if toks[k].low in _BACK_FORMS and _backs_onto(toks, k):
            continue  # "a street which backs onto the farm": where it lies, not support
        j = k + 1
        ok = True
        for w in cue.words[1:]:
            skipped = 0
            while j < len(toks) and toks[j].low != w and skipped < 3 and (is_time(toks[j]) or toks[j].low in ("on",)
                                                                          or toks[j].text[:1].isdigit() or toks[j].text == "-"
                                                                          or ly_adverb(toks[j].low)):  # "voted overwhelmingly against"
                j += 1
                skipped += 1
            if j < len(toks) and toks[j].low == w:
                j += 1
            else:
                ok = False
                break
        if ok:
            return cue, j
    return None


_BACK_FORMS = frozenset("back backs backed backing".split())


def _backs_onto(toks: tuple[Tok, ...], k: int) -> bool:
    """"backs onto the farm", "backing on to the river": a place's position, not a stance."""
    nxt = [t.low for t in toks[k + 1:k + 3]]
    return bool(nxt) and (nxt[0] in ("onto", "into") or nxt[:2] == ["on", "to"])


_SPECIAL_FIRST = frozenset("no sign signs signed accept support".split())  # refusals and red lines
_BASE_VERB_BEFORE = frozenset("to will would could can should must may might not n't did does do also".split()) | (_NOT - {"not", "never"})


def _noun_use(toks: tuple[Tok, ...], k: int, modified: bool = True) -> bool:
    """A cue word used as a noun: after a determiner or a possessive, or (``modified``) after
    an adjective after one ("a Helvorian proposal", "its long-standing bid")."""
    if k == 0:
        return False
    p = toks[k - 1]
    if p.low in DETERMINERS or p.possessive or p.low.endswith(("-floated", "-backed", "-drafted")):
        return True
    if modified and k >= 2 and (toks[k - 2].low in DETERMINERS or toks[k - 2].possessive) and p.word \
            and p.low not in NEGATIONS and p.low not in AUXILIARIES:
        return True
    return k >= 2 and p.low in ("floated", "backed") and toks[k - 2].text == "-"


def _verb_after_modal(toks: tuple[Tok, ...], k: int) -> bool:
    """A word that is both a noun cue and a verb cue ("support", "demand", "offer") read as
    the verb: right after "to", a modal or "not" ("would support", "voted to demand")."""
    j = k - 1
    while j >= 0 and (ly_adverb(toks[j].low) or toks[j].low in ("also", "still", "not", "never", "now", "only")):
        j -= 1  # "would now support": a reversal; "would only back the plan if": a condition
    return j >= 0 and toks[j].low in _MODAL_OR_TO and not toks[k].low.endswith("s")  # "bowed to demands": a noun


_MODAL_OR_TO = frozenset("to will would could can should must may might shall do does did".split()) | (_NOT - {"not", "never"})  # "won't support", "does not support"


def _window(toks: tuple[Tok, ...], k: int, words, n: int) -> bool:
    return any(t.low in words for t in toks[max(0, k - n):k])


def _in_condition(toks: tuple[Tok, ...], k: int, lex: Lexicon) -> bool:
    """Whether token ``k`` stands in a condition clause ("as long as Saldovia accepted ...")
    or under an opener that asserts nothing ("no indication that Putin is willing to")."""
    for j in range(k - 1, -1, -1):
        t = toks[j]
        if _issues.starts_condition(toks, j, lex.non_assertive):
            return True
        if t.text in (",", ";", "—", "–", ":", ".") or t.low in ("but", "and"):
            return False
        if _issues.starts_condition(toks, j, lex.conditions) or t.low in _NOT_YET:
            return True
    return False


_NOT_YET = frozenset("until till before".split())  # "(a protest that will last) until the minister agrees to meet them": not yet


def read_claims(view: ArticleView, s: _text.Sentence, lex: Lexicon) -> list[Claim]:
    """Every position cue of one utterance with its holder span, object and position."""
    toks = tokens(s.text)
    out: list[Claim] = []
    k = 0
    while k < len(toks):
        low = toks[k].low
        if low in lex.document_verbs and not _noun_use(toks, k, modified=False):
            out += _document_claims(view, s, toks, k, lex)
        if low in _KEEPING_VERBS:
            out += _kept_claims(view, s, toks, k, lex)  # "would not abandon the sale" (the plain verb is read below)
        if low in _PLEDGE_VERBS:
            out += _pledge_claims(view, s, toks, k, lex)
        elif low in _CONDITIONAL_ACTS:
            out += _conditional_act_claims(view, s, toks, k, lex)
        elif low in _PROVIDING:
            out += _pledged_act_claims(view, s, toks, k, lex)
        elif low in _ENDING:
            out += _announced_end_claims(view, s, toks, k, lex)
        elif low in _VOTED:
            out += _vote_claims(view, s, toks, k, lex)
        elif low in ("would", "will") and k + 2 < len(toks) and toks[k + 1].low == "be":
            out += _done_on_terms(view, s, toks, k, lex)
        elif low in _SAYING_TO:
            out += _obligation_claims(view, s, toks, k, lex)
        elif low == "unless":
            out += _unless_claims(view, s, toks, k, lex)
        elif low == "until":
            out += _until_claims(view, s, toks, k, lex)
        if low not in lex.by_first and low not in lex.nouns and low not in _SPECIAL_FIRST:
            k += 1
            continue
        noun = lex.nouns.get(low)
        if low in lex.nouns_for and (k + 1 >= len(toks) or toks[k + 1].low != "for"):
            k += 1  # "its claim that the ground was worse": an assertion, not a claim for something
            continue
        if noun is not None and (_noun_use(toks, k) or _owned_by_verb(toks, k, lex)):
            if not _given_up(toks, k, lex):
                out += _noun_claims(view, s, toks, k, noun, lex)
            elif noun.position == "opposes":
                out += _objection_dropped(view, s, toks, k, noun, lex)
            k += 1
            continue
        if toks[k].cap and k > 0 and toks[k - 1].cap and toks[k - 1].word:
            k += 1  # "Allied Press Service": a word of a name, not the verb "press"
            continue
        verb_use = noun is None or _verb_after_modal(toks, k) \
            or k > 0 and toks[k - 1].low in ("we", "they", "i", "you")  # "would support", "to demand that", "We support"
        hit = _match(toks, k, lex) if verb_use and not _noun_use(toks, k, modified=False) else None
        if hit is None and low in ("sign", "signs", "signed", "accept", "support") and _window(toks, k, NEGATIONS, NEGATION_WINDOW):
            red = _red_line(toks, k + 1, lex)  # "would not sign any agreement that left troops in the valley"
            if red is not None:
                cue = Cue((low,), "demands", "sign", "verb")
                out.append(Claim(view, s, toks, cue, k, "demands", _actors.holder_span(toks, k), red))
        if hit is None:
            if low == "no" and (k == 0 or not toks[k - 1].word):
                out += _refusals(view, s, toks, k, lex)
            k += 1
            continue
        cue, nxt = hit
        if not _in_condition(toks, k, lex) and _finite(toks, k, cue):
            out += _verb_claims(view, s, toks, k, nxt, cue, lex)
        elif k > 0 and toks[k - 1].low == "in" and toks[k].low.endswith("ing") and not _in_condition(toks, k, lex):
            out += _joined_in(view, s, toks, k, nxt, cue, lex)
        k = nxt
    for m in lex.judgement.finditer(s.text):
        out += _judgement(view, s, toks, m.start(), lex)
    for m in lex.approval.finditer(s.text):
        out += _judgement(view, s, toks, m.start(), lex, "supports")
    for m in lex.regard.finditer(s.text):
        out += _regard(view, s, toks, m, lex)
    for m in _RUINOUS_RE.finditer(s.text):
        out += _judgement(view, s, toks, m.start(), lex)  # "says a 55-decibel cap would make it impossible to ..."
    for m in _PREFERRED_RE.finditer(s.text):
        out += _preferred(view, s, toks, m, lex)
    for m in _CALLED_BEST_RE.finditer(s.text):
        out += _called_best(view, s, toks, m, lex)
    return [x for c in out for x in _in_favour_of(_by_means(c, lex), lex)]


_MEANS_PREPS = frozenset("through via by for".split())
_EMPTY_OBJECTS = frozenset("that this it them up out".split())  # "raising that", "cough up": no thing of their own


def _by_means(c: Claim, lex: Lexicon) -> Claim:
    """"proposed raising that through a coastal levy", "wants the council to cough up for a sea
    wall": an act whose own object is a pronoun or a particle is about the thing after
    "through"/"by"/"for" (the levy, the sea wall); any other claim as it is."""
    o, t = c.obj, c.toks
    if not o.verb_phrase or o.end - o.start < 4:
        return c
    i = o.start + 1
    if t[i].low not in _EMPTY_OBJECTS:
        return c
    while i < o.end and t[i].low in _EMPTY_OBJECTS:
        i += 1
    if i >= o.end - 1 or t[i].low not in _MEANS_PREPS:
        return c
    thing = _issues.object_span(t, i + 1, lex.words)
    if thing is None or thing.anaphoric or thing.verb_phrase:
        return c
    return dataclasses.replace(c, obj=thing)


def _in_favour_of(c: Claim, lex: Lexicon) -> list[Claim]:
    """"wants the council to drop the breed ban in favour of a dangerous-dog programme": against
    the ban, and for the programme put in its place (what the holder proposes instead)."""
    if c.position != "opposes":
        return [c]
    t = c.toks
    k = next((k for k in range(c.obj.start + 1, c.obj.end - 3) if t[k].low == "in" and t[k + 1].low in ("favour", "favor")
              and t[k + 2].low == "of"), None)
    if k is None:
        return [c]
    instead = _issues.object_span(t, k + 3, lex.words)
    kept = dataclasses.replace(c, obj=dataclasses.replace(c.obj, end=k))
    if instead is None or instead.end > c.obj.end:
        return [kept]
    return [kept, dataclasses.replace(c, position="proposes", obj=instead)]


_VOTED = frozenset("voted votes vowed vows".split())  # "vowed to block the levy": a pledge to undo it (see _vote_claims)
_VOTED_RE = r"\b(?:vot(?:ed|es)|vow(?:ed|s))\b"
VOTED_WORDS = 8  # words between "voted" and its "to" ("5-0 on Thursday morning")


def _vote_claims(view, s, toks, k: int, lex: Lexicon) -> list[Claim]:
    """"The commission voted 5-0 on Thursday to declare a local emergency": the body is for the
    act it voted for. An act that is itself a cue ("voted to oppose the cut") is read by that
    cue; "voted against", "voted for" are cues of their own."""
    to = next((j for j in range(k + 1, min(len(toks) - 1, k + 2 + VOTED_WORDS)) if toks[j].low == "to"), None)
    if to is None or any(not t.word and t.text != "-" for t in toks[k + 1:to]) or _window(toks, k, NEGATIONS, NEGATION_WINDOW):
        return []
    v = to + 1
    blocked = _blocking(toks, v, lex)
    if blocked is not None and _match(toks, v, lex) is None:  # "voted to shelve the ferry levy": against the levy
        obj = _issues.object_span(toks, blocked, lex.words)
        if obj is None or obj.verb_phrase or obj.anaphoric:
            return []
        cue = Cue((toks[k].low,), "opposes", "vote", "verb")
        holder = _actors.holder_span(toks, k)
        return [Claim(view, s, toks, cue, k, "opposes", holder, obj, reported=_reported_by(toks, holder))]
    if toks[k].low not in ("voted", "votes") or not toks[v].word or toks[v].cap or toks[v].low in _issues.STOPWORDS \
            or _match(toks, v, lex) is not None or toks[v].low in lex.nouns:
        return []  # a vow is read only as one to undo a thing ("vowed to fight on", "vowed to raise it": no issue)
    obj = _issues._finish(toks, v, lex.words, verb_phrase=True)
    if obj is None or obj.end - obj.start < 2:
        return []
    cue = Cue((toks[k].low,), "supports", "vote", "verb")
    holder = _actors.holder_span(toks, k)
    return [Claim(view, s, toks, cue, k, "supports", holder, obj, reported=_reported_by(toks, holder))]


# what a party offers when it speaks rather than proposes ("offered mixed views", "offered its
# condolences", "offered an explanation"); general English
_SAID_THINGS = frozenset("""view views opinion opinions comment comments thought thoughts condolence condolences
apology apologies explanation explanations assessment assessments reassurance reassurances testimony
praise criticism tribute tributes sympathy sympathies prayers insight insights perspective perspectives
analysis reaction reactions remarks observations advice update updates details information briefing briefings""".split())
# verbs of intending whose negation reaches the cue after their "to" ("did not currently plan to offer X")
_MEANING_TO = frozenset("plan plans planned intend intends intended mean means meant".split())
_SAYING = frozenset("said says".split())
SUBJECT_WORDS = 8  # words of the thing a party says would be done ("an evacuation warning for the town of X")


def _done_on_terms(view, s, toks, k: int, lex: Lexicon) -> list[Claim]:
    """"The authority said the report would be published once it had been reviewed", "the
    sheriff said an evacuation warning would be upgraded if the wind shifted": the one who says
    so holds a conditional position on the thing done."""
    v = k + 2
    if not toks[v].word or not (toks[v].low.endswith(("ed", "en")) or toks[v].low in _PARTICIPLES):
        return []
    conditions = tuple(c for c in lex.conditions if c != ("unless",)) + _ACT_CONDITIONS
    if not _condition_after(toks, v + 1, conditions):
        return []
    said = next((j for j in range(k - 1, max(-1, k - 3 - SUBJECT_WORDS), -1) if toks[j].low in _SAYING), None)
    if said is None:
        return []
    a = said + 1 + (toks[said + 1].low == "that")
    if a >= k or toks[a].low not in ("the", "a", "an", "its", "their", "any") \
            or any(not t.word or t.low in _issues_PREPS - {"of", "for"} or t.low in AUXILIARIES for t in toks[a + 1:k]):
        return []
    holder = _actors.holder_span(toks, said)
    if holder is None:
        return []
    cue = Cue((toks[v].low,), "conditional", "done", "verb")
    return [Claim(view, s, toks, cue, v, "conditional", holder, _issues.ObjectPhrase(a, k))]


_JOINING = frozenset("join joins joined joining".split())
JOINED_WORDS = 8  # words of the party joined ("the National Growers' Union") before "in"


def _joined_in(view, s, toks, k: int, nxt: int, cue: Cue, lex: Lexicon) -> list[Claim]:
    """"The guild has joined the Fenmoor Farmers Union in opposing the levy": both hold the
    position, the one who joined and the one joined."""
    if k < 3 or toks[k - 1].low != "in":
        return []
    joined = next((j for j in range(k - 2, max(-1, k - 3 - JOINED_WORDS), -1) if toks[j].low in _JOINING), None)
    if joined is None or not all(t.word for t in toks[joined + 1:k - 1]):
        return []
    claims = _verb_claims(view, s, toks, k, nxt, cue, lex)
    holders = [h for h in (_actors.holder_span(toks, joined), (joined + 1, k - 1)) if h is not None and h[1] > h[0]]
    return [dataclasses.replace(c, holder=h, reported=None) for c in claims for h in holders]


_PLEDGING = frozenset("will would 'll wo".split())
_PLEDGING_TO = {"agreed": "supports", "agrees": "supports", "offered": "proposes", "offers": "proposes",
                "promised": "supports", "promises": "supports", "refused": "opposes", "refuses": "opposes",
                "declined": "opposes", "declines": "opposes"}


def _pledge_claims(view, s, toks, k: int, lex: Lexicon) -> list[Claim]:
    """"has said it will not pay the cash compensation" (opposes it), "will pay statutory
    compensation" (supports it), "refused to pay the levy" (opposes it)."""
    j, negated = k - 1, False
    while j >= 0 and (toks[j].low in _NOT or toks[j].low in ("now", "also", "still", "then") or ly_adverb(toks[j].low)):
        negated = negated or toks[j].low in _NOT
        j -= 1
    if j < 0:
        return []
    if toks[j].low in _PLEDGING:
        position = "opposes" if negated else "supports"
    elif toks[j].low == "to" and j >= 1 and toks[j - 1].low in _PLEDGING_TO and not negated:
        position = _PLEDGING_TO[toks[j - 1].low]
        j -= 1
    else:
        return []
    if _in_condition(toks, k, lex) or _window(toks, j, NEGATIONS, NEGATION_WINDOW) and toks[j].low not in _PLEDGING:
        return []
    obj = _issues.object_span(toks, k + 1, lex.words)
    if obj is None or obj.verb_phrase or obj.anaphoric or _price(toks, obj):
        return []
    if _paid_people(toks, obj, lex):  # "will not pay criminals": the paying is the issue, not the people paid
        obj = _issues.ObjectPhrase(k, obj.end, verb_phrase=True)
    if position in ("supports", "proposes") and _condition_after(toks, k + 1, lex.conditions):
        position = "conditional"  # "will pay for any overruns as long as the city grants ..."
    cue = Cue((toks[k].low,), position, "pay", "verb")
    holder = _actors.holder_span(toks, j if toks[j].low not in _PLEDGING else k)
    return [Claim(view, s, toks, cue, k, position, holder, obj, reported=_reported_by(toks, holder))]


# verbs of giving a thing up: "would not abandon the sale" pledges to keep it (for it)
_KEEPING_VERBS = frozenset("abandon drop scrap shelve withdraw cancel ditch".split())


def _kept_claims(view, s, toks, k: int, lex: Lexicon) -> list[Claim]:
    """"said the association would not abandon the sale", "will not drop its bid": a pledge to
    keep the thing, for it (the plain "will drop X" is read by the cue lexicon, if at all)."""
    j = k - 1
    if j < 1 or toks[j].low not in _NOT or toks[j - 1].low not in _PLEDGING:
        return []
    if _in_condition(toks, k, lex):
        return []
    obj = _issues.object_span(toks, k + 1, lex.words)
    if obj is None or obj.verb_phrase or obj.clause:
        return []
    cue = Cue((toks[k].low,), "supports", toks[k].low, "verb")
    holder = _actors.holder_span(toks, j - 1)
    return [Claim(view, s, toks, cue, k, "supports", holder, obj, reported=_reported_by(toks, holder))]


def _paid_people(toks: tuple[Tok, ...], obj: _issues.ObjectPhrase, lex: Lexicon) -> bool:
    """Whether the object of "pay" is only the people paid ("criminals", "the hackers",
    "contractors"): one plural noun of people, with nothing paid named after it."""
    words = [t for t in toks[obj.start:obj.end] if t.word and t.low not in DETERMINERS]
    return len(words) == 1 and not words[0].cap and (_actors.people_noun(words[0].low) or words[0].bare in lex.vague)


# acts a party offers to do on terms ("would consider a later date if ...", "will cooperate
# with the review provided that ...", "would drop the lawsuit only if ..."): base verb -> the
# particle its object comes after ("" none). Only "will/would VERB X" with a condition after
# the object is read (a conditional acceptance of X); the bare act is a fact or a plan.
_CONDITIONAL_ACTS = {"consider": "", "cooperate": "with", "co-operate": "with", "participate": "in", "take": "part in",
                     "join": "", "drop": "", "honour": "", "honor": "", "publish": "", "release": "", "allow": "",
                     "permit": "", "carry": "out", "contribute": "to", "fund": "", "lift": "", "withdraw": "",
                     "reopen": "", "resume": "", "reconsider": "", "revisit": "", "restore": "", "waive": "",
                     "cover": "", "share": "", "grant": "", "commission": "", "hold": "", "call": "off",
                     "reinstate": ""}
# a condition of an act's timing counts here too ("would publish the valuation once ...")
_ACT_CONDITIONS = (("once",),)
_CONDITIONAL_ACT_RE = r"(?:\b(?:will|would|won[’']t|wouldn[’']t)|['’]ll)\s+(?:\w+\s+)?(?:" + "|".join(_CONDITIONAL_ACTS) + r")\b"
_REFUSING_MODALS = frozenset("won't won’t wouldn't wouldn’t".split())
_TAKING_PART = frozenset("take participate allow permit".split())  # "would take part in mediation", "will allow an outside team": for it, terms or none
_ACT_ADVERBS = frozenset("only also still then now gladly happily certainly".split())
_WEIGHING = frozenset("consider reconsider".split())  # "would not consider moving the depot": refused outright, against it


def _conditional_act_claims(view, s, toks, k: int, lex: Lexicon) -> list[Claim]:
    """"the council would consider a later date if the road is repaired": conditional on the
    act's object (see ``_CONDITIONAL_ACTS``); negated or unconditional: nothing."""
    j, refused = k - 1, False
    while j >= 0 and toks[j].low not in _REFUSING_MODALS and (toks[j].low in _ACT_ADVERBS or toks[j].low in _NOT
                                                                or ly_adverb(toks[j].low)):
        refused = refused or toks[j].low in _NOT
        j -= 1
    if j >= 0 and toks[j].low in _REFUSING_MODALS:
        refused = True  # "won't take part", "wouldn't consider"
    elif j < 0 or toks[j].low not in _PLEDGING and not toks[j].low.endswith(("'ll", "’ll")):
        return []
    refused = refused or _window(toks, j + 1, NEGATIONS, NEGATION_WINDOW)
    if refused and toks[k].low not in _TAKING_PART and toks[k].low not in _WEIGHING:
        return []
    i = k + 1
    while i < len(toks) and ly_adverb(toks[i].low):
        i += 1  # "would cooperate fully with"
    particle = _CONDITIONAL_ACTS[toks[k].low].split()
    if particle:
        if tuple(t.low for t in toks[i:i + len(particle)]) != tuple(particle):
            return []
        i += len(particle)
    if i < len(toks) and toks[i].low.endswith("ing"):  # "would consider contributing to the cost of X": X
        base = next((b for b in (toks[i].low[:-3], toks[i].low[:-3] + "e") if b in _CONDITIONAL_ACTS), None)
        inner = _CONDITIONAL_ACTS[base].split() if base is not None else None
        if inner is not None and tuple(t.low for t in toks[i + 1:i + 1 + len(inner)]) == tuple(inner):
            i += 1 + len(inner)
    if _in_condition(toks, j, lex):
        return []
    conditions = tuple(c for c in lex.conditions if c != ("unless",)) + _ACT_CONDITIONS
    position = "opposes" if refused else "conditional" if _condition_after(toks, i, conditions) else "supports"
    if position != "conditional" and toks[k].low not in _TAKING_PART and not (refused and toks[k].low in _WEIGHING):
        return []
    obj = _issues.object_span(toks, i, lex.words)
    if obj is None or obj.anaphoric and obj.light is None:
        return []
    head = lex.nouns.get(toks[obj.end - 1].low)
    if head is not None and head.position == "opposes":
        return []  # "would drop their objection if ...": read as an objection given up (_objection_dropped)
    cue = Cue((toks[k].low,), position, toks[k].low, "verb")
    holder = _actors.holder_span(toks, k)
    return [Claim(view, s, toks, cue, k, position, holder, obj, reported=_reported_by(toks, holder))]


# acts of providing something that a party pledges itself ("the trust said it would set up
# weekend clinics", "we will hire forty wardens"): base verb -> the particle after it ("" none)
# (not "create" or "open": "will create 1,900 jobs" is a benefit claimed, "will open the gates" an act)
_PROVIDING = {"set": "up", "lay": "on", "run": "", "launch": "", "provide": "", "establish": "", "hire": "",
              "build": "", "install": "", "extend": "", "expand": "", "appoint": ""}
_PLEDGING_SUBJECTS = frozenset("it they we".split())  # the party itself, not a person's own plans ("he will run")
PLEDGE_REPORT_WORDS = 4  # words between the reporting verb and the pledge's subject ("said on Monday that it")


# acts by which a party takes back what it gives ("pull its sponsorship", "withdraw its support")
_WITHDRAWING = frozenset("""pull withdraw suspend cut end stop halt freeze drop review reconsider""".split())
_PROTEST_NOUNS = frozenset("strike strikes walkout stoppage boycott blockade protest action".split())  # "called a strike ... unless"
_THREAT_WORDS = frozenset("will would 'll ’ll threatened threatens threatening threaten vowed vows warned warns".split())
_PASSIVE_BE = frozenset("is are was were be".split())
UNLESS_SUBJECT_WORDS = 10  # words of the unless-clause's subject before its passive ("the challans issued in April are")


def _unless_claims(view, s, toks, k: int, lex: Lexicon) -> list[Claim]:
    """"has called a strike for May 18 unless the challans are withdrawn", "will sue unless the
    increase is rolled back": a threat made unless something is done to a thing is a demand
    that it be done (against the thing, when the act undoes it). Only a passive unless-clause
    on a thing ("unless the plan is dropped"; not "unless they are contacted") and a main clause
    that threatens (a future or "threatened"); its subject holds the position."""
    start = max((i + 1 for i in range(k) if toks[i].text in (";", ":")), default=0)
    threat = next((i for i in range(start, k) if toks[i].low in _THREAT_WORDS or toks[i].low in _PROTEST_NOUNS), None)
    if threat is None or any(t.low in NEGATIONS for t in toks[threat:k]):
        return []  # "would not agree to longer shifts unless ...": a condition on a support (read elsewhere)
    be = next((i for i in range(k + 2, min(len(toks), k + 2 + UNLESS_SUBJECT_WORDS)) if toks[i].low in _PASSIVE_BE), None)
    if be is None or be + 1 >= len(toks) or not toks[be + 1].low.endswith(("ed", "wn", "en")) \
            or toks[k + 1].low in PERSONAL_PRONOUNS or not toks[be - 1].word:
        return _unless_undoing(view, s, toks, k, threat, start, lex)
    end = be + 2
    while end < len(toks) and toks[end].low in ("back", "down", "out", "off", "up"):
        end += 1  # "is rolled back"
    whole = _issues.ObjectPhrase(k + 1, end, skip=be)
    aux = next((i for i in range(start, threat + 1) if toks[i].low in AUXILIARIES or toks[i].low in _THREAT_WORDS), threat)
    holder = _actors.holder_span(toks, aux)
    if holder is None:
        return []
    withdrawn = next((i + 1 for i in range(threat, k - 1) if toks[i].low in _WITHDRAWING
                      and toks[i + 1].low in ("its", "their", "the")), None)
    if withdrawn is not None:
        # "would suspend its backing unless the dispute was settled": its backing is conditional
        obj = _issues.object_span(toks, withdrawn, lex.words)
        if obj is None or obj.end > k:
            return []
        cue = Cue(("unless",), "conditional", "unless", "verb")
        return [Claim(view, s, toks, cue, k, "conditional", holder, obj, reported=_reported_by(toks, holder))]
    cue = Cue(("unless",), "demands", "unless", "verb")
    undone = _undone(toks, _issues.ObjectPhrase(k + 1, end), lex)
    asked = [Claim(view, s, toks, cue, k, "demands", holder, whole, reported=_reported_by(toks, holder))]
    if undone is not None and not _position_noun(toks, undone, lex):  # the undoing asked for, and against the thing
        return asked + [Claim(view, s, toks, cue, k, "opposes", holder, undone, reported=_reported_by(toks, holder))]
    return asked


# participles of a thing done and over ("until the review has been completed / is finished")
_COMPLETED = frozenset("completed finished concluded published done delivered received carried held".split())
_UNTIL_BE = frozenset("is are was were be been has have had".split())
UNTIL_SUBJECT_WORDS = 8  # "until an independent review of Sunday's event (had been completed)"


def _until_claims(view, s, toks, k: int, lex: Lexicon) -> list[Claim]:
    """"would not grant a permit until an independent review had been completed", "no permit
    will be issued until that review is finished": an act withheld until a thing is done
    demands the thing. The refusal (a negation before "until" in its clause) is held by the
    subject of its verb, else (a "no X" subject) by whoever reports or says it."""
    start = max((i + 1 for i in range(k) if toks[i].text in (";", ":", "“", "”", '"')), default=0)
    neg = next((i for i in range(k - 1, start - 1, -1) if toks[i].low in ("not", "n't", "never", "no")), None)
    if neg is None or k >= 1 and toks[k - 1].low == "up":
        return []  # "up until": a time, not a condition
    be = next((i for i in range(k + 2, min(len(toks), k + 2 + UNTIL_SUBJECT_WORDS)) if toks[i].low in _UNTIL_BE
               or toks[i].low in _COMPLETED), None)
    if be is None or toks[k + 1].low in PERSONAL_PRONOUNS or not toks[be - 1].word:
        return []
    done = be
    while done < len(toks) and toks[done].low in _UNTIL_BE:
        done += 1
    if done >= len(toks) or toks[done].low not in _COMPLETED and toks[done].low != "complete":
        return []
    obj = _issues.ObjectPhrase(k + 1, be)
    if not any(t.word and t.low not in DETERMINERS for t in toks[k + 1:be]):
        return []
    if toks[neg].low == "no" or neg >= 1 and toks[neg - 1].low in ("should", "must"):
        # "no permit will be issued", "the agency should not decide ... until": the reporter's
        cue = Cue(("until",), "demands", "until", "judgement")
        return [Claim(view, s, toks, cue, k, "demands", None, obj)]
    aux = neg - 1 if neg >= 1 and (toks[neg - 1].low in AUXILIARIES or toks[neg - 1].low in MODALS_ALL) else None
    holder = _actors.holder_span(toks, aux) if aux is not None else None
    if holder is None:
        return []
    cue = Cue(("until",), "demands", "until", "verb")
    return [Claim(view, s, toks, cue, k, "demands", holder, obj, reported=_reported_by(toks, holder))]


MODALS_ALL = frozenset("will would can could shall should may might must".split())


UNLESS_ACTOR_WORDS = 4  # "unless (the) management / the state government rules out ...": a short subject


def _unless_undoing(view, s, toks, k: int, threat: int, start: int, lex: Lexicon) -> list[Claim]:
    """"would ballot members for strike action unless management rules out compulsory
    redundancies": a threat made unless another party undoes a thing (an active unless-clause
    whose verb blocks: "rules out", "scraps", "withdraws") opposes the thing."""
    for v in range(k + 2, min(len(toks), k + 2 + UNLESS_ACTOR_WORDS)):
        low = toks[v].low
        if not toks[v].word or toks[v].cap and v > k + 1 and not toks[v - 1].cap:
            return []
        for words in lex.blocking:
            if _issues._verb_form(low, words[0]) and low != words[0] and all(
                    v + n < len(toks) and toks[v + n].low == w for n, w in enumerate(words[1:], 1)):
                obj = _issues.object_span(toks, v + len(words), lex.words)
                aux = next((i for i in range(start, threat + 1) if toks[i].low in AUXILIARIES or toks[i].low in _THREAT_WORDS), threat)
                holder = _actors.holder_span(toks, aux)
                if obj is None or holder is None or toks[obj.start].low in PERSONAL_PRONOUNS:
                    return []
                cue = Cue(("unless",), "opposes", "unless", "verb")
                return [Claim(view, s, toks, cue, k, "opposes", holder, obj, reported=_reported_by(toks, holder))]
    return []


def _pledged_act_claims(view, s, toks, k: int, lex: Lexicon) -> list[Claim]:
    """"The trust has said it will run weekend clinics", "it would set up a hardship fund once
    ...": a party's own pledge of a thing it provides proposes that thing (conditional with a
    condition after it). Only "said/announced (that) it will V X" or a quoted "we will V X":
    "crews will work through the night" or "the plant will open in May" pledge nothing."""
    j = k - 1
    while j >= 0 and (toks[j].low in _ACT_ADVERBS or ly_adverb(toks[j].low)):
        j -= 1
    if j < 1 or not (toks[j].low in _PLEDGING or toks[j].low.endswith(("'ll", "’ll"))) \
            or _window(toks, j + 1, NEGATIONS, NEGATION_WINDOW):
        return []
    subject = toks[j - 1] if toks[j].low in _PLEDGING else toks[j]
    if subject.low.split("'")[0].split("’")[0] not in _PLEDGING_SUBJECTS:
        return []
    before = j - 1 - (toks[j].low in _PLEDGING)
    reach = 0 if before >= 0 and toks[before].low == "that" else max(0, before - PLEDGE_REPORT_WORDS)  # "said X, and that it would"
    reported = before >= 0 and any(t.low in REPORTING or t.low in ("pledged", "promised") for t in toks[reach:before + 1])
    if not reported and subject.low != "we":
        return []
    i = k + 1
    particle = _PROVIDING[toks[k].low]
    if particle:
        if i >= len(toks) or toks[i].low != particle:
            return []
        i += 1
    if _in_condition(toks, j, lex):
        return []
    obj = _issues.object_span(toks, i, lex.words)
    if obj is None or obj.verb_phrase or obj.anaphoric or toks[obj.start].low in _OBJECT_PRONOUNS:
        return []
    purpose = next((n for n in range(obj.start + 1, obj.end) if toks[n].low == "to"), obj.end)
    start = i if all(t.word and t.low not in DETERMINERS and t.low not in _issues_PREPS for t in toks[i:obj.start]) else obj.start
    # "will run weekend clinics to catch up on ...": the weekend clinics (a time word that
    # modifies the thing is kept), not what they are for
    obj = _issues.ObjectPhrase(start, purpose)
    conditions = tuple(c for c in lex.conditions if c != ("unless",)) + _ACT_CONDITIONS
    position = "conditional" if _condition_after(toks, i, conditions) else "proposes"
    cue = Cue((toks[k].low,), position, toks[k].low, "verb")
    holder = _actors.holder_span(toks, k)
    return [Claim(view, s, toks, cue, k, position, holder, obj, reported=_reported_by(toks, holder))]


# acts of ending a thing of its own that a party announces ("the broadcaster is to disband its
# orchestra", "the chain said it will stop accepting cash"): the announcer proposes the act
_ENDING = frozenset("close shut disband axe scrap stop abolish discontinue wind phase".split())
_ENDING_PARTICLES = {"wind": "up", "phase": "out", "shut": "down"}  # particles these verbs need ("wind up")
_SCHEDULED = frozenset("is are".split())  # "X is to close": an announced plan


def _announced_end_claims(view, s, toks, k: int, lex: Lexicon) -> list[Claim]:
    """"Westmarch Public Broadcasting is to disband the orchestra", "confirmed that it will wind
    up the orchestra", "said it will stop accepting cash": a party announcing it will end a thing
    proposes that act. Only "X is to V" or "said/announced/confirmed (that) it/they will V": "the
    road will close at noon" and "the shop must close" announce no one's plan."""
    if k < 2 or _window(toks, k, NEGATIONS, NEGATION_WINDOW):
        return []
    particle = _ENDING_PARTICLES.get(toks[k].low)
    if particle and (k + 1 >= len(toks) or toks[k + 1].low != particle):
        return []
    start = k + 1 + bool(particle)
    if start >= len(toks) or not (toks[start].word and (toks[start].low in DETERMINERS or toks[start].cap
                                                        or toks[start].possessive or toks[start].low.endswith("ing"))):
        return []  # "will close for repairs": no thing ended
    if toks[k - 1].low == "to" and toks[k - 2].low in _SCHEDULED:
        holder = _actors.holder_span(toks, k - 2)
        if holder is None or not toks[holder[0]].cap:
            return []  # "the plan is to close it": a named party, not an explanation
    elif toks[k - 1].low in _PLEDGING and toks[k - 2].low in _PLEDGING_SUBJECTS:
        before = k - 3
        reach = 0 if before >= 0 and toks[before].low == "that" else max(0, before - PLEDGE_REPORT_WORDS)
        said = next((r for r in range(before, reach - 1, -1) if toks[r].low in REPORTING), None)
        if said is None:
            return []
        holder = _actors.holder_span(toks, said)  # "Corvel Foods, the largest chain, said Tuesday it will": Corvel
    else:
        return []
    obj = _issues.ObjectPhrase(k, _issues.phrase_end(toks, start, lex.words), verb_phrase=True)
    if obj.end <= start:
        return []
    cue = Cue((toks[k].low,), "proposes", toks[k].low, "verb")
    return [Claim(view, s, toks, cue, k, "proposes", holder, obj, reported=_reported_by(toks, holder))]


def _price(toks: tuple[Tok, ...], obj: _issues.ObjectPhrase) -> bool:
    """"will pay £40 million for the club": a price paid for a thing, a term of a deal, not a
    position on paying (the amount, then "for"); "will pay 25 cents more": a price change borne."""
    words = [t for t in toks[obj.start:obj.end] if t.text not in ("$", "€", "£", "¥")]
    k = 0
    while k < len(words) and (words[k].text[:1].isdigit() or words[k].text[:1] in "$€£¥"
                              or words[k].low in ("million", "billion", "thousand", "about", "some", "around")):
        k += 1
    if 0 < k < len(words) and any(w.low in ("more", "less", "extra") for w in words[k:k + 2]):
        return True  # "will pay 25 cents more per ride": a rise in what is paid, borne, not a position
    return 0 < k < len(words) and words[k].low == "for"


# sentences with no cue of the lexicon that may still hold an act on terms or a vote (read
# after the lexicon's own search, on the sentences it passed over)
_SAYING_TO = frozenset("said says told tells".split())  # reporting verbs whose clause may carry an obligation
_OBLIGING = frozenset("should must".split())
_OBLIGED_RE = re.compile(r"\b(?:said|says|told|tells)\b[^.;:\"“”]{3,140}?\b(?:should|must)\b", re.I)  # a clause, maybe after "and that"
ADDRESSEE_WORDS = 4  # words of the person told before "that" ("told the crowd that", "told reporters on Monday that")
OBLIGED_SUBJECT_WORDS = 8  # words of the obligation's subject ("the roughly 140 artists on the bill")
_NOT_A_SUBJECT = frozenset("i we you he she".split())  # "said he should have acted sooner": a view of oneself, no issue
_CLAUSE_ADVERBS = frozenset("now also still instead only first immediately".split())
_NOBODY = frozenset("no nobody none neither".split())
_NO_ONE = _NOBODY - {"no"}  # holders that are no one ("Nobody here wants"); "No Third Runway" may be a name
# indefinite pronouns: "Somebody signed off on those loans" names no party; "urged anyone with a
# fever to call ahead" is advice to the public, not a position on what the story is about
INDEFINITE_PRONOUNS = frozenset("someone somebody anyone anybody everyone everybody".split())


def _obligation_claims(view, s, toks, k: int, lex: Lexicon) -> list[Claim]:
    """Each obligation clause of a reporting verb at ``k``: the one right after it and one
    joined by "and that" ("said failures were a normal risk and that the airline must pay")."""
    out = _obligation(view, s, toks, k, k + 1, lex)
    for i in range(k + 2, len(toks) - 1):
        if toks[i].text in (".", ";", "“", "”", '"') or toks[i].low in REPORTING:
            break
        if toks[i].low == "and" and toks[i + 1].low == "that":
            out += _obligation(view, s, toks, k, i + 2, lex)
    return out


def _obligation(view, s, toks, k: int, j: int, lex: Lexicon) -> list[Claim]:
    """"X said (that) the state should order the dam removed", "X told the crowd that the
    offer should be withdrawn": what the reporting subject says another party must do is
    its demand (a blocking participle: it opposes the subject, "the offer"). Only a bare
    verb with something to act on, or "be" and a participle, after the modal: "said the
    bridge should be ready by May" or "should last a week" is a forecast, no demand."""
    n = len(toks)
    if toks[k].low in ("told", "tells") and j == k + 1:
        j = next((i + 1 for i in range(k + 1, min(n, k + 2 + ADDRESSEE_WORDS)) if toks[i].low == "that"), n)
    while j < n and (is_time(toks[j]) or toks[j].low in ("on", "that")):
        j += 1
    m = next((i for i in range(j + 1, min(n, j + 1 + OBLIGED_SUBJECT_WORDS)) if toks[i].low in _OBLIGING), None)
    if m is None or toks[j].low in _NOT_A_SUBJECT or toks[j].low in _NOBODY or any(
            not t.word or t.low in REPORTING or t.low in CLAUSE_WORDS or t.low in _FINITE_AUX for t in toks[j:m]):
        return []  # "said no vessel should sail with a fault": a rule for all, read as no demand on an issue
    head = next((i for i in range(j, m) if toks[i].low in PREPOSITIONS), m) - 1
    if not toks[j].cap and toks[j].low not in DETERMINERS and toks[head].low.endswith("s") and not toks[head].cap:
        return []  # "said residents should boil water", "ticket holders should call their bank": advice to the public
    v = m + 1
    while v < n and toks[v].low in _CLAUSE_ADVERBS:
        v += 1
    if v + 1 >= n or not toks[v].word or toks[v].cap or toks[v].low in _HAPPENING - {"be"} or toks[v].low in ("not", "have"):
        return []  # "should not ...", "should have ...": a regret or a denial, read no further
    holder = _actors.holder_span(toks, k)
    if holder is None:
        return []
    cue = Cue((toks[k].low,), "demands", "say", "verb")
    if toks[v].low == "be":
        p = toks[v + 1]
        if not p.word or p.cap or not (p.low.endswith(("ed", "en", "wn")) or p.low in _PARTICIPLES):
            return []  # "should be ready": a state, no act asked for
        end = max(_issues.phrase_end(toks, v + 1, lex.words), v + 2)  # at least the participle
        stop = next((i for i in range(v + 2, n) if toks[i].text in (".", ",", ";")), n)
        if any(is_time(t) for t in toks[v + 2:stop]):
            return []  # "should be finished by Friday", "... within a week": a schedule, no demand
        whole = _issues.ObjectPhrase(j, end, skip=v)
        undone = _undone(toks, whole, lex)
        if undone is not None:  # "the loan offer ... should be withdrawn": against the offer
            return [Claim(view, s, toks, cue, k, "opposes", holder, _issues.ObjectPhrase(j, m))]
        given = v + 2 < end and (toks[v + 2].low in DETERMINERS or toks[v + 2].possessive or toks[v + 2].text[:1] in "$£€0123456789")
        if toks[head].low.endswith("s") and not toks[head].cap and given:  # "the artists on the bill should be paid
            whole = _issues.ObjectPhrase(v + 1, end, verb_phrase=True)  # their fees": those who receive, then the act
            # ("the fog rules should be looked at": the rules, no second object)
        return [Claim(view, s, toks, cue, k, "demands", holder, whole)] if end > v + 2 else []
    if toks[v + 1].low == "to":
        return []  # "the province should pay to end the strike": an act named by its purpose, no issue of its own
    obj = _issues._finish(toks, v, lex.words, verb_phrase=True)
    return [Claim(view, s, toks, cue, k, "demands", holder, obj)] if obj is not None else []


_FINITE_AUX = frozenset("is are was were has have had would will could can may might does did do".split())
_ACTS_RE = re.compile(_CONDITIONAL_ACT_RE + r"|" + _VOTED_RE + r"|\b(?:would|will)\s+be\s+\w+(?:ed|en)\b|\bunless\b|\buntil\b", re.I)


DOCUMENT_MODIFIERS = 3  # words between "introduce" and its noun ("a new state bill")


def _document_claims(view, s, toks, k: int, lex: Lexicon) -> list[Claim]:
    """"said she would introduce a bill requiring ...": the subject proposes the bill (only
    when the object's head is a document noun: "introduced a new model" proposes nothing)."""
    j = k + 1
    if j < len(toks) and toks[j].low in ("forward", "in"):
        j += 1  # "would bring forward legislation", "bring in a law"
    first = j
    if j < len(toks) and toks[j].low in DETERMINERS:
        j += 1
    end = j
    while end < len(toks) and end - j <= DOCUMENT_MODIFIERS and toks[end].word and toks[end].low not in lex.document_nouns:
        end += 1
    if end >= len(toks) or toks[end].low not in lex.document_nouns or _agentless_passive(toks, k, Cue((toks[k].low,), "proposes", "introduce", "verb")):
        return []
    if _in_condition(toks, k, lex) or _window(toks, k, NEGATIONS, NEGATION_WINDOW):
        return []
    obj = _issues.object_span(toks, first, lex.words)
    purpose = _document_purpose(toks, end + 1)
    if purpose is not None:  # "legislation early next year to create a research office": the office
        obj = _issues.object_span(toks, purpose, lex.words) or obj
    if obj is None:
        return []
    cue = Cue((toks[k].low,), "proposes", "introduce", "verb")
    return [Claim(view, s, toks, cue, k, "proposes", _actors.holder_span(toks, k), obj)]


DOCUMENT_TIME_WORDS = 4  # "(a bill) early next year | to ...": a time phrase between a document and its purpose


def _document_purpose(toks: tuple[Tok, ...], i: int) -> int | None:
    """The "to" of a document's purpose ("a bill to ban X", "legislation early next year to
    create X") after the document noun, across a short time phrase; None when there is none."""
    j = i
    while j < len(toks) and j - i < DOCUMENT_TIME_WORDS and (is_time(toks[j]) or toks[j].low in _issues.TIME_PHRASE_WORDS):
        j += 1
    return j if j + 1 < len(toks) and toks[j].low == "to" and toks[j + 1].word and not toks[j + 1].cap \
        and toks[j + 1].low not in DETERMINERS else None



# a ruin a speaker foresees from a thing is a judgement against it: "(says) a 55-decibel cap would make it
# impossible to stage most sets", "the levy would put small traders out of business" (general English)
_RUINOUS_RE = re.compile(r"\b(?:would|will)\s+(?:make\s+it\s+impossible|devastate|destroy|cripple|wipe\s+out|kill\s+off"
                         r"|(?:put|drive|force)\s+(?:\w+\s+){1,3}?out\s+of\s+business)\b", re.I)
# "the division's preferred outcome was a merger with ...": the owner's proposal
_PREFERRED_RE = re.compile(r"\b(?:preferred|favoured|favored|favourite|favorite)\s+(?P<noun>outcome|option|solution|choice"
                           r"|course|route|answer)\s+(?:is|was|would\s+be|remains|had\s+been)\s+(?P<obj>\w)", re.I)
# "has called a merger the best way to keep the branches open": the caller supports the merger
_CALLED_BEST_RE = re.compile(r"\b(?:call|calls|called|calling|described|describes|describing)\s+"
                             r"(?P<obj>(?:a|an|the|this|its|their)\s+[^.;:,“”\"]{2,60}?)\s+(?:the|a|an)\s+"
                             r"(?:best|only|right|sensible|fairest|safest)\s+(?:way|option|solution|answer|choice|course)\b", re.I)


def _tok_at(toks: tuple[Tok, ...], offset: int) -> int | None:
    """The index of the first token at or after character ``offset`` of the sentence (a match's start)."""
    return next((i for i, t in enumerate(toks) if t.start >= offset), None)


def _preferred(view, s, toks, m: re.Match[str], lex: Lexicon) -> list[Claim]:
    """"Brannagh said the division's preferred outcome was a merger with a larger credit union":
    the owner of the preference (else the speaker) proposes the thing."""
    noun, a = _tok_at(toks, m.start("noun")), _tok_at(toks, m.start("obj"))
    if noun is None or a is None:
        return []
    obj = _issues.object_span(toks, a, lex.words)
    if obj is None:
        return []
    cue = Cue(("preferred",), "proposes", "prefer", "noun")
    holder = _actors.possessor_span(toks, noun)
    if holder is None:
        return [Claim(view, s, toks, dataclasses.replace(cue, kind="judgement"), noun, "proposes", None, obj)]
    return [Claim(view, s, toks, cue, noun, "proposes", holder, obj)]


def _called_best(view, s, toks, m: re.Match[str], lex: Lexicon) -> list[Claim]:
    """"has called a merger the best way to keep the branches open": the caller backs it."""
    group = "obj" if m.group("obj") is not None else "obj2"
    k, a, b = _tok_at(toks, m.start()), _tok_at(toks, m.start(group)), _tok_at(toks, m.end(group))
    if k is None or a is None or b is None or b <= a:
        return []
    obj = _issues.ObjectPhrase(a, _issues.phrase_end(toks, a, lex.words, limit=b))
    holder = _actors.holder_span(toks, k)
    if obj.end <= obj.start or holder is None:
        return []
    return [Claim(view, s, toks, Cue(("call",), "supports", "call", "verb"), k, "supports", holder, obj)]


def _regard(view, s, toks, m: re.Match[str], lex: Lexicon) -> list[Claim]:
    """"The ministry viewed changes proposed by the union as unacceptable", "called the bypass
    unnecessary": the subject opposes them."""
    group = "obj" if m.group("obj") is not None else "obj2"
    k, a, b = _tok_at(toks, m.start()), _tok_at(toks, m.start(group)), _tok_at(toks, m.end(group))
    if k is None or a is None or b is None or b <= a:
        return []
    obj = _issues.ObjectPhrase(a, _issues.phrase_end(toks, a, lex.words, limit=b))
    cue = Cue(("regard",), "opposes", "regard", "verb")
    return [Claim(view, s, toks, cue, k, "opposes", _actors.holder_span(toks, k), obj)]


_COPULAS = frozenset("is are was were be been being remain remains remained appeared appears seemed seems ’s ’re 's 're".split())


def _rule_requires(toks: tuple[Tok, ...], k: int, lex: Lexicon) -> bool:
    """Is the subject of "would require" at ``k`` a rule, a document or a thing ("the ordinance
    would require", "the plan will require", "membership, which would require"), whose content
    or consequence it states, not a party's demand?"""
    if k >= 2 and toks[k - 2].low in ("which", "that"):
        return True  # "NATO membership, which would require all members to ...": a thing's consequence
    span = _actors.holder_span(toks, k)
    if span is None:
        return False
    head = toks[span[1] - 1].bare
    return head in lex.document_nouns or head in _actors.DOCUMENT_NOUNS or head in _issues.MATTER_NOUNS


def _finite(toks: tuple[Tok, ...], k: int, cue: Cue) -> bool:
    """Whether a cue is used as a verb of a clause: an "-ing" form needs "is"/"are"
    ("is demanding"), a gerund's preposition ("by rejecting") or a comma (a participle
    clause); "opposing positions" is an adjective. A state ("ready to") needs a copula."""
    j = k - 1
    while j >= 0 and (ly_adverb(toks[j].low) or toks[j].low in ("also", "still", "instead",
                                                                                              "now", "not", "already")):
        j -= 1
    before = toks[j] if j >= 0 else None
    if cue.kind == "state":
        if before is not None and before.low == "out" and j >= 1 and toks[j - 1].low in _COME:
            return True  # "has come out in favour of the sale", "came out against the plan": a stance declared
        return before is not None and (before.low in _COPULAS or before.low in NEGATIONS or before.text == ","
                                       or before.low in ("and", "who", "which", "that", "seem", "appear", "get", "got"))
    if cue.words[0].endswith("ing") and cue.position == "demands" and before is not None and before.word \
            and k + 1 < len(toks) and (toks[k + 1].low == "that" or any(t.low == "to" for t in toks[k + 2:k + 5])
                                       and toks[k + 1].low not in ("to", "for")):
        return True  # "wrote to the governor's office asking him to intervene", "... demanding that": a participle clause
    if cue.words[0].endswith("ing"):
        return before is not None and (before.low in _COPULAS or before.text == "," or before.low in _actors.GOING_ON
                                       or before.low in ("by", "from", "after", "before", "without"))
    return not _mandated(toks, k)


_MANDATING = frozenset("""proposed proposes propose suggested suggests suggest recommended recommends recommend demanded
demands demand urged urges urge asked asks requested requests insisted insists moved""".split())
MANDATE_SUBJECT_WORDS = 6  # "has proposed that the county council | seek": the subject of a mandated clause is short


def _mandated(toks: tuple[Tok, ...], k: int) -> bool:
    """Is the verb at ``k`` the bare verb of a clause another cue asks for ("has proposed that the
    council seek a levy", "urged that the board reject"): what the asker wants, not a position
    of the clause's subject."""
    that = next((j for j in range(k - 1, max(-1, k - 2 - MANDATE_SUBJECT_WORDS), -1) if toks[j].low == "that"), None)
    if that is None or that == 0 or toks[that - 1].low not in _MANDATING:
        return False
    found = _issues._subjunctive(toks, that + 1)
    return found is not None and found[0] == k



def _conjuncts(toks: tuple[Tok, ...], obj: _issues.ObjectPhrase, lex: Lexicon, particle: str | None) -> list[_issues.ObjectPhrase]:
    """The object and the ones coordinated with it: "a ceasefire and a demilitarised zone",
    "for guarantees ..., and for the return of the dam", "X, as well as Y"."""
    out = [obj]
    end = obj.end
    n = len(toks)
    if particle in ("for", "on", "to"):  # "pressing for guarantees that ..., and for the return of the dam"
        for j in range(end, n - 2):
            if toks[j].text in (".", ";") or toks[j].low in REPORTING:
                break
            if toks[j].low == "and" and toks[j + 1].low == particle and toks[j - 1].text == ",":
                later = _issues.object_span(toks, j + 2, lex.words)
                if later is not None and not later.anaphoric:
                    return [obj, later]
    while end < n and len(out) < 4:
        j = end
        if j < n and toks[j].text == ",":
            j += 1
        if j + 2 < n and toks[j].low == "as" and toks[j + 1].low == "well" and toks[j + 2].low == "as":
            j += 3
        elif j < n and toks[j].low in ("and", "or"):
            j += 1
        else:
            break
        repeated = False
        if j < n and toks[j].low in ("on", "for", "to") and (toks[j].low == particle or _prep_before(toks, obj.start)
                                                             == toks[j].low):
            j += 1
            repeated = True  # "pressing for X, and for Y", "agree on X and on Y"
        if j < n and toks[j].low == "that" and _issues._subjunctive(toks, j + 1) is not None:
            nxt = _issues.object_span(toks, j, lex.words, clause=True)  # "demanded that X be lifted, and that Y be dropped"
            if nxt is None or nxt.anaphoric:
                break
            out.append(nxt)
            end = nxt.end
            continue
        if j + 1 < n and toks[j].low == "that" and (toks[j + 1].low in DETERMINERS or _finite_soon(toks, j + 1)):
            break  # "opposed the tax and that the pledge did nothing", "and that talks would resume": a clause said
        if obj.verb_phrase and _issues._bare_verb_at(toks, j):
            nxt = _issues._finish(toks, j, lex.words, verb_phrase=True)  # "lift the lockout and withdraw the plan"
            if nxt is None or nxt.anaphoric:
                break
            out.append(nxt)
            end = nxt.end
            continue
        inner_pp = any(t.low in _issues_PREPS for t in toks[obj.start:end])
        # "a raise from $19 to $24 and an end to split shifts": a figure ends the phrase, and an
        # indefinite after it opens a second object, not a second figure
        new_object = toks[j - 2 if toks[j - 1].low in ("and", "or") else j - 1].text[:1] in "$€£0123456789" \
            and j < n and toks[j].low in ("a", "an")
        if inner_pp and not repeated and not new_object:
            break  # "guarantees from Helvoria and its partners": the "and" is inside the phrase
        if j >= n or not (toks[j].low in DETERMINERS or toks[j].cap or repeated):
            break
        if toks[j - 1].low == "and" and toks[j - 2].text == "," and _own_clause(toks, j, lex):
            break  # "resist the closure, and Assembly member Ruth Ambler-Stokes wants ...": a second clause
        nxt = _issues.object_span(toks, j, lex.words)
        if nxt is None or nxt.anaphoric:
            break
        out.append(nxt)
        end = nxt.end
    return out


CLAUSE_SUBJECT_WORDS = 4  # "and that talks would resume": a clause's subject is short before its verb
NAME_SUBJECT_WORDS = 6  # "Assembly member Ruth Ambler-Stokes": a named subject's words, title included


def _own_clause(toks: tuple[Tok, ...], j: int, lex: Lexicon) -> bool:
    """Whether a capitalised name at ``j`` (after ", and") is the subject of its own verb
    ("..., and Mayor Ada Lusk wants the vote delayed"): the name's words, then a finite verb
    (an auxiliary, a reporting verb or a cue), not a second object ("..., and Harlow Trust")."""
    k = j
    while k < len(toks) and k - j < NAME_SUBJECT_WORDS and toks[k].word and (toks[k].cap or toks[k].low == "member"):
        k += 1
    if k == j or k >= len(toks) or toks[k].cap:
        return False
    return toks[k].low in _NEW_PREDICATE or toks[k].low in REPORTING or _match(toks, k, lex) is not None


def _finite_soon(toks: tuple[Tok, ...], i: int) -> bool:
    """Whether a finite verb (an auxiliary or modal) follows within a short subject from ``i``."""
    for j in range(i, min(len(toks), i + CLAUSE_SUBJECT_WORDS + 1)):
        if not toks[j].word:
            return False
        if j > i and toks[j].low in _NEW_PREDICATE:
            return True
    return False


RECIPIENT_WORDS = 3  # words of the people something is offered to ("affected passengers")


def _given(toks: tuple[Tok, ...], obj: _issues.ObjectPhrase) -> _issues.ObjectPhrase:
    """"offered fans two seats on a board", "offering affected passengers a free rebooking": the
    thing offered, after the people it is offered to (a bare plural, then a determiner or a
    number opening the second noun phrase)."""
    for j in range(obj.start + 1, min(obj.end - 1, obj.start + RECIPIENT_WORDS + 1)):
        t, before = toks[j], toks[j - 1]
        if not before.word or before.cap or before.low in DETERMINERS or before.low in _issues_PREPS:
            return obj
        if (t.low in ("a", "an", "the") or t.text[:1].isdigit() or t.low in _issues._NUMBER_WORDS) \
                and before.low.endswith("s") and not before.low.endswith("ss"):
            return _issues.ObjectPhrase(j, obj.end, obj.anaphoric, obj.verb_phrase, obj.light, obj.clause)
    return obj


ANTECEDENT_WORDS = 10  # words of the noun phrase a ", which" clause comes after ("a compensation scheme for north bank businesses")


def _relative_antecedent(toks: tuple[Tok, ...], k: int, lex: Lexicon) -> _issues.ObjectPhrase | None:
    """The object of a cue that has none after it in a relative clause: "(is pressing for) a
    compensation scheme for traders, which the authority has so far ruled out": the scheme.
    Read only when the holder is the whole of the clause before the cue."""
    if not any(toks[j].low in ("which", "that") and toks[j - 1].text == "," for j in range(max(1, k - 12), k)):
        return None  # no relative clause opens before the cue (read first: finding the holder costs more)
    holder = _actors.holder_span(toks, k)
    if holder is None or holder[0] < 3 or toks[holder[0] - 1].low not in ("which", "that") or toks[holder[0] - 2].text != ",":
        return None
    comma = holder[0] - 2
    for j in range(comma - 1, max(-1, comma - 1 - ANTECEDENT_WORDS), -1):
        t = toks[j]
        if not t.word or t.low in _RELATIVE or t.low in REPORTING or t.low in AUXILIARIES:
            return None
        if t.low in ("a", "an", "the", "any"):
            obj = _issues.object_span(toks, j, lex.words)
            if obj is None or obj.anaphoric or obj.end > comma:
                return None
            return obj if obj.end == comma else None
    return None


def _ended(toks: tuple[Tok, ...], position: str, obj: _issues.ObjectPhrase, lex: Lexicon) -> tuple[str, _issues.ObjectPhrase]:
    """"demanding ... an end to unpaid split shifts": against the split shifts (what is asked to
    end is opposed); any other object as it is."""
    i = obj.start + (toks[obj.start].low in ("an", "the") if obj.start < len(toks) else 0)
    if position not in ("demands", "proposes", "supports") or i + 2 >= len(toks) or toks[i].low != "end" \
            or toks[i + 1].low != "to" or toks[i + 2].low in ("end", "the end"):
        return position, obj
    if i + 2 < obj.end:
        return "opposes", _issues.ObjectPhrase(i + 2, obj.end)
    ended = _issues.object_span(toks, i + 2, lex.words)  # "called for an end | to the curfew"
    return ("opposes", ended) if ended is not None and not ended.anaphoric else (position, obj)


_issues_PREPS = frozenset("of for to on in at by with from into over about against between".split())


def _prep_before(toks: tuple[Tok, ...], i: int) -> str | None:
    return toks[i - 1].low if i > 0 else None


_NEW_PREDICATE = AUXILIARIES - {"not", "n't", "no", "never", "only", "just", "even", "also", "still"}


def _condition_after(toks: tuple[Tok, ...], i: int, conditions) -> bool:
    """Whether a condition opens after token ``i`` in the cue's own predicate: "would back
    the plan provided ...", "support the toll, but only if ..."; not one that belongs to a
    second predicate ("supported the toll and would add buses if it passes")."""
    for j in range(i, len(toks)):
        if _issues.starts_condition(toks, j, conditions) and not _on_request(toks, j):
            return True
        if toks[j].text in (".", ";") or toks[j].low in ("and", "but") and j + 1 < len(toks) \
                and toks[j + 1].low in _NEW_PREDICATE:
            return False
        if j > i and toks[j].low in _actors.REPORTING and (toks[j - 1].low in _PERSONAL or toks[j - 1].text == ","):
            return False  # "asked about the plan for X, he said they would back it if ...", "X, who backs the wall, said he
            # would accept the levy if ...": another predicate's
        if j > i and toks[j].low in _CONTRASTING and j + 1 < len(toks) and _new_subject(toks[j + 1]):
            return False  # "raised its offer, but the union said it would accept it only if ...": the union's condition
        if j > i and toks[j].low in ("that", "which") and j + 1 < len(toks) and toks[j + 1].low in MODALS_ALL:
            return False  # "a scheme that would let members withdraw $1,000 if they prove need": the scheme's own rule
    return False


_REQUESTED = frozenset("asked requested required needed necessary invited called".split())


def _on_request(toks: tuple[Tok, ...], j: int) -> bool:
    """"would cooperate with the tribunal if asked", "if necessary": readiness on request, no
    terms set by the holder."""
    return toks[j].low == "if" and j + 1 < len(toks) and toks[j + 1].low in _REQUESTED \
        and (j + 2 >= len(toks) or not toks[j + 2].word or toks[j + 2].low in ("to", "by", "so"))


_CONTRASTING = frozenset("but while whereas although though yet".split())  # open a clause of another party


def _new_subject(t: Tok) -> bool:
    """Whether ``t`` opens a noun phrase that can be a clause's own subject ("the union", "it",
    "Velk"): not "only"/"not" continuing the cue's predicate ("but only if")."""
    return t.low in DETERMINERS - {"no", "any", "all", "both", "either", "neither", "each", "every"} \
        or t.low in _PERSONAL - {"this", "that"} or t.cap and t.word and t.low not in CLAUSE_WORDS


CONDITION_SUBJECT_WORDS = 7  # words of a condition's subject before its "be" ("people who live inside the zone")
_BE = frozenset("is are was were be been".split())
_COME = frozenset("come comes came coming".split())
_PARTICIPLES = frozenset("given granted made kept left paid set put shown taken brought".split())


def _condition_act(toks: tuple[Tok, ...], i: int, lex: Lexicon) -> _issues.ObjectPhrase | None:
    """The act a passive condition after token ``i`` asks for: "would accept the toll if
    taxis were exempted" (exempted), "but only if residents are given a discount" (a
    discount). The holder asks for it: a demand of theirs. An active condition ("if the
    government paid boats") names another party's act and is no demand of the holder."""
    n = len(toks)
    at = None
    for j in range(i, n):
        if _issues.starts_condition(toks, j, lex.conditions):
            at = j
            break
        if toks[j].text in (".", ";"):
            return None
    if at is None:
        return None
    words = next(c for c in lex.conditions if tuple(t.low for t in toks[at:at + len(c)]) == c)
    if words[-1] not in ("if", "that", "provided"):
        return None  # "in exchange for X": a noun, read as the cue's own object
    j = at + len(words)
    if j + 2 < n and toks[j].low in _HOLDER_PRONOUNS and toks[j + 1].low in _RECEIVING and toks[j + 2].low in DETERMINERS:
        end = _issues.phrase_end(toks, j + 2, lex.words)  # "only if it received an equity stake": the stake
        return _issues.ObjectPhrase(j + 2, end) if end > j + 3 else None
    for b in range(j + 1, min(n - 1, j + 1 + CONDITION_SUBJECT_WORDS)):
        t = toks[b]
        if not t.word or t.low in MODALS_AND_NOT:
            return None
        if t.low in _BE:
            v = b + 1
            if v < n and toks[v].low in ("also", "all", "fully", "first"):
                v += 1
            if v >= n or not toks[v].word or not (toks[v].low.endswith(("ed", "en")) or toks[v].low in _PARTICIPLES):
                return None
            end = _issues.phrase_end(toks, v + 1, lex.words)
            if end > v + 1 and toks[v + 1].low in DETERMINERS:
                return _issues.ObjectPhrase(v + 1, end)  # "are given a 90 percent discount": the thing given
            if end > v + 1 and toks[v + 1].low not in ("from", "by", "in", "on", "at", "with"):
                return None
            # "taxis were exempted", "every affected flat was checked": what is to be done, and to what
            return _issues.ObjectPhrase(j, v + 1, skip=b) if b > j else _issues.ObjectPhrase(v, v + 1, verb_phrase=True)
    return None


_HOLDER_PRONOUNS = frozenset("it they we he she".split())  # the condition's subject is the holder itself
_RECEIVING = frozenset("receive receives received get gets got obtain obtains obtained secure secures secured win wins won".split())
MODALS_AND_NOT = frozenset("would will could can should must may might not did does do has have had".split())


def _without(toks: tuple[Tok, ...], obj: _issues.ObjectPhrase) -> _issues.ObjectPhrase | None:
    """The object before "without" when a negated support names what it would take ("would
    not accept the plan without a guarantee"): the plan, supported on that condition."""
    for k in range(obj.start + 1, min(len(toks), obj.end + 1)):
        if toks[k].low == "without" and k + 1 < len(toks) and toks[k + 1].low in DETERMINERS:
            return _issues.ObjectPhrase(obj.start, k, verb_phrase=obj.verb_phrase)
    return None


def _given_up(toks: tuple[Tok, ...], k: int, lex: Lexicon) -> bool:
    """A noun cue its holder gives up ("willing to abandon Ukraine's bid for NATO membership",
    "dropped its demand"): no longer their position, unless negated ("had not dropped")."""
    for j in range(k - 1, max(-1, k - 6), -1):
        w = toks[j].low
        if any(_issues._verb_form(w, v.split()[0]) for v in lex.words.reversing):
            return not _window(toks, j, NEGATIONS, NEGATION_WINDOW)
        if not toks[j].word or w in REPORTING:
            break
    return False


def _objection_dropped(view, s, toks, k, cue: Cue, lex: Lexicon) -> list[Claim]:
    """"would drop its objection (to X) if ...": the holder would support X (conditionally, with
    a condition after it); without "to X" the objection itself names the issue."""
    if _in_condition(toks, k, lex):
        return []
    verb = next((j for j in range(k - 1, max(-1, k - 6), -1)
                 if any(_issues._verb_form(toks[j].low, v.split()[0]) for v in lex.words.reversing)), None)
    if verb is None:
        return []
    obj = _issues.object_span(toks, k + 2, lex.words) if k + 2 < len(toks) and toks[k + 1].low == "to" else None
    if obj is None:
        obj = _conditioned_thing(toks, k + 1, lex) or _issues.ObjectPhrase(k, k + 1)
    return _support_claims(view, s, toks, k, cue, lex, _actors.holder_span(toks, verb), obj)


CONDITION_GAP_WORDS = 3  # "drop their objection (only) if": the condition follows the objection closely


def _conditioned_thing(toks: tuple[Tok, ...], i: int, lex: Lexicon) -> _issues.ObjectPhrase | None:
    """"would only drop their objection if the licence were amended": the definite subject of the
    condition right after an objection that names no object of its own (what is objected to is
    what the condition changes); None when no such condition follows."""
    j = next((j for j in range(i, min(len(toks), i + CONDITION_GAP_WORDS)) if toks[j].low in ("if", "unless")), None)
    if j is None or j + 2 >= len(toks) or toks[j + 1].low not in ("the", "its", "their"):
        return None
    obj = _issues.object_span(toks, j + 1, lex.words)
    if obj is None or obj.anaphoric or obj.end >= len(toks) or toks[obj.end].low not in ("were", "was", "is", "are", "be"):
        return None
    return obj


def _support_claims(view, s, toks, k, cue: Cue, lex: Lexicon, holder, obj) -> list[Claim]:
    """A support of ``obj`` read at token ``k``: conditional with a condition after it, and then
    the act a passive condition asks for is the holder's demand (see :func:`_condition_act`)."""
    if not _condition_after(toks, k + 1, lex.conditions):
        return [Claim(view, s, toks, cue, k, "supports", holder, obj)]
    out = [Claim(view, s, toks, cue, k, "conditional", holder, obj)]
    act = _condition_act(toks, k + 1, lex)
    if act is not None:
        out.append(Claim(view, s, toks, cue, k, "demands", holder, act))
    return out


# the preposition that opens a position noun's object ("opposition to", "support for", "rejection of")
_NOUN_CUE_PREPS = frozenset("to for of against".split())


def _noun_phrase_start(t: Tok) -> bool:
    """Can a noun phrase open with this token ("the", "its", "Measure", "a", "12")? "willingness
    to abandon": a verb, read by the cue's own infinitive handling; "a welcome to plans": a bare plural."""
    return t.low in DETERMINERS or t.low in POSSESSIVE_PRONOUNS or t.cap or t.text[:1].isdigit() or t.possessive \
        or len(t.low) > 3 and t.low.endswith("s") and not t.low.endswith(("ss", "us", "is"))


OWNED_CUE_WORDS = 3  # "have given a cautious welcome to": an article and an adjective between the verb and its noun cue


def _noun_claims(view, s, toks, k, cue: Cue, lex: Lexicon) -> list[Claim]:
    if cue.position == "opposes" and k >= 2 and toks[k - 1].low == "no" and k + 2 < len(toks) and toks[k + 1].low == "to" \
            and not _in_condition(toks, k, lex):
        obj = _issues.object_span(toks, k + 2, lex.words)  # "would have no objection to the scheme if ...": support
        if obj is None:
            return []
        return _support_claims(view, s, toks, k, cue, lex, _actors.holder_span(toks, k - 2), obj)
    span = _actors.possessor_span(toks, k)
    if span is None:  # "Kremlin officials have reiterated demands that ...": the subject of the verb
        j = k - 1
        while j >= 0 and toks[j].word and toks[j].low not in lex.owning_verbs and k - j <= OWNED_CUE_WORDS and not toks[j].cap:
            j -= 1
        if j >= 0 and toks[j].low in lex.owning_verbs:
            span = _actors.holder_span(toks, j)
    if span is None and k >= 1 and toks[k - 1].low.endswith(("-floated", "-backed", "-drafted")):
        span = (k - 1, k)
    if span is None and k >= 3 and toks[k - 1].low in ("floated", "backed") and toks[k - 2].text == "-":
        span = (k - 3, k - 2)
    if span is None:
        return []
    obj = _issues.object_span(toks, k, lex.words)
    if obj is not None and toks[k].low in lex.nouns_for and _amount_after(toks, k + 2):
        obj = dataclasses.replace(obj, light=toks[k].low)  # "a claim for $118 million": the claim is what is at issue
    elif obj is not None and obj.light is None and k + 2 < len(toks) and toks[k + 1].low in _NOUN_CUE_PREPS \
            and toks[k].low not in lex.words.light_nouns and _noun_phrase_start(toks[k + 2]):
        obj = _issues.object_span(toks, k + 2, lex.words)  # "its opposition to the curfew": the curfew
        if obj is not None:
            obj = dataclasses.replace(obj, light=toks[k].low)
    if obj is None or obj.anaphoric or obj.light is None:
        return []  # "its demands" with no content says nothing of an issue
    position = cue.position
    if toks[k - 1].low.endswith("-backed") or toks[k - 1].low == "backed":
        position = "supports"
    if position in ("supports", "proposes") and _condition_after(toks, k + 1, lex.conditions):
        position = "conditional"  # "his willingness to drop the bid in exchange for guarantees"
    return [Claim(view, s, toks, cue, k, position, span, o) for o in _conjuncts(toks, obj, lex, None)]


_AMOUNT_OPENERS = frozenset("a an the extra additional further another".split())


def _amount_after(toks: tuple[Tok, ...], i: int) -> bool:
    """Whether the phrase at ``i`` is a sum ("an extra $118 million"), which names no issue of its own."""
    while i < len(toks) and toks[i].low in _AMOUNT_OPENERS:
        i += 1
    return i < len(toks) and (toks[i].text[:1].isdigit() or toks[i].text[:1] in "$£€")


def _verb_claims(view, s, toks, k: int, nxt: int, cue: Cue, lex: Lexicon) -> list[Claim]:
    negated = _window(toks, k, NEGATIONS, NEGATION_WINDOW) or k >= 2 and toks[k - 1].low == "to" \
        and toks[k - 2].low in _MEANING_TO and _window(toks, k - 2, NEGATIONS, NEGATION_WINDOW)  # "did not plan to offer"
    position = cue.position
    act = None  # what a passive condition asks for ("would back the toll if taxis were exempted")
    clause = cue.lemma in lex.assertive or cue.position == "demands"
    particle = cue.words[-1] if len(cue.words) > 1 else None
    # "pushed back against X": a phrasal verb of its own, no "push X to"
    control = cue.lemma in lex.control and particle not in ("for", "on", "against") and len(cue.words) <= 2 \
        or f"{cue.lemma} {particle}" in lex.control
    if cue.lemma in lex.assertive and particle is None and (cue.lemma == "insist" or nxt < len(toks) and toks[nxt].low == "that") \
            and not _demand_clause(toks, nxt):
        return []  # "the company insists those problems were fixed": a claim of fact
    if cue.lemma == "require" and (not (k > 0 and toks[k - 1].low in ("would", "will", "'ll", "’ll"))
                                   or _rule_requires(toks, k, lex)):
        return []  # "the work requires a permit", "the ordinance would require a vote": a fact or a rule's
        # content; "the authority said it would require an investigation first": a demand
    if cue.lemma in lex.directive and not _directed(toks, nxt):
        return []  # "ordered 40 new trains", "expects the strike to end soon": no party directed to act
    if cue.lemma == "stand" and cue.words[-1] == "by" and (nxt >= len(toks) or not (toks[nxt].low in DETERMINERS or toks[nxt].possessive)):
        return []  # "will not stand by while X is torn up": looking on, no position ("stood by its pledge": for it)
    if cue.lemma == "argue" and particle is None and not _obligation_clause(toks, nxt):
        return []  # "argued that the cap would chill building": a reason given; "argued it should cover X": a demand
        # ("argued against the subsidy", "argue for a levy": a phrasal verb of position, read on)
    if cue.lemma in _GRANTING and nxt < len(toks) and toks[nxt].low == "that":
        return []  # "does not accept that its line started the fire": a fact granted or denied, no position
    if cue.lemma in _GRANTING and _clause_after_object(toks, nxt, lex):
        return []  # "accepted the pier had to be repaired": the same fact granted, "that" left out
    if cue.lemma in ("want", "need") and nxt < len(toks) and toks[nxt].low != "to":
        to_after = any(t.low == "to" for t in toks[nxt:nxt + WANT_OBJECT_WORDS + 1])
        if cue.lemma == "need" and to_after:
            return []  # "our people need this war to end": a wish, not a position on an issue
        control = to_after
    elif cue.lemma in ("want", "need"):
        control = False
        if cue.lemma == "need" and nxt + 1 < len(toks) and toks[nxt + 1].low != "be" and (
                toks[nxt + 1].low not in lex.words.light_verbs or nxt + 2 < len(toks) and toks[nxt + 2].low in _issues_PREPS):
            # "the mill needed to shrink its fleet of barges", "we need to get on with the harvest": its own
            # course (a light verb with a particle is a verb of its own), no position on an issue
            return []
        if cue.lemma == "want" and nxt + 1 < len(toks) and _match(toks, nxt + 1, lex) is None \
                and toks[nxt + 1].low not in lex.words.light_verbs:
            position = "supports"  # "Acme wants to invest $1 billion in a mine": its own plan, in favour of it (no demand)
    if control and cue.lemma not in ("want", "ask") and (cue.position != "demands" or _urged_to_accept(toks, nxt, lex)
                                                         or nxt < len(toks) and toks[nxt].bare in lex.vague):
        # "urged both sides to accept a ceasefire", "urged people to heed guidance": advocating it for others, advice
        position = "proposes"
        if _urged_to_accept(toks, nxt, lex) and _to_negated(toks, nxt):
            position = "opposes"  # "urged members not to accept the offer": against it
    vote = _ballot_vote(toks, nxt, lex) if position in ("demands", "proposes", "supports") and not negated else None
    if vote is not None:  # "is urging a no vote (on Measure K)"
        holder = _actors.holder_span(toks, k)
        return [Claim(view, s, toks, cue, k, vote[0], holder, vote[1], reported=_reported_by(toks, holder))]
    if cue.lemma == "want" and not negated and (undone := _undone_passive(toks, nxt, lex)) is not None:
        # "wants the levy to be dropped": against the thing undone, as "wants the levy dropped" (a call
        # "for the dam to be removed" stays a demand of its removal)
        holder = _actors.holder_span(toks, k)
        return [Claim(view, s, toks, cue, k, "opposes", holder, undone, reported=_reported_by(toks, holder))]
    obj = _issues.object_span(toks, nxt, lex.words, clause=clause, control=control,
                              infinitive=cue.words[-1] == "to" and cue.kind == "state")
    if (cue.lemma == "want" or position == "demands") and not control and obj is not None and not negated:
        # "wants the scheme thrown out", "is demanding that the increase be reversed": the one
        # who asks for it undone opposes the thing (and a demand stays a demand: the undoing asked for)
        holder = _actors.holder_span(toks, k)
        asked = [Claim(view, s, toks, cue, k, position, holder, o) for o in _conjuncts(toks, obj, lex, None)] \
            if cue.lemma != "want" else []
        undone = _undone(toks, obj, lex)
        if undone is not None and not _position_noun(toks, undone, lex):
            return asked + [Claim(view, s, toks, cue, k, "opposes", holder, undone)]
        after = _blocking(toks, obj.start, lex) if (position == "demands" or cue.lemma == "want") and obj.verb_phrase else None
        if after is not None and not (after < len(toks) and toks[after].low.endswith("ing")
                                      and toks[after].low not in lex.words.ing_nouns):
            blocked = _issues.object_span(toks, after, lex.words)  # "demanded that Corvane roll back the increase"
            if blocked is not None and not _position_noun(toks, blocked, lex):
                return asked + [Claim(view, s, toks, cue, k, "opposes", holder, o) for o in _conjuncts(toks, blocked, lex, None)]
    if control and obj is not None and obj.verb_phrase and not negated:
        vote = _voting_for(toks, obj.start)
        if vote is not None:  # "will urge its members to vote yes on Measure K": the urger backs the measure
            after, side = vote  # "urging neighbours to vote no in the ballot": against it
            obj = _issues.object_span(toks, after, lex.words)
            if obj is None:
                return []
            holder = _actors.holder_span(toks, k)
            return [Claim(view, s, toks, cue, k, side, holder, o) for o in _conjuncts(toks, obj, lex, None)]
    if control and obj is not None and obj.verb_phrase:
        after = _blocking(toks, obj.start, lex)
        if after is not None:  # "urged the agency to block the merger": the urger opposes the merger
            if after < len(toks) and toks[after].low.endswith("ing") and toks[after].low not in lex.words.ing_nouns:
                return []  # "asked owners to stop using the cooker": an act asked of them, no position on the cooker
            obj = _issues.object_span(toks, after, lex.words)
            if obj is None or negated:
                return []
            holder = _actors.holder_span(toks, k)
            return [Claim(view, s, toks, cue, k, "opposes", holder, o) for o in _conjuncts(toks, obj, lex, None)]
    red = _red_line(toks, nxt, lex)
    if red is not None and (negated and position in ("supports", "proposes") or position == "opposes" and not negated):
        obj, position = red, "demands"  # "would not sign any agreement that left ..."
    elif negated:
        cut = _without(toks, obj) if obj is not None and position == "supports" else None
        if cut is not None:  # "would never sign off on the cranes without a guarantee": conditional support
            obj, position = cut, "conditional"
        elif cue.position == "proposes" and _not_done(toks, k):
            return []  # "Ostrava Mills has not offered a bonus": a thing not (yet) put forward, no refusal of it
        elif position == "supports" and _condition_after(toks, nxt, (("unless",),)):
            position = "conditional"  # "will not support the cull unless the deer are counted": support on terms
            act = _condition_act(toks, nxt, lex)
        elif position in ("supports", "proposes") or cue.lemma == "want":
            position = "opposes"
        elif position == "opposes" and _condition_after(toks, nxt, tuple(c for c in lex.conditions if c != ("unless",))):
            position = "conditional"  # "would not fight the ordinance if the council guaranteed ...": acceptance on terms
            act = _condition_act(toks, nxt, lex)
        else:
            return []  # "no longer insisting", "did not directly reject": no position
    elif position in ("supports", "proposes"):
        if position == "supports" and _window(toks, k, lex.hedges, HEDGE_WINDOW):
            position = "conditional"  # "could accept", "might go along with"
        elif _condition_after(toks, nxt, lex.conditions):
            position = "conditional"
            act = _condition_act(toks, nxt, lex)
    elif position == "opposes" and _condition_after(toks, nxt, (("unless",),)):
        position = "conditional"
    if obj is not None:
        obj = _carried(toks, obj, lex)
        if cue.lemma == "offer":
            obj = _given(toks, obj)
    passive = _passive(toks, k, nxt)
    if passive is not None:  # "a tuition increase approved by the Board of Regents"
        holder, obj = passive
        return [Claim(view, s, toks, cue, k, position, holder, obj)]
    if obj is None and cue.lemma == "refuse" and nxt + 1 < len(toks) and toks[nxt].low == "to" and toks[nxt + 1].low == "do" \
            and (nxt + 2 >= len(toks) or not toks[nxt + 2].word or toks[nxt + 2].low in ("so", "it", "that")):
        # "wants the minister to order an inquiry, something he has refused to do": the demand named before
        obj = _issues.ObjectPhrase(nxt + 1, nxt + 2, anaphoric=True, light="demand")
    if obj is not None and cue.lemma == "refuse" and obj.verb_phrase and not negated:
        return []  # "refused to handle any diverted vessel": an act withheld, not a position on an issue
    if obj is None and not negated:
        obj = _relative_antecedent(toks, k, lex)  # "a compensation scheme, which the authority has ruled out"
    if obj is None or _agentless_passive(toks, k, cue):
        return []  # "Owners are being offered a refund": the subject receives the offer, it holds nothing
    holder = _actors.holder_span(toks, k)
    out = [Claim(view, s, toks, cue, k, p, holder, o, reported=_reported_by(toks, holder))
           for p, o in (_ended(toks, position, o, lex) for o in _conjuncts(toks, obj, lex, particle))]
    if act is not None:
        out.append(Claim(view, s, toks, cue, k, "demands", holder, act, reported=_reported_by(toks, holder)))
    return out


_GRANTING = frozenset(("accept", "acknowledge", "admit"))  # verbs that grant a fact when a clause follows them
GRANTED_SUBJECT_WORDS = 4  # "accepted the old pier had to go": the clause's subject is a short plain noun phrase


def _clause_after_object(toks: tuple[Tok, ...], nxt: int, lex: Lexicon) -> bool:
    """Whether the noun phrase at ``nxt`` is the subject of a clause of its own, its verb right
    after it ("accepted the pier had to be repaired", "accepts the levy will cost jobs"), so
    the verb before it grants a fact rather than taking up the phrase."""
    obj = _issues.object_span(toks, nxt, lex.words)
    if obj is None or obj.verb_phrase or obj.end >= len(toks) or obj.end - obj.start > GRANTED_SUBJECT_WORDS \
            or any(t.low in PREPOSITIONS or not t.word for t in toks[obj.start:obj.end]):
        return False  # "accept a hand count in the precincts X has named": a relative clause inside the object
    return toks[obj.end].low in _NEW_PREDICATE and toks[obj.end].low not in PREPOSITIONS \
        and toks[obj.end].low not in ("now", "then", "again", "once", "further", "instead", "earlier", "later")


_CARRYING = frozenset("putting sending bringing".split())  # a measure carried to a vote: the measure is the issue
_CARRIED_TO = frozenset("on to before".split())


def _carried(toks: tuple[Tok, ...], obj: _issues.ObjectPhrase, lex: Lexicon) -> _issues.ObjectPhrase:
    """"voted against putting the measure on the ballot" / "sending the bill to voters": the
    thing carried (here "the measure", named before), not the act of carrying it."""
    if toks[obj.start].low not in _CARRYING:
        return obj
    end = next((j for j in range(obj.start + 1, obj.end) if toks[j].low in _CARRIED_TO), None)
    if end is None or end == obj.start + 1:
        return obj
    words = [t for t in toks[obj.start + 1:end] if t.word and t.low not in DETERMINERS]
    if len(words) == 1 and words[0].bare in lex.words.anaphoric_nouns:
        return _issues.ObjectPhrase(obj.start + 1, end, anaphoric=True, light=words[0].bare)
    return _issues.ObjectPhrase(obj.start + 1, end)


URGED_OBJECT_WORDS = 8  # words between "urged" and its "to" ("urged the two governments in Lindale to")


_TAKING = frozenset("take sign".split())  # "pushes Brandvik to take a deal": accepting it


def _urged_to(toks: tuple[Tok, ...], i: int) -> int | None:
    """The "to" of the act urged on another party, within reach after token ``i``."""
    for j in range(i, min(len(toks) - 1, i + URGED_OBJECT_WORDS + 1)):
        if toks[j].low == "to":
            return j
        if not toks[j].word:
            return None
    return None


def _urged_to_accept(toks: tuple[Tok, ...], i: int, lex: Lexicon) -> bool:
    """Whether the act urged on another party is accepting something ("urged both sides to
    accept a truce": the urger advocates the truce, a proposal); any other act ("urged the
    minister to step in", "called on the council to fund ...") is the urger's demand."""
    j = _urged_to(toks, i)
    if j is None:
        return False
    m = _match(toks, j + 1, lex)
    return m is not None and m[0].position == "supports" or toks[j + 1].low in _TAKING


# verbs after a directive's "to" that tell what will happen, not what a party is to do
# ("expects the strike to end", "expected prices to rise"): a forecast, no demand
_HAPPENING = frozenset("be end last rise fall continue remain take begin start grow reach happen come return stay "
                       "succeed fail improve worsen drop increase decrease change".split())


def _directed(toks: tuple[Tok, ...], i: int) -> bool:
    """Whether a directive verb at ``i`` (the token after it) directs a party to act: an object
    that names one ("the airline", "Pellow Shipping", "her department") before its "to", and an
    act after it ("ordered the ferry line to submit a report")."""
    j = _urged_to(toks, i)
    if j is None or j == i or j + 1 >= len(toks) or not toks[j + 1].word or toks[j + 1].low in _HAPPENING:
        return False
    first = toks[i]
    return first.cap or first.low in DETERMINERS or first.low in _OBJECT_PRONOUNS


def _to_negated(toks: tuple[Tok, ...], i: int) -> bool:
    """Whether the urged act is refused: "not to" / "never to" ("urged members not to accept")."""
    j = _urged_to(toks, i)
    return j is not None and j > i and toks[j - 1].low in ("not", "never")


_BE_PASSIVE = frozenset("is are was were be been being get gets got getting".split())


def _agentless_passive(toks: tuple[Tok, ...], k: int, cue: Cue) -> bool:
    """A verb cue in the passive with no "by" agent ("were offered", "has been rejected"):
    its subject is what the position is about or who receives it, not who holds it."""
    if cue.kind != "verb" or not (toks[k].low.endswith("ed") or toks[k].low in ("sought",)):
        return False
    j = k - 1
    while j >= 0 and (ly_adverb(toks[j].low) or toks[j].low in ("not", "also", "still", "already")):
        j -= 1
    return j >= 0 and toks[j].low in _BE_PASSIVE


_VOTE_SIDES = ((("yes", "on"), "supports"), (("yes", "for"), "supports"), (("for",), "supports"),
               (("in", "favour", "of"), "supports"), (("in", "favor", "of"), "supports"),
               (("no", "on"), "opposes"), (("no", "in"), "opposes"), (("no", "to"), "opposes"))


def _voting_for(toks: tuple[Tok, ...], i: int) -> tuple[int, str] | None:
    """(the index after "vote yes on" / "vote for" / "vote no in" at token ``i``, the side), else None."""
    if i >= len(toks) or toks[i].low != "vote":
        return None
    for words, side in _VOTE_SIDES:
        if all(i + 1 + n < len(toks) and toks[i + 1 + n].low == w for n, w in enumerate(words)):
            return i + 1 + len(words), side
    return None


def _position_noun(toks: tuple[Tok, ...], obj: _issues.ObjectPhrase, lex: Lexicon) -> bool:
    """Does a phrase open on a party's own opposition ("its objection to arbitration", "the
    refusal to pay")? Asking for that undone is no opposition to an issue (rather the reverse,
    which the cue's own reading handles)."""
    words = [t for t in toks[obj.start:obj.end] if t.word and t.low not in DETERMINERS and t.low not in POSSESSIVE_PRONOUNS]
    return bool(words) and words[0].low in lex.nouns and lex.nouns[words[0].low].position == "opposes"


def _blocking(toks: tuple[Tok, ...], i: int, lex: Lexicon) -> int | None:
    """The index after a blocking verb at token ``i`` ("block", "vote down"), else None."""
    for words in lex.blocking:
        if i + len(words) <= len(toks) and all(_issues._verb_form(toks[i + n].low, w) for n, w in enumerate(words)):
            return i + len(words)
    return None


def _undone(toks: tuple[Tok, ...], obj: _issues.ObjectPhrase, lex: Lexicon) -> _issues.ObjectPhrase | None:
    """"(wants) the scheme thrown out", "(wants) the levy scrapped": the noun phrase before a
    blocking verb's participle, else None."""
    for p in range(obj.start + 1, obj.end):
        low = toks[p].low
        if not (low.endswith(("ed", "wn")) or low in ("struck", "shut")):
            continue
        for words in lex.blocking:
            first = words[0]
            if (_issues._verb_form(low, first) or low in (first + first[-1] + "ed", first + "n")) and all(
                    p + n < len(toks) and toks[p + n].low == w for n, w in enumerate(words[1:], 1)):
                return _issues.ObjectPhrase(obj.start, p)
        return None  # "wants the reduction spread over three years": an act, no blocking
    return None


UNDONE_PASSIVE_WORDS = 5  # "the council's night curfew (to be scrapped)": a short noun phrase


def _undone_passive(toks: tuple[Tok, ...], i: int, lex: Lexicon) -> _issues.ObjectPhrase | None:
    """"(wants) the levy to be dropped": the noun phrase before "to be" and a blocking verb's
    participle, else None."""
    if i >= len(toks) or not (toks[i].low in DETERMINERS or toks[i].possessive or toks[i].cap):
        return None
    for to in range(i + 1, min(i + 1 + UNDONE_PASSIVE_WORDS, len(toks) - 2)):
        if not toks[to].word:
            return None  # a comma or a quotation mark: the phrase ends before any "to be"
        if toks[to].low == "to" and toks[to + 1].low == "be":
            undone = _undone(toks, _issues.ObjectPhrase(i, to + 3), lex)
            return _issues.ObjectPhrase(i, to) if undone is not None and undone.end == to + 2 else None
    return None



def _reported_by(toks: tuple[Tok, ...], holder: tuple[int, int] | None) -> tuple[int, int] | None:
    """The subject of a reporting verb that introduces the holder's clause ("Mr Merz said
    Putin was seeking ..."): a named holder reported by another party is an allegation."""
    if holder is None or not toks[holder[1] - 1].cap:
        return None
    return _reporting_subject(toks, holder)


def _reporting_subject(toks: tuple[Tok, ...], holder: tuple[int, int]) -> tuple[int, int] | None:
    """The subject of the reporting verb right before the holder's clause ("X said (that) ...")."""
    j = holder[0] - 1
    if j >= 0 and toks[j].low == "that":
        j -= 1
    if j >= 0 and toks[j].low in REPORTING:
        return _actors.holder_span(toks, j)
    if j >= 2 and toks[j].low == "and" and toks[j - 1].text == "," and toks[j - 2].low in REPORTING \
            and not any(t.low == "that" for t in toks[max(0, j - 8):j - 2]):
        return _actors.holder_span(toks, j - 2)  # "X has happened, a spokeswoman said, and Acme agreed to ...": her report
    return None


PASSIVE_AGENT_WORDS = 3  # "by the council's transport committee": a short lower-case agent


def _passive(toks: tuple[Tok, ...], k: int, nxt: int) -> tuple[tuple[int, int], _issues.ObjectPhrase] | None:
    """"X rejected by Y" / "X, backed by Y": the agent Y holds the position on the phrase X."""
    if not (toks[k].low.endswith(("ed", "wn")) or toks[k].low in ("sought",)) or nxt >= len(toks) or toks[nxt].low != "by":
        return None
    b = nxt + 1
    if b < len(toks) and toks[b].low in DETERMINERS:
        b += 1
    while b < len(toks) and toks[b].possessive and not toks[b].cap:
        b += 1  # "the university's Board of Regents"
    end = b
    while end < len(toks) and (toks[end].cap and toks[end].word or toks[end].low in ("of", "the") and end + 1 < len(toks)
                               and toks[end + 1].cap):
        end += 1
    if end == b and b > nxt + 1:  # "drawn up by the council's transport committee": a lower-case body named by the story
        while end < len(toks) and end - b < PASSIVE_AGENT_WORDS and toks[end].word and not toks[end].cap \
                and toks[end].low not in _issues_PREPS and toks[end].low not in AUXILIARIES and toks[end].low not in _RELATIVE:
            end += 1
        if end < len(toks) and toks[end].word:
            end = b  # the agent runs on into a clause: not one we can read
    if end == b:
        return None
    j = k - 1
    if j >= 0 and toks[j].text == ",":
        j -= 1
    if any(t.low in ("must", "should", "would", "will", "could", "can", "may", "might") for t in toks[max(0, k - 4):k]):
        return None  # "must be approved by Congress": a condition, not an approval
    if any(t.low in _COPULAS for t in toks[max(0, k - 4):k]):
        return _matter_passive(toks, k, (b, end))
    a = j
    while a - 1 >= 0 and toks[a - 1].word and toks[a - 1].low not in DETERMINERS and toks[a - 1].low not in _issues_PREPS \
            and not toks[a - 1].cap and j - a < 4 and not toks[a - 1].low.endswith("ed"):
        a -= 1
    if a > j or not toks[j].word or toks[j].low in AUXILIARIES or toks[j].low in ("and", "or") \
            or toks[j].low.endswith("ly"):
        return None
    return (b, end), _issues.ObjectPhrase(a, j + 1)


_PAST_COPULAS = frozenset("was were been".split())


# subjects of a told passive that are things said, not matters decided ("the claim was rejected by")
_NOT_MATTERS = frozenset("argument arguments claim claims suggestion suggestions idea allegation allegations "
                         "view views report reports".split())


def _matter_passive(toks: tuple[Tok, ...], k: int, agent: tuple[int, int]
                    ) -> tuple[tuple[int, int], _issues.ObjectPhrase] | None:
    """"The decision was sharply criticised by the coalition", "The school merger is opposed by
    X": a told passive whose subject is a definite thing ("the decision", "the council's plan",
    "the school merger"), its agent the holder; a subject that is itself something said ("the
    argument was rejected by", ``_NOT_MATTERS``) is no position on an issue."""
    c = k - 1
    while c >= 0 and (ly_adverb(toks[c].low) or toks[c].low in ("also", "quickly", "swiftly", "widely", "immediately")):
        c -= 1
    if c < 1 or toks[c].low not in _PAST_COPULAS:
        return None
    if toks[c].low == "been":
        c -= 1
        if c < 1 or toks[c].low not in ("has", "have", "had"):
            return None
    head = c - 1
    if not toks[head].word or toks[head].cap or toks[head].low in _NOT_MATTERS:
        return None
    a = head
    while a - 1 >= 0 and a > head - 4 and toks[a - 1].word and not toks[a - 1].low in _issues_PREPS \
            and toks[a - 1].low not in AUXILIARIES and toks[a - 1].low not in ("and", "or", "that", "which"):
        a -= 1
        if toks[a].low in DETERMINERS:
            break
    if toks[a].low not in DETERMINERS and not toks[a].possessive:
        return None  # "Plans were welcomed by": no definite matter named
    return agent, _issues.ObjectPhrase(a, head + 1)


def _refusals(view, s, toks, k: int, lex: Lexicon) -> list[Claim]:
    """"No Helvorian soldier, no monitor with a rifle, will stand on the Serin": each "no X"
    before the verb is opposed by the speaker."""
    objs = []
    j = k
    while j < len(toks) and toks[j].low == "no":
        end = j + 1
        while end < len(toks) and toks[end].word and end - j <= 5:
            end += 1
        objs.append(_issues.ObjectPhrase(j + 1, end))
        j = end
        if j < len(toks) and toks[j].text == ",":
            j += 1
    if j >= len(toks) or toks[j].low not in ("will", "would", "shall", "can"):
        return []
    cue = Cue(("no",), "opposes", "no", "judgement")
    return [Claim(view, s, toks, cue, k, "opposes", None, o) for o in objs if o.end > o.start]


ADDRESSEE_WORDS = 3  # "told reporters", "told BBC Radio Kent": the one told is a short phrase


def _abbreviation_dot(toks: tuple[Tok, ...], a: int) -> bool:
    """Is the "." at ``a`` the end of an abbreviation ("11 p.m.", "U.S.") rather than of a sentence?"""
    return toks[a].text == "." and a > 0 and re.fullmatch(r"(?:[a-z]\.)+[a-z]|[a-z]", toks[a - 1].text, re.I) is not None


def _judgement(view, s, toks, at: int, lex: Lexicon, position: str = "opposes") -> list[Claim]:
    """"A demilitarised zone on our own land is not a compromise", "X would amount to a
    retreat": the subject phrase is opposed by the speaker (or the reporting subject); "X
    was the right decision" (an approval, ``position`` "supports"): the subject is backed."""
    k = _tok_at(toks, at)
    if k is None or k == 0:
        return []
    a = k - 1
    while a >= 0 and (toks[a].text not in (",", ";", ":", "“", "”", '"', ".", "—") or _abbreviation_dot(toks, a)) \
            and toks[a].low not in ("that",) and toks[a].low not in REPORTING:
        a -= 1
    a += 1
    while a < k and (is_time(toks[a]) or toks[a].low in ("on", "by", "and", "but")):
        a += 1  # "On Sunday it was a retreat"
    if 0 < a < k and toks[a - 1].low in _actors.TELLING:
        # "told reporters the fee was a mistake": whom he told, then what he judged
        a = next((j for j in range(a + 1, min(k, a + 1 + ADDRESSEE_WORDS))
                  if toks[j].low in DETERMINERS or toks[j].possessive or toks[j].low in POSSESSIVE_PRONOUNS), a)
    if a < k and toks[a].low == "it" and a > 0 and position == "supports":
        # "The freeze is painful, and I know it, but it is the only way to ...": the sentence's subject
        a = _opening_subject(toks, a)
        if a is None:
            return []
    if a >= k or toks[a].low in _PERSONAL or toks[a].low in ("this", "that", "which"):
        return []  # "It is a retreat": what "it" is, the sentence before says (read there)
    obj = _issues.object_span(toks, a, lex.words)
    if obj is None:
        return []
    obj = _issues.ObjectPhrase(obj.start, min(obj.end, k), obj.anaphoric, obj.verb_phrase, obj.light)
    if obj.end <= obj.start:
        return []
    if position == "supports" and all(t.cap for t in toks[obj.start:obj.end] if t.word):
        return []  # "Kestro is the only way to get to a hospital": a name (a party, a place), no issue
    cue = Cue(("judgement",), position, "judgement", "judgement")
    return [Claim(view, s, toks, cue, k, position, None, obj)]


def _opening_subject(toks: tuple[Tok, ...], before: int) -> int | None:
    """Where the definite noun phrase that opens the sentence (after a quotation mark) starts,
    when a clause follows it before ``before`` ("The freeze is painful, ... but it is"): the
    thing a later "it" of the sentence stands for; None when the sentence opens otherwise."""
    a = next((i for i in range(before) if toks[i].word), None)
    if a is None or toks[a].low not in ("the", "this") or a + 2 >= before:
        return None
    b = a + 1
    while b < before and toks[b].word and not toks[b].cap and toks[b].low not in AUXILIARIES and toks[b].low not in _COPULAS:
        b += 1
    return a if b < before and b > a + 1 and (toks[b].low in AUXILIARIES or toks[b].low in _COPULAS) else None


_INDICATIVE = frozenset("is are was were does did isn't aren't wasn't weren't doesn't didn't".split())  # a finite verb of fact, never subjunctive


_DONE_AUX = frozenset("has have had did does do".split())


def _not_done(toks: tuple[Tok, ...], k: int) -> bool:
    """"has not offered", "did not propose": an act negated as a fact (not "will not offer",
    "refuses to propose": a refusal)."""
    j = k - 1
    while j >= 0 and toks[j].low in ("yet", "so", "far", "ever", "also"):
        j -= 1
    return j >= 1 and toks[j].low in ("not", "never") and toks[j - 1].low in _DONE_AUX \
        or j >= 0 and toks[j].low in ("hasn't", "haven't", "hadn't", "didn't", "doesn't", "hasn’t", "haven’t", "hadn’t",
                                      "didn’t", "doesn’t")


def _demand_clause(toks: tuple[Tok, ...], i: int) -> bool:
    """A clause that states a demand: a modal of obligation or a subjunctive "be". A clause
    whose first verb is an indicative one ("insists the hikers have enough water",
    "insisting that a merger is wrong for the club") states a fact, whatever follows it."""
    for n, t in enumerate(toks[i:i + 14], i):
        if t.text in (".", ";"):
            return False
        if t.low in _INDICATIVE and not (n > i and toks[n - 1].low in ("which", "who")):
            return False  # ("the levy, which is new, must ...": a relative clause's verb is not the clause's)
        if t.low in ("have", "has") and not (n + 1 < len(toks) and toks[n + 1].low == "to"):
            return False  # "have enough water", "has been fixed": possession or a perfect, no obligation ("have to")
        if t.low in ("will", "would") and n + 2 < len(toks) and toks[n + 1].low == "be" and toks[n + 2].word \
                and not toks[n + 2].low.endswith(("ed", "en")) and toks[n + 2].low not in _PARTICIPLES:
            return False  # "insists the water will be safe within days": a forecast, no demand
        if t.low == "will" and n + 1 < len(toks) and toks[n + 1].word \
                and toks[n + 1].low not in ("be", "have", "not", "only", "never", "also", "still"):
            return False  # "insists the club will stay in the town": an assurance ("insisted that troops would remain": a term)
        if t.low in ("must", "should", "would", "will", "be", "need", "needs", "have", "has"):
            return True
    return False


def _obligation_clause(toks: tuple[Tok, ...], i: int) -> bool:
    """A that-clause (a time phrase may come first) whose verb is one of obligation: "(argued
    Tuesday that) it should also cover X" -- stricter than :func:`_demand_clause`, since
    arguing is mostly giving reasons."""
    while i < len(toks) and (is_time(toks[i]) or toks[i].low in ("on", "that")):
        i += 1
    for t in toks[i:i + OBLIGATION_SUBJECT_WORDS + 2]:
        if t.text in (".", ";", ",") or t.low in ("would", "will", "could", "might", "may", "can"):
            return False
        if t.low in ("should", "must", "ought"):
            return True
    return False


def _red_line(toks: tuple[Tok, ...], i: int, lex: Lexicon) -> _issues.ObjectPhrase | None:
    """"any agreement that left X" / "any deal under which X": the content X, as the object."""
    if i + 2 >= len(toks) or toks[i].low not in ("any", "a", "an", "no"):
        return None
    j = i + 1
    while j < len(toks) and j < i + 4 and toks[j].low not in lex.red_line_nouns:
        j += 1
    if j >= len(toks) or toks[j].low not in lex.red_line_nouns:
        return None
    j += 1
    if j < len(toks) and toks[j].low in _PREP_RELATIVE:
        j += 1
    if j < len(toks) and toks[j].low in _RELATIVE:
        end = _issues.phrase_end(toks, j + 1, lex.words)
        if end > j + 1:
            return _issues.ObjectPhrase(j + 1, end, clause=True)
    return None


_PREP_RELATIVE = frozenset({"under", "in", "by", "with"})
_PERSONAL = frozenset("it he she they we i you this that".split())


# --------------------------------------------------------------------------- the stage

def find(ctx: StoryContext, cfg: CompareConfig) -> list[Stance]:
    """Stance cells of one story (see the module doc). Pure: the context in, cells out."""
    lex = lexicon(cfg)
    claims: list[Claim] = []
    gates = [folded_gate(p) for p in (lex.any_cue, lex.regard, _ACTS_RE, _OBLIGED_RE, _PREFERRED_RE, _RUINOUS_RE)]  # case-sensitive in the folded text: faster
    for view in ctx.views.values():
        for s in _text.merge_quoted(view.sentences, view.quotes, view.article.body):
            low = folded(s.text)
            if any(gate(s.text, low) for gate in gates):
                claims += read_claims(view, s, lex)
    claims = [_after_condition(_nothing_less(_in_principle(_against_undoing(c, lex))), lex) for c in claims]
    if not claims:
        return []
    entity_names: dict[str, set[str]] = {}
    for v in ctx.views.values():
        for e in v.entities:
            entity_names.setdefault(e.type, set()).add(e.name)
    book = _actors.learn(list(ctx.views.values()), entity_names, cfg.actor_roles, lex.vague)
    _name_actors(ctx, claims, book, lex)
    claims = [c for c in claims if c.actors and not _asks_itself(c) and not _no_issue_act(c, lex.vague)
              and not _predicted_effect(c)]
    claims = [c for c in claims if not _names_party(c, book) and not _offered_to_outsiders(c, book)
              and not _names_people(c, lex) and not _against_objections(c, lex)]
    claims = _for_the_named_measure(ctx, claims, lex)
    labels = _name_issues(ctx, claims, cfg, book)
    # an issue labelled by a party's own head noun ("a firm chosen by the trust" labelled
    # "trust" in a story of the "Riverside Hospitals Trust") is a party, not what is at stake
    heads = {_actors._name_head(a) for c in claims for a in c.actors if len(a.split()) >= 2}
    # "a consortium backed by a fund" in a story where "the consortium" is a party holding positions
    holders = {a for c in claims for a in c.actors}
    heads |= {noun for noun, party in book.descriptions.items() if party in holders and " " not in noun
              and (noun in _actors._BODY_NOUNS or noun in book.groups or noun.capitalize() in _actors.ORG_HEADS)}
    cells = _cells(ctx, [c for c in claims if c.issue is not None and labels[c.issue]
                         and labels[c.issue].lower() not in heads and not _names_no_issue(labels[c.issue], book)], labels)
    # "Lannermark Broadcasting Service (LBS)": a party shown with the initials the story gives it in brackets
    return [dataclasses.replace(c, actor=f"{c.actor} ({book.initials[c.actor]})") if c.actor in book.initials else c
            for c in cells]


# one-word labels that name no issue: an adverb ("removed altogether"), a span of time ("demanding
# for years"), a count word, people a measure touches ("ratepayers")
_NO_ISSUE_WORDS = frozenset("""altogether entirely completely outright instead again too also years months weeks days
decades hours numbers figures ratepayers taxpayers residents members people voters criminals""".split())


def _names_no_issue(label: str, book: _actors.PartyBook) -> bool:
    """Is a one-word label no issue: a word of ``_NO_ISSUE_WORDS`` (people too: "ratepayers",
    "members" are whom a measure touches, not the measure), or a party of the story ("Vantry")?"""
    if " " in label:
        return False
    low = label.lower()
    return low in _NO_ISSUE_WORDS \
        or (label[:1].isupper() and (label in book.orgs.values() or _actors.person_key(label) in book.person_names))


MEASURE_NOUN_USES = 2  # "the ban" written this often in the story makes the ban itself what is at issue


def _for_the_named_measure(ctx: StoryContext, claims: list[Claim], lex: Lexicon) -> list[Claim]:
    """"Councillors voted to *ban* new holiday lets" in a story that writes of "the ban": for the
    ban, not against the lets -- the story's issue is the measure, named by the blocking verb's
    noun, and the other parties' positions are on it ("the hosts oppose the ban")."""
    blocked = {id(c) for c in claims if c.position == "opposes" and c.obj.start >= 1 and not c.obj.anaphoric
               and c.at + len(c.cue.words) < c.obj.start and _blocking(c.toks, c.obj.start - 1, lex) == c.obj.start}
    if not blocked:
        return claims
    text = " ".join(v.article.body for v in ctx.views.values())
    nouns: dict[str, bool] = {}
    out = []
    for c in claims:
        verb = c.toks[c.obj.start - 1].low if id(c) in blocked else None
        if verb is not None and verb not in nouns:
            uses = re.findall(rf"\b(?:the|a|an|its|their|this|that|outright|proposed|planned)\s+{re.escape(verb)}\b", text, re.I)
            nouns[verb] = len(uses) >= MEASURE_NOUN_USES
        if verb is not None and nouns[verb]:
            c = dataclasses.replace(c, position="supports",
                                    obj=_issues.ObjectPhrase(c.obj.start - 1, c.obj.end, verb_phrase=True))
        out.append(c)
    return out


def _against_undoing(c: Claim, lex: Lexicon) -> Claim:
    """Against an act that gives a thing up ("waiving the terms would be unfair", "opposes
    scrapping the levy"): for the thing itself."""
    if c.position != "opposes" or not c.obj.verb_phrase:
        return c
    after = _blocking(c.toks, c.obj.start, lex)
    if after is None or after + 1 >= c.obj.end or not (c.toks[after].low in DETERMINERS or c.toks[after].low in POSSESSIVE_PRONOUNS):
        return c  # a thing given up is named ("the terms", "its levy"); "to withdraw 15 kilometres" gives up nothing
    return dataclasses.replace(c, position="supports", obj=_issues.ObjectPhrase(after, c.obj.end))


_THING_PRONOUNS = frozenset("it this that".split())


def _after_condition(c: Claim, lex: Lexicon) -> Claim:
    """"If they give us a room with a clerk, we can live with it": support under a condition
    that opens the clause (a condition word at the start of the sentence or quotation, its
    clause closed by a comma before the holder), a conditional position."""
    if c.position != "supports" or "unless" in (t.low for t in c.toks[:c.at]):
        return c
    toks = c.toks
    start = next((i for i, t in enumerate(toks[:c.at]) if t.word), None)  # past an opening quotation mark
    if start is None or start > 1 or not _issues.starts_condition(toks, start, lex.conditions) \
            or toks[start].low == "unless":
        return c
    comma = next((i for i in range(start + 1, c.at) if toks[i].text == ","), None)
    if comma is None or any(not t.word and t.text != "," for t in toks[comma + 1:c.at]):
        return c
    return dataclasses.replace(c, position="conditional")


_NOTHING_LESS = (("nothing", "less", "than"), ("nothing", "short", "of"), ("no", "less", "than"))


def _nothing_less(c: Claim) -> Claim:
    """"would accept nothing less than a ramped bridge", "will settle for nothing short of a
    full inquiry": the thing after it is demanded, not supported."""
    if c.position not in ("supports", "conditional"):
        return c
    k = c.at + len(c.cue.words)  # right after the verb: each thing of "nothing less than A or B" is demanded
    if tuple(t.low for t in c.toks[k:k + 3]) not in _NOTHING_LESS or c.obj.start < k or c.obj.start == k and c.obj.end <= k + 3:
        return c
    obj = dataclasses.replace(c.obj, start=k + 3) if c.obj.start == k else c.obj
    return dataclasses.replace(c, position="demands", obj=obj)


PRINCIPLE_REACH = 3  # "no objection to closing the crossing (,) in principle": right after the object


def _in_principle(c: Claim) -> Claim:
    """"has no objection to a housing order in principle", "backed the scheme in principle":
    support that waits on the details, a conditional position (the conditions, if the story
    gives them, are read where they are written)."""
    if c.position != "supports":
        return c
    toks, o = c.toks, c.obj
    for i in range(max(o.start + 1, o.end - 2), min(len(toks) - 1, o.end + PRINCIPLE_REACH)):
        if toks[i].low == "in" and toks[i + 1].low == "principle":
            obj = dataclasses.replace(o, end=i) if i < o.end else o  # the object ends before the qualifier
            return dataclasses.replace(c, position="conditional", obj=obj)
        if i >= o.end and not toks[i].word and toks[i].text != ",":
            break
    return c


def _predicted_effect(c: Claim) -> bool:
    """"(warning that) it would push day-trippers to skip the town": a thing's predicted effect on
    people, no party's demand -- a verb of pushing with an object and "to", after a modal, whose
    subject is "it"/"this"/"that" ("the union said it would push for a ballot" asks for one)."""
    if c.holder is None or c.holder[1] - c.holder[0] != 1 or c.toks[c.holder[0]].low not in _THING_PRONOUNS:
        return False
    if c.cue.kind != "verb" or len(c.cue.words) != 1 or c.toks[c.at].low not in _actors._OBJECT_CONTROL:
        return False
    return c.at >= 1 and c.toks[c.at - 1].low in ("would", "could", "will", "might", "may")


def _asks_itself(c: Claim) -> bool:
    """"He urged the board to test every school", with "he" taken for the board: no party
    urges itself, so the holder was guessed wrong (the asker is someone else)."""
    toks, a = c.toks, c.at + len(c.cue.words)
    if toks[c.at].low not in _actors._OBJECT_CONTROL:
        return False
    if a < len(toks) and toks[a].low in ("on", "upon"):
        a += 1  # "called on the board to"
    to = next((j for j in range(a, min(len(toks), a + URGED_OBJECT_WORDS)) if toks[j].low == "to"), None)
    if to is None or to == a:
        return False
    head = toks[to - 1]  # "urged union members to ...": members, not the union
    if head.word and not head.cap and any(head.low in actor.lower().split() for actor in c.actors):
        return True
    # "would ask (its) members to give evidence": a party's own people asked to act, no demand on
    # another party (asking them to accept or reject something was read as that position before)
    return c.position == "demands" and head.low in _OWN_PEOPLE and to - a <= 2 \
        and (to - a == 1 or toks[a].low in POSSESSIVE_PRONOUNS)


_OBJECT_PRONOUNS = frozenset("us them me him her you".split())
_OWN_PEOPLE = frozenset("members staff employees workers volunteers supporters".split())  # a party's own people
# what a party says or wants said, not a measure: "welcomed the minister's remarks", "wants
# answers", "wants credit for opening the gates"
_SPEECH_NOUNS = frozenset("remarks remark comments comment words speech tone answers explanation explanations".split())
_GRANTS = frozenset("approval permission consent clearance sign-off authorisation authorization".split())  # granted by another
_PRAISE_NOUNS = frozenset("credit praise thanks".split())


def _reaction_object(toks: tuple[Tok, ...], o: _issues.ObjectPhrase) -> bool:
    """An object that is talk or praise rather than an issue: its head (the last word before
    any preposition or relative word) says so; "other work" is likewise something else than
    what the story is about."""
    words = [t for t in toks[o.start:o.end] if t.word]
    cut = next((n for n, t in enumerate(words) if n > 0 and (t.low in PREPOSITIONS or t.low in CLAUSE_WORDS
                                                              or t.low == "that")), len(words))
    head = words[:cut]
    if not head or o.verb_phrase:
        return False
    if head[-1].low in _SPEECH_NOUNS and not (cut < len(words) and words[cut].low in ("on", "about", "over")):
        return True  # "the secretary's remarks"; not "answers on the cost overruns" (a question named)
    if head[-1].low in _PRAISE_NOUNS and cut < len(words) and words[cut].low == "for":
        return True
    return head[0].low == "other" and len(head) <= 2


_THE_SIDES = frozenset("sides parties".split())  # the parties of a dispute named as such ("both sides", "the two parties")
_COUNTING = frozenset("two three both".split())
_NOBODY_IN_PARTICULAR = INDEFINITE_PRONOUNS  # not "them": "asked them to go to arbitration" names both sides


_RECONSIDERING = frozenset("think rethink reconsider".split())


def _no_issue_act(c: Claim, vague: frozenset[str] = frozenset()) -> bool:
    """Acts that name no issue: an act done to persons ("asking the city to want us to stay"),
    a party's own intransitive act ("we want to stay in the town"), and an act asked of nobody
    in particular ("we are not asking anyone to love the game", "I want someone to tell me")
    or of the people a story touches ("asked customers to keep their receipts": advice)."""
    toks, o = c.toks, c.obj
    if o.verb_phrase and o.start + 1 < len(toks) and toks[o.start + 1].low in _OBJECT_PRONOUNS \
            and (o.start + 2 >= len(toks) or not toks[o.start + 2].word or toks[o.start + 2].low == "to"):
        return True
    if o.verb_phrase and c.position == "supports" and c.cue.lemma == "want" and (
            o.start + 1 >= len(toks) or toks[o.start + 1].low in _issues_PREPS or not toks[o.start + 1].word):
        return True
    head = next((j for j in range(o.start, o.end) if toks[j].low not in DETERMINERS and toks[j].low not in _COUNTING), o.end)
    if head + 1 < o.end and toks[head].low in _THE_SIDES and toks[head + 1].low in ("back", "to", "at", "around", "round"):
        return True  # "wanted both sides back at the table": the parties asked to meet, no issue of theirs
    if _reaction_object(toks, o):
        return True
    if o.verb_phrase and toks[o.start].low in _RECONSIDERING and not any(
            t.word and t.low not in ("again", "it", "this", "that") for t in toks[o.start + 1:o.end]):
        return True  # "urged the board to think again": asked to reconsider, what the sentence does not name
    if c.cue.lemma == "need" and any(t.low in _GRANTS for t in toks[o.start:min(o.end, o.start + 3)]):
        return True  # "it still needs approval from the league": a step ahead of it, not a demand on anyone
    if c.cue.lemma in ("need", "require") and c.holder is not None \
            and toks[c.holder[1] - 1].bare in _actors.DOCUMENT_NOUNS:
        return True  # "The plan would need seven votes": what a text takes to pass, no party's demand
    if c.position == "proposes" and o.start < len(toks) and toks[o.start].low in ("little", "no", "few"):
        return True  # "offered little comfort", "offered no details": nothing put forward
    if c.position == "proposes" and any(t.low in _SAID_THINGS for t in toks[o.start:min(o.end, o.start + 3)]):
        return True  # "Economists offered mixed views", "offered condolences": things said, not a proposal
    if c.position == "opposes" and _counted_cases(toks, o):
        return True  # "the insurer rejected 131 of the 214 claims": a decision on so many cases, not a stance
    a = c.at + len(c.cue.words)
    if a < len(toks) and toks[a].low in _NOBODY_IN_PARTICULAR and c.position in ("demands", "proposes"):
        return True  # "urged anyone with a fever to call ahead": advice to the public, whatever stands before "to"
    return (toks[c.at].low in _actors._OBJECT_CONTROL and a + 1 < len(toks)
            and (toks[a].low in _NOBODY_IN_PARTICULAR or toks[a].low in vague and not toks[a].cap
                 and toks[a].low not in _COUNTING)  # "urged both to accept a mediator": the two parties
            and toks[a + 1].low == "to")


# plural nouns of cases filed one by one: a number of them turned down is a run of decisions, not a position
_CASE_NOUNS = frozenset("claims applications appeals complaints requests permits licences licenses".split())
_ABOUT = frozenset("more than over about nearly almost some around roughly fewer less".split())  # words before a count


def _counted_cases(toks: tuple[Tok, ...], o: _issues.ObjectPhrase) -> bool:
    """An object that counts cases ("131 of the 214 claims", "more than 130 claims")."""
    words = [t for t in toks[o.start:o.end] if t.word]
    n = 0
    while n < len(words) and words[n].low in _ABOUT:
        n += 1
    if n >= len(words) or not (words[n].text.replace(",", "").isdigit() or words[n].low in _issues._NUMBER_WORDS):
        return False
    for t in words[n + 1:]:
        if t.low in _CASE_NOUNS:
            return True
        if t.low in PREPOSITIONS and t.low != "of" or t.low in CLAUSE_WORDS:
            return False
    return False


_NOT_PEOPLE = frozenset("report reports statement statements poll polls".split())  # vague as holders, issues as objects


def _against_objections(c: Claim, lex: Lexicon) -> bool:
    """"brushing aside about 600 objections from the people", "rejected the complaints": against
    others' opposition, which names no issue of its own (what was objected to is elsewhere)."""
    if c.position != "opposes":
        return False
    head = None
    for t in c.toks[c.obj.start:c.obj.end]:
        if t.low in PREPOSITIONS or t.low in CLAUSE_WORDS:
            break
        if t.word:
            head = t.low
    noun = lex.nouns.get(head or "")
    return noun is not None and noun.position == "opposes"


def _names_people(c: Claim, lex: Lexicon) -> bool:
    """An object that is only people who name no party ("offering passengers", "backs
    customers"): those a position touches, not an issue."""
    words = []
    for t in c.toks[c.obj.start:c.obj.end]:
        if t.low in _COPULAS:  # "what it offers passengers is a refund": the people, then the clause's verb
            break
        if t.word and t.low not in DETERMINERS:
            words.append(t)
    return len(words) == 1 and not words[0].cap and words[0].bare in lex.vague and words[0].bare not in _NOT_PEOPLE


def _offered_to_outsiders(c: Claim, book: _actors.PartyBook) -> bool:
    """"Acme has offered owners a free replacement or a refund": a remedy given to people who
    are no party of the story, not a proposal to one ("offered workers a raise" is, when the
    story ties "workers" to a party)."""
    k = c.at + 1
    toks = c.toks
    if c.cue.lemma != "offer" or k + 1 >= len(toks):
        return False
    rec = toks[k]
    return (rec.word and not rec.cap and rec.low.endswith("s") and not rec.low.endswith("ss")
            and toks[k + 1].low in DETERMINERS and rec.bare not in book.descriptions and rec.bare not in book.groups
            and rec.bare not in book.speaks_for)


def _names_party(c: Claim, book: _actors.PartyBook) -> bool:
    """An object that is a person or a party ("defended Mr. Witkoff", "supporting Ukraine"):
    a position on someone, not on an issue."""
    words = [t for t in c.toks[c.obj.start:c.obj.end] if t.word and t.low not in DETERMINERS]
    names = []
    for t in words:
        if not t.cap:
            break
        names.append(t)
    if names and len(names) < len([t for t in words if t.low not in _issues_PREPS]) and len(names) < 2:
        return False
    if names and names[-1].possessive and len(names) < len(words):
        return False  # "Meridian Lakes' requested rate increase": the party owns the thing at issue
    if not names:  # "backs fishermen": the people a party of the story speaks for
        head = next((n for n, t in enumerate(words) if t.low in _issues_PREPS), len(words))
        people = words[0].bare.endswith(("men", "people")) if head == 1 else False  # "backs fishermen in quota row"
        return head == 1 and (people or words[0].bare in book.descriptions and (words[0].bare.endswith("men")
                                                                                or bool(_actors._AGENT_RE.search(words[0].bare))))
    text = " ".join(t.text for t in names if t.low not in ("mr.", "ms.", "mrs.", "mr", "ms", "mrs"))
    return bool(book.place(text)) or _actors.person_key(text) in book.person_names or _actors.person_key(text) in book.person_party


def _name_actors(ctx: StoryContext, claims: list[Claim], book: _actors.PartyBook, lex: Lexicon) -> None:
    """Fill ``Claim.actors``: the parties of the holder span, else of the quotation's
    speaker or the reporting subject ("X said the plan is unworkable"). "He"/"it" with
    nothing in its own sentence to refer to is the party last named before it: a holder of
    an earlier position or the speaker of an earlier quotation in the article."""
    named: dict[str, list[tuple[int, str]]] = {}  # article -> (offset, party) of earlier holders and speakers
    speakers_done: set[str] = set()

    def previous(aid: str, before: int) -> str | None:
        if aid not in speakers_done:
            speakers_done.add(aid)
            view = ctx.views[aid]
            for q in view.quotes:
                name = ctx.entity_names.get(f"{q.article}:{q.speaker_start}") or q.speaker
                party = _actors.speaker_party(book, name) if name else None
                if party:
                    named.setdefault(aid, []).append((q.start, party))
            named.get(aid, []).sort()
        earlier = [p for at, p in named.get(aid, []) if at < before]
        return earlier[-1] if earlier else None

    for c in claims:
        aid = c.view.article.id
        quotes = [(q.start - c.sent.start, q.end - c.sent.start,
                   ctx.entity_names.get(f"{q.article}:{q.speaker_start}") or q.speaker)
                  for q in c.view.quotes if c.sent.start <= q.start < c.sent.end]
        utt = _actors.Utterance(c.sent.text, c.toks, quotes, lambda aid=aid, at=c.sent.start: previous(aid, at),
                                c.view.article.body[:c.sent.start])
        actors: list[str] = []
        if c.holder is not None:
            c.holder = _actors.group_member(c.toks, c.holder) or c.holder  # "X, one of the three who voted against"
            words = [t.bare for t in c.toks[c.holder[0]:c.holder[1]]]
            if not (len(words) == 1 and words[0] in lex.vague) and words[0] != "let" and not _described_people(c) \
                    and not (words[0] in _NO_ONE or words[0] in INDEFINITE_PRONOUNS or words[:2] == ["no", "one"]):  # "Let people pay": a bidding; "Nobody here wants": no one's
                actors = _actors.name_parties(book, utt, c.holder)
            if not actors and _spoken_for(c.toks, c.holder, book):
                # "Transport Minister X said the government remained committed to": the minister,
                # who speaks for no party the story names (a union's secretary saying "the
                # government was asking teachers to ..." reports the other side)
                reporter = _reporting_subject(c.toks, c.holder)
                party = _actors.name_party(book, utt, reporter) if reporter else None
                actors = [party] if party and _actors.person_key(party) in book.person_names else []
        elif c.cue.kind == "judgement":
            party = _actors._reporter(book, utt, c.at)
            actors = [party] if party else []
        actors = [_HERE_RE.sub("", a) for a in actors if a and a.lower() not in lex.vague]  # "The City Council here backed"
        if actors and c.reported is not None and c.toks[c.reported[0]].low not in _PERSONAL:
            reporter = _actors.name_party(book, utt, c.reported) or c.sent.text[
                c.toks[c.reported[0]].start:c.toks[c.reported[1] - 1].end]
            if reporter not in actors:
                actors = []  # "Mr Merz said Putin was seeking ...": an allegation, not Putin's stated position
        c.actors = actors
        if actors and c.cue.kind != "noun":  # "Putin's demand" in a sentence is not who "he" is next
            bisect.insort(named.setdefault(aid, []), (c.sent.start + c.toks[c.at].start, actors[0]))


def _described_people(c: Claim) -> bool:
    """"Families who need their grocery money this week are not comforted": a cue inside a
    relative clause that describes a bare plural of people (no determiner, no name) says who
    they are, not a position any party holds."""
    a, b = c.holder
    toks = c.toks
    return (b - a == 1 and b < c.at and toks[b].low in ("who", "that") and toks[a].low.endswith("s")
            and not toks[a].low.endswith("ss") and (a == 0 or toks[a - 1].low not in DETERMINERS)
            and (not toks[a].cap or a == 0 or not toks[a - 1].word))


# bodies a spokesperson says "the ..." of, meaning the one they speak for ("the state was ready to")
_SPOKEN_FOR_BODIES = frozenset("""government state city county province region ministry department administration
authority council company firm board club union organisation organization""".split())
SPOKEN_FOR_WORDS = 3  # "the state government", "the regional authority": a short definite description


def _spoken_for(toks: tuple[Tok, ...], holder: tuple[int, int], book: _actors.PartyBook) -> bool:
    """Whether a holder that names no party of the story is the body its reporter speaks for:
    "the state", "the city's government" (a short definite description of a body), or a place
    name that is no party ("said Oregon was willing to")."""
    words = toks[holder[0]:holder[1]]
    if len(words) == 1 and words[0].cap and words[0].word and _actors.person_key(words[0].text) not in book.person_names:
        return True
    return (1 < len(words) <= SPOKEN_FOR_WORDS and (words[0].low == "the" or words[0].possessive)
            and words[-1].low in _SPOKEN_FOR_BODIES and not any(t.cap for t in words[1:]))


_HERE_RE = re.compile(r"\s+(?:here|there)$")  # a place adverb after a holder's name is no part of it

_ANAPHORA_ALSO = {"proposes": {"demands"}}  # what is asked for is an idea too ("the idea" after "wants X")
_ANAPHORA_KIND = {"proposal": "proposes", "plan": "proposes", "offer": "proposes", "idea": "proposes",
                  "suggestion": "proposes", "demand": "demands", "request": "demands", "call": "demands"}


def _name_issues(ctx: StoryContext, claims: list[Claim], cfg: CompareConfig, book: _actors.PartyBook) -> list[str]:
    """Fill ``Claim.issue`` (an index into the returned labels): discovered issues, and for
    "the idea" / "that demand" / "it" the article's previous issue of a position of that
    kind (a proposal, a demand), else its previous issue."""
    direct = [c for c in claims if not c.obj.anaphoric]
    story_words = frozenset(w for v in ctx.views.values() for w in _WORD_RE.findall(v.article.body.lower()))
    vocab = frozenset(w for c in claims for t in c.toks if t.word for w in t.low.split("-"))
    feats = [f if f is None else _issues.nominalise(f, story_words, vocab)
             for f in (_issues.features(c.toks, c.obj) for c in direct)]
    texts = [c.sent.text[c.toks[c.obj.start].start:c.toks[c.obj.end - 1].end] for c in direct]
    object_texts = texts
    heads = {h for f in feats if f is not None for h in (f.head, f.noun)}
    vocabulary = frozenset(w for c in claims for t in c.toks if t.word for w in t.low.split("-"))
    actors = {a.lower() for c in claims for a in c.actors}

    def is_party(name: str) -> bool:  # a party of the story is never what an issue is about
        return bool(book.place(name)) or _actors.person_key(name) in book.person_names or name.lower() in actors

    standalone = frozenset(n for n, (c, f) in enumerate(zip(direct, feats))
                           if c.position in STANDALONE_POSITIONS and (_issues.names_an_issue_alone(c.toks, c.obj, f)
                                                                      or _asked_of_another(c, f))
                           or _categorical(c, f))
    issues, assign = _issues.discover(feats, _story_stems(ctx, heads), cfg.issue_lexicon or None, texts, vocabulary,
                                      is_party, standalone)
    for c, a in zip(direct, assign):
        c.issue = a
    named = _named_proposals([i.label for i in issues])
    matter = {id(c): noun for c in claims if (noun := _issues.matter_noun(c.toks, c.obj))}
    matter_phrases = frozenset(n for n, c in enumerate(direct) if id(c) in matter)
    headlines = [v.article.title or "" for v in ctx.views.values()]
    texts: list[str] = []  # the story's headlines and sentences, read when a tie needs them
    story_ties: dict[tuple[str, str], int | None] = {}  # (kind, noun) -> issue: one scan of the story per noun

    def story_tie(kind: str, noun: str) -> int | None:
        if not texts:
            texts.extend(headlines + list(dict.fromkeys(s.text for v in ctx.views.values() for s in v.sentences)))
        if (kind, noun) not in story_ties:
            if kind == "elided":
                story_ties[kind, noun] = _issues.elided_head_tie(noun, issues, feats, texts)
            elif kind == "purpose":
                story_ties[kind, noun] = _issues.purpose_tie(noun, issues, feats, matter_phrases, texts)
            else:
                story_ties[kind, noun] = _issues.modifier_tie(noun, issues, feats, matter_phrases, texts)
        return story_ties[kind, noun]

    central = _issues.central_issue(issues, matter_phrases, headlines)
    # an issue's head noun as written ("overpass"), when only one issue has it
    heads_of: dict[str, set[int]] = {}
    for n, i in enumerate(issues):
        for m in i.members:
            if feats[m] is not None and feats[m].head_words and not feats[m].verb_phrase:
                heads_of.setdefault(feats[m].head_words[-1], set()).add(n)
    head_issue = {w: next(iter(ns)) for w, ns in heads_of.items() if len(ns) == 1}
    previous: dict[str, list[Claim]] = {}
    unnamed: dict[str, int] = {}  # a matter noun no issue ties -> the issue it names itself
    decisions = [c for c in claims if c.cue.words[0] in _DECIDING and c.position == "supports"]  # "voted to move X"
    for c in claims:
        aid = c.view.article.id
        if _to_that_effect(c):
            # "is pushing for a moratorium ... He tabled a motion to that effect": the moratorium
            pick = next((p for p in reversed(previous.get(aid, [])) if set(p.actors) & set(c.actors)
                         and c.sent.index - p.sent.index <= ANAPHORA_SENTENCES), None)
            if pick is not None:
                c.issue = pick.issue
                previous.setdefault(aid, []).append(c)
                continue
        noun = matter.get(id(c))
        bare = _issues.definite_noun(c.toks, c.obj) if noun is None and not c.obj.anaphoric and c.issue is not None else None
        if bare is not None and all(feats[m] is not None and feats[m].head_words == (bare,) for m in issues[c.issue].members):
            # "defended the draft" where the story writes "the draft permit": the permit
            tie = story_tie("elided", bare)
            c.issue = c.issue if tie is None else tie
        named_in_full = c.issue is not None and not c.obj.anaphoric \
            and any(m not in matter_phrases for m in issues[c.issue].members)  # "the deal" among "a compensation deal"
        if noun is not None and c.obj.light not in named and c.obj.light != _VOTE and not named_in_full:
            # "the project", "the deal": an issue the story names in full (see _matter_issue)
            if noun in _SELF_NAMING_MATTERS:
                tie = _decision_issue(ctx, c, noun, issues, feats, matter_phrases, previous.get(aid, []), decisions,
                                      central, unnamed)
            else:
                tie = _matter_issue(c, noun, issues, feats, matter_phrases, previous.get(aid, []), story_tie, central)
            if tie is not None:
                c.issue = tie
                previous.setdefault(aid, []).append(c)
                continue
        if c.obj.light == _VOTE:  # "urging a no vote": on the story's one named measure, else on nothing said
            c.issue = next(iter(set(named.values()))) if len(set(named.values())) == 1 else None
        elif c.obj.anaphoric and c.obj.light in named:  # "backs the measure" in a story about "Measure K"
            c.issue = named[c.obj.light]
        elif c.obj.anaphoric:
            want = _ANAPHORA_KIND.get(c.obj.light or "")
            before = previous.get(aid, [])
            # a bare "the demand" reaches a paragraph back; "the stadium plan" says more than its kind
            bare = all(t.low in DETERMINERS or t.low == c.obj.light or not t.word for t in c.toks[c.obj.start:c.obj.end])
            reach = KIND_ANAPHORA_SENTENCES if want is not None and bare else ANAPHORA_SENTENCES
            before = [p for p in before if c.sent.index - p.sent.index <= reach]
            same = [p for p in before if p.sent is c.sent and p.at < c.at]
            told = _told_before(c, head_issue) if want is None and not same else None
            if want is None and same:  # "asked about the mayor's plan for X, he said they would back it": X
                c.issue = same[-1].issue
            elif told is not None:  # "Truckers have no quarrel with the overpass — the alliance says it supports it"
                c.issue = told
            elif want is None:  # "it", "that": what this party itself took a position on before
                pick = next((p for p in reversed(before) if set(p.actors) & set(c.actors)), None)
                c.issue = pick.issue if pick is not None else None
            else:  # "the idea", "that demand": the last proposal or demand, whoever made it
                kinds = _ANAPHORA_ALSO.get(want, set()) | {want}  # "wants a lane kept open ... rejected the idea"
                pick = next((p for p in reversed(before) if p.cue.position in kinds or p.position in kinds), None)
                c.issue = pick.issue if pick is not None else None
            if c.issue is None and (c.obj.light in _DEMONSTRATIVES or want == "proposes" and bare
                                    and c.toks[c.obj.start].low == "the"):
                # "will fight this in court", "backs the proposal" with nothing before it: what the story is about
                c.issue = central
        elif c.issue is None and c.toks[c.obj.start].low in _POINTING and _pointing_noun(c.toks, c.obj.start + 1):
            # "will run weekend clinics ... would oppose any attempt to make those shifts compulsory": a
            # pointing noun phrase that names no issue of its own is the one just before it in the article
            pick = next((p for p in reversed(previous.get(aid, [])) if c.sent.index - p.sent.index <= ANAPHORA_SENTENCES), None)
            c.issue = pick.issue if pick is not None else None
        if c.issue is not None:
            previous.setdefault(aid, []).append(c)
    return [_pronoun_free(i.label) if not _paying_act(i, object_texts) else "" for i in issues]


_AMOUNT_RE = re.compile(r"^[\w-]+(?:\s+(?:over|back|out|up|in|off))?\s+(?:(?:a|an|another)\s+)?(?:extra\s+|further\s+)?[$€£¥₹]?\d")


def _paying_act(issue: _issues.Issue, texts: list[str]) -> bool:
    """Is the issue labelled by a lone verb whose object is an amount, in every phrase of it
    ("hand" of "hand over €2 for every tonne", "pay" of "pay an extra $85 a year"): paying
    so much names no issue (not "intervene", an act of its own)."""
    return " " not in issue.label and bool(issue.members) and all(
        m < len(texts) and texts[m].lower().startswith(issue.label.lower()) and _AMOUNT_RE.match(texts[m])
        for m in issue.members)


def _to_that_effect(c: Claim) -> bool:
    """Does the object end "to that effect" / "to this effect" ("a motion to that effect"): its
    content is the position its holder took just before."""
    words = [t.low for t in c.toks[c.obj.start:c.obj.end + 3] if t.word]
    return any(words[i:i + 3] in (["to", "that", "effect"], ["to", "this", "effect"]) for i in range(len(words)))


def _told_before(c: Claim, head_issue: dict[str, int]) -> int | None:
    """The issue an object "it" refers to when its own sentence named one before the holder and
    took no position on it ("Truckers have no quarrel with the overpass — the alliance says it
    supports it"): the last issue head noun written before the holder (``head_issue``: head
    word -> issue)."""
    if c.toks[c.obj.start].low != "it":
        return None
    end = c.holder[0] if c.holder is not None else c.at
    for t in reversed(c.toks[:end]):
        if t.low in head_issue:
            return head_issue[t.low]
    return None


_OBJECT_PRONOUNS = frozenset("it they them him her us he she we you".split())


def _pronoun_free(label: str) -> str:
    """A label without the pronoun that ends it ("extra hour they" of "every extra hour they are
    asked to work" -> "extra hour"); empty when only a verb is left ("rebook them", "move them":
    what is done to whom the text names elsewhere, no issue this label can name)."""
    words = label.split()
    while words and words[-1].lower() in _OBJECT_PRONOUNS:
        words.pop()
    if len(words) == len(label.split()):
        return label
    return " ".join(words) if len(words) >= 2 else ""


_VOTE = "@vote"
# matter nouns that name what is at stake on their own when nothing in the story ties them
# ("defended the decision", "dismissed the decision"); not "the plan" or "the deal", which
# stand for a content the story should name
_SELF_NAMING_MATTERS = frozenset({"decision"})
_DECIDING = frozenset("voted votes decided decides approved approves".split())  # what "the decision" was
_WORD_RE = re.compile(r"[a-z]+")


_ASKED_MATTERS = frozenset("plan proposal scheme".split())  # matters one party may ask for and another oppose (not "the deal")


def _matter_issue(c: Claim, noun: str, issues: list[_issues.Issue], feats: list[_issues.Features | None],
                  matter: frozenset[int], before: list[Claim], story_tie, central: int | None) -> int | None:
    """The issue "the project" / "the deal" / "the bill" refers to: the one issue named with that
    head; else the proposal the article made just before (a proposal position, then a
    "proposed X" in its text); else the one issue the story writes the noun's modifiers with
    ("Offshore wind project"); else the story's central issue (see ``issues.central_issue``)."""
    tie = _issues.name_tie(noun, issues, feats, matter)
    if tie is not None:
        return None if tie is False else tie  # an index (0 too); False: several issues have that head
    sentences = {s.index: s.text for s in c.view.sentences}
    for back in range(MATTER_SENTENCES + 1):  # the latest proposal first: a proposal position, else a mention
        at = c.sent.index - back
        # "X is pushing for a housing order. Y has come out against the plan": what another asked for is a plan too
        # "X wants to shut the courthouse. Y would not fight the plan": a party's own plan
        offer = next((p for p in reversed(before) if p.sent.index == at and ("proposes" in (p.position, p.cue.position)
                      or p.cue.lemma == "want" and p.position == "supports" and p.obj.verb_phrase
                      or p.position == "demands" and noun in _ASKED_MATTERS and not p.obj.verb_phrase
                      and not set(p.actors) & set(c.actors))
                      and _issues.matter_noun(p.toks, p.obj) is None), None)
        if offer is not None:
            return offer.issue
        text = c.sent.text[:c.toks[c.at].start] if back == 0 else sentences.get(at, "")
        tie = _issues.proposal_mention([text], issues, feats, matter)
        if tie is not None:
            return tie
    tie = story_tie("modifier", noun)
    if tie is None:
        tie = story_tie("purpose", noun)  # "... plan to close the courthouse": the closure
    return central if tie is None else tie


def _decision_issue(ctx: StoryContext, c: Claim, noun: str, issues: list[_issues.Issue],
                    feats: list[_issues.Features | None], matter: frozenset[int], before: list[Claim],
                    decisions: list[Claim], central: int | None, unnamed: dict[str, int]) -> int:
    """The issue "the decision" refers to: the one issue named with that head ("the decision on
    the licence"); else what its own holder asked for just before ("X, who had demanded an
    inquiry, welcomed the decision"); else the story's central issue; else what the story says
    was decided ("the decision to freeze the fee"), voted or approved ("the board voted to move
    the elephants"); else the decision itself, one issue per noun (appended to ``issues``;
    ``unnamed`` keeps its index): parties do take sides on a decision the story never spells out."""
    tie = _issues.name_tie(noun, issues, feats, matter)
    if tie is not None and tie is not False:  # an index (0 too); False: several issues have that head
        return tie
    asked = next((p for p in reversed(before) if set(p.actors) & set(c.actors) and p.position in STANDALONE_POSITIONS
                  and c.sent.index - p.sent.index <= ANAPHORA_SENTENCES), None)
    if asked is not None:
        return asked.issue
    if central is not None:
        return central
    texts = [c.sent.text[:c.toks[c.at].start]] + [x.text for x in reversed(c.view.sentences) if x.index < c.sent.index] \
        + [x.text for v in ctx.views.values() if v is not c.view for x in v.sentences if noun in x.text]
    decided = _issues.proposal_mention(texts, issues, feats, matter, _issues.DECIDED)
    if decided is not None:
        return decided
    voted = next((p for p in reversed(before) if p.cue.words[0] in _DECIDING), None) \
        or next((p for p in decisions if p.issue is not None), None)
    if voted is not None:
        return voted.issue
    if noun not in unnamed:
        unnamed[noun] = len(issues)
        issues.append(_issues.Issue(noun, []))
    return unnamed[noun]


def _ballot_vote(toks: tuple[Tok, ...], i: int, lex: Lexicon) -> tuple[str, _issues.ObjectPhrase] | None:
    """"(is urging) a no vote" / "a yes vote on Measure K": (position, object): against / for
    the measure named after "on", else the story's one named measure (see ``_name_issues``)."""
    j = i + 1 if i < len(toks) and toks[i].low in ("a", "an") else i
    if j + 1 >= len(toks) or toks[j].low not in ("no", "yes") or toks[j + 1].low != "vote":
        return None
    position = "opposes" if toks[j].low == "no" else "supports"
    if j + 2 < len(toks) and toks[j + 2].low in ("on", "for"):
        obj = _issues.object_span(toks, j + 3, lex.words)
        return (position, obj) if obj is not None else None
    return position, _issues.ObjectPhrase(i, j + 2, anaphoric=True, light=_VOTE)


_NAMED_PROPOSAL = re.compile(r"([A-Z][a-z]+) (?:[A-Z]{1,3}|[A-Z]?\d[\w-]{0,5})")  # "Measure K", "Proposition 12", "Bill C-7"


def _named_proposals(labels: list[str]) -> dict[str, int]:
    """Issues named like a ballot measure or a bill ("Measure K", "Bill 42"), by their lower
    head: "the measure" in such a story is the one so named (two of one kind: ambiguous, none)."""
    found: dict[str, list[int]] = {}
    for n, label in enumerate(labels):
        m = _NAMED_PROPOSAL.fullmatch(label)
        if m:
            found.setdefault(m.group(1).lower(), []).append(n)
    return {head: ns[0] for head, ns in found.items() if len(ns) == 1}


def _categorical(c: Claim, f: _issues.Features | None) -> bool:
    """"is against any extension", "would oppose any walkout that ...": a refusal of every
    case of a thing names that thing as an issue even when the story says it once."""
    if f is None or c.obj.anaphoric or c.obj.verb_phrase or c.cue.kind == "judgement":
        return False
    if c.position == "conditional":
        return True
    return c.position == "opposes" and c.toks[c.obj.start].low == "any" and c.obj.end - c.obj.start >= 2


def _asked_of_another(c: Claim, f: _issues.Features | None) -> bool:
    """A demand that another party act ("asked the minister to appoint a mediator", "called on
    the council to fund bike lanes", "asked the company to sign a community benefit
    agreement"): the act asked of a named addressee is the asker's own issue even when the
    story says it once; so is a thing asked to be done ("called for the firm's contract to be
    suspended"), but not what befalls the asker ("asked not to be named")."""
    if f is None or c.position != "demands" or c.obj.clause:
        return False
    toks, start = c.toks, c.obj.start
    if c.obj.skip >= 0 and toks[c.obj.skip].low == "be":
        return True  # "demanded that every worker be guaranteed a day job": a thing asked to be done
    if c.obj.verb_phrase and start >= 3 and toks[start - 1].low == "be" and toks[start - 2].low == "to" \
            and toks[start - 3].low not in ("not", "never") and toks[start - 3].low not in c.cue.words:
        return True
    if _small_passive_clause(toks, c.obj):
        return True  # "wants guided groups exempted from the per-person charge": a thing asked to be done
    if toks[c.at].low not in _actors._OBJECT_CONTROL:
        return False  # "has sought for months to bridge the gap": no party is asked
    to = start - 1 if c.obj.verb_phrase else next((j for j in (start - 2, start - 3) if j > c.at and toks[j].low == "to"
                                                    and all(t.word and not t.cap for t in toks[j + 1:start])), None)
    addressee = c.at + len(c.cue.words)
    # "they want us to trust them": a wish of others, not a demand
    # "pushing a subsidy to keep the ward running": the thing pushed, not a party asked
    return to is not None and addressee < to and toks[to].low == "to" \
        and toks[addressee].low not in ("to", "us", "me", "you", "a", "an") and not toks[addressee].text[:1].isdigit()


SMALL_CLAUSE_SUBJECT_WORDS = 4  # "(wants) guided groups | exempted": the noun phrase before the participle is short


def _small_passive_clause(toks: tuple[Tok, ...], obj: _issues.ObjectPhrase) -> bool:
    """An object that is a noun phrase and a passive participle with a preposition or nothing
    after it ("guided groups exempted from the charge", "the fees waived"): an act asked of
    another party on that thing."""
    for p in range(obj.start + 1, min(obj.end, obj.start + 1 + SMALL_CLAUSE_SUBJECT_WORDS)):
        t = toks[p]
        if not t.word or t.cap and p > obj.start:
            return False
        if t.low.endswith("ed") and len(t.low) > 4 and p > obj.start and toks[p - 1].low not in DETERMINERS \
                and (p + 1 >= obj.end or toks[p + 1].low in _issues_PREPS):
            return all(x.word and x.low not in AUXILIARIES for x in toks[obj.start:p])  # "guided groups": a modifier
    return False


def _story_stems(ctx: StoryContext, heads: set[str]) -> Counter[str]:
    """How often each issue head occurs in the story (sentences repeated by copies once)."""
    prefixes = {h[:3] for h in heads}
    seen: set[str] = set()
    counts: Counter[str] = Counter()
    for view in ctx.views.values():
        for s in view.sentences:
            key = _text.norm_space(s.text)
            if key in seen:
                continue
            seen.add(key)
            for w in _text.words(s.text):
                if w[:3] in prefixes:
                    st = _issues.stem(w)
                    if st in heads:
                        counts[st] += 1
    return counts


def article_date(view: ArticleView) -> str | None:
    """The date an article speaks from: published, else a date line at its top."""
    if view.published is not None:
        return view.published.isoformat()
    for d in view.dates:
        if d.start < DATELINE_CHARS and d.value and d.granularity == "day" and d.resolved_from in ("absolute", None) \
                and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.value[:10]):
            line_start = view.article.body.rfind("\n", 0, d.start) + 1
            line_end = view.article.body.find("\n", d.end)
            line = view.article.body[line_start:line_end if line_end >= 0 else len(view.article.body)]
            if len(line.split()) <= 6:  # "April 9, 2026" on a line of its own, not a sentence
                return d.value[:10]
    return None


@dataclass(slots=True)
class _Slice:
    votes: dict[str, set[str]] = field(default_factory=dict)  # position -> independent source groups
    evidence: dict[str, list[Evidence]] = field(default_factory=dict)  # position -> evidence


# words that open a sentence but never a party's name: "For Ostrava Mills, a group that ...",
# "As part of its bid, ..."; a capitalised run that starts with one names the rest, if anything
# sentence adverbs that open a sentence before its subject ("Even the region's commissioner,
# X, wants ..."): capitalised there, never a party's name; general English
_OPENING_ADVERBS = frozenset("""even only also just still now yet meanwhile however indeed perhaps
nevertheless nonetheless moreover furthermore likewise similarly separately elsewhere""".split())
_OPENING_PARTICLES = PREPOSITIONS | CLAUSE_WORDS | _OPENING_ADVERBS


def _without_opening_particle(actor: str) -> str | None:
    """The party an actor's name stands for without a sentence-opening preposition or clause
    word ("For Ostrava Mills" -> "Ostrava Mills"); None when nothing of a name is left ("As")."""
    words = actor.split()
    if not words or not words[0][:1].isupper() or words[0].lower() not in _OPENING_PARTICLES:
        return actor  # "Ostrava Mills", "the company": as written
    while words and words[0].lower() in _OPENING_PARTICLES:
        words = words[1:]
    return " ".join(words) if words and words[0][:1].isupper() else None


def _fold_common_heads(forms: dict[str, Counter[str]]) -> None:
    """A party the story names by a bare common noun ("the board") and by that noun with a
    modifier ("the agency's board", "the transit board") is one party: every lower-case form
    ending in the bare noun counts for it (shown as its most written form, a modified one
    on a tie). Named parties (capitalised) are left alone."""
    def common(key: str) -> bool:
        return all(f == f.lower() for f in forms[key])

    heads = {key for key in forms if " " not in key and common(key)}
    for key in [k for k in forms if " " in k and k.rsplit(" ", 1)[1] in heads and common(k)]:
        forms[key.rsplit(" ", 1)[1]].update(forms[key])
        forms[key] = forms[key.rsplit(" ", 1)[1]]


def _cells(ctx: StoryContext, claims: list[Claim], labels: list[str]) -> list[Stance]:
    """One cell per actor × issue × date (see the module doc)."""
    slices: dict[tuple[str, int], dict[str | None, _Slice]] = {}
    dates = {aid: article_date(v) for aid, v in ctx.views.items()}
    for aid, d in list(dates.items()):  # a syndicated copy speaks from its original's date
        if d is None:
            partners = [n.split(" of ", 1)[1] for n in ctx.copy_notes.get(aid, []) if " of " in n]
            dates[aid] = next((dates[p] for p in sorted(partners) if dates.get(p)), None)
    # one party written two ways ("Fishers’ Guild" / "Fishers' Guild", case, spacing) is one
    # actor, shown as it is written most often
    forms: dict[str, Counter[str]] = {}
    for c in claims:
        for actor in c.actors:
            forms.setdefault(_actors._norm(actor), Counter())[actor] += 1
    _fold_common_heads(forms)
    shown = {key: max(sorted(counts), key=lambda f: (counts[f], " " in f)) for key, counts in forms.items()}
    # the story's own outlets report positions, they hold none ("The guild told Northshore Today
    # its request to waive fees ...": the guild's request, never the paper's)
    outlets = {_actors._norm(v.article.outlet) for v in ctx.views.values() if v.article.outlet}
    own: set[tuple[str, int]] = set()  # actor x issue of a party's own proposal
    for c in claims:
        aid = c.view.article.id
        named = (_without_opening_particle(shown[_actors._norm(a)]) for a in c.actors)
        for actor in dict.fromkeys(a for a in named if a and _actors._norm(a) not in outlets):
            if c.position == "proposes" and c.cue.position == "proposes":
                own.add((actor, c.issue))  # its own proposal ("proposed", "offered"), not "urged X to accept"
            sl = slices.setdefault((actor, c.issue), {}).setdefault(dates[aid], _Slice())
            sl.votes.setdefault(c.position, set()).add(ctx.group_of(aid))
            ev = sl.evidence.setdefault(c.position, [])
            if not any(e.article == aid and e.start == c.sent.start for e in ev):
                ev.append(Evidence(aid, c.sent.start, c.sent.end))
    out: list[tuple[str, str, str | None, str, list[Evidence]]] = []
    for (actor, issue), by_date in slices.items():
        dated = [d for d in by_date if d is not None]
        if None in by_date and dated:  # an undated report joins the dated slice it agrees with
            undated = by_date[None]
            for pos in list(undated.votes):
                agreeing = sorted(d for d in dated if pos in by_date[d].votes)
                # an undated report of another position is a statement of its own ("reverses course"),
                # not a vote; one the party took on several dates joins the latest of them
                target_date = agreeing[-1] if agreeing else None
                if target_date is None:
                    continue
                target = by_date[target_date]
                target.votes.setdefault(pos, set()).update(undated.votes.pop(pos))
                target.evidence.setdefault(pos, []).extend(undated.evidence.pop(pos))
            if not undated.votes:
                del by_date[None]
        if (actor, issue) in own:
            for sl in by_date.values():  # a party pushing for its own proposal proposes it, on any date
                if "demands" in sl.votes:
                    sl.votes.setdefault("proposes", set()).update(sl.votes.pop("demands"))
                    sl.evidence.setdefault("proposes", []).extend(sl.evidence.pop("demands"))
        for date, sl in by_date.items():
            # "opposes a hand count ... would accept one if ...": a conditional acceptance is a
            # stance of its own beside the party's flat position, not a rival reading of it
            flat = [p for p in sl.votes if p != "conditional"] or list(sl.votes)
            position = min(flat, key=lambda p: (-len(sl.votes[p]), -len(sl.evidence[p]), _SPECIFIC[p]))
            out.append((actor, labels[issue], date, position, sl.evidence[position]))
            if position != "conditional" and "conditional" in sl.votes:
                out.append((actor, labels[issue], date, "conditional", sl.evidence["conditional"]))
    out.sort(key=lambda r: (r[0], r[1], r[2] or "", r[3]))
    sid = ctx.story.id
    return [Stance(id=f"{sid}-stance{n}", story=sid, actor=a, issue=i, position=p, date=d, evidence=ev)
            for n, (a, i, d, p, ev) in enumerate(out)]
