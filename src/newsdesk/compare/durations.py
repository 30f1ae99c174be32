"""How long an event lasted, as each article says it: durations compared per event.

A start and an elapsed time are read by :func:`verdicts.time_facts`; this stage reads what
that one does not, the length of something that ran its course:

1. **Claims** (:func:`claims_in`): a lasting verb and an amount of time ("the consultation
   ran for barely three weeks", "the strike lasted four days"), a lasting verb and two dates
   ("ran from 4 May to 13 July": 70 days), an amount of time naming a noun ("a ten-week
   consultation"), or an adjunct measuring what filled the sentence's event ("during nearly
   three hours of testimony, and the hearing did not end ..."). "Six and a half hours" is
   half an hour more than six. Each is an interval of days: an amount by its wording (``verdicts``:
   "barely three weeks" is close below three weeks; a bare "ten weeks" ± half a week), two
   dates ± ``DAY_TOLERANCE``.
2. **Events**: the words naming what lasted (the subject of the verb, the noun after the
   amount), compared between articles like start claims: two claims that share a naming word
   are about one event, unless their lengths differ more than ``SCALE_RATIO``-fold (a
   three-day strike and a ten-year campaign) — ``NAMED_SCALE_RATIO`` when the length's own noun
   names the event in both ("a six-week probe" / "an 18-month investigation"); an event's
   claims are cut into bands of one scale (:func:`_bands`).
3. **Verdict per event**: durations whose intervals do not meet cannot both be true: a
   conflict with sides (outlier first); else consistent. Copies are one source
   (:func:`story.independence`).

Reads the story context; adds nothing to it.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date

from newsdesk.compare import text as _text
from newsdesk.compare import verdicts
from newsdesk.compare.story import StoryContext, independence, mention
from newsdesk.model import Fact
from newsdesk.patterns import folded

DAY_TOLERANCE = 1  # days either way of a span between two dates ("from 4 May to 13 July": first and last day counted or not)
NEAR_WORDS = 3  # content words before a trailing "for N years" that name what it is said of ("the city's sales tax")
SCALE_RATIO = 10.0  # durations more than tenfold apart are about different events that share a word
NAMED_SCALE_RATIO = 40.0  # ... unless the length's own noun names both ("48 hours' notice" / "a month's notice", "a six-week probe" / "an 18-month investigation": 12- to 15-fold, one event); hours against years stay apart

_LASTING = (r"ran|run|runs|running|lasted|lasts|lasting|took|takes|take|went on|goes on|continued|continues|spanned|spans|"
            r"stretched|stretches|spent|spends|spending|needed"  # "spent ten weeks examining", "needed three weeks of work"
            r"|(?:will|would|to)\s+last")  # "the closure will last six weeks" (the bare "last" is an adjective: "the last six weeks")
_QUAL = (r"barely|only just|just over|just under|nearly|almost|about|around|roughly|more than|over|at least|less than|under|some"
         r"|just|only|up to")
# "barely three weeks": close below three weeks; "just three weeks", "only three weeks": three weeks;
# a length reported "up to" N ("some streets stayed dark for up to 31 hours") is the longest there was: N
_QUAL_AS = {"barely": "nearly", "only just": "nearly", "just": "", "only": "", "up to": ""}
_NUMW = "|".join(sorted(_text.NUMBER_WORDS, key=len, reverse=True)) + r"|\d{1,3}|a|an"
_UNIT = r"minute|hour|day|week|fortnight|month|year|decade"  # "for about 30 minutes", "for nearly six decades", "for a fortnight"
_MONTH = _text.MONTH_RE  # full or abbreviated ("Sept. 3")
_DATE = r"(?:(?P<{d}a>\d{{1,2}})\s+(?P<{d}m>" + _MONTH + r")|(?P<{d}n>" + _MONTH + r")\s+(?P<{d}b>\d{{1,2}}))"

# "ran for barely three weeks", "lasted four days", "took nearly two years"
_HALF = r"(?P<half>\s+and\s+a\s+half)?"  # "six and a half hours": half a unit more
_FOR_RE = re.compile(r"\b(?P<verb>" + _LASTING + r")\s+(?:for\s+)?(?:(?P<qual>" + _QUAL + r")\s+)?"
                     r"(?P<num>" + _NUMW + r")" + _HALF + r"[\s-]+(?P<unit>" + _UNIT + r")s?\b(?!\s+(?:ago|after|before|later)\b)", re.I)
# an adjunct measuring what filled a stretch of the sentence's event: "212 speakers lined up
# during nearly three hours of testimony, and the hearing did not end until ..."
_DURING_RE = re.compile(r"\b(?:during|throughout)\s+(?:(?P<qual>" + _QUAL + r")\s+)?(?P<num>" + _NUMW + r")" + _HALF
                        + r"[\s-]+(?P<unit>" + _UNIT + r")(?P<plural>s?)\s+of\s+(?P<noun>[a-z][a-z-]{2,})\b", re.I)
# "ran from 4 May to 13 July", "lasted from March 3 until March 9"
_SPAN_RE = re.compile(r"\b(?P<verb>" + _LASTING + r")\s+from\s+" + _DATE.format(d="x") + r"\s+(?:to|until|till|through)\s+"
                      + _DATE.format(d="y") + r"\b", re.I)
# a bare "for N units" after any predicate: "the levy would stay in place for 30 years", "the
# lines stayed dead for 40 hours"; an outage's end and how long after ("the servers were back
# by noon, some 14 hours later", "the bridge reopened three days later")
_FOR_ANY_RE = re.compile(r"\bfor\s+(?:the\s+(?:next|first)\s+)?(?:(?P<qual>" + _QUAL + r")\s+)?"
                         r"(?P<num>" + _NUMW + r")[\s-]+(?P<unit>" + _UNIT + r")s?\b(?!\s+(?:ago|after|before|later)\b)", re.I)
_AND_BEFORE_RE = re.compile(r"\band\s+$")
# how long people have worked or lived somewhere ("staff, some of whom have worked at the store for
# more than three decades"): their careers and lives, not an event of the story
_CAREER_RE = re.compile(r"\b(?:worked|working|lived|living|taught|teaching|employed)\b[^,;:.]{0,60}$", re.I)
_AUXILIARIES = frozenset("is are was were will would should could may might must has have had".split())
# a finish told from the start: "should be finished about six months after work begins", "will be
# complete two years after construction starts": the length of the work
_DONE_AFTER_RE = re.compile(r"\b(?:finished|completed|complete|done|built|ready)\s+(?:(?P<qual>" + _QUAL + r")\s+)?"
                            r"(?P<num>" + _NUMW + r")[\s-]+(?P<unit>" + _UNIT + r")s?\s+after\s+(?:the\s+)?"
                            r"(?P<what>[a-z]+)\s+(?:begins|starts|began|started|gets\s+under\s*way)\b", re.I)
# the subject after a length that opens its sentence: "For more than 80 years the Pellamy Falls dam
# has stood between ...", "For two decades, the pier has ..."
_FRONTED_SUBJECT_RE = re.compile(r",?\s+((?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+(?:has|have|had|was|were|is|are)\b", re.I)
_BACK_RE = re.compile(r"\b(?:back|restored|reopened|resumed|reconnected|came back)\b(?:[ap]\.m\.|[^.;:]){0,60}?,\s+"
                      r"(?:(?P<qual>" + _QUAL + r")\s+)?(?P<num>" + _NUMW + r")[\s-]+(?P<unit>" + _UNIT + r")s?\s+later\b", re.I)
# a length that is required or possible, not reported: "a law requiring plants to run backups for
# at least 48 hours", "batteries able to last for ten days", "must stay closed for a week"
# a length promised or set as a condition: "if the club committed to playing there for at least 25
# years", "pledged to keep the branch open for ten years"
_NOT_REPORTED_RE = re.compile(r"\b(?:able to|can|could|must|should|need(?:s|ed)? to|ha(?:ve|s) to|requir\w*|forc\w*|"
                              r"if|unless|provided|commit\w*|pledg\w*|promis\w*|vow\w*|guarantee\w*)\s+"
                              r"(?:[^,;:]*)$", re.I)
# a length proposed or asked for, not reported: "under her proposal the two-year term would ...",
# "a six-month pause, backdated to May, would allow ...", "called for a ten-year moratorium"
_PROPOSED_BEFORE_RE = re.compile(r"\b(?:under\s+(?:\w+\s+){0,2}(?:proposal|offer)s?|propos(?:e|ed|es|ing)|suggest(?:s|ed|ing)?|"
                                 r"(?:ask|call|push|press|argu|plead)\w*\s+for|sought|seek\w*|request(?:s|ed|ing)?)\b"
                                 r"[^.;:,]{0,40}$", re.I)
_PROPOSED_AFTER_RE = re.compile(r"^(?:,[^,;:]{0,80},)?\s+(?:would|could|might)\b", re.I)


def _proposed(text: str, a: int, b: int) -> bool:
    """Is the length at ``text[a:b]`` one that is proposed or asked for (a request word before
    it) or hypothetical (its noun phrase the subject of "would"/"could")? Not a report of how
    long something lasted."""
    return bool(_PROPOSED_BEFORE_RE.search(text[:a]) or _PROPOSED_AFTER_RE.match(text[b:]))


_NOT_NAMING = r"(?:of|from|to|in|on|at|for|by|with|since|and|or|but|that|which)\b"  # a noun phrase stops here
# "ending 75 years of broadcast concerts", "after 40 years of service": how long a run of
# something has gone on, named by the noun phrase after "of"
_YEARS_OF_RE = re.compile(r"\b(?:(?P<qual>" + _QUAL + r")\s+)?(?P<num>" + _NUMW + r")\s+(?P<unit>" + _UNIT
                          + r")s\s+of\s+(?!(?:the|a|an|its|their|his|her|this|that)\b)"
                          r"(?P<what>(?:(?!" + _NOT_NAMING + r")[a-z][a-z-]+\s+){0,2}(?!" + _NOT_NAMING + r")[a-z][a-z-]{2,})\b", re.I)
# head nouns of a length that name nothing themselves: "a 40-year history of broadcast concerts"
# is about the concerts
_SPAN_NOUNS = frozenset("history career tradition run record existence life lifetime association partnership".split())
_OF_WHAT_RE = re.compile(r"\s+of\s+((?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]{2,})\b")  # "(history) of broadcast concerts"
_DETERMINED_RE = re.compile(r"\b(?:the|a|an|its|their)\s+([a-z][\w-]+)", re.I)  # "the hearing", "a parade"
# "a ten-week consultation", "the three-day strike"
# one adjective may stand before the amount ("a rushed four-week consultation") and one after it
# ("a 12-week public consultation": the noun after it names the event)
_ADJ_RE = re.compile(r"\b(?:a|an|the|its|their|[A-Za-z]+['’]s)\s+(?:(?P<adj>[a-z]+(?:ed|ing)|brief|short|long|full|mere|whole)\s+)?"
                     r"(?:(?P<qual>" + _QUAL + r")\s+)?(?P<num>" + _NUMW + r")-"
                     r"(?P<unit>" + _UNIT + r")(?:-long)?\s+(?:[a-z]+(?:ic|al|ive|ary|ous)\s+)?(?P<noun>[a-z][a-z-]{2,})\b", re.I)
# an adjective that makes the length a plan or a wish, not a report ("the proposed two-year trial")
_UNREPORTED_ADJ = frozenset("proposed planned expected suggested promised requested intended pending".split())
# a length told as a noun's complement: "a delay of six months", "a sentence of five years"; nouns
# that measure nothing themselves ("a period of six months", "a gap of two weeks") name no event
_OF_LENGTH_RE = re.compile(r"\b(?:a|an|the|its|their)\s+(?P<noun>[a-z]{3,})\s+of\s+(?:(?P<qual>" + _QUAL + r")\s+)?"
                           r"(?P<num>" + _NUMW + r")\s+(?P<unit>" + _UNIT + r")s?\b(?!\s+(?:ago|after|before|later|of)\b)", re.I)
_MEASURING_NOUNS = frozenset("period total maximum minimum span space average matter stretch gap spell interval "
                             "length duration term time lot couple number series".split())
# "the trial period is six months long": a length said of the clause's subject
_LONG_RE = re.compile(r"\b(?:is|was|are|were|be|been)\s+(?:(?P<qual>" + _QUAL + r")\s+)?(?P<num>" + _NUMW + r")\s+"
                      r"(?P<unit>" + _UNIT + r")s?\s+long\b", re.I)
# a length told in the genitive of measure: "less than 48 hours' notice", "a full month's notice",
# "six weeks' delay" (the noun names what lasted, as "a ten-week consultation" does)
_MEASURE_RE = re.compile(r"\b(?:(?P<qual>" + _QUAL + r")\s+)?(?P<num>" + _NUMW + r")\s+(?:(?:full|whole|clear)\s+)?"
                         r"(?P<unit>" + _UNIT + r")(?:s['’]|['’]s)\s+(?P<noun>[a-z][a-z-]{2,})\b", re.I)

# a time allowed for an act: "the company has 21 days to appeal", "had three weeks from the
# ruling to lodge an appeal"; what is allowed is named by the act after "to" (a light verb's
# noun: "lodge an appeal" is "appeal"), and compared only with other times allowed
_ALLOWED_RE = re.compile(r"\b(?:has|have|had|was\s+given|were\s+given|gets|got)\s+(?:(?P<qual>" + _QUAL + r")\s+)?"
                         r"(?P<num>" + _NUMW + r")[\s-]+(?P<unit>" + _UNIT + r")s?\s+(?:from\s+[^,.;:]{1,60}?\s+)?to\s+"
                         r"(?P<verb>[a-z]+)(?:\s+(?:a|an|the|its|their|his|her)\s+(?P<noun>[a-z][a-z-]+))?", re.I)
# a time each person was allowed: "each allowed three minutes", "allowed just 90 seconds each to
# speak", "each was granted a paltry three minutes", "had three minutes each to address the
# committee"; one event per story (the allowance of each speaker), compared only among themselves
_EACH_RE = re.compile(r"\b(?P<pre>each\s+(?:was\s+|were\s+)?)?(?:allowed|given|granted|had|have|has|got|gets)\s+"
                      r"(?:a\s+[a-z]+\s+)?(?:(?P<qual>" + _QUAL + r")\s+)?(?P<num>" + _NUMW + r")[\s-]+"
                      r"(?P<unit>second|minute|hour)s?(?P<post>\s+each)?\b", re.I)
ALLOWED_EACH = "to:each"  # the naming stem of a time each person is allowed
_LIGHT_VERBS = frozenset(("lodge", "file", "make", "submit", "launch", "mount", "bring", "enter", "register", "seek", "take"))
ALLOWED = "to:"  # the prefix of an allowed act's naming stem: never one event with a length that ran its course


def _allowed_event(m: re.Match) -> set[str]:
    """What a time allowed is for: the act after "to", or a light verb's noun."""
    verb = m.group("verb").lower()
    word = m.group("noun") if verb in _LIGHT_VERBS and m.group("noun") else verb
    return {ALLOWED + verdicts._event_stem(word.lower())}


