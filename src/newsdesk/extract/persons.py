"""Rule-based person detection (no NER model): titles, given names, speech cues, surnames.

A person mention is found when a capitalised name
1. follows a title ("President Emmanuel Macron", "Mr. Zelensky", "special envoy Colm Ardmore"),
2. starts with a common given name ("John Tollan", "Vladimir V. Putin"),
3. stands right before or after a speech cue ("Zelenskyy said", "said Geoff Garin",
   ", Nadia Ferrante, told"),
4. (two or more words) stands next to a lower-case role noun: "foreign minister Pavel
   Ostrinsky", "Greta Sandvik, the union’s general secretary", "Ana Ruiz, campaigns
   director at the Sea Trust", after a possessive description ("Gallimore's boss, Gideon
   Harrowfield, made"), before ", a <noun> who", or before ", who" / ", 52,", or before "and her/his" (kin), or
5. repeats the surname of a person found by 1–4 (also in another spelling: "Zelenskyy",
   "Jeliazkov" for "Zhelyazkov" — see :func:`translit_key`).

A leading title is split off ("Prime Minister Anton Zhelyazkov said" -> "Anton Zhelyazkov",
never "Prime"); words the text shows to be places or organisations (:mod:`.places`) are never
a person's name on their own ("Corvania said" is the country).
"""
from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from newsdesk.patterns import starting_with, word_alternation

from .gazetteer import ORG_HEADS, PERSON_TITLES, gazetteer, given_names

# rapidfuzz ratio above which two surnames are one name in two transliterations
# (Zelensky ~ Zelenskyy 94, Zelenskiy 94; Trump ~ Truman 73 stays apart).
SURNAME_FUZZ_MIN = 88
# Surnames this short are compared exactly only (fuzzy ratios of 3-letter words are noisy).
FUZZY_MIN_LEN = 5

# NAME_WORD in its plain form (kept for tests: NAME_WORD must match exactly what it does).
# A surname with a capital inside after its prefix ("MacIsaac", "McAllister", "DeSantis", "LaPointe",
# "FitzGerald") is tried first: the plain word would stop at "Mac".
NAME_WORD_PLAIN = r"(?:(?:Ma?c|Fitz|De|Di|Du|La|Le|Van)[A-Z][a-zà-ÿ]+|[A-Z][a-zà-ÿ]+(?:[-’'][A-Z]?[a-zà-ÿ]+)*|[A-Z]\.|O’[A-Z][a-z]+|O'[A-Z][a-z]+)"
# The same word with possessive letter runs (``++``, Python 3.11): a run never gives letters back.
# Exact wherever the pattern's next step cannot begin with such a letter (a space, a comma, a
# mark, a lookahead that needs one, or the pattern's end), as in every pattern built from it
# here and in ``entities``; a name that fails its tail then fails at once instead of being
# retried one letter shorter at a time (~30 % off the name scans).
NAME_WORD = r"(?:(?:Ma?c|Fitz|De|Di|Du|La|Le|Van)[A-Z][a-zà-ÿ]++|[A-Z][a-zà-ÿ]++(?:[-’'][A-Z]?[a-zà-ÿ]++)*|[A-Z]\.|O’[A-Z][a-z]++|O'[A-Z][a-z]++)"
NAME = rf"{NAME_WORD}(?:\s+(?:(?:de|van|von|der|den|da|bin|al|el|la|di)\s+){{0,2}}{NAME_WORD}){{0,3}}"  # "Pieter van der Berg"
_TITLE_ALT = "|".join(re.escape(t) for t in PERSON_TITLES)
# Patterns that can only start at a capital letter (or another known first character) open
# with starting_with(...): the same matches, found without trying every position.
_CAP = starting_with("A-Z")
TITLE_NAME_RE = re.compile(starting_with(re.escape("".join(sorted({t[0] for t in PERSON_TITLES}))))
                           + rf"(?<![\w.])(?P<title>{_TITLE_ALT})\s+(?P<name>{NAME})")
# "(Kerry-)Ann Mallender": a given name inside a hyphenated one starts no name of its own
GIVEN_NAME_RE = re.compile(_CAP + rf"(?<![\w.-])(?P<name>(?P<first>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})")

