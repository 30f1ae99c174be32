"""Who holds a position: the party behind the grammatical subject (or speaker) of a cue.

Two pure steps over one story:

1. :func:`learn` reads the story's own text for who speaks for whom (a :class:`PartyBook`):
   "Student Assembly President Kasimir Velde", "union president Tomas Reyes", "President
   Emmanuel Macron of France", "Priya Ostrander, a spokeswoman for the company", "The
   union's president, Desmond Ferrow", "Dmitar Halev, who leads Corvania's technical team",
   "Putin's adviser Yuri Ushakov" (through another person, chains resolved). Only roles that
   speak for an organisation (``data/actors.json``: president, spokeswoman, minister, ...)
   fold a person into it; other titles (mayor, commissioner, provost) leave the person a
   party of their own. It also learns what a description refers to ("Kettle Creek Watch, a
   local environmental group" makes "the group" that party; "the local" is "Local 212 of
   ..."; "Helvoria's mediators" makes bare "mediators" Helvoria; "the operator, Northwind
   Energy," makes "the operator" Northwind Energy) and the story's own places and
   nationalities ("Saldovian" / "Saldovia") on top of the general gazetteer. It drops the
   tagger's "persons" that the story writes as organisations ("Elmbrook Bus Company", "X,
   which owns the hillside", "the orchards"), names people of a place alike ("Residents of the
   Quarrydale Marsh estate", "homeowners in Quarrydale Marsh" -> "Quarrydale Marsh residents"), and
   keeps one spelling per name ("Bakers’ Guild" / "Bakers' Guild").
2. :func:`holder_span` walks left from a cue to its grammatical subject with patterns (no
   parser): auxiliaries, adverbs and time phrases are skipped ("on Tuesday proposed"),
   appositives and relative clauses are jumped (", which employs 260 people, rejected"),
   "X met Y and proposed" goes back to X, "voted to back" to the subject of "voted", and a
   relative pronoun to its antecedent. :meth:`PartyBook.party` then names the party: a
   pronoun through the sentence's reporting verb or the quotation's speaker, a person
   through the book, a demonym or capital through its country, a description through what
   it refers to ("the bakers' guild" -> the one organisation whose name ends so;
   "the county" -> the speaker's county body, else the story's one body named with it; "the
   developer" -> the story's one company), "He" opening a sentence through the person named
   last before it, "its" never through a person. Vague holders ("officials", "critics") name
   no party, and an entity that is only a topic of the sentence is never reached: only the
   subject or speaker is.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from newsdesk.compare._phrases import (
    AUXILIARIES, CLAUSE_WORDS, DETERMINERS, FUNCTION_WORDS, PERSONAL_PRONOUNS, POSSESSIVE_PRONOUNS, PREPOSITIONS,
    REPORTING, Tok, is_time, ly_adverb,
)
from newsdesk.compare.text import NUMBER_WORDS
from newsdesk.extract.gazetteer import COMPANY_NAME_ENDS, ORG_HEADS
from newsdesk.patterns import folded, folded_gate, trie_alternation

# words that may continue a capitalised name ("Board of Regents", "Local 212 of the Allied
# Process Workers", "Bank of England"); an "of" name ends before a role ("Mayor of X" is a title)
_NAME_GLUE = frozenset({"of", "the", "and", "for", "de", "&"})
MAX_HOLDER_WORDS = 10  # a subject phrase longer than this ("Chief A B of the C D E F") is not one we can read without a parser
MAX_DESCRIPTION_WORDS = 4  # "the plant's hourly workers": a lower-case holder is short
COORDINATED_INFINITIVE_WINDOW = 20  # tokens back from "and to VERB" to the first infinitive it joins
CONTROL_WINDOW = 8  # tokens between a control word and its "to" ("voted 41-6 on Wednesday to back")
_CONTROL = frozenset("""voted vote votes agreed agree agrees decided decide decides offered offer offers promised
promise promises plan plans planned ready prepared willing wants want wanted moved pledged pledge vowed vow intend
threatened threaten refused refuse refuses tried try seeks sought hopes hoped expects expected intends intended
appeared seemed set aims aimed continue continued continues sought asked used uses
preparing planning hoping seeking trying refusing threatening aiming intending wanting moving voting deciding
offering promising pledging vowing""".split())


_OBJECT_CONTROL = frozenset("""urge urges urged urging push pushes pushed pushing press presses pressed pressing ask asks
asked asking pressure pressures pressured encourage encourages encouraged want wants wanted told tells
call calls called calling appeal appeals appealed appealing order orders ordered ordering instruct instructs
instructed instructing direct directs directed directing expect expects expected expecting""".split())


@dataclass(slots=True)
class PartyBook:
    """What the story says about who speaks for whom (see :func:`learn`)."""

    places: dict[str, str] = field(default_factory=dict)  # lower surface (country, capital, demonym) -> country
    person_party: dict[str, str] = field(default_factory=dict)  # person key -> party (or another person key)
    person_names: dict[str, str] = field(default_factory=dict)  # person key -> full name
    descriptions: dict[str, str] = field(default_factory=dict)  # lower noun ("group", "mediators") -> party
    orgs: dict[str, str] = field(default_factory=dict)  # lower org name or short form -> canonical org name
    officials: set[str] = field(default_factory=set)  # person keys the story gives a title or role
    titled: dict[str, set[str]] = field(default_factory=dict)  # title ("mayor") -> keys of the people the story gives it
    people: frozenset[str] = frozenset()  # keys of the names the extract stage found as persons
    role_words: frozenset[str] = frozenset()  # every word of a role, title or group phrase
    speaks_for: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()
    groups: frozenset[str] = frozenset()
    portfolios: frozenset[str] = frozenset()  # "transport" of "Transport Minister": what a role is about
    vague: frozenset[str] = frozenset()
    vague_people: frozenset[str] = frozenset()  # plural people nouns that name no party ("observers", "people")
    spellings: dict[str, str] = field(default_factory=dict)  # name with one apostrophe (``_norm``) -> the story's usual spelling
    initials: dict[str, str] = field(default_factory=dict)  # a name written out -> the initials the story gives it

    # -- naming ---------------------------------------------------------------------------
    def place(self, text: str) -> str | None:
        """The country a place name, capital or nationality word stands for."""
        text = _place_key(text)
        return self.places.get(text) or (self.places.get(text.lower()) if not text.isupper() else None)

    def person(self, name: str) -> str:
        """A person's party when the story says whom they speak for, else their full name."""
        key = person_key(name)
        seen: set[str] = set()
        while key in self.person_party and key not in seen:
            seen.add(key)
            target = self.person_party[key]
            if not target.startswith("@"):
                return target
            key = target[1:]
        return self.person_names.get(key, _strip_titles(name, self))

    def org(self, name: str) -> str:
        return self.orgs.get(_norm(name), name)

    def full_name(self, words: list[str]) -> str | None:
        """The one organisation of the story whose name ends in ``words`` (lower case, no
        possessive): "the bakers' guild" -> "Northgate Bakers' Guild"."""
        if len(words) < 2:
            return None
        tail = [_bare(w) for w in words]
        names = {n for n in set(self.orgs.values()) | set(self.descriptions.values())
                 if len(n.split()) > len(tail) and [_bare(w) for w in n.split()[-len(tail):]] == tail}
        names = {self.spelling(n) for n in names}
        return names.pop() if len(names) == 1 else None

    def spelling(self, name: str) -> str:
        """One spelling per name: "Bakers’" and "Bakers'" are one party."""
        return self.spellings.get(_norm(name), name)

    def description(self, words: list[str]) -> str | None:
        """A lower-case holder ("the union", "students", "the board") as a party label."""
        words = [w for w in words if w not in DETERMINERS]
        if not words:
            return None
        head = words[-1]
        if head in self.vague:
            return None
        for key in (" ".join(words), head):
            if key in self.descriptions:
                return self.descriptions[key]
        full = self.full_name(words)
        if full:
            return full
        if head in _GENERIC_BODIES:
            # "Glenmore's largest climbers' group": a modifier that is a word of one party's name
            named = {next((self.descriptions[k] for k in (w + "'s", w + "'", w + "’s", w + "’", w) if k in self.descriptions), None)
                     for w in words[:-1]} - {None}
            if len(named) == 1:
                return named.pop()
        if head in self.groups:
            return None  # "the delegation", "negotiators": whose, the story does not say
        return " ".join(words)


NAME_CACHE_SIZE = 1 << 14  # distinct names and words kept normalised (pure functions of the text): a story's names many times over


@lru_cache(maxsize=NAME_CACHE_SIZE)
def _place_key(text: str) -> str:
    """A place name as :meth:`PartyBook.place` looks it up: one apostrophe, single spaces, no leading "the"."""
    return re.sub(r"^(?:the|The)\s+", "", re.sub(r"\s+", " ", text.replace("’", "'")).strip())


@lru_cache(maxsize=NAME_CACHE_SIZE)
def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip().lower()


def _bare(word: str) -> str:
    """A word lower case without its possessive ("Bakers’" -> "bakers")."""
    return re.sub(r"['’]s?$", "", word.lower())


@lru_cache(maxsize=NAME_CACHE_SIZE)
def person_key(name: str) -> str:
    """A person's matching key: the surname, lower case, possessive and a double "yy" folded."""
    words = re.findall(r"[A-Za-zÀ-ÿ'’-]+", name)
    if not words:
        return ""
    k = re.sub(r"['’]s?$", "", words[-1].lower())
    return k[:-1] if k.endswith("yy") else k


def _strip_titles(name: str, book: PartyBook) -> str:
    words = name.split()
    while len(words) > 1 and (words[0].lower().rstrip(".") in book.titles or words[0].lower() in book.titles
                              or words[0].lower() in book.speaks_for):
        words = words[1:]
    if len(words) > 2 and " ".join(words[:2]).lower() in book.titles:
        words = words[2:]  # "Board member Tobias Renwick": a title of two words
    return " ".join(words)


# --------------------------------------------------------------------------- learning

_S = r"[^\S\n]+"  # spaces within one line: a name never runs across a paragraph
_CAPWORD = r"[A-Z][\w'’&-]*[\w]|[A-Z]\.(?:[A-Z]\.)+|[A-Z]"
# 1-4 capitalised words; a number may follow a word ("Local 88")
_NAME = r"(?:" + _CAPWORD + r")(?:" + _S + r"(?:&" + _S + r")?(?:" + _CAPWORD + r"|\d+(?![\d,.]*\d)))" + r"{0,3}"  # "Kilbarragh & District Chamber"
_PERSON = r"[A-Z][a-zà-ÿ'’-]+" + _S + r"(?:[A-Z]\." + _S + r")?[A-Z][\w'’-]*[\w]"  # first (initial) last
_MODS = r"(?:(?:top|special|chief|senior|deputy|acting|former|interim|foreign|affairs|policy|technical|lead|"\
        r"general|national|security|executive|press|union|emergency)" + _S + r"){0,3}"


def _alt(words) -> str:
    """Longest first; lower-case word lists as a trie (the same matches, a character tested per
    position instead of every word: ``patterns.trie_alternation``)."""
    words = set(words)
    return trie_alternation(tuple(words), _S) or "|".join(
        re.escape(w).replace(r"\ ", _S) for w in sorted(words, key=len, reverse=True))


_FOUNDED_NOUNS = frozenset("group campaign charity organisation organization association coalition network society movement".split())
_AREA_NOUNS = r"(?:wards?|districts?|constituency|constituencies|ridings?|seats?|divisions?|precincts?|electorates?|areas?|neighbou?rhoods?)"


@lru_cache(maxsize=8)
def _patterns(roles: tuple[str, ...], groups: tuple[str, ...]) -> dict[str, re.Pattern[str]]:
    role_i = "(?i:" + _MODS + "(?:" + _alt(roles) + "))(?![\\w-])"  # "chair", not the verb "chairs"
    return {
        # "President Kasimir Velde" (the affiliation before it is read by _left_affiliation)
        "role_name": re.compile(r"(?<![\w’'-])" + role_i + _S + r"(?P<name>" + _PERSON + r")(?![\w’'-])"),
        # "President Emmanuel Macron of France", "Prime Minister Anton Zhelyazkov of Saldovia"
        "role_name_of": re.compile(role_i + _S + r"(?P<name>" + _PERSON + r")" + _S + r"of" + _S
                                   + r"(?:the" + _S + r")?(?P<aff>" + _NAME + r")"),
        # "Priya Ostrander, a spokeswoman for the company", "Kasimir Velde, president of the Ashbury Student
        # Assembly", "Lenna Marwick, the group's director", "Colm Ardmore, Mr. Trump's special envoy"
        "name_comma_role": re.compile(
            r"(?P<name>" + _PERSON + r"),(?:" + _S + r"\d+,)?" + _S + r"(?:(?:a|an|the)" + _S + r")?(?:(?:Mr\.?|Ms\.?|Mrs\.?)" + _S + r")?"
            r"(?:(?P<owner>(?:[A-Z][\w.’'-]*" + _S + r"){0,2}[\w.’'-]+?)[’']s?" + _S + r")?(?P<mods>(?:[\w.-]+" + _S + r"){0,4}?)(?P<role>" + role_i + r")"
            r"(?:" + _S + r"(?:of|for|at|to)" + _S + r"(?:(?:the|a)" + _S + r")?(?:(?:President|Prime" + _S + r"Minister|Mr\.?|Ms\.?)"
            + _S + r")?(?P<aff>" + _NAME + r"|[a-z]+))?"),
        # "The union's president, Desmond Ferrow", "Corvania's foreign minister, Pavel Ostrinsky",
        # "Putin's foreign affairs adviser Yuri Ushakov", "The chair of the Board of Regents, Helena Lund-Ferreira"
        "owner_role_name": re.compile(
            r"(?:(?P<owner>(?<![\w’'-])[A-Za-z][\w.’'-]*?)[’']s?" + _S + r"(?:[a-z-]+" + _S + r"){0,2}?(?P<role>" + role_i + r"),?" + _S
            + r"|(?i:the)" + _S + r"(?P<role2>" + role_i + r")" + _S + r"of" + _S + r"(?:the" + _S + r")?(?P<aff>" + _NAME
            + r"),?" + _S + r")(?P<name>" + _PERSON + r")"),
        # "Dmitar Halev, who leads Corvania's technical team", "Adaeze Holm, a chemistry professor who chairs the senate"
        "name_who_leads": re.compile(
            r"(?P<name>" + _PERSON + r"|(?<=said )[A-Z][\w'’-]*\w),(?:" + _S + r"\d{1,3},)?(?:" + _S + r"[\w-]+){0,5}?" + _S + r"who" + _S  # ", 71, who chairs"
            + r"(?:leads|led|heads|headed|chairs|"
            r"chaired|runs|ran|represents|represented|speaks" + _S + r"for|(?:co-)?founded|started|set" + _S + r"up|formed)"
            + _S + r"(?:the" + _S + r")?"
            # "who founded the group Parents for a Full Week": the descriptor before the name is not the party
            + r"(?:(?:" + "|".join(sorted(_FOUNDED_NOUNS)) + r")" + _S + r"(?=[A-Z]))?(?P<aff>(?:[A-Z][\w.’'-]*"
            # capitalised words before a noun of an electoral area name the area a member sits for,
            # not a party ("who represents the Market ward"; general English); "of the", "for a"
            # inside a name ("Friends of the Meadow", "Parents for a Full Week")
            + _S + r"(?:(?:of|for)" + _S + r"(?:(?:the|a|an)" + _S + r")?(?=[A-Z]))?){0,4}[A-Z][\w.’'-]*(?![\w.’'-])(?!" + _S + _AREA_NOUNS + r"\b)|(?!(?:the|a|an)\b)[a-z]+)"),
        # "Opposition MP for Dunholm West, Ada Ostvik," / "Chair of the Finance Committee, Ada Ostvik":
        # a title with what it is for or of, then the name in apposition
        "role_for_name": re.compile(r"(?<![\w’'-])" + role_i + _S + r"(?:for|of)" + _S + r"(?:the" + _S + r")?" + _NAME + r","
                                    + _S + r"(?P<name>" + _PERSON + r")(?![\w’'-])"),
        # "A spokesman for the consortium, Ida Roe,": a role for a party described, the name in apposition
        "role_for_noun_name": re.compile(r"(?<![\w’'-])(?P<role>" + role_i + r")" + _S + r"(?:for|of)" + _S + r"(?i:the)" + _S
                                         + r"(?P<aff>[a-z]+)," + _S + r"(?P<name>" + _PERSON + r")(?![\w’'-])"),
        # "The governor, Amos Kell, said": a title with the name in apposition (no owner written)
        "the_role_name": re.compile(r"(?<![\w’'-])(?i:the)" + _S + r"(?P<role>" + role_i + r")," + _S + r"(?P<name>" + _PERSON
                                    + r")(?![\w’'-])"),
        # "Kettle Creek Watch, a local environmental group"
        "org_apposition": re.compile(
            r"(?P<name>(?:[A-Z][\w.’'&-]*" + _S + r"(?:(?:of|for|and|&)" + _S + r"(?:the" + _S + r")?)?){0,5}[A-Z][\w.’'&-]*[\w]),"
            + _S + r"(?:a|an|the)" + _S
            + r"(?:[a-z-]+(?:s[’'])?" + _S + r"){0,3}?(?P<noun>[a-z]+)(?=[,.;]|" + _S + r"(?:which|that|who|whose|with|in|of|based|founded|[a-z]+ed" + _S + r"(?:by|in|at))\b)"),
        # "Helvoria's mediators", "Helvorian mediators", "the union's members"
        "owned_group": re.compile(r"(?P<owner>[A-Z][\w.’'-]+?)(?:[’']s?)?" + _S + r"(?P<noun>" + _alt(groups) + r")\b"),
    }


