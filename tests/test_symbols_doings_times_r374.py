"""Doings and times still missed (issue 13, round 374): by LABELLING.md's ruling of stop 41 the
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
        "On a Sunday my nephew wheels me to the park to watch the skateboarders.",
        "I like to sit by the harbour wall and watch.",
        "Put the pills on my tongue and watch me swallow them.",
        "My great-granddaughter dances at the hall and I go to watch her.",
        "You must watch me put the drops in, my hands are not steady.",
    ],
)
def test_watching_as_a_purpose_or_a_second_doing_is_pictured(text):
    """What the person goes out for, or what the carer must do: the watching is the point."""
    assert pictured(text)["watch"] == "watch-r40"


@pytest.mark.parametrize(
    "text",
    [
        "Please be careful to watch your step on the cobbles.",
        "The dietician told me to watch my weight.",
        "I go to the club to watch the football with my brother.",
        "I like to watch the quiz programmes in the afternoon.",
        "Bring my glasses and watch when you come.",
        "The nurse comes to watch for swelling in my ankles.",
        "I have to watch my cholesterol.",
        "I must watch my blood pressure.",
        "I need to watch my breathing when I walk.",
        "The diabetes nurse says I should watch my carbs at teatime.",
        "I was told to watch my portions and the alcohol.",
    ],
)
def test_a_caution_a_sport_the_telly_or_the_wristwatch_gets_no_watching(text):
    """A caution is no doing; a sport or the telly has its own picture; the watch is the thing."""
    assert pictured(text).get("watch") != "watch-r40"


@pytest.mark.parametrize(
    "text",
    [
        "My toes have lost their feeling, so check them for blisters after my bath.",
        "Check my catheter tube is not twisted before you leave.",
        "The hearing aids whistle sometimes, and check the batteries on a Sunday.",
        "I forget my evening pills, so you will need to check me at nine.",
    ],
)
def test_checking_asked_of_the_carer_is_pictured(text):
    """The care asked for: the carer looks the feet, the tube or the batteries over."""
    assert pictured(text).get("check", pictured(text).get("Check")) == "check-doing-r374"


@pytest.mark.parametrize(
    "text",
    [
        "My son pops in on a Tuesday to check on me.",
        "So check my sugar before my dinner with the little meter.",
        "Check the bath water with your elbow before I get in.",
        "My niece rings every night to check I have locked the door.",
    ],
)
def test_checking_on_a_person_or_a_test_of_its_own_is_no_looking_over(text):
    """A visit or a call, or a test with its own picture (the sugar, the bath water)."""
    assert "check-doing-r374" not in pictured(text).values()


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("I keep the walking frame by my armchair in the day.", "in the day"),
        ("The kettle stays unplugged during the day.", "during the day"),
        ("I am allowed six cups of tea a day, no more.", "day"),
    ],
)
def test_the_day_said_as_when_or_how_much_a_day_is_pictured(text, term):
    """When the thing happens, or how much of it a day: the day, where the sentence has room."""
    assert pictured(text)[term] == "day-r183"


@pytest.mark.parametrize(
    "text",
    [
        "I get confused late in the day and look for my mother.",
        "I need the oxygen fourteen hours a day.",
        "I play my records all day.",
    ],
)
def test_late_in_the_day_the_hours_a_day_and_all_day_show_no_day(text):
    """Late in the day is the evening, hours a day the hours, all day a passing word."""
    assert "day-r183" not in pictured(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "I played the trombone in the Salvation Army band for thirty years.",
        "On a Sunday night I still play my records on the radiogram.",
    ],
)
def test_an_instrument_or_records_played_is_the_music(text):
    """What the person plays is the music, beside the instrument's own picture."""
    assert "play-music-r374" in pictured(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "The grandchildren play up when they are tired.",
        "I play whist with my neighbours on a Monday.",
        "I used to play the trumpet, but I can't blow now.",
        "The cat likes to play with the box.",
        "The grandchildren play with the old records box in the loft.",
    ],
)
def test_playing_up_a_game_or_a_lost_instrument_is_no_music(text):
    """Playing up is no doing, a game is no music, and a lost skill is read as ruled out."""
    assert "play-music-r374" not in pictured(text).values()


def test_the_day_in_a_sentence_that_rules_a_thing_out_shows_no_day():
    """As round 187 ruled for "in the day" beside the night: labellers leave it there."""
    assert "day-r183" not in pictured("I won't have the blinds down during the day.").values()


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to stay in bed the whole day.",
        "Never leave the curtains shut a whole day.",
        "I won't sit in the chair a whole day.",
    ],
)
def test_a_whole_day_in_a_sentence_that_rules_a_thing_out_is_not_crossed(text):
    """A whole day is how long, never the thing refused: no crossed day (code review)."""
    assert "day-r183" not in pictured(text).values()


def test_the_daytime_in_a_sentence_that_rules_a_thing_out_stays_a_bare_day():
    """The labels key the daytime bare beside a refused thing ('don't put me in a nightie in the
    daytime', plans sets), so the daytime, day time and most of the day keep the bare day."""
    found = find_all("Please don't put me in my nightie in the daytime.")
    days = [m for m in found if m.concept.id == "day-r183"]
    assert days and not days[0].negated


def test_the_day_rooms_are_no_day():
    """The day rooms are a place, as round 183's 'in the day' already says (code review)."""
    assert "day-r183" not in pictured("I like to sit in the day rooms after lunch.").values()
    assert "day-r183" not in pictured("I was in the day unit for my tests.").values()
