"""Words read for what the person means, not their first dictionary sense (round r298, from a
blind reviewer's error list): each test uses sentences written for it, not taken from a set."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def shown(text: str, names=()) -> dict[str, str]:
    """Each pictured term of TEXT (lower case) -> the id of its concept, 'not:' before a cross."""
    return {
        m.term.lower(): ("not:" if m.negated else "") + m.concept.id for m in find_all(text, names)
    }


def test_yoghurt_with_a_savoury_meal_is_yoghurt_not_a_pudding():
    assert shown("My lunch is chapatti, a bowl of daal and some yoghurt.")["yoghurt"] == "yogurt"
    assert shown("Please stir my tablets into a spoonful of yoghurt.")["yoghurt"] == "yogurt"


def test_needing_a_hand_is_pictured_as_help_beside_what_it_is_with():
    pictures = shown("Since the operation I need a hand with my tights.")
    assert pictures["a hand"].startswith("help")
    assert "tights" in pictures


def test_not_drinking_with_nothing_drunk_named_is_no_alcohol_not_no_fluids():
    assert shown("He doesn't drink, he signed the pledge as a boy.")["drink"] == "not:alcohol-idiom"
    assert shown("I never drink or gamble these days.")["drink"] == "not:alcohol-idiom"


def test_not_drinking_a_named_drink_or_at_a_time_stays_a_drink():
    assert shown("I don't drink much after teatime.")["drink"] == "not:drink"
    assert "alcohol-idiom" not in str(shown("I can't drink hot tea any more."))
    assert "alcohol-idiom" not in str(shown("I don't drink enough, so remind me."))


def test_my_named_one_passing_or_losing_my_husband_is_a_death():
    assert (
        shown("I've not been myself since my Gordon passed.", ["Gordon"])["passed"] == "died-r298"
    )
    assert shown("I can't get off to sleep since I lost my wife.")["lost"].startswith("died")


def test_a_cold_passing_or_a_lost_purse_is_no_death():
    for text in (
        "My cough passed after a week of honey.",
        "I lost my purse on the bus.",
        "I lost my wife's ring down the sink.",
    ):
        assert not any(concept.startswith("died") for concept in shown(text).values())


def test_drying_a_person_is_the_towel_not_the_soap():
    assert shown("I get into the shower alone and then you dry my legs.")["dry"] == "drying"
    assert shown("Please pat my skin dry, it tears if you rub.")["pat my skin dry"] == "drying"
    assert shown("Wash my feet on a Sunday night.")["wash"] == "wash"


def test_going_up_at_an_hour_is_going_to_bed_not_getting_up():
    pictures = shown("I watch the news, then I go up at half ten with my hot water bottle.")
    assert pictures["go up"] == "bedtime-idiom"
    assert "get-up-r38" not in pictures.values()
    assert "bedtime-idiom" not in shown("The bus fares went up in April.").values()


def test_shellfish_is_its_own_picture_not_the_fish_a_diet_may_keep():
    pictures = shown("No prawns or mussels for me, they bring on my gout, but cod is fine.")
    assert pictures["prawns"] == "not:shellfish"
    assert pictures["cod"] == "fish"


def test_bait_beside_food_or_a_dinner_hour_is_a_packed_lunch_not_fishing():
    pictures = shown("Me bait's a corned beef stottie and a bit of cake at twelve.")
    assert pictures["bait's"] == "packed-lunch-dialect"
    assert shown("He digs worms for bait before he goes to the river.")["bait"] == "fishing"


def test_a_lass_or_a_lad_to_help_is_a_woman_or_a_man():
    pictures = shown("A lass or a lad can help me dress, either is fine.")
    assert pictures["lass"] == "woman-r278"
    assert pictures["lad"] == "man"
    assert "man" not in shown("I went down the pit as a lad.").values()
    assert "woman-r278" not in shown("Our lass does my tablets.").values()
