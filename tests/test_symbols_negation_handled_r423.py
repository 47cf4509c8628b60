"""Round 423: what a ruling-out reaches, and what it leaves wanted."""

from __future__ import annotations

import pytest
from helpers import concepts, crossed

from plugins.symbols.matcher import find_all


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Please don't lift me under the arms, it hurts my shoulder.", "arms"),
        ("Never haul him up under the arms when he slides down the bed.", "arms"),
        ("Don't pick her up under the arms, use the belt.", "arms"),
    ],
)
def test_a_part_a_person_is_lifted_by_is_how_not_what_is_ruled_out(text, part):
    assert crossed(text)[part] is False


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Don't put cream under my arms.", "arms"),
        ("Please don't cut my hair.", "hair"),
    ],
)
def test_a_part_something_is_done_to_is_still_ruled_out(text, thing):
    assert crossed(text)[thing] is True


@pytest.mark.parametrize(
    "text",
    [
        "Please don't lift me out of the chair, wait for the stand aid.",
        "My wife has a weak heart and is not to lift me.",
        "Don't let him lift me when I slide down the bed.",
        "I don't want the girls lifting me, use the hoist.",
    ],
)
def test_a_person_lifted_under_a_not_gets_the_crossed_lift(text):
    lifted = [m for m in find_all(text) if m.term.lower().startswith("lift")]
    assert lifted and all(m.negated and m.concept.alt == "lift" for m in lifted)


@pytest.mark.parametrize(
    "text",
    [
        "A chat with my neighbour lifts me when I'm not myself.",
        "The hoist lifts me into bed because I can't stand.",
        "My legs won't lift me out of the bath now.",
    ],
)
def test_cheering_up_the_hoist_and_ones_own_legs_get_no_lift(text):
    assert not [m for m in find_all(text) if m.term.lower().startswith("lift")]


@pytest.mark.parametrize(
    "text",
    [
        "If I wake up confused, talk to me first and don't grab my arm.",
        "Never grab me from behind, I can't hear you coming.",
    ],
)
def test_a_grab_said_with_its_own_word_gets_the_crossed_grabbing(text):
    grabbed = [m for m in find_all(text) if m.term.lower() == "grab"]
    assert grabbed and grabbed[0].negated and grabbed[0].concept.id == "grab"


def test_a_grab_rail_is_still_the_rail():
    assert concepts("I hold the grab rail by the toilet.").get("grab rail") == "grab-rail"


def test_a_pull_on_the_persons_arm_under_a_not_gets_the_crossed_pulling():
    found = crossed("If I get stuck in the doorway, please don't pull my arm, give me a count.")
    assert found.get("pull") is True and found.get("arm") is False


def test_a_chair_pulled_back_gets_no_pulling():
    assert "pull" not in crossed("I can't reach, so pull my chair in to the table.")


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("The doctors chat over my bed as if I'm not in the room.", "room"),
        ("Don't talk to Sandra as though I wasn't at the table.", "table"),
    ],
)
def test_a_likeness_after_as_if_is_how_it_is_done_not_a_thing_ruled_out(text, thing):
    assert crossed(text)[thing] is False


def test_a_not_before_the_likeness_still_rules_out_its_own_doing():
    assert crossed("Please don't talk about me as if I'm not in the room.")["talk"] is True


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Nobody lights up near my oxygen, not even our kid at Christmas.", "our kid"),
        ("No smoking in the flat, not even my nephew's husband.", "husband"),
    ],
)
def test_one_who_may_not_do_the_refused_doing_is_not_crossed(text, person):
    assert crossed(text)[person] is False


def test_a_visitor_refused_after_not_even_is_still_crossed():
    assert crossed("No visitors after eight, not even my son.")["son"] is True


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("I'd like you not to put sugar in my tea.", "sugar"),
        ("I'd like you not to give me porridge.", "porridge"),
        ("I'd like it not to be too spicy.", "spicy"),
        ("I like it not too hot, no sugar.", "hot"),
    ],
)
def test_a_wish_after_like_is_no_likeness_and_keeps_its_cross(text, thing):
    assert crossed(text)[thing] is True


def test_a_likeness_after_like_she_isnt_still_keeps_its_thing():
    assert crossed("They talk about me like she isn't there, in the room.")["room"] is False


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("I feel like I can't breathe when I lie flat.", "breathe"),
        ("It feels as if I can't breathe.", "breathe"),
        ("I feel as though I can't swallow my tablets.", "swallow"),
        ("I look as if I haven't slept.", "slept"),
    ],
)
def test_a_likeness_of_how_the_person_feels_keeps_the_cross_of_what_they_lack(text, thing):
    assert crossed(text)[thing] is True


@pytest.mark.parametrize(
    "text",
    [
        "Sunny days don't lift me like they used to.",
        "Visits don't lift me any more.",
        "Seeing her lifts me when I'm not feeling myself.",
        "Nothing seems to lift me, I'm not myself.",
        "Two carers lift me into bed because I can't stand.",
        "I need two carers to lift me because I can't stand.",
    ],
)
def test_a_mood_lifted_or_a_not_in_another_clause_gets_no_lift(text):
    assert not [m for m in find_all(text) if m.term.lower().startswith("lift")]


@pytest.mark.parametrize(
    "text",
    [
        "She can't lift her arm since the stroke.",
        "Don't lift her head off the pillow.",
        "Please don't lift her legs too high.",
    ],
)
def test_her_arm_or_legs_lifted_is_no_lift_of_the_person(text):
    assert not [m for m in find_all(text) if m.concept.id == "lift-person-r423"]


def test_her_lifted_herself_still_gets_the_crossed_lift():
    assert crossed("Please don't lift her, use the hoist.").get("lift") is True


@pytest.mark.parametrize(
    "text",
    [
        "Don't let her lift me, she has a bad back.",
        "Don't let them lift me by my arms.",
        "Don't let them lift me under the arms.",
        "Please don't let my husband lift me.",
    ],
)
def test_a_lift_let_under_a_not_is_crossed_whatever_follows(text):
    lifted = [m for m in find_all(text) if m.term.lower().startswith("lift")]
    assert lifted and all(m.negated and m.concept.id == "lift-person-r423" for m in lifted)


def test_the_clause_after_a_let_refused_is_not_what_is_refused():
    assert crossed("Don't let her lift me, she has a bad back.")["bad back"] is False


def test_a_thing_given_after_a_let_refused_is_still_crossed():
    assert crossed("Don't let anyone give me sleeping tablets.")["sleeping tablets"] is True


@pytest.mark.parametrize(
    "text",
    [
        "Don't wash me under the arms, I can do that myself.",
        "Don't dry me under the arms, I like to do it.",
        "Don't cut me under the arms when you shave me.",
    ],
)
def test_a_part_a_person_is_washed_or_dried_under_is_still_ruled_out(text):
    assert crossed(text)["arms"] is True


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("No visiting after eight, not even my son.", "son"),
        ("No visiting on a Sunday, not even my daughter.", "daughter"),
        ("No calling round after six, not even my brother.", "brother"),
    ],
)
def test_a_visitor_refused_after_no_visiting_and_not_even_is_still_crossed(text, person):
    assert crossed(text)[person] is True
