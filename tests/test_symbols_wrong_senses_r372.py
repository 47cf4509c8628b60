"""Wrong senses round 372: a word pictured as another thing than the one its neighbours name."""

from __future__ import annotations

from helpers import concepts

# -- work and the waterside: the trade's own words, not a train, a sledge ride or a wound --


def test_going_underground_is_the_pit_not_the_tube():
    """ "I went underground at fourteen": a miner's first shift, not a ride on the Tube."""
    assert (
        concepts("He went underground at fourteen and never left the pit.")["underground"] == "mine"
    )
    assert concepts("Dad went underground when he left school.").get("underground") == "mine"
    assert concepts("We went on the underground to see the sights.")["underground"] == "train"


def test_working_underground_is_the_pit():
    """ "I worked underground for forty years": round 372 took the tube off it, the pit stays
    (code review)."""
    assert concepts("I worked underground for forty years.").get("underground") == "mine"
    assert concepts("My father worked underground all his life.").get("underground") == "mine"
    assert concepts("I worked on the underground as a guard.").get("underground") != "mine"


def test_a_smiths_sledge_is_no_sledge_ride():
    """A striker swings the sledge (the big hammer) at the anvil; sledging is in the snow."""
    assert concepts("I swung the sledge at the forge for the smith.").get("sledge") != "skiing"
    assert concepts("We pulled the sledge up the hill in the snow.")["sledge"] == "skiing"


def test_the_cut_by_the_towpath_is_the_canal_not_a_wound():
    """ "fishing on the cut": in the Black Country the cut is the canal (one canal 'cut' since
    code review 56b: round 371's)."""
    assert concepts("I walk the dog along the cut by the locks.")["cut"] == "canal-cut-r371"
    assert concepts("Grandad fished the cut for roach.")["cut"] == "canal-cut-r371"
    assert concepts("The nurse dresses the cut on my shin.")["cut"] == "skin"


def test_to_fish_a_water_is_fishing_and_to_fish_someone_out_is_no_fishing():
    """ "I used to fish the canal" is the pastime; "he fished me out of the river" a rescue."""
    assert concepts("I used to fish the canal with my brother.")["fish"].startswith("fishing")
    assert "fished" not in concepts("My uncle fished me out of the pond when I fell in.")
    assert concepts("We fished all day and caught nothing.")["fished"] == "fishing"


def test_a_racing_pigeons_hen_is_no_farmyard_chicken():
    """Pigeon fanciers race cocks and hens: the hen is a pigeon, not a chicken."""
    assert concepts("My best hen came home first to the loft in the pigeon race.").get("hen") != (
        "chicken-animal"
    )
    assert concepts("We kept a hen in the back yard for eggs.")["hen"] == "chicken-animal"


# -- drinks, games and pastimes: the sense the words around it give --


def test_a_lime_and_soda_is_a_drink_not_going_out_with_friends():
    """To "go for a lime" is to go out with friends (Caribbean); "a lime and soda" is a drink."""
    assert concepts("At the club I'll have a lime and soda.").get("a lime") != "friends-r247"
    assert concepts("On a Friday we go for a lime down by the beach.")["a lime"] == "friends-r247"


def test_a_measure_and_a_half_is_no_half_pint():
    """ "a jug and a half to drink" measures; "I'll have a half" alone is the beer."""
    assert "half" not in concepts("I'm allowed a jug and a half to drink a day.")
    assert concepts("On a Saturday I'll have a half at the club.")["half"] == "pub"


def test_off_for_bowls_is_the_game_not_a_dish():
    """ "her afternoon off for bowls": the game on the green, not bowls to eat from."""
    assert concepts("She has Thursday off for bowls with her friends.")["bowls"] == "bowls"
    assert concepts("Put the soup in the blue bowls.")["bowls"] == "bowl"


