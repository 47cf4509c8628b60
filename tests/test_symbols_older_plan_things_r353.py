"""Things the older plans (plans5-34) keep things in with no picture before round 353: a tin said
by its colour, size or what it once held, and a small pot or tub for hearing aids, teeth, an
eye or a cream."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def picture_on(text: str, word: str) -> tuple[str, bool] | None:
    """(concept, crossed) WORD (as written) gets in TEXT, or None where it gets no picture."""
    found = {m.term: (m.concept.id, m.negated) for m in find_all(text, ())}
    return found.get(word)


def test_a_tin_said_by_its_colour_or_what_it_held_shows_the_tin():
    assert picture_on("My birthday cards are kept in the red tin on the shelf.", "tin") == (
        "tin",
        False,
    )
    assert picture_on("Gran's buttons live in a Roses chocolate tin.", "tin") == ("tin", False)
    assert picture_on("His medals stay in the little tin by my chair.", "tin") == ("tin", False)


def test_a_tin_whistle_bath_or_mine_is_no_kept_tin():
    assert picture_on("Our Eileen played the little tin whistle.", "tin") is None
    assert picture_on("We washed in the old tin bath on a Friday.", "tin") is None


def test_a_small_pot_or_tub_things_are_kept_in_shows_the_pot():
    assert picture_on("At night my hearing aids sleep in the pot on the side.", "pot") == (
        "jar",
        False,
    )
    assert picture_on("The ointment in the green tub goes on my shins.", "tub") == ("jar", False)
    assert picture_on("My spare contact lens stays in its own pot.", "pot") == ("jar", False)


def test_a_pot_of_tea_a_plant_pot_or_a_bath_tub_is_no_kept_pot():
    assert picture_on("Bring me a pot of tea about four.", "pot") is None
    assert picture_on("I'd love a long soak in the tub on a Sunday.", "tub") != ("jar", False)
    assert picture_on("Put the soup on in the big pot.", "pot") != ("jar", False)


def test_the_seat_of_a_bath_lift_said_with_the_bath_shows_the_bath():
    """ "a bath with the seat that lowers me in", "the hoist seat" for a bath: the bath lift
    (the bath picture), not the shower chair; a seat in the shower keeps the shower chair."""
    assert picture_on(
        "Saturday is my bath night, with the seat that goes down slowly.", "seat"
    ) == (
        "bath",
        False,
    )
    assert picture_on("I'm nervous in the bath unless the hoist seat is fixed.", "seat") == (
        "bath",
        False,
    )
    found = picture_on("Put the seat in the shower before you wash me.", "seat")
    assert found is not None and found[0].startswith("shower-chair")


def test_a_bed_made_with_hospital_corners_shows_the_sheets_not_a_hospital():
    assert picture_on(
        "Tuck my sheets in tight, hospital corners like on the ward.", "hospital corners"
    ) == (
        "sheets-single",
        False,
    )


def test_the_kipper_smokehouse_is_the_fish_trade():
    """The smokehouse where the person cured herring is their work at the fish; one that
    smokes bacon or ham is not."""
    found = picture_on("Dad ran the smokehouse on the quay and I packed the kippers.", "smokehouse")
    assert found is not None and found[0] == "fish-gutting-r136"
    assert picture_on("He fetched ham from the smokehouse at Christmas.", "smokehouse") is None


def test_one_royal_marine_is_the_forces_as_the_royal_marines_are():
    found = picture_on("My nephew is a Royal Marine, based up at Arbroath.", "Royal Marine")
    assert found is not None and found[0].startswith("army")


def test_the_machine_said_with_the_breathing_it_helps_is_the_breathing_mask_kit():
    found = picture_on(
        "Fix the mask to the machine before I settle, it keeps my breathing right.", "machine"
    )
    assert found == ("oxygen-mask-r286", False)
    assert picture_on("The rowing machine at the gym helps my breathing.", "machine") is None


def test_a_hoover_that_leaves_the_person_out_of_breath_is_no_breathing_kit():
    # code review r54 bug 16: "breath" anywhere made any machine the oxygen mask
    found = picture_on(
        "I get out of breath doing the hoovering, the machine is too heavy.", "machine"
    )
    assert found is None or found[0] != "oxygen-mask-r286"
    found = picture_on("The vacuum machine leaves me short of breath on the stairs.", "machine")
    assert found is None or found[0] != "oxygen-mask-r286"
    found = picture_on("Carrying the washing machine door makes me lose my breath.", "machine")
    assert found is None or found[0] != "oxygen-mask-r286"
