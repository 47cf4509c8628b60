"""Ruling out (issue 13, round 307): clause shapes the newest plans showed, each said in new
words: how often a thing is had, the one wanted before a refusal, a second dated thing given up."""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def crossed(text: str) -> dict[str, bool]:
    """words as written -> whether their picture carries the not cross."""
    return {m.term: m.negated for m in find_all(text)}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("My grandson takes me to the match when he can, but it's not every week.", "every week"),
        ("The chiropodist calls, though not every month.", "every month"),
    ],
)
def test_how_often_is_no_time_refused(text, word):
    """ "it's not every week" says how often, so the week keeps its plain picture."""
    assert crossed(text)[word] is False


@pytest.mark.parametrize(
    ("text", "wanted", "refused"),
    [
        ("Male carer only, a lady is no good for my shower.", "carer", "lady"),
        ("Decaf only, proper coffee is no good for my heart.", "Decaf", "coffee"),
    ],
)
def test_the_one_wanted_before_a_refusal_is_not_crossed(text, wanted, refused):
    """ "Male carer only, a lady is no good": the carer named with "only" is the one wanted,
    no part of a list the refusal reaches back over."""
    found = crossed(text)
    assert found[wanted] is False
    assert found[refused] is True
