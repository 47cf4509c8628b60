"""Round 412: wrong senses that recur on the newer plans, each fixed in the concept that owns it."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def files(text: str) -> dict[str, str]:
    """Each pictured phrase of TEXT (lower case) -> the picture file it gets."""
    return {m.term.lower(): m.concept.file for m in find_all(text, ())}


def test_half_an_hour_is_a_length_of_time_shown_as_the_other_lengths_of_time():
    hours = files("I sit in the garden for two hours after lunch.")["hours"]
    for text in (
        "Leave the electric blanket on for half an hour before bed.",
        "I stay sitting up for half an hour after the bone tablet.",
        "Give me half-an-hour to wake up properly.",
    ):
        found = files(text)
        assert found.get("half an hour", found.get("half-an-hour")) == hours
    # a kitchen timer is still a timer, not the hours picture
    assert files("Set the kitchen timer when the pie goes in.")["timer"] != hours
