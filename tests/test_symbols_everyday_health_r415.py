"""Round 415: feelings, health and the body said in everyday words."""

from helpers import concepts, crossed


def test_knuckles_that_are_knackered_hurt():
    assert concepts("His knuckles are knackered from the building trade.")["knackered"] == (
        "pain-worn-out-r351"
    )


def test_a_knackered_person_or_a_shot_man_is_no_pain():
    assert concepts("I'm knackered after the bus ride.").get("knackered") != "pain-worn-out-r351"
    assert "shot" not in concepts("Her brother was shot in the war.")
    assert concepts("The carers are knackered by teatime.").get("knackered") != "pain-worn-out-r351"


def test_not_myself_or_not_fit_is_feeling_unwell_with_no_cross():
    found = crossed("If she's not herself or goes quiet, ring the surgery.")
    assert found.get("not herself") is False
    assert concepts("When I'm not fit, the priest brings Communion here.")["not fit"] == "ill-idiom"


def test_not_fit_to_lift_or_doing_it_myself_is_no_illness():
    assert "not fit" not in concepts("My wife is not fit to lift me.")
    assert "myself" not in concepts("I can wash myself if you run the bath.")


def test_being_bad_with_the_chest_or_in_the_night_is_illness():
    assert concepts("When she's bad with her chest, ring the surgery.")["bad"] == "ill-dialect"
    # one concept for the one idea (code review 60d item 13)
    assert concepts("If I'm bad in the night, call the out-of-hours nurse.")["bad"] == (
        "ill-dialect"
    )
    assert concepts("Sit with me when I'm bad.")["bad"] == "ill-dialect"


def test_bad_at_names_or_with_money_is_no_illness():
    assert "bad" not in concepts("I'm bad at names, so wear your badge.")
    assert "bad" not in concepts("I'm bad with money, so my son does the bills.")
    assert "bad" not in concepts("I'm not bad today, thanks.")
    # code review 60d item 10: "bad with" sugar, water or a head for names is no illness,
    # nor is a cat's bad stomach the person's, nor being bad in crowds
    assert "bad" not in concepts("I'm bad with sugar, I always take three in my tea.")
    assert "bad" not in concepts("I'm bad with water, please remind me to drink.")
    assert "bad" not in concepts("I'm bad with my head for names.")
    assert "bad" not in concepts("The cat is bad with her stomach.")
    assert "bad" not in concepts("I don't like the shops and I'm bad in crowds.")


def test_a_parkinsons_freeze_is_shown_as_stuck():
    from plugins.symbols.matcher import find_all

    found = {
        m.term: m.concept.alt for m in find_all("If my tablets are late I freeze in the doorway.")
    }
    assert found["freeze"] == "stuck"


def test_that_low_or_proper_low_is_low_in_mood():
    assert concepts("Some evenings she's that low she won't eat.")["low"] == "sad"
    assert concepts("He gets proper low after the anniversary.")["low"] == "sad"


def test_a_low_radio_bed_or_sugar_is_no_low_mood():
    assert "low" not in concepts("Keep the radio that low I can only just hear it.")
    assert "low" not in concepts("My sugar can get awful low at night.")


def test_me_chest_is_my_chest():
    assert concepts("Me chest is bad from the pit dust.")["chest"] == "chest-r31"


def test_me_chest_of_drawers_stays_the_furniture():
    assert concepts("Polish me chest of drawers on a Friday.")["chest of drawers"] == (
        "chest-of-drawers"
    )


def test_the_end_beside_glory_or_the_rosary_is_the_death():
    # one tomb: "home to glory" says the death, "the end" beside it none (code review 60d
    # item 13)
    found = concepts("Hold my hand at the end, and I'll go home to glory.")
    assert found["home to glory"] == "died-2-r250" and found.get("end") != "died"
    assert concepts("Put my rosary in my hands near the end.")["end"] == "died"
    assert concepts("I want my rosary with me at the end.")["with me at the end"] == "died"
    assert concepts("Put my rosary in my hands at the end.")["end"] == "died"


def test_the_end_of_the_rosary_or_a_queue_beside_heaven_is_no_death():
    # code review 60d items 3 and 14: the prayer and heaven words no longer make any "at the
    # end" a death, in the sentence or the one before
    for text in (
        "Say the rosary with me, and at the end we say the Hail Holy Queen.",
        "I pray the rosary each night and kiss the cross at the end.",
        "I say the rosary every night. I have a biscuit and cocoa at the end.",
        "Heaven knows why, but I always queue at the end.",
        "I say the Shema every night and at the end I kiss Sol's photo.",
    ):
        assert concepts(text).get("end") != "died", text


def test_a_death_counted_in_years_is_the_death():
    assert concepts("My brother has been dead thirty years.")["been dead"] == "died-r228"
    assert concepts("Alf's ten years dead and I still set his place.")["dead"] == "died-r228"


def test_a_dead_battery_or_a_death_I_am_not_to_be_told_stays_unpictured():
    assert "been dead" not in concepts("The battery has been dead for weeks.")
    assert "been dead" not in concepts("Don't tell me she's been dead five years.")


def test_going_low_on_insulin_or_a_low_settee_is_no_low_mood():
    # code review 60d item 7
    assert "low" not in concepts("I take my insulin and go low if I skip supper.")
    assert "low" not in concepts("The settee at my daughter's was that low I got stuck in it.")
    assert "low" not in concepts("The sun was that low I couldn't see the kerb.")
    assert concepts("Some days I'm that low I don't even put the telly on.")["low"] == "sad"


def test_an_arm_shot_in_the_war_or_knackered_chair_legs_are_no_pain():
    # code review 60d item 8
    assert "shot" not in concepts("His arm was shot in the war and he cannot lift it.")
    assert "shot" not in concepts("My dad's leg was shot at Dunkirk, so he limps.")
    found = concepts("The chair legs are knackered, so don't sit on the wobbly one.")
    assert found.get("knackered") != "pain-worn-out-r351"
    # a joint that is "shot" is left unkeyed by blind sets 5-19, so it gets no picture (stop 60)
    assert "shot" not in concepts("My back is shot to bits.")


def test_knackered_legs_are_pain_not_tiredness():
    # code review 60d item 9
    assert concepts("My legs are knackered from the arthritis.")["knackered"] == (
        "pain-worn-out-r351"
    )
    assert concepts("I'm knackered after the bus ride.")["knackered"] == "tired-dialect"


def test_not_been_myself_or_not_quite_myself_is_unwell_and_the_emphatic_myself_is_not():
    # code review 60d item 11
    assert concepts("I've not been myself since Christmas.")["not been myself"] == "ill-idiom"
    assert concepts("I'm not quite myself in the mornings.")["not quite myself"] == "ill-idiom"
    assert crossed("He hasn't been himself since the fall.").get("hasn't been himself") is False
    assert "not myself" not in concepts("I am not myself a religious man, but my wife was.")
    assert "not myself" not in concepts("The one who needs the help is not myself but my wife.")
