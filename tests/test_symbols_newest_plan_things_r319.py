"""Things the newest plans (plans29, plans30, then plans25-28) still named with no picture after
round 316: a hand or a head said plainly, hearing aids called 'my aids', a café, dockyard or
reservoir by its name, Vaseline, the new leg after an amputation, the ref, tape, the tide,
asbestos, a hostel, the Blue Badge and the chip shop's fryers (round 319)."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def concept_on(text: str, word: str) -> str | None:
    """The concept WORD (as written) is pictured as in TEXT, or None where it gets no picture."""
    found = {m.term: m.concept.id for m in find_all(text, ())}
    return found.get(word)


def test_this_hand_and_a_hand_on_my_shoulder_are_the_hand_and_a_hand_with_jobs_is_help():
    assert concept_on("I can't grip the kettle with this hand any more.", "hand") == "hands"
    assert concept_on("When I'm upset, rest a hand on my arm.", "hand") == "hands"
    assert concept_on("Give me a hand on the stairs, love.", "hand") is None


def test_a_scarf_put_over_my_head_shows_the_head_and_the_idiom_none():
    assert concept_on("Help me pull my shawl over my head when it's cold.", "head") == "head"
    assert concept_on("All that talk of pensions goes over my head.", "head") is None


def test_my_aids_beside_hearing_words_are_the_hearing_aids():
    assert concept_on("Even with my aids in I can't catch the doorbell.", "aids") == ("hearing-aid")


def test_a_cafe_or_dockyard_ending_its_name_is_the_place():
    assert concept_on("We ran the Copper Kettle Café for thirty years.", "Café") == "cafe"
    assert concept_on("He worked as a fitter in Rosyth Dockyard.", "Dockyard") == (
        "factory-worker-2"
    )


def test_vaseline_is_the_skin_cream():
    assert concept_on("Rub a bit of Vaseline on my cracked heels.", "Vaseline") == "lotion-r319"


def test_the_new_leg_worn_after_an_amputation_is_the_artificial_leg():
    assert concept_on("Help me put my new leg on after my wash.", "new leg") == "amputation"
    assert concept_on("The nurse dressed the new leg ulcer.", "new leg") is None


def test_shouting_at_the_ref_is_the_football():
    assert concept_on("On a Saturday I shout at the ref on the telly.", "ref") == ("football-r286")


def test_tape_that_holds_or_marks_is_sticky_tape_never_taping_the_telly():
    assert concept_on("Put a strip of tape on the step so I can see it.", "tape") == "tape-r319"
    assert concept_on("My plaster keeps slipping, so tape it down.", "tape") == "tape-r319"
    assert concept_on("I tape the racing when I'm out at the club.", "tape") is None


def test_the_tide_is_the_sea():
    assert concept_on("He can tell you every tide for the whole year.", "tide") == "sea"
    assert concept_on("A fiver will tide me over till pension day.", "tide") is None


def test_asbestos_is_the_dust_breathed_in():
    assert concept_on("The asbestos at the power station ruined my lungs.", "asbestos") == (
        "dust-r277"
    )


def test_a_hostel_is_the_building_one_stays_in():
    assert concept_on("I slept in a hostel for two years.", "hostel") == "hotel"


def test_the_blue_badge_with_its_capitals_is_the_blue_badge_not_a_name():
    assert concept_on("My son keeps the Blue Badge in the glovebox.", "Blue Badge") == "blue-badge"


def test_the_chip_shop_fryers_are_the_deep_fat_fryer_and_an_air_fryer_a_kitchen_gadget():
    assert concept_on("The smell of the fryers reminds me of the shop.", "fryers") == "fryer-r319"
    assert concept_on("Do my chips in the air fryer, please.", "air fryer") == (
        "kitchen-appliances"
    )


def test_a_reservoir_ending_its_name_is_the_reservoir():
    assert concept_on("On Sundays we walk round Ladybower Reservoir.", "Reservoir") == "pond"


def test_the_score_of_a_match_is_the_score_and_a_test_result_or_knowing_the_score_none():
    assert concept_on("My grandson rings after the match to tell me the score.", "score") == (
        "score-r319"
    )
    assert concept_on("Ring me with the result of my blood test.", "result") is None
    assert concept_on("Don't treat me like a fool, I know the score.", "score") is None


def test_a_cricket_score_is_no_football_goal():
    assert concept_on("Read me the cricket score when the match ends.", "score") is None