def learn(views, entities_by_type: dict[str, set[str]], roles: dict[str, list[str]],
          vague: frozenset[str] = frozenset()) -> PartyBook:
    """A :class:`PartyBook` from the story's text.

    Reads ``views`` (the story's :class:`~newsdesk.compare._context.ArticleView`), the names of
    its entities by type, the role word lists (``CompareConfig.actor_roles``) and the words
    that name no party (``vague``: "observers", "people"). Adds nothing to them."""
    speaks_for = [r.lower() for r in roles.get("speaks_for", [])]
    titles = [r.lower() for r in roles.get("titles", [])]
    groups = [r.lower() for r in roles.get("groups", [])]
    portfolios = frozenset(r.lower() for r in roles.get("portfolios", []))
    book = PartyBook(speaks_for=frozenset(speaks_for), titles=frozenset(titles), groups=frozenset(groups), portfolios=portfolios,
                     role_words=frozenset(w for r in speaks_for + titles + groups for w in r.split()))
    book.vague_people = frozenset(vague)  # "Observers in Dunholm" stay vague: no "Dunholm observers" party
    book.places = _places(views)
    bodies = [v.article.body for v in views]
    apposed_names = frozenset(n for b in bodies for _, n in _noun_first(b))  # read once, not once per person
    persons = {p for p in entities_by_type.get("PERSON", set()) if not _organisation_named(p, bodies, apposed_names)}
    book.people = frozenset(person_key(p) for p in persons)
    pats = _patterns(tuple(speaks_for + titles), tuple(groups))
    facts = _NameFacts.read(bodies)
    # only sentences naming a role can tie a person to a party: the patterns read those alone
    role_in = folded_gate(_role_finder(tuple(speaks_for + titles)))
    texts = [t for v in views for s in v.sentences if role_in(t := s.text, folded(t)) or _LEADS_RE.search(t)]
    votes: dict[str, Counter[str]] = {}
    full: dict[str, Counter[str]] = {}
    for person in persons:
        person = _strip_titles(person, book)
        words = person.split()
        if len(words) >= 2 and words[0].lower() not in book.titles | book.speaks_for \
                and words[0] not in _FUNCTION_CAPS and words[-1].lower() not in _CALENDAR:
            full.setdefault(person_key(person), Counter())[person] += 1

    def vote(name: str, target: str | None, official: bool = True, role: str | None = None) -> None:
        name = re.sub(r"[’']s?$", "", _strip_titles(name.strip(), book))
        if name.split()[-1:] and name.split()[-1] in ORG_HEADS:
            return  # "the chair of the Tobarmore Residents' Alliance, Nuala Brennock": the body is nobody's name
        key = person_key(name)
        title = _ABBREVIATED.get(role.lower(), role.lower()) if role else None
        if title in book.titles:
            book.titled.setdefault(title, set()).add(key)
        if len(name.split()) >= 2:
            full.setdefault(key, Counter())[name] += 2
        if official:
            book.officials.add(key)
        if target and target != "@" + key:
            votes.setdefault(key, Counter())[target] += 1

    for body in texts:
        for m in pats["role_name"].finditer(body):
            inner = pats["role_name"].match(body, m.start("name"))
            if inner is not None:
                m = inner  # "Lord Mayor Ada Quill": a two-word title, the name is after both words
            role_words = m.group(0)[: m.start("name") - m.start()].split()
            aff = _left_affiliation(body, m.start(), book.portfolios, book.place)
            speaks = _speaks(role_words, book)
            vote(m.group("name"), _affiliation(aff, book, facts) if aff and speaks else None, role=role_words[-1])
        if _SPACED_OF_RE.search(body):  # every match holds " of " (see _SPACED_OF_RE)
            for m in pats["role_name_of"].finditer(body):
                vote(m.group("name"), _affiliation(m.group("aff"), book, facts))
        for m in pats["name_comma_role"].finditer(body):
            if set((m.group("mods") or "").lower().split()) & (PREPOSITIONS | REPORTING | CLAUSE_WORDS | _RELATIVES):
                continue  # "Brindle Hall, according to a department spokesman", "X, who chairs": no apposition
            if not _speaks(m.group("role").split(), book):
                vote(m.group("name"), None, role=m.group("role").split()[-1])
                continue
            aff = m.group("aff")
            target = _affiliation(aff, book, facts) if aff else None
            if m.group("owner") and aff and (aff[:1].islower() or book.place(aff)):
                target = None  # "the council's director of services", "Norvale's site director for Ireland": the owner's
            if target is None and m.group("owner"):
                target = _affiliation(m.group("owner"), book, facts)
            if target is None and m.group("mods"):
                target = _affiliation(m.group("mods").strip(), book, facts)  # "the Helvorian Foreign Ministry spokeswoman"
            vote(m.group("name"), target)
        for m in pats["owner_role_name"].finditer(body):
            owner = m.group("owner") or m.group("aff")
            role = (m.group("role") or m.group("role2") or "").split()
            vote(m.group("name"), _affiliation(owner, book, facts) if owner and _speaks(role, book) else None)
        for m in pats["name_who_leads"].finditer(body):
            aff = m.group("aff")
            if _SITS_ON_RE.match(body, m.end("aff")) or _REPRESENTS_AREA_RE.search(m.group(0)) and " " not in aff \
                    and aff[:1].isupper() and aff not in ORG_HEADS and not _org_like(aff, facts):
                vote(m.group("name"), None)  # "who represents Brackenfield on the city council": an area, a member
                continue
            group = _GROUP_AFTER_RE.match(body, m.end("aff")) if aff[:1].isupper() and not aff.endswith(("'s", "’s")) else None
            if group:  # "who leads the Green group on the council": the group, not the adjective "Green"
                aff += " " + group.group(1)
            body_of = _OWNED_BODY_RE.match(body, m.end("aff")) if aff[:1].islower() else None
            if aff.endswith(("'s", "’s")):  # "who chairs Fenmoor County Council's health scrutiny committee"
                body_of = _OWNED_BODY_RE.match(body, m.end("aff") - 2)
            if body_of and any(w.capitalize() in ORG_HEADS for w in body_of.group(1).split()):
                vote(m.group("name"), None)  # "who chairs the council's transport committee": the committee's, not the council's
                continue
            if _CHAIRED_PANEL_RE.match(aff):
                vote(m.group("name"), None)  # "Council member X, who chairs the committee": an official, in their own name
                continue
            vote(m.group("name"), _affiliation(aff, book, facts))
        if "," in body and _SPACED_FOR_OF_RE.search(body):  # every match holds both
            for m in pats["role_for_name"].finditer(body):
                vote(m.group("name"), None)  # an official; a constituency or committee is no party it speaks for
            for m in pats["role_for_noun_name"].finditer(body):
                if _speaks(m.group("role").split(), book):  # "a spokesman for the consortium, Ida Roe": the consortium
                    vote(m.group("name"), _affiliation(m.group("aff"), book, facts))
        for m in pats["the_role_name"].finditer(body):
            vote(m.group("name"), None, role=m.group("role").split()[-1])  # an official; whom they speak for, this does not say
    for body in bodies:
        for name, office in _offices(body):
            # "The conservator, Isidore Penhallow," / "Isidore Penhallow, the conservator,": a person the
            # story knows, given an office with "the" (one of a kind), not "a resident, X"
            office = office.split()[-1]
            if person_key(name) in full and office not in _ORGANISATION_NOUNS and office not in book.vague:
                vote(name, None)
    for key, counter in full.items():
        book.person_names[key] = max(counter.items(), key=lambda kv: (kv[1], len(kv[0])))[0]
    for key, counter in votes.items():
        book.person_party[key] = counter.most_common(1)[0][0]
    runs = _runs(bodies, book)  # read once: both steps below need them, and book.orgs does not change them
    spelled: dict[str, Counter[str]] = {}
    for name, n in runs.items():
        spelled.setdefault(_norm(name), Counter())[name] += n
    book.spellings = {k: max(c.items(), key=lambda kv: (kv[1], "'" in kv[0]))[0] for k, c in spelled.items() if len(c) > 1}
    book.orgs = _orgs(runs, book)
    for full, short in _acronyms(bodies).items():
        # "the Harbour and Dock Workers Union (HDWU)": the name written out is the party; its
        # initials and the tail a reader might cut at "and" ("Dock Workers Union") fold into it
        book.orgs[_norm(short)] = full
        book.initials[full] = short
        tail = full.split(" and ")[-1]
        if tail != full and len(tail.split()) >= 2:
            book.orgs[_norm(tail)] = full
        book.orgs.setdefault(_norm(full), full)
    book.descriptions = _descriptions(bodies, runs, pats, book)
    for noun, party in _people_of_places(bodies, book, book.vague_people).items():
        book.descriptions.setdefault(noun, party)
        if book.descriptions.get(noun) in book.orgs.values() and " " not in noun:
            book.descriptions[noun] = party  # "residents" are "Quarrydale Marsh residents", not the place
    # a portfolio the story names a department for ("Culture Secretary X", "Department for
    # Culture"): that department
    for key, target in list(book.person_party.items()):
        if not target.startswith("@") and " " not in target and target[:1].isupper():
            departments = {o for o in set(book.orgs.values()) | set(book.descriptions.values())
                           if len(o.split()) >= 3 and o.split()[-1] == target and o.split()[0] in _GOVERNING_HEADS}
            if len(departments) == 1:
                book.person_party[key] = departments.pop()
    # a one-word capitalised affiliation the story never writes as an organisation or place
    # is a portfolio, not a party ("Transport Minister Aurelio Bransby" stays a person)
    for key, target in list(book.person_party.items()):
        if not target.startswith("@") and " " not in target and target[:1].isupper() and not book.place(target) \
                and (target.lower() in book.portfolios  # "Transport" beside a "Carrisford Transport Authority"
                     or _norm(target) not in book.orgs and target.lower() not in book.descriptions
                     and not _org_like(target, facts) and target not in ORG_HEADS
                     and not _stands_alone(target, bodies, book)):
            del book.person_party[key]
    # a lower-case one-word affiliation that names no party of the story and is no party noun
    # is a portfolio or beat ("roads spokesman", "county supervisor"), not whom the person speaks for
    for key, target in list(book.person_party.items()):
        if not target.startswith("@") and " " not in target and target[:1].islower() \
                and target not in book.descriptions and (not _party_noun(target, book) or target in _GENERIC_BODIES):
            del book.person_party[key]  # "the group's chair, X": which group, the book cannot tell; X speaks by name
    # a description an affiliation named ("union", "company") resolves like any holder
    for key, target in list(book.person_party.items()):
        if target.startswith("@") or len(target.split()) != 1:
            continue
        # "union", "University" -> the named party; "chairs the traders' association" gives
        # "traders", written "Traders'" in the party's name
        found = next((book.descriptions[k] for k in (target.lower(), target.lower() + "'", target.lower() + "’")
                      if k in book.descriptions), None)
        if found is not None:
            book.person_party[key] = found
    return book


# what follows a name that the story describes as an organisation: ", a residents' group",
# "'s, which" / ", which owns"
@lru_cache(maxsize=1)
def _apposed_description_re() -> re.Pattern[str]:
    return re.compile(r"," + _S + r"(?:a|an|the)" + _S + r"(?:[\w'’-]+" + _S + r"){0,3}?(?:"
                      + _alt(_ORGANISATION_NOUNS) + r")\b")


_WHICH_RE = re.compile(r"(?:[’']s)?,?" + _S + r"which\b")


def _organisation_named(name: str, bodies: list[str], apposed_names: frozenset[str] | None = None) -> bool:
    """A name the tagger took for a person that the story writes as an organisation: one
    opening on a function word ("For Labour"), ending on an organisation word ("Elmbrook Bus
    Company"), taking "which" ("Dunley Orchards, which owns the hillside"), or whose last
    word the story also writes as a description ("the orchards"). ``apposed_names``: the
    names of the bodies' noun-first appositions (:func:`_noun_first`), when already read."""
    words = name.split()
    if len(words) < 2:  # "Guild" of "the Bakers’ Guild": a lone word the story also writes as a common noun
        low = words[0].lower() if words else ""
        # the pattern ends on the lower-case word itself: a body without it cannot match (no compile)
        return bool(words) and (words[0] in ORG_HEADS or any(low in b and re.search(
            r"\b(?:the|The)" + _S + r"(?:[\w'’-]+" + _S + r"){0,2}" + re.escape(low) + r"(?![\w-])", b) for b in bodies))
    if words[0] in _FUNCTION_CAPS or words[-1] in ORG_HEADS or words[-1] in _COMPANY_TAILS | _COMPANY_SUFFIXES:
        return True
    if len(words) >= 3 and any(w in ORG_HEADS or w in COMPANY_NAME_ENDS or w in _BODY_NAME_WORDS for w in words[1:-1]):
        return True  # "Musicians Guild Aotearoa", "Harbour Union Local": a body's word inside the name
    plural = words[-1]
    if plural.endswith("s") and not plural.endswith(("ss", "'s", "’s")) and len(plural) > 3 and any(
            re.search(r"(?<![\w-])" + re.escape(plural.lower()) + r"(?![\w-])", b) for b in bodies if plural.lower() in b):
        return True  # "Low Tide Events": a name ending in a plural the story writes as a common noun ("events")
    # "A residents' group, Friends of the Meadow,", "Friends of the Meadow, a residents' group,"
    if apposed_names is None:
        apposed_names = frozenset(n for b in bodies for _, n in _noun_first(b))
    if name in apposed_names or _followed_by(name, bodies, _apposed_description_re()):
        return True
    if _followed_by(name, bodies, _WHICH_RE) or _followed_by(name, bodies, _ITS_RE):
        return True
    # "the orchards", "the bakers' guild": the name's last word(s) written as a common noun phrase
    last = words[-1].lower()
    if "'" not in last and "’" not in last and not any(last in b for b in bodies):
        return False  # both alternatives below end on the last word in lower case: absent, no match (no compile)
    tail = re.escape(_norm(" ".join(words[-2:]))).replace("'", "['’]").replace(r"\ ", _S)
    described = re.compile(r"\b(?:the|The)" + _S + "(?:" + re.escape(last) + "|" + tail + r")(?![\w-])")
    return any(described.search(b) for b in bodies)


# words of bodies' names that no person's name holds inside it (beside ORG_HEADS); general English
# "Consumer Rights Aotearoa repeated its call", "Fair Tickets Now has renewed its demand": a
# verb and "its" right after the name (a person's is "his" or "her")
_ITS_RE = re.compile(r"\s+(?:has\s+|have\s+|had\s+|also\s+|again\s+)?[a-z]+(?:ed|s)\s+its\b")
_BODY_NAME_WORDS = frozenset("Guild Trust Society Federation Cooperative Co-operative Collective Consortium".split())


