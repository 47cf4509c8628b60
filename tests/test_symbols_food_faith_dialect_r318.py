"""Food, drink, faith and dialect words the newest plans still missed (round 318): each gets
the picture of what it means, and its other senses keep theirs."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def shown(text: str, names=()) -> dict[str, str]:
    """Each pictured term of TEXT (lower case) -> the id of its concept."""
    return {m.term.lower(): m.concept.id for m in find_all(text, names)}


def test_jamaican_pickney_are_children():
    assert shown("My great-grandpickney visit me every other Sunday.")[
        "great-grandpickney"
    ].startswith("children")


def test_a_tin_named_by_its_old_brand_is_the_tin():
    assert shown("Granny kept her rent money in a Roses tin under the bed.")[
        "roses tin"
    ].startswith("tin")


def test_the_wee_or_auld_kirk_is_the_church_without_other_church_words():
    assert shown("Lay me beside my mother at the wee kirk by the shore.")["kirk"].startswith(
        "church"
    )
    assert "kirk" not in shown("Kirk Douglas films cheer me up.")


def test_fags_sold_at_a_newsagents_counter_are_cigarettes():
    assert shown("I sold papers and fags at the corner shop for years.")["fags"].startswith(
        "smoking"
    )


def test_lavender_on_a_pillow_is_the_flower_but_a_lavender_cardigan_is_a_colour():
    assert shown("A drop of lavender on my pillow helps me drop off.")["lavender"].startswith(
        "flowers"
    )
    assert "lavender" not in shown("She always wore a lavender cardigan to chapel.")
