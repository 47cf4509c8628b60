"""A thing refused only in what it comes in or is worn in (round 379).

Blind reviews r8 and r9 found "I won't drink tea from a mug" crossing the tea and "I don't want
carers in shoes on my carpet" crossing the carers: the person wants the tea and the carers, just
not from a mug or in shoes. The mug and the shoes take the cross. Sentences written for these
tests.
"""

from __future__ import annotations

import pytest
from helpers import crossed


@pytest.mark.parametrize(
    ("text", "wanted", "refused"),
    [
        ("I won't have my coffee from a beaker, I'm not a baby.", "coffee", "beaker"),
        ("Please don't serve my soup in a mug; a bowl, please.", "soup", "mug"),
        ("I never drink wine from a plastic cup.", "wine", "cup"),
        ("I don't want the carers in boots on my new rug.", "carers", "boots"),
        ("I won't go to chapel in my slippers or in trainers.", "chapel", "trainers"),
    ],
)
def test_a_thing_refused_in_what_it_comes_in_is_still_wanted(text, wanted, refused):
    found = crossed(text)
    assert found[wanted] is False
    assert found[refused] is True


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("I like leaf tea in a pot, not a tea bag in a mug.", "tea bag"),
        ("I'd sooner have a proper pot than a tea bag in a cup.", "tea bag"),
    ],
)
def test_the_one_refused_of_two_keeps_its_cross_with_what_it_comes_in(text, refused):
    """ "not a tea bag in a mug": the tea bag in a mug is the whole of what is refused."""
    assert crossed(text)[refused] is True


def test_an_or_before_a_manner_keeps_the_other_refused_things_crossed():
    """ "biscuits from a packet or cake in a cup": the walk back from the manner stops at "or",
    so the biscuits and the packet stay crossed (second code review)."""
    found = crossed("I never eat biscuits from a packet or cake in a cup.")
    assert found["biscuits"] is True and found["packet"] is True
    assert crossed("I won't have cheese or milk from a bottle.")["cheese"] is True
