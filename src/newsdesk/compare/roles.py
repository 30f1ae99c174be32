"""What a figure counts: the counted noun *and* the role it plays in its clause.

"Two passengers died" and "412 passengers aboard" count one noun, but not one thing: the
first counts the dead, the second the people on board. Two amounts state the same fact only
when they count the same noun (:func:`verdicts.same_unit`) in the same role. The role of an
amount is read from the predicate nearest to it in its own clause: the verb or state that
governs the counted noun, after it ("37 people were injured", "the 60 people who signed up",
"412 passengers aboard") or before it ("killing two", "would employ about 650 people").

Predicates are folded into a few classes of general-English synonyms (die/kill/dead/fatal
are one role, injure/wound/hurt another); a predicate outside the classes is no role (the
amount may then count anything its noun counts). Nouns that are themselves a role count
persons in that role ("injuries", "deaths"); jobs a workplace creates or offers count the
people it employs ("would create 2,000 jobs" against "would employ 650 people"), other
jobs are some jobs ("180 jobs depend on the catch" is not the workforce).

Reads an article body and an amount's offsets; pure functions, no state but a cache.
"""
from __future__ import annotations

import re
from functools import lru_cache

from newsdesk.model import Quantity

# classes of general-English predicates a count of persons (or things) is stated with; each
# word is a base form, its inflections are matched through :func:`_lemma`
_CLASSES: dict[str, tuple[str, ...]] = {
    "dead": ("die", "dead", "death", "kill", "fatal", "fatality", "perish", "drown", "body", "bodies", "toll"),
    "injured": ("injure", "injury", "injuries", "wound", "hurt", "hospitalise", "hospitalize", "hospital",
                "burn", "scald", "casualty", "casualties"),
    "missing": ("missing", "unaccounted",),
    # held where they are by what happened: "2,000 skiers trapped", "stranded", "stuck", "snowed in"
    "trapped": ("trap", "strand", "stuck", "maroon", "snowbound", "cut-off", "besiege"),
    "destroyed": ("destroy", "raze", "flatten", "demolish", "gut", "wreck", "ruin", "ruins", "rubble", "ash", "ashes"),
    "rescued": ("rescue", "save", "saved", "airlift"),
    "aboard": ("aboard", "onboard", "carry", "carrying", "carried", "pack"),
    "evacuated": ("evacuate", "evacuation", "evacuee", "flee", "fled", "displace", "homeless", "shelter"),
    "arrested": ("arrest", "detain", "detention", "custody", "jail", "imprison"),
    "employed": ("employ", "employment", "employee", "hire", "job", "jobs", "workforce", "payroll", "staff", "work"),
    "laid off": ("layoff", "redundant", "redundancy", "redundancies", "sack", "dismiss", "eliminate", "furlough"),
    "registered": ("sign", "register", "registration", "enrol", "enroll", "apply", "applied", "applicant"),
    "attended": ("attend", "attendance", "gather", "march", "rally", "rallied", "crowd", "protest"),
    "voted": ("vote", "elect"),  # a share of the vote ("took 46 percent of the vote")
    "turnout": ("turnout", "ballot"),  # a share of the electorate that voted ("cast a ballot")
}
# roles that say what an event did to those counted (the dead, the destroyed): a story's articles
# count them for its one event, whatever their sentences say around the figure
OUTCOMES = frozenset(("dead", "injured", "missing", "trapped", "destroyed", "evacuated", "arrested", "rescued",
                      "laid off"))
ROLES = (*_CLASSES, "jobs", "distance", "size", "extent")  # every role, in a fixed order ("jobs": some jobs, not a workforce)
_CLASS_OF: dict[str, str] = {w: role for role, ws in _CLASSES.items() for w in ws}
# counted nouns that carry their role: "2,000 jobs" counts persons employed
ROLE_NOUNS: dict[str, str] = {"job": "jobs", "jobs": "jobs", "vacancy": "jobs", "vacancies": "jobs",
                              "death": "dead", "deaths": "dead", "fatality": "dead", "fatalities": "dead",
                              "injury": "injured", "injuries": "injured", "arrest": "arrested", "arrests": "arrested",
                              "evacuee": "evacuated", "evacuees": "evacuated", "applicant": "registered",
                              "applicants": "registered", "signature": "registered", "signatures": "registered"}
# counted nouns that count persons in their role: a count of them is a count of people
PERSON_ROLE_NOUNS = frozenset(("job", "jobs", "vacancy", "vacancies", "signature", "signatures"))  # a signature: a person who signed
# verbs that make a count of jobs the size of a workforce ("would create 2,000 jobs" = would
# employ 2,000 people); other jobs are some jobs ("180 jobs depend on the catch", "cut 300 jobs")
_WORKFORCE_VERBS = frozenset(("create", "add", "bring", "provide", "generate", "offer", "support", "sustain",
                              "employ", "hire", "open"))

