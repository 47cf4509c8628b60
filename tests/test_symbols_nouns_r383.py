"""Things the newest plans (South Yorkshire, Hull, the East Riding) still named with no picture
after round 382, each pictured only where the sentence says which thing it is (round 383)."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def concept_on(text: str, word: str) -> str | None:
    """The concept WORD (as written) is pictured as in TEXT, or None where it gets no picture."""
    found = {m.term: m.concept.id for m in find_all(text, ())}
    return found.get(word)


def test_a_role_title_before_a_name_shows_the_role_but_a_doctor_or_religious_title_does_not():
    assert concept_on("Dr Hussain rings me about my bloods on a Friday.", "Dr") is None
    assert concept_on("I'd sooner see Doctor Price than a locum.", "Doctor") is None
    assert concept_on("Nurse Pearson does my leg on a Thursday.", "Nurse") == "nurse"
    assert concept_on("Sister Bernadette brings me communion.", "Sister") is None
    assert concept_on("Father Declan comes on a Sunday.", "Father") is None
    assert concept_on("Mrs Church from next door feeds the cat.", "Church") is None
    assert concept_on("I never miss Doctor Who on a Saturday.", "Doctor") is None


def test_english_as_a_language_that_slips_away_is_the_language_but_the_english_people_are_not():
    assert concept_on("When I'm poorly the English goes and I only speak Bengali.", "English") == (
        "languages"
    )
    assert concept_on("Since the stroke the English word I want hides from me.", "English") == (
        "languages"
    )
    assert concept_on("I understand Polish better than English.", "English") == "languages"
    assert concept_on("When I'm tired I forget to switch back to English.", "English") == (
        "languages"
    )
    assert concept_on("The English went home happy after the test match.", "English") is None
    assert concept_on("English mustard goes well with ham.", "English") is None
    assert concept_on("English comes second to cricket in this house.", "English") is None


def test_burying_wanted_or_lay_me_with_someone_at_the_end_is_the_grave():
    assert concept_on("When I go, I want burying next to my mother.", "burying") == "cemetery"
    assert concept_on("I'd rather burying than cremating, like my dad.", "burying") == "cemetery"
    assert concept_on("When my time comes, lay me with Harold in the churchyard.", "lay me") == (
        "cemetery"
    )
    assert concept_on("The dog is always burying bones in the garden.", "burying") is None
    assert concept_on("Lay me with my back to the window, please.", "lay me") is None


def test_the_poor_given_to_are_charity_but_the_poor_dog_is_not():
    assert concept_on("My sugar stops me fasting, so I give food to the poor.", "poor") == (
        "charity-2"
    )
    assert concept_on("Every Christmas Mum gave money to the poor.", "poor") == "charity-2"
    assert concept_on("Give the poor cat her biscuits before mine.", "poor") is None
    assert concept_on("I gave the poor old chap a hand with his bags.", "poor") is None
    assert concept_on("My eyesight is poor, so give me the large print.", "poor") is None


def test_text_me_shows_the_text_message_and_a_mobile_stays_the_phone():
    assert concept_on("I can't hear the phone ring, so text me instead.", "text") == "phone-text"
    assert concept_on("Text my son Gary if I have a bad night.", "Text") == "phone-text"
    assert concept_on("My son bought me a mobile with big buttons.", "mobile") == "mobile-phone"
    assert concept_on("Print the text big for me, I can't see small print.", "text") is None
