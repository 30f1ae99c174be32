"""actors._followed_by (a name, then a precompiled tail at the name's end) equals searching
for the escaped name followed by the tail's pattern, as _organisation_named did per name."""
from __future__ import annotations

import re
from pathlib import Path

from newsdesk.compare import actors

STORIES = Path(__file__).parent / "data" / "stories"


def test_followed_by_equals_one_pattern_per_name() -> None:
    bodies = [p.read_text(encoding="utf-8") for p in sorted(STORIES.glob("*/*.txt"))[:60]]
    names = sorted({m.group(0) for b in bodies for m in re.finditer(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}", b)})
    assert len(names) > 300
    tails = [actors._apposed_description_re(), actors._WHICH_RE]
    hits = 0
    for name in names:
        for tail in tails:
            plain = any(re.search(re.escape(name) + tail.pattern, b) for b in bodies)
            assert actors._followed_by(name, bodies, tail) == plain, (name, tail.pattern[:40])
            hits += plain
    assert hits > 0  # the check saw both answers


def test_organisation_named_with_and_without_the_apposition_names_read_once() -> None:
    bodies = ["Residents said Dunley Orchards, which owns the hillside, would not sell.",
              "A residents' group, Friends of the Meadow, opposed the plan. Ana Pell said no."]
    names = ["Dunley Orchards", "Friends of the Meadow", "Ana Pell"]
    once = frozenset(n for b in bodies for _, n in actors._noun_first(b))
    assert [actors._organisation_named(n, bodies) for n in names] == \
        [actors._organisation_named(n, bodies, once) for n in names] == [True, True, False]


def _organisation_named_plain(name: str, bodies: list[str]) -> bool:
    """_organisation_named as written before its substring pre-checks: a pattern per name."""
    S = actors._S
    words = name.split()
    if len(words) < 2:
        return bool(words) and (words[0] in actors.ORG_HEADS or any(re.search(
            r"\b(?:the|The)" + S + r"(?:[\w'’-]+" + S + r"){0,2}" + re.escape(words[0].lower()) + r"(?![\w-])", b)
            for b in bodies))
    if words[0] in actors._FUNCTION_CAPS or words[-1] in actors.ORG_HEADS \
            or words[-1] in actors._COMPANY_TAILS | actors._COMPANY_SUFFIXES:
        return True
    if len(words) >= 3 and any(w in actors.ORG_HEADS | actors.COMPANY_NAME_ENDS | actors._BODY_NAME_WORDS for w in words[1:-1]):
        return True
    if words[-1].endswith("s") and not words[-1].endswith(("ss", "'s", "’s")) and len(words[-1]) > 3 and any(
            re.search(r"(?<![\w-])" + re.escape(words[-1].lower()) + r"(?![\w-])", b) for b in bodies):
        return True
    apposed = frozenset(n for b in bodies for _, n in actors._noun_first(b))
    if name in apposed or actors._followed_by(name, bodies, actors._apposed_description_re()):
        return True
    tail = re.escape(actors._norm(" ".join(words[-2:]))).replace("'", "['’]").replace(r"\ ", S)
    described = re.compile(r"\b(?:the|The)" + S + "(?:" + re.escape(words[-1].lower()) + "|" + tail + r")(?![\w-])")
    return actors._followed_by(name, bodies, actors._WHICH_RE) or actors._followed_by(name, bodies, actors._ITS_RE) \
        or any(described.search(b) for b in bodies)


def test_organisation_named_pre_checks_change_no_answer() -> None:
    """The lower-case word must be in a body for its pattern to match: skipping the pattern
    where it is not (no compile per name) gives the same answers, on story bodies and on
    invented names whose last word the text also writes in lower case."""
    bodies = [p.read_text(encoding="utf-8") for p in sorted(STORIES.glob("*/*.txt"))[:40]]
    names = sorted({m.group(0) for b in bodies for m in re.finditer(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}", b)})
    names += ["Ana Rose", "Orla Quay", "Tamsin O'Dell", "Rose", "Quay", "Bakers’ Guild", "Vell Bakers’"]
    bodies += ["Ana Rose said the rose garden would close. Staff at the quay agreed, and the bakers' guild met.",
               "Tamsin O'Dell spoke. The o'dell estate was sold."]
    differ = [n for n in names if actors._organisation_named(n, bodies) != _organisation_named_plain(n, bodies)]
    assert not differ
    assert len(names) > 300 and any(_organisation_named_plain(n, bodies) for n in names)


def test_role_patterns_as_tries_match_as_the_plain_alternations(monkeypatch) -> None:
    """actors._alt writes lower-case word lists as a trie: every pattern built from the role and
    group lists finds the same matches (spans and groups) as with the longest-first list."""
    from newsdesk.compare.config import CompareConfig

    roles = CompareConfig().actor_roles
    people = tuple(r.lower() for r in roles.get("speaks_for", []) + roles.get("titles", []))
    groups = tuple(r.lower() for r in roles.get("groups", []))
    bodies = [p.read_text(encoding="utf-8") for p in sorted(STORIES.glob("*/*.txt"))[:80]]
    # every role word in other cases and spacings, after invented names
    bodies.append(" ".join(f"Vela Marsh, the {r.upper()}  of Tarnby, and {r.title()} Ivo Dene; the {r}, Oda Ferr."
                           for r in people + groups))

    def matches() -> list:
        pats = actors._patterns(people, groups)
        found = [(k, m.span(), m.groupdict()) for k, p in sorted(pats.items()) for b in bodies for m in p.finditer(b)]
        finder = actors._role_finder(people)
        found += [(m.span(), m.group(0)) for b in bodies for m in finder.finditer(b)]
        found += [(m.span(), m.groups()) for b in bodies for m in actors._apposed_description_re().finditer(b)]
        return found

    actors._patterns.cache_clear(), actors._role_finder.cache_clear(), actors._apposed_description_re.cache_clear()
    as_trie = matches()
    assert actors.trie_alternation(people, actors._S) in actors._role_finder(people).pattern
    monkeypatch.setattr(actors, "trie_alternation", lambda words, space=None: None)
    actors._patterns.cache_clear(), actors._role_finder.cache_clear(), actors._apposed_description_re.cache_clear()
    try:
        plain = matches()
    finally:
        actors._patterns.cache_clear(), actors._role_finder.cache_clear(), actors._apposed_description_re.cache_clear()
    assert len(as_trie) > 1000
    assert as_trie == plain


def _last_named_plain(text: str, names: set[str], surname: bool = False) -> str | None:
    text = text[-actors.PRONOUN_REACH:]
    best, at = None, (-1, 0, "")
    for name in names:
        written = name.split()[-1] if surname else name
        pattern = re.escape(written).replace("'", "['’]").replace(r"\ ", actors._S)
        for m in re.finditer(r"(?<![\w-])" + pattern + r"(?![\w-])", text):
            key = (m.end(), -m.start(), name)  # the same order as actors._last_named
            if key > at:
                best, at = name, key
    return best


def test_last_named_pre_check_changes_no_answer() -> None:
    bodies = [p.read_text(encoding="utf-8") for p in sorted(STORIES.glob("*/*.txt"))[:30]]
    names = sorted({m.group(0) for b in bodies for m in re.finditer(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}", b)})
    names += ["Bakers' Guild", "Bakers’ Guild", "Ana O'Dell", "'Vell Trust"]
    texts = [b[i:i + 900] for b in bodies for i in range(0, len(b), 450)]
    texts += ["The Bakers’ Guild wrote. Ana O’Dell spoke.", "Ana O'Dell and the Bakers'  Guild met."]
    groups = [set(names[i:i + 7]) for i in range(0, len(names), 7)] + [set(names[-4:])]
    checked = found = 0
    for t in texts:
        for g in groups:
            for surname in (False, True):
                got = actors._last_named(t, g, surname)
                assert got == _last_named_plain(t, g, surname), (t[:60], g)
                checked += 1
                found += got is not None
    assert checked > 1000 and found > 50
