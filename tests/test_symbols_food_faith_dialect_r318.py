"""Food, drink, faith and dialect words the newest plans still missed (round 318): each gets
the picture of what it means, and its other senses keep theirs."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def shown(text: str, names=()) -> dict[str, str]:
    """Each pictured term of TEXT (lower case) -> the id of its concept."""
    return {m.term.lower(): m.concept.id for m in find_all(text, names)}


def test_a_dean_or_valleys_butty_is_a_mate_but_a_chip_butty_is_still_food():
    assert shown("Ow bist, butty? Come and sit by me.")["butty"].startswith("friends")
    assert shown("Fridays I play crib with the old butties down the club.")["butties"].startswith(
        "friends"
    )
    assert not any(
        v.startswith("friends") for v in shown("A jam butty with my tea, please.").values()
    )


def test_jamaican_pickney_are_children():
    assert shown("My great-grandpickney visit me every other Sunday.")[
        "great-grandpickney"
    ].startswith("children")


def test_a_tin_named_by_its_old_brand_is_the_tin():
    assert shown("Granny kept her rent money in a Roses tin under the bed.")[
        "roses tin"
    ].startswith("tin")


def test_mustard_oil_in_a_dish_is_cooking_oil_but_not_rubbed_in_the_hair():
    assert shown("I like my fish the Bengali way, with mustard oil.")["mustard oil"].startswith(
        "cooking-oil"
    )
    assert not any(
        v.startswith("cooking-oil")
        for v in shown("My wife rubbed mustard oil in my hair every week.").values()
    )


def test_the_wee_or_auld_kirk_is_the_church_without_other_church_words():
    assert shown("Lay me beside my mother at the wee kirk by the shore.")["kirk"].startswith(
        "church"
    )
    assert "kirk" not in shown("Kirk Douglas films cheer me up.")


def test_fags_sold_at_a_newsagents_counter_are_cigarettes():
    assert shown("I sold papers and fags at the corner shop for years.")["fags"].startswith(
        "smoking"
    )


def test_a_cheese_by_its_kind_with_a_capital_is_cheese_but_cheddar_gorge_is_not():
    assert shown("A slice of Cheddar with my apple, please.")["cheddar"].startswith("cheese")
    assert shown("Stilton and a glass of port at Christmas.")["stilton"].startswith("cheese")
    assert "cheddar" not in shown("We went to Cheddar Gorge on our honeymoon.")


def test_a_mother_called_ma_is_the_mother_but_scots_ma_for_my_is_not():
    assert shown("When I am muddled I call for Ma and my brothers.")["ma"].startswith("mother")
    assert "ma" not in shown("I want ma wee dug with me.")


def test_lavender_on_a_pillow_is_the_flower_but_a_lavender_cardigan_is_a_colour():
    assert shown("A drop of lavender on my pillow helps me drop off.")["lavender"].startswith(
        "flowers"
    )
    assert "lavender" not in shown("She always wore a lavender cardigan to chapel.")


def test_preaching_is_the_preachers_doing_but_dont_preach_at_me_is_not():
    assert shown("Our minister preached every Sunday at Ebenezer.")["preached"].startswith("vicar")
    assert "preach" not in shown("Don't preach at me about my drinking.")
