"""Code review 58c: a tear the weather or the onions bring is the eye, not crying; a stainless
steel glass shelf is no drinking glass."""

from __future__ import annotations

from tests.helpers import concepts


def test_a_tear_from_the_wind_or_onions_is_the_eye_not_crying():
    found = concepts("The cold wind brings a tear to my eye, so I wear my glasses.")
    assert "cry-lump-throat-r363" not in found.values()
    assert found["eye"] == "eyes"
    assert (
        "cry-lump-throat-r363" not in concepts("Chopping onions brings a tear to my eye.").values()
    )
    # a tear a hymn brings is crying
    found = concepts("That hymn brings a tear to my eye.")
    assert found["brings a tear to my eye"] == "cry-lump-throat-r363"


def test_a_stainless_steel_glass_shelf_is_no_drinking_glass():
    found = concepts("I have a stainless steel glass shelf in the shower.")
    assert "drinking-glass-r291" not in found.values()
    # a steel glass one drinks from keeps its picture
    found = concepts("I drink my lassi from a steel glass.")
    assert found["steel glass"] == "drinking-glass-r291"
