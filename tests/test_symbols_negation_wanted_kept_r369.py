"""Wanted things a "not" crossed, let go (round 369): a doing managed only some of the time
("I don't always follow the sermon", plans36), a clause opened by "and she's" ending the not
before it ("never married, and she's my next of kin", plans35), and a thing refused only as too
loud ("I don't like the radio blaring", plans36). Sentences written for these tests.
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


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("We never wed, and she's my next of kin all the same.", "next of kin"),
        ("I don't drive now, and he's my driver on market day.", "driver"),
        ("I never had a daughter and she's family to me.", "family"),
    ],
)
def test_who_someone_is_after_a_not_is_not_crossed(text, thing):
    """ "We never wed, and she's my next of kin": she is, nothing refused."""
    assert crossed(text)[thing] is False


def test_the_not_before_the_new_clause_still_crosses():
    """The not keeps its own thing: "I don't drink whisky, and he's my driver": the whisky."""
    assert crossed("I don't drink whisky, and he's my driver.")["whisky"] is True


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("I don't like the wireless blaring, turn it down a bit.", "wireless"),
        ("She doesn't want the telly blasting when the grandchildren sleep.", "telly"),
    ],
)
def test_a_thing_refused_only_as_too_loud_is_not_crossed(text, thing):
    """ "I don't like the radio blaring": the loudness is refused, the radio is still wanted."""
    assert crossed(text)[thing] is False


def test_a_thing_refused_outright_is_still_crossed():
    """ "I don't like the wireless" with no loudness said refuses the wireless itself."""
    assert crossed("I don't like the wireless.")["wireless"] is True


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("I mind when the carers don't phone to say they're late.", "phone"),
        ("I get annoyed when the nurse doesn't knock.", "knock"),
        ("I'm cross if nobody rings on a Sunday.", "rings"),
    ],
)
def test_minding_when_a_thing_is_not_done_wants_it(text, wanted):
    """ "I mind when the carers don't phone": the phoning is missed, so wanted, not refused."""
    assert crossed(text)[wanted] is False
