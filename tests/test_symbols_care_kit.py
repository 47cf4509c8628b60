"""Round 256: doings and care kit the labels key that had no picture (playing music or a game)."""

from __future__ import annotations

import re

from plugins.symbols.matcher import find_all


def pictured(text: str) -> dict[str, tuple[str, bool]]:
    """Each pictured word of TEXT -> (its concept id without a round's suffix, crossed out)."""
    return {m.term: (re.sub(r"-r\d+$", "", m.concept.id), m.negated) for m in find_all(text, ())}


def test_a_mask_for_the_breathing_is_the_breathing_mask():
    """The mask worn at night for sleep apnoea is the breathing kit, not a paper face mask."""
    assert pictured("At night I sleep with a mask on for my apnoea.").get("mask") == (
        "oxygen-mask",
        False,
    )
    assert pictured("The carers put on a mask when they have a cough.").get("mask") == (
        "face-mask",
        False,
    )


def test_a_flare_up_of_gout_or_arthritis_is_pain():
    assert pictured("When my arthritis flares up I stay in bed.").get("flares up") == (
        "pain",
        False,
    )
    assert "flared up" not in pictured("My eczema flared up on my hands last week.")


def test_joints_that_seize_up_or_lock_are_stiff_joints():
    assert pictured("If I sit still too long my legs seize up.").get("seize up") == (
        "joints",
        False,
    )
    assert pictured("Since the operation my left knee locks on the stairs.").get("locks") == (
        "joints",
        False,
    )
    assert pictured("My daughter locks the front door at night.").get("locks") == (
        "lock",
        False,
    )


def test_slurred_words_are_the_persons_speech():
    assert pictured("After a bad night my words are slurred.").get("slurred") == (
        "slurred",
        False,
    )


def test_fragile_skin_that_tears_is_the_skin_not_crying():
    found = pictured("Be gentle with the sling on my arms; my thin skin, it tears so easily.")
    assert found.get("tears") == ("skin", False)
    assert pictured("She sheds tears when she hears that song.").get("tears") == ("upset", False)


def test_the_seat_lift_in_the_bath_is_the_bath_lift():
    assert pictured("On Tuesdays I bathe using the seat lift.").get("seat lift") == ("bath", False)
