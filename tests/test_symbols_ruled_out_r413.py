"""Round 413: ruling a thing out, as care plans say it (what the negation module reads)."""

from __future__ import annotations

from helpers import crossed


def test_not_been_one_for_a_thing_rules_it_out():
    # "not a great one for" said of a life so far is still a dislike
    assert crossed("I've not been a great one for the pub since Jack went.")["pub"] is True
    assert crossed("I've never been a big one for parties.")["parties"] is True
    # what the sentence goes on to want stays wanted
    marks = crossed("I've not been a great one for the telly, so put the radio on.")
    assert marks["telly"] is True and marks["radio"] is False
