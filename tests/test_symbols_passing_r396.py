"""Passing words a careful Easy Read writer does not picture (round 396, the precision lane).

Getting about the house with a stick or in a wheelchair is how one moves, not a walk: the stick
or the chair has the picture.
"""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def pictured(text: str) -> dict[str, str]:
    """Each pictured term of TEXT (lower case) -> the id of its concept."""
    return {m.term.lower(): m.concept.id for m in find_all(text)}


def test_getting_about_is_no_walk():
    assert "walk" not in pictured("I get about the bungalow in my wheelchair now.").values()
    assert "walk" not in pictured("Mum gets around the flat with two sticks.").values()
    # a walk said as a walk keeps its picture
    assert pictured("I walk to the shop with my stick.")["walk"] == "walk"
