"""A clause opened by "and she's", "and he's", "and that's" ends the not before it (round r369).

"fifty years and never married, and she's my next of kin whatever the forms say" crossed the
next of kin and the forms (plans35): "and she's" says who she is, nothing refused, as "and I"
already ended the not. Sentences written for these tests.
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
        ("We never wed, and she's my next of kin all the same.", "next of kin"),
        ("I don't drive now, and he's my driver on market day.", "driver"),
        ("I never had a daughter and she's family to me.", "family"),
    ],
)
def test_who_someone_is_after_a_not_is_not_crossed(text, thing):
    """ "We never wed, and she's my next of kin": she is, nothing refused."""
    assert crossed(text)[thing] is False


def test_the_not_before_the_new_clause_still_crosses():
    """The not keeps its own thing: "I don't drink whisky, and he's my driver": the whisky."""
    assert crossed("I don't drink whisky, and he's my driver.")["whisky"] is True
