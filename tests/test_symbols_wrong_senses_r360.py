"""Wrong senses round 360: a word pictured as another thing than the one its neighbours name."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def concepts(text: str) -> dict[str, str]:
    """Map each matched phrase to the concept whose picture it gets."""
    return {m.term.lower(): m.concept.id for m in find_all(text, ())}


def test_ice_cubes_are_the_ice_not_the_freezer():
    """ "ice cubes" to suck or in a drink are the ice itself, as one "ice cube" already is; the
    freezer keeps its own words ("the ice cube tray")."""
    assert concepts("On hot days I like to crunch ice cubes.").get("ice cubes") == "ice-cubes"
    assert concepts("Pop two ice cubes in my lemonade.").get("ice cubes") == "ice-cubes"
    assert concepts("Fill the ice cube tray for me.").get("ice cube tray") == "freezer-2"
