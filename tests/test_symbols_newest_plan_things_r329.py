"""Things the newest plans (plans29, plans30) still named with no picture after rounds 319-328:
a fisherman's punts and his gear, and a friar named by his order (round 329)."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def concept_on(text: str, word: str) -> str | None:
    """The concept WORD (as written) is pictured as in TEXT, or None where it gets no picture."""
    found = {m.term: m.concept.id for m in find_all(text, ())}
    return found.get(word)


def test_a_fishermans_punt_is_his_boat_but_a_bet_or_a_kick_is_not():
    assert concept_on("My dad went out for herring in two punts off the shingle.", "punts") == (
        "boat-punt-r329"
    )
    assert concept_on("I had my old punt winched up the beach every night.", "punt") == (
        "boat-punt-r329"
    )
    assert concept_on("I still like a punt on the horses at the weekend.", "punt") is None


def test_a_fishermans_gear_is_his_fishing_kit_but_a_cars_gear_is_not():
    assert concept_on("Keep my rods and all my gear in the shed for the grandson.", "gear") == (
        "fishing-gear-r329"
    )
    assert concept_on("The gear stick in the car sticks in reverse.", "gear") is None
    assert concept_on("Put my gear in the bag for the gym.", "gear") is None


def test_a_friar_named_by_his_order_is_the_christian_religious_picture():
    assert concept_on("A Franciscan from the friary brings me Communion.", "Franciscan") == (
        "friar-r329"
    )
    assert concept_on("The friars used to sing at our parish.", "friars") == "friar-r329"
    assert concept_on("A drop of Benedictine in my coffee at Christmas.", "Benedictine") is None


def test_the_stone_over_a_grave_is_the_gravestone_but_a_weight_in_stones_is_not():
    assert concept_on("Carve my name on the stone beside Jack's in the cemetery.", "stone") == (
        "gravestone-r329"
    )
    assert concept_on("I've lost a stone since the funeral.", "stone") != "gravestone-r329"
    assert concept_on("He passed a kidney stone before he died.", "stone") != "gravestone-r329"


def test_packets_kept_beside_the_tins_are_food_packets():
    assert concept_on("Keep the tins and packets in the low cupboard.", "packets") == (
        "packet-shelf-r329"
    )
    assert concept_on("Empty packets of cigarettes everywhere, mind.", "packets") != (
        "packet-shelf-r329"
    )
