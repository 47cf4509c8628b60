"""Ruling out (issue 13, round 294): clause shapes the newest plans showed, each said in new
words: a programme put on and what it is about, a thing kept out of a place, a nagging and
what it is about."""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def crossed(text: str) -> dict[str, bool]:
    """words as written -> whether their picture carries the not cross."""
    return {m.term: m.negated for m in find_all(text)}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Please don't put the news on about the floods; it upsets me for days.", "the news"),
        ("Don't put the radio on about the election, I've heard enough.", "radio"),
    ],
)
def test_a_programme_put_on_about_something_is_still_crossed(text, word):
    """ "on about the war" says what the programme is about, not a state it is put on in (as
    "on loud" is), so the programme keeps its cross."""
    assert crossed(text)[word] is True


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Don't nag me about the biscuits, love, I only have two.", "biscuits"),
        ("Please don't go on at me about my weight.", "my weight"),
        ("Don't lecture me over the whisky; it's my one treat.", "whisky"),
    ],
)
def test_what_a_refused_nagging_is_about_is_not_crossed(text, word):
    """ "Don't nag me about the fags": the nagging is refused; the fags are the person's own
    business, and a cross on them would say the carers are to stop them."""
    assert crossed(text)[word] is False


def test_a_thing_the_person_cannot_be_trusted_with_is_crossed():
    """ "I can't be trusted with a blade now": the blade is kept from the person."""
    text = "I can't be trusted with the carving knife now, so my son carves the joint."
    assert crossed(text)["knife"] is True


def test_a_thing_pointed_back_at_after_trusted_with_stays_plain():
    """ "I'm not to be trusted with them, she does them": someone else handles the thing, which
    is still wanted."""
    text = "My daughter fills the pill box on Sundays; I'm not to be trusted with them now."
    assert crossed(text)["pill box"] is False


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rinse the commode pot and don't just leave it in the bathroom.", "bathroom"),
        ("Wipe the spills; don't just leave them on the table.", "table"),
    ],
)
def test_just_in_a_refused_order_is_read_through(text, place):
    """ "don't just leave it on the floor" is "don't leave it on the floor": the floor is
    where it must not be left."""
    assert crossed(text)[place] is True


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("A man must never bathe me; it is against my faith.", "man"),
        ("Only the nurse from my church, and men mustn't dress me.", "men"),
    ],
)
def test_a_man_or_woman_told_not_to_do_a_thing_is_crossed(text, who):
    """ "a man must not see me without my dupatta": as "no men carers", the man is refused."""
    assert crossed(text)[who] is True


def test_a_known_person_told_not_to_do_a_thing_stays_plain():
    assert crossed("My son must not worry about me.")["son"] is False


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("I'll sleep in my own chair tonight, not on a camp bed in the lounge.", "lounge"),
        (
            "When I go, I'd like it at home with my daughter, not on a ward at the hospital.",
            "hospital",
        ),
    ],
)
def test_a_second_place_after_a_refused_place_is_crossed_too(text, place):
    """ "not on a trolley in A&E": the trolley and A&E say one place, refused together."""
    assert crossed(text)[place] is True


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("I'm told I'm not to walk along the prom to the pier on my own now.", "pier"),
        (
            "I'd sooner stop in my own bed than be driven through the town to the hospice.",
            "hospice",
        ),
    ],
)
def test_where_a_refused_going_ends_is_crossed(text, place):
    """ "I'm not to go down the lane to the road": the road the going ends at is refused too."""
    assert crossed(text)[place] is True


def test_where_a_lost_going_ends_stays_plain():
    """ "I can't get down the garden to the birds": a loss, and the birds are still wanted."""
    assert crossed("I can't get across the yard to the hens now.")["hens"] is False


def test_a_thing_the_person_will_not_be_bothered_with_is_crossed():
    """ "I don't want to be bothered with letters": the letters are refused."""
    text = "My nephew sees to the bank; I don't want to be bothered with statements."
    assert crossed(text)["statements"] is True
