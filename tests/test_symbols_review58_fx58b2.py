"""Code review 58b, items 9-15: pictures the review found wrong or missing, and the pictures
each fix must keep."""

from __future__ import annotations

import pytest

from tests.helpers import concepts


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("She checks my feet.", "checks"),
        ("She always checks my feet.", "checks"),
        ("He checks the doors every night.", "checks"),
        ("Jean checks my feet.", "checks"),
        ("The nurse checked me over.", "checked"),
    ],
)
def test_checking_done_by_he_or_she_is_looking_it_over(text, word):
    """Item 9: after 'he' or 'she' a word ending in -s that can be done is the doing."""
    assert concepts(text).get(word) == "check-doing-r374"


@pytest.mark.parametrize(
    "text",
    ["They checked me into the hospital.", "My son can check me out of hospital."],
)
def test_checking_a_person_in_or_out_is_no_looking_over(text):
    """Item 9: booked into or out of a place, nothing is looked over."""
    assert "check-doing-r374" not in concepts(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "I was the champ at dominoes.",
        "My brother was the champ at the school sports day.",
        "The champ of the pub quiz, that was me.",
        "He was the champ of our street.",
    ],
)
def test_the_champ_as_a_person_is_no_potato(text):
    """Item 10: 'the champ' is the potato dish only where the sentence speaks of food."""
    assert concepts(text).get("champ") != "potatoes"


@pytest.mark.parametrize(
    "text",
    ["I love a champ with plenty of butter.", "My son makes the champ for my dinner on Sundays."],
)
def test_a_champ_said_with_food_keeps_its_potatoes(text):
    assert concepts(text).get("champ") == "potatoes"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I'm not a man for the pub, never was.", "man"),
        ("I'm not a woman for the telly.", "woman"),
        ("He's not a man for his garden, never was.", "man"),
    ],
)
def test_not_a_man_for_the_pub_is_a_character(text, word):
    """Item 11: 'the' or 'his' after 'not a man for' names no care, so no man or woman."""
    assert word not in concepts(text).values()


def test_not_a_man_for_my_wash_keeps_the_man():
    assert concepts("I'm not a man for my wash, send a lady.")["man"] == "man"


@pytest.mark.parametrize(
    ("text", "word", "colour"),
    [
        ("Please paint my nails pink and red.", "pink", "pink-r390"),
        ("I love pink and purple.", "pink", "pink-r390"),
        ("I like blue and green best.", "blue", "blue-r390"),
        ("I like purple.", "purple", "purple-r390"),
    ],
)
def test_two_colours_said_as_things_keep_the_first(text, word, colour):
    """Item 12: a colour after another is no flag; only a flag, team or funeral word says one."""
    assert concepts(text).get(word) == colour


@pytest.mark.parametrize(
    "text",
    [
        "I like purple sprouting broccoli.",
        "Never green, white and orange on the team strip.",
        "No red, white and blue bunting on my house.",
    ],
)
def test_a_colour_named_food_or_a_flag_gets_no_colour_picture(text):
    assert not any(c.endswith("-r390") and c[:-5] in text.lower() for c in concepts(text).values())


def test_great_company_said_of_an_employer_is_no_friends():
    """Item 13: 'Great company' after 'I worked at ICI.' is the firm."""
    got = concepts("I worked at ICI. Great company, they looked after us.")
    assert got.get("company") != "friends"


def test_great_company_said_of_a_dog_keeps_friends():
    assert concepts("My dog is great company.")["company"] == "friends"


def test_like_a_prisoner_of_war_is_a_likeness_not_the_forces():
    """Item 14: a simile names no forces; a father who was one keeps them."""
    assert "army-2" not in concepts("I feel like a prisoner of war in this flat.").values()
    assert concepts("My dad was a prisoner of war in Burma.")["prisoner of war"] == "army-2"
