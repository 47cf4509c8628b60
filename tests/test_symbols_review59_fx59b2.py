"""Code review 59b, items 9-15: pictures the review found wrong or missing, and the pictures
each fix must keep."""

from __future__ import annotations

import pytest

from tests.helpers import concepts


@pytest.mark.parametrize(
    "text",
    [
        "She gave me her cheek when I said my food was cold.",
        "His cheek, eating my food without asking.",
        "I won't have that cheek, he ate my food.",
        "I don't want that cheek from him when he brings my food.",
    ],
)
def test_cheekiness_beside_food_is_no_cheek(text):
    """Item 9: food named in the sentence does not make cheekiness the cheek."""
    assert "cheek" not in concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Crumbs get stuck in my right cheek at dinner.",
        "Food gets stuck in her cheek since the stroke.",
        "My left cheek is numb, so I chew on the right.",
    ],
)
def test_food_stuck_in_a_numb_cheek_keeps_the_cheek(text):
    assert concepts(text).get("cheek") == "cheek"


@pytest.mark.parametrize(
    "text",
    [
        "She's rude and lippy.",
        "My granddaughter is cheeky and lippy.",
        "I don't like carers who are rude and lippy.",
    ],
)
def test_rude_and_lippy_is_no_lipstick(text):
    """Item 10: 'lippy' after 'and' is lipstick only beside the make-up."""
    assert "lippy" not in concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "I keep my powder and lippy on the dressing table.",
        "Pass me my perfume and lippy, the family are coming.",
        "Put a bit of lippy on me before Mass.",
    ],
)
def test_lippy_beside_the_make_up_keeps_its_lipstick(text):
    assert concepts(text).get("lippy") == "make-up"


@pytest.mark.parametrize(
    "text",
    [
        "The sling goes under my arms for the hoist.",
        "The carers use the hoist and the sling because my arms are weak.",
        "I need the hoist and a sling, my arm hurts.",
    ],
)
def test_a_sling_beside_the_hoist_and_the_arms_is_the_hoists(text):
    """Item 11: 'the sling' or 'a sling' beside the hoist is the hoist's, arms or no arms."""
    assert concepts(text).get("sling") == "hoist-r57"


@pytest.mark.parametrize(
    "text",
    [
        "My arm is in a sling since the fall.",
        "I broke my wrist, so the sling stays on, even in the hoist.",
        "She wears a sling for her shoulder.",
    ],
)
def test_an_arm_sling_keeps_its_picture(text):
    assert concepts(text).get("sling") == "sling-arm"


@pytest.mark.parametrize(
    "text",
    [
        "My iron works a treat on his shirts.",
        "The iron works best on cotton.",
        "My new steam iron works brilliantly.",
        "The iron works, but the kettle doesn't.",
        "Iron works best for my anaemia.",
    ],
)
def test_an_iron_that_works_is_no_factory(text):
    """Item 12: 'iron works' is the works only where a job or a place is spoken of."""
    assert "factory-works-r391" not in concepts(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "My dad worked at the iron works for thirty years.",
        "I grew up near the iron works.",
        "The old iron works closed in 1980.",
    ],
)
def test_the_iron_works_as_a_factory_keeps_its_picture(text):
    assert concepts(text).get("iron works") == "factory-works-r391"


@pytest.mark.parametrize(
    "text",
    [
        "Check the label on my tablets for the dose.",
        "Read me the label on my tablets, I'm allergic to nuts.",
        "The label on my wheelchair says 'no pork' for the kitchen staff.",
        "Cut the label out of my jumper, I'm allergic to nuts.",
    ],
)
def test_a_label_on_tablets_or_a_wheelchair_is_no_food_label(text):
    """Item 13: one 'label' sense, kept off tablets and a wheelchair even beside food words."""
    assert concepts(text).get("label") != "packet"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Check the label on the biscuits for nuts.", "label"),
        ("I read the labels in the supermarket for gluten.", "labels"),
        ("No pork, even if the label says there's only a trace.", "label"),
        ("Check the labels on food and medicines for gelatine.", "labels"),
        ("Her sight is poor, so read the labels to her.", "labels"),
    ],
)
def test_a_label_read_for_the_food_keeps_its_packet(text, word):
    assert concepts(text).get(word) == "packet"


@pytest.mark.parametrize(
    "text",
    [
        "My grandson wants to play at home today.",
        "The grandchildren love to play at home on the Xbox.",
        "I played at home with my dolls.",
    ],
)
def test_a_person_who_wants_to_play_at_home_is_at_home(text):
    """Item 14: 'to play at home' is a person's, the home picture."""
    assert "home" in concepts(text).values()


@pytest.mark.parametrize(
    "text",
    ["Rovers play at home on Saturday.", "I go to the match when they play at home."],
)
def test_a_team_that_plays_at_home_shows_no_house(text):
    assert "home" not in concepts(text).values()


@pytest.mark.parametrize(
    "text",
    ["I let her back in after her wash.", "Put my cardigan back in the drawer after my wash."],
)
def test_a_way_back_in_beside_a_wash_is_no_back(text):
    """Item 15: 'back in' beside a wash is going or putting back, no part of the body."""
    assert "back" not in concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wash my back in the shower with the long sponge.",
        "She creams my back in the bath.",
        "Dry my back well, it gets itchy.",
    ],
)
def test_the_back_washed_in_the_bath_keeps_its_picture(text):
    assert concepts(text).get("back") == "back"
