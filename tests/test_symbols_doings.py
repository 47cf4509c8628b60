"""Doings the person does or asks for (issue 13, round 283): by LABELLING.md's ruling of stop 41,
a doing that is what the sentence is about is keyed beside its thing; a light or passing use of
the same verb is not.
"""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def pictured(text: str, names=()) -> dict[str, str]:
    return {m.term: m.concept.id for m in find_all(text, names)}


def crossed(text: str, names=()) -> dict[str, bool]:
    return {m.term: m.negated for m in find_all(text, names)}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Please ask me which cardigan I want before you pick one.", "ask"),
        ("I asked the same question three times at breakfast, so bear with me.", "asked"),
        ("Nobody moves my ornaments without asking me first.", "asking"),
    ],
)
def test_asking_the_person_or_the_person_asking_is_pictured(text, word):
    assert pictured(text)[word] == "ask-me"


def test_asking_someone_else_to_do_a_thing_stays_a_vague_word():
    assert "ask" not in pictured("Please ask the warden to change the bulb in the porch.")


def test_asking_ruled_out_is_crossed_or_left_to_the_thing_refused():
    assert crossed("There's no need to keep asking me if I've eaten.")["asking"] is True
    assert "ask" not in pictured("Don't ask me to eat liver.")  # the liver is what is refused


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("My fingers are too weak to hold a fork these days.", "hold"),
        ("I hold the banister with both hands going down.", "hold"),
        ("Please hold my elbow when we cross the car park.", "hold"),
    ],
)
def test_holding_a_thing_or_a_person_is_pictured(text, word):
    assert pictured(text)[word] == "hold-thing"


@pytest.mark.parametrize(
    "text",
    [
        "Hold on a minute while I find my glasses.",
        "I don't hold with tattoos.",
        "Please get hold of my nephew if I am taken in.",
        "I can't hold my water for long, so the commode stays by the bed.",
    ],
)
def test_holding_on_with_or_in_is_no_picture_of_holding(text):
    assert "hold-thing" not in pictured(text).values()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Please open the back door when the kitchen gets hot.", "open"),
        ("My neighbour opens my letters and reads them to me.", "opens"),
        ("Please open the kitchen window when I am frying fish.", "open"),
    ],
)
def test_opening_a_thing_is_pictured(text, word):
    assert pictured(text)[word] == "open-doing"


def test_a_door_left_open_keeps_the_doors_picture_and_a_refused_opening_is_crossed():
    assert "open-doing" not in pictured("I like my bedroom door left open at night.").values()
    assert crossed("Please never open my handbag.")["open"] is True


def test_moving_the_persons_things_is_pictured_and_crossed_where_refused():
    assert crossed("Please don't move my sewing box off the table.")["move"] is True
    assert pictured("Tell me first if you need to move anything on my dresser.").get("move") is None
    assert pictured("Let me know before you move my books.")["move"] == "move-things"


def test_moving_house_or_moving_the_body_is_no_moving_of_things():
    assert "move-things" not in pictured("I don't want to move into a care home.").values()
    assert "move-things" not in pictured("I can't move my legs in the morning.").values()


@pytest.mark.parametrize(
    "text",
    [
        "I want to stay in my own bungalow as long as I can.",
        "I'd sooner stay here with my budgie than go to a care home.",
    ],
)
def test_staying_in_ones_own_home_is_pictured(text):
    assert pictured(text)["stay"] == "stay"


@pytest.mark.parametrize(
    "text",
    [
        "On a Sunday I stay in bed till nine.",
        "My stay in the hospital was too long.",
        "Stay in touch with my nephew in Canada.",
    ],
)
def test_staying_in_bed_in_hospital_or_in_touch_is_no_staying_at_home(text):
    assert "stay" not in pictured(text).values()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I drink mint tea after every meal, in a glass not a mug.", "drink"),
        ("The nurse says I must drink more water when it is hot.", "drink"),
    ],
)
def test_drinking_as_the_persons_own_habit_is_pictured_beside_the_drink(text, word):
    assert pictured(text)[word] == "drink-doing"


@pytest.mark.parametrize(
    "text",
    [
        "I don't drink coffee after lunch or I am up all night.",
        "I still drink whisky at New Year, one small one.",
    ],
)
def test_drinking_ruled_out_or_drinking_alcohol_is_no_drinking_habit_picture(text):
    assert "drink-doing" not in pictured(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "I worked thirty years in the shoe factory at Street.",
        "My husband worked the early shift, so I had the house to myself.",
    ],
)
def test_a_working_life_said_with_its_years_or_shift_is_pictured_as_work(text):
    assert pictured(text)["worked"] in {"worked-down", "work"}


@pytest.mark.parametrize(
    "text",
    [
        "The new tablets worked for a week and then the pain came back.",
        "I worked it out on the back of an envelope.",
    ],
)
def test_a_thing_that_worked_or_sums_worked_out_are_no_work_picture(text):
    assert "worked" not in pictured(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Please change the batteries in my hearing aid every Sunday night.", "change"),
        ("The nurse changes the dressing on my shin.", "changes"),
        ("My pain patch is changed every seventy-two hours.", "changed"),
    ],
)
def test_changing_a_dressing_a_patch_or_batteries_is_pictured(text, word):
    assert pictured(text)[word] == "change-doing"


