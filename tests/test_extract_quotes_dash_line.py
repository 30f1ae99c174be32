"""A block quotation whose source stands on the line below, after a dash (invented names)."""
from __future__ import annotations

from newsdesk.extract import extract_quotes


def test_a_dash_line_below_a_quotation_names_its_speaker() -> None:
    text = ("The tenants' group set out its demands in a letter to the landlord on Monday.\n\n"
            "\"We will not pay a penny more until the boilers work. Every flat deserves heat.\"\n\n"
            "— Ada Brixley, chair, Millbank Tenants' Union\n\n"
            "The landlord did not reply.")
    got = [q for q in extract_quotes(text) if q.text.startswith("We will not pay")]
    assert len(got) == 1 and got[0].speaker == "Ada Brixley"


def test_a_dash_line_after_another_paragraph_names_no_speaker() -> None:
    # the dash opens a new paragraph of prose, not an attribution line (a lowercase word, or a
    # sentence of its own beyond the name)
    text = ("\"We will not pay a penny more,\" said Ada Brixley, the union's chair.\n\n"
            "— and the landlord, Corin Vesk, did not reply to the letter that week.")
    got = [q for q in extract_quotes(text) if q.text.startswith("We will not pay")]
    assert len(got) == 1 and got[0].speaker == "Ada Brixley"


def test_a_name_of_an_organisation_is_the_person_not_the_organisation() -> None:
    for verb in ("said:", "put it plainly:"):
        text = (f"Critics are cheering. Ada Brixley of the Millbank Tenants Union {verb} "
                "\"The rules were written to keep tenants safe, and for once they have been enforced.\"")
        got = [q for q in extract_quotes(text) if q.text.startswith("The rules")]
        assert len(got) == 1 and "Ada Brixley" in (got[0].speaker or ""), got
    # an organisation's own name with "of" inside it stays the organisation
    text = "Markets steadied. The Bank of Tarrow said: \"Rates will stay where they are for now.\""
    got = [q for q in extract_quotes(text) if q.text.startswith("Rates")]
    assert len(got) == 1 and "Ada" not in (got[0].speaker or "") and "Tarrow" in (got[0].speaker or "")


def test_the_head_word_of_an_untagged_organisation_names_it() -> None:
    text = ("Tarrow Valley Tramway agrees to an outside review of the depot fire\n\n"
            "Commuters asked for extra buses at peak times; the tramway said it was \"looking at it.\"")
    got = [q for q in extract_quotes(text) if q.text.startswith("looking")]
    assert len(got) == 1 and got[0].speaker == "Tarrow Valley Tramway"
    # a person's role is never replaced by a name that ends in it
    text = ("Deputy Minister Ada Brix opened the bridge.\n\n"
            "Asked about tolls, the minister said the plan was \"still being drafted by officials.\"")
    got = [q for q in extract_quotes(text) if q.text.startswith("still")]
    assert all("Deputy Minister" != (q.speaker or "") for q in got)


def test_a_short_quote_modifying_the_noun_after_it_is_a_term() -> None:
    text = ("Two former volunteers, who asked not to be named, described monthly \"numbers tidying\" meetings "
            "before each funding report. Neither said they had been told to invent results.")
    got = [q for q in extract_quotes(text) if q.text.startswith("numbers")]
    assert len(got) == 1 and not got[0].direct
    # a verb phrase quoted after a helper stays speech
    text = "Ada Brix said the tenants would \"flatly reject\" plans for the tower, and the landlord knew it."
    got = [q for q in extract_quotes(text) if q.text.startswith("flatly")]
    assert len(got) == 1 and got[0].direct and got[0].speaker == "Ada Brix"
