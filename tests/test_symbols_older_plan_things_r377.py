"""Things the older plans (plans5-38) picture wrongly before round 377: a trait of the person
said with 'man' or 'woman' ('I'm a private man', 'I am a modest woman') is about the person the
plan is for, so it shows no picture of a man or woman; a man or woman who is someone else keeps
the picture."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def picture_on(text: str, word: str) -> tuple[str, bool] | None:
    """(concept, crossed) WORD (as written) gets in TEXT, or None where it gets no picture."""
    found = {m.term: (m.concept.id, m.negated) for m in find_all(text, ())}
    return found.get(word)


def test_a_trait_said_with_man_or_woman_shows_no_man_or_woman():
    assert picture_on("Give me my porridge and the paper and I'm a happy man.", "man") is None
    assert picture_on("He's a shy man, so knock before you go in.", "man") is None
    assert picture_on("I was always a religious woman and I pray at night.", "woman") is None
    assert picture_on("I am a proud woman, so let me wash my own face.", "woman") is None


def test_a_man_or_woman_who_is_someone_else_keeps_the_picture():
    assert picture_on("A young man from the surgery comes on Tuesdays.", "man") == ("man", False)
    assert picture_on("A kind woman from church brings my dinner.", "woman") == ("woman", False)


def test_a_learning_disability_or_downs_syndrome_shows_the_condition():
    """The condition is said to ask for short words and pictures: its own picture, never a
    wheelchair or a face."""
    assert picture_on(
        "I've a learning disability, so keep the words short.", "learning disability"
    ) == (
        "learning-disability",
        False,
    )
    assert picture_on("My brother has Down's syndrome and lives with me.", "Down's syndrome") == (
        "learning-disability",
        False,
    )
