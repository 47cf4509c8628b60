"""Places and beliefs a "not" rules out that were left bare (round 373): a person or pet not
to be put somewhere ("She's not to be put in the kennel", plans37), and what a person does
not believe in ("I don't believe in God or heaven", plans38). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def crossed(text: str) -> dict[str, bool]:
    """Words as written -> whether their picture is crossed, for every picture TEXT gets."""
    return {m.term: m.negated for m in find_all(text)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Our collie is old now and she's not to be put in the kennel at night.", "kennel"),
        ("I'm not to be put in the shed with the bikes.", "shed"),
        ("I don't want to be put in the back bedroom.", "bedroom"),
    ],
)
def test_a_person_or_pet_not_to_be_put_somewhere_crosses_the_place(text, place):
    """ "She's not to be put in the kennel": going there is refused, so the kennel is."""
    assert crossed(text)[place] is True


def test_a_thing_not_to_be_put_somewhere_leaves_the_place():
    """ "My tablets are not to be put in my tea": the tea is still drunk."""
    assert crossed("My tablets are not to be put in my tea.")["tea"] is False


@pytest.mark.parametrize(
    ("text", "things"),
    [
        ("I don't believe in doctors, I'd rather have my herbs.", ["doctors"]),
        ("He never believed in banks, so his money is in the tin.", ["banks"]),
        ("I don't believe in God or heaven, so no vicar please.", ["God", "heaven"]),
    ],
)
def test_what_is_not_believed_in_is_crossed(text, things):
    """ "I don't believe in banks": what is believed in is the object, not a place."""
    got = crossed(text)
    assert all(got[t] is True for t in things)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("I'd like a bath upstairs, not the traipse to the bathroom downstairs.", "bathroom"),
        ("Leave me the bottle at night, not the trek to the toilet.", "toilet"),
    ],
)
def test_a_trek_refused_crosses_where_it_goes(text, place):
    """ "not the trek to the toilet": the trek is the going there, so the toilet is refused."""
    assert crossed(text)[place] is True


@pytest.mark.parametrize(
    ("text", "place", "dying"),
    [
        ("Dad doesn't want to die in the hospital, he wants his own bed.", "hospital", "die"),
        ("I don't want to die at the hospice, I want my own room.", "hospice", "die"),
    ],
)
def test_a_refused_dying_somewhere_crosses_the_place_not_the_dying(text, place, dying):
    """ "I don't want to die in hospital": the place is refused, death is not a thing ruled out."""
    got = crossed(text)
    assert got[place] is True
    assert got[dying] is False


def test_whom_a_refused_dying_would_be_with_is_not_crossed():
    """ "...die in the hospital with strangers": the hospital is refused, the people are not."""
    got = crossed("Gran doesn't want to die in the hospital with strangers round her.")
    assert got["hospital"] is True
    assert got.get("strangers", False) is False
