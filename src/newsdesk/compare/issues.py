"""Issues discovered from the story: what its parties take positions on.

An issue is the object of a position cue ("proposed *a 90-day moratorium on restarting the
plant*", "rejected *Putin's demand that Ukrainian troops withdraw*", "would accept *a
phase-in* if ...") that recurs in the story. No topic list is needed:

1. :func:`object_span` reads the phrase a cue is about, right of the cue: a complementiser
   ("demanded that ..."), an infinitive and its light verb ("ready *to discuss* X", "refusal
   *to grant* X") and a controlled object ("urged the board *to* freeze tuition") are
   skipped; the phrase ends at a clause boundary (punctuation, "if", "which", "while" ...)
   or an adjunct ("in an email", "on Tuesday"). A light head ("the idea", "a proposal to
   X", "that demand") points elsewhere: to its complement when it has one, else back to
   the issue of the article's previous position of that kind (``anaphoric``).
2. :func:`features` turns a phrase into what variants share: its head (the noun of a noun
   phrase, the verb of a verb phrase), content stems with generic synonyms folded ("pay
   rise" / "wage increase"), and figures ("90-day", "two years") kept apart.
3. :func:`discover` merges variants into issues: phrases with two or more content terms
   join when their terms (figures included) overlap enough; a one-word phrase ("the
   increase", "a 9 percent raise", "arbitration") joins the issue whose head it is. An issue
   is kept when its head word recurs in the story (twice or more: a one-off phrase is an
   aside, not an issue). Each is labelled with its most frequent short head phrase: the
   longest word suffix of the phrases' heads that the most variants share ("security
   guarantees" from "legally binding security guarantees" and "security guarantees"). Issues
   whose labels differ only in inflection ("closure" named from "close five branches", "the
   closures") are one, labelled with the noun the story writes. A head phrase keeps its noun
   after a comparative ("shorter opening hours"), drops a light verb's participle ("hearings
   held in every ward") and a named possessor ("Mayor Olga Pettar’s plan": the plan).

4. Story-level coreference (:func:`matter_noun` and the ties after it, applied by the
   stances stage): "the project", "the deal", "the bill" refer to the one issue named with
   that head, else the proposal its article made just before, else the issue whose name the
   story writes the noun's modifiers with ("Offshore wind project"), else the story's
   central issue (the one most headlines name); "defended the draft" is the issue the story
   mostly writes "draft" before ("the draft permit").

An optional domain lexicon (``CompareConfig.issue_lexicon``: label -> keyword seeds) renames
and merges the issues whose phrases its seeds match; it is never needed for a result.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from newsdesk.compare import text as _text
from newsdesk.compare._phrases import (
    AUXILIARIES, CLAUSE_WORDS, DAY_PARTS, DETERMINERS, MODALS, PERSONAL_PRONOUNS, POSSESSIVE_PRONOUNS, PREPOSITIONS,
    LY_NOUNS, WEEKDAYS, Tok, is_time,
)
from newsdesk.compare._phrases import FUNCTION_WORDS as STOPWORDS

MAX_OBJECT_TOKENS = 12  # an issue phrase is short; longer runs are clauses we cannot read without a parser
CONTROL_OBJECT_WORDS = 8  # words of the party asked to act ("wants patients and night-shift staff to be exempted")
MAX_LABEL_WORDS = 4  # labels are head phrases ("air and soil testing"), not clauses
RICH_MIN_TERMS = 2  # phrases with this many content terms are merged by overlap; fewer by their head
SAME_HEAD_MIN_OVERLAP = 0.5  # share of the smaller variant's terms two variants with one head must share
MERGE_MIN_JACCARD = 0.6  # share of terms two variants with different heads must share ("spread/split the hike over two years" merge by their figure)
RECUR_MIN = 2  # an issue's head must occur this often in the story's text

# generic change and money words that name the same thing in news of any topic
SYNONYMS = {w: canon for canon, words in {
    "increase": ["increase", "increases", "rise", "rises", "raise", "raises", "hike", "hikes", "jump", "boost"],
    "cut": ["cut", "cuts", "reduction", "reductions", "decrease", "decreases"],
    "pay": ["pay", "wage", "wages", "salary", "salaries", "payment"],
    "ban": ["ban", "bans", "prohibition"],
    "give up": ["drop", "abandon", "renounce", "forgo", "forego", "relinquish", "surrender", "cede"],
    "delay": ["delay", "delays", "delayed", "delaying", "postpone", "postpones", "postponed", "postponing",
              "postponement", "defer", "deferral"],
}.items() for w in words}
# verbs whose particle comes after their object ("put the cut off"): the one verb they mean
PHRASAL = {("put", "off"): "delay", ("putting", "off"): "delay", ("puts", "off"): "delay",
           ("hold", "off"): "delay", ("call", "off"): "cancel", ("calling", "off"): "cancel"}
PHRASAL_OBJECT_WORDS = 4  # words of the object between a phrasal verb and its particle ("put the whole cut off")
_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
                 "nine": "9", "ten": "10", "twelve": "12", "fifteen": "15", "twenty": "20", "thirty": "30", "hundred": "100",
                 "dozen": "12", "half": "0.5"}
_UNITS = frozenset("""day days week weeks month months year years hour hours percent per cent kilometre kilometres
kilometer kilometers mile miles metre metres meter meters dollar dollars euro euros million billion thousand""".split())
_FIGURE_RE = re.compile(r"^\$?\d[\d,.]*%?$|^\d+-(?:day|week|month|year|hour|percent|point|member|mile|kilometre)s?$")
# words too general to tell one issue from another ("the issue of", "part of", adverbs)
_WEAK = frozenset("""any all some more other such further new full current present own future possible potential
instead also even just only still very really there here then now today tonight yesterday tomorrow week month
year time way ones one place part kind form sort lot""".split())
# period nouns that head a compound after a noun ("school week", "fiscal year", "work week"):
# there the thing itself, kept; alone ("this week", "a full year") a time, too general
_COMPOUND_PERIODS = frozenset("week weeks year years month months".split())


def _compound_head(words: list[Tok], i: int, head_words: list[str] | None) -> bool:
    """Is the period noun at ``i`` the head of a compound whose modifier is the content word
    right before it ("the school week": yes; "this week", "a four-day week", "next year": no)?"""
    if words[i].low not in _COMPOUND_PERIODS or i == 0:
        return False
    prev = words[i - 1]
    if not prev.word or prev.cap or prev.low in STOPWORDS or prev.low in _WEAK or prev.low in DETERMINERS \
            or _figure(prev.low.split("-")[0]) is not None or prev.low in _UNITS:
        return False
    return head_words is None or bool(head_words) and head_words[-1] == prev.low


_FINITE = frozenset("is are was were has have had will would could can should must may might does did".split())
_QUANTIFIERS = frozenset("any some all none one each most many several either neither".split())
# adjunct nouns: "in an email", "at a briefing", "to reporters" end an object phrase
_TRAILING_ADVERBS = frozenset("outright instead anyway altogether again too either itself themselves".split())
_ADJUNCT_NOUNS = frozenset("""email e-mail letter statement interview briefing meeting speech post conference call
session rally hearing vote reporters journalists students residents members staff workers interview news
television radio broadcast message video remarks comments phone""".split())


# --------------------------------------------------------------------------- object phrases

@dataclass(slots=True)
class ObjectPhrase:
    """The phrase a cue is about, as a token span of its sentence, and how it was read."""

    start: int  # token indices [start, end)
    end: int
    anaphoric: bool = False  # "the idea", "that demand", "it": the issue named before
    verb_phrase: bool = False  # "phasing in the increase", "pull both armies back"
    light: str | None = None  # the light head it came through ("proposal", "demand"), if any
    clause: bool = False  # a clause ("any agreement that left troops in the valley"): named by its nouns
    skip: int = -1  # a token inside the span that names nothing: the "be" of "(that) the cut be spread"


ASIDE_WORDS = 6  # words of an adverbial aside between commas right after a verb ("as quickly as possible")
_ASIDE_OPENERS = frozenset("as if in at for without with on where when once".split())


def _comma_aside(toks: tuple[Tok, ...], i: int) -> int | None:
    """Where the object starts after an adverbial aside that follows the verb between commas
    (", as quickly as possible,", ", in principle,", ", if necessary,"), or None when there is none:
    an aside opens with a preposition, "as", "if" or an adverb, holds no other comma, and a word
    other than "to" follows it."""
    if i + 2 >= len(toks) or toks[i].text != ",":
        return None
    first = toks[i + 1]
    if not (first.low in _ASIDE_OPENERS or first.low.endswith("ly")):
        return None
    for k in range(i + 2, min(len(toks) - 1, i + 2 + ASIDE_WORDS)):
        if toks[k].text == ",":
            # a noun phrase follows; an infinitive after the aside ("I want, for X at least, to thank ...")
            # is read, or not, as it would be without the aside
            return k + 1 if toks[k + 1].word and toks[k + 1].low != "to" else None
        if not toks[k].word:
            return None
    return None


def object_span(toks: tuple[Tok, ...], i: int, lex: "IssueWords", *, clause: bool = False,
                control: bool = False, infinitive: bool = False) -> ObjectPhrase | None:
    """The object phrase of a cue whose last token is ``i - 1`` (see module doc).

    ``clause``: the cue takes a clause ("demanded that any truce be drawn ...").
    ``control``: the cue takes an object and an infinitive ("urged the board to ..."): the
    issue is the infinitive."""
    n = len(toks)
    in_clause = False
    aside = _comma_aside(toks, i)
    if aside is not None:
        i = aside  # "to approve, as quickly as possible, the imported version": the object after the aside
    j = i
    while j < min(n, i + ADJUNCT_BEFORE_THAT) and (is_time(toks[j]) or toks[j].low in _CLAUSE_ADJUNCTS):
        j += 1
    if j > i and j < n and toks[j].low == "that":
        i = j  # "proposed on Tuesday that ...", "proposed instead that ...": the clause, not the day
    elif j > i and any(is_time(t) and t.low not in _TIME_DETERMINERS for t in toks[i:j]):
        i = j  # "refused on Tuesday, declaring ...", "proposed on Monday a levy": the day is no object
    allowed = _allowed_act(toks, i)
    if allowed is not None:  # "proposed letting hospitals import a foreign-made version": the act allowed
        return _finish(toks, allowed, lex, verb_phrase=True)
    if i < n and toks[i].low == "that" and (clause or _subjunctive(toks, i + 1) is not None):  # "proposed that X be put to"
        i += 1
        in_clause = True
    if in_clause and _party_then_verb(toks, i):
        return _finish(toks, i + 1, lex, verb_phrase=True)
    if in_clause:
        sub = _subjunctive(toks, i)
        if sub is not None:
            verb, be = sub
            if be is None:  # "(demanded that) the company lift the lockout": the act asked for
                obj = _finish(toks, verb, lex, verb_phrase=True)
                if obj is not None:  # "... and withdraw the plan": the second act is a conjunct of its own
                    cut = next((k for k in range(verb + 2, obj.end - 2) if toks[k].low == "and"
                                and _bare_verb_at(toks, k + 1)), None)
                    obj = ObjectPhrase(obj.start, cut, verb_phrase=True) if cut is not None else obj
                return obj
            end = phrase_end(toks, be + 1, lex)  # "(insisted that) the cut be spread over three years"
            dest = _destination(toks, be + 1, end)  # "(proposed that) the toll be put to a referendum"
            if dest is not None:
                return ObjectPhrase(dest, end)
            return ObjectPhrase(i, end, skip=be) if end > be + 1 else None
    if in_clause:
        # a pronoun subject ("it should also cover X"): the act is what is asked; a named subject
        # ("any ceasefire must follow the line") is the issue, read below with its complement
        modal = i + 1 if i + 1 < n and toks[i].low in ("it", "they", "this", "that") and toks[i + 1].low in ("should", "must") \
            else None
        v = modal + 1 if modal is not None else n
        while v < n and toks[v].low in ("also", "still", "now", "instead", "only", "not"):
            v += 1
        if modal is not None and v < n and toks[v].word and toks[v].low != "be" and toks[v].low not in ("not",) \
                and toks[i].low not in lex.container_nouns and (i + 1 >= n or toks[i + 1].low not in lex.container_nouns) \
                and not any(t.low == "not" for t in toks[modal:v]):
            obj = _finish(toks, v, lex, verb_phrase=True)
            if obj is not None:
                return obj
    if in_clause and i + 3 < n and toks[i].low in ("any", "a", "the", "every") and toks[i + 1].low in lex.container_nouns \
            and toks[i + 2].low in MODALS:
        i += 4  # "insisted that any agreement must include security guarantees": what it must include
        i, _ = _skip_light_verb(toks, i, lex)
    addressed = passive = False
    if control:
        for k in range(i, min(n, i + CONTROL_OBJECT_WORDS + 1)):
            if toks[k].low in ("whether", "how", "why", "what", "when"):
                return None  # "asked whether the warnings had been missed in comments to the media": a question
            if toks[k].low == "to" and k + 1 < n and toks[k + 1].word and k > i and _event_verb(toks, k + 1) \
                    and toks[i].low not in PERSONAL_PRONOUNS and not toks[i].cap:
                # "wants the refund to happen at once", "wants the sale to go ahead": the thing, not its happening
                return _light(ObjectPhrase(i, k), toks, lex)
            if toks[k].low == "to" and k + 1 < n and toks[k + 1].word:
                # "asked the mayor to intervene": an act asked of a named party ("asked them to look": of a vague one)
                addressed = k > i and toks[i].low not in ("them", "us", "me", "you", "it", "everyone", "people")
                i = k
                break
            if not toks[k].word or toks[k].low in CLAUSE_WORDS:
                return None
        else:
            return None
    if i + 1 < n and toks[i].low in _QUANTIFIERS and toks[i + 1].low == "of":
        i += 2  # "any of the demands"
    verb_phrase = False
    if i < n and toks[i].low == "to" and i + 1 < n and toks[i + 1].word and toks[i + 1].low not in DETERMINERS \
            and not toks[i + 1].cap:
        i += 1
        verb_phrase = True
        if toks[i].low == "be" and i + 1 < n and toks[i + 1].word and _passive_participle(toks[i + 1].low):
            i += 1  # "to be exempted from the charge": the act is the participle's
            passive = True  # a participle may stand alone
    elif infinitive and i < n and toks[i].word and not toks[i].cap and toks[i].low not in DETERMINERS \
            and not toks[i].low.endswith("ing") and _figure(toks[i].low) is None:
        verb_phrase = True  # "ready to *work*", "prepared to *discuss* X": the cue ends in "to"
    if verb_phrase and i + 3 < n and toks[i].low == "go" and toks[i + 1].low in ("further", "farther") \
            and (toks[i + 2].low == "by" and toks[i + 3].low.endswith("ing") or toks[i + 2].low == "and"):
        # "wants the council to go further by adding X" / "and add X": what would go further
        i, verb_phrase = (i + 4, False) if toks[i + 2].low == "by" else (i + 3, True)
    if _phrasal_particle(toks, i) is None:
        i, light_verb = _skip_light_verb(toks, i, lex)
    else:
        light_verb, verb_phrase = None, True  # "wants the minister to put the cut off": the act is a delay
    if light_verb:
        verb_phrase = False
        aside = _comma_aside(toks, i)
        if aside is not None:
            i = aside  # "urged the commission to approve, as quickly as possible, the imported version"
    if i < n and toks[i].low in ("on", "for", "about", "with") and light_verb is None and not verb_phrase:
        i += 1  # "willing to compromise on X" is read by the caller's cue; "open to" etc.
    k = _np_then_to(toks, i) if i > 0 and toks[i - 1].low == "for" else None
    if k is not None and toks[k].low == "be" and k + 1 < n and toks[k + 1].low in _PLACING \
            and (k + 2 >= n or not toks[k + 2].word or toks[k + 2].low in PREPOSITIONS or toks[k + 2].low in CLAUSE_WORDS):
        # "called for the valuation to be placed before Parliament": what is to be placed
        return _light(ObjectPhrase(i, k - 1), toks, lex) if k - 1 > i else None
    if k is not None and _thing_with_purpose(toks, i, k):
        return _light(ObjectPhrase(i, k - 1), toks, lex)  # "called for emergency funding to cover the rise": the funding
    if k is not None:  # "pushed for Ukraine to relinquish control": the act asked for
        i, verb_phrase = k, True
        if toks[i].low == "be" and i + 1 < n and toks[i + 1].word and _passive_participle(toks[i + 1].low):
            i += 1  # "called for the contract to be suspended": the act is the participle's
            passive = True  # a participle may stand alone
        i, light_verb = _skip_light_verb(toks, i, lex)
        if light_verb:
            verb_phrase = False
    return _finish(toks, i, lex, verb_phrase=verb_phrase, light_verb=light_verb, clause=in_clause,
                   bare_act=addressed and verb_phrase or passive)


LIGHT_SOURCE_WORDS = 6  # "a request from the town's residents that": who made it, a short phrase
LIGHT_DESTINATION_WORDS = 2  # "a move to the new site": a one-word "to the union" is an addressee, not a place
ADJUNCT_BEFORE_THAT = 4  # "proposed on Tuesday night that": a time phrase is short
# words of a time phrase or a sentence adverb between a cue and its "that" clause
_TIME_DETERMINERS = frozenset("this last next late earlier".split())  # "fight this in court": "this" alone names no time
_CLAUSE_ADJUNCTS = frozenset("on in at last this next early late instead also again publicly privately".split())

# participles of placing: "(for X) to be placed before the committee" asks for X, shown there
_PLACING = frozenset("placed laid put tabled brought presented shown set".split())


def _phrasal_particle(toks: tuple[Tok, ...], i: int) -> int | None:
    """The index of the particle of a phrasal verb at ``i`` whose object comes first ("put
    the cut off for a year"), or None."""
    if i >= len(toks):
        return None
    for k in range(i + 2, min(len(toks), i + 2 + PHRASAL_OBJECT_WORDS)):
        if (toks[i].low, toks[k].low) in PHRASAL:
            return k
        if not toks[k].word or toks[k].low in PREPOSITIONS and toks[k].low not in ("off",):
            return None
    return None


def _party_then_verb(toks: tuple[Tok, ...], i: int) -> bool:
    """"(demands that) Kyiv abandon its NATO ambitions": a name, then a bare verb. The party
    asked to act is no issue; its act is."""
    n = len(toks)
    return (i + 1 < n and toks[i].cap and toks[i].word and toks[i + 1].word and not toks[i + 1].cap
            and toks[i + 1].low not in _FINITE and toks[i + 1].low not in ("be", "and", "of")
            and not toks[i + 1].low.endswith("s") and toks[i + 1].low not in DETERMINERS)


SUBJUNCTIVE_SUBJECT_WORDS = 4  # words of a clause's subject before its bare verb ("the regional port authority")


def _subjunctive(toks: tuple[Tok, ...], i: int) -> tuple[int, int | None] | None:
    """A subjunctive clause after "demanded that" / "insisted that": a subject noun phrase,
    then a bare verb with an object ("the ministry publish an assessment") or "be" and a
    participle ("the cut be spread", "refrigerated cargo be released"). Returns the verb's
    index and the index of "be" (None for an active verb); None when it is no such clause."""
    n = len(toks)
    a = i + 1 if i < n and toks[i].low in DETERMINERS else i
    comma = next((k for k in range(a + 1, min(n, a + 1 + SUBJUNCTIVE_SUBJECT_WORDS)) if toks[k].text == ","), None)
    if comma is not None:  # "that the operator, Brisk Ferries, set a speed limit": the name in apposition
        close = next((k for k in range(comma + 1, min(n, comma + 6)) if toks[k].text == ","), None)
        if close is not None and close > comma + 1 and all(t.cap and t.word for t in toks[comma + 1:close]) \
                and all(t.word for t in toks[a:comma]):
            found = _subjunctive(toks, close + 1) if close + 2 < n else None
            if found is None and close + 2 < n and _bare_verb_at(toks, close + 1):
                return close + 1, None
            return found
    for v in range(a + 1, min(n - 1, a + 1 + SUBJUNCTIVE_SUBJECT_WORDS)):
        subject = toks[a:v]
        if not all(t.word and t.low not in _FINITE and t.low not in MODALS and t.low not in PREPOSITIONS
                   and t.low not in CLAUSE_WORDS and t.low not in PERSONAL_PRONOUNS for t in subject):
            return None
        t, nxt = toks[v], toks[v + 1]
        if t.low == "be" and nxt.word and not nxt.cap and (nxt.low.endswith("ed") or _participle_form(nxt.low)):
            return v + 1, v
        if t.word and not t.cap and t.low not in _FINITE and t.low not in MODALS and t.low not in PREPOSITIONS \
                and not t.low.endswith(("s", "ed", "ing", "ly")) and (nxt.low in DETERMINERS or nxt.possessive
                                                                    or nxt.low in _PARTICLES and v + 2 < n
                                                                    and toks[v + 2].low in DETERMINERS):
            return v, None  # "(that) the state take over the count": a particle may come first
    return None


_PARTICLES = frozenset("over up out off down back".split())  # particles of phrasal verbs ("take over", "set up")


_TRANSFER_VERBS = frozenset("""submit submitted put refer referred send sent subject subjected hand handed
take takes took taken bring brings brought""".split())  # "put X to a vote", "subject X to scrutiny", "hand the dispute to a mediator"
TRANSFER_OBJECT_WORDS = 5  # words between a transfer verb and its "to"


# verbs that change their object into another thing: "rework the measure into a breed-neutral law"
_CHANGE_VERBS = frozenset("""rework reworks reworked reworking turn turns turned turning convert converts converted
converting transform transforms transformed transforming recast recasts recasting""".split())


def _destination(toks: tuple[Tok, ...], v: int, end: int) -> int | None:
    """Where a transfer verb at ``v`` sends its object ("submit the dispute *to binding
    arbitration*", "put the toll *to a referendum*"): the start of the phrase after "to"; what
    a change verb makes of it ("rework the measure *into a breed-neutral law*")."""
    if v >= end or toks[v].low not in _TRANSFER_VERBS and toks[v].low not in _CHANGE_VERBS:
        return None
    prep = "to" if toks[v].low in _TRANSFER_VERBS else "into"
    for k in range(v + 1, min(end - 1, v + 2 + TRANSFER_OBJECT_WORDS)):
        if toks[k].low == prep:
            nxt = toks[k + 1]
            after = toks[k + 2].low if k + 2 < len(toks) else ""
            if nxt.low not in DETERMINERS and (after in _PARTICLES or after in DETERMINERS):
                return None  # "send in an interim board to take over (the running)": a purpose, no destination
            if nxt.word and (nxt.low in DETERMINERS or not nxt.cap) and _figure(nxt.low) is None:
                return k + 1
            return None
        if not toks[k].word:
            return None
    return None


_EVENT_VERBS = frozenset("happen proceed continue resume go take come".split())  # "X to happen": X is the issue
_EVENT_AFTER = {"go": frozenset("ahead forward through".split()), "take": frozenset("effect place".split()),
                "come": frozenset("into".split())}  # "go" etc. name an event only with these


def _event_verb(toks: tuple[Tok, ...], j: int) -> bool:
    """``toks[j]`` is a verb of something coming about ("happen", "go ahead", "take effect")."""
    v = toks[j].low
    if v not in _EVENT_VERBS:
        return False
    after = _EVENT_AFTER.get(v)
    return after is None or j + 1 < len(toks) and toks[j + 1].low in after


def _bare_verb_at(toks: tuple[Tok, ...], j: int) -> bool:
    """A bare verb with an object at ``j`` ("withdraw the plan"): a lower-case word, not a
    finite, past or "-ing" form, followed by a determiner or a possessive."""
    if j + 1 >= len(toks):
        return False
    t, nxt = toks[j], toks[j + 1]
    return (t.word and not t.cap and t.low not in AUXILIARIES and t.low not in DETERMINERS and t.low not in PREPOSITIONS
            and t.low not in STOPWORDS and not t.low.endswith(("s", "ed", "ing", "ly"))
            and (nxt.low in DETERMINERS or nxt.possessive))


_PERMITTING = frozenset("let lets letting allow allows allowing allowed permit permits permitting permitted".split())
ALLOWED_PARTY_WORDS = 3  # "letting hospitals", "allowing the city's firms": who is allowed, a short noun phrase


def _allowed_act(toks: tuple[Tok, ...], i: int) -> int | None:
    """The act a verb of permission lets a party do ("letting hospitals *import* a version",
    "allowing councils to *set* their own rates"): the index of that act's verb, if any."""
    if i >= len(toks) or toks[i].low not in _PERMITTING:
        return None
    for k in range(i + 2, min(len(toks), i + 2 + ALLOWED_PARTY_WORDS)):
        j = k + 1 if toks[k].low == "to" else k
        if _bare_verb_at(toks, j) and toks[j - 1].low not in DETERMINERS:  # k >= i + 2: a party stands between
            return j
        if not toks[k].word or toks[k].low in PREPOSITIONS and toks[k].low != "to":
            return None
    return None


def _thing_with_purpose(toks: tuple[Tok, ...], i: int, verb: int) -> bool:
    """"(called for) emergency funding to cover the rise", "(for) an independent regulator to
    oversee": a thing asked for and its purpose, not a party asked to act ("for Ukraine to pull
    back", "for tenants to be rehoused"): an indefinite or bare singular noun phrase."""
    head = toks[verb - 2]  # the word before "to"
    if toks[i].cap or head.cap or head.low.endswith("s") or not head.word:
        return False
    return toks[i].low in ("a", "an") or toks[i].low not in DETERMINERS and toks[i].low not in POSSESSIVE_PRONOUNS \
        and not any(t.possessive for t in toks[i:verb - 1])


def _np_then_to(toks: tuple[Tok, ...], i: int) -> int | None:
    """The verb after "NP to" ("Ukraine to pull back", "both armies to withdraw"), if any."""
    for k in range(i, min(len(toks) - 1, i + 5)):
        t = toks[k]
        if t.low == "to" and k > i and toks[k + 1].word and not toks[k + 1].cap and toks[k + 1].low not in DETERMINERS \
                and _figure(toks[k + 1].low) is None:
            return k + 1
        if not t.word or t.low in PREPOSITIONS or t.low in CLAUSE_WORDS or t.low in _FINITE:
            return None
    return None


def _finish(toks: tuple[Tok, ...], i: int, lex: "IssueWords", verb_phrase: bool = False, light_verb: str | None = None,
            clause: bool = False, bare_act: bool = False) -> ObjectPhrase | None:
    """The object phrase from ``i``; ``bare_act``: an act asked of another party may stand
    without an object ("urged the minister to intervene")."""
    if verb_phrase and light_verb is None and _phrasal_particle(toks, i) is None:
        j, light_verb = _skip_light_verb(toks, i, lex)
        if light_verb and j < len(toks) and toks[j].word and (toks[j].low in DETERMINERS or toks[j].cap):
            i, verb_phrase = j, False  # "(voted) to advance the mayor's plan to X": the plan, read below
        else:
            light_verb = None
    start = i
    end = phrase_end(toks, start, lex, clause=clause)
    if end <= start:
        return None
    if verb_phrase or toks[start].low in _CHANGE_VERBS:  # "ruled out reworking the measure into a ... law"
        dest = _destination(toks, start, end)
        if dest is not None:  # "submit the dispute to arbitration": the arbitration is what is asked for
            return _light(ObjectPhrase(dest, end), toks, lex)
    words = [t for t in toks[start:end] if t.word]
    if not words:
        return None
    if len(words) > 1 and words[0].low in _PRONOUN_OBJECTS and toks[start].low == words[0].low \
            and toks[start + 1].low in PREPOSITIONS and not verb_phrase:
        return ObjectPhrase(start, start + 1, anaphoric=True, light=words[0].low)  # "fight this in court": "this"
    if len(words) > 1 and words[0].low in PERSONAL_PRONOUNS:
        return None  # "wants it put off", "wants them to leave": a clause about something named elsewhere
    if len(words) > 1 and words[0].low in ("being", "having") and words[1].low.endswith(("ed", "en")):
        return None  # "against being asked to pay twice": what befalls the holder, not an issue
    # a gerund opening the phrase is a verb phrase ("phasing in the increase", "keeping the order")
    if not verb_phrase and words[0].low.endswith("ing") and words[0].low not in lex.ing_nouns \
            and (len(words) > 1 and (words[1].low in DETERMINERS or words[1].low in ("in", "out", "back", "up", "down"))):
        if words[0].low[:-3] in lex.light_verbs or (words[0].low[:-3] + "e") in lex.light_verbs:
            start = toks.index(words[1]) if words[1].low in DETERMINERS else start
            return _light(ObjectPhrase(toks.index(words[1]), end), toks, lex)
        verb_phrase = True
    if verb_phrase and not (bare_act and toks[start].low not in STOPWORDS and not toks[start].low.endswith("ing")) \
            and not any(t.word and t.low not in STOPWORDS and t.low not in _PARTICLES and t.low not in _WEAK
                        and not t.low.endswith("ly") for t in toks[start + 1:end]):
        return None  # "ready to work", "prepared to wait": an act with nothing to act on is no issue
    return _light(ObjectPhrase(start, end, verb_phrase=verb_phrase), toks, lex)


_PRONOUN_OBJECTS = frozenset("it this that".split())  # an object pronoun that refers back to an issue


_ATTEMPTING = ("try", "attempt", "seek", "aim")  # "a decision to try to reclaim the unpaid rent": the act tried is the issue


def _skip_light_verb(toks: tuple[Tok, ...], i: int, lex: "IssueWords") -> tuple[int, str | None]:
    n = len(toks)
    if i < n and toks[i].low in _TRANSFER_VERBS and _destination(toks, i, n) is not None:
        return i, None  # "take their dispute to a mediator": read where it is sent (_finish), not skipped
    if i + 2 < n and toks[i + 1].low == "to" and toks[i + 2].word and any(_verb_form(toks[i].low, w) for w in _ATTEMPTING):
        i += 2
    for words in lex.light_by_form.get(toks[i].low, ()) if i < n else ():
        if i + len(words) <= n and all(_verb_form(toks[i + k].low, w) for k, w in enumerate(words)):
            j = i + len(words)
            if len(words) == 1 and j + 1 < n and toks[j].word and not toks[j].cap and toks[j].low not in DETERMINERS \
                    and not toks[j].possessive and toks[j + 1].low == "of" and _figure(toks[j].low) is None:
                return i, None  # "take control of X", "take charge of X": the verb and its bare noun are one act
            return j, " ".join(words)
    return i, None


def _verb_form(word: str, lemma: str) -> bool:
    return word in _verb_forms(lemma)


VERB_FORMS_CACHE_SIZE = 1024  # lemmas kept with their forms: the lexicon's verbs, a few hundred


@lru_cache(maxsize=VERB_FORMS_CACHE_SIZE)
def _verb_forms(lemma: str, doubled: bool = True) -> frozenset[str]:
    """The forms :func:`_verb_form` takes for ``lemma`` ("close": close, closes, closees, closeed,
    closed, closeing, closing; a final consonant after one vowel doubled, unless ``doubled`` is
    false: "dropped", "dropping"), made once per lemma instead of at every test."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if doubled and re.search(r"(?:^|[^aeiou])[aeiou][bdgklmnprt]$", lemma):  # "drop": dropped, dropping; "scrap": scrapped
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return frozenset(forms)


def phrase_end(toks: tuple[Tok, ...], start: int, lex: "IssueWords", limit: int | None = None, clause: bool = False) -> int:
    """Where the object phrase starting at ``start`` ends (exclusive): at punctuation, a
    clause opener or condition, a new clause's verb ("was blocked"), a coordinated second
    object, an adjunct ("in an email", "on Tuesday"), or after ``MAX_OBJECT_TOKENS``."""
    n = len(toks) if limit is None else min(limit, len(toks))
    k = start
    while k < n and k - start < MAX_OBJECT_TOKENS:
        t = toks[k]
        if t.text in ("“", '"', "‘") and k == start:
            k += 1  # urged Kyiv to accept “painful concessions”
            continue
        if t.text == "," and k - start == 1 and k + 1 < n and toks[k + 1].word and not toks[k + 1].cap \
                and toks[k + 1].low.endswith(("ly", "al", "ive", "ful", "ous", "ic", "ent", "ant", "ed")):
            k += 1  # "firm, legally binding security guarantees": a list of adjectives
            continue
        if k > start and t.low.endswith("ed") and k + 1 < n and toks[k + 1].low == "by":
            break  # "changes proposed by Ukraine": a reduced relative clause
        if not t.word and t.text not in ("-", "’", "'", "$", "€", "£", "¥", "%", "&"):
            break
        if k > start + 1 and not clause and t.low in _FINITE:
            break  # "Kyiv's bid to join the alliance was blocked": the sentence's own verb
        if t.low == "what" and k + 2 < n and toks[k + 1].low in PERSONAL_PRONOUNS and toks[k + 2].low in ("called", "calls",
                                                                                                       "described", "termed"):
            k += 3  # "along what he called “the line where our soldiers stand”": the quoted name goes on
            while k < n and toks[k].text in ("“", '"', "‘", "'"):
                k += 1
            continue
        if k > start and (t.low in CLAUSE_WORDS or starts_condition(toks, k, lex.conditions)):
            break
        if k > start and t.low in ("that",) and toks[k - 1].low not in PREPOSITIONS and toks[k - 1].bare not in lex.light_nouns \
                and not _light_source_before(toks, start, k, lex):
            nxt = toks[k + 1] if k + 1 < n else None
            if nxt is None or not nxt.word or nxt.cap or nxt.low in DETERMINERS or nxt.low in PERSONAL_PRONOUNS:
                break  # a clause of its own ("on one condition: that the people ...")
            # "a ceasefire that froze the current front line": a relative clause says which one
        if k > start and t.low in lex.light_participles and _light_participle_clause(toks, start, k):
            break  # "wants hearings held in every district": the hearings are what is asked for
        if k > start and t.low in ("and", "but", "or") and k + 1 < n and (
                toks[k + 1].low in ("said", "says", "is", "was", "would", "will", "has", "had", "he", "she", "they", "it")
                or toks[k + 1].low in PREPOSITIONS or toks[k + 1].low in DETERMINERS or toks[k + 1].cap):
            break  # "a ceasefire and a demilitarised zone": two objects, read one by one
        if k > start and t.low in ("and", "or") and k + 2 < n and toks[k + 1].word and not toks[k + 1].cap \
                and toks[k + 1].low not in DETERMINERS and toks[k + 1].low not in PREPOSITIONS \
                and toks[k + 1].low not in STOPWORDS and toks[k + 1].low.endswith(("s", "ed")) \
                and (toks[k + 2].low in DETERMINERS or toks[k + 2].possessive
                     or toks[k + 1].low.endswith("ed") and toks[k + 2].low in PREPOSITIONS
                     and k + 3 < n and (toks[k + 3].cap or toks[k + 3].low in DETERMINERS)):
            # "reject the scheme and wants any decision put off", "fight the closure and called on
            # WPB to ...": a finite second verb and its object
            break
        if k > start and t.low == "as" and k + 2 < n and toks[k + 1].low == "well":
            break
        if k > start + 1 and t.cap and _contact_clause(toks, k, n):
            break  # "the affordable share Carradine is offering": a relative clause with no "that"
        if k > start and t.low in PREPOSITIONS and k + 1 < n:
            nxt = toks[k + 1]
            after = toks[k + 2] if k + 2 < n else None
            if is_time(nxt) or nxt.low in _ADJUNCT_NOUNS or (nxt.low in DETERMINERS and after is not None
                                                             and (after.low in _ADJUNCT_NOUNS or is_time(after))):
                break
            if t.low in ("to", "by") and nxt.low in ("reporters", "journalists"):
                break
        if k > start and (t.low in _TRAILING_ADVERBS or t.low.endswith("ly") and len(t.low) > 4 and t.low not in LY_NOUNS
                          and (k + 1 >= n or not toks[k + 1].word or toks[k + 1].low in PREPOSITIONS
                               or toks[k + 1].low in CLAUSE_WORDS)):
            break  # "rejected the toll outright", "backs the plan fully, she said": a manner, not the issue
        if k > start and (t.bare in WEEKDAYS or t.low in DAY_PARTS or t.low in ("last", "next") and k + 1 < n
                          and is_time(toks[k + 1])) and not (toks[k - 1].text == "-" and toks[k - 1].end == t.start):
            break  # "on Tuesday", "tonight"; not "a 90-night cap" (a measure joined to its figure)
        if k > start and (t.low in _TIME_EDGES or t.low in _STARTING) and k + 1 < n \
                and (toks[k + 1].low in ("next", "last", "this") or is_time(toks[k + 1])):
            break  # "legislation early next year", "a fee beginning next April": when, not what
        k += 1
    if k > start + 1 and toks[k - 1].low in ("that", "which") and toks[k - 2].bare not in lex.light_nouns:
        # "loading bays that can be used all day": a relative clause cut at its modal leaves no
        # "that" (after a light noun it stays: "an offer that would ..." is read by what follows)
        k -= 1
    return k


CONTACT_SUBJECT_WORDS = 3  # "the share Carradine is offering", "the site Harlow Homes has bought": a short name


def _contact_clause(toks: tuple[Tok, ...], k: int, n: int) -> bool:
    """A name at ``k`` right after a plain noun, then an auxiliary: the subject of a relative
    clause with no "that" ("the 30 per cent share Carradine is offering raised to 40 per cent")."""
    before = toks[k - 1]
    if not before.word or before.cap or before.possessive or before.low in DETERMINERS or before.low in PREPOSITIONS \
            or before.low in STOPWORDS:
        return False
    j = k
    while j < n and j - k < CONTACT_SUBJECT_WORDS and toks[j].word and toks[j].cap:
        j += 1
    return j < n and toks[j].low in ("is", "are", "was", "were", "has", "have", "had")


def _light_participle_clause(toks: tuple[Tok, ...], start: int, k: int) -> bool:
    """The light verb's participle at ``k`` closes a small clause on the noun before it ("wants
    hearings held in every district", "an audit conducted"): a noun (no determiner, adverb or
    function word) before it, and nothing after it but a preposition, a clause word or the end."""
    before = toks[k - 1]
    if not before.word or before.low in STOPWORDS or before.low in DETERMINERS or before.low.endswith("ly"):
        return False
    after = toks[k + 1] if k + 1 < len(toks) else None
    return after is None or not after.word or after.low in PREPOSITIONS or after.low in CLAUSE_WORDS


def _light_source_before(toks: tuple[Tok, ...], start: int, k: int, lex: "IssueWords") -> bool:
    """Whether the "that" at ``k`` completes a light noun across who made it: "a request
    from patient groups that ...", "the demand by residents that ..."."""
    for j in range(k - 1, max(start, k - 1 - LIGHT_SOURCE_WORDS) - 1, -1):
        if toks[j].low in ("from", "by"):
            return j > start and toks[j - 1].bare in lex.light_nouns
        if not toks[j].word:
            return False
    return False


