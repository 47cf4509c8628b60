"""Causes from the ninth blind error hunt (round r376): a cross that spreads from a ruled-out
food to the doing that says how it is made, a dislike that crossed a part of the body, and
senses and words the matcher missed. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import concepts, crossed


@pytest.mark.parametrize(
    ("text", "doing", "food"),
    [
        ("I won't touch anything fried in dripping.", "fried", "dripping"),
        ("Nothing baked with nuts in it, please, I'm allergic.", "baked", "nuts"),
        ("She won't eat food cooked in garlic.", "cooked", "garlic"),
        ("No bread baked with seeds, they get in my teeth.", "baked", "seeds"),
        ("Don't give me chips fried in lard, I'm a vegetarian.", "fried", "lard"),
    ],
)
def test_how_a_ruled_out_food_is_made_is_not_crossed(text, doing, food):
    """ "anything fried in dripping": the dripping is ruled out, not all frying."""
    got = crossed(text)
    assert got[doing] is False
    assert got[food] is True


@pytest.mark.parametrize(
    ("text", "food"),
    [
        ("I don't eat cheese made with rennet, I'm vegetarian.", "cheese"),
        ("She won't eat sweets made with gelatine.", "sweets"),
    ],
)
def test_a_food_refused_for_what_it_is_made_with_keeps_its_cross(text, food):
    """ "cheese made with rennet": that kind of cheese is what the person will not eat."""
    assert crossed(text)[food] is True


def test_what_a_ruled_out_food_is_made_with_is_crossed_too():
    """ "no cake made with butter": the butter is what the person will not have."""
    assert crossed("He won't have any cake made with butter, he's vegan.")["butter"] is True


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("I hate having my feet touched.", "feet"),
        ("I hate having my nails cut.", "nails"),
        ("She can't bear getting her hair brushed.", "hair"),
        ("I don't like having my legs creamed in front of people.", "legs"),
    ],
)
def test_a_body_part_in_a_dislike_of_having_it_done_to_is_not_crossed(text, part):
    """ "I hate having my feet touched": the touching is disliked, the feet are still there."""
    assert crossed(text)[part] is False


def test_a_body_part_hated_itself_keeps_its_cross():
    """ "I hate my feet" says nothing done to them: the dislike stays on the feet."""
    assert crossed("I hate my feet.")["feet"] is True


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("My late brother was in the navy and I keep his cap.", "in the navy"),
        ("I was in the navy for six years as a cook.", "in the navy"),
        ("My dad was a navy man all his life.", "navy man"),
    ],
)
def test_the_navy_said_plainly_is_the_navy(text, term):
    assert concepts(text)[term] == "navy"


def test_a_navy_garment_is_no_navy():
    assert "navy" not in concepts("She looks smart in the navy jumper.").values()


@pytest.mark.parametrize(
    ("text", "doing"),
    [
        ("I don't like it cooked in the microwave.", "cooked"),
        ("I don't want them fried in lard.", "fried"),
        ("She won't have it baked with nuts.", "baked"),
        ("Please don't serve them fried in oil.", "fried"),
    ],
)
def test_how_it_or_them_is_made_keeps_the_cross(text, doing):
    """ "I don't want them fried in lard": with no refused food named, the frying is what is
    refused, and nothing else would carry a cross (code review 56a)."""
    assert crossed(text)[doing] is True


@pytest.mark.parametrize(
    ("text", "food"),
    [
        ("Porridge with salt, not sugar, made with water.", "water"),
        ("Eggs, not bacon, fried in butter.", "butter"),
        ("Chips, no vinegar, cooked in the oven.", "oven"),
        ("Toast, no butter, baked with seeds.", "seeds"),
    ],
)
def test_what_is_made_with_after_a_comma_is_not_the_refused_things(text, food):
    """ "Eggs, not bacon, fried in butter": the eggs are fried in the butter, which is wanted
    (code review 56a)."""
    assert crossed(text)[food] is False


@pytest.mark.parametrize(
    "text",
    [
        "Dress me in the navy slacks and the white blouse.",
        "I go out in the navy mac when it rains.",
        "I sleep in the navy pyjamas.",
        "I pray in the navy hijab.",
        "I like to be dressed in the navy and white dress on Sundays.",
        "Put me in the navy one with the buttons.",
        "I look best in the navy with the white collar.",
        "She came to chapel in the navy cardi and her good gloves.",
    ],
)
def test_any_navy_garment_is_no_navy(text):
    """The colour of whatever the person wears, as the navy word's own guard says (code review)."""
    assert "navy" not in concepts(text).values()
