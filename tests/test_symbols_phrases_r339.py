"""Round 339: care phrases the older plans say again and again get the picture of the whole thing.

A phrase the vocabulary does not know is read word by word, so a union banner showed the
picket's placard and "the Caribbean Centre" no centre at all. Each phrase here is filed under
the concept labellers give it.
"""

from __future__ import annotations

import re

from plugins.symbols.matcher import find_all


def pictured(text: str) -> dict[str, str]:
    """Each pictured word or phrase of TEXT -> its concept id without a round's suffix."""
    return {m.term: re.sub(r"-r\d+$", "", m.concept.id) for m in find_all(text, ())}


def test_a_union_or_lodge_banner_is_a_banner():
    """The banner a union, lodge or pit carried at galas and funerals is a banner, not a
    picket's placard nor a miner."""
    assert pictured("Drape the union banner over my coffin at the end.").get("union banner") == (
        "banner"
    )
    assert pictured("I carried our lodge banner at the gala for years.").get("lodge banner") == (
        "banner"
    )
    assert pictured("Our branch marched behind the banner at the gala.").get("banner") == "banner"
    assert pictured("I stood on the picket line in the cold.").get("picket line") == "strike"


def test_a_named_community_centre_is_the_community_centre_not_a_name():
    """A people's or a neighbourhood's centre written with capitals is the community centre."""
    assert pictured("Every Tuesday the minibus takes me to the Polish Centre.").get("Centre") == (
        "community-centre"
    )
    assert pictured("The Hillside Neighbourhood Centre does a lunch on Thursdays.").get(
        "Centre"
    ) == ("community-centre")
    assert "Centre" not in pictured("We went to the Arndale Centre for shoes.")


def test_indoors_beside_walking_kit_still_shows_the_home():
    """'The frame indoors, the wheelchair outside': indoors is where the kit is used, a thing
    the person says, so it keeps its picture in a sentence full of kit."""
    found = pictured(
        "My ankles are weak, so I walk with the stick indoors and go in the wheelchair"
        " when my son takes me to the market."
    )
    assert found.get("indoors") == "home"


def test_walking_along_or_down_to_the_front_is_the_seafront():
    """Along the front, down to the front: the seafront; the front of a cardigan is not."""
    assert pictured("Push my chair along the front when the weather is fair.").get("front") == (
        "beach"
    )
    assert pictured("On Sundays we stroll down to the front for an ice cream.").get("front") == (
        "beach"
    )
    found = pictured("Gravy dribbles down the front of my jumper, so use a bib.")
    assert "front" not in found
    assert "front" not in pictured("Park the car along the front of the flats.")


def test_the_weekly_meeting_the_person_goes_to_is_a_meeting():
    """An AA meeting or the Citadel's meeting is the meeting picture (a Quakers' meeting is the
    church they gather in, round 333's one rule for it); a best interests meeting stays the
    capacity picture."""
    assert pictured("Drop me at my AA meeting on Thursdays.").get("meeting") == "meeting"
    assert pictured("The Quakers hold their meeting in silence on Sunday.").get("meeting") == (
        "church"
    )
    assert pictured("We had a best interests meeting about my move.").get("meeting") is None


def test_a_bus_depot_named_by_its_road_is_the_bus():
    """'Out of Leeds Road depot' on the buses is the bus depot, as 'the depot' beside buses is;
    a depot injection stays the injection."""
    found = pictured("I was a clippie on the trams out of Leeds Road depot.")
    assert found.get("depot") == "bus"
    assert pictured("The nurse gives me a depot injection monthly.").get("depot") is None