COLON_GAP_WORDS = 3  # ", however:" between "a plan of its own" and the colon that opens what it is


def _light(obj: ObjectPhrase, toks: tuple[Tok, ...], lex: "IssueWords") -> ObjectPhrase | None:
    """A light head ("the idea", "a proposal to X", "Putin's demand that X") points at its
    complement; without one it is anaphoric when it can refer back ("the idea", "it")."""
    n = len(toks)
    words = [k for k in range(obj.start, obj.end) if toks[k].word and toks[k].low not in DETERMINERS
             and not toks[k].possessive and not _is_adjective_like(toks[k])]
    if not words:
        return None
    # the head: the last word before a preposition or a complementiser
    head = words[0]
    for k in range(obj.start, obj.end):
        t = toks[k]
        if t.low in PREPOSITIONS or t.low in ("that",):
            break
        if t.low in ("and", "but") and k + 2 < n and toks[k + 2].low == "to" and toks[k + 1].low not in DETERMINERS:
            break  # "is against the extension and plans to take its fight to ...": a second predicate
        if t.word and t.low not in DETERMINERS and not t.possessive:
            head = k
    head_low = toks[head].bare
    if obj.verb_phrase or head_low not in lex.light_nouns:
        return obj
    k = head + 1
    if k + 2 < n and toks[k].low == "of" and toks[k + 2].low == "own":
        # "put forward a plan of her own, however: handing school catering back to the council":
        # what the plan is follows the colon
        colon = next((j for j in range(k + 3, min(n - 1, k + 3 + COLON_GAP_WORDS)) if toks[j].text == ":"), None)
        if colon is None:
            return None
        return _finish(toks, colon + 1, lex, verb_phrase=toks[colon + 1].low.endswith("ing") and len(toks[colon + 1].low) > 5)
    if k < obj.end and k + 1 < n and toks[k].low in ("that", "which") and toks[k + 1].low in MODALS and k > obj.start + 1 \
            and any(toks[m].bare not in lex.light_nouns and toks[m].word and toks[m].low not in DETERMINERS
                    for m in range(obj.start, head)):
        return ObjectPhrase(obj.start, k)  # "a community share offer that would let fans buy in": a relative clause says which
    if k < obj.end and toks[k].low in ("from", "by"):  # "a request from residents that the state take over": who asked
        k = next((j for j in range(k + 1, min(obj.end, k + 1 + LIGHT_SOURCE_WORDS)) if toks[j].low == "that"
                  or not toks[j].word), k)
    if k < obj.end and toks[k].low in ("to", "for", "of", "that", "on") \
            and not (toks[k].low == "to" and k + 1 < obj.end and (toks[k + 1].low in DETERMINERS or toks[k + 1].cap
                                                                  or toks[k + 1].low.endswith("ing"))):
        # "an offer to striking nurses": a participle after "to" names who it is made to, no infinitive
        inner_start = k + 1
        # "an offer to 80 percent of base pay": a figure after "to" is an amount, not an infinitive
        verb_phrase = toks[k].low == "to" and _figure(toks[k + 1].low.lstrip("$")) is None
        after_np = _np_then_to(toks, inner_start) if toks[k].low == "for" else None
        if after_np is not None and toks[inner_start].low in ("a", "an"):
            # "his call for an independent regulator to oversee club finances": a thing to be made,
            # its purpose after it; the thing is what is called for
            return ObjectPhrase(inner_start, after_np - 1, light=head_low)
        if after_np is not None:  # "a plan for both armies to withdraw", "an idea for Ukraine to pull back"
            inner_start, verb_phrase = after_np, True
            if toks[inner_start].low == "be" and inner_start + 1 < obj.end and toks[inner_start + 1].word \
                    and _passive_participle(toks[inner_start + 1].low):
                inner_start += 1  # "calls for the company to be fined": the act is the participle's
        elif toks[k].low == "that" and _party_then_verb(toks, inner_start):
            inner_start, verb_phrase = inner_start + 1, True
        elif toks[k].low == "that" and (sub := _subjunctive(toks, inner_start)) is not None and sub[1] is None:
            inner_start, verb_phrase = sub[0], True  # "a request that the state take over X": the act asked for
        if not (inner_start + 1 < n and toks[inner_start + 1].low in _PARTICLES):  # "take over": no light verb
            inner_start, lv = _skip_light_verb(toks, inner_start, lex)
            if lv:
                verb_phrase = False
        if inner_start < obj.end:
            return ObjectPhrase(inner_start, obj.end, verb_phrase=verb_phrase, light=head_low)
    if k + 1 < obj.end and toks[k].low == "to" and toks[k + 1].low in DETERMINERS:
        place = [t for t in toks[k + 2:obj.end] if t.word]
        if len(place) >= LIGHT_DESTINATION_WORDS and not any(t.cap for t in place):
            return obj  # "any move to the proposed quarry site": a move somewhere is the issue, named whole
    if head + 1 >= obj.end and head - 1 in words and (m := toks[head - 1].bare) not in lex.light_nouns \
            and m not in STOPWORDS and not m.endswith(("ed", "ing")) and "-" not in m:
        # "backed the union's ratio demand", "accepted the repair plan": a light head the noun before it
        # names (a compound modifier, "the in-house idea", points back at the idea told before)
        return obj
    if head + 1 >= obj.end and (head_low in lex.anaphoric_nouns or head_low in MATTER_NOUNS
                                and toks[obj.start].low in _DEFINITE and head == obj.start + 1):
        return ObjectPhrase(obj.start, obj.end, anaphoric=True, light=head_low)
    if head + 1 >= obj.end and head_low == "vote" and any(toks[k].low in _REPEAT for k in range(obj.start, head)):
        return obj  # "demanded a new vote": a vote held again is a thing asked for, not one pointed at
    return None