SPEECH_VERBS = (
    "said|says|told|tells|added|adds|wrote|writes|stressed|stresses|warned|warns|asked|asks|"
    "noted|notes|explained|explains|argued|argues|insisted|insists|declared|declares|"
    "stated|states|tweeted|claimed|claims|acknowledged|admitted|announced|replied|responded|"
    "continued|recalled|emphasized|emphasised|suggested|urged|predicted|cautioned|conceded|"
    "complained|countered|quipped|joked|remarked|observed|posted|reiterated|repeated|"
    "confirmed|denied|vowed|pledged|promised|contended|maintained|concluded|pointed out|"
    "went on|told reporters|said in a statement"
)
# the word lists as tries: the same matches, one character tested per position (2x faster)
_SPEECH_VERBS_RE = word_alternation(tuple(SPEECH_VERBS.split("|")))
# ", 68," between: a person's age ("Oakhurst-Bell, 68, said outside the hospital")
CUE_AFTER_NAME_RE = re.compile(_CAP + rf"(?<![\w.])(?P<name>{NAME})(?:’s?|'s?)?(?:,\s+\d{{1,3}},)?\s+(?:also\s+|then\s+|later\s+)?"
                               rf"(?:{_SPEECH_VERBS_RE})\b")
SURNAME_CANDIDATE_RE = re.compile(_CAP + rf"(?<![\w.]){NAME_WORD}")
CUE_BEFORE_NAME_RE = re.compile(starting_with("sawt") + rf"\b(?:said|says|added|wrote|asked|told)\s+(?P<name>{NAME})")
# Lower-case role nouns that introduce or follow a person's name ("foreign minister Pavel
# Ostrinsky", "Nadia Ferrante, a spokeswoman for …", "a company spokesman, Colin Mabry,").
ROLE_NOUNS = (
    "minister|spokeswoman|spokesman|spokesperson|envoy|negotiator|secretary|president|leader|"
    "adviser|advisor|aide|official|director|chairman|chairwoman|chair|chief|ambassador|"
    "commander|mayor|governor|senator|diplomat|analyst|economist|researcher|professor|"
    "hydrologist|scientist|expert|farmer|teacher|schoolteacher|worker|founder|head|manager|"
    "executive|lawyer|attorney|judge|general|colonel|officer|correspondent|reporter|editor|"
    "activist|organiser|organizer|campaigner|mediator|premier|chancellor|candidate|nominee|"
    "strategist|pollster|member|resident|student|doctor|nurse|owner|representative|deputy|"
    "coordinator|observer|historian|engineer|consultant|priest|bishop|dockworker|docker|boss|captain|coach|"
    "inspector|commissioner|superintendent|principal|headteacher|councillor|councilor|trustee|treasurer|"
    "convenor|convener|dean|vicar|rector|pastor|chaplain|warden|curator|archbishop"
)
NAME2 = rf"{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}}"
_ROLE_NOUNS_RE = word_alternation(tuple(ROLE_NOUNS.split("|")))
ROLE_BEFORE_RE = re.compile(starting_with("a-z") + rf"\b(?P<role>(?:[a-z]+\s+)?(?:{_ROLE_NOUNS_RE}))\s*,?\s+(?P<name>{NAME2})(?=\s*[,.;:]|\s+[a-z])")
_APPOS_TAIL = (rf",\s+(?:(?:a|an|the|his|her|its|their|our|[A-Z][\w]*(?:’s|'s))\s+)"
               rf"(?:[\w’'-]+\s+){{0,5}}?(?P<role>{_ROLE_NOUNS_RE})\b")
