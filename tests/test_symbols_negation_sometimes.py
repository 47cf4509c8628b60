"""A thing done now and then is not ruled out (round r369).

"I don't always follow the sermon" crossed the sermon (plans36), and "I can't always remember
the score" the remembering (plain1): the not only says the doing is sometimes left undone, and a
cross would tell the carers to stop it. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def crossed(text: str) -> dict[str, bool]:
    """Words as written -> whether their picture is crossed, for every picture TEXT gets."""
    return {m.term: m.negated for m in find_all(text)}


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("I don't always hear the whole sermon, but I like being in chapel.", "sermon"),
        ("She doesn't always follow the news, so tell her what matters.", "the news"),
        ("I can't always manage the stairs, some days I need a hand.", "stairs"),
    ],
)
def test_a_thing_not_always_done_is_not_crossed(text, thing):
    """ "I don't always hear the whole sermon": sometimes heard, still wanted."""
    assert crossed(text)[thing] is False


def test_a_plain_not_after_the_clause_still_crosses():
    """Only the clause with 'always' is let go: "no sugar" after it is still ruled out."""
    got = crossed("I don't always manage my porridge, and no sugar in it, please.")
    assert got["porridge"] is False
    assert got["sugar"] is True


@pytest.mark.parametrize(
    ("text", "kept", "refused"),
    [
        ("I can't always hear the phone and I don't want visitors.", "phone", "visitors"),
        ("I don't always remember my tablets so I don't want the hoist.", "tablets", "hoist"),
        ("I don't always manage the stairs but I don't want a stairlift.", "stairs", "stairlift"),
        (
            "I don't always know what day it is and I won't have a shower.",
            "what day it is",
            "shower",
        ),
        (
            "I can't always find my glasses and don't want the carers moving things.",
            "glasses",
            "carers",
        ),
        ("He doesn't always catch the bus and he won't use a taxi.", "bus", "taxi"),
        ("I don't always read the paper but I don't want the radio on.", "paper", "radio"),
        ("I can't always manage the buttons and never want the commode.", "buttons", "commode"),
    ],
)
def test_a_refusal_later_in_the_same_sentence_is_still_crossed(text, kept, refused):
    """ "I can't always hear the phone and I don't want visitors": only the clause with
    'always' is let go; a refusal in the next clause, even with no stop between, keeps its
    cross (code review)."""
    got = crossed(text)
    assert got[kept] is False
    assert got[refused] is True