_REPEAT = frozenset("new fresh second another repeat".split())  # modifiers of a thing done again


def _repeated_vote(words: list[Tok], i: int) -> bool:
    """"a *new* vote": the modifier is what tells the vote asked for from the one held."""
    return words[i].low in _REPEAT and i + 1 < len(words) and words[i + 1].bare == "vote"


def _is_adjective_like(tok: Tok) -> bool:
    return tok.low in _WEAK


# --------------------------------------------------------------------------- features

def stem(word: str) -> str:
    """A crude stem that folds the variants issue phrases use ("phasing"/"phase-in"/"phased",
    "guarantees"/"guarantee", "demilitarised"/"demilitarized", "withdrawal"/"withdraw")."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'-")
    if w in SYNONYMS:
        return SYNONYMS[w]
    w = w.split("-")[0] if w.endswith("-in") or w.endswith("-out") else w
    w = w.replace("iz", "is")
    for suf, rep in (("ies", "y"), ("ations", ""), ("ation", ""), ("ments", ""), ("ment", ""), ("ings", ""),
                     ("ing", ""), ("als", ""), ("al", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suf) and len(w) - len(suf) >= 4 and not w.endswith("ss"):
            w = w[: -len(suf)] + rep
            break
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return SYNONYMS.get(w, w)


@dataclass(slots=True)
class Features:
    """What variants of one issue share."""

    head: str  # stem of the head noun, or of the verb of a verb phrase
    terms: frozenset[str]  # content stems, synonyms folded, figures excluded
    figures: frozenset[str]  # "90 day", "2 year", "9.5 percent"
    head_words: tuple[str, ...]  # the head phrase as written, lower case ("security guarantees")
    chunk: frozenset[str]  # stems of the head phrase's content words
    words: tuple[str, ...]  # every content word of the phrase, lower case (for qualifiers)
    verb_phrase: bool = False
    noun: str = ""  # stem of the noun a verb phrase acts on ("increase" of "phasing in the increase")
    topic: str | None = None  # a named thing it acts on ("Kessel Dam" of "a commission to manage the Kessel Dam")
    complement: tuple[str, ...] = ()  # what a one-word head is of or on ("on", "pile-driving" of "a full ban on pile-driving")
    nominal: str = ""  # the noun the story uses for a verb phrase's act ("repayment" of "pay the money back")
    rate: str = ""  # the one rate it names, as written ("7 per cent" of "a 7 per cent rise"), for its label
    where: tuple[str, ...] = ()  # where a verb phrase's act takes its object ("at", "Millbrook"), for its label
    which: tuple[str, ...] = ()  # a reduced relative that says which thing it is ("linked", "to", "revenue"), for its label


def _figure(low: str) -> str | None:
    if low in _NUMBER_WORDS:
        return _NUMBER_WORDS[low]
    if _FIGURE_RE.match(low):
        return low.lstrip("$").rstrip("%").replace(",", "")
    return None


# verbs of giving with two objects: "give every household a credit" gives the credit
_GIVING = frozenset("give gives gave giving grant grants granted offer offers offered pay pays paid hand hands handed "
                    "award awards awarded guarantee guarantees guaranteed refund promise promised".split())
RECIPIENT_WORDS = 4  # "(give) every affected household (a credit)": the one given to is a short phrase


def _without_recipient(words: list[Tok]) -> list[Tok]:
    """A verb of giving's words without the one given to: "give every affected household a $100
    bill credit" -> "give a $100 bill credit" (the thing given is the issue, not who gets it)."""
    if len(words) < 4 or words[0].low not in _GIVING:
        return words
    k = 1
    while k < len(words) and (words[k].low in DETERMINERS or words[k].possessive):
        k += 1  # the recipient's own determiner ("every", "its")
    second = next((m for m in range(k + 1, min(len(words), k + 1 + RECIPIENT_WORDS))
                   if words[m].low in ("a", "an") or _figure(words[m].low) is not None), None)
    if second is None or any(w.low in PREPOSITIONS or w.low in CLAUSE_WORDS for w in words[1:second]):
        return words
    return [words[0], *words[second:]]