NAME_APPOS_RE = re.compile(
    _CAP + rf"(?<![\w.])(?P<name>{NAME2})\s*{_APPOS_TAIL}"
)
# "Marguerite Salcedo-Wynne, campaigns director at the Open Water Trust": a bare role (no
# article) after the comma, in lower case, taken up by "of/at/for/with" and what it is held in
_BARE_ROLE_TAIL = rf",\s+(?:[a-z][\w’'-]*\s+){{0,2}}(?P<role>{_ROLE_NOUNS_RE})\s+(?:of|at|for|with)\s"
NAME_BARE_ROLE_RE = re.compile(
    _CAP + rf"(?<![\w.])(?P<name>{NAME2})\s*{_BARE_ROLE_TAIL}"
)
# "Gallimore's boss, Gideon Harrowfield, made ...": a description led by a possessive (what an
# organisation or a person has: its boss, her lawyer) and a two-word name closed by a comma;
# place nouns are left out ("Brazil's largest city, Sao Paulo, ...": a place, not a person)
PLACE_NOUNS = "city|capital|town|village|port|region|state|province|country|county|district|island|suburb|neighbour"
POSSESSIVE_DESC_NAME_RE = re.compile(
    starting_with("A-Zhti") + rf"(?:(?<![\w.])[A-Z][\w-]*(?:’s|'s)|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))\s+(?:[a-z][\w-]*\s+){{0,2}}"
    rf"(?!(?:{PLACE_NOUNS})\w*,)[a-z][\w-]*,\s+(?P<name>{NAME2}),\s+[a-z]"
)
# "Benedikt Oyebanji-March, a shop steward who has ...": an apposition whose relative clause
# opens with "who" is about a person whatever the noun ("a charity that" is not)
_A_WHO_TAIL = r",\s+(?:a|an)\s+(?:[a-z][\w-]*\s+){0,3}who\s"
NAME_A_WHO_RE = re.compile(_CAP + rf"(?<![\w.])(?P<name>{NAME2})\s*{_A_WHO_TAIL}")
NAME_COMMA_CUE_RE = re.compile(rf",\s+(?P<name>{NAME2}),\s+(?:also\s+)?(?:{_SPEECH_VERBS_RE})\b")
# "Odile Brankovic-Sayer and her two sons had been due to fly": a name joined to kin through
# "his"/"her" is a person's (an organisation is "its")
_AND_KIN_TAIL = r"and\s+(?:his|her)\s"
NAME_AND_KIN_RE = re.compile(_CAP + rf"(?<![\w.])(?P<name>{NAME2})\s+{_AND_KIN_TAIL}")
# "Torvald Penderrick, speaking for the board, said": a name, a lower-case aside, a speech verb
_COMMA_CUE_TAIL = rf",\s+(?:also\s+)?(?:{_SPEECH_VERBS_RE})\b"
NAME_ASIDE_CUE_RE = re.compile(_CAP + rf"(?<![\w.])(?P<name>{NAME2}),\s+[a-z][^,.;:\"“”\n]{{2,80}}{_COMMA_CUE_TAIL}")
# "Cosmo Adeyemi-Frost of Fair Deal Harlow said": the person is the name before "of", the name
# after it (the cue's neighbour) is what the person belongs to
_OF_CUE_TAIL = rf"of\s+(?:the\s+)?{NAME}\s+(?:also\s+)?(?:{_SPEECH_VERBS_RE})\b"
NAME_OF_CUE_RE = re.compile(_CAP + rf"(?<![\w.])(?P<name>{NAME2})\s+{_OF_CUE_TAIL}")
_OF_BEFORE_RE = re.compile(r"[A-Za-z][\w’'-]*\s+of\s+(?:the\s+)?$")
_WHO_TAIL = r",\s+(?:who|\d{1,3},)\s"
NAME_WHO_RE = re.compile(_CAP + rf"(?<![\w.])(?P<name>{NAME2})\s*{_WHO_TAIL}")
# "Draskovic-Lane, who joined in August, said": one word before ", who" is a person when the
# text also names "<Given> Draskovic-Lane" (rule 6 then finds the full name)
_SURNAME_WHO_TAIL = r",\s+who\s"
SURNAME_WHO_RE = re.compile(_CAP + rf"(?<![\w.])(?P<name>{NAME_WORD})\s*{_SURNAME_WHO_TAIL}")
# "Pell's mother, Maud, said": a relative named by a given name alone after the possessive
# of a person named in full; the relative is known by that family name ("Maud Pell")
KIN_NOUNS = ("mother|father|wife|husband|son|daughter|sister|brother|grandmother|grandfather|"
             "grandson|granddaughter|aunt|uncle|niece|nephew|cousin|stepmother|stepfather|widow|widower")
_KIN_GIVEN_TAIL = rf"(?:’s|'s)\s+(?:(?:older|younger|elder|late|twin)\s+)?(?P<kin>{KIN_NOUNS}),\s+"
KIN_GIVEN_RE = re.compile(_CAP + rf"(?<![\w.])(?P<family>{NAME_WORD}){_KIN_GIVEN_TAIL}"
                          rf"(?P<name>[A-Z][a-z]+)(?=\s*,|\s+(?:{_SPEECH_VERBS_RE})\b)")
