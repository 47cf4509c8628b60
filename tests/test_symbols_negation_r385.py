"""Round 385: what a not rules out, read as care plans say it."""

from __future__ import annotations

from helpers import crossed


def test_going_somewhere_on_my_own_crosses_the_being_alone_not_a_lost_doing():
    # the person is not to go alone: being on their own gets the cross
    assert crossed("I'm not to go down to the harbour on my own now.")["on my own"] is True
    assert crossed("Please don't let me out on my own; I wander.")["on my own"] is True
    assert crossed("My daughter doesn't want me on the train alone.")["alone"] is True
    # a doing lost, a person living alone, being alone as the when: no crossed "alone"
    assert "on my own" not in crossed("I can't stand up from the chair on my own.")
    assert crossed("I live on my own and I do not want to move.")["live on my own"] is False
    assert crossed("Never leave the iron on when I am alone.").get("alone") is not True
    assert "on my own" not in crossed("I'll walk to the shop on my own two feet, don't push me.")


def test_not_even_to_a_place_keeps_the_place_where_the_refused_thing_would_be_done():
    # the bathroom and the back door are where the bare feet or the smoking would be: kept
    assert crossed("No bare feet on the lino, not even to the bathroom.")["bathroom"] is False
    assert crossed("No smoking near my oxygen, not even out the back door.")["back door"] is False
    # where a going is refused, "not even to" names a place the going is refused to
    assert crossed("I never go out now, not even to church.")["church"] is True
