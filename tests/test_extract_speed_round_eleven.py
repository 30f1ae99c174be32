"""Speed round eleven (extraction): each faster form must give exactly what the plain one gives,
on the development stories' texts, constructed texts with invented names, and random strings."""
from __future__ import annotations

import random
import re
from pathlib import Path

from newsdesk.extract import entities, persons

STORIES = Path(__file__).parent / "data" / "stories"

MADE = [
    "Spokeswoman Odile Brankovic-Sayer and her two sons, said McDonald; O’Brien’s aide, Jean-Pierre Vallé, told.",
    "Maud Pell’s mother, Maud, said. Cosmo Adeyemi-Frost of Fair Deal Harlow said the Lord Mayor warned.",
    "Minister of State for Heritage Nuala Prask-Ellery, who joined in 2019, said Draskovic-Lane, who left.",
    "Gallimore's boss, Gideon Harrowfield, made O'Neill's point; Greta Sandvik, the union’s general secretary.",
    "Torvald Penderrick, speaking for the board, said Ana Ruiz, campaigns director at the Sea Trust, agreed.",
    "Smith’ said Smith’s Smiths’ Jones' said Mr. Zelensky, 52, who; Benedikt Oyebanji-March, a shop steward who",
    "Hallvik Dockers’ Union and Varnel Systems’ headquarters; University of Selmar; Brightwater Lines' ships",
]


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(STORIES.glob("*/*.txt"))]
    rng = random.Random(11)
    alphabet = "aAbBcCdDMOmoéÿ÷×’', .\n-"
    words = ["Mc", "McD", "O’", "O'", "Brien", "said", "who", "and", "her", "of", "the", "Ana", "Ruiz", ",", "’s",
             "'s", "Jean-Pierre", "A.", "spokesman", "a", "told", "Vallé", "Dockers’", "x"]
    texts += ["".join(rng.choice(alphabet) for _ in range(300)) for _ in range(300)]
    texts += [" ".join(rng.choice(words) for _ in range(80)) for _ in range(300)]
    texts += ["".join(rng.choice(words) + rng.choice(" ,") for _ in range(80)) for _ in range(300)]
    return texts + MADE


def _name_patterns() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """(pattern as used, the same with the plain NAME_WORD) for every pattern built on it."""
    out = []
    for module in (persons, entities):
        for value in vars(module).values():
            if isinstance(value, re.Pattern) and persons.NAME_WORD in value.pattern:
                out.append((value, re.compile(value.pattern.replace(persons.NAME_WORD, persons.NAME_WORD_PLAIN),
                                              value.flags)))
    return out


def test_possessive_name_words_match_as_the_plain_ones() -> None:
    pairs = _name_patterns()
    assert len(pairs) >= 20  # every name pattern of persons and the capitalised runs of entities
    for text in _texts():
        for fast, plain in pairs:
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
                [(m.span(), m.groups()) for m in plain.finditer(text)], (fast.pattern[:80], text[:80])
        for k in range(0, len(text), 7):  # searched in a window, as FIRST_NAME_BEFORE_RE is
            fast, plain = persons.FIRST_NAME_BEFORE_RE, re.compile(
                persons.FIRST_NAME_BEFORE_RE.pattern.replace(persons.NAME_WORD, persons.NAME_WORD_PLAIN))
            got, want = fast.search(text, max(0, k - 30), k), plain.search(text, max(0, k - 30), k)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))


def _plain_whole_words(text: str, words) -> list[tuple[int, int, str]]:
    rx = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")(?![\w-])")
    return [(m.start(), m.end(), m.group()) for m in rx.finditer(text)]


def test_whole_word_hits_finds_what_the_alternation_finds() -> None:
    from newsdesk.extract.places import whole_word_hits

    rng = random.Random(12)
    pool = ["Ab", "Abc", "AB", "ABC", "b", "bA", "Ab-c", "A.b", "Ab c", "Ö", "Öl", "x_", "aa", "aaa", "İs", "٣A"]
    alphabet = "AaBbc- _.Ö\u00e9\u0663\n’'İl"
    for _ in range(3000):
        words = rng.sample(pool, rng.randint(1, 6))
        text = "".join(rng.choice(alphabet + "".join(words)) for _ in range(rng.randint(0, 60)))
        assert whole_word_hits(text, words) == _plain_whole_words(text, words), (words, text)
    for text in _texts()[:80]:
        words = sorted({w for w in re.findall(r"[A-Z][a-z]{3,}", text)})[:12]
        words += [w.upper() for w in words[:4]]
        if words:
            assert whole_word_hits(text, words) == _plain_whole_words(text, words)


def test_name_patterns_with_a_first_letter_lookahead_match_as_before() -> None:
    def common_noun_too(text: str, word: str) -> bool:
        return re.search(rf"(?<![\w’'-])(?:{re.escape(word.lower())}|[Tt]he\s+{re.escape(word)})(?![\w’'-])",
                         text) is not None

    def named_in_full(text: str, surname: str, not_persons) -> bool:
        for m in re.finditer(rf"(?<![\w.’'-])({persons.NAME_WORD})\s+{re.escape(surname)}(?![\w’'-])", text):
            if persons._given_name_like(m.group(1), not_persons) and not persons._title_like(m.group(1)):
                return True
        return False

    texts = _texts()
    for text in texts[:150] + texts[-500:]:
        for word in sorted(set(re.findall(r"[A-Z][\w’'-]+", text)))[:40]:
            assert persons._common_noun_too(text, word) == common_noun_too(text, word), (word, text[:60])
            assert persons._named_in_full(text, word, set()) == named_in_full(text, word, set()), (word, text[:60])


