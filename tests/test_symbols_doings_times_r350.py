"""Doings and times said in words (issue 13, round 350): by LABELLING.md's ruling of stop 41 a
time said in words is keyed where it says when ("on the dot" as a clock), and a doing that is
what the sentence is about is pictured as that doing.
"""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def pictured(text: str, names=()) -> dict[str, str]:
    return {m.term: m.concept.id for m in find_all(text, names)}


@pytest.mark.parametrize(
    "text",
    [
        "My heart pills go in on the dot every morning, so set an alarm.",
        "Dinner on the dot please, or my sugar drops.",
    ],
)
def test_on_the_dot_says_when_as_on_time_does(text):
    """Labellers key "on the dot" as the clock, as "on time" (an hourglass: no digits to
    disagree with the text)."""
    assert pictured(text)["on the dot"] == "clock"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I pull at my catheter when I'm muddled, so tape it down well.", "pull"),
        ("He keeps pulling at his drip in the night.", "pulling"),
        ("I sit on the bed to pull my socks up.", "pull"),
    ],
)
def test_pulling_at_a_tube_or_pulling_clothes_on_is_the_pulling(text, word):
    """The newer plans key the person's pulling (at a line, or clothes on) as the doing."""
    assert pictured(text)[word] == "pull"


def test_not_pulled_from_behind_when_frozen_is_a_crossed_pulling():
    found = [
        (m.term, m.concept.id, m.negated)
        for m in find_all("Count me in and I'll step off again; don't pull me from behind.")
    ]
    # one place: the freezing words joined the older pull concept (code review r54 bug 20)
    assert ("pull", "pull", True) in found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I've a catheter since my op, and the nurse changes it every ten weeks.", "changes"),
        ("The nurses change it each morning; it's the syringe driver for my pain.", "change"),
    ],
)
def test_the_nurse_changing_a_catheter_or_driver_said_with_it_is_the_changing(text, word):
    assert pictured(text)[word] == "change-doing"


def test_changing_a_mind_is_no_changing_doing():
    assert "change-doing" not in pictured("The nurse can't change my mind.").values()


@pytest.mark.parametrize(
    "text",
    [
        "I'm allowed a litre and a half of fluids in a day because of my heart.",
        "Tell the nurse if my weight goes up three pounds in a day.",
    ],
)
def test_how_much_in_a_day_pictures_the_day(text):
    assert pictured(text)["in a day"] == "day-amount-r350"


def test_built_in_a_day_is_no_day():
    assert "day-amount-r350" not in pictured("My garden wasn't built in a day.").values()


@pytest.mark.parametrize(
    "text",
    [
        "My teeth are loose, so cut my meat small and give me a spoon.",
        "Chewing is hard now, so cut my dinner into little bits.",
    ],
)
def test_cutting_the_food_asked_after_a_clause_is_the_cutting(text):
    assert pictured(text)["cut"] == "cut-food"


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("My hearing is poor, so look at me and speak slow.", "slow-r350"),
        ("Say it slow and I'll follow you.", "slow-r350"),
        ("We bought a slow cooker for the winter stews.", None),
    ],
)
def test_talking_or_reading_slow_shows_slow(text, concept):
    """The newer plans key "slow" where the carer is asked to talk or read slow."""
    assert pictured(text).get("slow") == concept


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Since the stroke I'm fed through a tube in my tummy.", "fed"),
        ("My son comes at five to feed her her supper.", "feed"),
    ],
)
def test_a_person_fed_is_the_feeding(text, word):
    assert pictured(text)[word] == "feed-r350"


def test_a_pet_fed_by_someone_is_no_person_fed():
    assert "feed-r350" not in pictured("My budgie is fed by the lady next door.").values()


def test_count_me_in_to_start_a_frozen_walk_is_the_counting():
    found = pictured("When my feet stick, count me in, one two three, and I'm off.")
    assert found["count me in"] == "count"


def test_count_me_in_for_an_outing_is_no_counting():
    assert "count" not in pictured("Count me in for the bus trip to the coast.").values()


def test_a_time_said_in_words_never_carries_the_paragraphs_idea():
    """ "Say it slow" is background, as "time" is: the feeling said after it carries the idea."""
    from plugins.symbols import idea

    text = "Say it slow when I'm cross."
    chosen = idea.choose(text, find_all(text, ()))
    assert chosen is not None and chosen.match.concept.id != "slow-r350"


def test_count_me_in_with_a_time_of_day_is_no_counting():
    # code review r54 bug 18: any number word (a time) made "count me in" the steps counted
    assert "count" not in pictured("Count me in for the bingo at two.").values()
    assert "count" not in pictured("Count me in for the three o'clock quiz.").values()


def test_pulling_the_person_has_one_place_in_the_older_pull_concept():
    # code review r54 bug 20: round 350's "pull me" duplicated the pull concept's own entry
    # with another guard list; one place now, the older concept with both lists
    for text in (
        "When my legs freeze, don't pull me by the arm.",
        "Please don't pull me out of bed, I get stuck.",
        "If I'm stuck in the doorway, pull him gently from behind.",
    ):
        found = {m.term: m.concept.id for m in find_all(text)}
        assert found.get("pull") == "pull", text
