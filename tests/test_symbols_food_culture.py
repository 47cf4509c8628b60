"""Food by its own name (round 268): a breakfast cereal named as people name it gets the
picture of the food."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def shown(text: str, names=()) -> dict[str, str]:
    """Each pictured term of TEXT (lower case) -> the alt text of its picture."""
    return {m.term.lower(): m.concept.alt for m in find_all(text, names)}


def test_a_breakfast_cereal_by_its_name_is_the_cereal():
    assert shown("Two Weetabix with hot milk and a sugar.")["weetabix"] == "cereal"
    assert shown("A small bowl of cornflakes is plenty.")["cornflakes"] == "cereal"


def test_cook_up_rice_is_rice_and_a_green_fig_is_the_green_banana():
    assert shown("Cook-up rice with a bit of chicken is my Sunday treat.")["cook-up rice"] == "rice"
    assert shown("A boiled green fig with butter does me nicely.")["green fig"] == "banana"
