"""Welsh, Marches and Border Scots words, dishes and faith words the newest plans (plans35 and
plans36) still missed (round 359): each gets the picture of what it means, and the word's other
senses keep theirs or none."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def shown(text: str, names=()) -> dict[str, str]:
    """Each pictured term of TEXT (lower case) -> the id of its concept."""
    return {m.term.lower(): m.concept.id for m in find_all(text, names)}


def ruled_out(text: str) -> dict[str, bool]:
    """Each pictured term of TEXT (lower case) -> whether the text rules it out."""
    return {m.term.lower(): m.negated for m in find_all(text)}


# ---- Welsh and Marches words


def test_the_set_fawr_of_a_welsh_chapel_is_the_chapel_pew():
    assert shown("Keep me a seat near the sêt fawr at Salem.")["sêt fawr"].startswith("church")


def test_an_englyn_is_a_poem():
    assert shown("My brother wrote me an englyn when I turned eighty.")["englyn"].startswith(
        "poetry"
    )


def test_hiraeth_is_the_longing_of_homesickness():
    assert shown("On Sunday nights the hiraeth gets hold of me.")["hiraeth"].startswith("homesick")


def test_nos_da_is_good_night():
    assert shown("Please say 'Nos da' to me as you go.")["nos da"].startswith("night")


def test_the_ffridd_is_the_hill_above_the_farm():
    assert shown("The ponies were kept up on the ffridd.")["ffridd"].startswith("mountains")


def test_the_parlour_is_the_front_room_but_not_an_ice_cream_or_milking_parlour():
    assert shown("We only used the parlour for the minister.")["parlour"].startswith("sofa")
    assert "parlour" not in shown("I washed the cows' udders in the parlour at five.")
    assert shown("Dad ran the ice cream parlour by the pier.").get("ice cream parlour") == (
        "ice-cream"
    )


def test_a_cathedral_canon_is_a_priest_but_canon_law_is_not():
    assert shown("The canon brings me communion on a Friday.")["canon"].startswith("vicar")
    assert "canon" not in shown("He studied canon law at college.")


def test_a_spiritualist_minister_is_the_minister():
    assert shown("The Spiritualist minister will lead the service.")[
        "spiritualist minister"
    ].startswith("vicar")


def test_a_bun_fight_is_a_tea_party():
    assert shown("After the funeral have a bun fight in the vestry.")["bun fight"].startswith(
        "party"
    )


def test_the_quakers_meeting_written_with_a_capital_is_the_meeting():
    seen = shown("As a Quaker I go to Meeting each First Day.")
    assert seen["meeting"].startswith("meeting")


def test_radox_is_the_bubble_bath():
    assert shown("Pour some Radox in the water for me.")["radox"].startswith("bubble-bath")
