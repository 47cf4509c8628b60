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


def test_starting_my_heart_again_is_resuscitation():
    """Whoever starts a person's heart again resuscitates them: the picture is resuscitation
    (crossed where it is refused), never the bare heart."""
    found = [
        (m.concept.id, m.negated)
        for m in find_all("I do not want the ambulance men to restart my heart.", ())
    ]
    assert ("cpr", True) in found
    assert ("heart", False) not in found
    assert concepts("If my heart stops, try to start my heart again.").get("heart") == "cpr"
    assert concepts("My heart is not as strong as it was.").get("heart") == "heart"


def test_nobody_starting_my_heart_shows_no_bare_heart():
    """ "so nobody starts my heart" refuses resuscitation: no bare heart (nor bare resuscitation,
    which "nobody" as a doer does not yet cross) is shown there."""
    found = concepts("It is all written down, so nobody starts my heart again.")
    assert found.get("heart") not in {"heart", "cpr"}


def test_a_hospice_or_palliative_nurse_is_a_nurse():
    """The hospice or palliative nurse who comes to the house is a nurse: the nurse's picture,
    not the hospice building."""
    assert concepts("The palliative nurse visits on a Monday.").get("palliative nurse") == "nurse"
    assert concepts("Ring the hospice nurse if I am in pain.").get("hospice nurse") == "nurse"
    assert concepts("I would like to go to the hospice at the end.").get("hospice") == "hospice"


def test_a_compost_loo_is_a_toilet_not_garden_tools():
    """A compost loo or toilet is a toilet; the compost heap is still the garden's."""
    found = concepts("We had a compost loo at the cottage.")
    assert "compost" not in found
    assert "toilet" in found.values()
    assert concepts("I spread the compost on the veg patch.").get("compost") == "garden-tools"


def test_a_baby_monitor_shows_no_baby():
    """A baby monitor listens for an old person in the night: no picture of a baby."""
    assert "baby" not in concepts("Switch the baby monitor on when I go up.")
    assert concepts("My granddaughter has just had a baby.").get("baby") == "baby"


def test_a_miners_pension_is_money_not_a_mine():
    """The miners' pension is money paid: the money picture, no miner beside it."""
    found = concepts("The miners' pension goes into the bank on a Friday.")
    assert "miners" not in found
    assert found.get("pension") == "money"
    assert concepts("My father and his brothers were miners.").get("miners") == "mine"


def test_on_the_flat_is_level_ground_not_a_home():
    """ "I manage on the flat" is level ground, not a flat to live in."""
    assert "flat" not in concepts("I can walk a mile on the flat, but stairs beat me.")
    assert concepts("The flat is on the ground floor.").get("flat") == "home"


def test_scots_tablet_baked_with_scones_is_no_medicine():
    """Tablet made with scones and shortbread is the Scots sweet, never the tablets picture."""
    found = concepts("I baked shortbread and tablet for the church fair.")
    assert found.get("tablet") != "tablets"
    assert concepts("I take one tablet at bedtime.").get("tablet") == "tablets"


def test_a_medicine_tablet_taken_with_a_scone_keeps_the_tablets_picture():
    """Code review 55b: a scone or baking beside the person's own tablet does not make it the
    Scots sweet (it had no picture at all); tablet baked with scones still is the sweet."""
    for text in (
        "I take my tablet with a scone at eleven.",
        "Have my tablet with my tea and a scone.",
        "My tablet at breakfast, then a scone at eleven.",
        "Give me my tablet before I do my baking.",
        "The tablet for my heart, then we bake scones.",
    ):
        assert concepts(text).get("tablet") == "tablets", text
    for text in (
        "I bake scones and tablet for the church sale.",
        "Tablet and scones for the visitors, I make the tablet myself.",
        "I bake tablet with condensed milk.",
        "The nurse says no more tablet for me, the sweet kind, because of my sugar.",
    ):
        assert concepts(text).get("tablet", "").startswith("sweets"), text


def test_the_pipes_at_a_cemetery_or_kirk_are_bagpipes():
    """The pipes played at the cemetery or the kirk are bagpipes, not a smoker's pipes."""
    found = concepts("Have somebody on the pipes at the crematorium for me.")
    assert found.get("pipes") == "bagpipes-2"


def test_pipes_that_froze_are_no_bagpipes_and_no_smoking():
    """Code review 55b: "froze" is frozen pipes too, beside the kirk or not."""
    assert "pipes" not in concepts("The pipes froze at the kirk.")
    assert "pipes" not in concepts("The pipes froze last winter and the kitchen flooded.")


def test_work_boots_and_an_army_pension_are_the_boots_and_the_money():
    """ "my work boots", "my work clothes" are the boots and the clothes, and "his army
    pension" is money: no briefcase or medal beside them. Work and the army alone keep theirs."""
    assert "work" not in concepts("Fetch my work boots from the shed.")
    assert "work" not in concepts("My work clothes go in the wash on a Friday.")
    assert "army" not in concepts("We live on his army pension now.")
    assert concepts("I loved my work at the bakery.").get("work") == "work"
    assert concepts("My brother went into the army at eighteen.").get("army") == "army"


def test_thickened_tea_is_the_drink_not_the_evening_meal():
    """Tea that is thickened for a slow swallow is the drink, even beside eating words; tea
    with a time and food named stays the meal."""
    found = concepts("My tea is thickened because of my swallow, and I eat sitting up.")
    assert found.get("tea") == "tea"
    assert concepts("My tea at six is usually a bit of fish.").get("tea") == "meal"


def test_dressing_up_is_no_getting_dressed():
    """Dressing up for a carnival, or a hard truth "dressed up", is not the help with getting
    dressed that the dressing picture means."""
    assert "dressed" not in concepts("Each summer I dressed up for the village carnival.")
    assert "dress" not in concepts("Don't dress it up, just tell me straight.")
    assert concepts("Please help me get dressed after my wash.").get("get dressed") == "dressing"
    assert concepts("I dress myself, but slowly.").get("dress") == "dressing"


def test_dressing_up_warm_is_getting_dressed():
    """Code review 55b: "dress up warm" is the getting dressed the carers help with."""
    assert "dressing" in concepts("Help me dress up warm for the garden.").values()
    assert "dressing" in concepts("I like to be dressed up warm.").values()