# Each of these patterns ends in a tail that every match holds; a text without the tail
# anywhere (searched on its own: it opens with a literal, so the engine skips to it) cannot
# match, and the name scan, which tries every capital, is skipped (the same matches; ~0.5 s of
# the 1,696 real texts: 48 to 721 of them hold each tail).
_TAIL_GATES = {
    NAME_WHO_RE: re.compile(_WHO_TAIL), NAME_A_WHO_RE: re.compile(_A_WHO_TAIL),
    NAME_AND_KIN_RE: re.compile(_AND_KIN_TAIL), NAME_ASIDE_CUE_RE: re.compile(_COMMA_CUE_TAIL),
    NAME_OF_CUE_RE: re.compile(_OF_CUE_TAIL), NAME_APPOS_RE: re.compile(_APPOS_TAIL),
    NAME_BARE_ROLE_RE: re.compile(_BARE_ROLE_TAIL), SURNAME_WHO_RE: re.compile(_SURNAME_WHO_TAIL),
    KIN_GIVEN_RE: re.compile(_KIN_GIVEN_TAIL),
}


def _may_match(rx: re.Pattern[str], text: str) -> bool:
    """False when ``rx`` cannot match in ``text`` (its tail is nowhere in it)."""
    gate = _TAIL_GATES.get(rx)
    return gate is None or gate.search(text) is not None


# Honorifics written before a given name, not a surname: "Sir Aldous", "Prince Adebo", "Dame
# Ruth" name the person "Aldous Crane", "Adebo Ferrand", "Ruth Pell" of the same text.
GIVEN_NAME_HONORIFICS = ("Sir", "Dame", "Prince", "Princess", "Crown Prince", "King", "Queen", "Sheikh",
                         "Sheikha", "Emir")
_PREFIX_TITLES = sorted(
    {"President", "Vice President", "Prime Minister", "Deputy Prime Minister", "Foreign Minister",
     "Defence Minister", "Defense Minister", "Minister", "Secretary", "Senator", "Governor",
     "Mayor", "Chancellor", "Ambassador", "Envoy", "General"} | set(GIVEN_NAME_HONORIFICS), key=len, reverse=True)
TITLE_PREFIX_RE = re.compile(r"^(?P<title>" + "|".join(map(re.escape, _PREFIX_TITLES)) + r")\s+")
# Capitalised head words of office titles. A run of up to three capitalised modifiers ending in
# one of these, before a name, is the person's title, never part of the name: "Fire Chief
# Marta Ilvesson", "County Commissioner Ines Brandvold", "Student Assembly President …".
TITLE_HEADS = (
    "President|Chancellor|Minister|Secretary|Senator|Governor|Mayor|Ambassador|Envoy|General|"
    "Chief|Commissioner|Director|Chair|Chairman|Chairwoman|Provost|Dean|Sheriff|Marshal|"
    "Superintendent|Principal|Judge|Justice|Speaker|Leader|Commander|Inspector|Detective|"
    "Sergeant|Captain|Lieutenant|Coach|Pastor|Rabbi|Imam|Bishop|Councilman|Councilwoman|"
    "Councillor|Councilor|Alderman|Treasurer|Administrator|Spokesman|Spokeswoman|Spokesperson|"
    "Representative|Attorney|Trustee|Regent|Professor|Manager|Supervisor|Auditor|Controller|"
    "Comptroller|Warden|Prosecutor|Magistrate|Officer|Constable|Rector|Vice-Chancellor"
)
_TITLE_HEADS_RE = "|".join(sorted(TITLE_HEADS.split("|"), key=len, reverse=True)) + r"(?![\w’'-])"
_TITLE_HEAD_WORD_RE = re.compile(_TITLE_HEADS_RE)  # fullmatch: the word is an office head
TITLE_RUN_PREFIX_RE = re.compile(
    rf"^(?P<title>(?:[A-Z][\w’'.-]*\s+){{0,3}}?(?:{_TITLE_HEADS_RE})(?:\s+(?:{_TITLE_HEADS_RE}))*)\s+(?=[A-Z])")
# The scan for names after a title starts at the head word ("Chief Marta Ilvesson"): the
# modifiers before it ("Fire") change nothing the title is used for (its last word).
TITLE_RUN_NAME_RE = re.compile(
    rf"(?=[A-Z])(?<![\w.’'-])(?P<title>(?:{_TITLE_HEADS_RE})(?:\s+(?:{_TITLE_HEADS_RE}))*)"
    rf"\s+(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}})")
