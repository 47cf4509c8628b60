"""Round 390: things plans from Northern Ireland and elsewhere name that had no picture."""

from plugins.symbols.matcher import find_all


def pictured(text: str) -> dict[str, str]:
    """Each pictured phrase of TEXT (lower case) -> the concept whose picture it gets."""
    return {m.term.lower(): m.concept.id for m in find_all(text, ())}


def test_a_bank_in_a_sentence_about_fishing_is_the_river_bank():
    assert pictured("Dad takes me down with a rod, though I just sit on the bank.")["bank"] == "river"
    assert pictured("I fish off the bank below the weir on a Sunday.")["bank"] == "river"
    assert pictured("I can't get down the bank now, so Joe carries my tackle.")["bank"] == "river"


def test_a_money_bank_beside_fish_stays_the_bank():
    assert pictured("I go to the bank for my pension, then fish and chips.")["bank"] == "bank"
    assert pictured("Take me to the bank, then the fish market.")["bank"] == "bank"
    assert pictured("I like fishing, and my son does my bank letters.").get("bank") != "river"


def test_fits_a_person_has_or_takes_are_seizures():
    assert pictured("I have fits sometimes; if I go down, put me on my side.")["fits"].startswith("seizure")
    assert pictured("He still takes fits at night.")["fits"].startswith("seizure")


def test_fits_of_laughing_a_temper_or_a_dress_that_fits_are_no_seizure():
    for text in (
        "I get fits of coughing in the morning.",
        "My mum would have fits if she saw the kitchen.",
        "This dress fits me well.",
        "I have fits of the giggles with our Mary.",
    ):
        assert not any(c.startswith("seizure") for c in pictured(text).values()), text
