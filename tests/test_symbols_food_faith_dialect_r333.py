"""Food, drink, faith, family and dialect words the newest plans still missed (round 333): each
gets the picture of what it means, and its other senses keep theirs."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def shown(text: str, names=()) -> dict[str, str]:
    """Each pictured term of TEXT (lower case) -> the id of its concept."""
    return {m.term.lower(): m.concept.id for m in find_all(text, names)}


# ---- dishes and drinks


def test_bigos_goat_water_rougaille_and_adobo_are_stews():
    assert shown("On a cold day Halina brings round a pot of bigos.")["bigos"].startswith("stew")
    assert shown("A bowl of goat water after church is what I miss most.")["goat water"].startswith(
        "stew"
    )
    assert shown("My niece makes a fish rougaille on Fridays.")["rougaille"].startswith("stew")
    assert shown("Lorna cooks chicken adobo for me on a Sunday.")["chicken adobo"].startswith(
        "stew"
    )


def test_mauritian_dholl_puri_is_a_flatbread():
    assert shown("Two dholl puri with butter bean curry is my treat.")["dholl puri"].startswith(
        "flatbread"
    )


def test_filipino_garlic_rice_and_longganisa_are_rice_and_sausages():
    seen = shown("Weekends it's sinangag with longganisa and a fried egg.")
    assert seen["sinangag"].startswith("rice")
    assert seen["longganisa"].startswith("sausages")


def test_ukrainian_salo_on_bread_is_bacon_and_a_name_salo_is_not():
    assert shown("A little salo with garlic on rye bread and I'm happy.")["salo"].startswith(
        "bacon"
    )
    assert "salo" not in shown("My cousin Salo rings from Lviv on a Sunday.", ["Salo"])


def test_caribbean_sugar_cake_is_a_sweet_not_a_cake():
    assert shown("At Easter my sister sends sugar cake from Basseterre.")["sugar cake"].startswith(
        "sweets"
    )


def test_a_bit_of_pickle_and_cooking_with_mustard_oil_are_pictured():
    assert shown("Cheese on toast with a bit of pickle for supper.")["pickle"].startswith("pickle")
    assert shown("She fries the fish with mustard oil, the Bengali way.")["mustard oil"].startswith(
        "cooking-oil"
    )
