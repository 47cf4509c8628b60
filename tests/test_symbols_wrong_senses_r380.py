"""Wrong senses round 380: a word pictured as another thing than the one its neighbours name."""

from __future__ import annotations

from helpers import concepts


def test_a_hen_that_won_a_race_is_a_racing_pigeon_not_a_chicken():
    """Pigeon fanciers race cocks and hens: a hen in a race is a pigeon, no farmyard chicken."""
    said = "My red hen was first home in the Saturday race from Bath."
    assert concepts(said).get("hen") != "chicken-animal"
    assert concepts("We keep a hen at the allotment for the eggs.")["hen"] == "chicken-animal"


def test_a_glass_of_squash_shows_the_squash_not_the_empty_glass():
    """As a glass of water shows the water, a glass of squash or cordial shows the drink
    (the squash picture is itself a drink poured); the glass stays where it holds something
    with no picture, and beside juice or pop, which the older sets key as the glass too."""
    assert concepts("With my tea I'll take a glass of squash.").get("glass") is None
    assert concepts("A small glass of cordial at bedtime, please.").get("glass") is None
    said = "Stir the powder into a glass of orange for me."
    assert concepts(said)["glass"] == "drinking-glass-r246"


def test_fancy_said_as_whatever_takes_the_persons_fancy_is_no_longing():
    """ "all I fancy", "if I fancy it": a plain choice of what to eat or drink, not the
    longing picture; the sets mark it as a word with no picture of its own."""
    assert "fancy" not in concepts("A boiled egg and soldiers is all I fancy of a morning.")
    assert "fancy" not in concepts("I'll have a small port if I fancy it.")
    assert "fancy" not in concepts("Give me whatever I fancy on the day.")
    assert "fancy" not in concepts("My sister made a fancy hat for the wedding.")
    assert concepts("I fancy a fish supper on a Friday.")["fancy"] == "desire"


def test_near_enough_to_kiss_is_how_close_to_come_not_a_kiss():
    """ "close enough to kiss" says how near to come to be seen; no kiss is asked for."""
    assert "kiss" not in concepts("I only know your face when you're close enough to kiss.")
    assert "kiss" not in concepts("Lean in near enough to kiss or I can't hear a word.")
    assert concepts("Give Nan a kiss before you go.")["kiss"] == "kiss"
    assert concepts("I kiss my grandson goodnight.")["kiss"] == "kiss"
