"""Plain things the newest plans still named with no picture after round 380: each pictured
only where the sentence says which thing it is (round 381)."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def concept_on(text: str, word: str) -> str | None:
    """The concept WORD (as written) is pictured as in TEXT, or None where it gets no picture."""
    found = {m.term: m.concept.id for m in find_all(text, ())}
    return found.get(word)


def test_a_cancer_spread_to_the_bones_names_the_bones_but_a_nurse_to_her_bones_does_not():
    assert concept_on("The doctor says the cancer has spread to her bones.", "bones") == "bones"
    assert concept_on("It's gone to my bones, so I need the morphine.", "bones") == "bones"
    assert concept_on("She was a Methodist to her bones.", "bones") is None
    assert concept_on("I'm a Lancashire lass to my bones.", "bones") is None


def test_a_frame_beside_falls_or_the_pendant_is_the_walking_frame():
    assert concept_on("I've gone over three times, so the frame stays by my chair.", "frame") == (
        "frame-2"
    )
    assert concept_on("I wear my pendant and keep the frame near me.", "frame") == "frame-2"
    assert concept_on("The frame by my chair has our wedding photo in it.", "frame") != "frame-2"


def test_pants_named_in_the_order_of_dressing_are_underwear():
    assert concept_on("Hand me my clothes one by one, pants first, then the vest.", "pants") == (
        "underwear"
    )
    assert concept_on("When you dress me it's socks first, then pants next.", "pants") == (
        "underwear"
    )
    assert concept_on("I like my trousers ironed, pants first then jeans.", "pants") is None


def test_a_bit_of_racing_on_the_telly_is_horse_racing_but_pigeon_or_car_racing_is_not():
    assert concept_on("I like a bit of racing on the telly of an afternoon.", "racing") == "racing"
    assert concept_on("He enjoys watching racing on a Saturday with a flutter.", "racing") == (
        "racing"
    )
    assert concept_on("A bit of racing with the pigeons on a Saturday.", "racing") != "racing"
    assert concept_on("He loves watching racing cars on the telly.", "racing") != "racing"


def test_a_bonnet_worn_or_in_costume_is_a_hat_but_a_car_bonnet_is_not():
    assert concept_on("For the carnival I dressed up, bonnet and shawl and all.", "bonnet") == "hat"
    assert concept_on("She knitted my grandson a christening bonnet.", "bonnet") == "hat"
    assert concept_on("He opened up the bonnet to check the engine.", "bonnet") != "hat"


def test_racing_a_person_is_no_horse_racing():
    """'racing my grandson on the Wii' is a race with a person (second code review)."""
    assert concept_on("I like racing my grandson on the Wii, not on the telly.", "racing") is None


def test_pants_before_trousers_are_the_underwear():
    """'Pants first, then trousers': the trousers named after them say the pants are underwear."""
    assert concept_on("Pants first, then trousers, when the carers help me dress.", "Pants") == (
        "underwear"
    )
