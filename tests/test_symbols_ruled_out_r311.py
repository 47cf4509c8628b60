"""Ruling out (issue 13, round 311): a not that lands on the wrong word. The blind review found
a refusal of a doing or a detail crossing the wanted thing beside it; each shape is said here
in new words."""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def crossed(text: str) -> dict[str, bool]:
    """words as written -> whether their picture carries the not cross."""
    return {m.term: m.negated for m in find_all(text)}


@pytest.mark.parametrize(
    ("text", "doings", "owned"),
    [
        ("Nobody must cut or trim my beard, it is my faith.", ("cut",), ("beard",)),
        ("Nobody is to cut or shave my hair or beard.", ("cut", "shave"), ("hair", "beard")),
    ],
)
def test_two_doings_to_my_own_body_refuse_the_doings_not_the_body(text, doings, owned):
    """ "Nobody must cut or shave my hair" says what nobody is to do, as "nobody is to cut my
    hair" does: the doings are refused, the hair is still the person's own."""
    found = crossed(text)
    for doing in doings:
        assert found[doing] is True
    for part in owned:
        assert found[part] is False


def test_two_doings_that_give_a_thing_still_refuse_the_thing():
    """ "bring or give my husband whisky": what would be given is refused, as before."""
    assert crossed("Nobody should bring or give my husband whisky.")["whisky"] is True