# what every sentence the patterns read holds: a unit (_FOR_RE, _ADJ_RE, _EACH_RE) or "from"
# (_SPAN_RE); a sentence without any is skipped unread (same flags: the same case folding)
_MAY_LAST_RE = re.compile(_UNIT + r"|from|minute|second", re.I)
_MAY_LAST_WORDS = tuple(_UNIT.split("|")) + ("from", "minute", "second")  # the same test as substrings of patterns.folded(t)


@dataclass(slots=True)
class DurationClaim:
    """One article's claim of how long an event lasted: its words, the event's naming stems,
    and the lengths in days it allows."""

    sent: _text.Sentence
    start: int  # body offsets of the claim's words
    end: int
    words: str
    event: frozenset[str]
    low: float  # shortest length it allows, in days
    high: float  # longest
    how: str
    named: bool = False  # the event is the noun the length measures ("a month's notice", "a six-week probe")


def _length(qual: str | None, num: str, unit: str, half: str | None = None) -> tuple[float, float] | None:
    q = (qual or "").lower()
    q = _QUAL_AS.get(q, q)
    got = verdicts._amount(q + " " if q else None, num, unit)
    if got is None or not half:
        return got
    more = verdicts.DAYS[unit.lower()] / 2  # "six and a half hours": the bare six's reading, half an hour on
    return got[0] + more, got[1] + more