# "Minister of State for ", "Secretary for ": an office head taken up by "of"/"for" and capitalised
# words (with "the"/"and"/"of"/"for" between), right before a name; looked for this far back (chars)
OF_TITLE_BEFORE_RE = re.compile(
    rf"(?<![\w’'-])(?P<head>{_TITLE_HEADS_RE})\s+(?:of|for)\s+(?:(?:the|and|of|for)\s+|[A-Z][\w’'-]*\s+){{0,5}}$")
OF_TITLE_MAX_CHARS = 80
# Words that are part of a title and never a name on their own ("Prime", "Vice").
TITLE_WORDS = frozenset("Prime Vice Deputy Foreign Defence Defense Finance Interior Special".split())
# One-word titles ("Lord", "Mayor", "Dame"): a run made only of these (and office heads) names no one.
_TITLE_ONLY_WORDS = frozenset(t for t in PERSON_TITLES if " " not in t and t[0].isupper()) | TITLE_WORDS

# Capitalised words that start sentences or clauses and are never names.
NOT_NAMES = frozenset(
    """The A An And But Or So He She It They We I You This That These Those There Here Then
    When While After Before As If In On At By For From To Of With Without About Under Over Since
    Until During Also Still Yet Now Today Yesterday Tomorrow Monday Tuesday Wednesday Thursday
    Friday Saturday Sunday January February March April May June July August September October
    November December His Her Its Their Our My Your Some Many Most Few Several All Both Each Every
    No Not None One Two Three Four Five Six Seven Eight Nine Ten Why What Who How Where Which
    Meanwhile However Although Though Instead Earlier Later Last Next Read Speaking Asked Asked
    Mr Mrs Ms Dr President Minister Chancellor Secretary Senator Governor Sen Rep Gov Officials
    Smt Shri Sri Shrimati
    Official Police Sources Source According Just Even Only Once Because Despite Like Unlike
    Following Amid Among Against Between Through Across Around Despite Let Please Thank Yes
    Well Oh Indeed Already Again Perhaps Maybe Chief Top Former Ukrainian Russian American
    Breaking Update Updated Photo Video Watch Share Advertisement Top Stories World News""".split()
)


@dataclass(slots=True)
class PersonMention:
    start: int  # span of the name itself (title excluded)
    end: int
    name: str
    title: str | None = None
    role: str | None = None  # lower-case role noun from an apposition ("spokeswoman")
    family: str | None = None  # the family name of a relative named by a given name alone ("Pell's mother, Maud")


_POSSESSIVE_END_RE = re.compile(r"(?:’s|'s|’|')$")


def _clean(name: str) -> str:
    return _POSSESSIVE_END_RE.sub("", name).strip()


# words that end the name of a street, a site or a line, never a person's surname ("Corn Street",
# "Harlan Ridge Railroad", "Marion County")
PLACE_NAME_ENDS = frozenset("""Street Road Avenue Boulevard Square Highway Motorway Parkway Crescent Terrace Gardens
Heights Station Airport County Railroad Freeway Expressway Turnpike Quay Wharf""".split())


def _usable(name: str) -> bool:
    words = name.split()
    if not words or words[0].rstrip(".") in NOT_NAMES:
        return False
    if any(w in ORG_HEADS or w in PLACE_NAME_ENDS for w in words[1:]) or words[0] in ORG_HEADS:
        return False
    gaz = gazetteer()
    if name in gaz or all(w in gaz or w in NOT_NAMES for w in words):
        return False
    return True


def _trim(name: str) -> str:
    """Cut a name at the first gazetteer word or non-name word ("Trump Monday" -> "Trump")."""
    words = name.split()
    gaz = gazetteer()
    for k, w in enumerate(words):
        if k and (w.rstrip("’'s") in NOT_NAMES or w in gaz):
            return " ".join(words[:k])
    return name


# Spelling variants of one sound across transliteration systems, mapped to one form.
TRANSLIT_RULES = (("zh", "j"), ("kh", "h"), ("ck", "k"), ("ph", "f"), ("w", "v"), ("y", "i"),
                  ("dj", "j"), ("tch", "ch"), ("ou", "u"))
_DOUBLE_RE = re.compile(r"(.)\1+")


@lru_cache(maxsize=4096)
def translit_key(name: str) -> str:
    """"Zhelyazkov" and "Jeliazkov" -> "jeliazkov"; "Zelenskyy" -> "zelenski"."""
    key = name.lower()
    for a, b in TRANSLIT_RULES:
        key = key.replace(a, b)
    return _DOUBLE_RE.sub(r"\1", key)