def test_a_yarn_with_the_vicar_is_a_chat_and_knitting_yarn_is_wool():
    """ "come round for a yarn" is a chat; yarn for a cardigan is knitting."""
    assert concepts("The vicar can come for a yarn whenever he likes.")["yarn"] == "talk"
    assert concepts("I knit with a soft yarn for the baby's cardigan.")["yarn"] == "knitting-2"


def test_yarn_for_a_blanket_or_a_shawl_is_wool_not_a_chat():
    """A long yarn for a blanket is wool to knit with (code review)."""
    for text in (
        "I'd like a long yarn for my blanket.",
        "Bring me a good yarn for the baby's shawl and my pattern.",
    ):
        assert concepts(text).get("yarn") != "talk", text
    assert concepts("We have a long yarn about the old days on a Sunday.")["yarn"] == "talk"


def test_a_stool_at_the_sink_is_a_stool_not_a_shower_seat():
    """Sitting on a stool to wash at the sink is a perching stool; one in the shower a seat."""
    assert concepts("I wash at the sink sitting on a stool.")["stool"] == "stool"
    assert concepts("I sit on a stool to wash in the shower.")["stool"] == "shower-chair"


# -- the body and the clock: the illness named, the small hours, a figure of speech --


def test_mesothelioma_is_a_cancer():
    """Mesothelioma is a cancer of the lining round the lungs: the cancer ribbon, as for
    other cancers, not the plain lungs."""
    assert concepts("The asbestos gave him mesothelioma.")["mesothelioma"] == "cancer"


def test_funny_dreams_are_strange_not_laughing():
    """ "the tablets give me funny dreams": odd dreams, no laughing face."""
    assert "funny" not in concepts("The new tablets give me funny dreams.")
    assert concepts("My grandson is very funny.")["funny"] == "laugh"


def test_a_person_who_is_my_strength_is_no_strong_arm():
    """ "she is my strength" speaks of a person, not of muscles."""
    assert "strength" not in concepts("Forty years wed, and she is my strength.")
    assert concepts("I'm building up my strength after the operation.")["strength"] == "arms"


def test_three_in_the_morning_is_the_night():
    """ "awake at three in the morning": the small hours, pictured as the night."""
    assert concepts("I'm often awake at three in the morning.")["in the morning"] == "night"
    assert concepts("I get up at seven in the morning.").get("morning") == "morning-routine"


# -- a "!>" guard keeps a phrase that goes on, so it does not reach past a comma --


def test_breakfast_and_tea_then_a_comma_is_still_the_meal():
    """ "!>and" keeps "tea and biscuits" a drink; in "with breakfast and tea, and a biscuit
    at bedtime" the comma ends the phrase, so the tea is the evening meal."""
    said = "My insulin goes in with breakfast and tea, and a biscuit at bedtime."
    assert concepts(said)["tea"] == "meal-tea"
    assert concepts("After breakfast and tea and biscuits we go out.")["tea"] == "tea"


# -- more pastimes, kit and sayings read by their neighbours --


def test_where_i_used_to_fish_is_fishing_not_a_fish_supper():
    """ "the harbour wall where I used to fish": to fish is the pastime."""
    assert concepts("Take me to the harbour wall where I used to fish.")["fish"].startswith(
        "fishing"
    )
    assert concepts("I used to have fish on a Friday.")["fish"] == "fish"


def test_a_strip_wash_on_a_stool_is_a_stool():
    """A strip wash is taken at the basin: the stool is a stool, not a shower seat."""
    assert concepts("I have a strip wash sitting on a stool in the bathroom.")["stool"] == "stool"


def test_a_tablet_i_type_on_is_a_tablet_computer():
    """ "the tablet on my chair, wait while I type": the talking tablet, no pills."""
    said = "My words come from the tablet on my chair, so wait while I type."
    assert concepts(said)["tablet"] == "tablet-device"
    assert concepts("I take one tablet at breakfast.")["tablet"] == "tablets"


def test_more_at_home_with_is_a_saying_not_the_house():
    """ "I'm more at home with the chapel folk": at ease, no picture of a house."""
    assert "home" not in concepts("I'm more at home with the chapel folk than at church.")
