"""What a code review of stop 52's merged rounds found: rules that took a cross off a thing the
sentence refuses, put one on a wanted thing, or gave a picture where none was meant. Each test
failed on the merged change before its fix."""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def crossed(text: str) -> dict[str, bool]:
    """Each pictured word or phrase -> whether it is shown crossed."""
    return {m.term: m.negated for m in find_all(text, ())}


def concepts(text: str) -> dict[str, str]:
    """Each pictured word or phrase -> the concept it is shown as."""
    return {m.term: m.concept.id for m in find_all(text, ())}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Please never put me in a home with strangers.", "home"),
        ("Don't put me in the hospice with all those machines.", "hospice"),
        ("Don't put me in a wheelchair with the straps done up.", "wheelchair"),
    ],
)
def test_a_place_refused_with_what_is_in_it_is_still_refused(text, word):
    """Only a cup, a dryer or a bed keeps its cross off when what it would hold is refused."""
    assert crossed(text)[word] is True


def test_the_cup_the_teeth_go_in_is_still_wanted():
    found = crossed("Don't put my teeth in the glass with the bleach.")
    assert found["glass"] is False


def test_a_light_kept_on_until_sleep_is_wanted():
    found = crossed("Please don't turn the light off until I'm asleep.")
    assert not any(v for k, v in found.items() if "light" in k)


def test_a_food_refused_with_anything_is_refused():
    assert crossed("I won't eat beef with anything, it's against my faith.")["beef"] is True


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Keep the rugs off the floor, I trip on them.", "rugs"),
        ("Keep my cigarettes off the landing.", "cigarettes"),
    ],
)
def test_a_danger_kept_off_the_floor_is_refused(text, word):
    assert crossed(text)[word] is True


def test_a_thing_in_use_kept_off_the_floor_is_still_wanted():
    assert crossed("Keep the oxygen tube off the floor so I don't trip.")["oxygen tube"] is False


def test_a_room_kept_without_a_going_out_keeps_its_cross():
    assert crossed("I don't want the cat out of the bedroom at night.")["bedroom"] is True


def test_a_flat_down_below_is_no_private_parts():
    found = concepts("My son lives in the flat down below and comes up to help me wash.")
    assert "private-parts-r328" not in found.values()


def test_sore_down_below_is_still_the_private_parts():
    found = concepts("I get sore down below, so use the cream when you wash me.")
    assert found["down below"] == "private-parts-r328"


def test_disliking_the_taste_of_tablets_is_no_tasting():
    found = concepts("I don't like the taste of the tablets, they're not nice.")
    assert "tasting-r323" not in found.values()


def test_a_good_hand_at_cards_is_no_hand():
    assert "hands" not in concepts("I always had a good hand at rummy.").values()
    assert concepts("Put the beaker in my good hand.")["hand"] == "hands"


def test_the_fridge_a_thing_is_kept_in_is_still_wanted():
    assert crossed("Don't put the butter in the fridge with the onions.")["fridge"] is False


@pytest.mark.parametrize(
    "text",
    ["I can't walk out of the flat without my stick.", "I'm not allowed out of the house alone."],
)
def test_the_home_one_cannot_walk_or_go_out_of_is_not_crossed(text):
    found = crossed(text)
    assert not any(found.get(w) for w in ("flat", "house"))


def test_ones_own_bag_kept_off_the_floor_is_still_wanted():
    assert crossed("Keep my handbag off the floor, the dog chews it.")["handbag"] is False


@pytest.mark.parametrize(
    "text",
    [
        "I miss my footing on the kerb now.",
        "I miss the doorbell when the telly is on.",
        "I miss my turn at the whist drive.",
    ],
)
def test_missing_a_step_a_sound_or_a_turn_is_no_sadness(text):
    assert "sad-miss-r327" not in concepts(text).values()


def test_feet_done_in_clinic_are_no_pain():
    found = concepts("His feet are done in clinic by the podiatrist every month.")
    assert "pain-done-in-r327" not in found.values()


def test_getting_about_on_her_own_is_no_loneliness():
    assert "alone-r327" not in concepts("She gets about on her own with the frame.").values()


def test_food_that_upsets_someone_is_no_crying_face():
    assert "upset-upsets-r327" not in concepts("Spicy food upsets her.").values()
    assert concepts("Loud voices at night, that upsets me.")["upsets me"] == "upset-upsets-r327"


def test_a_dog_never_to_be_left_on_her_own_shows_no_bare_loneliness():
    found = crossed("My spaniel Bess must never be left on her own all day.")
    assert found.get("on her own") in (None, True)