def features(toks: tuple[Tok, ...], obj: ObjectPhrase) -> Features | None:
    """The head, terms and figures of an object phrase (None when it holds no content word)."""
    particle = _phrasal_particle(toks, obj.start) if obj.verb_phrase else None
    words = [t for n, t in enumerate(toks[obj.start:obj.end], obj.start) if t.word and n != obj.skip and n != particle]
    if obj.verb_phrase:
        words = _without_recipient(words)
    if particle is not None:  # "put the cut off": "delay the cut"
        verb = PHRASAL[(toks[obj.start].low, toks[particle].low)]
        words[0] = Tok(verb, words[0].start, words[0].end, verb)
    figures: set[str] = set()
    terms: list[str] = []
    plain: list[str] = []
    measure: list[str] = []  # the words of its figures and their units, as written ("6 per cent")
    after_figure = False
    for i, t in enumerate(words):
        low = t.bare
        num = _figure(low.split("-")[0] if "-" in low and _figure(low.split("-")[0]) else low)
        if num is not None:
            unit = low.split("-", 1)[1] if "-" in low else (words[i + 1].bare if i + 1 < len(words) and words[i + 1].bare in _UNITS else "")
            unit = "percent" if unit == "per" or low.endswith("%") else unit  # "6 per cent", "6 percent", "6%" alike
            figures.add(f"{num} {unit.rstrip('s') if unit else ''}".strip())  # "90-day" and "90 days" alike
            measure.append(t.text)
            after_figure = True
            continue
        if (low in _UNITS and after_figure) or low in STOPWORDS and not _article_noun(words, i) \
                or low in _WEAK and not _compound_head(words, i, None) and not _repeated_vote(words, i) \
                or low in DETERMINERS or len(low) < 3:
            if low in _UNITS and after_figure:
                measure.append(t.text)
            after_figure = low == "per" and after_figure  # "per cent": a unit of two words
            continue
        after_figure = False
        if i > 0 and words[i - 1].low in MODALS or obj.clause and _verb_like(t, i, words):
            continue  # "any ceasefire must follow the line": the verb of a clause names nothing
        terms.append(stem(low))
        plain.append(low)
    if not terms and obj.light in ACTION_HEADS and not obj.verb_phrase:
        return Features(stem(obj.light), frozenset({stem(obj.light)}), frozenset(), (obj.light,), frozenset({stem(obj.light)}),
                        (obj.light,))  # "asking for the return of all of them": the return
    if not terms:
        return _bare_measure(figures, measure, obj)
    # the head phrase: words up to the first preposition, complementiser or verb of a
    # clause, determiners and bare figures dropped; its head is the last word (a noun
    # phrase) or the first (a verb phrase)
    head_words: list[str] = []
    complement: tuple[str, ...] = ()
    where: tuple[str, ...] = ()
    which: tuple[str, ...] = ()
    after_figure = False
    skip_to = -1
    for i, t in enumerate(words):
        low = t.bare
        if i <= skip_to:
            continue
        if low in ("up", "as", "more", "at") and i + 2 < len(words) and words[i + 1].low in ("to", "many", "than", "least") \
                and _figure(words[i + 2].bare) is not None:
            skip_to = i + 1  # "deploy up to 2,000 observers": an amount, not a particle
            continue
        if head_words and not obj.verb_phrase and words[0].low in ("a", "an") \
                and (low.endswith("ed") and len(low) > 4 or low in _IRREGULAR_PAST) \
                and i + 1 < len(words) and words[i + 1].low in PREPOSITIONS and words[i + 1].low != "of":
            # "a single lane reserved for buses": a reduced relative clause says which lane ("wants
            # the levy phased over four years" is the act wanted, a small clause)
            which = _which(words, i)
            break
        if head_words and low == "off" and i + 1 < len(words) and words[i + 1].cap:
            break  # "a wind farm 28 kilometres off Cape Quarrydale": where it is, not what it is
        if low in _PARTITIVES and i + 1 < len(words) and words[i + 1].low == "of" \
                and (not head_words or obj.verb_phrase and len(head_words) == 1):
            skip_to = i + 1  # "return part of its grant money": the money is what it is about
            continue
        if not head_words and low == "of" and i > 0 and (_figure(words[i - 1].bare) is not None or words[i - 1].bare in _UNITS):
            continue  # "80 percent of base pay": the amount's "of", the thing is what follows
        if head_words and low == "on" and head_words[-1].lower() in _HOLDING and i + 1 < len(words) \
                and words[i + 1].low in ("hold", "ice"):
            head_words += [low, words[i + 1].low]  # "wants the decision put on hold": the pause is what is asked
            break
        if head_words and (low in PREPOSITIONS or low in ("that", "which") or low in AUXILIARIES) \
                and not (low == "per" and after_figure):  # "pay a 6 per cent rise": the unit's "per"
            nxt = words[i + 1].low if i + 1 < len(words) else ""
            if low == "of" and head_words[-1].endswith("ing") and not obj.verb_phrase and len(head_words) <= 2:
                head_words.append(low)  # "a redrawing of Europe's borders", "a doubling of the aid fund"
                continue
            if low == "of" and len(head_words) == 1 and not obj.verb_phrase and nxt.endswith("ing") and len(nxt) > 5:
                head_words.append(low)  # "guarantees of retraining": what is guaranteed names it
                continue
            if not (obj.verb_phrase and low in _PARTICLES and len(head_words) == 1
                    and (not nxt or nxt in DETERMINERS or nxt in ("and", "or"))):  # "to step in and order ..."
                if not obj.verb_phrase and (len(_unmeasured(head_words)) == 1 or head_words[-1].lower() in ACTION_HEADS):
                    complement = _complement(toks[obj.start:obj.end], words, i, head_words[-1].lower() in ACTION_HEADS)
                elif obj.verb_phrase:
                    where = _where_to(words, i)
                    if len(head_words) == 1 and low in _BARE_VERB_PREPS:
                        complement = _complement(toks[obj.start:obj.end], words, i)  # "pay for transport": what it pays for
                break
        if head_words and low == "and" and (i + 1 >= len(words) or words[i + 1].low in DETERMINERS or obj.verb_phrase):
            break  # "pull back and establish a zone": the first act names it
        if obj.verb_phrase and not head_words and low.endswith("ly") and len(low) > 4 and low not in LY_NOUNS \
                and i + 1 < len(words):
            continue  # "voluntarily recognise the union": the act, not its manner
        if head_words and low in ("and", "but") and _second_predicate(words, i):
            break  # "opposes the cuts and believes several staff ...": a second verb of the holder
        if head_words and low in _TIME_ADJUNCT and i + 1 < len(words) and not obj.verb_phrase:
            break  # "a bill next session", "a vote last week": when, not what
        if head_words and low in _DEGREE_BEFORE_TIME and i + 1 < len(words) and words[i + 1].low in ("before", "after", "ahead"):
            break  # "a decision well before the season begins": when, not what
        if head_words and not obj.verb_phrase and low.endswith("ing") and len(low) > 5 and low not in _ING_NOUNS \
                and not all(_modifier_adjective(w) for w in head_words) \
                and i + 1 < len(words) and (words[i + 1].low in DETERMINERS or words[i + 1].low in _PARTICLES
                                            or words[i + 1].low.endswith("s")
                                            and not words[i + 1].low.endswith("ss")
                                            or i + 2 < len(words) and words[i + 2].low.endswith("s")
                                            and words[i + 1].low not in _ING_NOUNS
                                            and not head_words[-1].lower().endswith("ly")):
            break  # "a bill requiring manufacturers to ...", "a letter setting out ...": the participle's clause says which
        fig = _figure(low)
        if fig is not None:
            if "-" in low and re.match(r"^[\w.]+-[a-z]+$", low) and i + 1 < len(words) and words[i + 1].low not in PREPOSITIONS:
                head_words.append(low)  # "30-day ceasefire", "one-year freeze": a figure that names the thing
                continue
            after_figure = True
            continue
        if (low in _UNITS and after_figure) or low in DETERMINERS or (t.possessive and not t.cap) \
                or low in _WEAK and not _compound_head(words, i, head_words) and not _repeated_vote(words, i) \
                or after_figure and _hyphened(toks[obj.start:obj.end], words[i - 1], t):
            # "84-turbine", "1,260-megawatt": a measure, not the thing's name ("per cent": one unit of two words)
            after_figure = low == "per" and after_figure
            continue
        after_figure = False
        if t.cap and t.possessive and i + 1 < len(words) and words[i + 1].word and words[i + 1].low not in PREPOSITIONS:
            # "Mayor Olga Pettar's plan", "Harlow Trust's new rules": whose it is, not what it is
            j = i - 1
            while head_words and head_words[-1][:1].isupper() and j >= 0 and words[j].cap:
                head_words.pop()  # the name's other words ("Mayor Olga")
                j -= 1
            continue
        head_words.append(t.text.rstrip("’'").removesuffix("’s").removesuffix("'s") if t.cap else low)
    while head_words and head_words[-1].lower() in ("and", "or"):
        head_words.pop()
    if len(head_words) > 1 and head_words[-1].lower() in _DEGREE_BEFORE_TIME and obj.end < len(toks) \
            and toks[obj.end].low in ("before", "after", "ahead"):
        head_words.pop()  # "wants a decision well | before the season": the phrase ended at "before"
    if len(head_words) > 1 and head_words[-1].lower() in _COMPLEMENTS:
        head_words.pop()  # "make the survey public", "wants the survey made public": the survey is the issue
        while len(head_words) > 1 and head_words[-1].lower() in _COMPLEMENT_VERBS:
            head_words.pop()
    if obj.clause:  # a clause is named by its nouns: "Corvanian troops ... valley"
        head_words = [t.text if t.cap else t.bare for i, t in enumerate(words) if t.bare in plain
                      and not _verb_like(t, i, words)][:MAX_LABEL_WORDS]
    if obj.light in ACTION_HEADS and not obj.verb_phrase and not obj.clause and head_words and obj.start > 0 \
            and toks[obj.start - 1].low in _ACTION_PREPS:
        head_words = [obj.light, toks[obj.start - 1].low, *head_words]  # "the return of the tapestries": "return of tapestries"
    content = [w for w in head_words if (w.lower() not in STOPWORDS or w.lower() in plain) and w.lower() not in PREPOSITIONS
               and w.lower() not in _PARTICLES]
    if not content:
        content = [plain[-1]]
        head_words = [plain[-1]]
    head = stem(content[0] if obj.verb_phrase else content[-1])
    noun = stem(content[-1]) if obj.verb_phrase else head
    chunk = frozenset(stem(w) for w in content)
    return Features(head, frozenset(terms), frozenset(figures), tuple(w.lower() if not w[:1].isupper() else w
                                                                      for w in head_words[:8]),
                    chunk, tuple(plain), obj.verb_phrase, noun, _topic(toks, obj), complement,
                    rate=_rate_text(words) if sum(f.endswith(" percent") for f in figures) == 1 else "", where=where,
                    which=which)


