"""Who said it: attribute each quoted span to a speaker, and tell speech from scare quotes.

The resolver is a cascade, first match wins (each step looks only at the quote's own
sentence or paragraph):

1. after the closing mark: ``,” he said`` / ``,” said Geoff Garin`` /
   ``,” the economist Jared Bernstein, a former adviser, wrote`` / ``, according to X``;
2. before the opening mark: ``Mr. Zelensky said: “`` / ``he said, ''`` (also when the
   previous paragraph ends in ``X said:``);
3. a cue verb elsewhere in the sentence, for partial quotes: ``urged Kyiv to accept
   “painful concessions”`` / ``Sanders stating that Clinton's "judgment" was …``;
4. continuation: a quote with no cue of its own right after (same or next paragraph) a
   quote with a speaker inherits that speaker (also every later paragraph of a
   multi-paragraph quote).

A quote that gets no speaker from 1–4 is speech only if it reads like a sentence
(``SPEECH_MIN_WORDS`` words or more); shorter ones are scare quotes or titles
(a “free economic zone”) and are returned with ``direct=False``.

The speaker span is the attributing phrase itself ("he", "the source", "Mr. Zelensky");
its name is then resolved to an entity: a named mention inside the phrase; for pronouns
the previous quote's speaker or the most recent person; for descriptions ("the Ukrainian
president", "the newspaper") the most recent entity whose title or kind fits.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .entities import LocalEntity
from .quotes import QuoteSpan

# A quote with no attribution is still speech when it has at least this many words
# (short unattributed quotes are scare quotes, nicknames or titles).
SPEECH_MIN_WORDS = 6
# Longest attributing phrase we accept, in words (longer means we cut at the wrong place).
SPEAKER_MAX_WORDS = 9
# How far after a closing mark / before an opening mark the attribution may sit (chars).
AFTER_WINDOW = 250
BEFORE_WINDOW = 300
# A quote inherits the previous quote's speaker when it starts within this many paragraphs.
INHERIT_MAX_PARAGRAPHS = 1

CUE_WORDS = (
    "said|says|say|saying|told|tells|tell|telling|added|adds|adding|wrote|writes|writing|"
    "asked|asks|asking|stressed|stresses|warned|warns|warning|noted|notes|noting|explained|"
    "explains|argued|argues|arguing|insisted|insists|insisting|declared|declares|declaring|"
    "stated|states|stating|tweeted|tweets|tweeting|posted|claimed|claims|claiming|"
    "acknowledged|acknowledges|admitted|admits|announced|announces|replied|replies|responded|"
    "responds|continued|continues|recalled|recalls|emphasized|emphasised|emphasizes|"
    "suggested|suggests|urged|urges|predicted|predicts|cautioned|conceded|concedes|"
    "complained|complains|countered|counters|quipped|joked|jokes|remarked|observed|"
    "reiterated|repeated|confirmed|confirms|vowed|vows|pledged|promised|promises|contended|"
    "maintained|maintains|concluded|concludes|reported|reports|reporting|thundered|shouted|"
    "yelled|exclaimed|boasted|boasts|mused|muses|marveled|lamented|laments|charged|charges|"
    "agreed|agrees|testified|testifies|read|reads|began|begins|went on|goes on|"
    "pointed out|points out|put it|puts it|chimed in|tweeted out|wondered|wonders|recounted|"
    "described|describes|describing|called|calls|calling|dubbed|dubbing|labeled|labelled|"
    "termed|accused|accuses|accusing|demanded|demands|criticized|criticised|praised|"
    "denounced|slammed|blasted|hailed|promise|explain|note|add|ask|write|argue|insist|claim|"
    "according to|writing in|in a statement|as saying"
)
CUE_RE = re.compile(rf"(?<![\w’'])(?:{CUE_WORDS})(?![\w’'])")
# Verbs that attribute the quote that stands right next to them.
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}
PERSON_PRONOUNS = {"he", "she", "i"}
GROUP_PRONOUNS = {"they", "it", "we"}
# Words that end the attributing phrase on its left ("…, and he said").
CLAUSE_WORDS = {
    "that", "who", "which", "and", "but", "as", "when", "while", "because", "if", "after",
    "before", "so", "where", "where", "though", "although", "since", "until", "then", "also",
    "or", "has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "can",
    "did", "does", "do", "not", "never", "he", "she", "it", "they", "we", "i", "you",
}
ADVERBS = {
    "also", "later", "then", "previously", "repeatedly", "again", "once", "recently", "further",
    "simply", "flatly", "bluntly", "quickly", "often", "has", "have", "had", "had", "would",
    "will", "once", "reportedly", "publicly", "privately", "told", "separately", "earlier",
    "famously", "has", "had", "was", "is", "frequently", "angrily", "previously", "cheerfully",
}
DETERMINERS = {"the", "a", "an", "another", "one", "this", "that", "his", "her", "its", "their",
               "our", "two", "three", "some", "several", "many", "both"}
# Heads of descriptions that point to an organisation (resolved to the latest ORG).
ORG_DESCRIPTIONS = {"newspaper", "paper", "outlet", "agency", "network", "broadcaster",
                    "website", "site", "magazine", "daily", "kremlin", "ministry", "office",
                    "campaign", "committee", "statement", "report", "company", "group"}
WORD_RE = re.compile(r"[\w’'.&-]+")


@dataclass(slots=True)
class Attribution:
    start: int | None  # span of the attributing phrase
    end: int | None
    text: str | None
    cue: str | None
    entity: LocalEntity | None = None
    how: str = ""  # after | before | sentence | inherited


def _phrase_from_left(text: str, end: int, limit_start: int) -> tuple[int, int] | None:
    """The noun phrase that ends at ``end`` (the subject just before a cue verb)."""
    words = [m for m in WORD_RE.finditer(text, limit_start, end)]
    # stop at punctuation/quote/paragraph boundaries between words
    chosen: list[re.Match] = []
    pos = end
    for m in reversed(words):
        gap = text[m.end(): pos]
        if chosen and re.search(r"[,;:“”\"()\n—–]", gap) or not chosen and re.search(r"[;:“”\"()\n—]", gap):
            break
        w = m.group().lower().strip(".")
        if not chosen and w in ADVERBS:
            pos = m.start()
            continue
        if w in CLAUSE_WORDS and w not in PRONOUNS:
            break
        chosen.append(m)
        pos = m.start()
        if w in PRONOUNS or len(chosen) >= SPEAKER_MAX_WORDS:
            break
        if w in DETERMINERS:
            break
    if not chosen:
        return None
    chosen.reverse()
    first = chosen[0].group().lower()
    # a phrase that begins with a pronoun must be just the pronoun
    if first in PRONOUNS and len(chosen) > 1:
        return None
    return chosen[0].start(), chosen[-1].end()


def _phrase_from_right(text: str, start: int, limit_end: int) -> tuple[int, int] | None:
    """The noun phrase that starts at ``start`` (the subject after an inverted cue)."""
    out: list[re.Match] = []
    pos = start
    for m in WORD_RE.finditer(text, start, limit_end):
        gap = text[pos: m.start()]
        if out and re.search(r"[,;:“”\"()\n—–]", gap):
            break
        w = m.group()
        if out and (w.lower() in CLAUSE_WORDS or w.lower() in {"in", "on", "at", "during", "to", "after"}):
            break
        out.append(m)
        pos = m.end()
        if w.lower() in PRONOUNS or len(out) >= SPEAKER_MAX_WORDS or w.endswith("."):
            if not (w.endswith(".") and len(w) <= 4 and w[0].isupper()):  # "Mr." "V." go on
                break
    if not out:
        return None
    end = out[-1].end()
    if text[end - 1] == "." and not re.fullmatch(r"(?:[A-Z]\.)+|Mr\.|Mrs\.|Ms\.|Dr\.|Jr\.|Sr\.", out[-1].group()):
        end -= 1
    return out[0].start(), end


def _after(text: str, q: QuoteSpan) -> Attribution | None:
    """Step 1: attribution right after the closing mark."""
    if q.close_mark is None:
        return None
    stop = q.close_mark + AFTER_WINDOW
    window = text[q.close_mark: stop]
    cut = re.search(r"[\n“”\"]|''|``|(?<=[a-z]{2})[.!?](?=\s|$)", window)
    if cut:
        window = window[: cut.start()]
    lead = re.match(r"[\s,.!?—–-]*", window).end()
    base = q.close_mark + lead
    body = window[lead:]
    cue = CUE_RE.search(body)
    if cue is None:
        return None
    if cue.start() == 0 or body[: cue.start()].strip() in {"", ","}:
        if cue.group() in {"according to", "as saying", "writing in"}:
            pass
        span = _phrase_from_right(text, base + cue.end(), base + len(body))
        if span is None:
            return None
        return Attribution(*span, text[span[0]: span[1]], cue.group(), how="after")
    head = body[: cue.start()]
    # "the economist Jared Bernstein, a former adviser, wrote": keep the first chunk
    chunk = re.split(r",", head)[0].rstrip()
    if not chunk or len(chunk.split()) > SPEAKER_MAX_WORDS:
        return None
    if any(w.lower() in CLAUSE_WORDS - PRONOUNS for w in chunk.split()[1:]):
        return None
    words = chunk.split()
    if words and words[-1].lower() in ADVERBS and len(words) > 1:
        chunk = " ".join(words[:-1])
    start = base + len(head) - len(head.lstrip())
    end = start + len(chunk.strip())
    return Attribution(start, end, text[start:end], cue.group(), how="after")


def _before(text: str, q: QuoteSpan, para_start: int) -> Attribution | None:
    """Step 2: ``X said: “…`` or ``he said, “…`` just before the opening mark."""
    lo = max(para_start, q.open_mark - BEFORE_WINDOW)
    window = text[lo: q.open_mark]
    if para_start > 0 and window.strip() == "":
        # quote opens the paragraph: the previous paragraph may end in "X said:"
        prev_end = para_start - 1
        while prev_end > 0 and text[prev_end - 1].isspace():
            prev_end -= 1
        if prev_end > 0 and text[prev_end - 1] == ":":
            lo = max(0, text.rfind("\n", 0, prev_end - 1) + 1)
            window = text[lo: prev_end]
        else:
            return None
    m = None
    for m in CUE_RE.finditer(window):
        pass
    if m is None:
        return None
    tail = window[m.end():]
    # the cue must end the clause that introduces the quote: "said:", "told reporters,"
    if not re.fullmatch(r"[^.!?“”\"]{0,60}?[,:]?\s*(?:that\s*)?", tail):
        return None
    cue_start = lo + m.start()
    if m.group() in {"according to", "as saying"}:
        span = _phrase_from_right(text, lo + m.end(), lo + len(window))
    else:
        span = _phrase_from_left(text, cue_start, lo)
        if span is None:  # inverted: "said Mr. Garin:"
            span = _phrase_from_right(text, lo + m.end(), lo + len(window))
    if span is None:
        return None
    return Attribution(*span, text[span[0]: span[1]], m.group(), how="before")


def _in_sentence(text: str, q: QuoteSpan, sent: tuple[int, int], quote_spans) -> Attribution | None:
    """Step 3: a cue verb elsewhere in the quote's sentence (partial quotes)."""
    s0, s1 = sent
    best = None
    for m in CUE_RE.finditer(text, s0, s1):
        if any(o <= m.start() < c for o, c in quote_spans):
            continue  # a cue inside a quote is not an attribution
        dist = q.open_mark - m.end() if m.end() <= q.open_mark else m.start() - q.end + 1000
        if best is None or dist < best[0]:
            best = (dist, m)
    if best is None:
        return None
    m = best[1]
    if m.group() in {"according to", "as saying"}:
        span = _phrase_from_right(text, m.end(), s1)
    else:
        span = _phrase_from_left(text, m.start(), s0)
        if span is None:
            span = _phrase_from_right(text, m.end(), s1)
    if span is None:
        return None
    return Attribution(*span, text[span[0]: span[1]], m.group(), how="sentence")


def attribute(text: str, spans: list[QuoteSpan], sentences: list[tuple[int, int]]) -> list[Attribution | None]:
    """Attribution (or None) for every quote span, steps 1–3 (step 4 is in :func:`resolve`)."""
    marks = [(q.open_mark, q.close_mark or q.end) for q in spans]
    out: list[Attribution | None] = []
    for q in spans:
        para_start = text.rfind("\n", 0, q.open_mark) + 1
        att = _after(text, q) or _before(text, q, para_start)
        if att is None:
            sent = next(((s, e) for s, e in sentences if s <= q.open_mark < e), None)
            if sent is not None:
                sent = (max(sent[0], para_start), sent[1])
                att = _in_sentence(text, q, sent, marks)
        out.append(att)
    return out
