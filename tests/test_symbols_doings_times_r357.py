"""Doings and times still missed (issue 13, round 357): by LABELLING.md's ruling of stop 41 a
doing that is what the sentence is about is pictured as that doing, even where no 'please' or
'to' comes before it to say so.
"""

from __future__ import annotations

import pytest

from plugins.symbols import grammar
from plugins.symbols.matcher import find_all


def pictured(text: str, names=()) -> dict[str, str]:
    return {m.term: m.concept.id for m in find_all(text, names)}


@pytest.mark.parametrize(
    "text",
    [
        "My hands shake, so open my parcels for me and pass me the scissors.",
        "If I go grey and puffy, open the back window and fetch the nurse.",
    ],
)
def test_open_before_my_or_the_is_a_doing_even_without_please(text):
    """An adjective is not followed by 'my' or 'the', so 'so open my parcels' is asked for."""
    assert pictured(text)["open"] == "open-doing"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The library is open the whole day on a Saturday.", "open"),
        ("Keep the kitchen door open the night through.", "open"),
        ("The noise upsets even my granddaughter at night.", "even"),
    ],
)
def test_a_state_word_before_the_stays_a_state(text, word):
    words = [w.strip(".,").lower() for w in text.split()]
    assert grammar.guess(words, words.index(word)) != grammar.VERB


@pytest.mark.parametrize(
    "text",
    [
        "I found the kitchen empty a lot of the time.",
        "I like my flask empty a bit before bed.",
        "The fridge was empty a few times last week.",
    ],
)
def test_a_state_word_before_a_lot_or_a_bit_stays_a_state(text):
    """ "I found the kitchen empty a lot of the time": "a lot" is how often, not a thing
    emptied, so no emptying is pictured (code review)."""
    assert "empty" not in pictured(text)
