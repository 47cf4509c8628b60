"""Pictures nobody wanted (issue 13, round 296): words the labellers of many sets leave without
a picture, because the word says nothing the reader needs pictured there."""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def pictured(text: str, people: tuple[str, ...] = ()) -> dict[str, str]:
    return {m.term: m.concept.id for m in find_all(text, list(people))}


@pytest.mark.parametrize(
    "text",
    [
        "The walking frame stays in the hall at night.",
        "My spare glasses stay in the kitchen drawer.",
        "The commode stays in the back bedroom, out of sight.",
    ],
)
def test_a_thing_that_stays_somewhere_is_no_staying_at_home(text):
    assert "stay" not in pictured(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "I want to stay here in my bungalow with the dog.",
        "My husband stays in with me on a Friday.",
    ],
)
def test_a_person_staying_at_home_keeps_the_picture(text):
    assert "stay" in pictured(text).values()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lourdes helps me with my tablets in the morning.", "Lourdes"),
        ("We went on the parish coach to Walsingham every May.", "Walsingham"),
    ],
)
def test_a_shrine_town_is_a_name_and_a_womans_name_too(text, name):
    assert name not in pictured(text)


def test_the_pilgrimage_itself_keeps_its_picture():
    assert pictured("I went on a pilgrimage with the parish in 1990.")["pilgrimage"] == "christian"


@pytest.mark.parametrize(
    "text",
    [
        "I kept my season ticket at Fratton Park until my knees gave out.",
        "He turned out for Salford at Central Park for nine seasons.",
        "We stood on the terraces at Ayresome Park every other Saturday.",
    ],
)
def test_a_teams_ground_named_a_park_gets_no_park_picture(text):
    assert "park" not in pictured(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "My granddaughter pushes me round Central Park when the sun is out.",
        "I feed the ducks at Pearson Park on a Tuesday.",
        "We lived in a terrace near Victoria Park.",  # a row of houses, no ground's terraces
        "In the summer season I love Roundhay Park.",
    ],
)
def test_a_park_named_with_its_capital_keeps_its_picture(text):
    assert "park" in pictured(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "I like people to ask me about the war.",
        "I want people to knock first and wait.",
        "Tell people to use my first name, Doreen.",
    ],
)
def test_people_one_wants_something_of_are_no_group_picture(text):
    assert "people" not in pictured(text).values()


@pytest.mark.parametrize(
    "text",
    ["I talk to people at the club on a Thursday.", "Too many people in the room upsets me."],
)
def test_people_as_a_crowd_or_company_keep_the_group_picture(text):
    assert "people" in pictured(text).values()
