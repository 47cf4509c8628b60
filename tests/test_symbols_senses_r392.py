"""Wrong senses the newest plans showed again and again (round 392): "I never married" is the
wedding (crossed), as "we married" is; "what day it is" is the day where the sentence already names
the calendar (no second calendar), the calendar where it does not; "home in time for my tea" is the
evening meal, while "milk for my tea" stays the drink."""

from __future__ import annotations

from tests.helpers import concepts, crossed


def test_never_married_is_the_wedding_crossed():
    assert concepts("I never married and lived with my sister.")["married"] == "wedding"
    assert crossed("I never married and lived with my sister.")["married"]
    # being married keeps the married picture, uncrossed
    assert concepts("He is married to Jean from the shop.")["married"] == "married"
    assert not crossed("He is married to Jean from the shop.")["married"]


def test_what_day_it_is_beside_a_calendar_is_the_day():
    found = concepts("I forget what day it is, so the calendar by the bread bin helps me.")
    assert found["what day it is"] == "day-date-r187"
    assert concepts("The talking calendar tells me what day it is.")["what day it is"] == (
        "day-date-r187"
    )
    # with no calendar said, the calendar shows the day
    assert concepts("I forget what day it is, so tell me gently.")["what day it is"] == (
        "calendar-2"
    )


def test_coming_home_for_my_tea_is_the_meal():
    assert concepts("I catch the bus home in time for my tea.")["tea"] == "meal"
    assert concepts("She waits for her husband to come in for his tea.")["tea"] == "meal"
    assert concepts("On a Sunday I go to Jean's for my tea.")["tea"] == "meal"
    # the drink stays the drink
    assert concepts("Put milk in for my tea, and one sugar.")["tea"] == "tea"
    assert concepts("A biscuit for my tea, please.")["tea"] == "tea"
    assert concepts("Ask the carer for a tea.")["tea"] == "tea"
