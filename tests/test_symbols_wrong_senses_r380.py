"""Wrong senses round 380: a word pictured as another thing than the one its neighbours name."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def concepts(text: str) -> dict[str, str]:
    """Map each matched phrase to the concept whose picture it gets."""
    return {m.term.lower(): m.concept.id for m in find_all(text, ())}


def test_a_hen_that_won_a_race_is_a_racing_pigeon_not_a_chicken():
    """Pigeon fanciers race cocks and hens: a hen in a race is a pigeon, no farmyard chicken."""
    said = "My red hen was first home in the Saturday race from Bath."
    assert concepts(said).get("hen") != "chicken-animal"
    assert concepts("We keep a hen at the allotment for the eggs.")["hen"] == "chicken-animal"
