"""Who holds a position when the story names the party by a description, a fragment, a
pronoun or a second spelling (:mod:`newsdesk.compare.actors`). Each paragraph is written for
this test, in domains none of the development stories touch (a zoo, a ski resort, a library,
an orchestra, a football club, a bakery chain, a marina)."""
from __future__ import annotations

from .conftest import stance_cells


def _actors(*bodies: str) -> set[str]:
    return {a for a, _, _ in stance_cells(*bodies, month=6)}


def _cells(*bodies: str) -> set[tuple[str, str, str]]:
    return stance_cells(*bodies, month=6)


def test_an_organisation_the_story_describes_is_no_person() -> None:
    """"Dunley Orchards, which owns the hillside" / "the orchards": a company even when the
    tagger reads two capitalised words as a person's name."""
    a = ("Dunley Orchards, which owns the hillside above the ski runs, opposes the new chairlift. "
         "Dunley Orchards said the chairlift would cut through its oldest trees.")
    b = ("The orchards have long opposed the chairlift. Dunley Orchards wants the resort to move the chairlift "
         "to the northern slope.")
    got = _cells(a, b)
    assert any(actor == "Dunley Orchards" and "chairlift" in issue for actor, issue, _ in got), got


def test_the_county_is_its_governing_body() -> None:
    """"the county" in the mouth of the county board's chair, and "The county" alone, is the
    story's one county governing body."""
    a = ("Lakemoor County Board Chair Irene Vasko said the county would press the zoo to add a night shuttle. "
         "The zoo opened its new aviary in May.")
    b = ("The county has asked for a night shuttle to the zoo. Visitors queued for the aviary on Sunday.")
    got = _cells(a, b)
    assert any("County Board" in actor and pos == "demands" for actor, _, pos in got), got
    assert not any(actor.lower() == "county" for actor, _, _ in got), got


def test_the_government_in_a_unions_mouth_is_not_the_union() -> None:
    a = ("The Musicians' Union said the government was demanding deeper cuts to orchestra grants. "
         "The Musicians' Union opposes the cuts to orchestra grants.")
    b = "The cuts to orchestra grants take effect in April. The Musicians' Union will ballot members on the cuts."
    got = _cells(a, b)
    assert not any(actor == "Musicians' Union" and pos == "demands" for actor, _, pos in got), got


def test_people_of_a_place_are_those_people() -> None:
    """"Residents of the Fenwick Marsh estate", "the residents": Fenwick Marsh residents, not the place."""
    a = ("Residents of the Fenwick Marsh estate have objected to the marina expansion. "
         "The residents want the council to scrap the marina expansion.")
    b = ("Fenwick Marsh residents oppose the marina expansion. The marina expansion would add 300 berths.")
    got = _actors(a, b)
    assert "Fenwick Marsh residents" in got, got
    assert "Fenwick Marsh" not in got, got


def test_a_person_of_a_body_speaks_for_it() -> None:
    """"Chief Mara Lindell of the Tallow Creek Band said her community would support ...": the band."""
    a = ("Chief Mara Lindell of the Tallow Creek Band said her community would support the ski lift only if it "
         "received a share of ticket revenue.")
    b = "The ski lift would open next winter. The Tallow Creek Band has not yet voted on the ski lift."
    got = _cells(a, b)
    assert any(actor == "Tallow Creek Band" and "lift" in issue for actor, issue, _ in got), got


def test_one_spelling_and_the_full_name_of_a_fragment() -> None:
    """"Bakers’ Guild" and "Bakers' Guild" are one party; "the bakers' guild" is the full name."""
    a = ("The Northgate Bakers' Guild opposes the flour levy. "
         "The Northgate Bakers’ Guild said it would challenge the flour levy in court.")
    b = ("The bakers' guild says it will fight the flour levy. The flour levy starts in July.")
    got = _actors(a, b)
    assert got and all("’" not in actor for actor in got if "Guild" in actor), got
    assert "bakers guild" not in {actor.lower() for actor in got}, got
    assert len({actor for actor in got if "uild" in actor}) == 1, got


def test_an_owners_described_group_is_the_group() -> None:
    """"Glenmore's largest climbers' group ... now supports": the group named for climbers."""
    a = "The Rockfall Climbers' Club opposes the quarry extension. The quarry extension was approved on Friday."
    b = ("Glenmore's largest climbers' group has dropped its objection and now supports the quarry extension. "
         "The Rockfall Climbers' Club met on Thursday.")
    got = _cells(a, b)
    assert any(actor == "Rockfall Climbers' Club" and pos == "supports" for actor, _, pos in got), got
    assert not any("glenmore" in actor.lower() for actor, _, _ in got), got


def test_a_description_before_a_name_and_a_capital_inside_it() -> None:
    """"Campaign group Friends of the Reading Room", "Keep Our Library Open": the names."""
    a = ("Campaign group Friends of the Reading Room wants the council to scrap the library closure. "
         "Parents' group Keep Our Library Open, which formed last year, said it would oppose the library closure.")
    b = "Keep Our Library Open opposes the library closure. The library closure was announced in March."
    got = _actors(a, b)
    assert "Keep Our Library Open" in got, got
    assert not any(actor.startswith(("Campaign", "Parents")) for actor in got), got


def test_a_beat_word_between_the_party_and_the_role() -> None:
    """"Labour's sport spokesman, Idris Penk": Labour holds the position."""
    a = ("Labour's sport spokesman, Idris Penk, called for the stadium audit to be published before the vote. "
         "The club's board met on Monday.")
    b = "Idris Penk repeated his call for the stadium audit. The stadium audit covers ten years."
    got = _actors(a, b)
    assert "Labour" in got, got
    assert "Idris Penk" not in got, got


