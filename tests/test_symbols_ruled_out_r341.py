"""Ruling out (issue 13, round 341): a not on a detail crosses only that, not the thing, each
said here in new words (blind review r6's first cause)."""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def crossed(text: str) -> dict[str, bool]:
    """words as written -> whether their picture carries the not cross."""
    return {m.term: m.negated for m in find_all(text)}


@pytest.mark.parametrize(
    ("text", "things"),
    [
        ("I keep halal, no pork, and chicken and beef kept apart.", ("chicken", "beef")),
        ("No sugar, no salt, tea and coffee kept separately.", ("tea", "coffee")),
    ],
)
def test_things_kept_apart_in_a_list_of_refusals_are_each_still_had(text, things):
    """Two foods kept apart (a faith or diet rule) after a list of refusals are each still had:
    neither takes a cross, while the refused ones before them keep theirs."""
    got = crossed(text)
    assert [got[t] for t in things] == [False] * len(things)
    assert got["pork" if "pork" in got else "sugar"] is True


def test_separate_before_a_thing_is_no_rule_of_things_apart():
    """ "separate rooms" says what is refused, not two things kept apart: the wife keeps the
    cross the sentence gives her."""
    assert crossed("I don't want my wife and me in separate rooms.")["wife"] is True


@pytest.mark.parametrize(
    ("text", "thing", "cross"),
    [
        ("I hate my food touching, so keep my beans away from my mash.", "beans", False),
        ("Please keep my dog away from my bed.", "dog", True),
        ("Keep my cigarettes away from my oxygen.", "cigarettes", True),
    ],
)
def test_my_own_thing_kept_away_from_another_of_mine_is_still_had(text, thing, cross):
    """Beans kept away from the mash are set apart on the plate and still eaten: no cross. A
    pet or a danger kept away from the person's things is refused there, and keeps its cross."""
    assert crossed(text)[thing] is cross


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("I hate having my feet done, please talk me through it.", "feet"),
        ("I don't like tablets, I'd rather have them in jam.", "tablets"),
        ("I don't like the stand aid, it scares me, so walk me through it.", "stand aid"),
    ],
)
def test_a_disliked_thing_the_sentence_says_how_to_ease_still_happens(text, thing):
    """A thing the person dislikes, then says how to make easier ("talk me through it", "I'd
    rather have them in jam"), still happens: a cross would tell staff to stop it."""
    assert crossed(text)[thing] is False


def test_a_thing_refused_for_another_way_keeps_its_cross():
    """Porridge refused outright keeps its cross even when something else is had instead."""
    assert crossed("No porridge, I'd rather have toast.")["porridge"] is True


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("I wouldn't feel right with a man washing me.", "man"),
        ("I wouldn't feel comfortable with a male carer bathing me.", "carer"),
    ],
)
def test_a_man_the_person_would_not_feel_right_with_is_ruled_out(text, who):
    """ "I wouldn't feel right with a man washing me" softly refuses a man for the care, as "no
    male carers" does: the man takes the cross, never a bare picture."""
    assert crossed(text)[who] is True


def test_feeling_safe_with_a_man_is_no_refusal():
    """Without a not, feeling safe with a man around refuses nobody."""
    assert crossed("I feel safe with a man around.")["man"] is False


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("I use a lipped plate so the peas don't go on the table.", "table"),
        ("Put a towel down so the tea doesn't go on the carpet.", "carpet"),
    ],
)
def test_where_a_spill_should_not_land_is_no_thing_refused(text, place):
    """A purpose clause ("so the peas don't go on the table") says what the aid prevents: the
    table or carpet is where nothing should land, not a thing refused (blind review r6)."""
    assert crossed(text)[place] is False


def test_a_person_not_going_on_the_bus_still_refuses_the_bus():
    """With a person as the doer, the place is where they will not go: it keeps its cross."""
    assert crossed("Drive me there so my son doesn't go on the bus alone.")["bus"] is True


def test_the_phone_answered_to_some_callers_only_is_still_used():
    """ "I don't answer the phone to ..." refuses the callers after "to": the phone is still
    answered (no cross), the man it is not answered to takes the cross."""
    got = crossed("I won't answer the phone to a man selling windows.")
    assert got["phone"] is False
    assert got["man"] is True
    assert crossed("I don't answer the phone after nine at night.")["phone"] is True


@pytest.mark.parametrize(
    ("text", "worn", "when"),
    [
        ("I don't have my teeth in for dinner these days.", "teeth", "dinner"),
        ("I don't have my hearing aids in at bedtime.", "hearing aids", "bedtime"),
    ],
)
def test_a_thing_not_had_in_for_a_time_is_the_thing_refused(text, worn, when):
    """ "I don't have my teeth in for meals" leaves the worn thing out (the dentures take the
    cross); the meal or the time it is said for is not refused."""
    got = crossed(text)
    assert got[worn] is True
    assert got.get(when, False) is False


def test_tablets_given_in_jam_still_cross_the_jam():
    """A thing given in something ("my tablets in jam") keeps the cross on the jam."""
    assert crossed("Please don't give me my pills in yoghurt.")["yoghurt"] is True


def test_a_thing_said_to_be_somewhere_after_a_comma_is_a_clause_of_its_own():
    """ "..., the paper's on the fridge" says where a thing is, a clause of its own: the refusal
    before the comma does not reach it; a thing owned ("the doctor's tablets") stays inside."""
    got = crossed("I don't want to be put on a drip, the letter's on the sideboard.")
    assert got["letter's"] is False
    assert crossed("I don't want the dentist's drill, the noise upsets me.")["drill"] is True