def _date(m: re.Match, d: str, year: int) -> date | None:
    day = m.group(d + "a") or m.group(d + "b")
    month = m.group(d + "m") or m.group(d + "n")
    try:
        return date(year, _text.month_number(month), int(day))
    except (ValueError, KeyError):
        return None


def claims_in(ctx: StoryContext, aid: str) -> list[DurationClaim]:
    """Every claim of one article about how long something lasted (see the module docstring)."""
    view = ctx.views[aid]
    ref, _ = ctx.ref_dates(aid)
    out: list[DurationClaim] = []
    prev = ""
    for s in view.sentences:
        t = s.text
        lowered = folded(t)
        if not any(w in lowered for w in _MAY_LAST_WORDS):
            prev = t
            continue  # none of the three patterns can match (most sentences)

        def add(a: int, b: int, event: set[str], days: tuple[float, float] | None, how: str, named: bool = False) -> None:
            if event and days is not None and not verdicts.person_tenure(ctx, aid, s.start, t, a):
                out.append(DurationClaim(s, s.start + a, s.start + b, t[a:b], frozenset(event), days[0], days[1], how, named))

        for m in _FOR_RE.finditer(t):
            if _NOT_REPORTED_RE.search(t[:m.start()]) or _PROPOSED_BEFORE_RE.search(t[:m.start()]):
                continue  # "must be able to run for 72 hours": a required length
            span = verdicts._span_back(t, m.start())
            at = t.rfind(span, 0, m.start()) if span else -1
            coordinated = at > 0 and span.split()[0].lower() in _AUXILIARIES and _AND_BEFORE_RE.search(t, 0, at) is not None
            # "Work is due to start in the spring and is expected to take two years": the sentence's subject
            event = verdicts._opening(t) if coordinated else verdicts._subject(t, m.start(), prev)
            add(m.start(), m.end(), event,
                _length(m.group("qual"), m.group("num"), m.group("unit"), m.group("half")), f"“{m.group(0)}”")
        taken = [(m.start(), m.end()) for m in _FOR_RE.finditer(t)]
        for m in _DURING_RE.finditer(t):
            # what filled the time, and the event the sentence tells it within: the nouns its
            # determiners open ("the hearing did not end until after midnight")
            event = verdicts._event_words(m.group("noun")).union(
                *(verdicts._event_words(n) for n in _DETERMINED_RE.findall(t)))
            add(m.start("qual") if m.group("qual") else m.start("num"), m.end("plural"), event,
                _length(m.group("qual"), m.group("num"), m.group("unit"), m.group("half")), f"“{m.group(0)}”")
        for m in _FOR_ANY_RE.finditer(t):
            if any(a <= m.start() < b for a, b in taken) or _NOT_REPORTED_RE.search(t[:m.start()]) \
                    or _PROPOSED_BEFORE_RE.search(t[:m.start()]) or _CAREER_RE.search(t, 0, m.start()):
                continue  # a lasting verb's own "for N" is read above; a required length is no report
            fronted = _FRONTED_SUBJECT_RE.match(t, m.end()) if not t[:m.start()].strip(" \"“‘'") else None
            event = verdicts._event_words(fronted.group(1)) if fronted else _predicate_subject(t, m.start(), prev)
            add(m.start(), m.end(), event, _length(m.group("qual"), m.group("num"), m.group("unit")), f"“{m.group(0)}”")
        for m in _DONE_AFTER_RE.finditer(t):
            add(m.start("qual") if m.group("qual") else m.start("num"), m.end(), verdicts._event_words(m.group("what")),
                _length(m.group("qual"), m.group("num"), m.group("unit")), f"“{m.group(0)}”")
        for m in _BACK_RE.finditer(t):
            add(m.start("qual") if m.group("qual") else m.start("num"), m.end(),
                _predicate_subject(t, m.start(), prev),
                _length(m.group("qual"), m.group("num"), m.group("unit")), f"“{m.group(0)}”")
        for m in _EACH_RE.finditer(t):
            if m.group("pre") or m.group("post"):
                add(m.start("qual") if m.group("qual") else m.start("num"),
                    m.end("unit") + (t[m.end("unit"):m.end("unit") + 1].lower() == "s"), {ALLOWED_EACH},
                    _length(m.group("qual"), m.group("num"), m.group("unit")), f"“{m.group(0).strip()}”")
        for m in _ALLOWED_RE.finditer(t):
            add(m.start(), m.end("unit") + (t[m.end("unit"):m.end("unit") + 1] == "s"), _allowed_event(m),
                _length(m.group("qual"), m.group("num"), m.group("unit")), f"“{m.group(0)}”")
        for m in _SPAN_RE.finditer(t):
            year = ref[1].year if ref else None
            first, last = (_date(m, "x", year), _date(m, "y", year)) if year else (None, None)
            if first is None or last is None:
                continue
            days = (last - first).days + (last < first) * 365
            add(m.start(), m.end(), verdicts._subject(t, m.start(), prev),
                (days - DAY_TOLERANCE, days + DAY_TOLERANCE), f"“{m.group(0)}”: {days} days")
        for m in _YEARS_OF_RE.finditer(t):
            if _proposed(t, m.start(), m.end()) or _NOT_REPORTED_RE.search(t[:m.start()]) \
                    or verdicts.LIMIT_BEFORE_RE.search(t, 0, m.start()) or any(a < m.end() and m.start() < b for a, b in taken):
                continue  # "called for ten years of investment": asked for, not how long it ran
            add(m.start(), m.end(), verdicts._event_words(m.group("what")),
                _length(m.group("qual"), m.group("num"), m.group("unit")), f"“{m.group(0)}”")
        for m in _ADJ_RE.finditer(t):
            if _proposed(t, m.start(), m.end()) or (m.group("adj") or "").lower() in _UNREPORTED_ADJ:
                continue  # "under her proposal the two-year term would ...": asked for, not reported
            event = verdicts._event_words(m.group("noun"))
            if m.group("noun").lower() in _SPAN_NOUNS:
                of = _OF_WHAT_RE.match(t, m.end())
                if of is None:
                    continue  # "a 40-year career": whose, the sentence may say; nothing it lasted of
                event = verdicts._event_words(of.group(1))
            if re.search(r"\b(?:under|with|through|via|in)\s+$", t[:m.start()], re.I):
                # an adjunct says how long the clause before it holds ("raise the fare under a
                # ten-year plan"): its nearest words name the event too
                event |= _last_words(verdicts._span_back(t, m.start()).rsplit(" ", 1)[0])
            add(m.start(), m.end(), event,
                _length(m.group("qual"), m.group("num"), m.group("unit")), f"“{m.group(0)}”", named=True)
        for m in _OF_LENGTH_RE.finditer(t):
            if m.group("noun").lower() in _MEASURING_NOUNS or _proposed(t, m.start(), m.end()) \
                    or _NOT_REPORTED_RE.search(t[:m.start()]):
                continue  # "a period of six months" names nothing; "called for a moratorium of ten years" is asked for
            add(m.start(), m.end(), verdicts._event_words(m.group("noun")),
                _length(m.group("qual"), m.group("num"), m.group("unit")), f"“{m.group(0)}”", named=True)
        for m in _LONG_RE.finditer(t):
            if _NOT_REPORTED_RE.search(t[:m.start()]):
                continue
            add(m.start("qual") if m.group("qual") else m.start("num"), m.end(), verdicts._subject(t, m.start(), prev),
                _length(m.group("qual"), m.group("num"), m.group("unit")), f"“{m.group(0)}”")
        for m in _MEASURE_RE.finditer(t):
            if _proposed(t, m.start(), m.end()) or _NOT_REPORTED_RE.search(t[:m.start()]):
                continue  # "firms must give 90 days' notice": a length required, not one reported
            add(m.start(), m.end(), verdicts._event_words(m.group("noun")),
                _length(m.group("qual"), m.group("num"), m.group("unit")), f"“{m.group(0)}”", named=True)
        prev = t
    return out


