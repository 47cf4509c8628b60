"""Ruling out (issue 13): everything a dislike names is crossed, even where the first thing is
named with the state it is not wanted in ("the wireless on", round 255)."""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def crossed(text: str) -> dict[str, bool]:
    """words as written -> whether their picture carries the not cross."""
    return {m.term: m.negated for m in find_all(text)}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Gran can't bear the wireless on, or the telly, after tea.", ["wireless", "telly"]),
        ("He cannot abide the lights on, or the radio, once he is in bed.", ["radio"]),
        ("Mam can't stand the telly on, or the music, when she's resting.", ["music"]),
    ],
)
def test_a_second_thing_after_one_left_on_is_crossed_too(text, words):
    """ "I can't bear the wireless on, or the telly": both are unwanted; a bare telly would
    tell the carer to put it on."""
    found = crossed(text)
    for word in words:
        assert found[word] is True, word


def test_a_place_after_on_still_ends_the_dislike():
    """ "I can't bear the telly on the kitchen wall" names where it hangs, not a second thing."""
    assert crossed("I can't bear the telly on the kitchen wall.").get("kitchen") is not True


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Please don't keep Dad waiting for the commode at night.", ["commode"]),
        ("Don't make her wait for her breakfast, she gets faint.", ["breakfast"]),
        ("I don't want help buttering my toast, I can still do that.", ["toast"]),
    ],
)
def test_what_a_refused_wait_or_help_is_for_stays_wanted(text, words):
    """ "Don't make me wait for the toilet", "I don't want help pouring my tea": the waiting
    and the help are refused; the toilet and the tea are wanted, so they are shown bare."""
    found = crossed(text)
    for word in words:
        assert found.get(word) is False, word


def test_help_refused_with_a_bare_doing_is_read_as_before():
    """ "I don't need help eating, only cutting up" names no thing: the eating keeps its cross."""
    assert crossed("He doesn't need help eating, only cutting up his chops.")["eating"] is True


@pytest.mark.parametrize(
    ("text", "refused", "wanted"),
    [
        ("No salt, no gravy, and fish and peas on a Friday.", ["salt", "gravy"], ["peas"]),
        ("Nan has no sugar, no cream, and tea with milk.", ["sugar"], ["tea", "milk"]),
    ],
)
def test_an_and_without_its_own_no_ends_a_list_said_with_a_no_to_each(text, refused, wanted):
    """ "No salt, no gravy, and fish and peas": each refused thing has its own "no", so the
    thing after "and" without one is wanted; a cross on it would take away a meal."""
    found = crossed(text)
    for word in refused:
        assert found[word] is True, word
    for word in wanted:
        assert found[word] is False, word


def test_a_list_said_with_a_no_to_each_still_crosses_a_last_no():
    found = crossed("No salt, no gravy, and no peas.")
    assert found["peas"] is True
