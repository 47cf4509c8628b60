"""Everyday words a careful writer pictures that had no picture (blind review r4, cause 3, round
314): a skin cream by its brand is the cream, weepy is upset, caffeine is the coffee it is in, and
gluten is the bread, so "nothing with gluten" is crossed."""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def pictured(text: str, names=()) -> dict[str, str]:
    return {m.term: ("not:" if m.negated else "") + m.concept.id for m in find_all(text, names)}


@pytest.mark.parametrize(
    ("text", "term", "picture"),
    [
        ("A dab of Aveeno on my heels after the bath.", "Aveeno", "lotion-r314"),
        ("My daughter rubs Nivea into my elbows.", "Nivea", "lotion-r314"),
        ("I go weepy on his anniversary, so let me talk about him.", "weepy", "upset-r314"),
        ("No caffeine after four or I'm up all night.", "caffeine", "not:coffee-r314"),
        ("Nothing with gluten in it, I'm coeliac.", "gluten", "not:gluten-r314"),
    ],
)
def test_everyday_words_a_writer_pictures_have_a_picture(text, term, picture):
    assert pictured(text)[term] == picture


def test_weepy_eyes_are_not_a_mood():
    assert "upset-r314" not in pictured("My eyes are weepy since the cataract.").values()


def test_a_weepy_wound_or_ulcer_is_no_mood():
    """Second code review: a wound or an ulcer that weeps gets no crying face."""
    for text in ("My leg ulcer is weepy again.", "The wound on my shin is weepy, tell the nurse."):
        assert "upset-r314" not in pictured(text).values()


def test_caffeine_free_tea_is_no_coffee():
    """Second code review: "caffeine free" tea says what is not in it, no coffee picture."""
    for text in ("I only drink caffeine free tea now.", "Caffeine-free cola is fine."):
        assert "coffee-r314" not in pictured(text).values()
