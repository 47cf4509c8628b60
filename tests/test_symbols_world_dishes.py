"""Dishes of the newest plans shown as what is on the plate (round 292): khichdi is rice,
kadhi and sorpotel are curries, string hoppers are noodles, paska is bread, kovbasa a
sausage, never only a takeaway or a cake."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def shown(text: str, names=()) -> dict[str, str]:
    """Each pictured term of TEXT (lower case) -> the concept id of its picture."""
    return {m.term.lower(): m.concept.id for m in find_all(text, names)}


def test_khichdi_is_rice_and_kadhi_a_curry():
    pictures = shown("When my stomach is upset, a little khichdi with kadhi settles it.")
    assert pictures["khichdi"] == "rice"
    assert pictures["kadhi"] == "curry"


def test_sambar_and_sorpotel_are_curries_not_soup_or_stew():
    assert shown("My daughter brings sambar on a Tuesday.")["sambar"] == "curry"
    assert shown("We always cooked sorpotel for the feast.")["sorpotel"] == "curry"


def test_string_hoppers_are_noodles():
    assert shown("I like string hoppers warm, with a bit of dal.")["string hoppers"] == "noodles"


def test_easter_breads_are_bread_and_borshch_is_soup():
    assert shown("My niece bakes the paska every spring.")["paska"] == "bread"
    assert shown("Warm the flaounes in the oven for me.")["flaounes"] == "bread"
    assert shown("A bowl of borshch on a cold day is all I want.")["borshch"] == "soup"


def test_kovbasa_is_a_sausage():
    assert shown("Slice the kovbasa thin for my supper.")["kovbasa"] == "sausages"


def test_saag_is_greens_not_a_takeaway():
    assert shown("Make the saag without too much chilli.")["saag"] == "vegetables"


def test_a_miners_snap_is_his_packed_lunch_and_a_snap_of_the_family_a_photo():
    assert shown("Pack my snap tin the way I had it at the colliery.")["snap tin"] == (
        "packed-lunch-r292"
    )
    assert shown("Here's a snap of my sister at the seaside.")["snap"] == "photos"


def test_ribena_written_with_a_capital_is_squash():
    assert shown("Warm Ribena helps my throat at night.")["ribena"] == "squash-r292"


def test_a_feast_for_the_family_is_a_big_meal_but_feasting_ones_eyes_is_not():
    assert shown("We made a big feast when my grandson married.")["feast"] == "feast-r292"
    feast = [m for m in find_all("We cooked a feast at Eid.", ()) if m.term == "feast"]
    assert [m.concept.alt for m in feast] == ["meal"]
    assert "feast" not in shown("Feast your eyes on my roses.")


def test_xacuti_is_a_curry():
    assert shown("Anita cooks a mild xacuti on Sundays.")["xacuti"] == "curry"


def test_doing_the_mashing_by_the_kettle_is_making_the_tea():
    assert shown("Fill the kettle and I will do the mashing.")["mashing"] == "teapot-r292"
    assert "mashing" not in shown("Mashing my tablets in jam helps them go down.")


def test_ayran_is_a_drink_not_a_glass_of_milk():
    assert shown("A cold ayran with my lunch, please.")["ayran"] == "drink"


def test_pudding_with_the_rashers_is_black_pudding_but_rice_pudding_is_a_pudding():
    assert shown("Bacon and pudding on a Sunday, fried crisp.")["pudding"] == "sausages-r292"
    assert shown("Rashers of bacon, then a rice pudding later.")["rice pudding"] == "pudding"


def test_dripping_on_bread_is_the_fat_but_a_dripping_tap_is_not():
    assert shown("Toast with beef dripping was my dad's supper.")["beef dripping"] == (
        "dripping-r300"
    )
    assert shown("Give me a slice of toast and dripping now and then.")["dripping"] == (
        "dripping-r300"
    )
    assert "dripping" not in shown("The roof was dripping with rain all night.")
    assert "dripping" not in shown("Tell the plumber the kitchen tap keeps dripping.")


def test_the_christmas_eve_oplatek_is_the_wafer():
    assert shown("My son and I share the opłatek wafer at Wigilia.")["opłatek wafer"] == "biscuit"
    assert shown("We break the oplatek before the carp.")["oplatek"] == "biscuit"


def test_espresso_coffee_is_one_coffee():
    assert shown("A small espresso coffee after lunch, please.")["espresso coffee"] == "coffee"


def test_kul_kuls_and_tamarind_balls_are_sweets_and_stuffed_chine_is_ham():
    assert shown("My niece fries kul-kuls for the Christmas tin.")["kul-kuls"] == "sweets-r300"
    assert shown("Tamarind balls from the Caribbean shop are my weakness.")["tamarind balls"] == (
        "sweets-r300"
    )
    assert shown("Stuffed chine with parsley is our Lincolnshire treat.")["stuffed chine"] == "ham"


def test_palinka_is_a_fruit_brandy_not_whisky():
    assert shown("A thimble of palinka at New Year warms me.")["palinka"] == "spirits-r30"


def test_pickled_cucumbers_are_pickles_in_english_and_polish_and_salt_fish_is_fish():
    from plugins.symbols import languages

    assert shown("A jar of pickled cucumbers from the Polish deli.")["pickled cucumbers"] == (
        "vinegar"
    )
    polish = {
        m.term.lower(): m.concept.id for m in languages.find_all("Jem ogórki kiszone.", "pl", ())
    }
    assert polish["ogórki kiszone"] == "vinegar"
    assert shown("Salt fish and green banana on a Sunday.")["salt fish"] == "fish"


def test_rye_brought_from_the_polish_shop_is_the_bread_but_rye_grass_is_not():
    assert shown("My niece brings rye from the Polish baker.")["rye"] == "bread-r108"
    assert "rye" not in shown("The field was sown with rye grass for the sheep.")


def test_cider_orchards_are_the_orchard_and_hop_yards_the_hops():
    pictures = shown("I pruned the cider orchards and strung the hop yards.")
    assert pictures["cider orchards"] == "tree-2"
    assert pictures["hop yards"] == "crops"
    assert shown("At harvest the hops hung over the church door.")["hops"] == "crops"
