"""Fixes after the code review of stop 53's merged rounds (332-342): each sentence here went
wrong on the merged change before its fix (a refused thing left bare, a wanted person crossed, a
picture on an ordinary word)."""

import pytest

from plugins.symbols.matcher import find_all


def matches(text: str) -> dict[str, tuple[str, bool]]:
    return {m.term: (m.concept.id, bool(m.negated)) for m in find_all(text, [])}


def concepts(text: str) -> set[str]:
    return {m.concept.id for m in find_all(text, [])}


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("No pork and keep the plates separate.", "pork"),
        ("I won't have beef and I keep my cutlery separate.", "beef"),
        ("No alcohol and the meat and dairy kept separate.", "alcohol"),
    ],
)
def test_a_refused_food_stays_crossed_when_other_things_are_kept_apart(text, refused):
    found = {term.lower(): neg for term, (_, neg) in matches(text).items()}
    assert found.get(refused.lower()) is True


def test_two_foods_kept_apart_are_still_had():
    found = matches("No pork, no prawns, and milk and meat kept apart.")
    assert found["milk"][1] is False and found["meat"][1] is False


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("I'd be appalled if a carer was rude to me.", "carer"),
        ("I'd be ashamed if a nurse shouted at me.", "nurse"),
    ],
)
def test_being_ashamed_if_any_person_did_a_thing_refuses_no_one(text, person):
    found = {term: neg for term, (_, neg) in matches(text).items()}
    assert found.get(person) is not True


def test_being_mortified_if_a_man_washed_me_still_refuses_the_man():
    assert matches("I'd be mortified if a man washed me.")["man"][1] is True


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("I hate rice pudding, I can't get through it.", "rice pudding"),
        ("I don't like porridge, I never get through it.", "porridge"),
    ],
)
def test_getting_through_a_disliked_food_does_not_make_it_wanted(text, refused):
    found = {term: neg for term, (_, neg) in matches(text).items()}
    assert found.get(refused) is True


def test_talk_me_through_it_still_eases_a_disliked_hoist():
    found = matches("I don't like being hoisted, so talk me through it slowly.")
    assert all(not neg for _, neg in found.values())


@pytest.mark.parametrize(
    "text",
    ["The tomatoes will die if you don't water them.", "My phone will die before lunch."],
)
def test_a_thing_that_dies_is_no_death(text):
    assert "died" not in concepts(text)


def test_a_person_who_wants_to_die_at_home_is_still_a_death():
    assert "died" in concepts("I want to die at home with my family round me.")


@pytest.mark.parametrize(
    "text",
    [
        "The bread was hard so it went in the bin.",
        "My stools are hard since the iron tablets went up.",
    ],
)
def test_a_hard_thing_beside_went_is_no_sadness(text):
    assert "sad-hard-r337" not in concepts(text)


def test_i_am_knackered_with_a_bad_chest_is_still_tired():
    assert "tired-dialect" in concepts("I'm knackered, my chest is bad today.")


@pytest.mark.parametrize(
    "text", ["It has been a mare of a day.", "I had a mare at the dentist this morning."]
)
def test_a_mare_of_a_day_is_no_horse(text):
    assert "horse" not in concepts(text)


def test_a_mare_in_the_field_is_a_horse():
    assert "horse" in concepts("My old mare is in the field with her foal.")


def test_pinto_beans_are_no_horse():
    assert "horse" not in concepts("Mum makes a pinto beans stew on Fridays.")


@pytest.mark.parametrize(
    "text", ["I sit down the front at church.", "I like to sit down the front at bingo."]
)
def test_the_front_of_a_hall_is_no_seaside(text):
    assert "beach-r51" not in concepts(text)


def test_building_my_strength_back_up_is_no_building():
    assert "build-r336" not in concepts("I want to build my strength back up after the fall.")


def test_working_on_my_walking_with_the_physio_is_no_job():
    assert "work-on-r336" not in concepts(
        "I worked on my walking with the physio till I could get to the shop."
    )


def test_mustard_oil_rubbed_into_the_hair_is_no_cooking_oil():
    assert "cooking-oil-r264" not in concepts("My daughter rubs my hair with mustard oil.")
    assert "cooking-oil-r264" in concepts("Mum cooks the fish in mustard oil.")


# ---- a second, quick review of the fixes and of rounds 343-345 ----------------------------------


def test_the_phone_not_answered_to_anyone_is_refused():
    assert matches("I don't answer the phone to anyone after six.")["phone"][1] is True


def test_the_phone_not_answered_to_strangers_is_still_used():
    assert matches("I don't answer the phone to strangers.")["phone"][1] is False


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Please check that the salt doesn't go in my food.", "salt"),
        ("Make sure that my pills don't go in my yoghurt.", "yoghurt"),
    ],
)
def test_check_that_a_thing_does_not_go_in_keeps_a_cross(text, refused):
    assert any(neg for _, neg in matches(text).values())


@pytest.mark.parametrize(
    "text", ["My hip is totally knackered.", "The boiler's proper knackered again."]
)
def test_a_knackered_hip_or_boiler_is_no_tiredness(text):
    assert "tired-dialect" not in concepts(text)


@pytest.mark.parametrize(
    "text",
    ["I like going out in my wheelchair on a sunny day.", "I love going out in the car."],
)
def test_going_out_in_a_wheelchair_or_car_shows_no_person_walking(text):
    assert "walk" not in concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The health officer comes at quarter past ten.",
        "The social services officer visits; my husband served in the war.",
    ],
)
def test_a_civilian_officer_is_no_soldier(text):
    assert "army-officer-r344" not in concepts(text)


def test_a_daughters_mare_called_bess_is_a_horse_but_a_mare_of_a_day_is_not():
    assert "horse" in concepts("My daughter has a mare called Bess.")
    assert "horse" not in concepts("It has been a mare of a day.")


def test_my_head_spins_is_dizziness():
    assert "dizzy-swimmy-r337" in concepts("When I stand up too fast my head spins.")
