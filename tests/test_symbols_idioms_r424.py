"""Round r424: idioms, similes and feelings said in everyday words."""

from __future__ import annotations

from tests.helpers import concepts


def test_the_radio_or_telly_on_low_is_a_quiet_sound():
    assert concepts("Leave the wireless on low when I nod off.")["on low"] == "quiet"
    assert concepts("I like the television turned down low after tea.")["turned down low"] == (
        "quiet"
    )
    assert concepts("I nap with the radio low, as the silence bothers me.")["low"] == "quiet"
    assert concepts("Please turn the telly down low when my son rings.")["down low"] == "quiet"
    # a cooker or the heating on low, and a low mood, are no quiet sound
    assert "quiet" not in concepts("Put the gas on low for the stew.").values()
    assert "quiet" not in concepts("Keep the heating on low overnight.").values()
    assert concepts("I get low when the radio plays the old songs.").get("low") != "quiet"


def test_a_thing_that_drives_a_person_round_the_bend_is_annoying():
    found = concepts("The clock ticking at night drives me round the bend.")
    assert found["drives me round the bend"] == "angry-idiom"
    assert "clock" in found
    assert "angry" in concepts("Folk shouting in the corridor drove her up the wall.").get(
        "drove her up the wall", ""
    )
    assert concepts("Don't hide my glasses, it drives me barmy.")["drives me barmy"] == "angry-idiom"
    # a lift somewhere is still a lift
    found = concepts("Dennis drives me round to the chemist on Fridays.")
    assert found["drives"] == "car-lift"
    assert "angry-idiom" not in found.values()


def test_having_had_enough_of_something_is_being_fed_up():
    assert concepts("I've had enough of folk talking over me.")["had enough"] == "sad"
    assert concepts("Mam had enough of the hospital, she wants to come home.")["had enough"] == (
        "sad"
    )
    # enough of a food, or enough to eat, is a person full
    assert "had enough" not in concepts("I've had enough of the stew, thanks.")
    assert "had enough" not in concepts("When I've had enough I leave the rest on the plate.")
