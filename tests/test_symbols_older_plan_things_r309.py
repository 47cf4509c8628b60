"""Things the older plans (plans5-28) name with no picture before round 309: aftershave called
by its brand, the white cloth a body is wrapped in for burial, and the ribs where a pain sits;
shown as pictures the vocabulary already has."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def picture_on(text: str, word: str) -> tuple[str, bool] | None:
    """(concept, crossed) WORD (as written) gets in TEXT, or None where it gets no picture."""
    found = {m.term: (m.concept.id, m.negated) for m in find_all(text, ())}
    return found.get(word)


def test_aftershave_called_by_its_brand_shows_the_aftershave():
    assert picture_on("Put a splash of Old Spice on my cheeks after the razor.", "Old Spice") == (
        "aftershave-brand-r309",
        False,
    )
    assert picture_on("He likes a dab of Brut when he is going to the club.", "Brut") == (
        "aftershave-brand-r309",
        False,
    )


def test_a_dry_champagne_is_no_aftershave():
    assert picture_on("For our anniversary we open a champagne brut.", "brut") is None


def test_the_white_cloth_a_body_is_wrapped_in_for_burial_shows_the_cloth():
    assert picture_on(
        "After I go, wash me and wrap me in white cloth before the burial.", "white cloth"
    ) == ("shroud-r309", False)
    assert picture_on("Bury my father in a shroud, the old way.", "shroud") == (
        "shroud-r309",
        False,
    )
    assert picture_on(
        "When my time comes, wrap me in a white sheet and bury me.", "white sheet"
    ) == (
        "shroud-r309",
        False,
    )


def test_a_white_sheet_on_the_bed_is_no_shroud():
    assert picture_on("I like a clean white sheet on the bed every Monday.", "white sheet") is None


def test_a_white_cloth_on_the_table_is_no_shroud():
    """Code review 12: a white cloth is a shroud only beside a burial, a death or wrapping."""
    for text in (
        "Cover the table with a white cloth.",
        "Put a plain white cloth on the tray when you bring my tea.",
        "On Sundays we lay the white cloth for dinner.",
        "Wipe my glasses with a soft white cloth.",
    ):
        assert picture_on(text, "white cloth") != ("shroud-r309", False), text
        assert picture_on(text, "plain white cloth") != ("shroud-r309", False), text
    assert picture_on(
        "Wrap my body in a plain white cloth for the funeral.", "plain white cloth"
    ) == (
        "shroud-r309",
        False,
    )


def test_the_ribs_where_a_pain_or_a_crack_is_show_the_bones():
    assert picture_on("Since the fall my ribs ache whenever I laugh.", "ribs") == ("bones", False)
    assert picture_on("The pain under my ribs is worse at night.", "ribs") == ("bones", False)


def test_ribs_to_eat_stay_the_meat():
    assert picture_on("We had beef ribs and roast potatoes on Sunday.", "ribs") == (
        "meat-2",
        False,
    )


def test_coal_dust_on_the_chest_shows_the_dust_breathed_in():
    assert picture_on("Forty years of coal dust have left my chest bad.", "coal dust") == (
        "dust-r277",
        False,
    )


def test_the_frame_a_person_walks_with_shows_the_walking_frame():
    assert picture_on(
        "My bones are brittle as glass, so let me hold the frame and not your hand.", "frame"
    ) == ("walking-frame", False)
    assert picture_on("I lean on the frame when my knees are bad.", "frame") == (
        "walking-frame",
        False,
    )


def test_a_frame_on_the_wall_or_round_a_window_is_no_walking_frame():
    assert picture_on("Hang the frame with my certificate on the wall.", "frame") == (
        "picture-frame",
        False,
    )
    assert picture_on("The frame of the window rattles in the wind.", "frame") is None


def test_a_frame_off_the_sideboard_in_a_fall_is_no_walking_frame():
    """Code review 11: a frame on the sideboard or mantelpiece, or hung up, is a picture frame
    even where a fall or the legs are named; walking-frame's guard mirrors picture-frame's words."""
    for text in (
        "I knocked the frame off the sideboard when I fell.",
        "The frame fell off the mantelpiece and my legs were cut by the glass.",
        "When I had my fall the frame that hung by the door came down too.",
    ):
        assert picture_on(text, "frame") != ("walking-frame", False), text
    assert picture_on("I knocked the frame off the sideboard when I fell.", "frame") == (
        "picture-frame",
        False,
    )


def test_the_yards_a_person_built_ships_in_show_the_shipyard():
    assert picture_on("My chest is bad with asbestosis from the yards.", "yards") == (
        "factory-worker",
        False,
    )
    assert picture_on("He was a plater in the yard for thirty years.", "yard") == (
        "factory-worker",
        False,
    )


def test_a_back_yard_stays_the_garden_and_a_hop_yard_is_no_garden():
    assert picture_on("I grow tomatoes in pots in the yard.", "yard") == ("garden", False)
    # round 305 gives the hop yard the crops picture; neither it nor "yards" is the garden
    assert picture_on("As a girl I picked in the hop yards every September.", "hop yards") != (
        "garden",
        False,
    )
    assert picture_on("As a girl I picked in the hop yards every September.", "yards") is None


def test_the_bed_frame_and_the_foot_of_the_bed_show_the_bed():
    assert picture_on("Hang my handbag on the bed frame where I can reach it.", "bed frame") == (
        "bed",
        False,
    )
    assert picture_on("Fold the blanket at the foot of my bed.", "foot of my bed") == (
        "bed",
        False,
    )


def test_the_lift_seat_of_a_bath_shows_the_bath():
    assert picture_on("Lower me on the lift seat slowly, I'm scared of the bath.", "lift seat") == (
        "bath",
        False,
    )


def test_an_eel_shows_the_fish_as_eels_do():
    assert picture_on("My dad caught an eel in the river every summer.", "eel") == ("fish", False)
    assert picture_on("Smoked eels from the market were our treat.", "eels") is not None


def test_the_pump_the_nurses_see_to_at_the_end_shows_the_syringe_driver():
    assert picture_on("The hospice nurse will refill the pump every morning.", "pump") == (
        "syringe-driver",
        False,
    )


def test_an_insulin_pump_or_a_feed_pump_is_no_syringe_driver():
    assert picture_on("The nurse sets the pump for my tube feed each night.", "pump") is None
    assert picture_on("My pump for my diabetes beeps; the nurse knows it.", "pump") == (
        "insulin-pump",
        False,
    )


def test_a_hotel_a_person_worked_in_is_the_hotel_not_a_holiday():
    assert picture_on(
        "I was a porter at the hotel on the front for years and had a room there.", "hotel"
    ) == (
        "hotel",
        False,
    )
    assert picture_on("Every summer we had a week at a hotel by the sea.", "hotel") == (
        "trips",
        False,
    )