def test_he_opening_a_sentence_is_the_person_named_before() -> None:
    """"Dr X, the club doctor, said ... He urged the league to ...": X, not the league named earlier."""
    a = ("The Premier Netball League has rejected calls for a concussion review. "
         "Dr Tomasz Reiner, the club doctor, said players were being sent back too soon. "
         "He urged the league to test every player before the new season begins.")
    b = "The Premier Netball League said testing every player was not needed. The new season begins in August."
    got = _cells(a, b)
    assert any(actor == "Tomasz Reiner" and pos == "demands" for actor, _, pos in got), got
    assert not any("League" in actor and pos == "demands" for actor, _, pos in got), got


def test_noun_first_apposition_names_the_party() -> None:
    """"the operator, Brightwater Marinas," then "the operator said it would oppose": Brightwater Marinas."""
    a = ("The harbour's operator, Brightwater Marinas, runs 400 berths. "
         "The operator opposes the mooring levy, which the town council proposed in May.")
    b = "The mooring levy would fund dredging. The mooring levy starts in June."
    got = _cells(a, b)
    assert any(actor == "Brightwater Marinas" and "levy" in issue and pos == "opposes" for actor, issue, pos in got), got
    assert not any(actor.lower() in ("operator", "the operator") for actor, _, _ in got), got


def test_counted_things_are_no_party() -> None:
    """"The three shelters will be open to hikers": things counted, not a party."""
    a = "The park trust proposed three mountain shelters. The three shelters will be open to hikers year-round."
    b = "The three shelters cost £4m. The shelters would be open to hikers in winter."
    got = _actors(a, b)
    assert "three shelters" not in got, got


def test_its_is_a_body_never_a_person() -> None:
    """"The group's chair, X, repeated its demand": the group named before, not its chair."""
    a = ("Friends of Holloway Baths wrote to the council on Monday. "
         "The group's chair, Annika Pole, repeated its demand for a full repair of the lido.")
    b = "Friends of Holloway Baths want a full repair of the lido. The lido closed in 2024."
    got = _actors(a, b)
    assert "Friends of Holloway Baths" in got, got
    assert "Annika Pole" not in got, got


def test_a_member_of_parliament_holds_a_position_of_their_own() -> None:
    """"X, the MP for Y, said he backed ...": the MP, a titled person, is a party."""
    a = ("Owen Trask, the MP for Harlow Vale, said he backed the museum's refusal to sell the tapestry. "
         "The museum has refused to sell the tapestry.")
    b = "Owen Trask said the tapestry should stay in the town. The museum refused to sell the tapestry."
    got = _actors(a, b)
    assert "Owen Trask" in got, got


def test_a_participle_after_an_irregular_past_and_a_relative_with_first() -> None:
    """"X took issue with that stance, calling for ...", "Y, who first called for ...": X and Y."""
    a = ("The Orchestra Players' Forum took issue with that stance, calling for a rehearsal pay rise. "
         "Mayor Ilse Varga, who first called for a rehearsal pay rise, welcomed the vote.")
    b = "The rehearsal pay rise would cost £80,000. The rehearsal pay rise was debated on Monday."
    got = _actors(a, b)
    assert "Orchestra Players' Forum" in got, got
    assert "Ilse Varga" in got, got


def test_an_owner_of_several_words_before_a_role() -> None:
    """"Ruth Vane, Harbour Line Cruises' chief executive, ... It is offering": the cruise line."""
    a = ("“We are sorry,” said Ruth Vane, Harbour Line Cruises' chief executive. "
         "It is offering every passenger a full refund.")
    b = "Passengers queued for a full refund. A full refund takes ten days."
    got = _actors(a, b)
    assert "Harbour Line Cruises" in got, got
    assert "Ruth Vane" not in got, got


def test_a_portfolio_is_the_department_the_story_names() -> None:
    """"Culture Secretary X" in a story naming the "Department for Culture": that department."""
    a = ("The Department for Culture published the museum funding plan on Monday, and "
         "Culture Secretary Hana Lisowski has proposed a cap on museum entry fees.")
    b = ("Culture Street Review reported that museums criticised the cap on museum entry fees. "
         "The cap on museum entry fees would start in April.")
    got = _actors(a, b)
    assert "Department for Culture" in got, got  # not "Culture", which two names of the story share


def test_people_of_a_place_after_a_where_clause() -> None:
    """"Climbers on the Eastern Crags, where ..., have fought the quarry": the story's climbers."""
    a = ("Climbers on the Eastern Crags, where the routes are a century old, have fought the quarry extension for years. "
         "Eastern Crags climbers say the quarry extension would destroy the routes.")
    b = "The quarry extension was approved on Friday. The quarry extension adds 40 hectares."
    got = _cells(a, b)
    assert any(actor == "Eastern Crags climbers" and pos == "opposes" for actor, _, pos in got), got


def test_people_in_a_place_are_named_alike_and_vague_crowds_stay_vague() -> None:
    """"Shopkeepers in Dunholm demanded": Dunholm shopkeepers; "Observers in Dunholm": nobody in particular."""
    a = ("Shopkeepers in Dunholm demanded a freeze on parking charges. "
         "Observers in Dunholm demanded a freeze on parking charges too.")
    b = "The council will debate a freeze on parking charges. A freeze on parking charges would cost £2m."
    got = _actors(a, b)
    assert "Dunholm shopkeepers" in got, got
    assert not any("bservers" in actor for actor in got), got
