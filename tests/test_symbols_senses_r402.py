"""Round 402: wrong senses that recur in the plans (a picture of the wrong meaning on a word)."""

from __future__ import annotations

from helpers import concepts


def test_the_face_of_a_pit_is_the_coal_face_not_a_head():
    for text in (
        "I was a hewer at the pit for thirty years, on my knees at the face.",
        "Thirty years at the face in Easington colliery, and my chest paid for it.",
    ):
        assert concepts(text)["face"] == "mine", text


def test_a_face_at_the_pit_or_at_the_sink_keeps_the_head():
    assert concepts("The pit left blue scars on my face.")["face"] == "head"
    assert concepts("Wash the face and hands first, then the back.")["face"] == "head"
    assert concepts("Don't touch my face.")["face"] == "head"
