"""Round 401: things the newest plans name that got no picture at all.

Places named with a capital, brands, waterside words, kit and seasons the plans key as things.
"""

from tests.helpers import concepts, crossed


def test_a_quay_or_bridge_named_with_a_capital_is_the_place():
    assert concepts("I gutted herring on the Fish Quay for forty years.").get("quay") == "boat"
    assert concepts("Wheel me down the Quay when the sun is out.").get("quay") == "boat"
    assert concepts("We took the ferry from Harwich Quay to Holland.").get("quay") == "boat"
    assert (
        concepts("Every Friday I walked over Lambeth Bridge to the market.").get("bridge")
        == "bridge-river"
    )


def test_a_quay_or_bridge_inside_a_longer_name_or_a_surname_stays_a_name():
    assert "quay" not in concepts("My flat is on Quay Street by the river.")
    # an address ending in "Quay" is a flat or a street, no quay (code review 59a items 4, 13)
    for text in [
        "I live at 4 Riverside Quay.",
        "My flat is in Victoria Quay.",
        "I moved into Mariners Quay sheltered housing last year.",
        "My daughter's flat is at Royal Quay, North Shields.",
        "Send letters to 12 Harbour Quay, Plymouth.",
    ]:
        assert "quay" not in concepts(text), text
    assert concepts("I walked along Albert Quay to see the boats.").get("quay") == "boat"
    assert "bridge" not in concepts("Mr Bridge from next door brings my paper.")
    assert "bridge" not in concepts("I walked over Bridge Street to the market.")


def test_the_metro_is_a_train_but_not_the_paper_or_the_car():
    assert concepts("I go to the coast on the Metro with my grandson.").get("metro") == (
        "train-metro-r401"
    )
    assert "metro" not in concepts("I do the crossword in the Metro on the bus.")
    assert "metro" not in concepts("My first car was a red Austin Metro.")


def test_cigarettes_named_by_their_brand_are_cigarettes():
    assert concepts("My husband smoked forty Woodbines a day.").get("woodbines") == (
        "smoking-brands-r401"
    )
    assert concepts("I packed Woodbines at the factory on the Coast Road.").get("woodbines") == (
        "smoking-brands-r401"
    )
    assert concepts("He always had a packet of Senior Service in his top pocket.").get(
        "senior service"
    ) == ("smoking-brands-r401")


def test_a_brand_that_is_an_everyday_name_stays_a_name_without_smoking():
    assert "senior service" not in concepts("I was in the Senior Service for twenty years.")
    assert "park drive" not in concepts("My daughter lives on Park Drive near the shops.")
    assert "embassy" not in concepts("My son worked at the Embassy in Madrid.")


def test_a_sling_beside_the_hoist_is_the_hoists_even_where_arms_are_named():
    assert concepts("Use the hoist and the green sling, and don't pull me by the arms.").get(
        "sling"
    ) == ("hoist-r57")
    # the arm's own sling, not merely no hoist (code review 59a item 13)
    assert concepts("My arm is in a sling since I broke my elbow, so use the hoist.").get(
        "sling"
    ) == ("sling-arm")


def test_lent_and_ash_wednesday_show_lent_not_fasting_or_a_weekday():
    # one Lent concept, one picture, however the season is named (code review 59a item 11)
    assert concepts("I give up sweets in Lent, as the church asks.").get("lent") == "lent"
    assert concepts("No meat on Ash Wednesday for me.").get("ash wednesday") == "lent"
    assert "lent" not in concepts("I lent my brother a fiver for the bus.")
    assert "lent" not in concepts("My neighbour lent me her shopping trolley.")


def test_a_jetty_slipway_or_staithe_is_the_waterside_as_the_quay_is():
    assert concepts("I liked to fish off the jetty with my dad.").get("jetty") == "boat"
    assert concepts("Walk me along the staithe when it's fine.").get("staithe") == "boat"
    assert crossed("Never let me go down the slipway, it is slippy.").get("slipway") is True
    assert "staithes" not in concepts("We had a caravan at Staithes every summer.")


def test_a_refused_drip_is_a_crossed_drip_without_a_hospital_word():
    assert crossed("Sips of squash are fine, but I don't want a drip.").get("drip") is True
    assert "drip" not in concepts("The kitchen tap has a drip that keeps me awake.")
    assert "drip" not in concepts("I don't want a drip of milk in my coffee.")


def test_a_pigeon_cree_is_the_pigeon_loft():
    assert concepts("My husband raced pigeons from a cree by the railway.").get("cree") == (
        "pigeons"
    )
    assert concepts("Dad built a pigeon cree at the bottom of the garden.").get("pigeon cree") == (
        "pigeons"
    )
    assert "cree" not in concepts("The Cree are a people of Canada.")


def test_food_left_in_a_numb_cheek_is_the_cheek_but_cheekiness_is_not():
    assert concepts("Crumbs get stuck in my right cheek at dinner.").get("cheek") == ("cheek")
    assert "cheek" not in concepts("What a cheek, they brought my food cold again.")
    assert "cheek" not in concepts("He had the cheek to say my food was fine.")


def test_a_cone_at_the_seaside_is_an_ice_cream_but_a_traffic_or_pine_cone_is_not():
    assert concepts("Take me down to the seafront for a cone when it's sunny.").get("cone") == (
        "ice-cream"
    )
    assert "cone" not in concepts("I tripped over a traffic cone by the sea wall.")
    assert "cone" not in concepts("The grandbairns found a pine cone on the beach.")
