"""Faith words, mourning customs and greetings the newest plans name (round 347): the amen,
Pascha, the Reverend, koliva and "Fit like?" are pictured as the prayer, Easter, the minister, the
memorial food and hello."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def shown(text: str, names=()) -> dict[str, str]:
    """Each pictured term of TEXT (lower case) -> the id of its concept."""
    return {m.term.lower(): m.concept.id for m in find_all(text, names)}


def test_koliva_is_the_memorial_food():
    assert shown("Make koliva for my forty-day memorial.")["koliva"] == "memorial-food-r347"


def test_amen_and_crossing_yourself_are_praying():
    assert shown("Say the amen with me at the end.")["the amen"] == "pray-r347"
    assert shown("You can cross yourself at the icon if you like.")["cross yourself"] == (
        "pray-r347"
    )


def test_pascha_is_easter():
    assert shown("At Pascha my daughter bakes the tsoureki.")["pascha"] == "easter-r347"


def test_the_reverend_is_the_minister():
    assert shown("The Reverend came to pray with me.")["reverend"] == "vicar-r347"


def test_greetings_in_the_persons_own_words_are_hello():
    assert shown("Fit like? That's what I say to everybody.")["fit like"] == "hello-r347"
    assert shown("Say Ciamar a tha thu when you come in.")["ciamar a tha thu"] == "hello-r347"
    assert shown("Say Kalimera when you wake me.")["kalimera"] == "hello-r347"
    assert "fit like" not in shown("The new shoes fit like a glove.")


def test_a_thing_that_fits_like_it_should_is_no_greeting():
    # code review r54 bug 15: the Doric "fit like" mid-sentence read "fit like they should" as hello
    assert "fit like" not in shown("My new slippers fit like they should.")
    assert "fit like" not in shown("The teeth fit like new since the dentist.")
    assert "fit like" not in shown("These trousers fit like he wanted.")
    assert shown("Always say fit like when you come in.")["fit like"] == "hello-r347"
    assert shown("Fit like, quine?")["fit like"] == "hello-r347"
