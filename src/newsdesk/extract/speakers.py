"""Who said it: find the attributing phrase of each quoted span.

A quoted paragraph of a transcript that opens with its speaker's label (``"WALLACE: Let’s
start …``) is that speaker's turn: the label is the attribution and is left out of the quote
(:func:`transcript_label`). Every other quote goes through a cascade, first match wins (each
step looks only at the quote's own sentence or paragraph):

1. after the closing mark: ``,” he said`` / ``,” said Geoff Garin`` /
   ``,” the economist Jared Bernstein, a former adviser, wrote`` / ``, according to X``;
   also ``,” Toomey fumed`` (a quote ending in a comma followed by ``<name> <verb>``);
2. before the opening mark: ``Mr. Zelensky said: “`` / ``he said, ''`` (also when the
   previous paragraph ends in ``X said:``);
3. a cue verb elsewhere in the sentence, for partial quotes: ``urged Kyiv to accept
   “painful concessions”`` / ``Sanders stating that Clinton's "judgment" was …``;
   participles (``…, saying “…”``) and coordinated verbs (``… and said, “…”``) take the
   subject of the main clause, past introductory phrases (``Speaking in Salem, New
   Hampshire, Trump went after Bush, calling him “…”``);
   3b. no cue at all: the sentence's subject when it is a named mention or a pronoun
   (``Weaver dismissed that as a sign of “disarray.”``) or a description of a person
   (``the former secretary of state talked about “…”``), plus transcript labels
   (``Bush: “…”``), colon introductions (``X delivered a message: “…”``) and epigraph
   bylines (``“…” ― Ariana Huichapa``);
4. a quote that opens a sentence right after a sentence whose subject is a person or a
   pronoun (``Clinton touted her record. “We need …”``) is that subject's — unless that
   sentence ends in an attributed quote (``“…,” she said. “…”``), which speaks on.

The attributing phrase is a noun phrase, never a clause: phrases that open with a
conjunction or an -ing verb, or hold an auxiliary (``that has since been mocked``), are
rejected; a coordinated subject (``Colm Ardmore and his son-in-law Piet Tollan``) is kept
whole, and time phrases or party labels between subject and cue (``Trump at the time
said``, ``Sen. Claire McCaskill (D-Mo.) said``) are skipped.

Each attribution also records the reported *content* span: the quote itself, or for a
partial quote the clause it sits in (from the cue to the clause end), as PolNeAR annotates.

Continuation (a quote with no attribution after an attributed one) and speech vs. scare
quote are decided in :mod:`.resolve`. The phrase returned is the attributing mention itself
("he", "the source", "Mr. Zelensky"); resolving it to an entity is also in :mod:`.resolve`.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from .gazetteer import TITLE_ABBREVIATIONS
from .persons import NOT_NAMES, ROLE_NOUNS
from .quotes import QuoteSpan

# Longest attributing phrase we accept, in words (longer means we cut at the wrong place).
SPEAKER_MAX_WORDS = 9
# How far after a closing mark / before an opening mark the attribution may sit (chars).
AFTER_WINDOW = 250
BEFORE_WINDOW = 300
# Words between a cue and the opening mark in "X told reporters on Monday: “…" (chars).
BEFORE_TAIL_MAX = 60
# Longest aside between a subject and its verb: "Clinton, speaking to reporters …, said".
APPOSITION_MAX_CHARS = 160
# Unquoted words after a partial quote that still belong to its reported clause; a longer
# tail is narration ("… “repeal it” before sketching out her own, more limited ideas").
CONTENT_TAIL_MAX_WORDS = 20
# Unquoted words before a quote that an attribution after it still covers
# ("After the 2014 victories, “there is a sense of urgency …,” Law said").
CONTENT_LEAD_MAX_WORDS = 12
# Record the verb's object clause as the content of a subject-attributed quote (PolNeAR
# annotates "Manafort dismissed [the whole kerfuffle as “absurd.”]").
SUBJECT_CONTENT = True
# The verb right after a subject whose object clause is recorded as content: a plain word
# ("dismissed", "touts"), not a possessive ("Trump's"), an aside (", who") or a preposition.
SUBJECT_VERB_RE = re.compile(r"\s+(?:[a-z]+ly\s+)?([a-z]+)\b(?![’'-])")
# Auxiliaries, copulas and prepositions: "Sanders is capitalizing on …", "Starr in 1994 took
# over …" describe the subject; what follows is narration, not something the subject said.
NOT_CONTENT_VERBS = {"is", "was", "are", "were", "be", "been", "has", "had", "have", "will",
                     "would", "could", "can", "may", "might", "must", "should", "did", "does",
                     "do", "in", "on", "at", "of", "for", "to", "from", "with", "by", "and",
                     "or", "but", "also", "then", "himself", "herself", "itself", "themselves",
                     "who", "which", "that", "as", "after", "before", "during"}
# A partial quote under two reporting verbs ("X said that … what she called “…”") belongs to
# the outer report; True also gives it the outer speaker.
OUTER_SPEAKER = True
# Words that may stand between a cue and the "that" opening its reported clause ("told an
# audience at a literary festival in Houston last week that …"; 8 cut such clauses short).
THAT_MAX_OFFSET_WORDS = 12
# Irregular past tenses that end a comma-closed quote's attribution: ",” Trump shot back".
IRREGULAR_PAST = "shot|spoke|struck|swore|began|went|hit|fought|broke|threw|took|gave|sang|wrote|told|said"
# A second verb coordinated with the cue ("… and criticized", ", dismissing … as").
COORDINATED_VERB_RE = re.compile(r"(?:\band|,)\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|ing)\b"
                                 r"(?:\s+(?:to|on|about|of|as|for|at))?(?=\s)")
THAT_RE = re.compile(r"\bthat\b")
LEAD_PUNCT_RE = re.compile(r"[\s,;:]+")
LEAD_PREP_RE = re.compile(r"\s*(?:in|as|on|about|of)\s+")
# Where the unquoted tail of a reported clause ends: a dash, a semicolon, or a new clause
# ("…, which", "…, saying").
CLAUSE_CUT_RE = re.compile(r"\s[—–-]\s|;|, (?:which|while|who|but|and|before|after|as|saying|adding|"
                           r"noting|calling|according)\b")
# A participial phrase after a comma starts narration, not more of the report ("that “top
# secret” information has been found …, elevating the issue …"); "including" and "during"
# are prepositions, and "bring" or "thing" no participles.
PARTICIPLE_CUT_RE = re.compile(r", (?!including\b|during\b)[a-z]{3,}ing\b")
# A quote that closes on a comma (“…,”) and is followed by a conjunction, "which" or a
# participle ends the reported clause: "said it was “resolutely opposed,” but stopped short of
# …" / "called it “partial,” meaning …" (PolNeAR ends the content at the mark).
COMMA_CLOSED_RE = re.compile(r",\s*(?:[”\"’']|'')$")
COMMA_CLOSED_NEXT_RE = re.compile(r"\s+(?:and|but|while|whereas|although|though|yet|which|"
                                  r"(?!including\b|during\b)[a-z]{3,}ing)\b")
# Leave the sentence-final full stop out of a reported clause (PolNeAR does).
TRIM_CLAUSE_END = True
# How many words into a clause its subject may start ("In Paris on Monday, Mr. Macron …").
SUBJECT_MAX_OFFSET = 12

# Verbs (and two prepositions) that introduce or close reported speech.
CUE_WORDS = (
    "said|says|say|saying|told|tells|telling|added|adds|adding|wrote|writes|writing|"
    "asked|asks|asking|stressed|stresses|stressing|warned|warns|warn|warning|noted|notes|noting|"
    "explained|explains|explaining|argued|argues|arguing|insisted|insists|insist|insisting|declared|"
    "declares|declaring|stated|states|stating|tweeted|tweets|tweeting|posted|claimed|claims|"
    "claiming|acknowledged|acknowledges|admitted|admits|announced|announces|replied|replies|"
    "responded|responds|answered|answers|continued|continues|recalled|recalls|emphasized|"
    "emphasised|emphasizes|suggested|suggests|suggesting|urged|urges|urging|predicted|predicts|"
    "cautioned|conceded|concedes|complained|complains|countered|counters|quipped|joked|jokes|"
    "remarked|observed|reiterated|repeated|confirmed|confirms|vowed|vows|vowing|pledged|"
    "pledging|promised|promises|promising|contended|contends|maintained|maintains|concluded|"
    "concludes|reported|reports|thundered|shouted|yelled|exclaimed|boasted|boasts|mused|"
    "marveled|lamented|laments|charged|charges|agreed|agrees|testified|testifies|fumed|"
    "scoffed|pressed|chanted|chanting|read|reads|went on|goes on|pointed out|points out|"
    "put it|puts it|chimed in|wondered|wonders|recounted|described|describes|describing|"
    "called|calls|calling|dubbed|dubbing|labeled|labelled|termed|accused|accuses|accusing|"
    "demanded|demands|demanding|criticized|criticised|praised|denounced|slammed|blasted|"
    "hailed|believes|believe|believed|thinks|think|thought|feels|felt|hopes|hoped|fears|"
    "feared|expects|expected|alleged|alleges|alleging|denied|denies|blamed|blames|"
    "questioned|questions|mocked|derided|defended|defends|according to|According to|as saying"
)
# a coordinated main clause after a comma: "…, and it is holding out …" (its subject follows)
COORDINATED_CLAUSE_RE = re.compile(r"(?:and|but)\s+(it|he|she|they|we)(?=\s)")
# A cue word right after an article is a noun ("one of the states suing", "the claims"); after
# a possessive it is a noun whose owner is the speaker ("his warning that …"), so it stays.
_NOUN_BEFORE = "".join(rf"(?<!\b{d}\s)" for d in ("the", "The", "a", "an", "these", "those", "such",
                                                     "many", "some"))
CUE_RE = re.compile(rf"(?<![\w’'-])(?=(?:{CUE_WORDS})(?![\w’'-])){_NOUN_BEFORE}(?:{CUE_WORDS})(?![\w’'-])")
# A second reporting verb coordinated after a partial quote starts a new report: "said it was
# “resolutely opposed” to the test and warned North Korea …" ends at the quote's clause.
AND_CUE_RE = re.compile(rf"\s(?:and|but)\s+(?:[a-z]+ly\s+)?(?:{CUE_WORDS})(?![\w’'-])")
# A time or place phrase between a subject and its cue ("Trump at the time said", "Beck, who
# has in the past described"): the subject stands before it.
PP_BEFORE_CUE_RE = re.compile(r"\s+(?:at|in|on|during|over)\s+(?:the|that|this|a)\s+(?:[a-z]+\s+)?"
                              r"(?:time|past|moment|end|interview|statement|speech|meantime|meanwhile)\s*$")
# A short parenthesis between a subject and its cue — a party label "(D-MA)", "(R-Ohio)" —
# is skipped when looking for the subject.
PAREN_BEFORE_CUE_RE = re.compile(r"\s*\([^()\n]{1,30}\)\s*,?\s*$")
# Speech verbs whose subject opens the sentence make the whole rest of it their report even
# without "that": "Hillary Clinton says [the administration should … and that she expects
# Obama to announce an “intensification” …]" (an inner cue does not start a new report).
BARE_OUTER_CUES = {"said", "says", "say", "told", "tells", "wrote", "writes", "argued", "argues",
                   "added", "adds", "insisted", "insists", "claimed", "claims", "stated", "states",
                   "believes", "thinks", "predicted", "predicts"}
# Words allowed before the subject of such a bare outer cue (more words mean the cue may not
# be the sentence's main verb) — unless they form one introductory phrase closed by a comma
# ("In an interview on CBS's “Face the Nation,” House Speaker Paul D. Ryan said …").
BARE_OUTER_MAX_LEAD_WORDS = 1
INTRO_PHRASE_RE = re.compile(r"[^,;:]*,[”\"]?\s*")
# Longest capitalised run taken as a clause subject when no entity mention covers it
# ("…, Trump doubled down … and said …": the name was not recognised as an entity).
NAME_SUBJECT_MAX_WORDS = 3
# Naming verbs: the quote is the name given, not part of a longer reported clause.
NAMING_CUES = {"called", "calls", "calling", "dubbed", "dubbing", "labeled", "labelled", "termed",
               "described", "describes", "describing"}
# A noun phrase before a cue is looked for this far back (chars); bounds the work per cue.
NP_WINDOW_CHARS = 400
# Cues of one sentence tried for a quote, nearest first (a sentence of 400 "“x” said"
# would otherwise cost cubic time).
MAX_CUES_TRIED = 8
# Record "called [Clinton's use of email “extremely careless”]" as the reported content
# (PolNeAR does); False keeps only the quoted name.
NAMING_CLAUSE = True
# Cues that name the speaker after them: "according to the report", "quoted X as saying".
PREPOSITION_CUES = {"according to", "According to"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}
# "said through a spokesman, Ann Lee," / "insists through spokeswoman Ann Lee that": the
# body speaks through a named person (a lower-case role of up to three words before the name)
THROUGH_NAME_RE = re.compile(r"\s+through\s+(?:(?:its|their|his|her|a|an|the)\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,?\s+"
                             r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})")
# A reporting verb right before a reported clause's subject ("said it", "said that it").
REPORTED_IT_RE = re.compile(r"(?<![\w’'-])(?:said|says|announced|confirmed|stated)(?:\s+that)?\s+$")
OBJECT_WORDS = {"him", "them", "us", "me", "by", "on", "in", "at", "to", "for", "with", "from",
                "of", "into", "about", "over", "under", "after", "before", "during", "than",
                "as", "if", "not", "no", "what", "how", "why", "there", "here", "himself",
                "herself", "themselves", "itself", "said", "says"}
# Words that end the attributing phrase on its left ("…, and he said").
CLAUSE_WORDS = {
    "that", "who", "which", "and", "but", "as", "when", "while", "because", "if", "after",
    "before", "so", "where", "though", "although", "since", "until", "then", "or", "has",
    "have", "had", "is", "was", "were", "are", "will", "would", "could", "can", "did", "does",
    "do", "not", "never", "to", "by", "for", "with", "on", "in", "at", "from", "about",
}
ADVERBS = {
    "also", "later", "then", "previously", "repeatedly", "again", "once", "recently", "further",
    "simply", "flatly", "bluntly", "quickly", "often", "has", "have", "had", "would", "will",
    "reportedly", "publicly", "privately", "separately", "earlier", "famously", "was", "is",
    "frequently", "angrily", "cheerfully", "recently", "has", "later", "last", "once", "even",
    "repeatedly", "first", "finally", "subsequently", "now", "still", "already", "just",
    "always", "long",
}
# Words in -ing that open a noun phrase as adjectives ("leading Democrats", "acting director").
ING_ADJECTIVES = {"leading", "ruling", "acting", "visiting", "outgoing", "incoming", "governing",
                  "sitting", "ranking", "founding", "managing", "presiding", "remaining",
                  "opposing", "dissenting", "striking", "working", "voting", "polling", "rising"}
# Auxiliaries and copulas: a phrase holding one is a clause, never the name of a speaker.
AUXILIARIES = {"has", "have", "had", "been", "being", "is", "was", "were", "are", "be", "will",
               "would", "could", "should", "can", "may", "might", "must", "did", "does", "do"}
DETERMINERS = {"the", "a", "an", "another", "one", "this", "that", "his", "her", "its", "their",
               "our", "two", "three", "some", "several", "many", "both", "other", "each"}
WORD_RE = re.compile(r"[\w’'.&-]+")
PAST_VERB_BEFORE_QUOTE_RE = re.compile(r"(?<=\w )[a-z]+ed(?=[,:]\s*$)")
# Lowercase words that may stand before a named subject ("Campaign chair Paul Manafort").
LOWER_TITLES = {"chair", "chairman", "chairwoman", "president", "senator", "leader", "director",
                "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide",
                "envoy", "special", "minister", "secretary", "governor", "mayor", "candidate",
                "nominee", "manager", "strategist", "pollster", "official", "former", "chief",
                "campaign", "presidential", "republican", "democratic", "house", "state"}
# A finite verb right after an inverted "said X" shows X is the subject of a reported clause.
COMPLEMENT_VERB_RE = re.compile(r"\s+(?:was|is|were|are|would|will|had|has|could|should|must|can|did|"
                                r"might|may)\b")
# Where a comma-separated stretch of a sentence starts: after a comma, or after the closing
# mark of a quote that ends on one ("“…,” Blige sings to Clinton before asking her").
CLAUSE_BREAK_RE = re.compile(r",[”\"’']?\s+|[”\"]\s+")
# A description of a person opening a clause, before its verb: "the former secretary of state
# talked", "The Florida senator’s answer" is not one (a possessive), "a campaign aide said" is.
PERSON_ROLES = ROLE_NOUNS + "|senator|congressman|congresswoman|businessman|businesswoman|mogul|" \
    "billionaire|governor|spokesperson|host|anchor|moderator|chairman|chairwoman|nominee|candidate"
DESCRIPTION_SUBJECT_RE = re.compile(
    rf"\s*((?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){{0,3}}?(?:{PERSON_ROLES})(?:\s+of\s+(?:the\s+)?[a-z]+)?)"
    rf"(?=\s+(?:[a-z]+ly\s+)?(?!of\b|for\b|at\b|in\b|on\b|and\b|or\b|who\b|which\b|that\b)[a-z]+\b(?![’'-]))")
# A capitalised word right after a word: "Democratic [Sen.] …", "Republican [Donald] …".
NAME_AFTER_RE = re.compile(r"\s+[A-Z]")
# How far after a closing mark a cue still attributes that quote (",” Sen. Claire McCaskill
# (D-Mo.) said"): a quote so attributed speaks on in the next sentence.
AFTER_CUE_MAX_CHARS = 60
# A quote closed on a comma and followed by "and"/"but": a new clause starts ("would “never
# swap the Serin,” and his foreign minister … has said").
QUOTE_COMMA_AND_RE = re.compile(r",[”\"’']+\s+(?:and|but)\s")
# What follows a main clause's subject: its verb (past a party label "(D-Mass.)" or an adverb)
# or an aside ", who …" / ", a …" (never a comma and another name: "Salem, New Hampshire, …").
MAIN_VERB_AFTER_RE = re.compile(r"(?:\s*\([^()\n]{1,30}\))?(?:\s+(?:[a-z]+ly\s+)?[a-z]|\s*,\s+(?:who|which|a|an|the)\s)")
# Clauses opening with these are subordinate: their subject is not the sentence's.
SUBORDINATE_START_RE = re.compile(r"\s*(?:As|When|While|After|Before|Since|If|Although|Though|"
                                  r"Because|Until|Once|Whether|Unless)\s")
# the line right below a quotation (a blank line between at most) opens with a dash and a name, then perhaps a title and an
# organisation after commas: the quotation's source ("— Ada Brix, chair, Tenants' Union")
DASH_LINE_RE = re.compile(r"[ \t]*\n(?:[ \t]*\n)?[ \t]*[―—–]\s*([A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){1,3})(?=\s*(?:,[^\n]*)?[.,]?[ \t]*(?:\n|$))")
DATELINE_RE = re.compile(r"\s*[A-Z][A-Z .,]{2,40}\s+[—–-]\s+")
BREAK_RE = re.compile(r"[,;:“”\"()\n—–]|''|``")


@dataclass(slots=True)
class Attribution:
    start: int | None  # span of the attributing phrase
    end: int | None
    text: str | None
    cue: str | None
    how: str = ""  # after | before | sentence | previous-sentence | inherited
    content_start: int | None = None  # reported clause around a partial quote
    content_end: int | None = None


TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "today", "yesterday", "tonight", "morning", "afternoon", "evening", "night", "week",
              "month", "year", "weekend", "january", "february", "march", "april", "june", "july",
              "august", "september", "october", "november", "december"}


def _adverbial(word: str) -> bool:
    """Words between a subject and its cue verb: "also", "repeatedly", "on Monday"."""
    w = word.lower().strip("’'.,")
    return w in ADVERBS or w in TIME_WORDS or (w.endswith("ly") and len(w) > 4 and w not in {"family", "ally", "italy"})


def _valid(text: str, start: int, end: int) -> bool:
    """Could this phrase name a speaker? (pronoun, a name, or a determiner phrase)."""
    words = text[start:end].split()
    if not words or len(words) > SPEAKER_MAX_WORDS:
        return False
    if len(words) > 1 and words[-1].lower() in PRONOUNS and words[-2].endswith(".") and not words[-2][0].isupper():
        return False  # "…”, a plan launched in 2023. She said": a new sentence's pronoun, not this quote's speaker
    first = words[0].lower().strip("’'")
    if len(words) == 1 and first in PRONOUNS:
        return True
    if first in PRONOUNS or first in OBJECT_WORDS:
        return False
    if words[0].islower() and (first in CLAUSE_WORDS or first.endswith("ing") and first not in ING_ADJECTIVES):
        return False  # "until Haley", "that Ben Carson", "digging up dirt on journalists who"
    if first.replace("’", "'") in {"it's", "there's", "that's", "here's", "what's"}:
        return False  # "It’s become such a presence": a clause
    if words[-1].lower() in {"who", "which"}:
        words = words[:-1]
        if not words:
            return False
    if len(words) > 1 and words[-1].lower() in {"and", "or", "but"}:
        return False  # "the accident investigators and": the end of one clause, not a speaker
    if any(w.lower() in OBJECT_WORDS - {"of", "for", "at", "in", "on"} for w in words[1:]):
        return False
    if any(w in AUXILIARIES for w in words):
        return False  # "a so-called “term” that has since been mocked": a clause, not a speaker
    return any(w[0].isupper() for w in words) or first in DETERMINERS or words[-1].endswith("s")


def _phrase_left(text: str, end: int, limit: int) -> tuple[int, int] | None:
    """The subject just before a cue verb; for "X, <apposition or aside>, said" it is X."""
    paren = PAREN_BEFORE_CUE_RE.search(text, limit, end)
    if paren is not None and paren.start() > limit:
        end = paren.start()  # "Sen. Elizabeth Warren (D-MA) said": the name before the label
    pp = PP_BEFORE_CUE_RE.search(text, limit, end)
    if pp is not None and pp.start() > limit and re.search(r"\w", text[max(limit, pp.start() - 3): pp.start()]):
        end = pp.start()  # "Trump at the time said", "who has in the past described"
    m = re.search(r",\s*$", text[limit:end])
    if m is not None:
        comma = limit + m.start()
        opening = text.rfind(",", limit, comma)
        while opening > limit and text[opening - 1].isdigit() and text[opening + 1: opening + 2].isdigit():
            opening = text.rfind(",", limit, opening)  # "more than 9,000 signatures": a digit group, no aside
        if opening > 0 and comma - opening < APPOSITION_MAX_CHARS:
            span = _np_left(text, opening, limit)
            if span is not None:
                return span
    return _np_left(text, end, limit)


# A preposition right before a noun phrase: "… marching [through] the streets chanted".
PREP_BEFORE_RE = re.compile(r"(?<=\w)\s+(?:of|for|at|in|on|through|from)\s+$")
# The first conjunct of a coordinated subject: one to four capitalised words right before
# "and", after a lower-case word, a comma or the clause start ("envoy Colm Ardmore and …").
COORDINATED_NAME_RE = re.compile(r"(?:^|(?<=[\s,]))((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+and\s+$")
# Capitalised words that open a clause and never a name ("But Trump and Cruz said").
NOT_NAME_STARTS = {"But", "And", "The", "A", "An", "In", "On", "At", "As", "When", "While", "After",
                   "Before", "Since", "If", "So", "Then", "Now", "Also", "Both", "Even"}


# Lower-case words inside a name, between capitalised words ("Department for Education",
# "Bank of England", "Friends of the Earth" is left out: "the" ends the phrase)
NAME_LINKS = {"for", "of"}
NAME_WORD_BEFORE_RE = re.compile(r"[A-Z][\w’'.-]*\s+$")
# a name right before "of the": "Ada Brixley of [the Tenants' Union]", after a lower-case word,
# a comma or the clause start
NAME_OF_THE_RE = re.compile(r"(?:^|(?<=[\s,]))((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+of\s+$")


def _np_left(text: str, end: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase that ends at ``end``."""
    chosen: list[re.Match] = []
    pos = end
    for m in reversed(list(WORD_RE.finditer(text, max(limit, end - NP_WINDOW_CHARS), end))):
        gap = text[m.end(): pos]
        only_who = len(chosen) == 1 and chosen[0].group().lower() == "who"
        if BREAK_RE.search(gap) and not (only_who and gap.strip() in {",", "—", "–"}) \
                and (chosen or gap.strip() != ","):
            break
        w = m.group().lower().strip("’'")
        if not chosen and (_adverbial(w) or w in {"on", "in", "this", "last", "early", "late"}):
            pos = m.start()
            continue
        if w in {"who", "which"} and not chosen:
            chosen.append(m)  # "Rikkie Wells who tweeted": keep "who" and its antecedent
            pos = m.start()
            continue
        if w in NAME_LINKS and chosen and chosen[-1].group()[0].isupper() and NAME_WORD_BEFORE_RE.search(text, limit, m.start()):
            chosen.append(m)  # "The Department for Education said": one name, "for" inside it
            pos = m.start()
            continue
        if w in CLAUSE_WORDS:
            break
        chosen.append(m)
        pos = m.start()
        if w in PRONOUNS or w in DETERMINERS or len(chosen) >= SPEAKER_MAX_WORDS:
            break
    if not chosen or (len(chosen) == 1 and chosen[0].group().lower() in {"who", "which"}):
        return None
    span = chosen[-1].start(), chosen[0].end()
    prep = PREP_BEFORE_RE.search(text, max(limit, span[0] - 12), span[0])
    if prep is not None and chosen[-1].group().lower() in DETERMINERS and prep.start() > limit \
            and not any(c.group()[0].isupper() or c.group().lower() in {"who", "which"} for c in chosen):
        # "Protesters marching through the streets chanted": a common noun after a
        # preposition is its object; the subject is the phrase it belongs to
        outer = _np_left(text, prep.start(), limit)
        if outer is not None and outer[1] == prep.start() and _valid(text, outer[0], span[1]):
            span = outer[0], span[1]
    owner = NAME_OF_THE_RE.search(text, max(limit, span[0] - NP_WINDOW_CHARS), span[0])
    if owner is not None and chosen[-1].group().lower() == "the" and chosen[-2:-1] and chosen[-2].group()[0].isupper() \
            and owner.group(1).split()[0] not in NOT_NAME_STARTS:
        # "Ada Brixley of the Millbank Tenants' Union said": the name the organisation qualifies
        # heads the subject ("the Department of the Interior said" stays one name too)
        span = owner.start(1), span[1]
    if any(c.group()[0].isupper() for c in chosen):
        # "Colm Ardmore and his son-in-law Piet Tollan have urged": a coordinated subject
        # starts at its first conjunct, a name right before "and"
        first = COORDINATED_NAME_RE.search(text, max(limit, span[0] - NP_WINDOW_CHARS), span[0])
        if first is not None and first.group(1).split()[0] not in NOT_NAME_STARTS:
            span = first.start(1), span[1]
    if chosen[0].group().endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.", chosen[0].group()):
        span = span[0], span[1] - 1
    return span if _valid(text, *span) else None


