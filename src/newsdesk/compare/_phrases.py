"""Word tokens with offsets, and the closed word classes that phrase patterns need.

``stances``, ``actors`` and ``issues`` read a cue sentence as a list of :class:`Tok` (word,
number or punctuation with its span in the sentence) and walk left from a cue to its holder
or right to its object. The word lists here are English function words and grammar
(determiners, pronouns, auxiliaries, clause openers), nothing of any story or domain.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsdesk.compare._stopwords import ENGLISH_STOP_WORDS

# "U.S.", "Mr.", "9.5", "41-6", "Lund-Ferreira", "Norcastle’s", punctuation one mark at a time
_TOKEN_RE = re.compile(
    r"(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Jr|Sr|Prof)\.(?=\s)"
    r"|[A-Za-z]{1,4}/[A-Za-z]{1,4}(?![\w/])"  # "km/h", "and/or": one word
    r"|\$?\d[\d,.]*\d%?|\$?\d%?|[A-Za-zÀ-ÿ][\wÀ-ÿ'’-]*s['’](?![\wÀ-ÿ])|[A-Za-zÀ-ÿ][\wÀ-ÿ'’-]*[\wÀ-ÿ]|[A-Za-zÀ-ÿ]|[^\w\s]"
)


# not frozen: a frozen dataclass sets each field through object.__setattr__, a third of the
# cost of tokenising; unsafe_hash keeps the frozen class's hash and equality (never mutated)
@dataclass(slots=True, unsafe_hash=True)
class Tok:
    """One token of a sentence: its text, its span in the sentence, lower-cased form."""

    text: str
    start: int
    end: int
    low: str

    @property
    def cap(self) -> bool:
        """Capitalised word or all-caps acronym or a number after a name ("Local 212")."""
        return self.text[:1].isupper()

    @property
    def word(self) -> bool:
        return self.text[:1].isalnum() or self.text[:1] == "$"

    @property
    def bare(self) -> str:
        """Lower case without a possessive ending ("regents’" -> "regents", "veyland's" -> "veyland")."""
        low = self.low
        if low.endswith(("'s", "’s")):
            return low[:-2]
        return low.rstrip("'’")

    @property
    def possessive(self) -> bool:
        return self.low.endswith(("'s", "’s", "s'", "s’"))


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[Tok, ...]:
    """The sentence as tokens (cached: one cue sentence is read by several steps)."""
    out = []  # a loop, not a generator into tuple(): each match's text and span read once (~10 % less)
    for m in _TOKEN_RE.finditer(text):
        word = m.group()
        start, end = m.span()
        out.append(Tok(word, start, end, word.lower()))
    return tuple(out)


DETERMINERS = frozenset("""a an the its his her their our my your this that these those any some no such
every each another both all either neither""".split())
POSSESSIVE_PRONOUNS = frozenset("its his her their our my your".split())
PERSONAL_PRONOUNS = frozenset("he she it they we i you him them us".split())
# words that may stand between a holder and its verb: auxiliaries, negation, adverbs of
# time, degree and manner ("has also flatly refused", "would not", "on Tuesday proposed")
AUXILIARIES = frozenset("""would will could can may might should must shall has have had is are was were be been
being did does do not n't never no longer also still again already immediately flatly firmly now then
repeatedly publicly privately reportedly strongly only just later initially formally officially quickly
openly effectively essentially reluctantly instead earlier previously again once further even""".split())
# nouns that end like "-ly" adverbs: never skipped as an adverb between a subject and its verb
LY_NOUNS = frozenset("supply assembly family ally rally italy july monopoly anomaly".split())


def ly_adverb(low: str) -> bool:
    """Is a lower-case word an "-ly" adverb ("firmly", "reportedly"; not "family", "assembly")?"""
    return low.endswith("ly") and len(low) > 4 and low not in LY_NOUNS


# a negated auxiliary is one token ("don't", "won’t"): it negates and is skipped like "not"
_CONTRACTED = frozenset(f"{w}{q}t" for w in """don doesn didn won wouldn can couldn shouldn isn aren wasn weren
haven hasn hadn mustn""".split() for q in "'’") | {"cannot"}
AUXILIARIES = AUXILIARIES | _CONTRACTED
NEGATIONS = frozenset("not n't never no nor without longer".split()) | _CONTRACTED
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTH_NAMES = frozenset("january february march april may june july august september october november december".split())
DAY_PARTS = frozenset("morning afternoon evening night tonight today yesterday tomorrow overnight".split())
# words that open a new clause: a cue's object phrase ends before them
CLAUSE_WORDS = frozenset("""if unless while because since when whereas although though but so until before after
which who whom whose where as provided saying adding arguing warning noting calling describing amid despite
according once or nor yet instead rather""".split())
# a name ends here: a capitalised word after one of these is a new phrase
REPORTING = frozenset("""said says told tells added adds stressed noted argued warned announced wrote insisted
explained confirmed claimed declared suggested indicated acknowledged vowed reiterated repeated signaled signalled
signals""".split())
PREPOSITIONS = frozenset("""of for to on in at by with from into onto over under about against between among
through during without within toward towards across along around after before behind beyond near than
upon via per""".split())


def is_time(tok: Tok) -> bool:
    """A word of a time adverbial ("on Tuesday", "Wednesday evening", "last week")."""
    return tok.bare in WEEKDAYS or tok.low in DAY_PARTS or tok.low in ("week", "weekend", "month", "year", "last", "next", "this", "earlier", "late") \
        or tok.cap and tok.bare in MONTH_NAMES  # "in January"; "march"/"may" in lower case are words of their own


# function words: the usual English stop list without the nouns and verbs it holds that can
# name what a position is about ("front line", "fire", "bill", "full", "part", "side")
FUNCTION_WORDS = frozenset(ENGLISH_STOP_WORDS) - frozenset("""amount back bill bottom call cry describe detail empty
fill find fire front full give interest keep made mill move name part put see serious show side sincere system take
thick thin top whole found""".split()) | {"said", "says", "told", "mr", "mrs", "ms"}
MODALS = frozenset("must should would will can could may might shall be been being is are was were".split())