def _followed_by(name: str, bodies: list[str], tail: re.Pattern[str]) -> bool:
    """Whether some body writes ``name`` with ``tail`` matching right after it: the same as
    searching for the escaped name followed by the tail's pattern, without compiling one
    pattern per name (the description alternation is long, and a story has many names)."""
    for body in bodies:
        at = body.find(name)
        while at >= 0:
            if tail.match(body, at + len(name)):
                return True
            at = body.find(name, at + 1)
    return False


def _stands_alone(word: str, bodies: list[str], book: PartyBook) -> bool:
    """Whether the story writes ``word`` anywhere but right before a role ("Acme said",
    "Acme's offer"), as a party's name is written; a portfolio ("Transport" of "Transport
    Minister") never is."""
    for body in bodies:
        for m in re.finditer(r"(?<![\w’'-])" + re.escape(word) + r"(?![\w-])(?:[’']s)?[^\S\n]*([\w.-]*)", body):
            nxt = m.group(1).lower()
            if nxt.rstrip(".") not in book.role_words and nxt not in book.role_words:
                return True
    return False


def _left_affiliation(body: str, at: int, portfolios: frozenset[str] = frozenset(),
                      place: Callable[[str], str | None] = lambda word: None) -> str | None:
    """The affiliation written right before a role ("Student Assembly" in "Student Assembly
    President Kasimir Velde", "union" in "union president Tomas Reyes", "U.S." in "U.S.
    special envoy Colm Ardmore"): capitalised words on the same line, else one lower-case
    noun; None after a determiner-less verb or punctuation. A portfolio right before the
    role is what the role is about: "Helvorian Foreign Minister" speaks for Helvoria, "State
    Transportation Secretary" has the portfolio alone (which :func:`learn` reads)."""
    words = []
    k = at
    while len(words) < 5:
        m = re.search(r"([\w.’'&-]+)[^\S\n]+$", body[max(0, k - 60):k])
        if not m:
            break
        word = m.group(1)
        if not (word[:1].isupper() or (not words and word.isalpha() and word.islower())):
            break
        words.insert(0, word)
        k = k - len(m.group(0))
        if word[:1].islower():
            break
    while words and words[0] in ("The", "A", "An", "the", "a", "an"):
        words = words[1:]
    if len(words) >= 2 and words[-1].lower() in portfolios:
        rest = words[:-1]
        while rest and rest[-1].lower() in portfolios:
            rest = rest[:-1]
        if rest and place(" ".join(rest)):
            words = rest  # "Helvorian Foreign Minister": Helvoria's
        elif words[-1][:1].isupper():
            words = words[-1:]  # "State Transportation Secretary", "Meanwhile Science Minister": the portfolio (see learn)
        elif not rest or len(rest) == 1 and rest[0].lower() in _GOVERNMENT_LEVELS:
            return None
        else:
            words = rest  # "opposition transport spokeswoman": the opposition's
    if not words or (len(words) == 1 and words[0].lower() in DETERMINERS | REPORTING | PREPOSITIONS | _NOT_AFFILIATION):
        return None
    return " ".join(words)


# words that say which level of government a portfolio is at, not whose it is
_GOVERNMENT_LEVELS = frozenset("state federal provincial national regional shadow junior deputy assistant acting".split())

_ABBREVIATED = {"sen.": "senator", "sen": "senator", "coun.": "councillor", "rep.": "representative", "gov.": "governor", "gov": "governor"}
# "of" / "for" between spaces of one line (_S either side), as the "role_name_of" and
# "role_for_name" patterns of _patterns hold them: a role sentence without it skips the pattern
_SPACED_OF_RE = re.compile(r"[^\S\n]of[^\S\n]")
_SPACED_FOR_OF_RE = re.compile(r"[^\S\n](?:for|of)[^\S\n]")
# "on the city council", "on Morrow Downs County Council": a seat on a body (its name, if any, in up to four words)
_SITS_ON_RE = re.compile(r"\s+on\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:council|board|committee|assembly|panel|authority)\b", re.I)
_REPRESENTS_AREA_RE = re.compile(r"\bwho\s+represent(?:s|ed)\s+(?!the\b)")  # "who represents Eastgate": a ward, not a body
_CHAIRED_PANEL_RE = re.compile(r"(?:the\s+)?(?:committee|subcommittee|panel|hearing|inquiry)\b", re.I)
_LEADS_RE = re.compile(r"\bwho\s+(?:leads|led|heads|headed|chairs|chaired|runs|ran|represents|represented|speaks|(?:co-)?founded|started|set\s+up|formed)\b")
_RELATIVES = frozenset("who whom whose which that according".split())
_CALENDAR = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday""".split())
_FUNCTION_CAPS = frozenset("The A An In On At For From By With To Of And But As If When While".split())
_NOT_AFFILIATION = frozenset("""said says told and but former then when while as by with from on in at for to of
acting interim new longtime veteran""".split())


def _speaks(role_words: list[str], book: PartyBook) -> bool:
    """Whether a role phrase ("special envoy", "Mayor", "chemistry professor") speaks for a party."""
    words = [w.lower().strip(",.") for w in role_words]
    for n in (3, 2, 1):
        for i in range(len(words) - n, -1, -1):
            phrase = " ".join(words[i:i + n])
            if phrase in book.titles:
                return False
            if phrase in book.speaks_for:
                return True
    return False


@lru_cache(maxsize=8)
def _role_finder(roles: tuple[str, ...]) -> re.Pattern[str]:
    # "Rep." ends in a dot: no word boundary after it; case-insensitive as a whole (the same
    # matches as "(?i:" around the words alone), so that learn can search its folded twin
    return re.compile(r"\b(?:" + _alt(roles) + r")(?!\w)", re.IGNORECASE)


@dataclass(slots=True, frozen=True)
class _NameFacts:
    """What one pass over the story says about capitalised words: which follow a first name
    or a title (surnames: "Vladimir Putin", "Mr. Trump") and which end or head a longer
    organisation name ("Ashbury State University", "Board of Regents")."""

    surnames: frozenset[str]
    org_words: frozenset[str]

    @classmethod
    def read(cls, bodies: list[str]) -> "_NameFacts":
        surnames, org_words = set(), set()
        for body in bodies:
            for m in _AFTER_CAPITAL_RE.finditer(body):
                if m.group(1) not in _FUNCTION_CAPS:
                    surnames.add(m.group(2))
                if m.group(2) in ORG_HEADS:
                    org_words.add(m.group(2))  # "State University", "Faculty Senate"
            org_words.update(_HEAD_OF_RE.findall(body))
        return cls(frozenset(surnames), frozenset(org_words))


_AFTER_CAPITAL_RE = re.compile(r"\b([A-Z][a-z]+\.?|Mr\.|Ms\.|Mrs\.)" + _S + r"([A-Z][\w'’-]*[\w])")
_HEAD_OF_RE = re.compile(r"\b([A-Z][\w-]+)" + _S + r"of" + _S + r"[A-Z]")


_OWNED_BODY_RE = re.compile(r"[’']s((?:" + _S + r"[a-z-]+){1,3})")  # "council's transport committee": the words after the owner
_GROUP_AFTER_RE = re.compile(r"\s+(group|party|faction|caucus|bloc|wing|coalition)\b")  # a lower-case collective after a capitalised modifier


def _affiliation(aff: str | None, book: PartyBook, facts: _NameFacts) -> str | None:
    """The party an affiliation phrase names: a country (demonym, capital), another person
    ("@key"), an organisation written out, or a description resolved later ("union")."""
    if not aff:
        return None
    aff = re.sub(r"^(?:the|a|an)\s+", "", aff.strip(" ,"), flags=re.I)
    aff = re.sub(r"[’']s?$", "", aff)
    if not re.search(r"(?:^|\s|\.)[A-Z]\.$", aff):
        aff = aff.rstrip(".")  # "U.S." keeps its last dot, a sentence's full stop does not
    if not aff:
        return None
    if " of " in aff and book.place(aff.rsplit(" of ", 1)[1]):
        return book.place(aff.rsplit(" of ", 1)[1])  # "Vladimir V. Putin of Russia"
    words = aff.split()
    for n in range(len(words), 0, -1):  # "Helvorian Foreign Ministry" -> Helvoria
        country = book.place(" ".join(words[:n]))
        if country:
            return country
    if aff[0].islower():
        low = aff.lower()
        return low if low not in DETERMINERS | PERSONAL_PRONOUNS | _NOT_AFFILIATION | PREPOSITIONS else None
    if len(words) == 1 and words[0] in ("President", "Mr", "Mr.", "Ms", "Ms."):
        return None
    if len(words) == 1 and aff.lower() in book.portfolios:
        return aff  # "Heritage Minister X": a portfolio (see learn), not a person "Heritage"
    if len(words) == 1 and aff in facts.surnames and not _org_like(aff, facts):
        return "@" + person_key(aff)  # "Putin's adviser", "Mr. Trump's envoy": through that person
    if aff.lower() in book.titles:
        return None
    return aff  # "Norland", "Regents", "Student Assembly" (a short form is resolved when the book is complete)


def _org_like(word: str, facts: _NameFacts) -> bool:
    """A single capitalised word that names an organisation of the story: the last or head
    word of a longer name the story writes out ("Ashbury State University", "Board of ...")."""
    return word in facts.org_words


def _places(views) -> dict[str, str]:
    """Country names, aliases, capitals and nationality words -> country: the general
    gazetteer, plus this story's own pairs ("Saldovian" / "Saldovia")."""
    table = dict(_country_table())  # as written: "US" is a country, "us" a pronoun
    table.update({k.lower(): v for k, v in _country_table().items() if not k.isupper()})
    caps: set[str] = set()
    for v in views:
        caps.update(re.findall(r"\b[A-Z][a-z]{3,}\b", v.article.body))
    for w in sorted(caps):
        if not w.endswith(("an", "ese", "ish", "i")) or w.lower() in table:
            continue
        for cand in (w[:-1], w[:-2], w[:-3] + "y", w[:-3] + "a", w[:-3], w[:-4] + "y", w[:-3] + "o"):
            if cand in caps and cand != w and len(cand) >= 4:
                table.setdefault(w.lower(), cand)
                table.setdefault(w.lower() + "s", cand)
                table.setdefault(cand.lower(), cand)
                break
    return table


@lru_cache(maxsize=1)
def _country_table() -> dict[str, str]:
    """Gazetteer surface forms of countries, their nationality words and capitals -> country."""
    from newsdesk.extract.gazetteer import country_parties

    return country_parties()


_RUN_RE = re.compile(r"\b[A-Z][\w'’&-]*(?:" + _S + r"(?:(?:of|for)" + _S + r"(?:the" + _S + r")?|&" + _S + r")?[A-Z0-9][\w'’&-]*)+")


_ACRONYM_RE = re.compile(r"((?:[A-Z][\w'’&-]*" + _S + r"(?:(?:and|of|for|the|&)" + _S + r")*)+[A-Z][\w'’&-]*)" + _S
                         + r"?\(([A-Z]{2,8})\)")
_ACRONYM_GLUE = frozenset("and of for the &".split())


def _acronyms(bodies: list[str]) -> dict[str, str]:
    """Names written out before their initials in brackets ("the Harbour and Dock Workers
    Union (HDWU)") -> the initials: the capitalised words' first letters spell them (glue words
    may or may not count); the name is the shortest run of words ending before the bracket
    that does."""
    out: dict[str, str] = {}
    for body in bodies:
        for m in _ACRONYM_RE.finditer(body):
            words, short = m.group(1).split(), m.group(2)
            for k in range(len(words) - 1, -1, -1):
                part = words[k:]
                if part[0].lower() in _ACRONYM_GLUE:
                    continue
                caps = "".join(w[0] for w in part if w.lower() not in _ACRONYM_GLUE).upper()
                every = "".join(w[0] for w in part).upper()
                if short in (caps, every) and len(part) >= 2:
                    out[" ".join(part)] = short
                    break
    return out


# a campaign named by its aim: an imperative, "the"/"our", then a name ("Save the Feenagh",
# "Stop the Pylons", "Protect Our Meadows"); the capitalised-run reading stops at the lower-case "the"
_CAMPAIGN_RE = re.compile(r"(?<![\w’'-])(?:Save|Stop|Protect|Defend|Keep|Reclaim|Scrap|Free)" + _S + r"(?:the|our|Our|The)"
                          + _S + r"[A-Z][\w'’-]*[\w](?:" + _S + r"[A-Z][\w'’-]*[\w]){0,2}")


def _runs(bodies: list[str], book: PartyBook) -> Counter[str]:
    """Multi-word capitalised names that are not a person, a place, a date or a role phrase."""
    runs: Counter[str] = Counter()
    for body in bodies:
        for m in _CAMPAIGN_RE.finditer(body):
            runs[m.group(0)] += 1
        for m in _RUN_RE.finditer(body):
            text = re.sub(r"^(?:The|A|An)" + _S, "", m.group(0))
            text = re.sub(r"(?:[’']s|[’'])$", "", text)  # "Board of Regents'" is "Board of Regents"
            words = text.split()
            if len(words) > 2 and words[1] in ("of", "in", "on", "from") and people_noun(words[0]) \
                    and words[0].lower() not in _MEMBER_WORDS:
                continue  # "Residents of the Quarrydale Marsh estate": people of a place (see _people_of_places)
            if len(words) > 2 and words[0].lower() in _MEMBER_WORDS and words[1] == "of":
                words = words[3:] if words[2] == "the" else words[2:]  # "Members of Mothers for X": the group
                text = " ".join(words)
            if len(words) < 2 or any(w.lower() in book.titles or w.lower() in book.speaks_for for w in words):
                continue
            first = words[0].lower()
            if first in FUNCTION_WORDS or first.endswith("ly") or first in _CALENDAR or person_key(text) in book.people:
                continue  # "Roughly 80", "April 9", "Yuna Halloran"
            if person_key(text) in book.person_names or book.place(words[0]) or book.place(text):
                continue
            if words[-1] in ("Street", "Road", "Avenue", "Hall", "River", "Lake", "Square", "Park"):
                continue  # places of the story, not parties
            runs[text] += 1
    return runs


def _orgs(runs: Counter[str], book: PartyBook) -> dict[str, str]:
    """Short forms of the story's organisations -> the written-out name ("Norcastle" ->
    "Norcastle Polymers" when the story writes both; "Ashbury Student Assembly" -> "Student
    Assembly" when the shorter is the usual form). ``runs``: :func:`_runs` of the story."""
    out: dict[str, str] = {}
    names = sorted(runs, key=lambda n: (-runs[n], n))
    for name in names:
        for other in names:
            if other != name and name.endswith(" " + other) and runs[other] >= runs[name]:
                out[_norm(name)] = other
                break
        first = name.split()[0]
        if not book.place(first) and first not in ORG_HEADS and person_key(first) not in book.person_names:
            out.setdefault(_norm(first), out.get(_norm(name), name))
        elif first in ORG_HEADS and name.split()[1:2] == ["of"]:
            out.setdefault(_norm(name), name)  # "Federation of Residents' Welfare Associations": a name of its own
    return out


# a word of three or more lower-case letters and a full stop ends a sentence ("in April. Access Now, a group"),
# where a shorter one ("St.", "Dr.") may be an abbreviation inside a name
_SENTENCE_END_RE = re.compile(r"(?<=[a-z]{3}\.)" + _S)


