"""Wrong senses round 330: a word that names a different thing beside its neighbours."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def concepts(text: str) -> dict[str, str]:
    """Map each matched phrase to the concept whose picture it gets."""
    return {m.term.lower(): m.concept.id for m in find_all(text, ())}


def test_an_operation_called_a_job_is_no_work():
    """ "the hip job", "the prostate job": an operation said plainly, not the person's work."""
    found = concepts("Since my hip job last spring I walk with the frame.")
    assert found.get("job") != "work"
    assert concepts("I loved my job at the bakery.").get("job") == "work"


def test_the_church_minibus_is_the_minibus_not_the_church():
    """ "the church minibus fetches me": the ride is what the sentence is about."""
    found = concepts("On a Sunday the church minibus fetches me from the door.")
    assert found.get("church") != "church"
    assert found.get("minibus") == "minibus"
    assert concepts("I go to church on a Sunday.").get("church") == "church"


def test_a_cloth_shop_is_the_shop_not_a_roll_of_fabric():
    """ "my cloth shop on the high street": the person's shop; the cloth is what it sold."""
    found = concepts("For years I ran a cloth shop near the station.")
    assert found.get("cloth") != "fabric"
    assert found.get("shop") is not None
    assert concepts("She bought a length of cloth for the curtains.").get("cloth") == "fabric"
