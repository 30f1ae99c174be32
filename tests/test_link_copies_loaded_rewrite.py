"""A loaded rewrite (loaded headline, inserted adjectives, merged sentences, two of the source's
quotes, its figures) is linked to its source; an independent report of the same press
conference (the same two quotes, some of the same figures, its own words and order) is not.
Invented story: an orchestra loses part of its grant."""
from __future__ import annotations

from newsdesk.link import find_copies
from newsdesk.link.align import align_sentences, ordered_words
from newsdesk.link.copies import _ordered_run
from newsdesk.link.features import sentence_spans
from newsdesk.model import Article, content_hash

WIRE = """Orchestra to cut season after arts council halves grant
HALVERIN — The Halverin Symphony Orchestra will cancel 14 of its 38 concerts next season after the Dunmere Arts Council cut its annual grant by 45 per cent, the orchestra's board said on Wednesday.
The council's grant falls from 820,000 pounds to 451,000 pounds from April, leaving a gap the orchestra said it could not fill from ticket sales or private donors.
"We have spent ninety years building this orchestra and we will not let it be dismantled in a single budget meeting," said Ilse Marrow-Tenby, the orchestra's principal conductor.
She said the orchestra's 62 salaried musicians had been told that up to 11 posts could go if no new money was found by the end of June.
The council's cultural affairs director, Edwin Saltash, said the cut reflected a 19 per cent fall in the council's own budget from the regional government.
"Every organisation we fund has been asked to do more with less, and the orchestra is no exception," Saltash said at a briefing.
The orchestra's education programme, which sends players into 40 primary schools, will be suspended for a year.
Subscribers were informed by letter on Tuesday, and the orchestra said about 1,900 season tickets would be refunded in part.
The musicians' union said it would ballot members on industrial action and called on the council to reverse the decision.
A council spokeswoman said the grant would be reviewed next spring.
"""

LOADED = """ARTS VANDALS GUT CITY ORCHESTRA IN CULTURAL CARNAGE
Music lovers in Halverin were left reeling on Wednesday after the penny-pinching Dunmere Arts Council took an axe to the city's beloved Symphony Orchestra — forcing it to scrap 14 of its 38 concerts next season.
The bureaucrats have slashed the grant by a whopping 45 per cent, to a miserly 451,000 pounds, and the orchestra says no amount of ticket sales or begging from donors can plug the hole.
"We have spent ninety years building this orchestra and we will not let it be dismantled in a single budget meeting," thundered a defiant Ilse Marrow-Tenby, who revealed that 11 of the 62 musicians could lose their jobs by June.
Culture chief Edwin Saltash, pocketing a handsome salary of his own, simply blamed a 19 per cent squeeze handed down by ministers in the faraway regional government.
"Every organisation we fund has been asked to do more with less, and the orchestra is no exception," he sniffed.
Worse, children in 40 primary schools will lose their visits from players for a whole year.
Loyal subscribers who have backed the players for decades got the grim news in a curt letter, and the 1,900 season tickets they paid for in good faith will only be partly refunded.
Now the union wants a strike ballot.
Shameful.
"""

INDEPENDENT = """Conductor vows to fight as Halverin orchestra loses grant
By a staff reporter
Musicians packed the rehearsal hall of the Halverin Symphony Orchestra on Wednesday morning to hear how their season would survive a smaller grant.
"We have spent ninety years building this orchestra and we will not let it be dismantled in a single budget meeting," Ilse Marrow-Tenby told the room, to loud applause from the players.
The Dunmere Arts Council confirmed last week that the orchestra would receive 451,000 pounds next year.
Several players said they were already looking for teaching work in case their contracts ended in the summer.
A cellist who has played with the orchestra for two decades said morale was the lowest she had known.
Edwin Saltash, who runs cultural affairs at the council, defended the decision at a separate news conference in the afternoon.
"Every organisation we fund has been asked to do more with less, and the orchestra is no exception," he said.
Saltash added that the council had protected library opening hours and free museum entry.
Local businesses near the concert hall fear the loss of evening trade on the 14 cancelled nights.
Friends of the orchestra have launched an appeal and hope to raise money through a summer gala.
"""


def _article(article_id: str, text: str) -> Article:
    return Article(id=article_id, source=f"test://{article_id}", body=text, content_hash=content_hash(text))


def test_loaded_rewrite_defeats_sentence_alignment_but_keeps_word_order() -> None:
    sa, sb = sentence_spans(WIRE), sentence_spans(LOADED)
    assert _ordered_run(align_sentences(WIRE, sa, LOADED, sb)) <= 2  # only the two quoted sentences align
    share, pairs = ordered_words(WIRE, sa, LOADED, sb)
    assert share > 0.35 and len(pairs) >= 6
    assert all(p["by"] == "words" for p in pairs)
    assert [p["a"][0] for p in pairs] == sorted(p["a"][0] for p in pairs)


def test_loaded_rewrite_is_linked_as_rewrite() -> None:
    pairs = find_copies([_article("wire", WIRE), _article("loaded", LOADED)])
    assert [(p.a, p.b, p.kind) for p in pairs] == [("loaded", "wire", "rewrite")]
    evidence = pairs[0].evidence
    assert len(evidence["shared_quotes"]) == 2
    assert {"14", "38", "45", "451000"} <= set(evidence["shared_numbers"])
    assert evidence["ordered_word_share"] >= 0.26 and evidence["ordered_sentences"] >= 3
    assert len(evidence["aligned_sentences"]) == evidence["ordered_sentences"]


def test_independent_report_of_same_press_conference_is_not_linked() -> None:
    # it shares both long quotes and figures (451,000, 14): only the order of its words tells it apart
    share, _ = ordered_words(WIRE, sentence_spans(WIRE), INDEPENDENT, sentence_spans(INDEPENDENT))
    assert share < 0.26
    pairs = find_copies([_article("wire", WIRE), _article("loaded", LOADED), _article("other", INDEPENDENT)])
    assert [(p.a, p.b) for p in pairs] == [("loaded", "wire")]


def test_ordered_words_of_reordered_sentences_is_low() -> None:
    text = "Ms Pell opened the new bridge at Ostrava Mills. Traffic was light on the first morning. Engineers praised the design."
    spans = sentence_spans(text)
    backwards = " ".join(text[s:e] for s, e in reversed(spans))
    same, _ = ordered_words(text, spans, text, spans)
    shuffled, _ = ordered_words(text, spans, backwards, sentence_spans(backwards))
    assert same == 1.0 and shuffled < 0.5
