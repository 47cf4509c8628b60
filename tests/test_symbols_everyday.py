"""Everyday words that got no picture before round 246: the glass a drink comes in, being
indoors, the spans of time a plan counts in."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def concept_on(text: str, word: str) -> str | None:
    """The concept WORD (as written) gets in TEXT, or None where it gets no picture."""
    found = {m.term: m.concept.id for m in find_all(text, ())}
    return found.get(word)


def test_a_glass_of_a_drink_shows_the_glass():
    assert concept_on("Bring me a tall glass of ginger beer with my tea.", "glass") == (
        "drinking-glass-r246"
    )
    assert concept_on("I have a warm glass of cocoa before bed.", "glass") == (
        "drinking-glass-r246"
    )


def test_a_glass_of_port_keeps_its_own_picture():
    assert concept_on("At Christmas I have a small glass of port.", "glass") is None
