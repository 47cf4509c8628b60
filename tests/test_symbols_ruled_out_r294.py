"""Ruling out (issue 13, round 294): clause shapes the newest plans showed, each said in new
words: a programme put on and what it is about, a thing kept out of a place, a nagging and
what it is about."""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def crossed(text: str) -> dict[str, bool]:
    """words as written -> whether their picture carries the not cross."""
    return {m.term: m.negated for m in find_all(text)}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Please don't put the news on about the floods; it upsets me for days.", "the news"),
        ("Don't put the radio on about the election, I've heard enough.", "radio"),
    ],
)
def test_a_programme_put_on_about_something_is_still_crossed(text, word):
    """ "on about the war" says what the programme is about, not a state it is put on in (as
    "on loud" is), so the programme keeps its cross."""
    assert crossed(text)[word] is True
