"""Causes from the eighth blind error hunt (round r364): what a "not" should leave bare, and
two senses and a shape the matcher missed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def crossed(text: str) -> dict[str, bool]:
    """Words as written -> whether their picture is crossed, for every picture TEXT gets."""
    return {m.term: m.negated for m in find_all(text)}


def concepts(text: str) -> dict[str, str]:
    """Words as written -> the concept id of the picture TEXT gets for them."""
    return {m.term: m.concept.id for m in find_all(text)}


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Keep the heating on or I won't sleep.", "sleep"),
        ("I have my tea early, otherwise I don't sleep.", "sleep"),
        ("Give me my tablets on time or I stiffen up and can't get out of bed.", "bed"),
    ],
)
def test_what_is_lost_without_a_wanted_thing_is_not_crossed(text, wanted):
    """ "... or I can't sleep": the sleep is the goal, the not only says what happens without."""
    assert crossed(text)[wanted] is False


def test_a_skill_lost_without_a_wanted_thing_keeps_its_cross():
    """ "or I stiffen and can't walk": a lost skill keeps its cross, as any lost skill does."""
    assert crossed("My pills must come on time or I stiffen and can't walk.")["walk"] is True


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("I can't get comfy in bed these nights.", "bed"),
        ("She can never get comfortable on the settee.", "settee"),
    ],
)
def test_where_a_comfort_is_lost_is_not_crossed(text, place):
    """ "can't get comfy in bed": the comfort is lost, the bed is still slept in."""
    assert crossed(text)[place] is False


def test_liquid_ones_beside_pills_are_medicine():
    """ "the chemist does me liquid ones" names the medicine as it is taken."""
    text = "I can't swallow pills so the chemist does me liquid ones."
    assert concepts(text)["liquid"] == "medicine"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("He doesn't get on with his brother, so keep them apart.", "brother"),
        ("I don't get on with my sister, but she phones on Sundays.", "sister"),
    ],
)
def test_a_person_not_got_on_with_is_not_crossed(text, person):
    """ "doesn't get on with his brother": the brother is still family, not ruled out."""
    assert crossed(text)[person] is False


@pytest.mark.parametrize(
    "text",
    [
        "Since the operation I've had a bag on my belly, the nurse shows me how to change it.",
        "He wears a bag on his tummy and does it all himself.",
    ],
)
def test_a_bag_on_the_tummy_is_a_stoma_bag(text):
    """ "a bag on my belly" after an operation is a stoma bag said plainly."""
    assert "stoma-care" in concepts(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "The hoist swings me about like a sack of spuds.",
        "They lift me like a sack of potatoes and I hate it.",
    ],
)
def test_a_sack_of_spuds_simile_names_no_food(text):
    """ "like a sack of spuds" says how the person feels handled: no potato picture."""
    assert "potatoes" not in concepts(text).values()


# code review r55a bug 1: the lost comfort needs its "not", and only the place after it is kept
@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("I get warm in the lounge so don't light the fire.", "fire"),
        ("I get comfy in my chair and don't want the hoist.", "hoist"),
        ("I can't get warm in bed so no fan please.", "fan"),
        ("I get comfy in my armchair so I don't want the commode.", "commode"),
        ("She gets settled in the lounge and doesn't want the radio on.", "radio"),
        ("He can't get warm in his room so no window open.", "window"),
    ],
)
def test_a_refusal_after_a_comfort_is_still_crossed(text, thing):
    """ "I get comfy in my chair and don't want the hoist": the hoist is refused."""
    assert crossed(text)[thing] is True


# code review r55c bug 6: "seem to", "ever really" may stand between the not and the getting
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("I can't seem to get comfy in bed at night.", "bed"),
        ("I don't seem to get comfortable in my chair.", "chair"),
        ("She never seems to get warm in her room.", "room"),
        ("He can't ever really get settled on the sofa.", "sofa"),
    ],
)
def test_where_a_comfort_is_lost_with_words_between_is_not_crossed(text, place):
    """ "I can't seem to get comfy in bed": the comfort is lost, the bed still slept in."""
    assert crossed(text)[place] is False


# code review r55a bug 2: only "or (else)/otherwise I don't <doing>" says what is lost
@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Just my daughter and nobody else I don't want strangers in the house.", "strangers"),
        ("Only my son and no one else I don't want visitors in my room.", "visitors"),
        ("Something else I don't eat is liver.", "liver"),
        ("I'm fine otherwise, I don't want the hoist.", "hoist"),
        ("I like most food, otherwise I don't eat fish.", "fish"),
        ("I eat most things or else I don't eat pork.", "pork"),
        ("Walk with the frame or I fall and I don't want the stick.", "stick"),
        ("Decaf after lunch or I don't sleep so no coffee after two.", "coffee"),
    ],
)
def test_a_refusal_after_or_else_or_otherwise_is_still_crossed(text, thing):
    """ "or else I don't eat pork", "nobody else I don't want strangers": refusals."""
    assert crossed(text)[thing] is True


@pytest.mark.parametrize(
    "text",
    [
        "I put my records on after my tablets.",
        "I love my records, the doctor says music is good for me.",
        "I play my records when the nurse has gone.",
        "Before the doctor comes I listen to my records.",
    ],
)
def test_records_played_beside_a_doctor_or_tablets_are_still_music(text):
    """Code review 55b: a doctor or tablets in the sentence do not turn the person's records,
    put on, played or listened to, into the medical records."""
    assert concepts(text).get("my records") == "music-7"


@pytest.mark.parametrize(
    "text",
    [
        "It's on my records I react to aspirin.",
        "My allergy to penicillin is on my records.",
        "The hospital has my records.",
        "The carers write in my records every visit.",
    ],
)
def test_records_beside_a_drug_the_hospital_or_the_carers_are_the_medical_records(text):
    assert "music-7" not in concepts(text).values()
    assert "records-medical" in concepts(text).values()


# code review r55c bug 4: "or I don't eat my dinner" warns of a loss, the dinner is wanted
@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Make it hot or I don't drink my tea.", "tea"),
        ("I need my glasses or I don't use the phone.", "phone"),
        ("Help me sit up or I don't eat my dinner.", "dinner"),
        ("Warm the milk or she doesn't drink her cocoa.", "cocoa"),
        ("Cut it up small or else I don't eat my lunch.", "lunch"),
        ("Sit me up, otherwise I don't take my tablets.", "tablets"),
    ],
)
def test_a_thing_not_had_without_a_wanted_thing_is_not_crossed(text, wanted):
    """ "Make it hot or I don't drink my tea": the tea is wanted, its loss is the warning;
    only a kind of thing after "or else"/"otherwise" ("or else I don't eat pork") is a habit."""
    assert crossed(text)[wanted] is False
