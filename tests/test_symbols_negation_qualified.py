"""A refusal of what a thing or a person does, is or has, not of the whole thing (round 267).

The blind reviewers found "I don't want a carer who smokes" crossing the carer: the smoking is
refused, and the carer, who is needed, is not. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def crossed(text: str) -> dict[str, bool]:
    """Words as written -> whether their picture is crossed, for every picture TEXT gets."""
    return {m.term: m.negated for m in find_all(text)}


@pytest.mark.parametrize(
    ("text", "person", "doing"),
    [
        ("I won't have a carer who swears in my house.", "carer", None),
        ("I don't like nurses being rough with my arm.", "nurses", None),
        ("I don't want a doctor of an evening rushing me out.", "doctor", "rushing"),
        ("I'm not keen on carers who smoke in the garden.", "carers", "smoke"),
    ],
)
def test_a_person_refused_for_what_they_do_is_still_wanted(text, person, doing):
    found = crossed(text)
    assert found[person] is False
    if doing:
        assert found[doing] is True
