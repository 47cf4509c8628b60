"""Ruling out (issue 13, round 335): clause shapes the newest plans showed leaving a ruled-out
thing bare or crossing a wanted one, each said here in new words."""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def crossed(text: str) -> dict[str, bool]:
    """words as written -> whether their picture carries the not cross."""
    return {m.term: m.negated for m in find_all(text)}


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Please don't fuss me with the puddings, I'm full.", "puddings"),
        ("I'm tired, so never fuss me with the crossword.", "crossword"),
    ],
)
def test_a_thing_fussed_on_me_is_ruled_out(text, thing):
    """ "don't fuss me with X" presses X on the person, who refuses it, as "don't mither me
    with X" does: X is crossed, not shown bare."""
    assert crossed(text)[thing] is True