@pytest.mark.parametrize(
    "text",
    [
        "I often change my mind about what to wear to chapel.",
        "Keep the change from the milkman in the jar by the door.",
        "Don't change the channel when the snooker is on.",
    ],
)
def test_a_changed_mind_a_channel_or_coins_are_no_changing_picture(text):
    assert "change-doing" not in pictured(text).values()


def test_changing_the_person_is_pictured_as_changing_clothes():
    assert (
        pictured("After my wash, change me by the fire where it is warm.")["change"]
        == "change-clothes"
    )
    assert "change" not in pictured("The stroke has changed me, I know it.")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("At dusk I look for my late husband in the garden.", "look for"),
        ("I still go and look for my mother when I am muddled.", "look for"),
    ],
)
def test_looking_for_a_person_or_a_lost_thing_is_pictured(text, word):
    assert pictured(text)[word] == "look-for"


def test_what_a_carer_is_told_to_look_for_is_no_looking_picture():
    assert "look-for" not in pictured("We look for redness on her heels every morning.").values()


@pytest.mark.parametrize(
    "text",
    [
        "I grow sweet peas up the fence every summer.",
        "We grow our own potatoes at the back of the house.",
    ],
)
def test_growing_ones_own_plants_is_pictured_beside_the_plant(text):
    assert pictured(text)["grow"] == "gardening-r40"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("My neighbour digs the vegetable patch for me now.", "digs"),
        ("Since my hip went, Owen digs it over in the spring.", "digs"),
    ],
)
def test_someone_digging_the_plot_for_the_person_is_pictured(text, word):
    assert pictured(text)[word] == "dig-r308"


def test_digs_as_a_lodging_is_no_digging():
    assert (
        "dig-r308" not in pictured("As a young nurse I lived in digs near the infirmary.").values()
    )


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Wrap my feet in the soft blanket when they are cold.", "Wrap"),
        ("When I die, wrap me in a plain white sheet.", "wrap"),
    ],
)
def test_wrapping_the_body_or_a_wound_is_pictured(text, word):
    assert pictured(text)[word] == "wrap-r308"


def test_wrapping_up_warm_is_no_wrapping_picture():
    assert "wrap-r308" not in pictured("Wrap up warm if you take me out in the wind.").values()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("If I fall in the night I press my pendant and the warden comes.", "press"),
        ("Please press the red button on the remote when the news starts.", "press"),
    ],
)
def test_pressing_a_pendant_or_a_button_is_pictured(text, word):
    assert pictured(text)[word] == "press-button"


@pytest.mark.parametrize(
    "text",
    [
        "I do ten press-ups against the kitchen wall for my arms.",
        "My good blouse wants pressing before the funeral on Friday.",
    ],
)
def test_press_ups_or_pressing_clothes_are_no_button_pressing(text):
    assert "press-button" not in pictured(text).values()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("When my hearing aids are out I just nod along to be polite.", "nod"),
        ("You can ask me yes or no questions and I answer with a nod.", "nod"),
    ],
)
def test_nodding_as_an_answer_is_pictured(text, word):
    assert pictured(text)[word] == "nod-r323"


@pytest.mark.parametrize(
    "text",
    [
        "I nod off in the big chair after my dinner most days.",
        "The new manager got the nod from the board in March.",
    ],
)
def test_nodding_off_or_getting_the_nod_is_no_nodding_picture(text):
    assert "nod-r323" not in pictured(text).values()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I have my food through the tube, but a taste of trifle on my lips is a joy.", "taste"),
        ("Let me taste the gravy on a spoon; I can't swallow a full meal now.", "taste"),
    ],
)
def test_a_taste_of_food_is_pictured(text, word):
    assert pictured(text)[word] == "tasting-r323"


def test_a_taste_for_something_is_no_tasting_picture():
    assert "tasting-r323" not in pictured("I have always had a taste for adventure.").values()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I sit by the window and count the buses going past to the depot.", "count"),
        ("I have had more cats over the years than I can count.", "count"),
    ],
)
def test_counting_as_the_persons_doing_is_pictured(text, word):
    assert pictured(text)[word] == "count-r323"


@pytest.mark.parametrize(
    "text",
    [
        "I can count on my neighbour Pat to fetch my paper.",
        "I count myself lucky to have such a kind family.",
    ],
)
def test_counting_on_someone_or_oneself_lucky_is_no_counting_picture(text):
    assert "count-r323" not in pictured(text).values()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("My chest is bad, so prop me up on the big pillows at night.", "prop me up"),
        ("Sit me right up when you bring my soup.", "Sit me right up"),
    ],
)
def test_sitting_the_person_up_is_pictured(text, word):
    assert pictured(text)[word] == "sit-up-r323"


def test_squeezing_a_bottle_is_pictured():
    found = pictured("My hands are weak and I can't squeeze the little bottle of eye drops.")
    assert found["squeeze"] == "squeeze-r323"


def test_squeezing_in_a_visit_is_no_squeezing():
    assert "squeeze-r323" not in pictured("Can the nurse squeeze me in on Tuesday?").values()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Please read out my letters to me, my eyes are gone.", "read out"),
        ("I like the racing results read out to me after breakfast.", "read out"),
    ],
)
def test_reading_aloud_to_the_person_is_pictured(text, word):
    assert pictured(text)[word] == "read-out-r323"