def test_org_short_forms_finds_what_the_per_word_pattern_found() -> None:
    def plain(text, phrases, person_words, taken):
        out = []
        firsts: dict[str, str] = {}
        for _, _, name, label, canonical in phrases:
            first = name.split()[0]
            if label == "ORG" and first[:1].isupper() and first not in entities.gazetteer() \
                    and first not in entities.NOT_NAMES and first not in person_words \
                    and first not in entities.given_names() and first.isalpha():
                firsts.setdefault(first, canonical)
        for first, canonical in firsts.items():
            for m in re.finditer(rf"(?<![\w-]){re.escape(first)}(?![\w-])(?!\s+[A-Z])", text):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                out.append((m.start(), m.end(), first, "ORG", canonical))
        return out

    texts = _texts()
    for text in texts[:150] + texts[-500:]:
        phrases = [(0, 0, f"{w} Trust", "ORG", f"{w} Trust") for w in sorted(set(re.findall(r"[A-Z]\w+", text)))[:30]]
        taken = [(m.start(), m.end()) for m in re.finditer(r"[A-Z]\w+ [A-Z]\w+", text)][::2]
        assert entities._org_short_forms(text, phrases, set(), taken) == plain(text, phrases, set(), taken)



def test_number_pattern_with_tries_matches_as_the_plain_lists() -> None:
    from newsdesk.extract import quantities
    from newsdesk.patterns import folded, folded_finditer, folded_twin

    plain = re.compile(quantities.NUMBER_RE.pattern.replace(quantities._QUAL, quantities._QUAL_PLAIN)
                       .replace(quantities._WORDNUM, quantities._WORDNUM_PLAIN), re.I)
    assert plain.pattern != quantities.NUMBER_RE.pattern and folded_twin(quantities.NUMBER_RE) is not None
    rng = random.Random(14)
    words = [*quantities.QUALIFIERS, *quantities.UNITS_WORDS, "Just", "OVER", "half", "a", "an", "dozen", "12",
             "1,200", "$", "%", "per cent", "million", "bn", "twenty-one", "first", "  ", "\n", "-"]
    texts = _texts() + [" ".join(rng.choice(words) for _ in range(60)) for _ in range(400)]
    for text in texts:
        assert [(m.span(), m.groups()) for m in quantities.NUMBER_RE.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert [(m.span(), m.groups()) for m in folded_finditer(quantities.NUMBER_RE, text, folded(text))] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)]


def test_date_patterns_skipped_for_a_missing_literal_find_nothing_there(monkeypatch) -> None:
    import datetime as dt

    from newsdesk.extract import dates

    anchor = (dt.date(2016, 6, 1), "published")
    rng = random.Random(15)
    words = ["in", "May", "may", "June", "Sept.", "12", "2019", "ago", "AGO", "Ago", "two", "weeks", "days",
             "last", "Monday", "since", "March", "Jan", "3rd", "of", "Dec."]
    texts = _texts() + [" ".join(rng.choice(words) for _ in range(40)) for _ in range(400)]
    gated = [dates.find_dates(text, "a", anchor) for text in texts]
    monkeypatch.setattr(dates, "_GATED_PATTERNS", [(kind, rx, None) for kind, rx, _ in dates._GATED_PATTERNS])
    assert [dates.find_dates(text, "a", anchor) for text in texts] == gated


def test_warmed_tokenizer_cache_gives_the_same_tokens() -> None:
    from spacy.attrs import IS_PUNCT, LIKE_NUM, LOWER, NORM, ORTH, PREFIX, SENT_START, SHAPE, SPACY, SUFFIX

    from newsdesk.extract import nlp as nlp_module

    attrs = [ORTH, SPACY, NORM, LOWER, SHAPE, PREFIX, SUFFIX, IS_PUNCT, LIKE_NUM, SENT_START]
    warmed, plain = nlp_module.build_nlp(), nlp_module.build_nlp()
    rng = random.Random(16)
    pieces = ["don't", "Mr.", "it's", "'s", "U.S.", "U.S.-led", ":)", "(AP)", "said,", "“We", "now.”", "e.g.",
              "a.m.", "x", "O'Neill's", "—", "...", "Dr.Smith", "can't.", "\n\n", "  ", "12,000", "$4.5bn"]
    texts = _texts() + [" ".join(rng.choice(pieces) for _ in range(60)) for _ in range(300)]
    for text in texts:
        text = nlp_module.tokenizable(text)
        got = warmed(nlp_module.warm_tokens(warmed, text)).to_array(attrs).tolist()
        assert got == plain(text).to_array(attrs).tolist(), text[:80]
    assert nlp_module._WARMED["tokenizer"] is warmed.tokenizer
    assert warmed.tokenizer.max_cache_size >= nlp_module.TOKENIZER_CACHE_CHUNKS


def test_a_name_pattern_skipped_for_a_missing_tail_has_no_match() -> None:
    rng = random.Random(17)
    words = ["Ana", "Ruiz", "Pell’s", "Pell's", "mother,", "Maud,", "said", ",", "who", "a", "an", "the", "and", "his",
             "her", "of", "Fair", "Deal", "spokesman", "director", "at", "52,", "also", "told", "union’s", "young", "aide"]
    texts = _texts() + [" ".join(rng.choice(words) for _ in range(50)).replace(" ,", ",") for _ in range(1500)]
    for text in texts:
        for rx in persons._TAIL_GATES:
            assert rx.search(text) is None or persons._may_match(rx, text), (rx.pattern[:60], text[:80])