# surname pairs remembered (a worker meets the same names and capitalised words article after article)
SURNAME_MATCH_CACHE = 1 << 16


@lru_cache(maxsize=SURNAME_MATCH_CACHE)
def surname_match(a: str, b: str) -> bool:
    """Same surname, allowing transliteration variants (Zelensky / Zelenskyy,
    Zhelyazkov / Jeliazkov)."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    if min(len(a), len(b)) >= FUZZY_MIN_LEN:
        ka, kb = translit_key(a), translit_key(b)
        if ka == kb or (ka[0] == kb[0] and fuzz.ratio(ka, kb) >= SURNAME_FUZZ_MIN):
            return True
    if min(len(a), len(b)) < FUZZY_MIN_LEN or a[0] != b[0]:
        return False
    return fuzz.ratio(a, b) >= SURNAME_FUZZ_MIN


def find_persons(text: str, taken: list[tuple[int, int]],
                 not_persons: frozenset[str] | set[str] = frozenset()) -> list[PersonMention]:
    """All person mentions in ``text`` that do not overlap the ``taken`` (gazetteer) spans;
    words in ``not_persons`` (places and organisations judged from the text) are never a
    person's name on their own."""
    found: dict[int, PersonMention] = {}  # by start; the spans never overlap
    starts: list[int] = []  # sorted keys of ``found``
    blocked = bytearray(len(text) + 1)  # 1 inside a ``taken`` span
    for s, e in taken:
        blocked[max(0, s): max(0, e)] = b"\x01" * (max(0, e) - max(0, s))

    def add(start: int, raw: str, title: str | None, role: str | None = None) -> None:
        pre = TITLE_PREFIX_RE.match(raw) or TITLE_RUN_PREFIX_RE.match(raw)
        if pre is not None:  # "Prime Minister Anton Zhelyazkov said": the title is no name
            start += pre.end()
            # "Lord Mayor X": an honorific before an office is one compound title (the office's)
            title = f"{title} {pre.group('title')}" if title else pre.group("title")
            raw = raw[pre.end():]
        name = _clean(_trim(raw))
        if not name or not _usable(name):
            return
        words = name.split()
        tail = OF_TITLE_BEFORE_RE.search(text, max(0, start - OF_TITLE_MAX_CHARS), start) if len(words) >= 3 else None
        if tail is not None:
            # "Minister of State for Heritage Nuala Prask-Ellery": the first word closes an office
            # title ("... for Heritage"), the person is the rest, holding the office's head word
            title = tail.group("head")
            start += name.index(words[1], len(words[0]))
            name, words = " ".join(words[1:]), words[1:]
        if len(words) == 2 and _title_like(words[0]) and _named_in_full(text, words[1], not_persons):
            # "Deputy Moyle said", "Cllr Ardee said" where the text names "Padraig Moyle":
            # the first word is a title before the surname of a person named in full
            title = f"{title} {words[0]}" if title else words[0]
            start += name.index(words[1], len(words[0]))
            name, words = words[1], words[1:]
        if words[0] in TITLE_WORDS or (len(words) == 1 and name in not_persons):
            return
        if all(w in _TITLE_ONLY_WORDS or _TITLE_HEAD_WORD_RE.fullmatch(w) for w in words):
            return  # "the Lord Mayor warned": a title with no name is no person
        if len(words) > 1 and all(w in not_persons for w in words):
            return
        end = start + len(name)
        if blocked.find(1, start, end) >= 0:
            return
        k = bisect_left(starts, end) - 1
        while k >= 0 and found[starts[k]].end > start:  # overlapping mentions, right to left
            old = found[starts[k]]
            if old.end - old.start >= end - start:
                if title and not old.title:
                    old.title = title
                if role and not old.role:
                    old.role = role
                return
            title, role = title or old.title, role or old.role
            del found[starts[k]]
            del starts[k]
            k -= 1
        found[start] = PersonMention(start, end, name, title, role)
        insort(starts, start)

    for m in TITLE_NAME_RE.finditer(text):
        add(m.start("name"), m.group("name"), m.group("title"))
    for m in TITLE_RUN_NAME_RE.finditer(text):
        # "Fire Chief Marta Ilvesson": a two-word name after an office title
        add(m.start("name"), m.group("name"), m.group("title"))
    given = given_names()
    at = 0
    while (m := GIVEN_NAME_RE.search(text, at)) is not None:
        first = m.group("first")
        if first in given or "-" in first and any(p in given for p in first.split("-")):
            # "Kerry-Ann Mallender", "Jean-Pierre Roux": a hyphenated given name with a listed part
            add(m.start("name"), m.group("name"), None)
            at = m.end()
        else:  # "Tarnholme Echo | Kerry-Ann Mallender": the run may hold a given name further on
            at = m.end("first")
    for rx in (CUE_AFTER_NAME_RE, CUE_BEFORE_NAME_RE, NAME_WHO_RE, NAME_COMMA_CUE_RE, POSSESSIVE_DESC_NAME_RE,
               NAME_A_WHO_RE, NAME_AND_KIN_RE, NAME_ASIDE_CUE_RE, NAME_OF_CUE_RE):
        if not _may_match(rx, text):
            continue
        for m in rx.finditer(text):
            if rx is CUE_AFTER_NAME_RE and _OF_BEFORE_RE.search(text, max(0, m.start() - 60), m.start()):
                continue  # "X of Fair Deal Harlow said": an affiliation, not the speaker
            add(m.start("name"), m.group("name"), None)
    for m in (SURNAME_WHO_RE.finditer(text) if _may_match(SURNAME_WHO_RE, text) else ()):
        word = m.group("name")
        if CAPITALISED_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "the Foundation for Middle East Peace, who": the end of a longer name
        if _named_in_full(text, word, not_persons) and not _common_noun_too(text, word):
            add(m.start("name"), word, None)
    for rx in (ROLE_BEFORE_RE, NAME_APPOS_RE, NAME_BARE_ROLE_RE):
        if not _may_match(rx, text):
            continue
        for m in rx.finditer(text):
            add(m.start("name"), m.group("name"), None, m.group("role"))
    for m in (KIN_GIVEN_RE.finditer(text) if _may_match(KIN_GIVEN_RE, text) else ()):
        family, given = m.group("family"), m.group("name")
        if given not in NOT_NAMES and given not in not_persons and _named_in_full(text, family, not_persons):
            add(m.start("name"), given, None, m.group("kin"))
            mention = found.get(m.start("name"))
            if mention is not None and mention.name == given:
                mention.family = family

    # 4. later references by surname alone (any spelling variant)
    surnames = {p.name.split()[-1] for p in found.values()}
    by_initial: dict[str, list[str]] = {}
    for s in surnames:
        by_initial.setdefault(translit_key(s)[0], []).append(s)
    if surnames:
        gaz = gazetteer()
        verdict: dict[str, bool] = {}  # each distinct word is judged once
        cleaned: dict[str, str] = {}
        for m in SURNAME_CANDIDATE_RE.finditer(text):
            raw = m.group()
            word = cleaned.get(raw)
            if word is None:
                word = cleaned[raw] = _clean(raw)
            ok = verdict.get(word)
            if ok is None:
                ok = verdict[word] = word not in NOT_NAMES and word not in gaz and word not in not_persons \
                    and (word in surnames or any(surname_match(word, s)
                                                 for s in by_initial.get(translit_key(word)[0], ())))
            if ok:
                add(m.start(), word, None)

    # 6. a person known only by a surname ("Penwarden said") is named in full where a capitalised
    # word stands right before that surname elsewhere ("Orla Penwarden was asleep")
    lone = {p.name for p in found.values() if " " not in p.name}
    full = {p.name.split()[-1] for p in found.values() if " " in p.name}
    for surname in sorted(lone - full):
        at = text.find(surname)
        while at >= 0:
            end = at + len(surname)
            before = FIRST_NAME_BEFORE_RE.search(text, max(0, at - FIRST_NAME_MAX_CHARS), at)
            if before is not None and not WORD_CHAR_RE.match(text, end) \
                    and _given_name_like(before.group(1), not_persons):
                add(before.start(1), text[before.start(1): end], None)
                break
            at = text.find(surname, end)
    return sorted(found.values(), key=lambda p: p.start)


