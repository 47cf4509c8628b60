"""Round 389: words the tuning sets most often leave without a picture, across many plans."""

from __future__ import annotations

from tests.helpers import concepts


def _language(text: str) -> bool:
    return concepts(text).get("english", "").startswith("languages")


def test_english_is_the_language_as_it_goes_when_tired_or_after_a_stroke():
    assert _language("I speak Tamil best; English goes when I have a fever.")
    assert _language("When I'm muddled the English leaves me, so talk to me in Irish.")
    assert _language("Since the stroke the English and the Italian have gone.")
    assert not _language("The English are a funny lot, when I'm tired I say so.")


def test_english_in_a_list_of_languages_spoken_is_the_language():
    assert _language("I speak Hindi with my sister, English with the nurses.")
    assert _language("I speak Bengali, English and a little Arabic.")
    assert not _language("My husband was a true English gent, he spoke about cricket.")
    assert not _language("I like a full English and then we talk about the racing.")
    assert not _language("The English teacher came round, we speak every week.")


def test_the_side_a_person_hears_or_is_helped_on_is_left_or_right_not_the_right_thing():
    assert concepts("My right ear is deaf, so stand on my left.")["my left"] == "left-r389"
    assert concepts("The stroke left my right side weak.")["right side"] == "right-r389"
    assert concepts("Keep the commode on the right, by the window.")["the right"] == "right-r389"
    found = concepts("My right ear is deaf, so stand on my left.")
    assert "right" not in found and found["ear"] == "ears"
    found = concepts("He left on a Monday; give me the right tablets, it's my right to say no.")
    assert not {"left-r389", "right-r389"} & set(found.values())
    assert concepts("I like the lamp left on at night.")["lamp"]
    assert "the left" not in concepts("I eat with my right hand, never the left.")