WHICH_WORDS = 2  # "linked to revenue", "reserved for buses": the participle, its preposition and a short noun


def _which(words: list[Tok], i: int) -> tuple[str, ...]:
    """A reduced relative clause that says which thing a head is ("a limit *linked to revenue*"):
    the participle, its preposition and up to ``WHICH_WORDS`` plain words after it."""
    out = [words[i].low, words[i + 1].low]
    for t in words[i + 2:i + 2 + WHICH_WORDS + 1]:
        if t.low in DETERMINERS and len(out) == 2:
            continue
        if t.low in STOPWORDS or t.low in PREPOSITIONS or _figure(t.bare) is not None or len(out) == 2 + WHICH_WORDS:
            break
        out.append(t.text if t.cap else t.low)
    return tuple(out) if len(out) > 2 else ()

WHERE_WORDS = 3  # "at Millbrook", "to four days", "to New Brighton Pier": a short named place or amount


def _where_to(words: list[Tok], i: int) -> tuple[str, ...]:
    """Where or how far an act takes its object, when the phrase names it ("ending the line *at
    Millbrook*", "cut the school week *to four days*", "(the consultation to) run *for twelve
    weeks*"): the preposition and a name or an amount; none for a plain noun ("moving the
    festival to a weekend")."""
    if words[i].low not in ("to", "at", "into", "until", "for") or i + 1 >= len(words):
        return ()
    if words[i].low == "for" and not (i + 2 < len(words) and _figure(words[i + 1].bare) is not None
                                      and words[i + 2].bare in _UNITS):
        return ()  # "run for twelve weeks": how long the act is to last; "for the town" says nothing
    k = i + 1 + (words[i + 1].low == "the")
    if k >= len(words) or not (words[k].cap or _figure(words[k].bare) is not None):
        return ()
    out = [words[i].low]
    for t in words[k:k + WHERE_WORDS]:
        if not (t.cap or _figure(t.bare) is not None or t.bare in _UNITS) or t.low in PREPOSITIONS:
            break
        out.append(t.text if t.cap else t.low)
    return tuple(out) if len(out) > 1 else ()


def _rate_text(words: list[Tok]) -> str:
    """The rate a phrase names, as written: "7 per cent", "9.5%", "6 percent" ("" if none)."""
    for i, t in enumerate(words):
        if _figure(t.bare) is None:
            continue
        if t.text.endswith("%"):
            return t.text
        if i + 1 < len(words) and words[i + 1].low == "percent":
            return f"{t.text} percent"
        if i + 2 < len(words) and words[i + 1].low == "per" and words[i + 2].low == "cent":
            return f"{t.text} per cent"
    return ""


def _bare_measure(figures: set[str], measure: list[str], obj: ObjectPhrase) -> Features | None:
    """A phrase that is only a rate ("has offered 2.5 per cent", "wants 6%"): the rate stands
    for the thing it measures, which the story names elsewhere ("a 6 per cent fare rise");
    until that is found (see :func:`discover`) the rate, as written, names it, with the light
    noun it completes ("an offer of 4 per cent a year for two years": "4 per cent offer"). A
    bare count or a time ("three", "two years") names nothing."""
    rates = sorted(x for x in figures if x.endswith(" percent"))
    # "4 per cent a year for two years" alone is a schedule, not a thing asked for
    if obj.verb_phrase or obj.clause or len(rates) != 1 or len(figures) != 1 and not obj.light:
        return None
    words = [w.lower() for w in measure]
    end = next((k for k, w in enumerate(words) if w in ("cent", "percent") or w.endswith("%")), len(words) - 1)
    words = words[:end + 1]
    if obj.light and obj.light.isalpha() and obj.light not in PERSONAL_PRONOUNS and obj.light not in DETERMINERS:
        words.append(obj.light)
    return Features(rates[0], frozenset(rates), frozenset(rates), tuple(words), frozenset(rates), tuple(words))


def bare_measure(f: Features | None) -> bool:
    """Whether ``f`` is a phrase that is only an amount (see :func:`_bare_measure`)."""
    return f is not None and bool(f.figures) and f.terms == f.figures


_COMPLEMENT_PREPS = frozenset("on of for against over".split())
_BARE_VERB_PREPS = frozenset("for".split())  # a bare verb's "for" names what the act is for ("pay for transport")
COMPLEMENT_WORDS = 2  # content words of a head's complement a label may carry ("ban on night flights")
# heads that name an act on their complement: "the return of the tapestries", "a change in
# the zoning rules", "a guarantee of weekend opening", "a cut to bus fares" is about both the act and its thing
ACTION_HEADS = frozenset("""return change end repeal review guarantee guarantees increase increases cut cuts reduction
rise removal extension overhaul restoration""".split())
_ACTION_PREPS = frozenset("of in to on".split())  # not "for": "a rise for the coming year" says when
ACTION_COMPLEMENT_WORDS = 3  # "a review of dock lease charges": the thing acted on may take three words


_HOLDING = frozenset("put placed kept".split())  # "(the decision) put on hold", "placed on ice"
_PARTITIVES = frozenset("part half much most some all rest share portion bulk".split())  # "part of X": X
_TIME_ADJUNCT = frozenset("next last".split())  # "a bill next session": a time phrase after the head
_DEGREE_BEFORE_TIME = frozenset("well long soon shortly just right".split())  # "well before", "long after"
_TIME_EDGES = frozenset("early late later earlier".split())  # "early next year", "later this month": a time phrase's edge
_STARTING = frozenset("beginning starting effective from until".split())  # "(a fee) beginning next April"
TIME_PHRASE_WORDS = _TIME_EDGES | _TIME_ADJUNCT | {"this"}  # words of a time phrase besides time words themselves
_VERB_FOLLOWERS = frozenset("that to".split()) | PERSONAL_PRONOUNS