def _last_words(text: str, n: int = NEAR_WORDS) -> set[str]:
    """The event words of the last ``n`` content words of ``text``: what a trailing "for N
    years" or "under a 20-year levy" is said of (the verb's nearest noun phrase)."""
    out: list[str] = []
    for w in reversed(re.findall(r"[A-Za-z][\w'’-]*", text)):
        if len(w) > 4 and w.lower().endswith(("ed", "ing")):
            continue  # a verb ("battled", "stayed"), not what the length is said of
        if w.lower().endswith(("'s", "’s")):
            continue  # whose it is ("led the orchestra's first violins for 14 years"), not what
        got = verdicts._event_words(w)
        if got:
            out.append(next(iter(got)))
        if len(out) == n:
            break
    return set(out)


def _predicate_subject(text: str, pos: int, prev: str) -> set[str]:
    """What a predicate before ``pos`` is about: the words of its clause; a clause that opens with
    a pronoun ("they stayed dark") is about what the pronoun stands for, the opening of the
    sentence before or, for a plural, its last noun ("... crashed both its booking systems.")."""
    span = verdicts._span_back(text, pos).split()
    words = _last_words(" ".join(span)) if span else verdicts._subject(text, pos, prev)
    if span and span[0].lower() in verdicts._PRONOUNS:
        words = verdicts._opening(prev)
        last = re.findall(r"[A-Za-z][\w-]*", prev.split(",")[-1]) if prev else []
        if span[0].lower() in ("they", "their") and last and last[-1].lower().endswith("s"):
            words = words | verdicts._event_words(last[-1])
    return words


