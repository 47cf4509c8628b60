"""Round 328: a care phrase naming a place or a piece of kit gets the picture of the whole thing.

A two-word phrase the vocabulary does not know is read word by word, so the sorting office shows
an office block, a cloth shop a roll of fabric, and diet pop or a breakthrough dose no picture at
all. Each phrase here is filed under the concept labellers give it.
"""

from __future__ import annotations

import re

from plugins.symbols.matcher import find_all


def pictured(text: str) -> dict[str, str]:
    """Each pictured word or phrase of TEXT -> its concept id without a round's suffix."""
    return {m.term: re.sub(r"-r\d+$", "", m.concept.id) for m in find_all(text, ())}


def test_a_plate_with_a_rim_is_the_plate_guard():
    """A plate with a rim or lip to push food against is the plate guard, not a bare plate."""
    found = pictured("Serve my dinner on the plate with a rim so I can scoop it up.")
    assert found.get("plate with a rim") == "plate-guard"


def test_a_sensor_pad_is_the_alarm_sensor_like_the_sensor_mat():
    """The sensor pad under a mattress or chair cushion is the bed alarm, as a sensor mat is."""
    found = pictured("A sensor pad under my cushion tells the carer when I stand.")
    assert found.get("sensor pad") == "bell"


def test_the_private_parts_said_politely_are_pictured_with_dignity():
    """Private bits, personal bits and sore down below name the body, shown as underwear."""
    found = pictured("Let me wash my own private bits in the shower.")
    assert found.get("private bits") == "private-parts"
    assert pictured("The cream is for when I get sore down below.").get("down below") == (
        "private-parts"
    )
    assert "down below" not in pictured("The family down below are noisy on a Friday.")


def test_a_nest_box_is_the_bird_box_not_woodwork():
    """A nest box on the wall is where the birds nest, the bird box, even one Dad made."""
    found = pictured("The blue tits are back in the nest box on the fence.")
    assert found.get("nest box") == "bird-feeder-2"


def test_a_plate_of_two_foods_shows_both_not_one():
    """Faggots and peas, or a roll and sausage, are two foods labellers key one by one."""
    found = pictured("On a Friday I fancy faggots and peas with gravy.")
    assert found.get("faggots") == "meat"
    assert found.get("peas") == "peas"
    found = pictured("Bring me a roll and sausage with my tea in the morning.")
    assert found.get("roll") == "bread"
    assert found.get("sausage") == "sausages"


def test_shipyard_and_quayside_cranes_are_the_crane():
    """Cranes named by the shipyard or quay they stand on are the lifting crane, not a bird."""
    assert pictured("From my bed I can see the dockyard cranes.").get("cranes") == "crane"
    assert pictured("The crane swung a crate over the quay.").get("crane") == "crane"
    assert "cranes" not in pictured("Two cranes flew over the marsh at dusk.")