# comparatives that qualify a noun ("shorter opening hours", "fewer teaching days"): before an
# "-ing" word they make it a noun's modifier, not a participle opening a clause ("a bill requiring ...")
_COMPARATIVES = frozenset("""shorter longer fewer lower higher greater smaller larger bigger wider narrower stronger
weaker earlier later faster slower cheaper tighter stricter looser better worse reduced extended""".split())
_ADJECTIVE_SUFFIXES = ("ous", "ful", "less", "able", "ible")  # suffixes that make only adjectives


def _modifier_adjective(word: str) -> bool:
    """``word`` can only qualify a noun (a comparative, "-ous", "-able" ...): a head phrase
    that holds nothing else has not reached its noun yet."""
    low = word.lower()
    return low in _COMPARATIVES or len(low) > 5 and low.endswith(_ADJECTIVE_SUFFIXES)


def _second_predicate(words: list[Tok], i: int) -> bool:
    """``words[i]`` ("and") opens a second predicate of the holder: a lower-case -s / -ed verb
    followed by a determiner, a quantifier, a pronoun, "that" or "to" ("... and believes
    several staff were", "... and says the plan"), or a past verb and its particle ("... and
    ruled out pausing"), not a coordinated noun ("cuts and fees")."""
    if i + 2 >= len(words):
        return False
    v, nxt = words[i + 1], words[i + 2].low
    return not v.cap and len(v.low) > 3 and v.low.endswith(("es", "ed", "s")) and not v.low.endswith("ss") \
        and (nxt in DETERMINERS or nxt in _QUANTIFIERS or nxt in _VERB_FOLLOWERS
             or v.low.endswith("ed") and nxt in _PARTICLES)  # "... and ruled out pausing work"


def _unmeasured(words: list[str]) -> list[str]:
    """Head words without a figure that measures the thing ("six-month break" -> "break"):
    a measured head still names nothing without its complement ("on business rates")."""
    return [w for w in words if "-" not in w or _figure(w.split("-")[0].lower()) is None]


def _complement(span: tuple[Tok, ...], words: list[Tok], i: int, action: bool = False) -> tuple[str, ...]:
    """The complement of a one-word head at ``words[i]`` (its preposition): a preposition and
    up to ``COMPLEMENT_WORDS`` bare content words ("on pile-driving", "of base pay"); none when
    a determiner, a name or a figure follows ("on our land" says where, not what). An action
    head (``action``: "the return of the tapestries", "a change in the zoning rules") names nothing without
    what it acts on: its complement may follow a determiner and be a little longer."""
    if words[i].low not in (_ACTION_PREPS if action else _COMPLEMENT_PREPS):
        return ()
    out: list[str] = []
    start = i + 1
    while action and start < len(words) and (words[start].low in DETERMINERS or words[start].low in _WEAK):
        start += 1  # "the return of the tapestries", "a guarantee of any weekend opening"
    # "land for a new primary school": what it is for (a definite "the" may say where); the
    # noun after the indefinite is read whole and named by its last words ("primary school")
    indefinite = not action and words[i].low == "for" and start < len(words) and words[start].low in ("a", "an")
    start += indefinite
    most = ACTION_COMPLEMENT_WORDS if action else COMPLEMENT_WORDS
    ended = True  # the noun ended (a function word or the phrase's end), not cut by a name or figure
    for k in range(start, len(words)):
        t = words[k]
        if out and _hyphened(span, words[k - 1], t):
            out[-1] += "-" + t.low  # "pile-driving"
            continue
        if len(out) == (most + 2 if indefinite else most) or t.low in STOPWORDS or t.low in DETERMINERS \
                or t.possessive or t.cap or _figure(t.low) is not None or t.low.endswith("ly"):
            ended = len(out) < most + 2 and (t.low in STOPWORDS or t.low in DETERMINERS)
            break
        out.append(t.low)
    if indefinite:
        if not ended or any(w in _UNITS or w in _SPANS for w in out):
            return ()  # "for an extra £4 million" (an amount), "for a decade" (how long): not what for
        out = out[-most:]
    if action and any(w in _UNITS for w in out):
        return ()  # "an increase in the coming year": when, not what
    return (words[i].low, *out) if out else ()


_SPANS = frozenset("decade decades century centuries fortnight fortnights generation generations lifetime while".split())


def _hyphened(span: tuple[Tok, ...], a: Tok, b: Tok) -> bool:
    """``a`` and ``b`` written as one hyphenated word ("84-turbine")."""
    return b.start == a.end + 1 and any(x.text == "-" and x.start == a.end for x in span)


# adjectives that complete "make X _" / "X made _": what is asked is done to X, X names the issue
_COMPLEMENTS = frozenset("public available known permanent compulsory mandatory".split())
_COMPLEMENT_VERBS = frozenset("made make makes kept keep".split())


def _article_noun(words: list[Tok], i: int) -> bool:
    """A function word used as a noun after an article ("back the mine", "a will"): content."""
    return i > 0 and words[i - 1].low in ("the", "a", "an") and words[i].low not in DETERMINERS \
        and words[i].low not in PREPOSITIONS and (i + 1 == len(words) or words[i + 1].low in PREPOSITIONS)


_TOPIC_BEFORE = frozenset("of over about".split())  # "the return of X", "control over X": X is what it is about


def _topic(toks: tuple[Tok, ...], obj: ObjectPhrase) -> str | None:
    """A named thing the phrase acts on: a capitalised name of two or more words after "of"
    or right after the phrase's verb ("the return of the Kessel Dam", "a commission to manage
    the Kessel Dam"), not one after a place preposition ("a ceasefire along the Serin River")."""
    words = []
    for t in toks[obj.start:obj.end]:
        if t.low in PREPOSITIONS:
            break
        if t.word and t.low not in DETERMINERS:
            words.append(t)
    if len(words) >= 2 and all(t.cap for t in words):
        return " ".join(t.text for t in words)  # "the return of the Kessel Dam to Saldovian control" via "return"
    for k in range(obj.start + 1, obj.end):
        t = toks[k]
        if not t.cap or not t.word:
            continue
        b = k - 1 if toks[k - 1].low not in DETERMINERS else k - 2
        if b < obj.start:
            return None
        before = toks[b]
        verb_object = not before.cap and before.word and before.low not in PREPOSITIONS and before.low not in STOPWORDS \
            and b - 1 >= obj.start and toks[b - 1].low == "to"
        if not (before.low in _TOPIC_BEFORE or verb_object):
            return None
        end = k
        while end < obj.end and toks[end].cap and toks[end].word:
            end += 1
        if end - k >= 2:
            return " ".join(x.text for x in toks[k:end])
        return None
    return None


_PARTICLES = frozenset("in out back up down off over".split())
_IRREGULAR_PAST = frozenset("left kept held put set made took gave let stood sent went came paid built bought sold".split())


# past participles that end in neither "-ed" nor "-en" (English grammar, not any story's words)
_PASSIVE_IRREGULAR = _IRREGULAR_PAST | frozenset("""spread cut shut run done won lost found told brought bought
sought thought caught taught met led fed read dealt meant kept hung struck split quit""".split())


def _participle_form(low: str) -> bool:
    """"(that the vote) be *rerun*", "be *put*": a passive participle of the list, also with a
    prefix ("re-", "un-", "over-"). "-en" forms are left out: "(that any truce) be drawn along the
    line" names the truce, not a drawing."""
    return low in _PASSIVE_IRREGULAR or any(low.startswith(p) and low[len(p):] in _PASSIVE_IRREGULAR
                                                for p in ("re", "un", "over", "under"))


def _passive_participle(low: str) -> bool:
    """The participle after "to be" ("to be exempted", "to be paid", "to be rerun")."""
    return low.endswith(("ed", "en")) or _participle_form(low)


def _verb_like(t: Tok, i: int, words: list[Tok]) -> bool:
    """A verb of a clause: a past form ("stayed", "left") or a word after a modal."""
    return (not t.cap and (t.low.endswith("ed") or t.low in _IRREGULAR_PAST)) or (i > 0 and words[i - 1].low in MODALS)


# --------------------------------------------------------------------------- nominals

def _nominal_candidates(verb: str) -> list[str]:
    """Nouns English makes of a verb ("repay" -> "repayment", "suspend" -> "suspension",
    "recognise" -> "recognition", "close" -> "closure", "reduce" -> "reduction", "demolish" ->
    "demolition")."""
    v = verb
    out = [v + "ment", v + "al", v + "ion", v + "ation", v + "ure"]
    if v.endswith("e"):
        out += [v[:-1] + "al", v[:-1] + "ion", v[:-1] + "ation", v[:-1] + "ure"]
    if v.endswith(("ize", "ise")):
        out += [v[:-2] + "tion", v[:-1] + "ation"]
    if v.endswith("ce"):
        out += [v[:-2] + "ction"]
    if v.endswith("d"):
        out += [v[:-1] + "sion"]
    if v.endswith("ibe"):
        out += [v[:-2] + "ption"]
    if v.endswith("ish"):
        out += [v[:-3] + "ition"]  # "demolish" -> "demolition", "abolish" -> "abolition"
    if v.endswith("ify"):
        out += [v[:-1] + "ication"]  # "clarify" -> "clarification"
    if v + "ing" in _ING_NOUNS:
        out.append(v + "ing")
    return out





def nominalise(f: Features, story_words: frozenset[str], vocabulary: frozenset[str]) -> Features:
    """A verb-phrase variant named by the noun the story itself uses for the act: "pay the
    money back" -> "repayment", "voluntarily recognise the union" -> "recognition of union",
    when the story writes that noun somewhere. Only its label changes: how variants merge
    and whether the issue recurs stay the verb's (a noun that names another issue of the
    story, "a full withdrawal", must not absorb "withdraw 15 kilometres")."""
    if not f.verb_phrase or not f.head_words:
        return f
    word = f.head_words[0].lower()
    verb = _base(word, vocabulary | story_words)
    # "excluding" in a story that writes "exclusion" but never "exclude": the bases it may have
    bases = [verb] + ([word[:-3] + "e", word[:-3]] if verb == word and word.endswith("ing") else [])
    nominal = next((n for b in bases for n in _nominal_candidates(b) if n in story_words), None)
    if nominal is None:
        return f
    rest = [w for w in f.head_words[1:MAX_LABEL_WORDS + 1] if w.lower() not in PREPOSITIONS and w.lower() not in _PARTICLES
            and w.lower() not in PERSONAL_PRONOUNS and w.lower() not in DETERMINERS]
    prep = f.head_words[1].lower() if len(f.head_words) > 1 and f.head_words[1].lower() in PREPOSITIONS else "of"
    f.nominal = " ".join((nominal, prep, *rest)) if rest else nominal  # "investment in copper mine"
    return f


# --------------------------------------------------------------------------- discovery

@dataclass(slots=True)
class Issue:
    """One discovered issue: its label and the indices of the phrases that name it."""

    label: str
    members: list[int] = field(default_factory=list)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def _same_issue(f: Features, g: Features) -> bool:
    """Two rich variants of one issue: the same head phrase (one inside the other, same head),
    a shared figure with a unit and a shared word ("a 90-day moratorium on restarting the
    plant" / "the plant kept shut for 90 days"), or enough shared terms."""
    if f.verb_phrase == g.verb_phrase and f.head == g.head and (f.chunk <= g.chunk or g.chunk <= f.chunk):
        if f.chunk == g.chunk and len(f.chunk) >= 2:
            return True  # "demilitarised zone on our land" / "demilitarised zone along the river"
        rest_f, rest_g = f.terms - f.chunk, g.terms - g.chunk
        if not (rest_f and rest_g and not rest_f & rest_g):
            return True  # "security guarantees" / "legally binding security guarantees from Helvoria"
        # else "a 30-day ceasefire along the river" / "a ceasefire that froze the front line": two
    shared_figures = {x for x in f.figures & g.figures if " " in x}
    if shared_figures and f.terms & g.terms:
        return True
    a, b = f.terms | f.figures, g.terms | g.figures
    if f.head == g.head and f.verb_phrase == g.verb_phrase:
        # one head: the variants' modifiers mostly agree ("amnesty for everyone taking part" /
        # "blanket amnesty to students taking part"), not "30-day ceasefire along the river" /
        # "a ceasefire that froze the front line"
        return len(a & b) >= 2 and len(a & b) / min(len(a), len(b)) >= SAME_HEAD_MIN_OVERLAP
    return _jaccard(a, b) >= MERGE_MIN_JACCARD