def _descriptions(bodies: list[str], runs: Counter[str], pats: dict[str, re.Pattern[str]], book: PartyBook
                  ) -> dict[str, str]:
    """Lower-case descriptions the story ties to one party: appositions ("X, a local
    environmental group"), words of an organisation's name ("the local" -> "Local 212 of
    the Allied Process Workers", "the board" -> "Board of Regents"), owned groups
    ("Helvoria's mediators" -> "mediators"). A description two parties share is dropped."""
    found: dict[str, Counter[str]] = {}
    for body in bodies:
        for m in pats["org_apposition"].finditer(body):
            name, noun = re.sub(r"^(?:The|A|An)" + _S, "", _SENTENCE_END_RE.split(m.group("name"))[-1]), m.group("noun")
            if noun in book.speaks_for or noun in book.titles or person_key(name) in book.person_names \
                    or book.place(name) or name.split()[-1].lower() in REPORTING or person_key(name) in book.people:
                continue  # "Yuna Halloran, a junior in nursing": a person, not what "the junior" names
            # "Friends of St Aidan's" / "... Aidan’s": one party, named as the story's runs name it
            found.setdefault(noun, Counter())[book.spelling(book.org(re.sub(r"[’']s?$", "", name)))] += 2
        for noun, name in _noun_first(body):
            if person_key(name) in book.people or person_key(name) in book.person_names or book.place(name) \
                    or len(name.split()) < 2 and not _stands_alone(name, [body], book):
                continue
            found.setdefault(noun, Counter())[book.org(name)] += 2  # "the operator, Northwind Energy, said"
        for m in pats["owned_group"].finditer(body):
            owner = book.place(m.group("owner"))
            if owner:
                found.setdefault(m.group("noun").lower(), Counter())[owner] += 1
    for name in runs:
        canonical = book.org(name)
        for word in name.split():
            low = word.lower()
            if len(low) > 3 and low not in STOPWORD_NAMES and not book.place(word):
                counter = found.get(low)
                if counter is None:  # not setdefault(low, Counter()): one Counter made per noun, not per word
                    counter = found[low] = Counter()
                counter[canonical] += 1
    out: dict[str, str] = {}
    for noun, counter in found.items():
        if len(counter) == 1:  # most nouns: one party, no ranking needed
            out[noun] = next(iter(counter))
            continue
        best = counter.most_common(2)
        if len(best) == 1 or best[0][1] > best[1][1]:
            out[noun] = best[0][0]
    return out


# "Residents of the Quarrydale Marsh estate", "homeowners in Quarrydale Marsh want" (not "commentators in the X press":
# after "the", a name before a lower-case noun other than a place noun modifies that noun)
_PLACE_NOUNS = r"(?:neighbou?rhood|area|estate|district|village|town|city|region|valley|county|suburb|island|coast|community|parish|ward)\b"
_PLACE_RUN = r"[A-Z][\w'’-]+(?:" + _S + r"[A-Z][\w'’-]+){0,2}(?![\w'’-])(?!" + _S + r"[A-Z])"  # the whole capitalised run
_PEOPLE_OF_RE = re.compile(r"\b(?P<noun>[A-Za-z]+(?:s|men|people))" + _S + r"(?:of|in|on|from)" + _S + r"(?:the" + _S
                           + r"(?P<place>" + _PLACE_RUN + r")(?!" + _S + r"(?!" + _PLACE_NOUNS + r")[a-z])|(?P<bare>" + _PLACE_RUN + r"))")
_PLACE_PEOPLE_RE = re.compile(r"(?P<place>(?:[A-Z][\w'’-]+" + _S + r"){0,2}[A-Z][\w'’-]+)" + _S + r"(?P<noun>[a-z]+(?:s|men|people))\b"
                              r"(?!" + _S + r"(?:the|a|an|to|that|its|their|his|her|it|them)\b)")


_INDEFINITE = frozenset("nobody everyone everybody someone somebody anyone anybody none".split())  # "Nobody wants": a verb follows


def people_noun(word: str) -> bool:
    """A plural noun of people who live or work somewhere ("residents", "homeowners", "climbers")."""
    low = word.lower()
    return low.endswith(("men", "people")) or bool(_AGENT_RE.search(low)) and low.endswith("s") and not low.endswith("ss")


def _people_of_places(bodies: list[str], book: PartyBook, vague: frozenset[str] = frozenset()) -> dict[str, str]:
    """Plural people nouns the story ties to one place: "Residents of the Quarrydale Marsh
    estate", "homeowners in Quarrydale Marsh", "Quarrydale Marsh residents" -> "Quarrydale Marsh
    residents" (the people, not the place, hold a position). A noun tied to two places is dropped."""
    found: dict[str, Counter[str]] = {}
    for body in bodies:
        for m in _PEOPLE_OF_RE.finditer(body):
            noun, place = m.group("noun").lower(), m.group("place") or m.group("bare")
            if people_noun(noun) and noun not in book.groups and _place_words(place) and not _named_party(place, book):
                found.setdefault(noun, Counter())[place] += 1
        for m in _PLACE_PEOPLE_RE.finditer(body):
            noun, place = m.group("noun"), re.sub(r"^(?:The|A|An)" + _S, "", m.group("place"))
            if people_noun(noun) and noun not in book.groups and _place_words(place) and not _named_party(place, book):
                found.setdefault(noun, Counter())[place] += 1
    out = {}
    for noun, counter in found.items():
        best = counter.most_common(2)
        if noun not in vague and (len(best) == 1 or best[0][1] > best[1][1]):
            out[noun] = f"{best[0][0]} {noun}"
    return out


def _place_words(name: str) -> bool:
    """Whether capitalised words can name a place: not a quantifier, a function word or a
    date opening a sentence ("Some lawmakers", "Several onlookers", "Friday residents")."""
    return not any(w.lower() in FUNCTION_WORDS or w.lower() in DETERMINERS or w.lower() in _CALENDAR
                   or w.lower() in _INDEFINITE or w.lower() in _QUANTIFIERS for w in name.split())


_QUANTIFIERS = frozenset("several many most few some numerous dozens hundreds thousands scores".split())


def _named_party(name: str, book: PartyBook) -> bool:
    """A name that is a party of its own: a person, a country, an organisation (not a place of the story)."""
    key = person_key(name)
    return key in book.people or key in book.person_names or bool(book.place(name)) \
        or name.split()[-1] in ORG_HEADS or name.split()[-1] in _COMPANY_TAILS


# nouns that call a name an organisation ("a residents' group, X", "X, a local charity", "the operator, X,")
_ORGANISATION_NOUNS = frozenset("""group organisation organization body charity campaign lobby network collective watchdog
regulator company firm utility operator developer manufacturer maker carrier supplier contractor insurer association
union coalition alliance society club trust council board committee agency authority""".split())
# "the operator, Northwind Energy,", "A residents' group, Friends of the Meadow,": a description, then the name it gives
_NOUN_FIRST_RE = re.compile(r"\b(?:the|a|an|The|A|An)" + _S + r"(?:(?!(?:for|of|to|at|by|with|from|the|a|an)\b)[a-z'’-]+"
                            + _S + r"){0,3}?(?P<noun>" + "|".join(
    sorted(_ORGANISATION_NOUNS, key=len, reverse=True)) + r")," + _S + r"(?P<name>(?:[A-Z][\w'’&-]*" + _S + r"(?:(?:of|for|and)"
    + _S + r"(?:the" + _S + r")?)?){0,5}[A-Z][\w'’&-]*\w)(?=,)")

def _noun_first(body: str):
    """(noun, name) of each noun-first apposition ("the operator, Northwind Energy,"), not
    after a preposition ("a spokesman for the board, Ana Pell,": the person speaking)."""
    for m in _NOUN_FIRST_RE.finditer(body):
        if not re.search(r"\b(?:for|of|to|at|by|with|from|on|in)" + _S + r"$", body[max(0, m.start() - 8):m.start()]):
            yield m.group("noun"), m.group("name")


# "The conservator, Isidore Penhallow," / "Isidore Penhallow, the conservator,": an office (a singular
# lower-case noun after "the") and a name in apposition
_OFFICE = r"(?:[a-z]+" + _S + r")?[a-z]{4,}(?<!s)"
_THE_OFFICE_NAME_RE = re.compile(r"(?<![\w’'-])(?:The|the)" + _S + r"(?P<office>" + _OFFICE + r")," + _S + r"(?P<name>" + _PERSON
                                 + r")(?=,)")
_COMMA_THE_OFFICE_RE = re.compile(r"," + _S + r"the" + _S + r"(?P<office>" + _OFFICE + r"),")
_PERSON_BEFORE_RE = re.compile(r"(?<![\w’'-])(?P<name>" + _PERSON + r")$")
PERSON_CHARS = 60  # a first and last name before ", the conservator," fit in this many characters


def _offices(body: str):
    """(name, office) of each "The conservator, Isidore Penhallow," and "Isidore Penhallow, the
    conservator," (the latter found from its ", the" and read back to the name: a cheap scan)."""
    for m in _THE_OFFICE_NAME_RE.finditer(body):
        yield m.group("name"), m.group("office")
    for m in _COMMA_THE_OFFICE_RE.finditer(body):
        name = _PERSON_BEFORE_RE.search(body, max(0, m.start() - PERSON_CHARS), m.start())
        if name is not None:
            yield name.group("name"), m.group("office")


STOPWORD_NAMES = frozenset("the and for with from state national county city".split())


# --------------------------------------------------------------------------- subjects

def holder_span(toks: tuple[Tok, ...], cue: int, depth: int = 0) -> tuple[int, int] | None:
    """Token span [a, b) of the grammatical subject of the verb at ``cue``, or None.

    Skips auxiliaries, adverbs and time phrases between subject and verb; jumps an
    appositive or relative clause closed by a comma; follows "X ... and VERB" to the
    clause's subject, "X voted to VERB" to the subject of "voted", and "who/which VERB" to
    the antecedent."""
    if depth > 3:
        return None
    span = _holder_span(toks, cue, depth)
    back = cue - 1
    if span == (cue - 1, cue) and toks[cue].low.endswith("ing") and toks[cue - 1].low in _PARTICIPLE_OPENERS \
            and cue >= 3 and toks[cue - 2].text == ",":
        span, back = None, cue - 3  # "X fought off a fine, while pressing regulators to ...": X presses them
    if span is None and toks[cue].low.endswith("ing") and cue >= 2 and toks[cue - 1].low not in AUXILIARIES \
            and toks[cue - 1].low not in PREPOSITIONS and (toks[cue - 1].word or toks[cue - 1].text == ","):
        # "The union wrote to the governor, asking him to intervene": the participle's subject is the clause's
        k = back
        while k >= 0 and toks[k].text not in (".", ";", ":", "“", "”", '"') and (
                toks[k].low not in REPORTING or toks[k + 1].low in PREPOSITIONS)  \
                and toks[k].low not in CLAUSE_WORDS and (toks[k].low != "that" or k > 0 and toks[k - 1].low in PREPOSITIONS):
            k -= 1  # "wrote to the mayor, asking": a verb of writing, not of a reported clause ("with that stance": a determiner)
        first = _np_starting(toks, k + 1, cue)
        if first is not None:
            a, b = first
            while b - a > 1 and (toks[b - 1].low in _PAST_HINT or toks[b - 1].low.endswith("ed") or toks[b - 1].low in REPORTING):
                b -= 1  # "The union wrote": the verb is not part of the subject
            if b < cue - 1 and (toks[b].low in AUXILIARIES or toks[b].low in _PAST_HINT or toks[b].low.endswith("ed")
                                or toks[b].low in REPORTING):
                return a, b
    return span


_PARTICIPLE_OPENERS = frozenset("while whilst when".split())  # ", while pressing ...": a participle clause on the subject

# finite verbs after a subject (irregular pasts: "X took issue with that stance, calling for ...")
_PAST_HINT = frozenset("""wrote sent went told gave made took met spoke held kept brought put left stood began came
drew led chose sought threw fought""".split())


def _holder_span(toks: tuple[Tok, ...], cue: int, depth: int) -> tuple[int, int] | None:
    j = _skip_left(toks, cue - 1)
    if j < 0:
        return None
    t = toks[j]
    if t.low == "to":
        if j >= 1 and toks[j - 1].low in ("and", "or"):  # "voted to oppose X and to demand Y": the first "to"'s holder
            for k in range(j - 2, max(-1, j - 2 - COORDINATED_INFINITIVE_WINDOW), -1):
                if toks[k].text in (".", ";", ":") or toks[k].low in REPORTING:
                    break
                if toks[k].low == "to" and k + 1 < j - 1 and toks[k + 1].word:
                    return holder_span(toks, k + 1, depth + 1)
        for k in range(j - 1, max(-1, j - CONTROL_WINDOW), -1):
            if toks[k].low in _OBJECT_CONTROL and k < j - 1:
                return None  # "pushes Ukraine to agree to X": Ukraine is asked to agree; it has not
            if toks[k].low in _CONTROL:
                return holder_span(toks, k, depth + 1)
            if toks[k].text in (".", ";", ":") or toks[k].low in REPORTING:
                break
        purpose = _purpose_of(toks, j)
        return holder_span(toks, purpose, depth + 1) if purpose is not None else None
    if t.low in ("and", "but"):
        said = _coordinated_with_reporting(toks, j, cue)
        if said is not None:  # "X said the minister was hiding and called for ...": X called for it
            return holder_span(toks, said, depth + 1)
        rel = _relative_before(toks, j)
        if rel is not None:  # "the Riders Union, which represents passengers and has pushed back against ...": the union
            return _antecedent(toks, rel)
        return _clause_subject(toks, j)
    if t.low in ("who", "which", "that"):
        return _antecedent(toks, j)
    if t.text == ",":
        k = _appositive_open(toks, j)
        if k is None:
            return None
        if k >= 0 and toks[k].text == "," and j - k > 1 and toks[j - 1].cap \
                and all(x.cap and x.word or x.text == "." or x.text.isdigit() and n > 0 or x.low in _NAME_GLUE and n > 0
                        for n, x in enumerate(toks[k + 1:j])):
            return k + 1, j  # "Corvania's foreign minister, Pavel Ostrinsky, said": the named person ("Their union, Local 9 of X,")
        if k >= 0 and k + 1 < j and toks[k + 1].low in ("who", "which"):
            return _antecedent(toks, k + 1)  # "Daniel Okafor, the MP for X and the Coast, who backs the wall, said": Okafor
        return _np_ending(toks, _skip_left(toks, k - 1))
    rel = _restrictive_relative(toks, j)
    if rel is not None:
        return _antecedent(toks, rel)  # "The union that represents the patrollers warned against": the union
    return _np_ending(toks, j)


PURPOSE_PHRASE_WORDS = 5  # "wrote to the federation's board | to demand": the place or addressee between is short


def _purpose_of(toks: tuple[Tok, ...], to: int) -> int | None:
    """The verb whose purpose the infinitive at ``to`` states: "she went further, *writing* to
    the board to demand ...", "the union *wrote* to the mayor to demand ...": the act done in
    order to take the position, whose subject holds it. Only a past verb or a participle after
    a comma, with nothing but a prepositional phrase between it and "to"."""
    for k in range(to - 1, max(-1, to - 2 - PURPOSE_PHRASE_WORDS), -1):
        t = toks[k]
        if not t.word:
            return None
        if t.low in PREPOSITIONS and k + 1 < to:
            continue
        verb = t.low in _PAST_HINT or t.low.endswith("ed") and not t.cap \
            or t.low.endswith("ing") and k >= 1 and toks[k - 1].text == ","
        if verb and k + 1 < to and toks[k + 1].low in PREPOSITIONS:
            return k
        if t.low in AUXILIARIES or t.low in REPORTING or t.low in CLAUSE_WORDS or t.low == "to":
            return None
    return None


RELATIVE_REACH = 8  # words of a restrictive relative clause between its antecedent and the main verb


def _restrictive_relative(toks: tuple[Tok, ...], j: int) -> int | None:
    """The "that"/"who"/"which" opening a relative clause without commas that ends at token ``j``
    ("The union that represents the ski patrollers | warned"): the main verb's subject is the
    clause's antecedent, not the noun the clause ends on. The pronoun must be followed by a
    verb (a lower-case word that is no determiner, pronoun or preposition)."""
    for k in range(j - 1, max(0, j - RELATIVE_REACH) - 1, -1):
        t = toks[k]
        if not t.word:
            return None  # punctuation: another clause
        if t.low in ("that", "who", "which") and k >= 1 and toks[k - 1].word and toks[k - 1].low not in REPORTING \
                and toks[k - 1].low not in PREPOSITIONS:
            v = toks[k + 1]
            if v.word and not v.cap and v.low not in DETERMINERS and v.low not in PERSONAL_PRONOUNS \
                    and v.low not in PREPOSITIONS and (v.low.endswith(("s", "ed")) or v.low in AUXILIARIES):
                return k
            return None
    return None


_ASIDES = frozenset("meanwhile however too also though instead nonetheless nevertheless separately".split())


GOING_ON = frozenset("keep keeps kept continue continues continued".split())  # "would keep fighting the cap": a stance kept up
# verbs that link a subject to a state as "be" does ("the government remained committed to")
_COPULAR_VERBS = frozenset("remain remains remained stay stays stayed seem seems seemed appear appears appeared".split())