def _scale_ratio(a: DurationClaim, b: DurationClaim) -> float:
    """How far apart two lengths may be and still be of one event."""
    return NAMED_SCALE_RATIO if a.named and b.named else SCALE_RATIO


def _clash(a: DurationClaim, b: DurationClaim) -> bool:
    """Two lengths of one event that cannot both be true (and are not of two scales)."""
    if max(a.high, b.high) > _scale_ratio(a, b) * max(1.0, min(a.low, b.low)):
        return False
    return a.high < b.low or b.high < a.low


# a naming noun and what it is about: "a consultation on the proposals", "the inquiry into the
# crash", "the strike over pay": two complements that share no word name two events
_COMPLEMENT_RE = re.compile(r"\b([A-Za-z][\w-]+)\s+(?:on|into|about|over|of)\s+(?:(?:the|a|an|its|their|his|her|our)\s+)?"
                            r"([A-Za-z][\w-]+)(?:\s+([A-Za-z][\w-]+))?", re.I)


def _complement(c: DurationClaim, shared: set[str]) -> frozenset[str]:
    """What the event noun of a claim is about, in its own sentence before the claim (stems;
    empty when the noun stands alone: "the consultation runs for 12 weeks")."""
    text = c.sent.text[: c.start - c.sent.start]
    for m in _COMPLEMENT_RE.finditer(text):
        if verdicts._event_stem(m.group(1).lower()) not in shared:
            continue
        out: set[str] = set()
        for w in (m.group(2), m.group(3)):
            if w is None or w.lower() in _text.STOPWORDS or re.fullmatch(_LASTING, w.lower()):
                break
            out |= verdicts._event_words(w)
        return frozenset(out)
    return frozenset()