COORDINATED_WORDS = 2  # words of a noun coordinated with the counted one ("guests and resort workers")
# words that open what is said of a group rather than continue its name ("... and staff are stuck")
_PREDICATE_LEADS = frozenset(("are", "were", "is", "was", "have", "has", "had", "remain", "remained", "who", "now",
                              "still", "left", "being", "been"))
# verbs that make a count of jobs a count of people laid off ("cut 300 jobs", "axing 1,200 posts")
_CUT_VERBS = frozenset(("cut", "axe", "eliminate", "shed", "slash", "scrap", "lose", "lost", "loss", "abolish"))
# phrases of losing work, read as one word before the predicates are classed
_PHRASES = ((re.compile(r"\b(?:lay|lays|laying|laid)\s+off\b|\bout\s+of\s+(?:work|a\s+job|jobs)\b", re.I), "layoff"),
            (re.compile(r"\b(?:cut|cuts|cutting)\s+off\b", re.I), "stranded"))
ROLE_WORDS_BEFORE = 3  # words before an amount searched for the verb governing it ("would employ about 650")
ROLE_WORDS_AFTER = 6  # words after it (the noun, then "who signed up", "were injured", "aboard")
ROLE_CHARS = 90  # body characters read on each side (more than the words above need)

_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d[\d,.]*|[.;:!?,()—–]")
# a clause ends at punctuation or at a conjunction that opens another statement
_CLAUSE_BREAK = frozenset(".;:!?,()—–") | frozenset(("and", "but", "while", "whereas", "when", "after", "before",
                                                     "as", "because", "although", "though", "or", "said", "says"))


