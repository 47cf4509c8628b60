"""Causes found by blind review r7, fixed as general rules (tests on new sentences)."""

import pytest

from plugins.symbols.matcher import find_all


def pictured(text: str) -> dict[str, str]:
    """Each matched term with its concept, "not:" before a ruled-out one."""
    return {m.term: ("not:" if m.negated else "") + m.concept.id for m in find_all(text, [])}


def test_a_medicine_written_with_a_capital_is_the_tablets_not_a_name():
    """Plans write drug names with a capital ("my Metformin"): a tablet, never a person."""
    assert pictured("The carer gives me my Metformin with breakfast.").get("Metformin") == (
        "tablets-r241"
    )
    assert pictured("Please leave the Amlodipine by the kettle.").get("Amlodipine") == (
        "tablets-r241"
    )


def test_preferring_one_thing_to_another_rules_the_other_out():
    """'prefer X to Y' rules Y out as 'rather X than Y' does; 'prefer to' + a doing does not."""
    found = pictured("I'd prefer porridge to a fry-up most mornings.")
    assert found.get("porridge") == "porridge" and found.get("fry-up") == "not:fried-breakfast"
    assert found.get("mornings") == "morning-routine"
    assert pictured("Mum prefers a flannel wash to the bath.").get("bath") == "not:bath"
    assert pictured("I prefer to walk to the shop.").get("shop") == "shop"
    assert pictured("I prefer the carers to knock first.").get("knock") == "knock"


def test_a_low_feeling_when_a_thing_is_missing_wants_the_thing():
    """'lonely when there are no visitors': the absence is regretted, so the visitors are
    wanted; a thing refused outright stays ruled out."""
    assert pictured("Dad gets low when there are no visitors all week.").get("visitors") == (
        "visitor"
    )
    assert pictured("I get bored if there's no radio on.").get("radio") == "radio"
    assert pictured("No visitors after eight, please.").get("visitors") == "not:visitor"


def test_halal_is_the_kosher_or_halal_food_not_healthy_eating():
    """Halal says what the faith allows, as kosher does; it is no diet for health."""
    assert pictured("Everything Gran eats has to be halal.").get("halal") == "kosher"
    assert pictured("Is the soup halal?").get("halal") == "kosher"


def test_a_custom_of_not_cutting_ones_own_hair_keeps_the_hair():
    """'I don't cut my hair' (a custom said of oneself, as 'I never cut my hair' is) rules out
    the cutting; the hair is kept. An order to others ('Don't cut my hair') still crosses it."""
    assert pictured("Being Sikh, I don't cut my hair at all.").get("hair") == "hair"
    assert pictured("He doesn't shave his beard in Muharram.").get("beard") == "beard"
    assert pictured("Please don't cut my hair short.").get("hair") == "not:hair"


def test_a_sore_on_the_skin_is_the_skin_and_dressings_but_a_sore_knee_is_pain():
    """'a sore on my heel' is a wound (the skin and dressings picture); 'sore' said of a part
    of the body ('a sore knee', 'my feet are sore') is still pain."""
    assert pictured("There's a sore on her ankle the nurse looks at.").get("sore") == "skin"
    assert pictured("He has open sores on his shins.").get("sores") == "skin"
    assert pictured("I woke with a sore elbow.").get("sore") == "pain"
    assert pictured("My hips are sore after the bus.").get("sore") == "pain"


def test_throwing_things_away_with_the_thing_between_the_two_words_is_throwing_away():
    """'throw anything away', 'chuck things out': the phrasal verb with its object between."""
    found = pictured("Don't throw anything away from my drawers.")
    assert found.get("throw anything away") == "not:throw-away"
    assert pictured("My daughter chucks things out when I'm asleep.").get("chucks things out") == (
        "throw-away"
    )


def test_a_thing_refused_with_a_meal_leaves_the_meal_wanted():
    """'no milk with meat' (kosher): the milk is refused at a meat meal; the meat is eaten.
    A thing said after 'with' to say which one ('drinks with ice') stays refused."""
    found = pictured("We keep kosher here, so no butter with meat.")
    assert found.get("meat") == "meat"
    assert pictured("No cold drinks with ice, my teeth are sensitive.").get("ice") == (
        "not:ice-cubes"
    )


def test_a_thing_not_worn_by_custom_stays_refused_while_uncut_hair_is_kept():
    """The kept-hair custom is about grooming: 'I don't have my teeth in for tea' still
    refuses the dentures, as 'I don't cut my hair' keeps the hair."""
    assert pictured("I don't have my teeth in at night these days.").get("teeth") == (
        "not:dentures"
    )
    assert pictured("I don't shave my legs any more.").get("legs") == "legs"


def test_a_doing_after_no_longer_is_the_doing_lost():
    """'I can no longer lift the kettle': lift is a doing here, as after 'can't'; 'a longer
    walk' is still a thing."""
    assert pictured("Dad can no longer lift the washing basket.").get("lift") == "not:lift-r32"
    assert pictured("We went for a longer walk on Sunday.").get("walk") == "walk"


def test_a_meal_word_said_to_be_in_a_refused_thing_is_refused():
    """'No pies with meat in them': the meat is what is refused, not a meal it is had at."""
    assert pictured("No pies with meat in them.").get("meat") == "not:meat"
    assert pictured("No pasties with meat in them, please.").get("meat") == "not:meat"
    assert pictured("I'll have no soup with meat in it.").get("meat") == "not:meat"


@pytest.mark.parametrize(
    ("text", "word", "picture"),
    [
        ("I prefer my tea in a mug next to the bed.", "bed", "bed"),
        ("I prefer my chair close to the window.", "window", "window"),
        ("I prefer my cardigan near to the radiator.", "radiator", "heating"),
        ("I prefer it when the carers talk to my daughter.", "daughter", "daughter"),
        ("I prefer it if the nurse speaks to my son.", "son", "son"),
    ],
)
def test_a_to_that_belongs_to_another_word_after_prefer_keeps_its_thing(text, word, picture):
    """'I prefer my chair close to the window': the window is where it goes, not set against
    the chair; 'I prefer a bath to a shower' still rules out the shower."""
    assert pictured(text).get(word) == picture
    assert pictured("I prefer a bath to a shower.").get("shower") == "not:shower"


def test_a_sore_belly_tum_or_bladder_is_still_pain():
    """Code review r54 bug 18: the body-part list after 'a sore' left out the belly, tum and
    bladder, which had the pain picture before."""
    assert pictured("A sore belly keeps me awake.").get("sore") == "pain"
    assert pictured("I have a sore tum after my tea.").get("sore") == "pain"
    assert pictured("The sore bladder wakes me at night.").get("sore") == "pain"


@pytest.mark.parametrize(
    ("text", "word", "picture"),
    [
        ("I prefer soup as a starter to melon.", "melon", "not:melon"),
        ("I prefer tea as a drink to coffee.", "coffee", "not:coffee"),
        ("I prefer lamb as a roast to pork.", "pork", "not:pork"),
        ("I prefer rice as a side to chips.", "chips", "not:chips"),
    ],
)
def test_a_role_with_as_after_prefer_still_rules_out_the_thing_after_to(text, word, picture):
    """'I prefer soup as a starter to melon': "as a starter" is a role, not a clause of its
    own, so the melon is still set against the soup (code review)."""
    assert pictured(text).get(word) == picture
