"""Round 411: things that got no picture on plans46 (Fife, the Lothians and Central Scotland)."""

from helpers import concepts


def test_a_park_written_small_after_its_name_is_the_park():
    assert concepts("On a good day I like a walk in Almondell park.").get("park") == "park"
    assert concepts("Take me round Pittencrieff park in my chair.").get("park") == "park"


def test_cricket_in_a_named_park_is_the_park_but_football_keeps_the_ground():
    assert concepts("I played cricket in Moor Park every Saturday.").get("park") == "park"
    assert "park" not in concepts("I watched the football at Windsor Park for years.")


def test_parking_and_the_car_park_are_no_park():
    assert concepts("Gary can park the car outside.").get("park") == "parking"
    assert "park" not in concepts("My son waits in the Tesco car park.")


def test_everybody_in_white_at_a_funeral_is_the_clothes():
    said = concepts("At my funeral I want everybody in white and dancing.")
    assert said.get("white") == "clothes-r304"


def test_white_is_no_clothes_for_a_sauce_a_shroud_or_a_kitchen():
    assert "white" not in concepts("I like my fish done in white wine at the wake.")
    assert "white" not in concepts("Wrap me in white and bury me before sunset.")
    assert "white" not in concepts("I like the kitchen painted in white.")


def test_a_doorbell_that_flashes_shows_the_flashing_light():
    assert concepts("I'm deaf, so my doorbell flashes when a visitor comes.").get("flashes") == (
        "light-2"
    )
    assert concepts("The phone flashes when it's ringing.").get("flashes") == "light-2"


def test_hot_flashes_and_a_light_that_flashes_get_no_second_light():
    assert "flashes" not in concepts("I get hot flashes at night, so keep the fan on.")
    assert "flashes" not in concepts("My son fitted a lamp that flashes when the doorbell goes.")
    assert "flashes" not in concepts("I see flashes in my eye, so the optician checks it.")


def test_the_site_a_travellers_trailer_stands_on_is_the_caravan_site():
    said = concepts("We're Travellers, and our trailer has been on the site since 1990.")
    assert said.get("site") == "caravan"


def test_a_building_site_or_a_syringe_drivers_site_is_no_caravan():
    assert "site" not in concepts("I worked on a building site and lived in a caravan.")
    assert "site" not in concepts("Check the site of the syringe driver in the chalet.")


def test_a_teams_score_after_its_name_is_the_score():
    said = concepts("My nephew rings with the Raith score every Saturday after the match.")
    assert said.get("score") == "score-r319"
    assert concepts("I like to hear the Rovers results on the radio.").get("results") == (
        "score-r319"
    )


def test_a_score_after_a_title_or_a_test_is_no_football_score():
    assert "results" not in concepts("Ask Dr Ahmed for the blood test results.")
    assert "score" not in concepts("The Mini Mental score went down at the memory clinic.")


def test_a_caddie_on_the_links_is_golf():
    said = concepts("Dad was a caddie on the links at Elie and hated a bunker.")
    assert said.get("caddie") == "golf"
    assert said.get("links") == "golf"
    assert said.get("bunker") == "golf"


def test_cuff_links_and_the_coal_bunker_are_no_golf():
    assert "links" not in concepts("The links of my watch strap pinch my wrist.")
    assert concepts("Keep the coal bunker full in winter.").get("coal bunker") != "golf"
