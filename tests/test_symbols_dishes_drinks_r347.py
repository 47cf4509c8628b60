"""Dishes and drinks the newest plans name (round 347): each is pictured as the dish or a
fitting food picture, and a name or another sense of the word keeps none."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def shown(text: str, names=()) -> dict[str, str]:
    """Each pictured term of TEXT (lower case) -> the id of its concept."""
    return {m.term.lower(): m.concept.id for m in find_all(text, names)}


def test_a_clootie_dumpling_is_a_pudding():
    assert shown("Mum boiled a clootie dumpling every New Year.")["clootie dumpling"].startswith(
        "pudding"
    )


def test_cullen_skink_and_ciorba_are_soup():
    assert shown("On Fridays I have Cullen skink.")["cullen skink"].startswith("soup")
    assert shown("A little ciorbă for my lunch, please.")["ciorbă"].startswith("soup")


def test_a_pokey_hat_is_an_ice_cream():
    assert shown("A pokey hat at the shows is my treat.")["pokey hat"].startswith("ice-cream")


def test_brand_dog_and_cat_food():
    assert shown("Bruno gets a Bonio after his walk.")["bonio"] == "pet-food-r347"
    assert shown("Smudge only eats the Felix pouches.")["felix pouches"] == "cat-food-r347"


def test_a_can_of_tango_is_a_fizzy_drink_and_the_dance_is_not():
    assert shown("A can of Tango with my chips, please.")["can of tango"] == "squash-r347"
    assert shown("We danced the tango at the Palais.").get("tango") != "squash-r347"


def test_ouzo_and_raki_are_alcohol():
    assert shown("Only a drop of ouzo at a name day.")["ouzo"] == "alcohol-r347"
    assert shown("My brother brings raki from the village.")["raki"] == "alcohol-r347"


def test_scots_potato_dishes_and_seaside_rock():
    assert shown("Rumbledethumps with a bit of cheese.")["rumbledethumps"].startswith("potatoes")
    assert shown("Bring me some Blackpool rock for the bairns.")["blackpool rock"] == (
        "sweets-r347"
    )


def test_the_film_brighton_rock_is_no_sweets():
    # code review r54 bug 18: the film or novel is a name, not a stick of rock
    assert "brighton rock" not in shown("I love the film Brighton Rock.")
    assert "brighton rock" not in shown("We watched Brighton Rock on the telly last night.")