def _by_complement(group: list[DurationClaim]) -> list[list[DurationClaim]]:
    """One group of claims that share a naming word, cut where the noun is said of different
    things ("a consultation on the proposals" / "the union's consultation on industrial
    action"): claims by complement; a claim whose noun stands alone goes with the only
    complement, and stays apart when there are several (it could be either)."""
    shared = set.intersection(*(set(c.event) for c in group)) or set().union(*(c.event for c in group))
    comps = [_complement(c, shared) for c in group]
    parts: list[tuple[set[str], list[DurationClaim]]] = []
    for c, comp in zip(group, comps):
        if not comp:
            continue
        part = next((p for p in parts if p[0] & comp), None)
        if part is None:
            parts.append((set(comp), [c]))
        else:
            part[0].update(comp)
            part[1].append(c)
    bare = [c for c, comp in zip(group, comps) if not comp]
    if len(parts) <= 1:
        return [group]
    return [p[1] for p in parts] + ([bare] if bare else [])


def _events(claims: list[DurationClaim], linked: list[tuple[int, int]] = ()) -> list[list[DurationClaim]]:
    """Claims about one event: connected by aligned clauses (``linked``: pairs of claim indices)
    or a shared naming word, and not said of different things (:func:`_by_complement`); only
    events of several articles."""
    groups = [[claims[k] for k in g] for g in _text.join_by_shared_words([c.event for c in claims], None, list(linked))]
    return [b for g in groups for p in _by_complement(g) for b in _bands(p) if len({c.sent.article for c in b}) > 1]