def discover(phrases: list[Features | None], story_words: Counter[str], lexicon: dict[str, list[str]] | None = None,
             phrase_texts: list[str] | None = None, vocabulary: frozenset[str] = frozenset(),
             is_party: Callable[[str], bool] = lambda name: False,
             standalone: frozenset[int] = frozenset()) -> tuple[list[Issue], list[int | None]]:
    """Group phrase variants into issues; returns the issues and, per phrase, its issue index
    (None: the phrase names no issue that recurs). ``story_words`` counts the stems of the
    story's words (repeated sentences once), for the recurrence test; ``vocabulary`` holds
    the story's words, for naming verbs by their base form ("phasing" -> "phase");
    ``standalone`` the phrases that name an issue even when said once (see
    :func:`names_an_issue_alone`)."""
    clusters: list[list[int]] = []
    assign: list[int | None] = [None] * len(phrases)
    # 1. phrases with several content terms merge with a cluster holding a variant of them
    for i, f in enumerate(phrases):
        if f is None or len(f.terms) < RICH_MIN_TERMS:
            continue
        best = next((c for c, members in enumerate(clusters) if any(_same_issue(f, phrases[m]) for m in members)), None)
        if best is None:
            clusters.append([i])
            best = len(clusters) - 1
        else:
            clusters[best].append(i)
        assign[i] = best
    # 2. one-term phrases join the issue whose head they are, else stand alone by head
    by_head: dict[str, int] = {}
    for i, f in enumerate(phrases):
        if f is None or assign[i] is not None:
            continue
        heads = Counter(c for c, members in enumerate(clusters) for m in members
                        if phrases[m] is not None and len(phrases[m].terms) >= RICH_MIN_TERMS
                        and phrases[m].head == f.head and phrases[m].verb_phrase == f.verb_phrase)
        if not heads and not f.verb_phrase:  # "a phase-in" names what "phasing in the increase" does
            heads = Counter(c for c, members in enumerate(clusters) for m in members
                            if phrases[m] is not None and phrases[m].verb_phrase and phrases[m].head == f.head)
        if bare_measure(f):  # "has offered 2.5 per cent": the one issue whose variants name that amount
            holding = {c for c, members in enumerate(clusters) for m in members
                       if phrases[m] is not None and not bare_measure(phrases[m]) and f.head in phrases[m].figures}
            heads = Counter(holding)
        if len(heads) == 1:  # "the increase" is the one issue named by that head
            c = next(iter(heads))
        elif f.head in by_head:
            c = by_head[f.head]
        else:
            clusters.append([])
            c = by_head[f.head] = len(clusters) - 1
        clusters[c].append(i)
        assign[i] = c
    # 3. issues about one named thing are one issue: "the return of the Kessel Dam" and "a
    # joint commission to manage the Kessel Dam" (named parties are never a topic)
    by_topic: dict[str, int] = {}
    for c in range(len(clusters)):
        topics = {phrases[m].topic for m in clusters[c] if phrases[m].topic and not is_party(phrases[m].topic)}
        for t in sorted(topics):
            if t in by_topic and by_topic[t] != c:
                keep = by_topic[t]
                clusters[keep].extend(clusters[c])
                for m in clusters[c]:
                    assign[m] = keep
                clusters[c] = []
                c = keep
            by_topic[t] = c
    # 4. an optional lexicon renames and merges the issues its seeds match
    lex_label: dict[int, str] = {}
    if lexicon and phrase_texts is not None:
        from newsdesk.compare.config import seed_pattern

        pats = [(label, seed_pattern(s)) for label, seeds in lexicon.items() for s in seeds]
        for c, members in enumerate(clusters):
            hits = Counter(label for m in members for label, p in pats if p.search(phrase_texts[m]))
            if hits:
                lex_label[c] = hits.most_common(1)[0][0]
    # 5. keep issues whose head (or the noun a verb acts on) recurs in the story
    kept = [c for c, members in enumerate(clusters) if members and (
        c in lex_label or len(members) >= RECUR_MIN or any(m in standalone for m in members)
        or max(max(story_words.get(phrases[m].head, 0), story_words.get(phrases[m].noun, 0)) for m in members) >= RECUR_MIN)]
    labels = _labels({c: clusters[c] for c in kept if c not in lex_label}, phrases, vocabulary)
    labels.update(lex_label)
    issues: list[Issue] = []
    index_of: dict[int, int] = {}
    by_label: dict[str, int] = {}
    def named(members: list[int]) -> bool:  # mostly noun phrases: a label the story writes, not one made of a verb
        return sum(phrases[m].verb_phrase for m in members) * 2 < len(members)

    for c in kept:
        # two clusters a lexicon gives one label, or whose labels differ only in inflection
        # ("closure" named from "close X" and "the closures"): one issue
        key = " ".join(stem(w) for w in labels[c].split())
        if key in by_label:
            held = issues[by_label[key]]
            if (named(clusters[c]), len(clusters[c])) > (named(held.members), len(held.members)):
                held.label = labels[c]  # the story's own noun ("closures"), else the label most variants give
            index_of[c] = by_label[key]
            held.members.extend(clusters[c])
            continue
        by_label[key] = index_of[c] = len(issues)
        issues.append(Issue(labels[c], list(clusters[c])))
    return issues, [index_of.get(a) if a is not None else None for a in assign]


# --------------------------------------------------------------------------- story-level coreference

# nouns that name a matter a story's parties decide on: "the project", "the deal", "the
# decision" refer to an issue the story names in full elsewhere
MATTER_NOUNS = frozenset("""project deal plan proposal scheme offer agreement bill motion settlement package accord
pact contract measure policy programme program initiative development decision reform""".split())
_DEFINITE = frozenset("the this that".split())
MODIFIER_WORDS = 2  # words before a matter noun read as its modifiers ("Offshore wind project")
CENTRAL_MIN_HEADLINES = 2  # a story's central issue is named in this many headlines


def definite_noun(toks: tuple[Tok, ...], obj: ObjectPhrase) -> str | None:
    """The noun of a definite phrase with nothing else in it ("the draft", "this deal"), else None."""
    words = [t for t in toks[obj.start:obj.end] if t.word]
    if len(words) == 2 and words[0].low in _DEFINITE and not words[1].cap and _figure(words[1].low) is None:
        return words[1].low
    return None


def matter_noun(toks: tuple[Tok, ...], obj: ObjectPhrase) -> str | None:
    """The noun of a definite matter phrase with nothing else in it ("the project", "this
    deal", "the decision"), else None."""
    noun = definite_noun(toks, obj)
    return noun if noun in MATTER_NOUNS else None


def elided_head_tie(noun: str, issues: list[Issue], phrases: list[Features | None], texts: list[str]) -> int | None:
    """The issue "the draft" stands for when the story mostly writes it as the modifier of that
    issue's head ("the draft permit" six times in ten uses of "draft": the permit); None when
    no one issue head follows it in most of its uses."""
    heads = _noun_heads(issues, phrases)
    heads.pop(stem(noun), None)
    after: Counter[int] = Counter()
    uses = 0
    for text in texts:
        toks = _text.words(text)
        for k in range(len(toks)):
            if toks[k] != noun:
                continue
            uses += 1
            found = heads.get(stem(toks[k + 1]), set()) if k + 1 < len(toks) else set()
            if len(found) == 1:
                after[next(iter(found))] += 1
    top = after.most_common(1)
    if not top or 2 * top[0][1] <= uses:
        return None  # most of its uses in the story must modify that one head ("the mine" is a thing of its own)
    return top[0][0]


def _noun_heads(issues: list[Issue], phrases: list[Features | None], skip: frozenset[int] = frozenset()) -> dict[str, set[int]]:
    """Head stem -> the issues whose own noun phrases (not those in ``skip``) have that head."""
    heads: dict[str, set[int]] = {}
    for n, i in enumerate(issues):
        for m in i.members:
            f = phrases[m]
            if m not in skip and f is not None and not f.verb_phrase:
                heads.setdefault(f.head, set()).add(n)
    return heads


def _core(label: str) -> frozenset[str]:
    """The stems of a label's head and the word before it ("wind farm" of "offshore wind farm")."""
    words = [w for w in _text.words(label.split(" (")[0]) if w not in STOPWORDS and _figure(w) is None]
    return frozenset(stem(w) for w in words[-2:])


def _stems_of(text: str) -> list[str]:
    return [stem(w) for w in _text.words(text)]


def name_tie(noun: str, issues: list[Issue], phrases: list[Features | None], matter: frozenset[int]) -> int | None | bool:
    """The one issue whose own phrases have the matter noun as their head ("the deal" / "a
    compensation deal"); False when several have (ambiguous), None when none has."""
    head = stem(noun)
    named = {n for n, i in enumerate(issues) if any(m not in matter and phrases[m] is not None
                                                     and phrases[m].head == head for m in i.members)}
    return next(iter(named)) if len(named) == 1 else (False if named else None)


def modifier_tie(noun: str, issues: list[Issue], phrases: list[Features | None], matter: frozenset[int],
                 texts: list[str]) -> int | None:
    """The issue a matter noun refers to when the story writes the noun with modifiers that
    one issue's name holds ("the project" / "Offshore wind project" / "an offshore wind
    farm"); None when no single issue ties."""
    head = stem(noun)
    words = {n: frozenset(w for m in i.members if m not in matter and phrases[m] is not None
                          for w in phrases[m].chunk) - {head} for n, i in enumerate(issues)}
    tied: set[int] = set()
    for text in texts:
        toks = _text.words(text)
        for k, w in enumerate(toks):
            if w != noun:
                continue
            mods = []
            for j in range(k - 1, max(-1, k - 1 - MODIFIER_WORDS), -1):
                low = toks[j]
                if low in STOPWORDS or low in DETERMINERS or _figure(low) is not None:
                    break
                mods.append(stem(low))
            tied |= {n for n, ws in words.items() if ws & set(mods)}
    return next(iter(tied)) if len(tied) == 1 else None


def purpose_tie(noun: str, issues: list[Issue], phrases: list[Features | None], matter: frozenset[int],
                texts: list[str]) -> int | None:
    """The issue a matter noun refers to when the story spells out what it is for: "the plan"
    in a story whose headline reads "... plan to close Quenby Street courthouse": the one issue
    named by that act (a verb phrase with that verb, or a noun English makes of it,
    "closure"); None when no single issue ties."""
    pattern = re.compile(r"\b" + re.escape(noun) + r"s?\s+(?:not\s+)?to\s+([a-z]+)\b", re.I)
    acts: dict[int, set[str]] = {}  # issue -> stems of the acts that name it
    for n, i in enumerate(issues):
        for m in i.members:
            f = phrases[m]
            if m in matter or f is None:
                continue
            acts.setdefault(n, set()).add(f.head)
    tied: set[int] = set()
    for text in texts:
        for match in pattern.finditer(text):
            verb = match.group(1).lower()
            names = {stem(verb)} | {stem(c) for c in _nominal_candidates(verb)}
            tied |= {n for n, heads in acts.items() if heads & names}
    return next(iter(tied)) if len(tied) == 1 else None


_PROPOSED = re.compile(r"\b(?:proposed|planned|draft|suggested|mooted)\s+((?:[\w’'-]+\s+){0,2}[\w’'-]+)", re.I)


# "the government's decision to freeze the licence fee": what was decided
# (not "the decision to be reviewed", what is done to the decision, nor "appeal the decision to the board")
DECIDED = re.compile(r"\bdecision\s+(?:not\s+)?to\s+(?!(?:be|the|a|an|this|that|its|their)\b)((?:[\w’'-]+\s+){0,4}[\w’'-]+)", re.I)


def proposal_mention(texts: list[str], issues: list[Issue], phrases: list[Features | None],
                     matter: frozenset[int], pattern: re.Pattern[str] = _PROPOSED) -> int | None:
    """The issue of the latest proposal a passage mentions ("his proposed law requiring ...",
    "the planned levy"): ``texts`` from the latest back; the first whose "proposed X" names
    the head of one issue's own phrases. ``pattern``: another mention to read, its group 1 the
    words that may name the issue (``DECIDED``: "the decision to freeze the fee")."""
    heads = _noun_heads(issues, phrases, matter)
    for text in texts:
        for match in reversed(list(pattern.finditer(text))):
            for w in match.group(1).split():
                found = heads.get(stem(w), set())
                if len(found) == 1:
                    return next(iter(found))
    return None


def central_issue(issues: list[Issue], matter: frozenset[int], headlines: list[str]) -> int | None:
    """The issue the story is about: the one whose core name ("wind farm") most headlines
    hold, at least ``CENTRAL_MIN_HEADLINES`` of them (each headline once); None on a tie."""
    stems = [set(_stems_of(h)) for h in dict.fromkeys(h for h in headlines if h)]
    hits: Counter[int] = Counter()
    for n, i in enumerate(issues):
        if all(m in matter for m in i.members):
            continue
        core = _core(i.label)
        if core:
            hits[n] = sum(core <= h for h in stems)
    ranked = hits.most_common(2)
    if not ranked or ranked[0][1] < CENTRAL_MIN_HEADLINES or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


# participles that ask for a thing to be done, not undone ("wants testing carried out", "wants
# a review conducted"): the noun phrase before them is what is asked for
_DONE_PARTICIPLES = frozenset("carried conducted done introduced installed brought held published released".split())


