"""Doings and times still missed (issue 13, round 362): by LABELLING.md's ruling of stop 41 the
doings a sentence is about and the times it says in words are pictured.
"""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def pictured(text: str, names=()) -> dict[str, str]:
    return {m.term: m.concept.id for m in find_all(text, names)}


@pytest.mark.parametrize(
    "text",
    [
        "My stoma bag, my spare pants and my wipes sit on the shelf in the day and by the bed"
        " at night.",
        "The hearing aids, the glasses, the watch and the pendant go on in the day and in the pot"
        " at night.",
    ],
)
def test_the_daytime_set_against_the_night_keeps_its_picture_in_a_busy_sentence(text):
    """'in the day ... at night' says when, as the night beside it does."""
    assert pictured(text)["in the day"] == "day-r183"


def test_day_and_night_stays_background_in_a_busy_sentence():
    text = "My hearing aids, my glasses, my pendant, my ring and my watch stay on day and night."
    assert "day" not in pictured(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("I find my way round the kitchen by feel since my sight went.", "by feel"),
        ("I can still judge a good loaf by the feel of the crust.", "by the feel"),
    ],
)
def test_knowing_things_by_feel_is_touch(text, term):
    assert pictured(text)[term] == "feel-by-touch-r362"


@pytest.mark.parametrize(
    "text",
    [
        "By the feel of it I've got a cold coming.",
        "By the feel of things she's not happy.",
        "It'll rain later by the feel of it.",
    ],
)
def test_the_saying_by_the_feel_of_it_is_no_touch(text):
    """Code review 55b: "by the feel of it/things" says "it seems", no touch."""
    assert "feel-by-touch-r362" not in pictured(text).values()


def test_a_thing_known_by_the_feel_of_it_is_still_touch():
    assert pictured("I know my coins by the feel of them.")["by the feel"] == "feel-by-touch-r362"


def test_knowing_things_by_touch_stays_the_word_touch():
    assert pictured("My husband sorts the buttons in the tin by touch.")["touch"] == "touch"


@pytest.mark.parametrize(
    "text",
    [
        "Take me down to the bakery so I can smell the bread coming out.",
        "I can still smell the hay from the barn when I close my eyes.",
    ],
)
def test_smelling_the_thing_itself_is_a_doing(text):
    assert pictured(text)["smell"] == "smelling"


@pytest.mark.parametrize(
    "text",
    [
        "My nephew pushes me round the park in the wheelchair on a Sunday.",
        "The porter pushed me to the clinic in a wheelchair.",
    ],
)
def test_someone_pushing_the_person_in_the_wheelchair_is_a_doing(text):
    assert "push-chair-r362" in pictured(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "My daughter pushes me to get out of my chair and walk.",
        "My granddaughter pushes me to eat, I sit in my chair.",
        "She pushes me to have a go at walking, then I rest in my chair.",
        "He pushes me to do my exercises in the chair.",
    ],
)
def test_being_pushed_to_do_a_thing_beside_a_chair_is_no_wheelchair_push(text):
    """Code review 55b: "pushes me to ..." is encouragement, no push in the wheelchair."""
    assert "push-chair-r362" not in pictured(text).values()


def test_being_pushed_in_the_chair_to_the_shops_is_still_the_push():
    assert "push-chair-r362" in pictured("My husband pushes me in the chair to the shops.").values()


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Read the letters to me slowly, a line at a time.", "slowly"),
        ("I walk to the post box slowly with my frame.", "slowly"),
        ("My chewing is slow since the dentures, so give me soft food.", "slow"),
    ],
)
def test_slowly_said_of_how_the_person_manages_is_slow(text, term):
    assert pictured(text)[term] == "slow-r362"


def test_slow_cooking_is_no_slow_picture():
    assert "slow" not in pictured("The beef is slow cooked in the oven on a Sunday.")


def test_speak_slowly_stays_with_the_talking_picture():
    """'speak slowly' is shown by the talking picture alone: the first tuning set, labelled
    before stop 41, keys no slow beside it (its precision floor)."""
    assert "slowly" not in pictured("Please speak slowly and look at me when you ask.")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("I have to get to the loo quick after my water tablet.", "quick"),
        ("Our faith says the dead are buried quickly, within a day.", "quickly"),
    ],
)
def test_a_need_to_be_quick_is_pictured(text, term):
    assert pictured(text)[term] == "rush-quick-r362"


def test_choosing_keeps_its_picture_beside_the_thing_chosen():
    found = pictured("Let me choose my own shoes in the morning.")
    assert found["choose"] == "choose" and "shoes" in found


def test_a_visit_after_work_pictures_the_work():
    found = pictured("My niece pops round on a Tuesday after work with the shopping.")
    assert found["work"] == "work-after-r362"


@pytest.mark.parametrize(
    "text",
    [
        "When I ask where my mother is, answer me gently and change the subject.",
        "I lose my words, so wait a while for me to answer.",
    ],
)
def test_answering_the_person_is_talking(text):
    assert "talk-answer-r362" in pictured(text).values()


def test_answering_the_door_is_no_talking():
    assert "talk-answer-r362" not in pictured("I can't get up to answer the door now.").values()


@pytest.mark.parametrize(
    "text",
    [
        "The internet is so slow.",
        "My pulse is a bit slow.",
        "The wifi runs slowly in my room.",
    ],
)
def test_a_slow_machine_or_pulse_is_no_slowness_of_the_person(text):
    """Code review 55b: slow is how the person manages, not a slow internet or pulse."""
    assert "slow-r362" not in pictured(text).values()


def test_the_person_slow_on_their_feet_is_still_slow():
    assert pictured("I'm slow on my feet these days.")["slow"] == "slow-r362"


def test_slowly_beside_a_phone_or_the_bus_is_still_the_person_slow():
    """A phone or a bus named elsewhere in the sentence is not what is slow."""
    text = "I speak French with my brother on the phone, but with the carers English, slowly."
    assert pictured(text)["slowly"] == "slow-r362"
    assert pictured("I walk slowly to the bus stop.")["slowly"] == "slow-r362"
    text = "I shave every other day with a safety razor, slowly, at the bathroom sink."
    assert pictured(text)["slowly"] == "slow-r362"