# A capitalised word right before a known surname ("[Orla] Penwarden"), and how far back to look.
FIRST_NAME_BEFORE_RE = re.compile(rf"(?<![\w.’'-])({NAME_WORD})\s+$")
FIRST_NAME_MAX_CHARS = 30
WORD_CHAR_RE = re.compile(r"[\w’'-]")


_ROLE_WORDS = frozenset(ROLE_NOUNS.split("|"))
# an abbreviated title has no vowel, "y" counted as one ("Cllr", "Sgt", "Dr", "Mr"; "Lynn", "Flynn"
# are names): no given name or surname is spelt so
_NO_VOWEL_RE = re.compile(r"[B-DF-HJ-NP-TV-XZ][b-df-hj-np-tv-xz]{1,4}\.?")


def _title_like(word: str) -> bool:
    """Is the capitalised word before a surname a title? A title word or office head, a role
    noun in capitals ("Deputy", "Councillor", "Inspector"), or an abbreviation ("Cllr", "Supt.")."""
    return (word in TITLE_WORDS or word in _TITLE_ONLY_WORDS or _TITLE_HEAD_WORD_RE.fullmatch(word) is not None
            or word.lower() in _ROLE_WORDS or _NO_VOWEL_RE.fullmatch(word) is not None)


# a capitalised word (or a possessive) right before a one-word name: it ends a longer name
CAPITALISED_BEFORE_RE = re.compile(r"(?:[A-Z][\w’'.-]*|’s|'s)\s+$")