def _skip_left(toks: tuple[Tok, ...], j: int) -> int:
    while j >= 0:
        t = toks[j]
        if t.text == "," and j >= 2 and toks[j - 1].low in _ASIDES and toks[j - 2].text == ",":
            j -= 3  # "Pedal Ostvale, meanwhile, called on": an aside between commas
            continue
        if t.text == ")" and j >= 2 and toks[j - 2].text == "(" and toks[j - 1].text.isupper() and toks[j - 1].word:
            j -= 3  # "the Harbour and Dock Workers Union (HDWU) is seeking": the name's initials
            continue
        if t.low == "far" and j >= 1 and toks[j - 1].low == "so":
            j -= 2  # "has so far refused"
            continue
        if t.low == "out" and j >= 1 and toks[j - 1].low in ("come", "comes", "came", "coming"):
            j -= 2  # "has come out in favour of": the subject of "come"
            continue
        if t.text in ("”", '"', "’") and j >= 1 and toks[j - 1].text == ",":
            j -= 1  # ', who had called it “a retreat,” said': the comma closes the clause
            continue
        if t.low in AUXILIARIES or t.low in _COPULAR_VERBS \
                or (ly_adverb(t.low) and t.low not in ("only",) and not t.cap) \
                or t.low in GOING_ON and j + 1 < len(toks) and toks[j + 1].low.endswith("ing"):
            j -= 1  # "has", "remained", "firmly", "will keep (pushing)"
        elif t.low in ("first", "last", "since", "long") and j >= 1 and (toks[j - 1].low in AUXILIARIES or toks[j - 1].low in ("who", "which", "that")):
            j -= 1  # "who first called for", "which has since proposed", "who has long argued against"
        elif is_time(t) and not (t.low == "this" and j + 1 < len(toks) and not is_time(toks[j + 1])):
            j -= 1
            while j >= 0 and (toks[j].low in ("on", "late", "early", "last", "this", "next", "by") or is_time(toks[j])):
                j -= 1
        elif t.text == "," and j >= 2 and is_time(toks[j - 1]):
            k = j - 1  # "..., on Tuesday, proposed": a time phrase between two commas
            while k >= 0 and (is_time(toks[k]) or toks[k].low in ("on", "late", "early", "last", "this", "next", "by")):
                k -= 1
            if k >= 0 and toks[k].text == ",":
                j = k - 1
            else:
                break
        else:
            break
    return j


def _appositive_open(toks: tuple[Tok, ...], close: int) -> int | None:
    """The comma that opens the appositive or relative clause closed at ``close``."""
    for k in range(close - 1, max(-1, close - 30), -1):
        if toks[k].text == ",":
            first = toks[k + 1] if k + 1 < close else None
            if first is None:
                return None
            if first.low in ("who", "which", "whose", "a", "an", "the", "its", "his", "her", "their", "one", "whom", "where") \
                    or first.low.endswith("ly") and k + 2 < close and toks[k + 2].low in PREPOSITIONS \
                    or first.possessive or is_time(first) or first.low in ("on", "in", "at", "after", "speaking", "according") \
                    or all(x.cap and x.word for x in toks[k + 1:close]) \
                    or first.cap and toks[close - 1].cap and all(x.cap and x.word or x.low in _NAME_GLUE or x.text.isdigit()
                                                                 for x in toks[k + 1:close]):
                return k  # "A smaller group, Patients for Change, has": a name with "for"/"of" (or a number: "Local 9 of X") in it
            if k > 0 and toks[k - 1].cap and first.word and not first.cap and k + 2 < close and (
                    toks[k + 2].low == "of" or any(toks[m].low in ("of", "for", "at") and all(
                        t.word and not t.cap for t in toks[k + 1:m]) for m in range(k + 2, min(close, k + 5)))):
                return k  # "Dana Roe, chair of the Growers Union, said", "X, regional organiser for Y, said": a role
            if k > 0 and toks[k - 1].cap and first.word and not first.cap and first.low.endswith(("ed", "en")) \
                    and k + 2 < close and toks[k + 2].low in PREPOSITIONS | {"as"}:
                return k  # "Dana Roe, seen as the swing vote, said": a participle describing the named person
            lead = toks[k + 2] if first.low in ("still", "already", "now", "again", "not") and k + 2 < close else first
            if k > 0 and toks[k - 1].cap and toks[k - 1].word and not is_time(toks[k - 1]) and lead.word and not lead.cap \
                    and lead.low.endswith("ing") and len(lead.low) > 5 and close - k > 2:
                return k  # "Ida Ostvik, still refusing to say whether ..., floated": a participle clause on the named subject
            if k > 0 and toks[k - 1].cap and close == k + 2 and first.text.isdigit():
                return k  # "Dana Roe, 54, said": an age
            if all(x.word and not x.cap for x in toks[k + 1:close]) and any(x.low in ("and", "or") for x in toks[k + 1:close]):
                close = k  # "X, which represents performers, sound engineers and promoters, says": a list's last items
                continue
            return None
        if toks[k].text in (".", ";", ":"):
            return None
    return None


def _np_ending(toks: tuple[Tok, ...], j: int) -> tuple[int, int] | None:
    """The noun phrase that ends at token ``j`` when it stands where a subject stands."""
    if j < 0:
        return None
    t = toks[j]
    if t.low in PERSONAL_PRONOUNS:
        a = j
    elif t.cap or (t.text[:1].isdigit() and j > 0 and toks[j - 1].cap):
        a = j
        while a - 1 >= 0 and j - a < MAX_HOLDER_WORDS:
            p = toks[a - 1]
            if p.cap and p.word and p.low in _CAPITAL_FUNCTION:
                if a - 2 >= 0 and toks[a - 2].cap and toks[a - 2].word and toks[a - 2].low not in _CAPITAL_FUNCTION \
                        and p.low not in REPORTING:
                    a -= 1  # "Keep Elm Lane Green", "Friends Of The Earth": a capitalised word inside a name
                    continue
                break  # "As Mr. Trump pushes": a clause word at the start of a sentence
            if p.cap and p.word or (p.text[:1].isdigit() and a - 2 >= 0 and toks[a - 2].cap):
                a -= 1
            elif p.low in _NAME_GLUE and a - 2 >= 0 and toks[a - 2].cap and toks[a - 2].word \
                    and toks[a - 2].low not in REPORTING:
                a -= 1
            elif p.low == "the" and a - 3 >= 0 and toks[a - 2].low == "of" and toks[a - 3].cap and toks[a - 3].word \
                    and toks[a - 3].low not in _CAPITAL_FUNCTION and toks[a - 3].low not in REPORTING:
                a -= 2  # "Chief Mara Lindell of the Tallow Creek Band said": the person of the body
            elif p.text in ("-",) or (p.low in ("of",) and a - 2 >= 0):
                break
            else:
                break
        # "members of the Quillmoor Neighborhood Association": the group is the named party
        while a - 1 >= 0 and toks[a - 1].low in ("the",):
            a -= 1
        if a - 3 >= 0 and toks[a - 1].low in ("for", "at") and toks[a - 2].low in _SPOKES \
                and toks[a - 3].low in ("a", "an", "the") and _subject_position(toks, a - 3):
            a -= 3  # "A spokesman for Velk Transit Group said": the body spoken for
        elif a - 2 >= 0 and (toks[a - 1].low == "of" and toks[a - 2].low in _MEMBER_WORDS
                           or toks[a - 1].low in _PEOPLE_PREPS and people_noun(toks[a - 2].low)
                           and toks[a - 2].low not in _MEMBER_WORDS
                           and (toks[a - 1].low in ("at", "from", "with") or _subject_position(toks, a - 2))):
            a -= 2  # "members of the X", "campaigners at X", "Climbers on the Eastern Crags"
            if a - 1 >= 0 and toks[a - 1].low in DETERMINERS:
                a -= 1
        elif a - 2 >= 0 and toks[a - 1].low == "of" and toks[a - 2].low in _PART_WORDS:
            a -= 2  # "The Lowenmoor branch of the Academic Staff Union said": the branch, by its place
            while a - 1 >= 0 and toks[a - 1].cap and toks[a - 1].word and toks[a - 1].low not in _CAPITAL_FUNCTION:
                a -= 1
            if a - 1 >= 0 and toks[a - 1].low in DETERMINERS:
                a -= 1
        # a lower-case word right before a name belongs to it ("union president Tomas Reyes")
        while a - 1 >= 0 and toks[a - 1].word and not toks[a - 1].cap and toks[a - 1].low not in DETERMINERS \
                and toks[a - 1].low not in PREPOSITIONS and toks[a - 1].low not in REPORTING \
                and toks[a - 1].low not in CLAUSE_WORDS and toks[a - 1].low not in AUXILIARIES \
                and toks[a - 1].low not in ("and", "that", "than", "something", "anything", "everything", "nothing", "what") \
                and j - a < MAX_HOLDER_WORDS - 1:  # not ", something Odo Brisvold has refused to do"
            a -= 1
        if a - 1 >= 0 and toks[a - 1].low in DETERMINERS:
            a -= 1
        # "Board chair Rosa Lindqvist", "Student Assembly president Kasimir Velde": the
        # affiliation written before a lower-case role, when the whole opens the clause
        if not _subject_position(toks, a) and toks[a].word and not toks[a].cap and toks[a - 1].cap and toks[a - 1].word:
            b = a - 1
            while b - 1 >= 0 and toks[b - 1].cap and toks[b - 1].word and a - b < 3:
                b -= 1
            if toks[b].low not in _CAPITAL_FUNCTION and _subject_position(toks, b):
                a = b
    elif t.word and not t.text[:1].isdigit():
        a = j
        while a - 1 >= 0 and j - a < MAX_DESCRIPTION_WORDS - 1:
            p = toks[a - 1]
            if p.low in DETERMINERS or p.possessive:
                a -= 1
                break
            if not p.word or p.low in PREPOSITIONS or p.low in REPORTING or p.low in CLAUSE_WORDS \
                    or p.low in AUXILIARIES or p.low in ("and", "that"):
                break
            if p.low.endswith("s") and not p.low.endswith("ss") and not p.possessive:
                break  # "told administrators students might": a plural noun ends the phrase before it
            if p.low in PERSONAL_PRONOUNS:
                break  # "I know people want": a pronoun opens a clause, it is no word of the phrase
            a -= 1
        a = _verb_dropped(toks, a, j)
        if a == j and a - 2 >= 0 and toks[a - 1].low == "of" and toks[a - 2].word and toks[a - 2].low not in PREPOSITIONS \
                and toks[a - 2].low not in AUXILIARIES and toks[a - 2].low not in REPORTING and toks[a - 2].low not in CLAUSE_WORDS \
                and toks[a - 2].low not in DETERMINERS:
            a -= 2  # "the regional chamber of commerce has asked": the "of" phrase is part of the holder's name
            while a - 1 >= 0 and j - a < MAX_DESCRIPTION_WORDS - 1 and toks[a - 1].word and not toks[a - 1].cap \
                    and toks[a - 1].low not in DETERMINERS and toks[a - 1].low not in PREPOSITIONS \
                    and toks[a - 1].low not in AUXILIARIES and toks[a - 1].low not in REPORTING \
                    and toks[a - 1].low not in CLAUSE_WORDS and toks[a - 1].low not in ("and", "that") and not toks[a - 1].possessive:
                a -= 1
        if a - 1 >= 0 and (toks[a - 1].low in DETERMINERS or toks[a - 1].possessive) and toks[a].low not in DETERMINERS:
            a -= 1
    else:
        return None
    if not _subject_position(toks, a):
        return None
    return a, j + 1


_PEOPLE_PREPS = frozenset("at from with on in of around near".split())  # "campaigners at X", "homeowners in X", "farmers around X"
_CAPITAL_FUNCTION = CLAUSE_WORDS | DETERMINERS | PREPOSITIONS | AUXILIARIES | frozenset(
    "and but so then still meanwhile however yet there here".split()) - {"the"}
_SPOKES = frozenset("spokesman spokeswoman spokesperson".split())  # who speak for the body after "for"/"at"
# titles of courtesy, which make no one an office holder ("Dr Anna Vale", a resident)
_HONORIFICS = frozenset("mr mrs ms dr sir dame lord lady miss".split())
# parts of a body that speak as it ("the Lowenmoor branch of the union"); general English
_PART_WORDS = frozenset("branch branches chapter chapters wing".split())
_MEMBER_WORDS = frozenset("""members member leaders leader representatives supporters officials executives
lawyers head heads president chair spokesman spokeswoman""".split())


def _subject_position(toks: tuple[Tok, ...], a: int) -> bool:
    """Whether a phrase starting at token ``a`` opens a clause (else it is an object)."""
    if a == 0:
        return True
    p = toks[a - 1]
    if toks[a].low in DETERMINERS and p.word and not p.cap:  # "told the hearing | the union would": after the one told
        k = a - 1
        while k >= 0 and a - k <= 3 and toks[k].word and toks[k].low not in TELLING:
            k -= 1
        if k >= 0 and toks[k].low in TELLING and (toks[k + 1].low in DETERMINERS or k + 2 == a):
            return True  # "told the hearing | the union would", "told reporters | the board rejects"
    return (not p.word or p.low in REPORTING or p.low in CLAUSE_WORDS or p.low in ("that", "and", "but", "said")
            or is_time(p) or p.low in ("then", "now", "meanwhile", "still", "also", "however")
            or p.low in ("something", "anything", "what"))  # "..., something Odo Brisvold has refused to do"


def _coordinated_with_reporting(toks: tuple[Tok, ...], j: int, cue: int) -> int | None:
    """The reporting verb "and VERB" at ``j`` continues, when the verb is in the past like it
    and the reported clause between them has no verb in that form ("said the minister was
    hiding behind investigators and called for ..."; "said officers had been working 14-hour
    shifts and called for ..."; "said the cap would hurt owners, and proposed instead ..."):
    a second act of the one who said it. None otherwise."""
    if j < 1:
        return None
    verb = toks[cue].low
    if not (verb.endswith("ed") or verb in _PAST_HINT):
        return None
    for k in range(j - 1, -1, -1):
        t = toks[k]
        if t.text in (".", ";", ":") or t.low in CLAUSE_WORDS:
            return None
        if t.low in ("said", "told") and k + 1 < j:
            between = toks[k + 1:j]
            if any(x.low in ("that",) for x in between[:1]):
                return None
            if any(x.low.endswith("ed") and not x.cap and n > 0 and between[n - 1].low not in AUXILIARIES
                   for n, x in enumerate(between)):
                return None  # "said the board rejected X and called for Y": the board's acts
            return k
    return None


def _clause_subject(toks: tuple[Tok, ...], j: int) -> tuple[int, int] | None:
    """The subject at the start of the clause that "and VERB" at ``j`` continues."""
    k = j - 1
    while k >= 0 and toks[k].text not in (".", ";", ":", "“", "”", '"') and (toks[k].low != "that" or _relative_that(toks, k)) \
            and toks[k].low not in REPORTING:
        k -= 1
    span = _np_starting(toks, k + 1, j)
    if span is not None and k >= 0 and toks[k].low in TELLING and span[1] < j \
            and (toks[span[1]].low in DETERMINERS or toks[span[1]].cap):
        span = _np_starting(toks, span[1], j)  # "told the hearing the company would ...": the hearing is told
    return span


def _relative_that(toks: tuple[Tok, ...], k: int) -> bool:
    """"the association that represents the streets": "that" opening a relative clause (a
    noun before it, a verb in -s/-ed and its object after it), not a complementiser."""
    return (0 < k < len(toks) - 2 and toks[k - 1].word and toks[k - 1].low not in REPORTING
            and not toks[k - 1].low.endswith("ed") and toks[k - 1].low not in AUXILIARIES
            and toks[k + 1].low.endswith(("s", "ed")) and not toks[k + 1].cap and toks[k + 2].low in DETERMINERS)


# verbs of telling someone something: "told the hearing the company would", "told reporters the fee was"
TELLING = frozenset("told tells telling assured assures reminded reminds informed informs".split())


OPENING_PHRASE_WORDS = 5  # "In Pellworth,", "At the meeting on Tuesday,": a short opening adverbial before the subject


