"""Round 310: a care phrase gets the picture of the thing it names, the one labellers give it.

A phrase the vocabulary knows wins over its parts, so a phrase filed under the wrong concept
takes the right picture away from every plan that says it: the collection plate is the church
collection, not a gift; coal dust is the dust breathed in, not the mine.
"""

from __future__ import annotations

import re

from plugins.symbols.matcher import find_all


def pictured(text: str) -> dict[str, str]:
    """Each pictured word or phrase of TEXT -> its concept id without a round's suffix."""
    return {m.term: re.sub(r"-r\d+$", "", m.concept.id) for m in find_all(text, ())}


def test_the_collection_plate_is_the_church_collection():
    """The plate passed round in church shows the collection, as 'the collection' does."""
    assert pictured("I like a few coins ready for the collection plate on Sundays.") == {
        "coins": "coins",
        "collection plate": "charity",
        "Sundays": "sunday",
    }
    found = pictured("At chapel the steward brings the plate round for the offering.")
    assert found.get("plate") == "charity"
    assert pictured("Give me a small plate of rice at lunch.").get("plate") == "plate"


def test_coal_dust_is_the_dust_breathed_in_not_the_mine():
    """Labellers key coal dust as dust or coal: the dust mask, as other dust on the chest is."""
    assert pictured("Forty years of coal dust left me short of breath.").get("coal dust") == "dust"
    assert pictured("The pit dust is why I cough every morning.").get("pit dust") == "dust"


def test_the_eye_clinic_shows_the_eye_and_the_optician_the_glasses():
    """The hospital eye clinic is about the eyes (its injections, its scans), not spectacles."""
    assert pictured("My son takes me to the eye clinic for the scans.").get("eye clinic") == (
        "eye-clinic"
    )
    assert pictured("I see the optician for new glasses in May.").get("optician") == "optician"


def test_the_ashes_show_the_urn_whether_scattered_or_kept():
    """'Scatter my ashes' already shows the urn; the ashes said alone show it too, not a tomb."""
    assert pictured("I want my ashes up on the moor where I walked.").get("ashes") == "urn"
    assert pictured("Scatter my ashes by the lighthouse.").get("Scatter my ashes") == "urn"
    assert "ashes" not in pictured("Clear the ashes out of the grate before you light the fire.")


def test_a_felt_pen_is_the_pen_not_large_print():
    """A black felt pen is what the writing is done with: the pen, not the large print picture."""
    found = pictured("Label my drawers with a thick black felt pen so I can read them.")
    assert found.get("felt pen") == "pen"
    assert (
        pictured("A marker pen on the calendar helps me see the days.").get("marker pen") == "pen"
    )


def test_the_long_cane_is_the_white_cane():
    """The long cane a blind person sweeps with is the cane itself, as the white stick is."""
    assert pictured("I take my long cane when I cross to the shop.").get("long cane") == (
        "white-cane"
    )


def test_an_advance_decision_is_the_form_not_the_care_plan():
    """The signed advance decision refusing treatment is a form, as a DNACPR form is."""
    found = pictured("My advance decision is in the red folder by the phone.")
    assert found.get("advance decision") == "forms"
    assert pictured("The nurse reads my care plan every week.").get("care plan") == "plan"
