"""Health words and kit as older people say them: breathless, pads, frames, hives."""

from __future__ import annotations

import re

from plugins.symbols.matcher import find_all


def concepts(text: str) -> set[str]:
    """The concept ids the text gets pictures for, without a round's suffix (walking-frame-r35)."""
    return {re.sub(r"-r\d+$", "", m.concept.id) for m in find_all(text, ())}


def test_puffed_doing_something_is_breathless_beside_swollen_legs():
    """ "Puffed" beside swollen legs may mean puffy; "get puffed on the hill" is still out of
    breath, since a doing or a place follows it."""
    assert "breathing" in concepts("His legs swell and he gets puffed going up the hill.")
    assert "breathing" in concepts("With my swollen feet I get puffed on the stairs.")
    assert "breathing" not in concepts("My ankles look puffed and swollen tonight.")


def test_a_clean_pad_after_an_accident_is_the_continence_pad():
    """An accident with the water and a fresh pad is the continence pad; a pad on a cut is a
    dressing."""
    assert "continence" in concepts(
        "If I wet myself, don't fuss, just have an accident pack: a fresh pad."
    )
    assert "continence" in concepts("After an accident in the night, fetch me a clean pad.")
    assert "continence" not in concepts("Put a clean pad on the cut on my shin.")


def test_the_frame_to_get_about_is_the_walking_frame():
    """ "I need the frame to get to the toilet": the frame one gets about with, not a picture
    frame."""
    assert "walking-frame" in concepts("I need the frame to get from my bed to the toilet.")
    assert "walking-frame" in concepts("I use my frame to get to the kitchen.")
    assert "walking-frame" not in concepts("Hang the frame to the left of the window.")


def test_short_or_long_sighted_is_the_eyes_not_a_poor_decision():
    """ "I am short-sighted" is about the eyes; a short-sighted plan to sell the house is not."""
    assert "eyes" in concepts("Mum is short-sighted, so hold the menu close for her.")
    assert "eyes" in concepts("I'm long sighted and the crossword print swims.")
    assert "eyes" not in concepts("Selling the shop was a short-sighted decision.")