def names_an_issue_alone(toks: tuple[Tok, ...], obj: ObjectPhrase, f: Features | None) -> bool:
    """A phrase that names an issue even when the story says it once: the noun phrase of a
    demand or proposal with two content terms or more and one noun phrase ("an independent
    economic study of the effect", "a citywide referendum"); not "a reasonable way out" (one
    term), a verb phrase, a clause, or "every affected nurse a position" (two noun phrases:
    the one offered and the offer); an amount asked or offered ("wants 6 per cent") is one."""
    if bare_measure(f):
        return True
    if f is None or obj.verb_phrase or obj.clause or obj.anaphoric or len(f.terms) < RICH_MIN_TERMS:
        return False
    for k in range(obj.start + 1, obj.end):
        t = toks[k]
        if t.low in PREPOSITIONS or t.low in CLAUSE_WORDS or t.low in _DONE_PARTICIPLES:
            break  # "wants independent groundwater testing carried out": the testing, done
        if t.low in ("that", "which") and sum(w.word and w.low not in DETERMINERS for w in toks[obj.start:k]) >= RICH_MIN_TERMS:
            break  # "a binding rule that events are cancelled ...": the rule, then what it says (not a bare "a guarantee that")
        prenominal = k == obj.start + 1 and toks[obj.start].low in ("a", "an", "the") and k + 1 < obj.end \
            and toks[k + 1].word and toks[k + 1].low not in PREPOSITIONS  # "a binding rule", "an agreed date"
        if t.low in DETERMINERS or t.low.endswith(("ed", "ing")) and t.low not in _ING_NOUNS and not prenominal:
            return False  # a second noun phrase, or a participle ("the scheme thrown out")
    return True


def _base(verb: str, vocabulary: frozenset[str]) -> str:
    """A verb's base form as the story writes it: "phasing" -> "phase" (from "phase-in"),
    "keeping" -> "keep", "pulled" -> "pull"; the word as it is when the story has no base."""
    for suffix in ("ing", "ed", "es", "s"):
        if verb.endswith(suffix) and len(verb) - len(suffix) >= 3:
            root = verb[: -len(suffix)]
            for cand in (root + "e", root, root[:-1] if len(root) > 3 and root[-1] == root[-2] else None):
                if cand and cand in vocabulary:
                    return cand
    return verb


def _head_label(f: Features, vocabulary: frozenset[str]) -> tuple[str, ...]:
    words = list(f.head_words)
    if f.verb_phrase and words:
        words[0] = _base(words[0].lower(), vocabulary)
    return tuple(words)


# words a label may not start or end with: it would be a piece of a clause ("on overrun risk",
# "cover cost overruns above", "whether consultation"), not a head phrase
_LABEL_EDGE_WORDS = PREPOSITIONS | CLAUSE_WORDS | DETERMINERS | frozenset("above below beneath whether that than".split())


def _measure_word(w: str) -> bool:
    low = w.lower()
    return low in _UNITS or low in _NUMBER_WORDS or _FIGURE_RE.match(low) is not None


def _trim_label(words: tuple[str, ...], verb_phrase: bool) -> tuple[str, ...]:
    """A head phrase without the pieces of its clause at its edges: a measure and its
    preposition before it ("cent above old price" of "20 per cent above the old price" ->
    "old price"), function words at either end ("on overrun risk" -> "overrun risk"). A verb
    keeps its particle ("step in"). The words as they are when nothing would be left."""
    w = list(words)
    i = 0
    while i < len(w) and _measure_word(w[i]):
        i += 1
    if 0 < i < len(w) and w[i].lower() in _LABEL_EDGE_WORDS:
        w = w[i:]
    while len(w) > 1 and w[0].lower() in _LABEL_EDGE_WORDS and not verb_phrase:
        w = w[1:]
    while len(w) > (2 if verb_phrase else 1) and w[-1].lower() in _LABEL_EDGE_WORDS:
        w = w[:-1]
    return tuple(w) if w and w[0].lower() not in _LABEL_EDGE_WORDS else words


def _labels(clusters: dict[int, list[int]], phrases: list[Features | None], vocabulary: frozenset[str]) -> dict[int, str]:
    """Each issue's label: its most frequent short head phrase. For a noun phrase, the
    longest word suffix of the variants' head phrases that the most variants share ("security
    guarantees"); for a verb phrase, the most frequent verb with its object ("phase in
    increase"). Two issues with one label: the larger keeps it, the other adds the words its
    variants use that the larger's do not ("ceasefire (front line)")."""
    best: dict[int, str] = {}
    for c, members in clusters.items():
        heads = [_trim_label(_head_label(phrases[m], vocabulary), phrases[m].verb_phrase) for m in members]
        topics = Counter(phrases[m].topic for m in members if phrases[m].topic)
        if topics and len(set(phrases[m].head for m in members)) > 1:
            topic, n = topics.most_common(1)[0]
            if n >= 2:
                best[c] = topic  # "Kessel Dam": what the return, the commission and the management are about
                continue
        vp = sum(phrases[m].verb_phrase for m in members) * 2 > len(members)
        if vp:
            verbs = Counter(phrases[m].head for m in members if phrases[m].verb_phrase)
            top = verbs.most_common(1)[0][0]
            options = Counter(" ".join(h[:MAX_LABEL_WORDS]) for h, m in zip(heads, members)
                              if phrases[m].verb_phrase and phrases[m].head == top)
            best[c] = sorted(options.items(), key=lambda kv: (-kv[1], len(kv[0])))[0][0]
            tops = [m for m in members if phrases[m].verb_phrase and phrases[m].head == top]
            wheres = Counter(phrases[m].where for m in tops if phrases[m].where)
            if wheres and wheres.most_common(1)[0][1] * 2 >= len(tops):
                best[c] = f"{best[c]} {' '.join(wheres.most_common(1)[0][0])}"  # "ending line at Millbrook"
            nominals = Counter(phrases[m].nominal for m in members if phrases[m].verb_phrase and phrases[m].head == top)
            if nominals and "" not in nominals:  # "repayment", not "pay back money"
                best[c] = nominals.most_common(1)[0][0]
            complements = Counter(phrases[m].complement for m in tops if phrases[m].complement)
            if " " not in best[c] and complements and complements.most_common(1)[0][1] * 2 >= len(tops):
                best[c] = " ".join((best[c], *complements.most_common(1)[0][0]))  # "pay for transport", not a bare "pay"
            continue
        counts: Counter[tuple[str, ...]] = Counter()
        for h in heads:
            for n in range(1, min(len(h), MAX_LABEL_WORDS) + 1):
                counts[h[-n:]] += 1
        # a bare measure ("cent", "days") names no issue: any head word before it
        ranked = sorted(counts.items(), key=lambda kv: (all(_measure_word(w) for w in kv[0]), -kv[1], -len(kv[0])))
        top = ranked[0][0] if ranked else tuple(heads[0])
        longer = [(k, n) for k, n in counts.items() if len(top) == 1 and len(k) == 2 and k[1:] == top
                  and n * 2 >= counts.get(top, 0) and not k[0].endswith("s")]  # not "troops valley" (of "troops in the valley")
        if longer:  # "pay rise" over a bare "rise" when at least half its variants say so
            top = max(longer, key=lambda kv: kv[1])[0]
        best[c] = " ".join(top)
        whiches = Counter(phrases[m].which for m in members if phrases[m].which and phrases[m].head_words[-1:] == top[-1:])
        if len(top) == 1 and whiches and whiches.most_common(1)[0][1] * 2 >= len(members):
            top = (*top, *whiches.most_common(1)[0][0])  # "limit linked to revenue", not a bare "limit"
            best[c] = " ".join(top)
        rates = Counter(phrases[m].rate for m in members if phrases[m].rate
                        and tuple(w.lower() for w in phrases[m].head_words[-len(top):]) == tuple(w.lower() for w in top))
        if rates and rates.most_common(1)[0][1] * 2 > len(members) and not any(ch.isdigit() for ch in best[c]):
            best[c] = f"{rates.most_common(1)[0][0]} {best[c]}"  # "7 per cent rise": the rate most variants name
        complements = Counter(phrases[m].complement for m in members if phrases[m].complement
                              and " ".join(phrases[m].head_words) == best[c])
        # "ban on pile-driving", not the bare "ban"; "written guarantee of weekend opening"
        if complements and (len(_unmeasured(best[c].split())) == 1 or best[c].split()[-1] in ACTION_HEADS):
            best[c] = " ".join((best[c], *complements.most_common(1)[0][0]))
    # issues that share a head noun ("ceasefire") are told apart: a bare head label gets the
    # words its variants use and its siblings' do not ("ceasefire (front line)")
    head_of = {c: Counter(phrases[m].head for m in ms).most_common(1)[0][0] for c, ms in clusters.items()}
    siblings: dict[str, list[int]] = {}
    for c, h in head_of.items():
        siblings.setdefault(h, []).append(c)
    out: dict[int, str] = {}
    for c, label in best.items():
        others = [o for o in siblings[head_of[c]] if o != c]
        if others and (len(label.split()) == 1 or any(best[o] == label for o in others)):
            other_words = {w for o in others for m in clusters[o] for w in phrases[m].words}
            q = _qualifier([phrases[m].words for m in clusters[c]], other_words | set(label.split()))
            if q:
                label = f"{label} ({q})"
        out[c] = label
    seen: dict[str, int] = {}
    for c in sorted(out, key=lambda c: (-len(clusters[c]), c)):  # still equal: the larger keeps it
        if out[c] in seen:
            n = 2
            while f"{out[c]} ({n})" in seen:
                n += 1
            out[c] = f"{out[c]} ({n})"
        seen.setdefault(out[c], c)
    return out


def _qualifier(variants: list[tuple[str, ...]], exclude: set[str]) -> str | None:
    """The word pair (else word) most variants use that ``exclude`` does not hold."""
    for n in (2, 1):
        counts: Counter[str] = Counter()
        for words in variants:
            # each n-gram once per variant, in reading order (ties of most_common go to the
            # first seen: a set's order would differ from one process to the next)
            grams = dict.fromkeys(" ".join(words[i:i + n]) for i in range(len(words) - n + 1)
                                  if not any(w in exclude or _figure(w) is not None for w in words[i:i + n]))
            counts.update(list(grams))
        if counts:
            gram, k = counts.most_common(1)[0]
            if k >= 2 or len(variants) == 1:
                return gram
    return None


# --------------------------------------------------------------------------- word lists

_ING_NOUNS = frozenset("""funding building meeting ceiling housing spending training testing
hearing ruling bombing shooting rating briefing financing pricing staffing sentencing reopening""".split())


@dataclass(slots=True, frozen=True)
class IssueWords:
    """The closed word lists object phrases are read with (from ``data/positions.json``)."""

    light_nouns: frozenset[str]
    anaphoric_nouns: frozenset[str]
    light_verbs: frozenset[str]
    conditions: tuple[tuple[str, ...], ...]
    container_nouns: frozenset[str] = frozenset()
    reversing: frozenset[str] = frozenset()
    ing_nouns: frozenset[str] = _ING_NOUNS
    light_participles: frozenset[str] = frozenset()  # "held", "conducted", "set" of the light verbs
    # the light verb sequences by each form of their first word ("holding" -> ("hold",), ...), the
    # longest first: a token is tested only against the sequences it can open
    light_by_form: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict, hash=False, compare=False)


# participles English does not make with "-ed" (of the light verbs' kind)
_IRREGULAR_PARTICIPLES = {"bring": "brought", "hold": "held", "make": "made", "keep": "kept", "take": "taken", "see": "seen", "get": "got",
                          "win": "won", "have": "had", "set": "set"}


def _participle(verb: str) -> str:
    return _IRREGULAR_PARTICIPLES.get(verb) or (verb + "d" if verb.endswith("e") else verb + "ed")


@lru_cache(maxsize=8)
def issue_words(light_nouns: tuple[str, ...], anaphoric: tuple[str, ...], light_verbs: tuple[str, ...],
                conditions: tuple[str, ...], containers: tuple[str, ...] = (), reversing: tuple[str, ...] = ()) -> IssueWords:
    seqs = tuple(sorted((tuple(v.split()) for v in light_verbs), key=len, reverse=True))
    conds = tuple(sorted((tuple(c.split()) for c in conditions), key=len, reverse=True))
    # "put" stays out: "wants the cut put off" asks for a delay, not for the cut
    participles = frozenset(_participle(v.split()[0]) for v in light_verbs if v.split()[0] != "put")
    by_form: dict[str, list[tuple[str, ...]]] = {}
    for words in seqs:
        for form in _verb_forms(words[0], doubled=False):  # "putting the measure on the ballot" carries it (stances._carried)
            by_form.setdefault(form, []).append(words)
    return IssueWords(frozenset(light_nouns), frozenset(anaphoric), frozenset(light_verbs), conds,
                      frozenset(containers), frozenset(reversing), light_participles=participles,
                      light_by_form={form: tuple(ws) for form, ws in by_form.items()})


def starts_condition(toks: tuple[Tok, ...], k: int, conditions: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a condition ("if", "as long as", "in exchange for") starts at token ``k``."""
    if toks[k].low not in _first_words(conditions):
        return False
    return any(k + len(c) <= len(toks) and all(toks[k + i].low == w for i, w in enumerate(c)) for c in conditions)


@lru_cache(maxsize=32)
def _first_words(phrases: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    return frozenset(p[0] for p in phrases if p)