def _lemma(word: str) -> str | None:
    """The class of a word, through its inflections ("killed", "killing", "kills" -> "kill")."""
    w = word.lower().replace("’", "'")
    if w in _CLASS_OF:
        return _CLASS_OF[w]
    for suffix, add in (("ing", ""), ("ing", "e"), ("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("d", ""),
                        ("es", ""), ("s", ""), ("ment", ""), ("ments", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            base = w[: -len(suffix)] + add
            if base in _CLASS_OF:
                return _CLASS_OF[base]
            if suffix in ("ing", "ed") and len(base) > 3 and base[-1] == base[-2]:  # a doubled last letter: "dropped" -> "drop"
                if base[:-1] in _CLASS_OF:
                    return _CLASS_OF[base[:-1]]
    return None


_NUMBER_WORDS = frozenset(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                           "twelve", "dozen", "dozens", "hundreds", "thousands", "a", "an", "about", "some", "nearly"))


_DETERMINERS = frozenset(("of", "the", "a", "an", "its", "their", "his", "her", "our", "these", "those"))


def _is_number(word: str) -> bool:
    """Does a token open another count ("23", "two", "about 40")?"""
    return word[0].isdigit() or word.lower() in _NUMBER_WORDS


def noun_role(unit: str | None) -> str | None:
    """The role a counted noun carries itself ("jobs" -> "employed"), or None."""
    if not unit:
        return None
    return ROLE_NOUNS.get(unit.lower().split()[-1]) if unit.split() else None


def role(body: str, q: Quantity) -> str | None:
    """The role of an amount: the class of the predicate nearest to it in its clause (after it
    first on a tie: English states what happened to a counted subject after it), else the role
    its noun carries; None when neither says."""
    return _role_around(body[max(0, q.start - ROLE_CHARS): q.start], body[q.end: q.end + ROLE_CHARS],
                        q.unit or q.counts or "")


@lru_cache(maxsize=1 << 14)
def _role_around(before: str, after: str, unit: str) -> str | None:
    """:func:`role` of the text around an amount (cached: the fact pairing asks again for each pair
    an amount is in, ~20 times an amount on real stories)."""
    for pattern, word in _PHRASES:
        before, after = pattern.sub(word, before), pattern.sub(word, after)
    return _role(before, after, unit)


# a length is a distance or the size of a thing by the word right after it: "28 kilometres off the
# coast", "two miles away"; "each 1.5 kilometres wide", "40 metres long"
# coast", "two miles away", "six miles east of"; "each 1.5 kilometres wide", "40 metres long";
# "400 feet of track" (an extent of something)
LENGTH_UNITS = frozenset(("metre", "meter", "kilometre", "kilometer", "km", "mile", "foot", "feet", "yard", "m",
                          "centimetre", "centimeter", "cm", "inch", "inches"))
_LENGTH_ROLES = (("distance", frozenset(("off", "offshore", "away", "from", "inland", "outside", "downstream", "upstream",
                                         "beyond", "north", "south", "east", "west", "northeast", "northwest",
                                         "southeast", "southwest", "short"))),
                 ("size", frozenset(("wide", "long", "deep", "high", "tall", "thick", "across", "in"))),
                 ("extent", frozenset(("of",))))
_LENGTH_ROLE_RE = re.compile(r"\s*([a-z]+)(?:\s+(length|width|diameter|depth|height)\b)?", re.I)


def _length_role(after: str, unit: str) -> str | None:
    """The role of a length (see ``LENGTH_UNITS``): "distance", "size" or None."""
    u = unit.lower().split()[-1] if unit.split() else ""
    if u not in LENGTH_UNITS and u.rstrip("s") not in LENGTH_UNITS:
        return None
    m = _LENGTH_ROLE_RE.match(after)
    if m is None or (m.group(1).lower() == "in" and not m.group(2)):
        return None
    return next((r for r, ws in _LENGTH_ROLES if m.group(1).lower() in ws), None)


@lru_cache(maxsize=1 << 14)
def _role(before: str, after: str, unit: str) -> str | None:
    if (length := _length_role(after, unit)) is not None:
        return length
    own = noun_role(unit)
    if own == "jobs":
        behind = [w.lower() for w in _WORD_RE.findall(before)[-ROLE_WORDS_BEFORE:]]
        made = any(w in _WORKFORCE_VERBS or w.rstrip("sd") in _WORKFORCE_VERBS or w.removesuffix("ing") in _WORKFORCE_VERBS
                   or w.removesuffix("ing") + "e" in _WORKFORCE_VERBS for w in behind)
        if made:
            return "employed"
        cut = any(w in _CUT_VERBS or w.rstrip("sd") in _CUT_VERBS or w.removesuffix("ing") in _CUT_VERBS
                  or w.removesuffix("ing") + "e" in _CUT_VERBS or w.removesuffix("ting") in _CUT_VERBS for w in behind)
        return "laid off" if cut else "jobs"
    if own is not None:
        return own
    ahead: list[str] = []
    tokens = _WORD_RE.findall(after)
    counted = {w.lower() for w in _WORD_RE.findall(unit)}
    noun_class: str | None = None  # the class of the counted noun itself ("1,200 employees"): a last resort
    skip: int | None = None  # where "and" joined another noun to the counted one
    for k, w in enumerate(tokens):
        if w.lower() == "and" and k + 1 < len(tokens) and _is_number(tokens[k + 1]):
            continue  # "412 passengers and 23 crew on board": coordinated counts share their predicate
        if w.lower() == "and" and (not ahead or ahead[-1] == "-") and k <= len(counted) + 1:
            skip = k  # "3,000 visitors and (park) staff stranded": a coordinated group shares its predicate
            continue
        if skip is not None and k - skip <= COORDINATED_WORDS and w.isalpha() and w.islower() \
                and w not in _PREDICATE_LEADS and (k - skip == 1 or _lemma(w) in (None, "employed")):
            # the coordinated noun (and its modifier; "ferry staff"): who else is counted, not what is said of them
            ahead.append("-")
            continue
        skip = None
        if w.lower() in _CLAUSE_BREAK:
            break
        if k < len(counted) + 1 and w.lower() in counted:
            # the counted noun names who is counted; what the clause says of them is the predicate
            # ("1,200 employees whose posts were abolished": not "employed")
            noun_class = noun_class or _lemma(w)
            ahead.append("-")
            continue
        if k and tokens[k - 1].lower() == "whose":
            ahead.append("-")  # "whose jobs were cut": a noun they have, not what is said of them
            continue
        if k and tokens[k - 1].lower() in _DETERMINERS and w.lower().endswith("ed"):
            w = "-"  # "of registered voters": a participle inside a noun phrase modifies, it does not predicate
        ahead.append("aboard" if w.lower() == "board" and ahead and ahead[-1].lower() == "on" else w)
        if len(ahead) >= ROLE_WORDS_AFTER:
            break
    behind: list[str] = []
    for w in reversed(_WORD_RE.findall(before)):
        if w.lower() in _CLAUSE_BREAK:
            break
        behind.append(w)
        if len(behind) >= ROLE_WORDS_BEFORE:
            break
    for k in range(max(len(ahead), len(behind))):
        for side in (ahead, behind):
            if k < len(side) and (cls := _lemma(side[k])) is not None:
                return cls
    return noun_class


_RATE_RE = re.compile(r"^[\s\w-]{0,30}?\b(?:a|an|per|each|every)\s+(?:year|month|week|day|night|hour|season|shift)\b"
                      r"|^[\s\w-]{0,30}?\b(?:annually|yearly|monthly|weekly|daily|nightly|hourly)\b", re.I)


def is_rate(body: str, q: Quantity) -> bool:
    """Is an amount a rate: a count per period ("700,000 passengers a year", "40 calls per
    day", "12 trains daily"), said right after it in its clause?"""
    after = re.split(r"[.;:!?,]", body[q.end: q.end + ROLE_CHARS], maxsplit=1)[0]
    return bool(_RATE_RE.match(after)) or bool(_RATE_RE.match(q.text[len(q.text.split()[0]):] if q.text else ""))


def compatible(a: str | None, b: str | None) -> bool:
    """May two roles describe one fact? Equal roles do, and an unknown role fits any."""
    if (a == "size") != (b == "size"):
        return False  # "each 1.5 kilometres wide" is the size of a thing: never a distance or a length of anything else
    return a is None or b is None or a == b
