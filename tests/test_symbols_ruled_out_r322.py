"""Ruling out (issue 13, round 322): clause shapes the newest plans showed crossing a wanted
thing or leaving a ruled-out one bare, each said here in new words."""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def crossed(text: str) -> dict[str, bool]:
    """words as written -> whether their picture carries the not cross."""
    return {m.term: m.negated for m in find_all(text)}


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Please keep the oxygen tubing off the landing at night.", "oxygen tubing"),
        ("Keep my walking frame out of the hallway when the family visit.", "walking frame"),
        ("With my pacemaker, keep the mobile away from my chest pocket.", "mobile"),
    ],
)
def test_my_own_thing_kept_off_the_floor_or_my_chest_is_moved_not_refused(text, thing):
    """A thing in use kept off the stairs or the floor, or away from a pacemaker, is moved out
    of harm's way and still wanted: no cross on it."""
    assert crossed(text)[thing] is False


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Keep the puppy off the landing, he trips me.", "puppy"),
        ("Keep mobiles away from my chest, I have a pacemaker.", "mobiles"),
        ("Keep the visitors' bags off the stairs.", "bags"),
        ("Please keep the gravy boat off the table.", "gravy boat"),
    ],
)
def test_an_animal_a_kind_of_thing_or_a_thing_off_the_table_is_still_kept_away(text, thing):
    """An animal, a kind of thing, someone else's thing, or a thing kept off the table is
    kept away as before: it keeps its cross."""
    assert crossed(text)[thing] is True


def test_a_thing_that_must_be_kept_off_the_stairs_leaves_the_stairs_wanted():
    """ "the lead has to be kept off the stairs": the lead is moved, the stairs still used."""
    assert crossed("The hoover lead has to be kept off the stairs.")["stairs"] is False


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Don't switch the big light on till I ring the bell.", "big light"),
        ("Please don't chat to me until the service is over.", "chat"),
        ("I don't want the telly on until the Sabbath ends.", "telly"),
    ],
)
def test_a_light_or_a_sound_kept_off_until_a_time_is_ruled_out(text, thing):
    """A light, the telly or talk kept off until a time is ruled out for that time: it is
    crossed, not shown bare."""
    assert crossed(text)[thing] is True


def test_a_needed_thing_put_off_until_a_time_is_still_wanted():
    """ "don't bring my porridge until after prayers": the porridge comes later, uncrossed."""
    assert crossed("Don't bring my porridge until after prayers.")["porridge"] is False


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("I never learned to drive and had no car of my own.", "car"),
        ("She doesn't smoke and wants no ashtray in the room.", "ashtray"),
    ],
)
def test_a_clause_joined_on_with_its_own_no_rules_its_thing_out(text, thing):
    """ "I never learned to drive and had no car": the second clause says no of its own thing,
    so the car is crossed, not turned back by the first not."""
    assert crossed(text)[thing] is True


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Please don't phone my daughter in the night unless it's serious.", "daughter"),
        ("Don't ring my nephew on a Sunday, he works shifts.", "nephew"),
    ],
)
def test_a_calling_limited_to_a_time_of_day_leaves_the_person_wanted(text, person):
    """ "Don't phone my daughter in the night": the calling at that time is refused, the
    daughter is still wanted, as with "after nine"."""
    assert crossed(text)[person] is False


def test_a_calling_of_my_person_with_no_limit_still_refuses_them():
    """ "Never phone my brother, we fell out": no time limits it, so the brother is refused."""
    assert crossed("Never phone my brother, we fell out.")["brother"] is True


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("I will never be undressed by a man.", "man"),
        ("Mum doesn't want to be dressed by male nurses.", "nurses"),
    ],
)
def test_a_man_or_woman_who_does_a_negated_passive_care_is_ruled_out(text, who):
    """ "I will not be bathed by a man": the man is who is refused, as in "no men carers"."""
    assert crossed(text)[who] is True


@pytest.mark.parametrize(
    ("text", "things"),
    [
        ("Every Wednesday I fast from eggs and milk.", ("eggs", "milk")),
        ("Dad abstains from alcohol since he signed the pledge.", ("alcohol",)),
    ],
)
def test_a_food_fasted_or_abstained_from_is_ruled_out(text, things):
    """ "I fast from eggs and milk": the foods gone without for the fast are crossed."""
    found = crossed(text)
    for thing in things:
        assert found[thing] is True


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("In Ramadan we fast from dawn until sunset.", "dawn"),
        ("He stood up too fast from the sofa and went dizzy.", "sofa"),
    ],
)
def test_when_a_fast_runs_or_fast_as_quick_rules_nothing_out(text, thing):
    """ "fast from dawn" says when the fast runs; "up too fast from the sofa" says how quick."""
    assert crossed(text)[thing] is False


def test_cooking_refused_with_a_thing_refuses_the_thing_not_the_cooking():
    """ "don't bake with peanuts": the peanuts are refused, the baking is still wanted."""
    found = crossed("Please don't bake with peanuts, my grandson is allergic.")
    assert found["bake"] is False
    assert found["peanuts"] is True


def test_a_negated_clause_after_a_no_thing_and_a_comma_is_read_in_its_turn():
    """ "no bacon, and don't fry with lard": the "no" names the bacon only; the clause after
    the comma is read on its own, so the lard is crossed, not shown bare."""
    found = crossed("It must all be kosher, no bacon, and don't fry with lard.")
    assert found["bacon"] is True
    assert found["lard"] is True


def test_a_not_in_aside_after_a_new_wish_refuses_its_place():
    """ "I can't walk far now, so I'd like my lunch in my room, not in the dining room": the
    aside is on the wish, so the dining room is refused, though a not came earlier."""
    text = "I can't walk far now, so I'd like my lunch in my room, not in the dining room."
    assert crossed(text)["dining room"] is True


def test_a_not_in_aside_right_after_a_refused_thing_still_says_where():
    """ "No salt, not on my chips": the chips are where the salt would go, still wanted."""
    assert crossed("No salt, not on my chips.")["chips"] is False


def test_what_no_one_is_wanted_to_bother_me_with_is_refused():
    """ "I don't want anybody to pester me with the forms": the forms are pressed on the
    person, who refuses them, as "don't bother me with the bills" already reads."""
    found = crossed("I don't want anybody to bother me with the paperwork.")
    assert found["paperwork"] is True
