"""Round 342: death said gently, as whole phrases, shows the death (the tomb).

People say it softly: "when I've gone", "when I've passed". The same words going on with a
place or a thing ("when I've gone to bed", "after I've passed the test") are no death.
"""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def pictured(text: str) -> dict[str, str]:
    """Each pictured word or phrase of TEXT -> its concept id."""
    return {m.term: m.concept.id for m in find_all(text, ())}


def test_when_ive_gone_as_a_clause_of_its_own_is_a_death():
    """'When I've gone, ...' about the funeral is the death, as 'when I'm gone' is."""
    found = pictured("When I've gone, I want the brass band and a ham tea at the club.")
    assert found.get("When I've gone") == "died-r217"
    found = pictured("The medals go to our Darren after I have gone.")
    assert found.get("after I have gone") == "died-r217"


def test_when_ive_gone_somewhere_is_no_death():
    """Gone on to a place or a doing is a going, not a death."""
    for text in (
        "When I've gone to bed, leave the landing light on.",
        "When I've gone out, lock the back door.",
        "After I've gone shopping I need a sit down.",
    ):
        assert "died-r217" not in pictured(text).values(), text


def test_when_ive_passed_is_a_death_but_a_test_passed_is_not():
    """'When I've passed, scatter me...' is the death; passing a thing or a place is not."""
    found = pictured("When I've passed, put my ashes on the allotment.")
    assert found.get("When I've passed") == "died-r217"
    assert "died-r217" not in pictured("After I've passed the post office, I turn left.").values()


def test_little_time_left_beside_the_illness_is_the_end_of_life():
    """'I haven't got long' said of the cancer or the doctors is dying, the end of life."""
    found = pictured("The tumour has spread and I haven't got long, so keep me comfy.")
    assert found.get("haven't got long") == "end-of-life-r342"
    found = pictured("My consultant told me there's not long left, and I'm at peace.")
    assert found.get("not long left") == "end-of-life-r342"


def test_little_time_left_for_an_errand_or_a_date_is_no_dying():
    """A short wait before a taxi, a programme or Christmas is no end of life."""
    for text in (
        "There's not long left till Christmas, so the doctor's visit can wait.",
        "I've not got long before the nurse comes, so be quick with the tea.",
        "Hurry up, we haven't got long and the bus goes at ten.",
    ):
        assert "end-of-life-r342" not in pictured(text).values(), text


def test_the_end_beside_the_macmillan_nurse_or_the_anointing_is_the_end_of_life():
    """'At the end' or 'till the end' beside the hospice team or the last rites is dying: the
    death itself since round 387 (the labels key it death|dying), no longer the hospice."""
    found = pictured("At the end I'd like the Macmillan nurse and my daughters with me.")
    assert found.get("end") == "died"
    found = pictured("Keep me here till the end, with the hospice nurses calling in.")
    assert found.get("end") == "died"
    found = pictured("Send for the priest for the anointing before the end.")
    assert found.get("end") == "died"


def test_the_end_of_a_road_or_a_film_is_no_end_of_life():
    """The end of a thing, or watching a match till the end, is no dying."""
    for text in (
        "The hospice shop is at the end of the road.",
        "I like to watch the football till the end, then go up to bed.",
    ):
        assert not {"end-of-my-life", "died"} & set(pictured(text).values()), text


def test_a_person_gone_some_winters_has_died():
    """'Ruth has been gone four winters' counts the years in winters: she has died."""
    found = pictured("Alma has been gone three winters, and I still talk to her photo.")
    assert found.get("been gone") == "died-r228"
