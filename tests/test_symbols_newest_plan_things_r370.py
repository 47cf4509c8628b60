"""Things plans37 and plans38 (and the plans before them) named with no picture after round 369:
conditions, trades and their kit, animals and pastimes, each pictured only where the sentence
says which thing it is (round 370)."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def concept_on(text: str, word: str) -> str | None:
    """The concept WORD (as written) is pictured as in TEXT, or None where it gets no picture."""
    found = {m.term: m.concept.id for m in find_all(text, ())}
    return found.get(word)


def test_a_learning_disability_or_downs_syndrome_is_the_condition():
    assert concept_on("She has a learning disability and likes pictures.", "learning disability")
    assert concept_on("He was born with Down's syndrome.", "Down's syndrome")
    assert concept_on("Our Sam has learning disabilities.", "learning disabilities")
    assert concept_on("Use simple words, I have a learning disability.", "learning disability") == (
        concept_on("She has a learning disability and likes pictures.", "learning disability")
    )
