"""Ruling out (issue 13, round 311): a not that lands on the wrong word. The blind review found
a refusal of a doing or a detail crossing the wanted thing beside it; each shape is said here
in new words."""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def crossed(text: str) -> dict[str, bool]:
    """words as written -> whether their picture carries the not cross."""
    return {m.term: m.negated for m in find_all(text)}


@pytest.mark.parametrize(
    ("text", "doings", "owned"),
    [
        ("Nobody must cut or trim my beard, it is my faith.", ("cut",), ("beard",)),
        ("Nobody is to cut or shave my hair or beard.", ("cut", "shave"), ("hair", "beard")),
    ],
)
def test_two_doings_to_my_own_body_refuse_the_doings_not_the_body(text, doings, owned):
    """ "Nobody must cut or shave my hair" says what nobody is to do, as "nobody is to cut my
    hair" does: the doings are refused, the hair is still the person's own."""
    found = crossed(text)
    for doing in doings:
        assert found[doing] is True
    for part in owned:
        assert found[part] is False


def test_two_doings_that_give_a_thing_still_refuse_the_thing():
    """ "bring or give my husband whisky": what would be given is refused, as before."""
    assert crossed("Nobody should bring or give my husband whisky.")["whisky"] is True


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("I don't want my nephew told anything about my money.", ("nephew", "money")),
        ("I don't want my granddaughter Kayleigh told about the lump.", ("granddaughter",)),
        ("I don't want my bungalow sold while I'm still alive.", ("bungalow",)),
    ],
)
def test_a_person_not_to_be_told_is_not_ruled_out(text, kept):
    """ "I don't want my brother told" refuses the telling (as "I don't want the feeders
    moved" refuses the moving); the brother, and what he would be told about, are not what
    the person refuses."""
    found = crossed(text)
    for word in kept:
        assert found[word] is False


def test_a_person_called_in_is_still_refused():
    """ "called" brings the person: "I don't want a vicar called" refuses the vicar."""
    assert crossed("I don't want a vicar called when I'm poorly.")["vicar"] is True


@pytest.mark.parametrize(
    ("text", "owner", "thing"),
    [
        ("I won't take the nurse's new cream, it stings my legs.", "nurse's", "cream"),
        ("I'm not having the doctor's tablets again, they knock me out.", "doctor's", "tablets"),
    ],
)
def test_whose_a_refused_thing_is_is_not_refused(text, owner, thing):
    """ "the doctor's pills" says whose the pills are, as "my grandson's boat" does: the
    pills are refused, the doctor is not."""
    found = crossed(text)
    assert found[owner] is False
    assert found[thing] is True


def test_a_place_that_owns_a_thing_is_refused_with_it():
    """ "not the home's soap" is the home's own kind of soap, refused as one."""
    assert crossed("Use my own soap, not the home's soap.")["home's"] is True


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("I can't stand the commode, it smells, but I have to use it at night.", "commode"),
        ("I hate my stick, it makes me look old, but I need it on the hill.", "stick"),
    ],
)
def test_a_thing_disliked_for_a_reason_but_used_is_still_wanted(text, thing):
    """ "I hate the hoist, it makes me feel like a sack, but I know I need it": the clause
    between says why it is disliked, and the hoist is still used (as with no clause between)."""
    assert crossed(text)[thing] is False


def test_a_thing_disliked_for_a_reason_and_refused_keeps_its_cross():
    """ "...but I won't use it" refuses it."""
    assert crossed("I hate the walking frame, it's ugly, but I won't use it.")["walking frame"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Please don't cut the crusts off my toast, I like them.", ("crusts", "toast")),
        ("Never trim the fat off my gammon.", ("gammon",)),
    ],
)
def test_cutting_a_part_off_food_refuses_the_cutting_not_the_food(text, kept):
    """ "don't cut the crusts off" keeps the crusts on: only the cutting is refused."""
    found = crossed(text)
    for word in kept:
        assert found[word] is False


@pytest.mark.parametrize(
    ("text", "who", "doing"),
    [
        ("I'm not having a man shave my legs, thank you.", "man", "shave"),
        ("I won't let a woman bath me, I'm old-fashioned.", "woman", "bath"),
    ],
)
def test_a_man_or_woman_refused_for_my_care_leaves_the_care_wanted(text, who, doing):
    """ "I'm not having a woman wash my privates": who does it is refused, as "no women
    carers" is; the washing is still done, by someone else."""
    found = crossed(text)
    assert found[who] is True
    assert found[doing] is False


@pytest.mark.parametrize(
    ("text", "doing", "person"),
    [
        ("Please don't ring my daughter before eight, she works nights.", "ring", "daughter"),
        ("Don't phone my brother about my falls, he fusses.", "phone", "brother"),
    ],
)
def test_ringing_my_own_people_refuses_the_ringing_not_them(text, doing, person):
    """ "don't call my son about every little thing": the calling is refused; the son is
    still the person's own, and wanted."""
    found = crossed(text)
    assert found[doing] is True
    assert found[person] is False


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Never call my son, he stole from me.", "son"),
        ("Don't phone my brother, he is not welcome here.", "brother"),
        ("Please don't ring my nephew, we fell out years ago.", "nephew"),
    ],
)
def test_ringing_my_own_person_with_no_limit_refuses_the_person(text, person):
    """ "Never call my son, he stole from me": no limit on the calling, the son himself is
    kept away (code review)."""
    assert crossed(text)[person] is True


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Don't cut the plaster off my leg yet.", "plaster"),
        ("Please don't trim the label off my cardigan.", "cardigan"),
    ],
)
def test_cutting_a_thing_off_anything_keeps_the_thing(text, kept):
    """ "don't cut the plaster off my leg": the plaster stays on, as the crusts do; the rule
    reads any thing cut off, not only food (code review: its name now says so)."""
    assert crossed(text).get(kept, False) is False


@pytest.mark.parametrize(
    ("text", "first", "second", "wanted"),
    [
        ("I won't have a man wash my hair or a woman cut my beard.", "man", "woman", "beard"),
        ("I'm not having a woman dress me or a man shower me.", "woman", "man", "dress"),
    ],
)
def test_a_second_man_or_woman_refused_for_my_care_is_crossed_too(text, first, second, wanted):
    """ "...a man wash my hair or a woman cut my beard": both doers are refused (code review)."""
    found = crossed(text)
    assert found[first] is True
    assert found[second] is True
    assert found[wanted] is False
