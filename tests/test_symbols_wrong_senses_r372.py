"""Wrong senses round 372: a word pictured as another thing than the one its neighbours name."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def concepts(text: str) -> dict[str, str]:
    """Map each matched phrase to the concept whose picture it gets."""
    return {m.term.lower(): m.concept.id for m in find_all(text, ())}


# -- work and the waterside: the trade's own words, not a train, a sledge ride or a wound --


def test_going_underground_is_the_pit_not_the_tube():
    """ "I went underground at fourteen": a miner's first shift, not a ride on the Tube."""
    assert (
        concepts("He went underground at fourteen and never left the pit.")["underground"] == "mine"
    )
    assert concepts("Dad went underground when he left school.").get("underground") == "mine"
    assert concepts("We went on the underground to see the sights.")["underground"] == "train"


def test_a_smiths_sledge_is_no_sledge_ride():
    """A striker swings the sledge (the big hammer) at the anvil; sledging is in the snow."""
    assert concepts("I swung the sledge at the forge for the smith.").get("sledge") != "skiing"
    assert concepts("We pulled the sledge up the hill in the snow.")["sledge"] == "skiing"


def test_the_cut_by_the_towpath_is_the_canal_not_a_wound():
    """ "fishing on the cut": in the Black Country the cut is the canal."""
    assert concepts("I walk the dog along the cut by the locks.")["cut"] == "canal-lock-r32"
    assert concepts("Grandad fished the cut for roach.")["cut"] == "canal-lock-r32"
    assert concepts("The nurse dresses the cut on my shin.")["cut"] == "skin"


def test_to_fish_a_water_is_fishing_and_to_fish_someone_out_is_no_fishing():
    """ "I used to fish the canal" is the pastime; "he fished me out of the river" a rescue."""
    assert concepts("I used to fish the canal with my brother.")["fish"] == "fishing-2"
    assert "fished" not in concepts("My uncle fished me out of the pond when I fell in.")
    assert concepts("We fished all day and caught nothing.")["fished"] == "fishing"


def test_a_racing_pigeons_hen_is_no_farmyard_chicken():
    """Pigeon fanciers race cocks and hens: the hen is a pigeon, not a chicken."""
    assert concepts("My best hen came home first to the loft in the pigeon race.").get("hen") != (
        "chicken-animal"
    )
    assert concepts("We kept a hen in the back yard for eggs.")["hen"] == "chicken-animal"
