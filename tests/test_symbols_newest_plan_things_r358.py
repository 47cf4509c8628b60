"""Things plans35 and plans36 (and the plans before them) still named with no picture after round
357, each pictured only where the sentence says which thing it is (round 358)."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def concept_on(text: str, word: str) -> str | None:
    """The concept WORD (as written) is pictured as in TEXT, or None where it gets no picture."""
    found = {m.term: m.concept.id for m in find_all(text, ())}
    return found.get(word)


def test_pull_ups_worn_are_the_continence_pads_but_pull_ups_done_are_not():
    assert concept_on("She needs pull-ups on before bed.", "pull-ups") == "continence"
    assert concept_on("He did ten pull-ups at the gym as a lad.", "pull-ups") is None
    # code review 55b: pull-ups done on a bar at the gym are exercise
    assert concept_on("He can still manage pull-ups on the bar at the gym.", "pull-ups") is None
    assert concept_on("I wear pull-ups at night.", "pull-ups") == "continence"


def test_elastic_waists_are_the_trousers():
    assert concept_on("Buy her skirts with elastic waists, not zips.", "elastic waists") == (
        "trousers"
    )
    assert concept_on("An elasticated waist is easier for him.", "elasticated waist") == (
        "trousers"
    )


def test_the_front_parlour_is_the_front_room_but_a_funeral_parlour_is_not():
    assert concept_on("Her piano stands in the parlour.", "parlour") == "sofa-parlour-r359"
    assert concept_on("We keep the best parlour for visitors.", "parlour") == "sofa-parlour-r359"
    assert concept_on("Dad was laid out at the funeral parlour.", "parlour") is None
    assert concept_on("We went to the ice cream parlour on the prom.", "parlour") is None


def test_a_terrace_lived_in_is_the_house_but_a_hotel_terrace_is_not():
    assert concept_on("We brought up four kids in that terrace on Pit Street.", "terrace") == (
        "home-rooms"
    )
    assert concept_on("We lived in this terrace since the war.", "terrace") == "home-rooms"
    assert concept_on("We sat out on the terrace of the hotel.", "terrace") is None


def test_a_boss_or_foreman_at_work_is_the_manager_but_a_wife_who_is_the_boss_is_not():
    assert concept_on("The boss at the mill kept me on after sixty.", "boss") == "manager"
    assert concept_on("He was foreman at the quarry.", "foreman") == "manager"
    assert concept_on("My wife is the boss in our house.", "boss") is None
    # code review 55b: "she's the boss now" beside the cleaning is no boss at work
    assert concept_on("She's the boss now, she does all the cleaning.", "boss") is None
    assert concept_on("My daughter's the boss now, she does the cleaning.", "boss") is None
    assert concept_on("My old boss at the mill sacked me.", "boss") == "manager"


def test_a_painter_of_pictures_is_painting_but_a_painter_and_decorator_is_not():
    assert concept_on("Half the painters at the gallery were his pupils.", "painters") == (
        "painting"
    )
    assert concept_on("Our painters did the walls and the ceiling.", "painters") is None


def test_clydesdales_and_a_head_groom_are_the_horse_and_a_crook_by_the_ewes_the_stick():
    assert (
        concept_on("Grandad ploughed with two Clydesdales.", "Clydesdales")
        == "horse-clydesdale-r359"
    )
    assert concept_on("She was head groom at a racing yard.", "head groom") == "horse"
    assert concept_on("Hand me my crook when we go up to the ewes.", "crook") == "walking-stick"


def test_a_bridge_afternoon_is_the_playing_cards_but_a_dental_bridge_is_not():
    assert concept_on(
        "Mum never missed the bridge afternoon at the church hall.", "bridge afternoon"
    ) == ("dominoes-cards")
    assert concept_on("The dentist fitted my bridge.", "bridge") == "dentures"


def test_grayling_is_a_fish_and_tweed_the_cloth_but_the_river_tweed_is_not():
    assert concept_on("He caught a grayling below the weir.", "grayling") == "fish"
    assert concept_on("She wove tweed on a hand loom.", "tweed") == "cloth-r347"
    assert concept_on("We walked along the tweed to the bridge.", "tweed") is None


def test_a_wee_book_written_in_is_the_notebook():
    assert concept_on(
        "Put my readings in the wee book by the kettle, write them down.", "book"
    ) == ("notebook-2")


def test_pouches_counted_for_the_cat_are_the_cat_food():
    assert concept_on("Give the cat three pouches a day.", "pouches") == "cat-food-2"


def test_the_navy_served_in_is_the_navy_even_before_and_but_navy_and_white_is_a_colour():
    assert concept_on("He joined the Navy and then went down the pit.", "Navy") == "navy"
    assert concept_on("Her scarf is navy and white.", "navy") != "navy"


def test_a_commentator_is_the_microphone():
    assert concept_on("I like the commentators on the racing.", "commentators") == "microphone"


def test_a_tracker_watch_is_the_watch_and_a_baby_monitor_or_door_chime_the_bell():
    assert concept_on("She wears a tracker watch when she walks.", "tracker watch") == "watch"
    assert concept_on("Switch the baby monitor on at night.", "baby monitor") == "bell"
    assert concept_on("The front door has a chime on it.", "chime") == "bell"
    assert concept_on("We heard the chime of the church clock.", "chime") is None


def test_radox_is_the_bubble_bath():
    assert (
        concept_on("Put some Radox in the water for my feet.", "Radox") == "bubble-bath-radox-r359"
    )


def test_a_salmon_net_is_fishing_but_a_goal_net_is_not():
    assert concept_on("He mended the net for the salmon every winter.", "net") == "fishing"
    assert (
        concept_on("Grandad was a haaf-netter on the firth.", "haaf-netter") == "fishing-haaf-r359"
    )
    assert concept_on("The ball went in the net and the football crowd roared.", "net") is None


def test_riders_on_horses_are_the_horse_but_motorbike_riders_are_not():
    assert concept_on("We waved at the riders on their horses.", "riders") == "horse"
    assert concept_on("The riders came past on motorbikes.", "riders") is None
