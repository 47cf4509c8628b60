"""Round 385: what a not rules out, read as care plans say it."""

from __future__ import annotations

import pytest
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


@pytest.mark.parametrize(
    "text",
    [
        "I don't drive now so I go on the bus on my own.",
        "I don't need the carers in the morning as I wash and dress on my own.",
        "My son doesn't visit much so I do my shopping on my own.",
        "I don't need anybody to come with me because I can get to the day centre on my own.",
        "I don't drive any more and I live on my own.",
        "I never married and I have always lived on my own.",
        "I don't mind going to the shop on my own.",
    ],
)
def test_on_my_own_after_a_new_clause_or_a_negator_that_refuses_nothing_stays_bare(text):
    # code review 57a item 1: the refusal is read in the clause that ends in "on my own"
    assert not any(negated for term, negated in crossed(text).items() if "own" in term)


def test_a_refused_going_in_the_same_clause_still_crosses_on_my_own():
    assert crossed("Don't let me go to the shop on my own, so I wait for my son.")["on my own"]


def test_a_going_in_the_sentence_before_does_not_make_not_even_to_a_going_refused():
    """Code review 57a item 7: only the refusal's own sentence says what is refused."""
    assert (
        crossed("I walk with a frame. I don't want slippers, not even to the toilet.")["toilet"]
        is False
    )
