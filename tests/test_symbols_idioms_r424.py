"""Round r424: idioms, similes and feelings said in everyday words."""

from __future__ import annotations

from tests.helpers import concepts


def test_a_thing_that_drives_a_person_round_the_bend_is_annoying():
    found = concepts("The clock ticking at night drives me round the bend.")
    assert found["drives me round the bend"] == "angry-idiom"
    assert "clock" in found
    assert "angry" in concepts("Folk shouting in the corridor drove her up the wall.").get(
        "drove her up the wall", ""
    )
    assert (
        concepts("Don't hide my glasses, it drives me barmy.")["drives me barmy"] == "angry-idiom"
    )
    # a lift somewhere is still a lift
    found = concepts("Dennis drives me round to the chemist on Fridays.")
    assert found["drives"] == "car-lift"
    assert "angry-idiom" not in found.values()


def test_the_thing_a_simile_likens_to_is_no_picture():
    found = concepts("My knees crack like a shotgun when I stand.")
    assert "shotgun" not in found and "gun" not in found.values()
    found = concepts("The cramp in my calf is like a hammer.")
    assert found["cramp"] and "hammer" not in found
    assert "goat" not in concepts("My sister had legs like a goat when she was young.")
    assert "bale" not in concepts("Please don't toss me about like a bale of straw.")
    found = concepts("I'm as deaf as a post in my left ear.")
    assert "post" not in found and "deaf" in found.values()
    # the verb of liking, an example, a person likened to and the clock-face plate keep theirs
    assert concepts("I'd like a hammer to hang my pictures.")["hammer"] == "hammer"
    assert concepts("I like a knife and fork, not a spoon.")["knife and fork"] == "cutlery"
    assert "goat" in concepts("Our grandsons like a goat at the petting farm.").values()
    assert "cushion" in concepts("Put something soft like a cushion behind me.")
    assert "fireworks" in concepts("I hate loud bangs like fireworks.")
    assert concepts("Lay my dinner out like a clock on the plate.")["clock"] == "clock"
    assert concepts("Nell is like a daughter to me.")["daughter"] == "daughter"


def test_a_comparison_that_is_no_simile_keeps_its_thing():
    # the best of its kind, as much as one, and an example after a comma
    assert "joke" in concepts("Nothing perks me up like a good joke.")
    assert "pray" in concepts("The bells on a Sunday are like a prayer to me.").values()
    assert "tennis ball" in concepts(
        "I like to squeeze something in my fingers, like a tennis ball."
    )


def test_feeling_like_a_new_woman_is_feeling_good():
    assert concepts("Once my hair is set I feel like a new woman.")["like a new woman"] == "happy"
    assert concepts("A good shave and I felt like a new man.")["like a new man"] == "happy"
    # a new carer who is a woman is a carer
    assert "happy" not in concepts("I'd like a new woman to come in the mornings.").values()


def test_news_from_home_that_lifts_a_person_cheers_them_and_is_no_home_lift():
    found = concepts("I get weepy, but a letter from home lifts me.")
    assert found["lifts me"] == "happy-lifts-me-r351"
    assert "lift" not in found.values()
    assert concepts("The home lift takes me up to bed.")["home lift"] == "lift"


def test_as_well_as_a_thing_is_no_simile():
    # code review 61d item 2: only "as" + a describing word + "as a" likens
    assert "rake" not in concepts("I'm as thin as a rake now.")
    assert "stick" in concepts("I have a frame as well as a stick.")
    assert "bed" in concepts("I can go home as soon as a bed is free.")
    assert "light" in concepts("I'm fine as long as a light is left on.")


def test_a_symptom_likened_to_keeps_its_picture():
    # code review 61d item 3: "it's like a bruise" tells the carer what the person has
    assert "bruise" in concepts(
        "There's a mark on my shin; it's like a bruise but it doesn't fade."
    )
    assert "headache" in concepts("The pain is like a headache behind my eyes.")
    assert "cramp" in concepts("The pain is like a cramp in my calf.")
    # a thing likened to still has none
    assert "weight" not in concepts("My chest feels tight, it's like a heavy weight.")


def test_an_example_after_like_keeps_its_picture():
    # code review 61d item 4: "something warm like", "cooking like", "places like" give examples
    assert "cardigan" in concepts("Give me something warm like a cardigan.")
    assert "park" in concepts("Take me somewhere quiet like a park.")
    assert "roast" in " ".join(concepts("I still enjoy cooking like a Sunday roast.").values())
    assert "hoover" in concepts("I need help with cleaning like a hoover round the lounge.")
    assert "cafe" in concepts("I can't get out to places like a cafe any more.")
    # a doing after its doer still likens
    assert "leaf" not in concepts("I was shaking like a leaf after the fall.")
    assert "pig" not in concepts("My husband snores like a pig.")


def test_a_named_person_who_likes_a_thing_keeps_it():
    # code review 61d item 5: Bill and Rose are people here, not doings
    assert "pint" in concepts("Me and Bill like a pint on Fridays.")
    assert "drink" in concepts("Jack and Rose like a drink at Christmas.")
    assert "goat" not in concepts("My sister had legs like a goat when she was young.")


def test_a_body_part_a_thing_is_for_opens_no_simile():
    # code review 61d item 6: "for my hands like a jar opener" says what the gadget is for
    assert "emollient" in concepts("I use cream for my skin like an emollient.")
    assert "jar opener" in concepts("I have a gadget for my hands like a jar opener.")
    assert "hot water bottle" in concepts("I use something for my back like a hot water bottle.")
    # a body part that does the doing still likens
    assert "goat" not in concepts("She had legs like a goat.")


def test_a_day_after_filler_like_keeps_its_picture():
    # code review 61d item 15: a day, a time or a number is never the thing likened to
    found = concepts("I go out like Tuesdays and Fridays.")
    assert found["tuesdays"] == "tuesday" and found["fridays"] == "friday"
    assert "balloons" not in concepts("My ankles swell up like balloons.")


def test_not_feeling_like_a_new_woman_is_no_happy_face():
    # code review 61d item 9: a negated feel says the person does not feel good
    assert (
        "happy" not in concepts("I don't feel like a new woman any more since the fall.").values()
    )
    assert "happy" not in concepts("I never feel like a new man these days.").values()
    assert concepts("After my bath I feel like a new woman.")["like a new woman"] == "happy"


def test_a_new_carer_who_looks_like_a_woman_is_no_happy_face():
    # code review 61d item 10: "it looks like a new woman is starting" is a new carer
    assert (
        "happy"
        not in concepts("It looks like a new woman is starting on my round on Monday.").values()
    )
    assert "happy" not in concepts("Looks like a new man is doing the night call.").values()
    assert concepts("After her perm she looks like a new woman.")["like a new woman"] == "happy"


def test_a_home_lift_someone_fitted_is_a_lift():
    # code review 61d item 11: a possessive after "home lift" starts who fitted it
    found = concepts("The home lift my son had fitted takes me up to bed.")
    assert found["home lift"] == "lift" and "care-home" not in found.values()
    assert concepts("The home lift our council fitted is noisy.")["home lift"] == "lift"
    assert "lift" not in concepts("Letters from home lift my spirits.").values()
