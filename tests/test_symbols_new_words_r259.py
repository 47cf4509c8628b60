"""Words that got no picture before round 259: drinks that must be thickened (the round's other
words, a Centre named by its people, small print, English as a language and no black at a
funeral, were left out at the gate)."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def concept_on(text: str, word: str) -> str | None:
    """The concept WORD (as written) gets in TEXT, or None where it gets no picture."""
    found = {m.term: m.concept.id for m in find_all(text, ())}
    return found.get(word)


def test_drinks_that_must_be_thickened_show_the_thickened_drink():
    assert concept_on("Every drink I have must be thickened to level one.", "thickened") == (
        "thickened"
    )
    assert concept_on("Tea comes thickened for me now because of my swallow.", "thickened") == (
        "thickened"
    )


def test_gravy_thickened_in_the_pan_is_no_drink():
    assert concept_on("The gravy should be thickened with cornflour.", "thickened") is None