def _fits(a: DurationClaim, b: DurationClaim) -> bool:
    """Are two lengths of one scale (the longer within :func:`_scale_ratio` of the shorter)?"""
    return max(a.high, b.high) <= _scale_ratio(a, b) * max(min(a.low, b.low), 1 / 24)


def _bands(claims: list[DurationClaim]) -> list[list[DurationClaim]]:
    """One event's claims cut by scale: lengths within ``SCALE_RATIO`` of a band's shortest
    ("lasted six hours" and "lived here for twenty years" share a word, not an event). Two bands
    holding lengths that their own nouns name and that fit each other are one ("a six-week probe"
    and "an 18-month investigation", with "ran for a year and a half" banded with the latter)."""
    bands: list[list[DurationClaim]] = []
    for c in sorted(claims, key=lambda c: c.low):
        if bands and _fits(c, bands[-1][0]):
            bands[-1].append(c)
        else:
            bands.append([c])
    merged = True
    while merged:
        merged = False
        for i, j in itertools.combinations(range(len(bands)), 2):
            if any(x.named and y.named and _fits(x, y) for x in bands[i] for y in bands[j]):
                bands[i] += bands.pop(j)
                merged = True
                break
    order = {id(c): n for n, c in enumerate(claims)}
    return [sorted(b, key=lambda c: order[id(c)]) for b in bands]


