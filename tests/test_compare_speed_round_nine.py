"""Speed round nine (issue 19): each faster form gives the answers of the form it replaced, on
the development stories' sentences and on constructed sentences of other domains (invented names)."""
from __future__ import annotations

import random
import re
from pathlib import Path

from newsdesk.compare import _phrases, actors, verdicts
from newsdesk.compare import text as _text
from newsdesk.compare.config import CompareConfig
from newsdesk.patterns import folded, folded_gate

STORIES = Path(__file__).parent / "data" / "stories"

_MADE = [
    "The orchard's head grower, Tamsin Ruell, said frost had cut the apple yield.",
    "Harbour Master Odile Fenwick of the Port Authority closed the north quay on Friday.",
    "A spokesWOMAN for the Vintners' Guild, Bram Oyelaran, declined to comment.",
    "“We are ready,” said Chief Curator Ilse Marrow, who leads the museum's archive team.",
    "İlse Marrow, the guild's ſecretary, met the \u212aennel Club's chair on Tuesday.",
    "ΟΔΟΣ ΑΓΟΡΑΣ, said Ms Pell; the regatta began three days after the storm.",
    "It was foundeD in 1999 and opened ſince Monday, the choir's director said.",
    "The tram depot, closed for two weeks, reopened on 4 May, the council's engineer said.",
    "Rep. Avel Stroud and Sen. Mira Quist spoke; an alderwoman, Pia Lund, did not.",
    "quiet words, then, Alder Brook’s Mayor Wen Tallis spoke",
]


def _sentences() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(STORIES.glob("*/*.txt"))]
    return [s for t in texts for s in re.split(r"(?<=[.!?])\s+|\n+", t) if s] + _MADE + _noise()


def _noise() -> list[str]:
    """Random strings over letters that matter to these patterns (cased, non-ASCII look-alikes)."""
    rng = random.Random(9)
    alphabet = "aAbBoOfFrRsSdDyY ,;:'’\"”.\n\u0130\u0131\u017f\u212a\u00e9"
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(3000)]


def test_names_in_is_the_look_behind_first_pattern() -> None:
    old = re.compile(r"(?<=[a-z,;:’'\"”] )([A-Z][a-z]{2,})")
    hits = 0
    for s in _sentences():
        want = {m.group(1).lower().rstrip("y") for m in old.finditer(s)}
        assert _text.names_in(s) == want, s
        hits += bool(want)
    assert hits > 500


def test_role_sentence_gate_is_the_inline_case_insensitive_finder() -> None:
    roles = CompareConfig().actor_roles
    words = tuple(r.lower() for r in roles.get("speaks_for", []) + roles.get("titles", []))
    old = re.compile(r"\b(?i:" + actors._alt(words) + r")(?!\w)")
    pattern = actors._role_finder(words)
    gate = folded_gate(pattern)
    hits = 0
    for s in _sentences():
        want = old.search(s)
        got = pattern.search(s)
        assert (got and got.span()) == (want and want.span()), s
        assert gate(s, folded(s)) == bool(want), s
        hits += bool(want)
    assert hits > 200


def test_role_finder_has_a_folded_twin() -> None:
    from newsdesk.patterns import folded_twin

    roles = CompareConfig().actor_roles
    words = tuple(r.lower() for r in roles.get("speaks_for", []) + roles.get("titles", []))
    assert folded_twin(actors._role_finder(words)) is not None  # else the gate is the plain search


def test_trigger_literal_search_is_the_substring_test() -> None:
    extra = ["broke  out", "broke out", "kicked\toff", "got under way", "the 19th", "fortnight", "HAS"]
    for s in _sentences() + extra:
        low = folded(s)
        assert bool(verdicts._TRIGGER_LITERALS_RE.search(low)) == any(w in low for w in verdicts._TRIGGER_LITERALS), s


def test_tokens_are_the_generator_form() -> None:
    for s in _sentences():
        want = tuple(_phrases.Tok(m.group(0), m.start(), m.end(), m.group(0).lower())
                     for m in _phrases._TOKEN_RE.finditer(s))
        assert _phrases.tokens(s) == want, s


def test_echoes_counts_articles_writing_the_value() -> None:
    from types import SimpleNamespace as NS

    def view(body):
        return NS(article=NS(body=body))

    ctx = NS(views={"a": view("The fair opened on Monday."), "b": view("Stalls opened Monday, organisers said."),
                    "c": view("It opened on Mondays only."), "d": view(None), "e": view("MONDAY it opened.")})
    side = [NS(article="a", text="on Monday")]
    assert verdicts._echoes(ctx, side) == 1  # "b" only: "Mondays" is another word, case counts, no body


def test_verb_form_is_the_suffix_test() -> None:
    from newsdesk.compare import issues

    def old(word: str, lemma: str) -> bool:
        if word == lemma or word in (lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"):
            return True
        return lemma.endswith("e") and word == lemma[:-1] + "ing"

    lemmas = ["grow", "close", "sue", "see", "be", "e", "try", "press ahead", "bake", "x"]
    words = {w.lower() for s in _sentences()[:3000] for w in s.split()} | {
        l + suf for l in lemmas for suf in ("", "s", "es", "ed", "d", "ing", "ning")} | {"clos", "closing", "sing", "ing"}
    for lemma in lemmas:
        for w in words:
            assert issues._verb_form(w, lemma) == old(w, lemma), (w, lemma)


def test_role_pattern_gates_skip_no_match() -> None:
    roles = CompareConfig().actor_roles
    words = tuple(r.lower() for r in roles.get("speaks_for", []) + roles.get("titles", []))
    pats = actors._patterns(words, tuple(r.lower() for r in roles.get("groups", [])))
    made = ["Harbour Master Odile Fenwick of Port Vell spoke.", "Harbour Master Odile Fenwick\tof\u00a0Port Vell spoke.",
            "Harbour Master Odile Fenwick OF Port Vell", "Chair of the Tram Board, Ilse Marrow, agreed.",
            "Warden for Kessel Ward, Pia Lund, and others", "Warden for Kessel Ward Pia Lund"]
    hits_of = hits_for = 0
    for s in _sentences() + made:
        of = bool(pats["role_name_of"].search(s))
        assert not of or actors._SPACED_OF_RE.search(s), s
        fo = bool(pats["role_for_name"].search(s))
        assert not fo or ("," in s and actors._SPACED_FOR_OF_RE.search(s)), s
        hits_of += of
        hits_for += fo
    assert hits_of >= 5 and hits_for >= 2, (hits_of, hits_for)  # the gates were tried on matching sentences


def test_folded_translates_only_when_needed() -> None:
    from newsdesk.patterns import _IGNORECASE_AS_ASCII

    for s in _sentences() + ["Straße “İstanbul”", "ſ", "ı", "İ", "\u212a", "é", "ΟΔΟΣ", ""]:
        assert folded(s) == s.translate(_IGNORECASE_AS_ASCII).lower(), s
