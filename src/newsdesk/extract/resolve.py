"""Turn quote spans + attributions into :class:`~newsdesk.model.Quote` records.

Resolves each attributing phrase to an entity (a person named inside it; a person named in
apposition right after it, "a company spokesman, Colin Mabry, said"; the antecedent of
"who"; a named organisation the phrase ends with, "Corvania’s Defence Ministry";
"he"/"she" -> the person the paragraph's subject is about: sentences whose subject is the
same pronoun are passed back over, and persons in dash asides, parentheses or possessives
("an apparent reference to Mr. Witkoff’s planned meetings") are not taken when another
fitting person is named; a transcript label in capitals ("PENCE") -> the person of that surname;
"it"/"they" -> the latest organisation or place; a description such as "the Saldovian
leader" -> the latest person with that role — "leader" fits a prime minister or president —
"the newspaper" -> the latest organisation; a person description never resolves to the
country named inside it, "a senior Saldovian diplomat"), applies continuation (a quote
with no cue of its own, within ``INHERIT_MAX_PARAGRAPHS`` of an attributed quote, inherits
its speaker) and decides speech vs. not:

* ``direct=True``: speech — an attributed quote, a continuation, or an unattributed quote of
  ``SPEECH_MIN_WORDS`` words or more (``speaker`` None when nobody can be found);
* ``direct=False``: scare quotes, titles and stage directions — a short quoted term after
  an article (a “free economic zone”), a label a document or body gives ("the handbook
  describes the pattern as “flexible rostering”"), a body's one word held up inside a clause
  (can “coexist” in the area), a title-case name (“Meet the Press”), a bracketed
  direction ("(CROSSTALK.)"), or a short quote with no attribution.
  When such a term sits inside an attributed clause ("Zelensky said the Americans want a
  “free economic zone”") the clause's speaker is kept on it, so a consumer can tell an
  attributed term from a bare one; all other ``direct=False`` quotes have no speaker.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..model import Quote
from .entities import LocalEntity
from .quotes import QuoteSpan
from .persons import ROLE_NOUNS
from .speakers import NAMING_CUES, Attribution

# A quote with no attribution is still speech when it has at least this many words
# (short unattributed quotes are scare quotes, nicknames or titles).
SPEECH_MIN_WORDS = 6
# A quote whose only attribution is a described subject with no cue verb ("the former
# secretary of state talked about continuing the “progress we had …”") is speech from this
# many words; a shorter one is a title or term ("the director makes this clear in “13th.”").
DESCRIBED_SUBJECT_MIN_WORDS = 3
# A quote inherits the previous quote's speaker when it starts within this many paragraphs.
INHERIT_MAX_PARAGRAPHS = 2
# Longest quoted phrase after an article that is taken as a term (scare quote), not speech.
TERM_MAX_WORDS = 4
# a quote between an adjective-like word and the noun it modifies: a verb, its helper or a
# pronoun before it makes the quote a verb phrase ("would “strongly oppose” plans")
MODIFIER_BEFORE = re.compile(r"\b(?!(?:is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|shall|should|"
                             r"can|could|may|might|must|to|not|it|they|he|she|we|i|you|and|or|but|that|as)\s)"
                             r"(?:hourly|daily|nightly|weekly|monthly|quarterly|yearly|[a-z]+(?<!ed)(?<!ly))\s*$")  # "-ly" adjectives of frequency, no adverb
NOUN_AFTER = re.compile(r"[”\"’']?\s+[a-z][a-z-]+s?(?=\s+(?:before|after|in|on|at|for|of|with|that|which|where|when)\b|[,.;])")
TERM_BEFORE = re.compile(r"(?:\b(?:a|an|the|so-called|its|their|this|these|those)|\w(?:’s|'s)|\ws[’'])\s*$", re.I)  # also a possessive: the board's “renewal plan”
# "what Saldovia calls “security guarantees”": the quoted words are the label someone gives a
# thing, a term as much as a “free economic zone” is (looked for this far back, chars)
# (a pronoun subject — "what she called “an extraordinary campaign”" — is the speaker's own words)
LABEL_BEFORE = re.compile(r"\bwhat\s+(?!(?:he|she|i|we|you)\s)(?:\S+\s+){1,4}?(?:calls?|called|terms?|termed|dubs|dubbed|"
                          r"(?:describes?|described|refers?\s+to|referred\s+to)\s+as)\s*$", re.I)
# "had been sold as “fair and phased”": a passive "<verb> as" gives the label others put on a
# thing, not anyone's speech (the agent is left unsaid)
LABEL_BEFORE_PASSIVE = re.compile(r"\b(?:been|being|was|were|is|are|be)\s+(?:[a-z]+ed|sold|billed|branded|touted|pitched|"
                                  r"framed|presented|described|seen|known)\s+as\s*$", re.I)
# "the handbook describes the pattern as “flexible rostering”": the label a document or body
# puts on a thing (a person's "described it as ..." is their words: persons are left out)
LABEL_BEFORE_ACTIVE = re.compile(r"\b(?:describes?|described|refers?\s+to|referred\s+to|labels?|labell?ed|brands?|branded|"
                                 r"dubs?|dubbed|terms?|termed|lists?|listed)\s+(?:\S+\s+){1,4}?as\s*$", re.I)
# a body's one-word quote inside a clause that goes on after it (“can "coexist" in the area”):
# a word held up, not speech (a person's is left as their partial quote)
MID_CLAUSE_AFTER = re.compile(r"[”\"’']?\s+[a-z]")
LABEL_WINDOW = 60
COLON_BEFORE = re.compile(r":\s*$")
# A quote that is all one bracketed aside is a stage direction: "(CROSSTALK.)", "[inaudible]".
STAGE_DIRECTION_RE = re.compile(r"\([^()]*\)\W*|\[[^\[\]]*\]\W*")
# Longest quoted title-case phrase taken as a name/title rather than speech.
TITLE_MAX_WORDS = 8
PERSON_PRONOUNS = {"he", "she", "i"}
# a name before the organisation it belongs to: "Ada Brixley of (the) [Tenants' Union]" is
# Ada Brixley, not the union (the phrase's words up to the organisation's mention)
NAME_OF_RE = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,3}of\s+(?:the\s+)?")
# "he said" goes to the previous quote's speaker when that is a person of fitting gender
# (else to the most recent fitting person mentioned before the pronoun).
PREFER_PREVIOUS_SPEAKER = False
GROUP_PRONOUNS = {"they", "it", "we"}
ORG_TYPES = {"ORG", "GPE"}
# Heads of descriptions that point to an organisation (resolved to the latest ORG).
ORG_DESCRIPTIONS = {"newspaper", "paper", "outlet", "agency", "network", "broadcaster",
                    "website", "site", "magazine", "daily", "ministry", "office", "campaign",
                    "committee", "statement", "report", "company", "group", "government"}


def _mentions(entities: list[LocalEntity]):
    for ent in entities:
        for s, e in ent.spans:
            yield s, e, ent


class QuoteIndex:
    """``pos in index``: does ``pos`` fall inside one of the quote spans? (bisect: an article
    with hundreds of quotes and mentions made the linear test the slowest part.)"""

    def __init__(self, spans: list[QuoteSpan]):
        self.spans = sorted((q.start, q.end) for q in spans)
        self.starts = [s for s, _ in self.spans]
        # running maximum of span ends, so overlapping spans are handled too
        self.reach: list[int] = []
        for _, e in self.spans:
            self.reach.append(max(e, self.reach[-1]) if self.reach else e)

    def __contains__(self, pos: int) -> bool:
        k = bisect_right(self.starts, pos) - 1
        return k >= 0 and pos < self.reach[k]


def _latest(entities, before: int, types: set[str], quotes: QuoteIndex, where=None):
    """Most recent entity of ``types`` mentioned before ``before`` (not inside a quote)."""
    best = None
    for s, e, ent in _mentions(entities):
        if e > before or ent.type not in types:
            continue
        if s in quotes:
            continue
        if where is not None and not where(ent):
            continue
        if best is None or s > best[0]:
            best = (s, ent)
    return best[1] if best else None


def _sentence_subject(entities, before: int, quotes, sentences, fits, text: str = "",
                      pronoun: str | None = None, allows=None) -> LocalEntity | None:
    """The person a pronoun at ``before`` refers to: the first fitting person of the last
    sentence before it that names one ("Mr. Zelensky said that he believed Mr. Putin … “…,”
    he said" -> Zelensky).

    With ``text`` the paragraph's subject is followed: a sentence whose subject is the same
    pronoun ("He said he hoped … — an apparent reference to Mr. Witkoff’s meetings — …")
    refers back to the same person, so the search goes on to the sentence before it; persons
    inside a dash aside or a parenthesis, and possessive modifiers ("Mr. Witkoff’s planned
    meetings"), are passed over when a person named outside them is there to take.

    ``allows`` is looser than ``fits`` (a gender only guessed is no bar): a sentence that
    names just one person, who only ``allows`` the pronoun, is still that person's
    ("Inspector Mireta Rowe was unmoved. “…,” he said" — "Mireta" ends like a woman's name)."""
    allows = allows or fits
    every = sorted((s, e, ent) for s, e, ent in _mentions(entities)
                   if e <= before and ent.type == "PERSON" and allows(ent) and s not in quotes)
    mentions = [m for m in every if fits(m[2])]
    if not every:
        return None
    if text and pronoun in SUBJECT_PRONOUNS:
        starts = [s for s, _ in sentences]
        k = bisect_right(starts, before) - 1
        hi = before
        mention_starts = [m[0] for m in every]
        for _ in range(PRONOUN_CHAIN_MAX_SENTENCES):
            s0 = sentences[k][0] if k >= 0 else 0
            inside = every[bisect_left(mention_starts, s0): bisect_left(mention_starts, hi)]
            subject = _subject_pronoun(text, s0, hi, pronoun, quotes)
            named = [m for m in inside if not _in_aside(text, s0, m[0], quotes)
                     and (subject is None or m[0] < subject)]
            fitting = [m for m in named if fits(m[2])]
            if not fitting and len({id(m[2]) for m in named}) == 1:
                fitting = named  # the one person named here, whose gender was only guessed
            inside = [m for m in inside if fits(m[2]) or m in fitting]
            if fitting:
                plain = [m for m in fitting if not POSSESSIVE_AFTER_RE.match(text, m[1])]
                return (plain or fitting)[0][2]
            if k <= 0 or (subject is None and inside):
                break  # only asides name a person here: the plain rule below decides
            k, hi = k - 1, s0
    if not mentions:
        return None
    last = mentions[-1][0]
    starts = [s for s, _ in sentences if s <= last]
    sent_start = starts[-1] if starts else 0
    return min((m for m in mentions if m[0] >= sent_start), key=lambda m: m[0])[2]


# How many sentences back a chain of "he … He said … he said" is followed to its name.
PRONOUN_CHAIN_MAX_SENTENCES = 8
SUBJECT_PRONOUNS = {"he", "she"}
POSSESSIVE_AFTER_RE = re.compile(r"(?:’s|'s|’|')(?!\w)")
# Where a clause's subject stands: the sentence start (after an opening mark) or right after
# a closing mark ("“…,” he said").
AFTER_CLOSING_MARK_RE = re.compile(r"(?:[”\"]|'')\s*,?\s*$")


def _subject_pronoun(text: str, lo: int, hi: int, pronoun: str, quotes) -> int | None:
    """Offset of ``pronoun`` as the subject of a clause of ``text[lo:hi]`` (sentence start or
    after a closing quote mark), outside quotes; None when it is not there."""
    for m in re.finditer(rf"\b{pronoun}\b", text[lo:hi], re.I):
        pos = lo + m.start()
        if pos in quotes:
            continue
        before = text[lo:pos]
        if before.strip(" \n“\"") == "" or AFTER_CLOSING_MARK_RE.search(before):
            return pos
    return None


def _in_aside(text: str, lo: int, pos: int, quotes) -> bool:
    """Is ``pos`` inside a dash aside or a parenthesis opened since ``lo`` (dashes and
    brackets inside quotes do not count)?"""
    dashes = sum(1 for m in ASIDE_DASH_RE.finditer(text, lo, pos) if m.start() not in quotes)
    seg = text[lo:pos]
    return dashes % 2 == 1 or seg.count("(") > seg.count(")")


ASIDE_DASH_RE = re.compile(r"\s[—–]\s|\s--\s")


def _has_role(ent: LocalEntity, head: str) -> bool:
    """Does the person carry the role noun ``head`` ("minister" fits "foreign minister";
    "leader" fits a head of government)?"""
    if head in ent.titles or any(t.split()[-1] == head for t in ent.titles):
        return True
    return head in LEADER_WORDS and bool(ent.titles & HEADS_OF_GOVERNMENT)


def _apposition(att: Attribution, entities, text: str) -> LocalEntity | None:
    """"a company spokesman, Colin Mabry, said" / "said the chamber's president, Cornelius
    Abernethy-Quist." / "Its chair, Councillor Beatrix Okonjo-Vale, told": the person named
    right after the phrase (a title before the name allowed), closing the apposition (a comma)
    or the sentence."""
    m = APPOSITION_RE.match(text, att.end)
    if m is None:
        return None
    title = APPOSITION_TITLE_RE.match(text, m.end())
    for s, e, ent in _mentions(entities):
        if (ent.type == "PERSON" and m.end() <= s <= title.end() and APPOSITION_TITLE_RE.fullmatch(text, m.end(), s)
                and APPOSITION_END_RE.match(text, e)):
            return ent
    return None


def _antecedent(att: Attribution, entities, text: str) -> LocalEntity | None:
    """"Prime Minister Anton Zhelyazkov of Saldovia, who …": the person before "who"."""
    lo = max(0, att.start - ANTECEDENT_MAX_CHARS)
    best = None
    for s, e, ent in _mentions(entities):
        if lo <= s and e <= att.start and ent.type == "PERSON":
            if re.fullmatch(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)?\s*,?\s*",
                            text[e: att.start]) and (best is None or s > best[0]):
                best = (s, ent)
    return best[1] if best else None


def _resolve(att: Attribution, entities, quotes, previous: LocalEntity | None,
             sentences=(), text: str = "") -> LocalEntity | None:
    inside = [ent for s, e, ent in _mentions(entities) if att.start <= s and e <= att.end]
    persons = [ent for ent in inside if ent.type == "PERSON"]
    if len(persons) > 1 and not COORDINATION_RE.search(att.text):
        # "said Local 8812 steward Ottilie Vasko": the name that ends the phrase is its
        # head, what stands before it describes that person ("X and Y" names two: the first kept)
        ending = [ent for s, e, ent in _mentions(entities)
                  if ent.type == "PERSON" and att.start <= s and e <= att.end
                  and re.fullmatch(r"[\s,.]*", att.text[e - att.start:])]
        if ending:
            return ending[0]
    if persons:
        return persons[0]
    if att.how == "label" and att.text.isupper():
        # a transcript label in capitals ("PENCE:") names the person of that surname
        surname = att.text.split()[-1].title()
        named = [ent for ent in entities if ent.type == "PERSON" and ent.key == surname]
        return named[0] if named else None
    words = att.text.lower().replace("’", "'").split()
    if not words:
        return None
    if text:
        appos = _apposition(att, entities, text)
        if appos is not None:
            return appos
        if words[-1] == "who":
            return _antecedent(att, entities, text)
        # the phrase is itself a named organisation or place ("Corvania’s Defence Ministry")
        ending = [(s, ent) for s, e, ent in _mentions(entities)
                  if att.start <= s and e == att.end and ent.type in ORG_TYPES]
        if ending and NAME_OF_RE.fullmatch(text, att.start, ending[0][0]):
            return None  # a person the tagger missed, named with the organisation: the phrase as written
        if ending:
            return ending[0][1]
    if len(words) == 1 and words[0] in PERSON_PRONOUNS:
        wrong = {"he": "f", "she": "m"}.get(words[0])
        fits = lambda ent: ent.gender() is None or ent.gender() != wrong  # noqa: E731
        allows = lambda ent: ent.gender(guess=False) != wrong  # noqa: E731
        if PREFER_PREVIOUS_SPEAKER and previous is not None and previous.type == "PERSON" and fits(previous):
            return previous
        return _sentence_subject(entities, att.start, quotes, sentences, fits, text, words[0], allows)
    if len(words) == 1 and words[0] in GROUP_PRONOUNS:
        kind = _previous_subject_kind(text, att.start, sentences) if words[0] == "it" and text else None
        if kind is not None:
            return _latest_of_kind(entities, att.start, quotes, kind)  # "The carrier put … It is offering …"
        return _latest(entities, att.start, ORG_TYPES, quotes)
    head = _description_head(att.text)
    if head in ORG_KINDS:
        return _latest_of_kind(entities, att.start, quotes, head)
    if words[0] == "the" and len(words) == 2 and head.isalpha():
        # "the railroad said", "the hospital said": the latest organisation whose name ends in that word
        named = _latest(entities, att.start, {"ORG"}, quotes,
                        where=lambda ent: any(n.split()[-1].lower() == head for n in ent.names if n.split()))
        if named is not None:
            return named
    if head in ORG_DESCRIPTIONS:
        return _latest(entities, att.start, {"ORG"}, quotes)
    titled = _latest(entities, att.start, {"PERSON"}, quotes, where=lambda ent: _has_role(ent, head))
    if titled is not None:
        return titled  # "The French president" -> the latest person titled president
    if words[0] == "the" and head in PERSON_ROLE_HEADS and text and sentences:
        introduced = _introduced(head, att.start, entities, text, sentences)
        if introduced is not None:
            return introduced
    if words[0] == "the" and len(words) <= DESCRIBED_MAX_WORDS and text and head.isalpha():
        described = _described_before(head, att.start, entities, text)
        if described is not None:
            return described  # "the convenor said" after "convenor Dougal McPhee" / "Dougal McPhee, the group's convenor"
    if head in PERSON_ROLE_HEADS:
        return None  # "a senior diplomat": a person, not the country named inside the phrase
    others = [ent for ent in inside if ent.type in ORG_TYPES]
    return others[0] if others else None


# persons joined in one speaker phrase ("Colm Ardmore and his son-in-law Piet Tollan urged")
COORDINATION_RE = re.compile(r"\band\b|&|,")


# Descriptions of an organisation by its kind, with the last words of the names of that kind:
# "the carrier" is the latest airline named ("Orvane Air"), not the latest organisation of any kind
# (its software supplier); general English, no one story's names
_AIRLINE = frozenset(("Air", "Airlines", "Airways", "Aviation"))
ORG_KINDS: dict[str, frozenset[str]] = {
    "airline": _AIRLINE, "carrier": _AIRLINE, "board": frozenset(("Board",)), "council": frozenset(("Council",)),
    "union": frozenset(("Union",)), "bank": frozenset(("Bank",)), "club": frozenset(("Club",)),
    "regulator": frozenset(("Authority", "Commission", "Regulator", "Agency")), "utility": frozenset(("Board", "Utility")),
}
# "The carrier put the cost at … It is offering …": the sentence before opens with a description
PREVIOUS_SUBJECT_RE = re.compile(r"\s*(?:The|the)\s+([a-z]+)\b")


# a sentence that opens on a description with the role noun ("The Minister of State for ... has said")
# (the head among its first words: "The Minister of State", "The health minister")
ROLE_LEAD_RE = re.compile(r"\s*[“\"]?The\s+(?P<words>[\w’'-]+(?:\s+[\w’'-]+){0,3})")


DESCRIBED_MAX_WORDS = 3  # "the convenor", "the group's convenor": a short definite description
DESCRIBED_NEAR_CHARS = 60  # how far from a name the noun describing it may stand


def _described_before(head: str, before: int, entities, text: str) -> LocalEntity | None:
    """The person the text described with ``head`` before ``before``: the noun right before the
    name ("grandmaster Ileana Marchetti-Kowal", "convenor Dougal McPhee") or in an apposition after
    it ("Dougal McPhee, the group's convenor,"); the latest such person, else None."""
    right_before = re.compile(rf"\b{re.escape(head)}\s+$", re.I)
    apposed = re.compile(rf",\s+(?:the|a|an|its|their|his|her|[\w’'-]+['’]s)\s+(?:[\w’'-]+\s+){{0,3}}?{re.escape(head)}\b", re.I)
    best: tuple[int, LocalEntity] | None = None
    for s, e, ent in _mentions(entities):
        if ent.type != "PERSON" or s >= before or (best is not None and s <= best[0]):
            continue
        if right_before.search(text, max(0, s - DESCRIBED_NEAR_CHARS), s) or apposed.match(text, e, e + DESCRIBED_NEAR_CHARS):
            best = (s, ent)
    return best[1] if best else None


def _introduced(head: str, before: int, entities, text: str, sentences) -> LocalEntity | None:
    """"The Minister of State for Heritage has said she … / Nuala Prask-Ellery told …": a
    sentence opening on a description with the role noun, the next one opening on a person's
    name, a person not given a role of their own: the description introduced that person,
    whom "the minister" later names."""
    persons = [(s, ent) for s, _, ent in _mentions(entities) if ent.type == "PERSON" and s < before]
    for (s0, _), (s1, _) in zip(sentences, sentences[1:]):
        if s1 >= before:
            break
        m = ROLE_LEAD_RE.match(text, s0)
        if m is None or head not in m.group("words").lower().split():
            continue
        opening = [ent for s, ent in persons if s == s1 and not ent.titles]
        if opening:
            return opening[0]
    return None


def _latest_of_kind(entities, before: int, quotes, kind: str):
    """The latest organisation whose name ends in a word of its kind ("the carrier": "… Air"), else
    the latest organisation."""
    ends = ORG_KINDS.get(kind, frozenset())
    return (_latest(entities, before, {"ORG"}, quotes, where=lambda ent: any(n.split()[-1] in ends for n in ent.names if n.split()))
            or _latest(entities, before, {"ORG"}, quotes))


def _previous_subject_kind(text: str, pos: int, sentences) -> str | None:
    """The organisation kind ("carrier") that opens the sentence before the one holding ``pos``."""
    starts = [s for s, _ in sentences]
    k = bisect_right(starts, pos) - 1
    if k < 1:
        return None
    m = PREVIOUS_SUBJECT_RE.match(text, sentences[k - 1][0])
    return m.group(1) if m and m.group(1) in ORG_KINDS else None


def _description_head(phrase: str) -> str:
    """The head noun of a description: its last word, or the last before "of" ("the former
    secretary of state" -> "secretary")."""
    words = phrase.lower().replace("’", "'").split()
    if "of" in words[1:]:
        words = words[: words.index("of", 1)]
    return words[-1].strip(".,") if words else ""


# Role nouns that make a description a person ("the Saldovian leader", "a company spokesman").
PERSON_ROLE_HEADS = set(ROLE_NOUNS.split("|")) | {"spokesperson", "official", "officials", "source"}
# "the leader" is whoever heads the government.
LEADER_WORDS = {"leader", "premier"}
HEADS_OF_GOVERNMENT = {"prime minister", "president", "premier", "chancellor", "leader", "pm"}
# ", Colin Mabry," right after a description names the person described.
APPOSITION_RE = re.compile(r"\s*,\s*")
# ... possibly after a title or honorific that the person mention leaves out (", Councillor
# Beatrix Okonjo-Vale,", ", Dr. Ana Ruiz,", ", State Senator Li Wen,"): up to three capitalised words
APPOSITION_TITLE_RE = re.compile(r"(?:[A-Z][\w’'-]*\.?\s+){0,3}")
# ... and the name closes the apposition (a comma) or the sentence (a full stop, the end).
APPOSITION_END_RE = re.compile(r"\s*(?:,|\.(?:\s|$)|$)")
# Longest stretch between a person's name and the "who" that refers back to it.
ANTECEDENT_MAX_CHARS = 60


def _is_term(text: str, q: QuoteSpan, nwords: int) -> bool:
    """A short quoted noun phrase after an article — a “free economic zone”, the “sharing
    economy” — names a term; it is not reported speech unless a cue sits right next to it.
    So does a short quote that modifies the noun after it, after a word that is no verb's
    helper: weekly “figure polishing” sessions (not “strongly oppose” plans after "would")."""
    if nwords > TERM_MAX_WORDS:
        return False
    if TERM_BEFORE.search(text, max(0, q.open_mark - 12), q.open_mark) is not None:
        return True
    return (nwords >= 2 and MODIFIER_BEFORE.search(text, max(0, q.open_mark - 30), q.open_mark) is not None
            and NOUN_AFTER.match(text, q.end) is not None)


def _looks_like_title(quoted: str) -> bool:
    """“The Nightly Show with Larry Wilmore”, “Meet the Press,”: a name, not speech."""
    words = quoted.strip(" ,.").split()
    if not words or len(words) > TITLE_MAX_WORDS or quoted.rstrip().endswith(("?", "!")):
        return False
    small = {"a", "an", "the", "of", "with", "and", "in", "on", "for", "to", "at", "&"}
    return all(w[0].isupper() or w.lower() in small or not w[0].isalpha() for w in words) \
        and sum(w[0].isupper() for w in words) >= 2


def _paragraph_ends(text: str) -> list[int]:
    """End offsets of the paragraph breaks ("\\n\\n", else "\\n"), for :func:`_paragraph`."""
    sep = "\n\n" if "\n\n" in text else "\n"
    return [m.end() for m in re.finditer(sep, text)]


def _paragraph(ends: list[int], pos: int) -> int:
    """Paragraph number of ``pos`` (``text.count(sep, 0, pos)``, by bisection)."""
    return bisect_right(ends, pos)


@lru_cache(maxsize=1024)  # the heads ("railroad", "company") recur from article to article
def _name_ending_in(head: str) -> re.Pattern[str]:
    """A capitalised name of up to five words ending in ``head`` ("Corrow Vale Railroad"); it
    opens with a capital (the lookahead lets the engine skip other positions: same matches)."""
    return re.compile(r"(?=[A-Z])(?<![\w’'-])((?:[A-Z][\w’'&.-]*\s+){1,4}" + head + r")(?![\w’'-])")


def _named_earlier(text: str, att: Attribution) -> Attribution:
    """ "the railroad said" when the tagger found no organisation: the speaker is the latest
    capitalised name before it that ends in that word ("Corrow Vale Railroad"), named where
    it stands; a person's role ("the minister") or no such name leaves the phrase as it is."""
    words = (att.text or "").split()
    if len(words) != 2 or words[0].lower() != "the" or not words[1].isalpha() or not words[1].islower() \
            or words[1] in PERSON_ROLE_HEADS or att.start is None:
        return att
    named = None
    for m in _name_ending_in(words[1].capitalize()).finditer(text[: att.start]):
        named = m
    if named is None:
        return att
    return Attribution(named.start(1), named.end(1), named.group(1), att.cue, att.how, att.content_start, att.content_end)


def build_quotes(text: str, article_id: str, spans: list[QuoteSpan], atts, entities,
                 sentences=()) -> list[Quote]:
    """Quote records (ids ``f"{article_id}:q{n}"``) in text order."""
    ids = {id(ent): f"{article_id}:e{n}" for n, ent in enumerate(entities, start=1)}
    out: list[Quote] = []
    prev: tuple[Attribution, LocalEntity | None, int, bool] | None = None  # last speech quote
    index = QuoteIndex(spans)
    paragraph_ends = _paragraph_ends(text)
    for q, att in zip(spans, atts):
        para = _paragraph(paragraph_ends, q.open_mark)
        entity = None
        nwords = len(text[q.start: q.end].split())
        direct = att is not None
        if att is not None:
            entity = _resolve(att, entities, index, prev[1] if prev else None, sentences, text)
            if entity is None:
                att = _named_earlier(text, att)
            if att.how == "subject":
                # no cue verb: speech only when the subject is a person and the quote more
                # than a term ("Weaver dismissed it as “disarray”" yes, "a “free zone”" no)
                is_person = (entity is not None and entity.type == "PERSON") or \
                    att.text.lower() in PERSON_PRONOUNS or \
                    (entity is None and _description_head(att.text) in PERSON_ROLE_HEADS
                     and nwords >= DESCRIBED_SUBJECT_MIN_WORDS)
                direct = is_person
                if not direct:
                    att, entity = None, None
        if att is None and prev is not None and (q.continues or para - prev[2] <= INHERIT_MAX_PARAGRAPHS):
            if q.continues or nwords >= SPEECH_MIN_WORDS or para == prev[2]:
                att, entity, direct = prev[0], prev[1], True
                att = Attribution(att.start, att.end, att.text, att.cue, "inherited", q.start, q.end)
        if STAGE_DIRECTION_RE.fullmatch(text, q.start, q.end):
            # "(CROSSTALK.)" in a transcript, "[inaudible]": a direction, nobody's words
            out.append(_quote(text, article_id, len(out) + 1, q, False, None, None, ids))
            continue
        if att is None:
            # long enough to be speech, or a whole sentence announced by a colon
            # (a banner reads: “Not one metre.”)
            direct = nwords >= SPEECH_MIN_WORDS or (
                COLON_BEFORE.search(text, max(0, q.open_mark - 4), q.open_mark) is not None
                and text[q.start: q.end].rstrip("”\"'’").endswith((".", "!", "?")))
        if direct and nwords <= TERM_MAX_WORDS and (
                LABEL_BEFORE.search(text, max(0, q.open_mark - LABEL_WINDOW), q.open_mark) is not None
                or LABEL_BEFORE_PASSIVE.search(text, max(0, q.open_mark - LABEL_WINDOW), q.open_mark) is not None):
            direct = False  # "what the council calls “transit guarantees”": a label, even right after "calls"
            if att is not None and att.how != "sentence":
                att, entity = None, None
        if direct and nwords <= TERM_MAX_WORDS and (entity is None or entity.type != "PERSON") and \
                LABEL_BEFORE_ACTIVE.search(text, max(0, q.open_mark - LABEL_WINDOW), q.open_mark) is not None:
            direct = False  # "the staff handbook describes the pattern as “flexible rostering”"
        if direct and nwords == 1 and att is not None and att.how not in ("after", "before") \
                and (entity is None or entity.type != "PERSON") and MID_CLAUSE_AFTER.match(text, q.end):
            direct = False  # the company "has promised that fishing and wind can “coexist” in the area"
        if direct and (att is None or att.how not in ("after", "before")):
            if _looks_like_title(text[q.start: q.end]):
                direct = False
                if att is None or att.how != "sentence" or att.cue not in NAMING_CUES:
                    att, entity = None, None  # "Jacobs called Merkel “The Chancellor …”" keeps it
            elif _is_term(text, q, nwords):
                # a term inside a reported clause keeps the clause's attribution
                direct = False
                if att is not None and att.how not in ("sentence", "subject"):
                    att, entity = None, None
        if direct and att is not None:
            prev = (att, entity, para, True)
        out.append(_quote(text, article_id, len(out) + 1, q, direct, att, entity, ids))
    return out


def _quote(text: str, article_id: str, n: int, q: QuoteSpan, direct: bool,
           att: Attribution | None, entity: LocalEntity | None, ids: dict[int, str]) -> Quote:
    """The record of quote number ``n``: its span, speech or not, and its attribution."""
    return Quote(
        id=f"{article_id}:q{n}",
        article=article_id,
        text=text[q.start: q.end],
        start=q.start,
        end=q.end,
        direct=direct,
        speaker=(entity.canonical() if entity is not None else (att.text if att else None)),
        speaker_entity=ids.get(id(entity)) if entity is not None else None,
        speaker_start=att.start if att else None,
        speaker_end=att.end if att else None,
        cue=att.cue if att else None,
        content_start=(att.content_start if att and att.content_start is not None else q.start),
        content_end=(att.content_end if att and att.content_end is not None else q.end),
    )
