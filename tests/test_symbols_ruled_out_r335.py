"""Ruling out (issue 13, round 335): clause shapes the newest plans showed leaving a ruled-out
thing bare or crossing a wanted one, each said here in new words."""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def crossed(text: str) -> dict[str, bool]:
    """words as written -> whether their picture carries the not cross."""
    return {m.term: m.negated for m in find_all(text)}


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Please don't fuss me with the puddings, I'm full.", "puddings"),
        ("I'm tired, so never fuss me with the crossword.", "crossword"),
    ],
)
def test_a_thing_fussed_on_me_is_ruled_out(text, thing):
    """ "don't fuss me with X" presses X on the person, who refuses it, as "don't mither me
    with X" does: X is crossed, not shown bare."""
    assert crossed(text)[thing] is True


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("I'm frightened of the bath so I won't get in it.", "bath"),
        ("She's terrified of the stairlift so she won't sit on it.", "stairlift"),
    ],
)
def test_a_feared_thing_refused_after_so_is_ruled_out(text, thing):
    """A fear followed by "so ... won't ... it" refuses the feared thing, as it does after a
    comma: the thing is crossed, not shown bare."""
    assert crossed(text)[thing] is True


def test_a_feared_thing_is_kept_when_the_it_may_be_another_thing():
    """A thing named between the fear and the refused "it" may be what "it" stands for: the
    feared thing is left as it was."""
    text = "I'm scared of the hoist so my son bought a chair and I won't part with it."
    assert crossed(text)["hoist"] is False


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("I'd be mortified if a man bathed me.", "man"),
        ("I would be so embarrassed if a male carer did my personal care.", "carer"),
    ],
)
def test_a_kind_of_person_I_would_be_shamed_by_is_ruled_out(text, person):
    """ "I'd be mortified if a man washed me" rules out a man doing it: the man is crossed,
    not shown bare."""
    assert crossed(text)[person] is True


def test_my_own_person_I_would_be_shamed_before_is_not_ruled_out():
    """One's own son is no kind of person refused: no cross on him."""
    assert crossed("I'd be ashamed if my son saw me in this state.")["son"] is False


@pytest.mark.parametrize(
    "text",
    ["If my breathing gets bad, phone the surgery, don't wait till the weekend.", "Don't wait."],
)
def test_a_wait_refused_until_a_time_is_crossed(text):
    """ "don't wait till morning" refuses the waiting itself; it is no doing put off until
    then: the wait is crossed, not shown bare."""
    assert crossed(text)["wait"] is True


def test_tablets_put_off_until_a_time_are_still_wanted():
    """ "don't give me my tablets until after lunch" puts them off: no cross."""
    assert crossed("Please don't give me my tablets until after lunch.")["tablets"] is False


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Don't let him blow it all on the horses.", "horses"),
        ("Please don't blow the lot on a fancy funeral.", "funeral"),
    ],
)
def test_money_blown_on_a_thing_said_as_it_all_rules_the_thing_out(text, thing):
    """ "don't blow it all on bingo" spends the money, said as "it all" or "the lot", on the
    thing, which is ruled out, as "don't blow my pension on bingo" is."""
    assert crossed(text)[thing] is True


def test_spending_a_lot_on_a_thing_is_still_a_limit():
    """ "I don't spend a lot on clothes" limits the spending: the clothes are still bought."""
    assert crossed("I don't spend a lot on shoes these days.")["shoes"] is False


@pytest.mark.parametrize(
    "text",
    ["I use my nebuliser when I can't catch me breath.", "On the stairs I couldn't get me breath."],
)
def test_breathlessness_said_with_the_spoken_me_crosses_no_breath(text):
    """ "can't get me breath" is "can't get my breath": breathless, so the breath is no thing
    ruled out and carries no cross."""
    assert crossed(text)["breath"] is False


@pytest.mark.parametrize(
    ("text", "meal", "doing"),
    [
        ("On clinic days I don't go out before lunch.", "lunch", "go out"),
        ("I never have a shower before my breakfast.", "breakfast", "shower"),
    ],
)
def test_a_meal_after_before_in_a_refused_doing_says_when(text, meal, doing):
    """ "I don't go out before dinner": the meal says when; the doing is crossed, the meal,
    still eaten, is not."""
    assert crossed(text)[meal] is False
    assert crossed(text)[doing] is True
