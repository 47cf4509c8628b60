"""Doings said in words (LABELLING.md, ruling of stop 41): round r425's verbs and verb phrases."""

from __future__ import annotations

from helpers import concepts


def test_a_bag_or_commode_emptied_is_the_care_task():
    """ "empty it first thing", "the leg bag is emptied at six", "it needs emptying": the emptying
    of a bag, commode or bottle is the doing, however it is said; an empty house, bag or tummy
    is no emptying."""
    for text, word in (
        ("The commode stays by my bed; empty it before breakfast, please.", "empty"),
        ("My night bag is emptied by the carer at seven.", "emptied"),
        ("The catheter bag needs emptying twice in the evening.", "emptying"),
        ("I've a stoma pouch, and I empty and clean it myself.", "empty"),
    ):
        assert concepts(text).get(word) == "empty", text
    for text in (
        "The house feels so empty since Jim went into the home, and his bag is still here.",
        "The bag is half empty and it needs changing.",
        "The bins are emptied on a Tuesday.",
    ):
        assert "empty" not in concepts(text).values(), text