def _in_word(ch: str) -> bool:
    r"""Is ``ch`` one of ``[\w’'-]`` (``\w`` is what ``str.isalnum`` accepts, and "_")?"""
    return ch.isalnum() or ch in "_’'-"


def _edge_before(text: str, at: int) -> bool:
    r"""``(?<![\w’'-])`` at ``at``."""
    return at == 0 or not _in_word(text[at - 1])


def _edge_after(text: str, end: int) -> bool:
    r"""``(?![\w’'-])`` at ``end``."""
    return end >= len(text) or not _in_word(text[end])


def _space_before(text: str, at: int) -> int:
    """Start of the run of whitespace that ends at ``at`` (``at`` when there is none)."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


# The per-word searches below are written with str.find instead of a pattern per word: the
# words are mostly new from article to article, and compiling their patterns (0.2-0.4 ms
# each) cost more than the searches. Each is what the pattern in its comment finds.


def _common_noun_too(text: str, word: str) -> bool:
    """Does the text also use ``word`` as a common noun or a name that takes "the" ("the
    district", "the Saints", "the island")? A person's surname does neither."""
    # re.search(rf"(?<![\w’'-])(?:{re.escape(word.lower())}|[Tt]he\s+{re.escape(word)})(?![\w’'-])", text)
    low = word.lower()
    at = text.find(low)
    while at >= 0:
        if _edge_before(text, at) and _edge_after(text, at + len(low)):
            return True
        at = text.find(low, at + 1)
    at = text.find(word)
    while at >= 0:
        space = _space_before(text, at)
        if space < at and space >= 3 and text[space - 3: space] in ("the", "The") and _edge_before(text, space - 3) \
                and _edge_after(text, at + len(word)):
            return True
        at = text.find(word, at + 1)
    return False


def _named_in_full(text: str, surname: str, not_persons) -> bool:
    """Does the text name someone "<Given> <surname>" somewhere (a given-name-like word right
    before the surname)?"""
    # the matches of re.finditer(rf"(?<![\w.’'-])({NAME_WORD})\s+{re.escape(surname)}(?![\w’'-])", text):
    # a match ends at an occurrence of the surname with a word edge after it, and its name word
    # is the (whole rest of the) word before the whitespace before it (FIRST_NAME_BEFORE_RE)
    pos = 0  # where the next match may start (matches never overlap)
    at = text.find(surname)
    while at >= 0:
        end = at + len(surname)
        space = _space_before(text, at)
        if space < at and _edge_after(text, end):
            word_start = space
            while word_start > 0 and not text[word_start - 1].isspace():
                word_start -= 1
            m = FIRST_NAME_BEFORE_RE.search(text, max(pos, word_start), at)
            if m is not None:
                if _given_name_like(m.group(1), not_persons) and not _title_like(m.group(1)):
                    return True
                pos = end
        at = text.find(surname, at + 1)
    return False


def _given_name_like(word: str, not_persons) -> bool:
    """Could ``word`` be the given name before a known surname? Not a title, a function or
    calendar word, a place or organisation word, nor an initial."""
    return (len(word) > 2 and word.isalpha() and word not in NOT_NAMES and word not in TITLE_WORDS
            and word not in not_persons and word not in gazetteer()
            and _TITLE_HEAD_WORD_RE.fullmatch(word) is None)
