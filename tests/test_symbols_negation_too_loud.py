"""A thing refused only as too loud is kept (round r369).

"I don't like the radio blaring" crossed the radio (plans36), where "I don't want the telly on
loud" already kept the telly: the loudness is refused, the radio is still wanted. Sentences
written for these tests.
"""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def crossed(text: str) -> dict[str, bool]:
    """Words as written -> whether their picture is crossed, for every picture TEXT gets."""
    return {m.term: m.negated for m in find_all(text)}


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("I don't like the wireless blaring, turn it down a bit.", "wireless"),
        ("She doesn't want the telly blasting when the grandchildren sleep.", "telly"),
    ],
)
def test_a_thing_refused_only_as_too_loud_is_not_crossed(text, thing):
    """ "I don't like the radio blaring": the loudness is refused, the radio is still wanted."""
    assert crossed(text)[thing] is False


def test_a_thing_refused_outright_is_still_crossed():
    """ "I don't like the wireless" with no loudness said refuses the wireless itself."""
    assert crossed("I don't like the wireless.")["wireless"] is True