def _phrase_right(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase that starts at ``start`` (the speaker after "said" / "according to")."""
    out: list[re.Match] = []
    pos = start
    for m in WORD_RE.finditer(text, start, limit):
        if out and BREAK_RE.search(text, pos, m.start()):
            break
        w = m.group()
        if out and w.lower() in CLAUSE_WORDS | {"in", "on", "at", "during", "to", "after", "last"}:
            break
        out.append(m)
        pos = m.end()
        if w.lower() in PRONOUNS or len(out) >= SPEAKER_MAX_WORDS:
            break
        if w.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.", w):
            break  # sentence end ("said Mr. Garin." ends at the name)
    if not out:
        return None
    end = out[-1].end()
    if text[end - 1] == "." and not re.fullmatch(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.", out[-1].group()):
        end -= 1
    span = out[0].start(), end
    return span if _valid(text, *span) else None


# where the words after a closing mark stop: a line end, a mark, or a sentence's end
_WINDOW_CUT_RE = re.compile(r"[\n“”\"]|''|``|(?<=[a-z]{2})[.!?](?=\s|$)")
_TITLE_ENDS = tuple(" " + t for t in TITLE_ABBREVIATIONS)  # " Sgt.": a title's period


# A full stop right after a closing mark ("… the scheme is “not sustainable”. Teachers say …"):
# the partial quote sat inside a sentence that has ended
FULL_STOP_AFTER_RE = re.compile(r"[”\"’']?\.\s+[A-Z]")


class Attributor:
    """Attributions for the quotes of one text (entity mentions help find clause subjects)."""

    def __init__(self, text: str, spans: list[QuoteSpan], sentences: list[tuple[int, int]],
                 mentions: list[tuple[int, int, str]]):
        self.text = text
        self.spans = spans
        self.sentences = sentences
        self.sent_starts = [s for s, _ in sentences]
        self.mentions = sorted(mentions)  # (start, end, type)
        # the first named mention starting at each offset, of a type that can be a subject
        self.subject_mentions: dict[int, tuple[int, int]] = {}
        for s, e, label in self.mentions:
            if label in {"PERSON", "ORG", "GPE", "NORP"}:
                self.subject_mentions.setdefault(s, (s, e))
        self.norp_mentions = {(s, e) for s, e, label in self.mentions if label == "NORP"}
        self.marks = sorted((q.open_mark, q.close_mark or q.end) for q in spans)
        self.mark_starts = [o for o, _ in self.marks]
        self.newlines = [m.start() for m in re.finditer("\n", text)]

    def _line_start(self, pos: int) -> int:
        """``text.rfind("\\n", 0, pos) + 1`` by bisection: scanning back per quote was quadratic."""
        k = bisect_left(self.newlines, pos) - 1
        return self.newlines[k] + 1 if k >= 0 else 0

    def _in_quote(self, pos: int) -> bool:
        k = bisect_left(self.mark_starts, pos + 1) - 1  # marks are in text order, disjoint
        return k >= 0 and pos < self.marks[k][1]

    def _sentence(self, pos: int) -> tuple[int, int] | None:
        k = bisect_left(self.sent_starts, pos + 1) - 1
        return self.sentences[k] if k >= 0 else None

    def _clause_subject(self, lo: int, hi: int) -> tuple[int, int] | None:
        """Subject of the clause that ends at ``hi``: tried from the last comma first
        ("When Trump suggested …, Rubio fired back: “"), then from ``lo``."""
        dateline = DATELINE_RE.match(self.text, lo, hi)
        if dateline is not None:
            lo = dateline.end()  # "SELMAR — …": the dateline is no subject
        comma = self.text.rfind(", ", lo, hi)
        if comma > lo:
            span = self._first_subject(comma + 2, hi)
            if span is not None:
                return span
            if SUBORDINATE_START_RE.match(self.text, lo):
                return None  # "As X sat …, hundreds gathered …": X is not the main subject
        return self._first_subject(lo, hi)

    def _first_subject(self, lo: int, hi: int) -> tuple[int, int] | None:
        """First pronoun or named (PERSON/ORG/GPE) mention of the clause ``lo..hi`` (or a
        capitalised run that opens it right before a lowercase verb, or a description of a
        person that does: "the former secretary of state talked about …")."""
        desc = DESCRIPTION_SUBJECT_RE.match(self.text, lo, hi)
        if desc is not None and not self._in_quote(desc.start(1)):
            return desc.start(1), desc.end(1)
        caps = []  # the capitalised words the clause opens with
        for k, m in enumerate(WORD_RE.finditer(self.text, lo, hi)):
            if k > SUBJECT_MAX_OFFSET or self._in_quote(m.start()):
                return None
            if m.group() in {"He", "She", "They", "We", "I", "he", "she", "they", "we"}:
                return m.start(), m.end()
            named = self.subject_mentions.get(m.start())
            if named is not None and not (named in self.norp_mentions
                                          and NAME_AFTER_RE.match(self.text, named[1], hi)):
                return named  # not "Democratic" in "Democratic Sen. Claire McCaskill said"
            w = m.group()
            if not (w[0].isupper() or w.lower() in DETERMINERS or w.endswith(("’s", "'s"))
                    or w.lower() in LOWER_TITLES):
                if caps and k == len(caps) and len(caps) <= NAME_SUBJECT_MAX_WORDS \
                        and w.lower() not in CLAUSE_WORDS and w.lower() not in OBJECT_WORDS and not _adverbial(w) \
                        and caps[0].group().lower() not in DETERMINERS \
                        and caps[0].group() not in NOT_NAMES and not caps[0].group().endswith(("ing", "ly")) \
                        and re.fullmatch(r"\s+", self.text[caps[-1].end(): m.start()]):
                    # the clause opens with capitalised words and then a verb ("Trump doubled
                    # down"): a name the entity finder missed
                    return caps[0].start(), caps[-1].end()
                return None  # a verb or preposition came first: the mention is not the subject
            if w[0].isupper() and not w.endswith(("’s", "'s")):
                caps.append(m)
        return None

    # -- step 1 ---------------------------------------------------------------------------
    def after(self, q: QuoteSpan) -> Attribution | None:
        if q.close_mark is None:
            return None
        text = self.text
        window = text[q.close_mark: q.close_mark + AFTER_WINDOW]
        if FULL_STOP_AFTER_RE.match(window) and text[q.start: q.end].rstrip()[-1:] not in ".!?,":
            return None  # "… is “beyond repair”. Swimmers say …": the quote's sentence ended; the next is another's
        dash_line = DASH_LINE_RE.match(window)
        if dash_line is not None:
            # a block quotation with its source on the line below: "“…”" / "— Ada Brix, chair, Tenants' Union"
            s0 = q.close_mark + dash_line.start(1)
            return Attribution(s0, s0 + len(dash_line.group(1)), dash_line.group(1), None, "after")
        cut = next((m for m in _WINDOW_CUT_RE.finditer(window)
                    if not window.endswith(_TITLE_ENDS, 0, m.end())), None)  # "said Sgt. Paul Roe": no sentence end
        if cut:
            window = window[: cut.start()]
        lead = re.match(r"[\s,.!?—–-]*", window).end()
        base, body = q.close_mark + lead, window[lead:]
        cue = CUE_RE.search(body)
        byline = re.match(r"\s*[―—–]\s*([A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){1,3})\s*[.,]?\s*$", window)
        if byline is not None:
            # epigraph style: "“…” ― Ariana Huichapa."
            s0 = q.close_mark + byline.start(1)
            name = byline.group(1).rstrip(" .,")
            return Attribution(s0, s0 + len(name), name, None, "after")
        if cue is not None and body[: cue.start()].strip() == "":
            # inverted: ",” said Geoff Garin" / ", according to the report" (not after a dash:
            # "“…” — said his discussion …" continues the sentence's own subject)
            if re.search(r"[—–]", window[:lead]):
                return None
            if cue.group().endswith("ing"):
                return None  # "“fantastic,” telling reporters": the participle's subject is the clause's
            span = _phrase_right(text, base + cue.end(), base + len(body))
            if span is not None and COMPLEMENT_VERB_RE.match(text, span[1]):
                return None  # "“…,” said his government was ready": a clause, not a speaker
            return Attribution(*span, text[span[0]: span[1]], cue.group(), "after") if span else None
        inner = text[q.start: q.end]
        head = body[: cue.start()] if cue is not None else ""
        cue_text = cue.group() if cue is not None else None
        if "," in head.rstrip() and not head.rstrip().endswith(","):
            cue = None  # "Later in the summer, she revised …" is a new clause, not "X, a …, said"
        if cue is not None and inner[-1:] in ".!?" and "," in head:
            return None  # a finished sentence is followed by a new one, not by "X, a …, said"
        if cue is not None and inner[-1:] == "." and body[cue.end():].strip(" ,.") and \
                not re.match(r"\s*(?:on|in|at|during|after|before|to|of)\b", body[cue.end():]):
            # "… a hard “no.” Zelenskyy questioned the fairness …": a new sentence, whose verb
            # has an object; a real "…war.” he said" ends right after the cue
            return None
        if cue is None or len(head.split(",")[0].split()) > SPEAKER_MAX_WORDS:
            # ",” Toomey fumed": a comma-ended quote followed by "<name> <verb>"
            m = re.match(rf"((?:[A-Z][\w’'.-]*\s+){{1,4}}|(?:he|she|they|we|I)\s+)([a-z]+(?:ed|s)|{IRREGULAR_PAST})\b", body)
            if not inner.endswith(",") or m is None:
                return None
            head, cue_text = m.group(1), m.group(2)
        chunk = head.split(",")[0].rstrip()
        label = PAREN_BEFORE_CUE_RE.search(chunk)
        if label is not None and label.start() > 0:
            chunk = chunk[: label.start()]  # "Sen. Claire McCaskill (D-Mo.) said": the party label is no name
        words = chunk.split()
        while len(words) > 1 and _adverbial(words[-1]):
            words.pop()
        start = base + len(head) - len(head.lstrip())
        end = start + len(" ".join(words)) if words else start
        if not words or not _valid(text, start, end) or " ".join(words) != text[start:end]:
            return None
        return Attribution(start, end, text[start:end], cue_text, "after")

    # -- step 2 ---------------------------------------------------------------------------
    def before(self, q: QuoteSpan) -> Attribution | None:
        text = self.text
        para_start = self._line_start(q.open_mark)
        lo = max(para_start, q.open_mark - BEFORE_WINDOW)
        hi = q.open_mark
        if text[lo:hi].strip() == "" and para_start > 0:
            # a quote opening its paragraph: the previous one may end in "X said:"
            prev_end = para_start - 1
            while prev_end > 0 and text[prev_end - 1].isspace():
                prev_end -= 1
            if prev_end == 0 or text[prev_end - 1] != ":":
                return None
            lo, hi = max(0, text.rfind("\n", 0, prev_end - 1) + 1), prev_end
        window = text[lo:hi]
        label = re.search(r"(?:^|[.!?”\"]\s+|\n|\s[-—–]\s*)((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*):\s*$", window)
        if label is not None and not CUE_RE.search(label.group(1)):
            # transcript style: "Bush: “The mission is …”"
            s, e = lo + label.start(1), lo + label.end(1)
            return Attribution(s, e, text[s:e], None, "before")
        m = None
        for m in CUE_RE.finditer(text, lo, hi):
            pass
        if (m is None or m.end() < hi - BEFORE_TAIL_MAX) and re.search(r":\s*$", window):
            # "X delivered a blunt message to Trump: “…”": the clause's subject
            sent = self._sentence(hi - 1)
            if sent is not None and sent[0] >= lo:
                span = self._clause_subject(sent[0], hi)
                if span is None and not DATELINE_RE.match(text, sent[0], hi) \
                        and not SUBORDINATE_START_RE.match(text, sent[0], hi):
                    span = _phrase_right(text, sent[0], hi)
                    first = text[span[0]: span[1]].split()[0] if span is not None else ""
                    if span is not None and ((first in NOT_NAMES and first.lower() not in DETERMINERS)
                                             or not MAIN_VERB_AFTER_RE.match(text, span[1], hi)):
                        span = None  # "Wait, it gets better:" / "Each election cycle, …": no subject
                if span is not None:
                    return Attribution(*span, text[span[0]: span[1]], None, "before")
        if m is None or m.end() < hi - BEFORE_TAIL_MAX:
            # "Silverman interjected, “…": any past-tense verb right before ", “" or ": “"
            m = PAST_VERB_BEFORE_QUOTE_RE.search(text, lo, hi)
        if m is None or self._in_quote(m.start()):
            return None
        tail = text[m.end(): hi]
        if not re.fullmatch(rf"[^.!?“”\"]{{0,{BEFORE_TAIL_MAX}}}?[,:]\s*|\s*", tail):
            return None
        if m.group() in PREPOSITION_CUES:
            span = _phrase_right(text, m.end(), hi)
        else:
            span = self._subject_of(m, lo)
        if span is None:
            return None
        return Attribution(*span, text[span[0]: span[1]], m.group(), "before")

    def _subject_of(self, cue: re.Match, lo: int) -> tuple[int, int] | None:
        """Subject of a cue verb: the phrase on its left, or for participles and coordinated
        verbs ("…, saying", "… and said") the subject of the main clause."""
        text = self.text
        via = THROUGH_NAME_RE.match(text, cue.end())
        if via is not None:
            return via.span("name")  # "the utility insists through spokeswoman X that …": X speaks
        left = text[max(lo, cue.start() - 6): cue.start()]
        if cue.group().endswith("ing") and re.search(r"\w\s+$", left):
            span = _phrase_left(text, cue.start(), lo)  # "with Donald Trump tweeting that"
            if span is not None and (text[span[0]].isupper() or text[span[0]: span[1]].lower() in PRONOUNS):
                return span
        if cue.group().endswith("ing") or re.search(r"\b(?:and|but)\s+$", left):
            sent = self._sentence(cue.start()) or (lo, cue.start())
            s0 = max(sent[0], lo)
            for prev in reversed(list(CUE_RE.finditer(text, s0, cue.start()))):
                # "“…,” he said, calling the issue “very sensitive.”": the earlier cue's subject
                if not self._in_quote(prev.start()) and not prev.group().endswith("ing"):
                    span = _phrase_left(text, prev.start(), s0)
                    if span is not None:
                        return span
            span = self._main_subject(s0, cue.start()) or self._clause_subject(s0, cue.start())
            if span is None and not self._in_quote(s0):
                span = _phrase_right(text, s0, cue.start())
            return span
        span = _phrase_left(text, cue.start(), lo)
        if span is not None and text[span[0]: span[1]].lower() == "it":
            # "The regulator's office said it expected …": an "it" reported by an earlier cue
            # of the clause stands for that cue's (non-person) subject
            outer = REPORTED_IT_RE.search(text, max(lo, span[0] - 40), span[0])
            if outer is not None and not self._in_quote(outer.start()):
                prev = CUE_RE.match(text, outer.start())
                head = self._subject_of(prev, lo) if prev is not None else None
                if head is not None and text[head[0]: head[1]].lower() not in PRONOUNS:
                    return head
        return span

    def _main_subject(self, lo: int, hi: int) -> tuple[int, int] | None:
        """Subject of the main clause of ``lo..hi``: the first comma-separated stretch that
        opens with a subject followed by its verb (or by ", who …" / ", a …" asides).
        Introductory phrases are passed over: "Speaking at a town hall in Salem, New
        Hampshire, [Trump] went after Bush, calling him …", "But a few days later, [Trump]
        reversed himself, telling CBS …"."""
        starts = [lo] + [m.end() for m in CLAUSE_BREAK_RE.finditer(self.text, lo, hi)]
        for st in starts:
            if self._in_quote(st) or SUBORDINATE_START_RE.match(self.text, st):
                continue
            conj = COORDINATED_CLAUSE_RE.match(self.text, st, hi)
            if conj is not None:
                # "…, and it is holding out against …, claiming “…”": the coordinated clause's own
                # pronoun subject (an "it" too: the first clause is no subject of the participle)
                span = conj.start(1), conj.end(1)
                if MAIN_VERB_AFTER_RE.match(self.text, span[1], hi):
                    return span
            span = self._first_subject(st, hi)
            if span is not None and MAIN_VERB_AFTER_RE.match(self.text, span[1], hi):
                return span
        return None

    # -- step 3 ---------------------------------------------------------------------------
    def in_sentence(self, q: QuoteSpan) -> Attribution | None:
        sent = self._sentence(q.open_mark)
        if sent is None:
            return None
        para_start = self._line_start(q.open_mark)
        s0, s1 = max(sent[0], para_start), sent[1]
        found = []
        for m in CUE_RE.finditer(self.text, s0, s1):
            if self._in_quote(m.start()):
                continue  # a cue inside a quote is not an attribution
            before = m.end() <= q.open_mark
            found.append((0 if before else 1, abs(q.open_mark - m.end()) if before else m.start() - q.end, m))
        found = [(-1 if m.group() in PREPOSITION_CUES else side, dist, m) for side, dist, m in found]
        for _, _, m in sorted(found, key=lambda f: (f[0], f[1]))[:MAX_CUES_TRIED]:
            if m.group() in PREPOSITION_CUES:
                span = _phrase_right(self.text, m.end(), s1)
            else:
                span = self._subject_of(m, s0) or (None if m.end() <= q.open_mark
                                                     else _phrase_right(self.text, m.end(), s1))
            if span is None:
                continue
            att = Attribution(*span, self.text[span[0]: span[1]], m.group(), "sentence")
            if m.group() in PREPOSITION_CUES and m.end() <= q.open_mark:
                # "According to ProPublica, [Clinton praised her “wonderful donors” …]"
                comma = self.text.find(",", span[1], q.open_mark)
                if comma >= 0 and self.text[span[1]: comma].strip() == "" \
                        and self.text[s0: m.start()].strip() == "":
                    att.content_start = LEAD_PUNCT_RE.match(self.text, comma).end()
                    att.content_end = self._clause_end(q, s1)
                return att
            if m.start() >= (q.close_mark or q.end):
                trailing = self._trailing_content(q, s0, s1, min(span[0], m.start()))
                if trailing is not None:
                    att.content_start, att.content_end = trailing
                return att
            opens_sentence = re.search(r"(?:^|[.!?:])\s*$", self.text[s0: q.open_mark]) is not None
            if m.end() <= q.open_mark and (NAMING_CLAUSE or m.group() not in NAMING_CUES) and not opens_sentence:
                # a partial quote: the reported clause runs from after the cue to the end of
                # the sentence (or to the last quote, when a long unquoted tail follows it)
                att.content_start = self._clause_start(m.end(), q.open_mark)
                att.content_end = self._clause_end(q, s1)
                outer = self._outer_clause(s0, m.start())
                if m.group().endswith("ing") and m.group() not in NAMING_CUES \
                        and re.search(r",\s*$", self.text[s0: m.start()]):
                    outer = None  # "X argued that …, saying [it’s “all about management.”]"
                if outer is not None:
                    # "Clinton said Wednesday [that she called Sanders … what she called “an
                    # extraordinary campaign.”]": the outer report holds the inner one
                    att.content_start = outer[0]
                    if OUTER_SPEAKER:
                        att.start, att.end = outer[1]
                        att.text, att.cue = self.text[att.start: att.end], outer[2]
            return att
        return None

    def _nest_in_outer(self, q: QuoteSpan, att: Attribution) -> None:
        """"Clinton said that she congratulated him on what she called “an extraordinary
        campaign.”": the named quote is part of the outer report (content and speaker)."""
        sent = self._sentence(q.open_mark)
        if sent is None:
            return
        s0 = max(sent[0], self._line_start(q.open_mark))
        outer = self._outer_clause(s0, att.start)
        if outer is None:
            return
        att.content_start, att.content_end = outer[0], self._clause_end(q, sent[1])
        if OUTER_SPEAKER:
            att.start, att.end = outer[1]
            att.text, att.cue = self.text[att.start: att.end], outer[2]

    def _trailing_content(self, q: QuoteSpan, s0: int, s1: int, att_start: int) -> tuple[int, int] | None:
        """For an attribution that closes its sentence ("…, the lawsuit alleges." /
        "…, according to campaign manager Jeff Weaver."), the reported content is the
        sentence before it: from the sentence start (when no other cue or quote opens it)
        to the comma that introduces the attribution."""
        comma = self.text.rfind(",", q.close_mark or q.end, att_start)
        if comma < 0 or self.text[comma + 1: att_start].strip():
            return None  # "…” in a statement issued by X said": not a closing attribution
        start = q.start
        lead = self.text[s0: q.open_mark]
        if lead.strip() and not CUE_RE.search(lead) and not re.search(r"[“”\"]|''", lead):
            start = s0
        return start, comma

    def _outer_clause(self, s0: int, before: int) -> tuple[int, tuple[int, int], str] | None:
        """The earliest "X said (…) that" of the sentence before ``before`` — or a bare
        "X says …" opening it (:meth:`_bare_outer`): (start of its clause, its speaker span,
        its cue)."""
        for m in CUE_RE.finditer(self.text, s0, before):
            if self._in_quote(m.start()) or m.group() in NAMING_CUES or m.group() in PREPOSITION_CUES:
                continue
            that = THAT_RE.search(self.text, m.end(), before)
            if that is None or len(self.text[m.end(): that.start()].split()) > THAT_MAX_OFFSET_WORDS \
                    or re.search(r"[.;:“”\"]", self.text[m.end(): that.start()]):
                bare = self._bare_outer(s0, m, before)
                if bare is not None:
                    return bare
                continue
            if CLAUSE_CUT_RE.search(self.text, that.end(), before) \
                    or QUOTE_COMMA_AND_RE.search(self.text, that.end(), before):
                continue  # "X said that …, and Y called it “…”": Y's words are not in X's report
            span = self._subject_of(m, s0)
            if span is not None:
                return that.start(), span, m.group()
        return None

    def _bare_outer(self, s0: int, cue: re.Match, before: int) -> tuple[int, tuple[int, int], str] | None:
        """"Hillary Clinton says [the administration … and that she expects …]": a speech cue
        without "that" whose subject opens the sentence, with no clause break up to ``before``."""
        if cue.group() not in BARE_OUTER_CUES or CLAUSE_CUT_RE.search(self.text, cue.end(), before) \
                or re.search(r"[.;:“”\"]", self.text[cue.end(): before]) \
                or re.search(r"\b(?:and|but|who|which)\s*$", self.text[s0: cue.start()]):
            return None  # a coordinated verb or a relative clause is not the main report
        span = self._subject_of(cue, s0)
        lead_in = self.text[s0: span[0]] if span is not None else ""
        if span is None or (len(lead_in.split()) > BARE_OUTER_MAX_LEAD_WORDS
                            and not (INTRO_PHRASE_RE.fullmatch(lead_in) and not CUE_RE.search(lead_in))) \
                or self.text[span[0]: span[1]].lower() in {"who", "which"}:
            return None
        lead = LEAD_PUNCT_RE.match(self.text, cue.end())
        return (lead.end() if lead else cue.end()), span, cue.group()

    def _clause_start(self, cue_end: int, open_mark: int) -> int:
        """Where the reported clause after a cue begins: at "that" when only a few words
        ("on Friday", "in a statement in March") stand between cue and "that"; past
        a colon, or a comma before a quote that opens a sentence ("said on Twitter on Monday,
        in reference to …, “Next summer …”"); past a preposition right after the cue
        ("believes in …")."""
        seg = self.text[cue_end: open_mark]
        verb = None
        for verb in COORDINATED_VERB_RE.finditer(seg):
            pass
        if verb is not None:
            # "criticized X and [dismissed] the “identity politics”": the nearer verb's object
            cue_end, seg = cue_end + verb.end(), seg[verb.end():]
        that = THAT_RE.search(seg)
        if that is not None:
            between = seg[: that.start()].split()
            if len(between) <= THAT_MAX_OFFSET_WORDS:
                return cue_end + that.start()
        colon = seg.rfind(":")
        if colon >= 0 or (seg.rstrip().endswith(",")
                          and re.match(r"\W*[A-Z]", self.text[open_mark + 1: open_mark + 4])):
            return open_mark
        lead = LEAD_PREP_RE.match(seg) or LEAD_PUNCT_RE.match(seg)
        return cue_end + (lead.end() if lead else 0)

    def _clause_end(self, q: QuoteSpan, s1: int) -> int:
        last = q.close_mark or q.end
        k = bisect_left(self.mark_starts, last)  # marks before ``last`` never qualify
        while k < len(self.marks) and self.marks[k][0] < s1:
            o, c = self.marks[k]
            if last <= o:
                last = c
            k += 1
        tail = self.text[last: s1]
        if COMMA_CLOSED_RE.search(self.text, max(0, last - 4), last) and COMMA_CLOSED_NEXT_RE.match(tail):
            return last  # "“jobs, jobs, jobs,” but he has also …"
        cuts = [m for m in (CLAUSE_CUT_RE.search(tail), AND_CUE_RE.search(tail),
                            PARTICIPLE_CUT_RE.search(tail)) if m is not None]
        cut = min(cuts, key=lambda m: m.start()) if cuts else None
        if cut is not None:
            return last + cut.start()
        if len(tail.split()) > CONTENT_TAIL_MAX_WORDS:
            return last
        end = max(last, s1)
        if end > last and TRIM_CLAUSE_END:
            # the sentence's full stop (and a stray bracket or dash) is not reported content
            while end > last and self.text[end - 1] in ".!?)]—–- ":
                end -= 1
        return end

    # -- step 4 ---------------------------------------------------------------------------
    def previous_sentence(self, q: QuoteSpan) -> Attribution | None:
        para_start = self._line_start(q.open_mark)
        sent = self._sentence(q.open_mark)
        if sent is None or sent[0] < q.open_mark - 1 or sent[0] <= para_start:
            return None  # the quote must open a sentence that is not the paragraph's first
        k = self.sent_starts.index(sent[0])
        prev = self.sentences[k - 1]
        if self._in_quote(prev[0]) or prev[0] < para_start:
            return None
        k = bisect_left(self.mark_starts, prev[0])
        while k < len(self.marks) and self.marks[k][0] < prev[1]:
            close = self.marks[k][1]
            cue = CUE_RE.search(self.text, close, min(prev[1], close + AFTER_CUE_MAX_CHARS))
            if cue is not None and not self._in_quote(cue.start()):
                return None  # "X scolded him: “…,” she said. “…”": the quote before speaks on
            k += 1
        span = self._main_subject(prev[0], prev[1]) or self._clause_subject(prev[0], prev[1])
        if span is None or len(self.text[prev[0]: span[0]].split()) > SUBJECT_MAX_OFFSET:
            return None
        return Attribution(*span, self.text[span[0]: span[1]], None, "previous-sentence")

    def sentence_subject(self, q: QuoteSpan) -> Attribution | None:
        """Step 3b: a quote inside a sentence with no cue verb belongs to the sentence's
        subject when that is a person or a personal pronoun ("Weaver dismissed that as a
        sign of “disarray.”"); :mod:`.resolve` decides whether that makes it speech."""
        sent = self._sentence(q.open_mark)
        if sent is None or self.opens_sentence(q):
            return None
        para_start = self._line_start(q.open_mark)
        s0 = max(sent[0], para_start)
        span = self._clause_subject(s0, q.open_mark)
        if span is None:
            return None
        att = Attribution(*span, self.text[span[0]: span[1]], None, "subject")
        # the reported content is what follows the subject's verb ("dismissed [the whole
        # kerfuffle as “absurd.”]"), up to the end of the clause
        verb = SUBJECT_VERB_RE.match(self.text, span[1], q.open_mark)
        if verb is not None and SUBJECT_CONTENT and verb.group(1).lower() not in NOT_CONTENT_VERBS:
            att.content_start = LEAD_PUNCT_RE.match(self.text, verb.end()).end() \
                if LEAD_PUNCT_RE.match(self.text, verb.end()) else verb.end()
            att.content_end = self._clause_end(q, sent[1])
        return att

    def opens_sentence(self, q: QuoteSpan) -> bool:
        sent = self._sentence(q.open_mark)
        return sent is None or re.fullmatch(r"[\s(\[—–-]*", self.text[sent[0]: q.open_mark]) is not None

    def attribute(self, q: QuoteSpan) -> Attribution | None:
        att = self.after(q) or self.before(q) or self.in_sentence(q) or self.sentence_subject(q)
        if att is not None and att.how == "before" and att.cue and not self.opens_sentence(q) \
                and not re.search(r"[,:]\s*$", self.text[att.end: q.open_mark]):
            self._nest_in_outer(q, att)
        if att is None and len(self.text[q.start: q.end].split()) >= 3:
            att = self.previous_sentence(q)
        if att is not None and att.content_start is None:
            att.content_start, att.content_end = self._content(q) if att.how == "after" else (q.start, q.end)
        return att

    def _content(self, q: QuoteSpan) -> tuple[int, int]:
        """Quote span, widened to the sentence start when the sentence opens with unquoted
        words that the same attribution covers ("The deal “looks out for …,” Sanders wrote");
        a lead ending in a colon introduces the quote and is not part of it."""
        sent = self._sentence(q.open_mark)
        start = q.start
        if sent is not None and sent[0] < q.open_mark:
            lead = self.text[sent[0]: q.open_mark]
            if lead.strip() and not CUE_RE.search(lead) and not re.search(r"[“”\"]|''", lead) \
                    and len(lead.split()) <= CONTENT_LEAD_MAX_WORDS \
                    and not lead.rstrip().endswith(":"):  # "X scolded him: “…,” she said"
                start = sent[0]
        return start, q.end


# A transcript turn: a quoted paragraph that opens with its speaker's label, in capitals
# ("WALLACE: Let’s start …") or as a name the entity rules found ("Chris Matthews: …").
LABEL_CAPS_RE = re.compile(r"([A-Z][A-Z.’'-]+(?:\s+[A-Z][A-Z.’'-]+){0,3}):[ \t\u00a0]+(?=\S)")
LABEL_NAME_RE = re.compile(r"([A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,2}):[ \t\u00a0]+(?=\S)")


def transcript_label(text: str, q: QuoteSpan, mentions: list[tuple[int, int, str]]) -> Attribution | None:
    """The speaker label that opens a quoted paragraph of a transcript ("WALLACE: …"), as an
    attribution whose content is the turn after the label; None when there is none.

    Only a quote whose opening mark starts its paragraph qualifies, and a label in mixed
    case only when it is a person the entity rules found (so "Update: …" is no speaker)."""
    line = text.rfind("\n", 0, q.open_mark) + 1
    if text[line: q.open_mark].strip():
        return None
    m = LABEL_CAPS_RE.match(text, q.start, q.end)
    if m is None or sum(c.isalpha() for c in m.group(1)) < 2:
        m = LABEL_NAME_RE.match(text, q.start, q.end)
        if m is None or not any(s == m.start(1) and e == m.end(1) and label == "PERSON"
                                for s, e, label in mentions):
            return None
    return Attribution(m.start(1), m.end(1), m.group(1), None, "label", m.end(), q.end)


def attribute(text: str, spans: list[QuoteSpan], sentences: list[tuple[int, int]],
              mentions: list[tuple[int, int, str]]) -> list[Attribution | None]:
    """Attribution (or None) for every quote span, steps 1–4 above.

    A transcript turn's span is narrowed here to the words after its label (the label is
    the speaker, not part of the quote): ``spans`` are changed in place."""
    att = Attributor(text, spans, sentences, mentions)
    out = []
    for q in spans:
        label = transcript_label(text, q, mentions) if q.open_mark <= q.start else None
        if label is not None:
            q.start = label.content_start
            out.append(label)
        else:
            out.append(att.attribute(q))
    return out
