"""Round 410: things the plans name that got no picture (the freshest tuning set's misses)."""

from __future__ import annotations

from tests.helpers import concepts, crossed


def test_a_person_said_by_what_they_are_given_to_shows_that_thing():
    assert concepts("I'm no a kirk man these days.")["kirk"] == "church"
    assert crossed("I was never a chapel person, me.")["chapel"] is True
    assert concepts("A café man always has clean shoes.")["café"] == "cafe"
    assert "church" in concepts("I have coffee with the church ladies on a Thursday.")
    # a crew still works as before, and a thing before a thing keeps its old reading
    assert "lifeboat" in concepts("The lifeboat lads carried my husband's coffin.")
    assert "bedroom" not in concepts("Leave the bedroom light on for me.")
