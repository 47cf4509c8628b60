"""Doings and times said in words (issue 13, round 336): by LABELLING.md's ruling of stop 41 a
time said in words is keyed as the day; a thing left on all day ("the oxygen's on all day") is
pictured so, while a passing "all day" stays unpictured, as the older sets' floors need.
"""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def pictured(text: str, names=()) -> dict[str, str]:
    return {m.term: m.concept.id for m in find_all(text, names)}


@pytest.mark.parametrize(
    "text",
    [
        "The radio stays on all day in the back room.",
        "My concentrator is on all day, so mind the tubing on the stairs.",
    ],
)
def test_a_thing_left_on_all_day_pictures_the_day(text):
    assert pictured(text)["all day"] == "day-all-r336"


@pytest.mark.parametrize(
    "text",
    [
        "I hate being stuck indoors all day with nobody to talk to.",
        "The pump runs all day and all night now.",
        "Please don't leave the big light on all day.",
    ],
)
def test_the_day_is_not_pictured_in_passing_in_day_and_night_or_where_it_is_refused(text):
    found = pictured(text)
    assert "day-all-r336" not in found.values()
    assert "day-r183" not in found.values()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I built prams at the works in Leyland for twenty years.", "built"),
        ("On wet afternoons I build ships in bottles at the kitchen table.", "build"),
    ],
)
def test_building_as_the_persons_work_or_craft_is_pictured(text, word):
    assert pictured(text)[word] == "build-r336"


@pytest.mark.parametrize(
    "text",
    [
        "My grandson is built like a rugby forward.",
        "The physio says I must build up the muscles in my legs.",
    ],
)
def test_a_body_or_building_up_strength_is_no_building(text):
    assert "build-r336" not in pictured(text).values()


def test_working_on_a_line_or_a_face_for_years_is_work():
    found = pictured("Dad worked on the railway till he retired in 1979.")
    assert found["worked"] == "work-on-r336"


def test_working_on_a_body_or_a_thing_is_no_work():
    assert "work-on-r336" not in pictured("The physio worked on my shoulder today.").values()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Fish on a Friday and plain cooking in the week, please.", "in the week"),
        ("I go to chapel on Sunday; the rest of the week I stay in.", "the rest of the week"),
    ],
)
def test_the_week_said_as_when_is_pictured(text, words):
    assert pictured(text)[words] == "weeks"


def test_a_passing_all_week_stays_unpictured():
    assert "weeks" not in pictured("It has been blowing a gale all week.").values()