def _np_starting(toks: tuple[Tok, ...], a: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase at the start of a clause (after an opening time phrase, connective or
    place: "In Pellworth, a members' group ... and is calling for": the group)."""
    if a < limit and toks[a].low in PREPOSITIONS and toks[a].low != "on":
        for k in range(a + 1, min(limit, a + 1 + OPENING_PHRASE_WORDS)):
            if toks[k].text == "," and k + 1 < limit:
                a = k + 1
                break
            if not toks[k].word:
                break
    while a < limit and (toks[a].low in ("but", "and", "still", "meanwhile", "however", "on", "late", "early", "last")
                         or is_time(toks[a]) or toks[a].text == ","):
        a += 1
    if a >= limit:
        return None
    b = a
    if toks[b].low in DETERMINERS:
        b += 1
    if b < limit and toks[b].low in PERSONAL_PRONOUNS:
        return a, b + 1
    if b < limit and toks[b].cap:
        while b < limit and (toks[b].cap and toks[b].word or toks[b].text[:1].isdigit()
                             or toks[b].low in _NAME_GLUE and b + 1 < limit and toks[b + 1].cap):
            b += 1
        if not toks[b - 1].possessive or b >= limit or toks[b].cap:
            return a, b
        a2 = b  # "Glenmore's largest climbers' group has ...": the owner's noun phrase goes on
        while b < limit and b - a2 < MAX_DESCRIPTION_WORDS and toks[b].word and not toks[b].cap \
                and toks[b].low not in AUXILIARIES and toks[b].low not in REPORTING and toks[b].low not in PREPOSITIONS:
            b += 1
            if toks[b - 1].bare != toks[b - 1].low and not toks[b - 1].possessive:
                break
        return a, b
    while b < limit and b - a < MAX_DESCRIPTION_WORDS and toks[b].word and toks[b].low not in AUXILIARIES \
            and toks[b].low not in PREPOSITIONS and toks[b].low not in REPORTING and toks[b].low not in _COPULAR_VERBS:
        if b > a and toks[b].low in DETERMINERS:
            break
        if b > a + 1 and (toks[b].low.endswith("s") and not toks[b].low.endswith("ss") and not toks[b - 1].low.endswith("s")
                          or toks[b].low.endswith("ed")) \
                and b + 1 < limit and (toks[b + 1].low in DETERMINERS or toks[b + 1].possessive):
            break  # "The federation wants the reduction ...": a verb and its object follow the subject
        b += 1
    return (a, b) if b > a else None


RELATIVE_CLAUSE_WORDS = 12  # words of a relative clause's first predicate before "and" joins it a second


def _relative_before(toks: tuple[Tok, ...], j: int) -> int | None:
    """The ", which"/", who" whose clause the "and" at ``j`` continues ("X, which represents bus
    passengers and has pushed back against ..."): its index, or None when a comma, another clause
    word or a reporting verb stands between."""
    for k in range(j - 1, max(0, j - RELATIVE_CLAUSE_WORDS) - 1, -1):
        t = toks[k]
        if t.low in ("which", "who"):
            return k if k >= 1 and toks[k - 1].text == "," and k + 1 < j else None
        if not t.word or t.low in REPORTING or t.low == "that":
            return None
    return None


def _antecedent(toks: tuple[Tok, ...], j: int) -> tuple[int, int] | None:
    """What "who"/"which" at ``j`` refers to: the phrase before it, or the name an
    appositive describes ("Kettle Creek Watch, a local environmental group, which ...")."""
    k = j - 1
    if k >= 0 and toks[k].text == ",":
        k -= 1
    span = _np_ending_any(toks, k)
    if span is None:
        return None
    a, b = span
    if toks[a].low in ("a", "an") and a - 2 >= 0 and toks[a - 1].text == ",":
        named = _np_ending_any(toks, a - 2)
        if named is not None and toks[named[1] - 1].cap:
            return named
    if k < j - 1 and toks[j].low == "who":  # "Dara Quill, the MP for Fenwold and the Coast, who ...": the person the apposition describes
        for c in range(k - 1, max(-1, k - APPOSITION_WORDS), -1):
            if not toks[c].word and toks[c].text != ",":
                break
            if toks[c].text == ",":
                if c >= 1 and c + 1 < k and toks[c + 1].low in ("a", "an", "the") and toks[c - 1].cap and toks[c - 1].word:
                    named = _np_ending_any(toks, c - 1)
                    if named is not None and named[1] - named[0] >= 2:
                        return named  # a full name before the description
                break
    return span


APPOSITION_WORDS = 12  # words of a description between a name and the "who" that follows it


_MEMBERSHIP_COPULAS = frozenset("was were is are".split())


def group_member(toks: tuple[Tok, ...], span: tuple[int, int]) -> tuple[int, int] | None:
    """The named member a group holder stands for: "Abiola, one of the three who voted against",
    "Carrow ... was among 31 residents who lodged objections": the name; None for any other holder."""
    a = span[0]
    if a >= 3 and toks[a - 1].low == "of" and toks[a - 2].low == "one" and toks[a - 3].text == ",":
        return _np_ending_any(toks, a - 4)
    if a >= 2 and toks[a - 1].low == "among" and toks[a - 2].low in _MEMBERSHIP_COPULAS:
        return holder_span(toks, a - 2)
    return None


def _np_ending_any(toks: tuple[Tok, ...], j: int) -> tuple[int, int] | None:
    """A noun phrase ending at ``j`` wherever it stands (antecedents may be objects)."""
    if j < 0 or not toks[j].word:
        return None
    a = j
    if toks[j].cap:
        while a - 1 >= 0 and (toks[a - 1].cap and toks[a - 1].word or toks[a - 1].low in _NAME_GLUE and a - 2 >= 0
                              and toks[a - 2].cap):
            a -= 1
        return a, j + 1
    while a - 1 >= 0 and j - a < MAX_DESCRIPTION_WORDS - 1 and toks[a - 1].word and toks[a - 1].low not in PREPOSITIONS \
            and toks[a - 1].low not in AUXILIARIES and toks[a - 1].low not in REPORTING \
            and toks[a - 1].low not in PERSONAL_PRONOUNS:
        a -= 1
        if toks[a].low in DETERMINERS:
            break
    return _verb_dropped(toks, a, j), j + 1


def _verb_dropped(toks: tuple[Tok, ...], a: int, j: int) -> int:
    """A lower-case phrase's first word right after a modal, an auxiliary or a personal
    pronoun is a verb ("would hurt customers", "I know people"): the phrase starts after it."""
    if a < j and a - 1 >= 0 and not toks[a].cap and toks[a].low not in DETERMINERS \
            and (toks[a - 1].low in AUXILIARIES or toks[a - 1].low in PERSONAL_PRONOUNS):
        return a + 1
    return a


def possessor_span(toks: tuple[Tok, ...], cue: int) -> tuple[int, int] | None:
    """Who owns a noun cue: "Putin's demand", "the students' call", "his refusal", "a
    Helvorian proposal", "a U.S.-floated idea" (token span of the owner), else None."""
    k = cue - 1
    # adjectives between owner and noun ("its long-standing bid", "Russia's maximalist demands")
    skipped = 0
    while k >= 0 and skipped < 2 and toks[k].word and not toks[k].cap and not toks[k].possessive \
            and toks[k].low not in DETERMINERS and toks[k].low not in PREPOSITIONS and toks[k].low not in AUXILIARIES:
        k -= 1
        skipped += 1
    if k < 0:
        return None
    t = toks[k]
    if t.low in POSSESSIVE_PRONOUNS:
        return k, k + 1
    if t.possessive:
        a = k
        while a - 1 >= 0 and (toks[a - 1].cap and toks[a - 1].word or toks[a - 1].low in _NAME_GLUE and a - 2 >= 0
                              and toks[a - 2].cap):
            a -= 1
        if not t.cap and a == k:  # "the students' call": a lower-case owner with its determiner
            if a - 1 >= 0 and toks[a - 1].low in DETERMINERS:
                a -= 1
        return a, k + 1
    if t.cap and t.word and k - 1 >= 0 and toks[k - 1].low in ("a", "an", "the", "any"):
        return k, k + 1  # "a Helvorian proposal" (a nationality word: checked by the caller)
    return None


# --------------------------------------------------------------------------- naming a holder

# nouns of documents and plans: as a holder ("The draft proposes ...") they speak for
# whoever the article named as their author last
DOCUMENT_NOUNS = frozenset("draft plan proposal document text bill resolution statement letter report agreement".split())
# agent-noun endings of people taking part ("residents", "workers", "students", "protesters")
_AGENT_RE = re.compile(r"(?:ers|ors|ents|ants|ists|ians|ees|ives)$")


@dataclass(slots=True)
class Utterance:
    """What naming a holder may consult: the sentence, the quotations in it with speakers."""

    text: str
    toks: tuple[Tok, ...]
    quotes: list[tuple[int, int, str | None]]  # spans in ``text`` and the speaker's name
    previous: "callable"  # () -> the party of the article's previous holder, or None
    before: str = ""  # the article's text before the sentence (its paragraph first): whom "he"/"she" can mean


_REFLEXIVES = frozenset("itself themselves himself herself ourselves".split())


def name_parties(book: PartyBook, utt: Utterance, span: tuple[int, int]) -> list[str]:
    """The parties a holder phrase names: one, or each of "A and B" ("Saldovia and Corvania")."""
    a, b = span
    toks = utt.toks
    while b - a > 1 and toks[a].low in _REFLEXIVES:
        a += 1  # "a group of staff calling itself Fair Shift": the name after the reflexive
    ands = [k for k in range(a + 1, b - 1) if toks[k].low == "and"]
    whole = _norm(re.sub(r"^(?:the|a|an)\s+", "", utt.text[toks[a].start:toks[b - 1].end], flags=re.I))
    if ands and " and " in book.orgs.get(whole, ""):
        ands = []  # "the Harbour and Dock Workers Union": one name (its initials say so), not two parties
    if ands and all(toks[k - 1].cap and toks[k + 1].cap for k in ands):
        parts, start = [], a
        for k in ands + [b]:
            parts.append((start, k))
            start = k + 1
        named = [name_party(book, utt, p) for p in parts]
        if all(named) and all(book.place(utt.text[toks[p[0]].start:toks[p[1] - 1].end]) or n != utt.text[toks[p[0]].start:toks[p[1] - 1].end]
                              for n, p in zip(named, parts)):
            return list(dict.fromkeys(n for n in named if n))
    one = name_party(book, utt, (a, b))
    return [one] if one else []


def name_party(book: PartyBook, utt: Utterance, span: tuple[int, int]) -> str | None:
    """The party that the holder phrase ``span`` of ``utt`` names (None: no party), in the
    story's usual spelling of it."""
    party = _name_party(book, utt, span)
    head = utt.toks[span[1] - 1]
    if party and not head.cap and " " in party:
        # "Chair of Tarn County Council Ada Quill said the council ...": the council her title names
        party = _body_in_title(party, head.bare, book) or party
    return book.spelling(party) if party else None


_NOT_THE_OWNER = frozenset("opposition opponents critics rivals detractors".split())  # "X's critics" are by meaning not X


_COUNT_WORD_RE = re.compile(r"^(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|many"
                            r"|dozens|hundreds|thousands)$")


def _name_party(book: PartyBook, utt: Utterance, span: tuple[int, int]) -> str | None:
    a, b = span
    toks = utt.toks
    words = [w for w in toks[a:b]]
    first, head = words[0], words[-1]
    # a pronoun: "we"/"our" in a quotation are its speaker; "he"/"she" the subject of this
    # sentence's reporting verb, else the quotation's speaker, else the previous holder
    if head.low in PERSONAL_PRONOUNS or (len(words) == 1 and first.low in POSSESSIVE_PRONOUNS):
        return _pronoun(book, utt, a, head.low if head.low in PERSONAL_PRONOUNS else first.low)
    if first.low in POSSESSIVE_PRONOUNS and head.cap and len(words) >= 3:
        words = [w for w in words[1:] if w.cap or w is not words[1]]  # "his son-in-law Piet Tollan": the person
        words = [w for w in toks[a + 1:b] if w.cap]
        first, head = words[0], words[-1]
        a = toks.index(first)
    elif first.low in POSSESSIVE_PRONOUNS:
        return _pronoun(book, utt, a, first.low)  # "his government", "its delegation"
    # a nationality word with a role or group: "Russian officials", "the Ukrainian president"
    # "No Third Runway Dunmere": a capitalised "No" opening a name of three or more words is part of it
    named_no = len(words) >= 3 and first.text in ("No", "Yes") and words[1].cap and words[2].cap
    content = [w for w in words if w.low not in DETERMINERS or named_no and w is first]
    if len(content) >= 2 and content[0].cap and _COUNT_WORD_RE.match(content[0].low) and not any(w.cap for w in content[1:]):
        # "Two members voted against": those of a party the story describes so, else nobody (no party named "Two")
        return book.descriptions.get(" ".join(w.low for w in content[1:]))
    if content and content[0].cap:
        country = book.place(content[0].bare) or book.place(utt.text[content[0].start:content[-1].end])
        if country and all(w.bare in book.role_words or w.cap or w.bare in DOCUMENT_NOUNS or w.bare in _STATE_WORDS
                           for w in content[1:]):
            return country
    if len(content) == 1 and a == 0 and content[0].cap and not content[0].text.isupper() \
            and _party_noun(content[0].low, book) and not book.place(content[0].text) \
            and content[0].low not in book.orgs and person_key(content[0].text) not in book.person_names:
        return book.description([content[0].low])  # "Students have also demanded": a common noun
    owner = max((i for i, w in enumerate(content) if w.cap and w.possessive), default=None)
    if owner is not None and owner + 1 < len(content) and content[-1].bare in _NOT_THE_OWNER \
            and not any(w.cap for w in content[owner + 1:]):
        return utt.text[content[0].start:content[-1].end]  # "Tarnby's opposition demanded": not Tarnby (nor its namesakes)
    if owner is not None and owner + 1 < len(content) and not any(w.cap for w in content[owner + 1:]) \
            and content[-1].bare not in book.groups:
        tail = [w.bare for w in content[owner + 1:]]
        described = book.description(tail)
        if described and described != " ".join(tail):
            return described  # "Glenmore's largest climbers' group": the group, not the place
    if any(w.cap and w.word for w in content):
        name_toks = content
        named_at = _after_descriptor(content, book)
        if named_at:
            name_toks = content[named_at:]  # "Campaign group Friends of the Meadow", "parents' group Keep Elm Lane Green"
        if len(name_toks) > 2 and name_toks[0].bare in _NOT_THE_OWNER and name_toks[1].low == "of":
            return None  # "Critics of Harwick Mills demanded": not Harwick Mills, and no party named
        # "members of the X": the party X
        if name_toks and len(name_toks) > 2 and name_toks[1].low in _PEOPLE_PREPS and people_noun(name_toks[0].bare) \
                and name_toks[0].bare not in _MEMBER_WORDS and any(w.cap for w in name_toks[2:]):
            noun = name_toks[0].bare
            if book.descriptions.get(noun, "").endswith(" " + noun):
                return book.descriptions[noun]  # "Climbers on the Eastern Crags": the story's "Eastern Crags climbers"
            rest = [w for w in name_toks[2:] if w.low not in DETERMINERS]
            if name_toks[1].low in ("at", "from", "with") or not all(w.cap for w in rest):
                name_toks = rest  # "Campaigners at Friends of the Meadow": the group
            else:
                place = utt.text[rest[0].start:rest[-1].end]
                person = person_key(place) in book.person_names or name_toks[1].low == "of" and person_key(place) in book.people
                if noun in book.vague_people:
                    return None  # "Observers in Dunholm": nobody in particular
                if not person and not book.place(place) and _place_words(place):  # a tagger's "person" after "in" is a place
                    return f"{place} {noun}"  # "Shopkeepers in Dunholm": Dunholm shopkeepers
        if name_toks and name_toks[0].bare in _MEMBER_WORDS:
            of = next((i for i, w in enumerate(name_toks) if w.low == "of"
                       or w.low in ("for", "at") and name_toks[0].bare in _SPOKES), None)
            if of is not None:
                name_toks = [w for w in name_toks[of + 1:] if w.low not in DETERMINERS]
        if first.low in ("a", "an") and len(name_toks) > 1 and name_toks[-1].low == "member":
            return utt.text[name_toks[0].start:name_toks[-1].end]  # "A Tarnby Council member said": one member, not the council
        while len(name_toks) > 1 and not name_toks[-1].cap and (name_toks[-1].bare in book.groups
                                                                 or name_toks[-1].bare in book.role_words
                                                                 and name_toks[-1].bare.capitalize() not in ORG_HEADS):
            name_toks = name_toks[:-1]  # "Kremlin officials", "Helvoria's mediators": the party
        if not name_toks:
            return None
        name = re.sub(r"[’']s?$", "", utt.text[name_toks[0].start:name_toks[-1].end])
        return book.place(name) or _named(book, name)
    if len(content) == 1 and head.bare in book.titles and len(book.titled.get(head.bare, ())) == 1:
        return _person(book, book.person_names.get(next(iter(book.titled[head.bare])), head.text))  # "the mayor": the one the story names
    if head.bare in DOCUMENT_NOUNS and len(content) <= 2:
        return utt.previous()  # "The draft proposes ...": its author, named before
    if len(content) == 1 and head.bare in _GOVERNED:
        return _governing_body(book, utt, a, head.bare)  # "the county": the county's governing body
    if head.bare in book.groups:
        speaker = _reporter(book, utt, a)  # "Vossberg said the delegation would not accept"
        if speaker:
            return speaker
    if head.bare.capitalize() in ORG_HEADS and " ".join(w.bare for w in content) not in book.descriptions \
            and head.bare not in book.descriptions:
        speaker = _reporter(book, utt, a)  # "X, a spokeswoman for Acme, said the company opposes": Acme
        if speaker and speaker not in book.person_names.values() and not book.place(speaker) and " " in speaker:
            return speaker
    if len(content) == 1 and head.bare in _COMPANY_NOUNS and head.bare not in book.descriptions:
        companies = {o for o in set(book.orgs.values()) | set(book.descriptions.values())
                     if len(o.split()) >= 2 and o.split()[-1] in _COMPANY_TAILS | _COMPANY_SUFFIXES}
        if len(companies) == 1:
            return companies.pop()  # "the company" in a story naming one company ("Brackwell Power"): that company
        if not companies and not any(t.low in REPORTING for t in toks[:a]):
            # "Corvane Rail Infrastructure confirmed ... The company has offered": the organisation
            # named last before, when its name is no other kind of body ("Council", "Association");
            # "X's spokesman said the company would ...": the spokesman's (read where reporters are)
            earlier = utt.previous()
            tail = earlier.split()[-1] if earlier else ""
            if earlier and " " in earlier and earlier not in book.person_names.values() and not book.place(earlier) \
                    and (tail not in ORG_HEADS or tail in _COMPANY_SUFFIXES):
                return earlier
    if len(content) == 1 and head.bare in _GENERIC_BODIES and head.bare not in book.descriptions:
        called = _body_called(book, utt)  # "the group": the organisation named last before the sentence
        if called:
            return called
        earlier = utt.previous()  # "Its director said the group was demanding ...": the body named before
        return earlier if earlier and " " in earlier and earlier not in book.person_names.values() else None
    if any(w.text[:1].isdigit() or w.low in NUMBER_WORDS for w in content):
        return None  # "The three corridors will run ...": things counted, not a party
    if len(content) == 1 and first.low == "the" and head.bare in _KIN_GROUPS:
        return _family_named(utt, a, head.bare)  # "the family": the "Pemberton-Shaw family" the article named
    if len(content) == 1 and first.low == "the" and head.bare not in book.descriptions and head.bare not in book.vague:
        bearer = _head_bearer(book, utt, head.bare)  # "the trust": the story's "Riverside Supporters' Trust"
        if bearer:
            return bearer
        doer = _agent_of_name(book, head.bare)
        if doer:
            return doer  # "the broadcaster": the story's one "... Broadcasting Service"
    if len(content) == 1 and first.low in ("a", "an") and head.bare in book.speaks_for and head.bare not in book.descriptions:
        return None  # "a spokeswoman told the paper": whose, the phrase does not say ("the minister" is the one named)
    of = next((i for i, w in enumerate(content) if w.low == "of"), None)
    noun = content[of - 1].bare if of else head.bare  # "the regional chamber of commerce": a chamber
    described = book.description([w.bare for w in content]) if _party_noun(noun, book) else None
    if described and described.islower() and len(content) == 1:
        # "Colm Tierney, regional organiser for Allied Building Trades, said the union would ...": a
        # bare "the union" the story never names otherwise is the reporting speaker's organisation
        speaker = _reporter(book, utt, a)
        if speaker and speaker not in book.person_names.values() and not book.place(speaker) and " " in speaker:
            return speaker
        # "New Zealand Cruise Lines Association chief executive Gareth Lindqvist said the association
        # would ...": the organisation of that head the sentence itself named before
        bearer = _head_bearer(book, utt, head.bare, toks[a].start) if first.low == "the" else None
        if bearer:
            return bearer
    return described


_KIN_GROUPS = frozenset("family".split())  # a household named by its surname ("the Pemberton-Shaw family")


def _family_named(utt: Utterance, a: int, noun: str) -> str | None:
    """The "<Surname> family" a bare "the family" at token ``a`` refers to: the one the article
    (or the sentence before it) named last; None when it names none."""
    text = utt.before[-PRONOUN_REACH * 4:] + " " + utt.text[:utt.toks[a].start]
    found = [m.group(1) for m in re.finditer(r"\b([A-Z][\w'’-]*[\w])" + _S + noun + r"\b", text)
             if m.group(1).lower() not in FUNCTION_WORDS]
    return f"{found[-1]} {noun}" if found else None


AGENT_ROOT_MIN = 5  # "broadcast" of "broadcaster": shorter roots ("us" of "user") match too much


def _agent_of_name(book: PartyBook, noun: str) -> str | None:
    """The one organisation of the story whose name holds the activity an agent noun names: "the
    broadcaster" -> "Lannermark Broadcasting Service", "the operator" -> "Harbour Operating
    Company", "the developer" -> "Quayside Developments"; None when none or several."""
    if not noun.endswith(("er", "or")) or len(noun) - 2 < AGENT_ROOT_MIN:
        return None
    root = noun[:-2]
    names = {n for n in set(book.orgs.values()) | set(book.descriptions.values())
             if len(n.split()) >= 2 and n[:1].isupper() and any(w.lower().startswith(root) for w in n.split())}
    names = {n for n in names if not any(o != n and n in o for o in names)}  # a fragment is its longer name
    return names.pop() if len(names) == 1 else None


def _name_head(name: str) -> str:
    """The head noun of a name, lower case: "Riverside Supporters' Trust" -> trust,
    "Chamber of Commerce" -> chamber, "Okafor's campaign" -> campaign."""
    words = name.split()
    if "of" in words[1:]:
        words = words[:words.index("of", 1)]
    return _bare(words[-1]) if words else ""


def _head_bearer(book: PartyBook, utt: Utterance, noun: str, upto: int | None = None) -> str | None:
    """The party that a bare "the <noun>" refers back to: of the story's organisations whose
    name has that head noun (and capitalised "<Name>('s) <noun>" phrases), the one written
    last in the sentence's own paragraph ("the trust is demanding" right after "the Riverside
    Supporters' Trust opposes"). Named only further up, "the branch" may be another branch.
    ``upto``: read the sentence's own words before this offset too ("X Association chief executive
    Y said the association would ...")."""
    names = {book.spelling(n) for n in set(book.orgs.values()) | set(book.descriptions.values())
             if len(n.split()) >= 2 and _name_head(n) == noun}
    paragraph = utt.before[utt.before.rfind("\n") + 1:] + (" " + utt.text[:upto] if upto else "")
    found: list[tuple[int, str]] = [(paragraph.rfind(n), n) for n in names if paragraph.rfind(n) >= 0]
    # "the union" after "The Tarnholme Tenants' Union has called for ...": the head may be capitalised
    for m in re.finditer(r"((?:[A-Z][\w'’-]*\s+)+)(" + f"[{noun[:1].upper()}{noun[:1]}]" + re.escape(noun[1:]) + r")\b",
                         paragraph):
        phrase = re.sub(r"^(?:The|A|An)\s+", "", m.group(1).strip())
        if phrase and phrase.split()[0].lower() not in FUNCTION_WORDS:
            found.append((m.start(1), f"{phrase} {m.group(2)}"))
    if not found:
        # named only further up: the story's one organisation with that head, if the article named
        # it, else the one capitalised "<Name> <Noun>" the article wrote before ("Tollan Heath Observatory")
        earlier = [n for n in names if n in utt.before]
        if names:
            # the one of them this article named ("Vake, who chairs the Harbourside Residents' Association" ...
            # "the association had backed a cap", in a story that also names a cruise lines association)
            return earlier[0] if len(earlier) == 1 else None
        runs = {re.sub(r"^(?:The|A|An)\s+", "", m.group(0)) for m in re.finditer(
            r"(?:[A-Z][\w'’-]*[^\S\n]+)+" + noun[:1].upper() + re.escape(noun[1:]) + r"\b", utt.before)}
        runs = {r for r in runs if r.split()[0].lower() not in FUNCTION_WORDS and len(r.split()) >= 2}
        return _named(book, runs.pop()) if len(runs) == 1 else None
    name = max(found)[1]
    return name if name in names else _named(book, name)


# a place or polity named by a common noun ("the county", "the state", "the government"): its governing body speaks
_GOVERNED = frozenset("state county city town village district borough municipality province region government".split())
# last words of a governing body's name ("County Commission", "City Council", "Department for Culture")
_GOVERNING_HEADS = frozenset("Council Commission Board Government Authority Administration Department Ministry Assembly "
                             "Legislature Parliament Cabinet Office Executive".split())


def _governing_body(book: PartyBook, utt: Utterance, a: int, noun: str) -> str | None:
    """The party "the county" / "the state" / "the government" at token ``a`` names: the
    reporting speaker's own party when its name says it is that polity's ("County Commission
    Chair Irene Vasko said the county would ..."), the speaker themself when they
    hold a public title ("Mayor X said the municipality welcomed ..."), else the one governing
    body of the story whose name carries the noun ("the county" -> "Harrow County Council").
    A union's "the government" is another party it talks about: no party here."""
    speaker = _reporter(book, utt, a)
    word = noun.capitalize()
    if speaker and (word in speaker.split() or book.place(speaker) and noun in ("government", "state")):
        return speaker
    if speaker and person_key(speaker) in book.officials and any(person_key(speaker) in keys for keys in book.titled.values()):
        return speaker
    names = {n for n in set(book.orgs.values()) | set(book.descriptions.values()) | set(book.person_party.values())
             if not n.startswith("@") and word in n.split() and n.split()[-1] in _GOVERNING_HEADS}
    names = {n for n in names if not any(o != n and o.endswith(" " + n) for o in names)}  # a fragment is the longer name
    return names.pop() if len(names) == 1 else None


def _body_in_title(name: str, head: str, book: PartyBook) -> str | None:
    """The body a reporter's title names when the holder is that body's head noun ("Chair of
    Tarn County Council Ada Quill" said "the council"): the capitalised run ending in the head
    ("Tarn County Council"), when a person's name the story knows follows it; else None."""
    words = name.split()
    at = max((i for i, w in enumerate(words) if w.lower() == head and w[:1].isupper()), default=None)
    if at is None or at + 1 >= len(words) or person_key(" ".join(words[at + 1:])) not in book.person_names:
        return None
    a = at
    while a - 1 >= 0 and words[a - 1][:1].isupper():
        a -= 1
    return " ".join(words[a:at + 1]) if at > a else None


# nouns a company is called by, and the endings of company names beyond _COMPANY_TAILS
_COMPANY_NOUNS = frozenset("company firm utility operator developer manufacturer maker carrier supplier contractor insurer".split())
_COMPANY_SUFFIXES = frozenset("Inc Inc. Ltd Ltd. Corp Corp. Corporation Company Co. plc PLC LLC".split())

# nouns any organisation may be called by: with no name of its own tying it, "the group" is the body last named
_GENERIC_BODIES = frozenset("group organisation organization body".split())

_STATE_WORDS = frozenset("government state foreign ministry defence defense army navy air force side".split())


# bodies that speak as one, beyond the organisation heads of a capitalised name ("the regional chamber of commerce")
_BODY_NOUNS = frozenset("chamber cooperative co-operative society guild syndicate consortium trust caucus chapter".split())


def _after_descriptor(content: list[Tok], book: PartyBook) -> int:
    """Where the name starts after a lower-case description of what it is ("Campaign group",
    "parents' group", "the environmental charity", "operator"): the index of the first
    capitalised word after a party noun among the first words, else 0."""
    for i, w in enumerate(content[:4]):
        if w.cap or not w.word:
            continue
        if (w.bare in _GENERIC_BODIES or w.bare in _DESCRIPTOR_NOUNS or w.bare in _COMPANY_NOUNS
                or w.bare.capitalize() in ORG_HEADS) and i + 1 < len(content) and content[i + 1].cap \
                and all(not x.cap or x is content[0] or x.possessive for x in content[:i]):
            return i + 1
    return 0


_DESCRIPTOR_NOUNS = frozenset("charity campaign campaigners lobby network collective watchdog regulator".split())


def _party_noun(noun: str, book: PartyBook) -> bool:
    """Whether a lower-case head noun can name a party: a group or role word, an
    organisation noun, a noun the story ties to a party, or a plural agent noun."""
    return (noun in book.groups or noun in book.speaks_for or noun in book.descriptions or noun.capitalize() in ORG_HEADS
            or noun in _BODY_NOUNS
            or bool(_AGENT_RE.search(noun)) and noun.endswith("s"))


def _named(book: PartyBook, name: str) -> str | None:
    """A capitalised holder: a person (folded into their party when known; a person the
    story gives no title or role is a passer-by, not a party) or an organisation."""
    words = name.split()
    if len(words) >= 3 and words[-1].lower() in book.speaks_for | book.titles and "of" in words[1:-1] \
            and words[words.index("of") - 1][:1].isupper():
        # "state Office of Consumer Counsel": an organisation's name that ends in a title, no person after it
        return book.org(re.sub(r"^(?:[a-z][\w’'-]*\s+)+", "", name))
    if "of" in words:  # "Prime Minister Anton Zhelyazkov of Saldovia", "Local 212 of the ..."
        i = words.index("of")
        tail = " ".join(w for w in words[i + 1:] if w.lower() != "the")
        country = book.place(tail)
        head_roles = [w for w in words[:i] if w.lower().rstrip(".") in book.speaks_for | book.titles]
        if country and head_roles and _speaks(head_roles, book):
            return country
        person = next((" ".join(words[k:]) for k in range(i + 1, len(words))
                       if person_key(" ".join(words[k:])) in book.person_names), None)
        if head_roles and person and not country:
            return book.person(person)  # "Secretary of State Ambrose Kettle": the titled person after the title
        if head_roles:
            name = " ".join(words[:i])
            words = words[:i]
    if len(words) > 2 and " ".join(words[:2]).lower() in book.titles:
        person = " ".join(words[2:])  # "Board member Tobias Renwick": an office holder, a title of two words
        return _person(book, person) or book.person(person)
    roles = [i for i, w in enumerate(words) if w.lower().rstrip(".") in book.speaks_for | book.titles
             or w.lower() in book.titles]  # "Rep.", "Sen."
    if roles:
        person = " ".join(words[roles[-1] + 1:])
        aff = " ".join(words[:roles[0]])
        beat = False
        while aff and (aff.split()[-1][:1].islower() and not _party_noun(aff.split()[-1].lower(), book)
                       or aff.split()[-1].lower() in book.portfolios):
            aff, beat = " ".join(aff.split()[:-1]), True  # "Opposition roads spokesman": the beat is no part of the party's name
        if beat and (not aff or aff.lower() in _GOVERNMENT_LEVELS):
            aff = ""  # "Transport Minister X", "State Transportation Secretary X": the person, no party written
        if aff and _speaks(words[roles[0]:roles[-1] + 1], book):
            owner, *beat_words = aff.split()
            if re.search(r"[’']s?$", owner) and all(w[:1].islower() for w in beat_words):
                aff = re.sub(r"[’']s?$", "", owner)  # "Ostrava's trade minister X": the place's minister speaks for it
            country = book.place(aff)
            if country:
                return country
            low = _norm(aff)
            if low in book.descriptions:
                return book.descriptions[low]
            if len(aff.split()) >= 2 or beat:
                if _norm(aff) not in book.orgs:  # "Nurses union leader X": the story's "Tarnby Nurses Union" written short
                    aff = book.full_name(aff.split()) or aff
                return book.org(aff)  # "Opposition transport spokeswoman": the party whose beat it is
        if not person:
            return None
        title = words[roles[-1]].lower().rstrip(".")
        if len(person.split()) >= 2 and title in book.titles and title not in _HONORIFICS:
            return _person(book, person) or book.person(person)  # "Regional Health Commissioner Tobias Wrenn": an office holder
        return _person(book, person)
    key = person_key(name)
    if len(words) <= 3 and (key in book.person_names or key in book.person_party) and words[-1] not in ORG_HEADS \
            and words[-1] not in _COMPANY_TAILS and not (len(words) >= 3 and _town_word(book, words[-1])):
        # "Clear Wells Dunmere": a group named after the story's town, not a person surnamed Dunmere
        return _person(book, name)
    low = _norm(name)
    if low in book.orgs:
        return book.orgs[low]
    if low in book.descriptions:
        return book.descriptions[low]
    if "of" in words[1:-1] and words[0][:1].isupper():
        return name  # "Local 9 of the Highway and Transit Workers": a body's full name, not the one its tail repeats
    shorter = {o for o in set(book.orgs.values()) if len(o.split()) >= 2 and low.endswith(" " + _norm(o))}
    if len(shorter) == 1:
        return shorter.pop()  # "North and South Marinas Trust": the story's usual "South Marinas Trust"
    return name


# last words of company names beyond the organisation heads ("Brackwell Air", "Tolliver Rail"):
# such a name is a company even when a tagger took its first word for a given name
_COMPANY_TAILS = frozenset("Air Airline Rail Railroad Railway Railways Motors Energy Power Water Holdings Partners Shipping Logistics".split())


def _town_word(book: PartyBook, word: str) -> bool:
    """A place word: a country the story knows, or the first word of an organisation's name
    ("Dunmere" of "Dunmere Water Board")."""
    low = word.lower()
    names = set(book.orgs.values()) | set(book.descriptions.values())
    return bool(book.place(word)) or any(len(o.split()) >= 2 and o.split()[0].lower() == low for o in names)


def _person(book: PartyBook, name: str) -> str | None:
    key = person_key(name)
    party = book.person(name)
    if key in book.person_party or key in book.officials:
        return party
    return None  # a resident, a farmer, a student quoted once: no party of the story


def _reporter(book: PartyBook, utt: Utterance, a: int) -> str | None:
    """The party of the subject of the reporting verb before token ``a`` ("X said ..."), or
    of the quotation's speaker when the phrase is quoted."""
    party, _ = _reporting_subject(book, utt, a)
    if party is not None:
        return party
    toks = utt.toks
    at = toks[a].start
    quote = next((q for q in utt.quotes if q[0] <= at < q[1] and q[2]), None)
    return speaker_party(book, quote[2]) if quote else None


def _reporting_subject(book: PartyBook, utt: Utterance, a: int) -> tuple[str | None, bool]:
    """(party, named): the party of the subject of the reporting verb before token ``a``, and
    whether that subject is a name or description of its own (not a pronoun). A named subject
    that names no party (a passer-by) still says who "he" is: no party of the story."""
    toks = utt.toks
    for k in range(a - 1, -1, -1):
        if toks[k].low in REPORTING:
            span = holder_span(toks, k)
            if span is not None and toks[span[1] - 1].low not in PERSONAL_PRONOUNS:
                party = name_party(book, utt, span)
                if party is not None and party == _addressee(book, utt, k, a):
                    return None, True  # "the firm told the Harbour Post Company it would": not the one told
                return party, True
            if span is not None and toks[span[1] - 1].low in ("he", "she"):
                # "she said she opposed ...": who the first "she" is (the person named last before)
                return name_party(book, utt, span), False
            if span is not None and span[1] - span[0] == 1 and toks[span[0]].low in ("it", "they") \
                    and any(toks[m].low in REPORTING for m in range(span[0])):
                # "X says ..., though it told the panel it would ...": the first "it" is X's again
                return _reporting_subject(book, utt, span[0])[0], False
            if span is not None:
                return utt.previous(), False
            break
    return None, False


def _addressee(book: PartyBook, utt: Utterance, k: int, a: int) -> str | None:
    """The party told at the telling verb ``k`` ("told the Harbour Post that ..."), the noun
    phrase between it and token ``a``; None when ``k`` tells no one named."""
    if utt.toks[k].low not in TELLING:
        return None
    span = _np_starting(utt.toks, k + 1, a)
    return name_party(book, utt, span) if span is not None else None


def _clause_owner(book: PartyBook, utt: Utterance, a: int) -> str | None:
    """Who "his"/"its" at token ``a`` refers to when the clause names its subject: "Provost
    Bernard Esterhaus, who also attended, held firm on his refusal", "his officials insisted
    Saldovia had not dropped its demand"."""
    toks = utt.toks
    start, limit = 0, a
    for k in range(a - 1, -1, -1):
        if toks[k].low in TELLING and _np_starting(toks, k + 1, a) is not None:
            limit = k  # "The guild told Northshore Today it was waiting on its request": the teller's, not the told's
            break
        if toks[k].low in REPORTING or toks[k].low == "that" or toks[k].text in (";", ":", "“", "”", '"') \
                or toks[k].low in ("and", "but") and k > 0 and toks[k - 1].text == ",":
            start = k + 1  # "..., and her association has renewed its demand": the second clause's subject
            break
    a = limit
    start = max(start, _after_dateline(toks))
    span = _np_starting(toks, start, a)
    if span is None or toks[span[0]].low in PERSONAL_PRONOUNS:
        return None
    if toks[span[0]].low in POSSESSIVE_PRONOUNS:  # "her association ... its demand": the body "her" speaks for
        return name_party(book, utt, span) if span[1] - span[0] >= 2 and toks[span[1] - 1].bare in _ORGANISATION_NOUNS | _GENERIC_BODIES else None
    b = span[1]
    while b < a and (toks[b].cap or toks[b].low in _NAME_GLUE):
        b += 1
    return name_party(book, utt, (span[0], min(b, a))) if toks[span[0]].cap or toks[span[0]].low in DETERMINERS else None


DATELINE_TOKENS = 6  # "AMBROSE FALLS, Ore. —": a date line is a few words before its dash


def _after_dateline(toks: tuple[Tok, ...]) -> int:
    """The first token after a sentence's opening date line ("AMBROSE FALLS — The commission
    ..."): a place in capitals, then a dash; 0 when the sentence has none. The place is
    where the story was filed, never the subject."""
    if not toks or not (toks[0].text.isupper() and len(toks[0].text) > 1):
        return 0
    dash = next((k for k in range(1, min(len(toks), DATELINE_TOKENS + 1)) if toks[k].text in ("—", "–", "-", "--")), None)
    return dash + 1 if dash is not None else 0


_BODY_CLAUSE_RE = re.compile(r"\b[Tt]he\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:was|is|were|are|had|has|would|will|could)\b"
                             r"[^,;]*,\s+(?:but|and)\s+(?:that\s+)?(?:it\s+(?:[a-z]+\s+){1,4})?$")
# "..., but that it would not drop its demand": "that" may open the second clause, and "its"
# may stand in that clause after its own "it"


def _clause_body_before(book: PartyBook, before: str) -> str | None:
    """The body that is the subject of the clause right before "..., but it": "Raman said the
    council was not opposed to X, but it would not sign off on Y" -> the council."""
    m = _BODY_CLAUSE_RE.search(before[-200:])
    party = book.description(m.group(1).split()) if m else None
    # a party the story describes so ("the union"), not any plural ("if the posts are permanent")
    known = set(book.descriptions.values()) | set(book.orgs.values())
    return party if party is not None and (party in known or _party_noun(m.group(1).split()[-1], book)) else None


def _pronoun(book: PartyBook, utt: Utterance, a: int, low: str) -> str | None:
    toks = utt.toks
    at = toks[a].start
    quote = next((q for q in utt.quotes if q[0] <= at < q[1]), None)
    if low in POSSESSIVE_PRONOUNS and low not in ("our", "my") and quote is None:
        owner = _clause_owner(book, utt, a)
        if owner and not (low == "its" and owner in book.person_names.values()):
            return owner
    if low in ("we", "our", "us", "i", "my"):
        if quote is None or not quote[2]:
            return None
        return speaker_party(book, quote[2])
    if low in ("they", "their", "them") and quote is not None:
        return None  # '"now they want to shoot a quarter of them," said the campaigner': the other side, unnamed
    thing = low in ("it", "its")  # a body, never a person: "The group's chair, X, repeated its demand"
    if thing and quote is None:
        opener = _opening_body(book, utt.text[:at]) or _clause_body_before(book, utt.text[:at])
        if opener:
            return opener  # "NorthStar is not going quietly, and it says it is prepared to ...": the sentence's subject
    if low in ("he", "she", "his", "her", "him", "they", "their", "it", "its"):
        reporter, named = _reporting_subject(book, utt, a)  # "Mayor Emil Trevanny said he backs"
        if thing and reporter in book.person_names.values():
            reporter, named = None, False
        if reporter:
            return reporter
        if named:
            return None  # "Pia Holm, a crane driver, said she opposes ...": "she" is no party, not the last one named
        reporter = _reporter(book, utt, a)  # a quoted "he" of a speaker
        if reporter and not (thing and reporter in book.person_names.values()):
            return reporter
    if thing:
        owner = _subject_owner(book, utt, a)
        if owner:
            return owner  # "The group's organiser, Ana Ruiz, said it is demanding": the group, not the body last named
        told = next((_addressee(book, utt, k, a) for k in range(a - 1, -1, -1) if toks[k].low in REPORTING), None)
        earlier = utt.previous()
        if earlier and earlier not in book.person_names.values() and earlier != told:
            return earlier
        return _last_named(utt.before, _bodies(book) - {told})  # "... Friends of the Meadow wrote to the board. The group's chair repeated its demand"
    if low in ("he", "she", "his", "her", "him"):
        if quote is None and not any(toks[k].low in REPORTING for k in range(a)):
            speaker = next((q[2] for q in utt.quotes if q[2]), None)
            if speaker:
                return speaker_party(book, speaker)
        # "The director, Dr X, appears to be wavering, saying she would welcome ...": the person
        # named earlier in the sentence itself, else the last one named before it
        person = _last_person(book, utt.before + " " + utt.text[:at]) if quote is None \
            else _last_person(book, utt.before)
        if person is not None:
            return _person(book, person)  # "Dr X, the county health officer, said ... He urged the board": X
        return utt.previous()
    if low == "they" and quote is None:
        k = next((k for k in range(a - 1, -1, -1) if toks[k].low in REPORTING), None)
        if k is not None and k >= 2 and holder_span(toks, k) is None:
            return None  # "The three members who voted no — A, B and C — said they ...": a subject unread, not the last holder
    return utt.previous()  # it, its, they, their


# nouns that call a body of members back without its name ("the group's organiser", "the coalition said")
_MEMBER_BODIES = frozenset("group association coalition alliance organisation organization body".split())


def _opening_body(book: PartyBook, before: str) -> str | None:
    """The organisation that opens the sentence as its subject ("NorthStar is ...", "The Wexley
    Civic Society said ..."), when the text before a pronoun holds a clause of its own after it
    (a comma or "and": "it" then stands for that subject, not a body of an earlier sentence)."""
    if "," not in before and " and " not in before:
        return None
    m = re.match(r"(?:The[^\S\n]+)?((?:[A-Z][\w.’'&-]*[^\S\n]+(?:of[^\S\n]+(?:the[^\S\n]+)?)?){0,5}[A-Z][\w.’'&-]*)(?![\w’'-])",
                 before)
    if m is None:
        return None
    party = _named(book, m.group(1))
    bodies = set(book.orgs.values()) | set(book.descriptions.values())
    if party in bodies and party not in book.person_names.values() and not book.place(party):
        return party
    return None


def _bodies(book: PartyBook) -> set[str]:
    """The story's organisations written as names of two words or more (no person, no place)."""
    return {o for o in set(book.orgs.values()) | set(book.descriptions.values()) if o[:1].isupper() and " " in o
            and o not in book.person_names.values() and not book.place(o)}


def _body_called(book: PartyBook, utt: Utterance) -> str | None:
    """The organisation "the group" / "the association" refers back to: of those named in the
    text right before, the latest whose name has such a head ("Tarn Valley Anglers' Association"),
    else the latest named."""
    bodies = _bodies(book)
    named = _last_named(utt.before, {b for b in bodies if _name_head(b) in _MEMBER_BODIES}) or _last_named(utt.before, bodies)
    if named is not None and _addressed(utt.before, named):
        # "The residents' group Save the Feenagh said it would appeal to the Appeals Board. ...
        # The group is also demanding": a body written as where something goes is not the group
        subject = _last_named(utt.before, {b for b in bodies if not _addressed(utt.before, b)})
        return subject or named
    return named


_ADDRESSED_RE = re.compile(r"\b(?:to|with|before|from|against|into|by)" + _S + r"(?:the" + _S + r")?"
                           r"(?:[A-Z][\w'’-]*" + _S + r"(?:(?:and|of|&)" + _S + r")?){0,4}$")  # "to the Planning and <name>"


def _addressed(text: str, name: str) -> bool:
    """Is the last mention of ``name`` in ``text`` the object of a preposition of direction
    ("appeal to the Planning Appeals Board", "talks with the board")?"""
    at = text.rfind(name)
    return at >= 0 and _ADDRESSED_RE.search(text[max(0, at - 60):at]) is not None


def _subject_owner(book: PartyBook, utt: Utterance, a: int) -> str | None:
    """The owner of the reporting subject's role before token ``a``, when the subject is
    "<owner>'s <role>, <Name>" ("The coalition's director, Ana Ruiz, said it ..."): the body
    that "it" speaks for, the owner named ("Acme's spokesman") or called back ("the group's")."""
    toks = utt.toks
    k = next((k for k in range(a - 1, -1, -1) if toks[k].low in REPORTING), None)
    if k is None:
        return None
    for p in range(k):
        if not toks[p].possessive or toks[p].low in POSSESSIVE_PRONOUNS:
            continue
        end = p + 1
        while end < k and toks[end].word and not toks[end].cap:
            end += 1
        if end == p + 1 or end >= k or toks[end].text != "," or toks[end - 1].bare not in book.role_words:
            return None  # not "<owner>'s <role>," in apposition to the name
        if toks[p].cap:
            s = p
            while s > 0 and (toks[s - 1].cap or toks[s - 1].low in _NAME_GLUE) and toks[s - 1].word:
                s -= 1
            return name_party(book, utt, (s, p + 1))
        return _body_called(book, utt) if toks[p].bare in _MEMBER_BODIES else None
    return None


PRONOUN_REACH = 400  # characters before a sentence in which "he"/"she" finds the person it stands for


def _last_person(book: PartyBook, before: str) -> str | None:
    """The person named last in the text right before a sentence (in its paragraph), whom a
    "he"/"she" opening the sentence stands for; None when that text names nobody."""
    text = before[-PRONOUN_REACH:]
    text = text[text.rfind("\n\n") + 2:] if "\n\n" in text.rstrip() else text
    return _last_named(text, set(book.person_names.values()), surname=True)


_APOSTROPHE_OR_SPACE_RE = re.compile(r"[' ]")


def _last_named(text: str, names: set[str], surname: bool = False) -> str | None:
    """Which of ``names`` ``text`` names last (by surname alone when ``surname``); the end of
    ``text`` within PRONOUN_REACH only."""
    text = text[-PRONOUN_REACH:]
    best, at = None, (-1, 0, "")
    for name in names:
        written = name.split()[-1] if surname else name
        if not all(piece in text for piece in _APOSTROPHE_OR_SPACE_RE.split(written)):
            continue  # a piece between apostrophes and spaces is matched as written: absent, no match (no compile)
        pattern = re.escape(written).replace("'", "['’]").replace(r"\ ", _S)
        for m in re.finditer(r"(?<![\w-])" + pattern + r"(?![\w-])", text):
            # the mention that ends last; of nested ones the longest ("District Court of Arlow",
            # not "Arlow" or "District Court"), then the name's spelling: never the set's
            # order, which changes with the hash seed
            key = (m.end(), -m.start(), name)
            if key > at:
                best, at = name, key
    return best


def speaker_party(book: PartyBook, speaker: str) -> str | None:
    """The party of a quotation's speaker (a person's party, or the organisation speaking)."""
    if speaker.split()[0].lower() in PERSONAL_PRONOUNS or speaker[:1].islower():
        return None
    return book.place(speaker) or _named(book, speaker)
