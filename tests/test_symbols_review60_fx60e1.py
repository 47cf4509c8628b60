"""Code review 60e (negation): refused things the matcher showed bare."""

from __future__ import annotations

from tests.helpers import crossed


def test_a_home_refused_with_a_time_stays_crossed():
    # the time says when the refused move would be, not that only the timing is refused
    assert crossed("I don't want my son to move me into a home one day.")["home"] is True
    marks = crossed("Never move me to a nursing home after my husband dies.")
    assert marks["nursing home"] is True
    # a place the person is moved to every day, said with a time, is wanted
    assert crossed("Don't move me into the lounge before ten.")["lounge"] is False
    assert (
        crossed("Please don't move me to the chair too early, I like a lie-in.")["chair"] is False
    )