def _label(claims: list[DurationClaim]) -> str:
    """The event's name: the naming stem most of its articles use, as written."""
    counts: dict[str, set[str]] = {}
    for c in claims:
        for w in c.event:
            counts.setdefault(w, set()).add(c.sent.article)
    best = max(sorted(counts), key=lambda w: len(counts[w]))
    prefix = ALLOWED if best.startswith(ALLOWED) else ""
    for c in claims:
        for m in re.finditer(r"[A-Za-z][\w'’-]*", c.sent.text):
            if prefix + (verdicts._event_stem if prefix else _text.stem)(m.group(0).lower()) == best:
                return prefix + m.group(0).lower()
    return best


def duration_facts(ctx: StoryContext, linked_spans: list[list[tuple[str, int, int]]] | None = None) -> list[Fact]:
    """One fact per event whose length several articles give: a conflict with sides when two
    independent lengths cannot both hold, else consistent. ``linked_spans``: groups of aligned
    clauses (article, start, end) from fact alignment; one claim in each clause of a group
    ("lasted about nine hours" / "stayed dead for 30 hours") is about one event, whatever its words."""
    claims = [c for aid in ctx.views for c in claims_in(ctx, aid)]
    linked: list[tuple[int, int]] = []
    for group in linked_spans or []:
        inside = [k for k, c in enumerate(claims) if any(c.sent.article == aid and s <= c.start < e for aid, s, e in group)]
        per = {claims[k].sent.article: k for k in reversed(inside)}  # the first claim of each article's clause
        if len(inside) == len(per) > 1:  # one length per clause: two in one clause may be two events
            first, *rest = per.values()
            linked += [(first, k) for k in rest]
    facts = []
    for members in _events(claims, linked):
        clashes = [f"{a.sent.article} {a.words!r} cannot meet {b.sent.article} {b.words!r}"
                   for x, a in enumerate(members) for b in members[x + 1:]
                   if a.sent.article != b.sent.article and _clash(a, b)]
        event = _label(members)
        claim = f"how long the {event} lasted"
        if event == ALLOWED_EACH:
            claim = "time each was allowed"  # "each allowed three minutes" / "90 seconds each"
        elif event.startswith(ALLOWED):  # "time allowed to appeal"
            event = event.removeprefix(ALLOWED)
            claim = f"time allowed to {event}"
        reasoning = "; ".join(f"{c.sent.article}: {c.how}, {c.low:g}..{c.high:g} days" for c in members)
        articles = list(dict.fromkeys(c.sent.article for c in members))
        mentions = [mention(c.sent, c.start, c.end, ctx.views[c.sent.article].article.body) for c in members]
        fact = Fact(id="", story=ctx.story.id, claim=claim, mentions=mentions,
                    verdict="consistent", detail="")
        if clashes:
            reports = [verdicts.Report(c.sent.article, c.low, c.high, c.words) for c in members]
            fact.sides = verdicts.fact_sides(ctx, verdicts.sides(ctx, reports))
            fact.verdict = "conflict"
            fact.detail = (f"{verdicts.sides_text(fact.sides)}. {claim[0].upper()}{claim[1:]}, as each article says it: "
                           f"{reasoning}. These cannot all be true: " + "; ".join(dict.fromkeys(clashes)))
        else:
            fact.verdict, fact.detail = independence(ctx, articles, "consistent",
                                                     f"{claim}, as each article says it: {reasoning}")
        facts.append(fact)
    return facts
