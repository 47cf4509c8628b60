"""Code review 57c: senses that read too much of the sentence, or too little of the next word.

"In the end" (finally) beside care or nursing, and "near the end" of a film or a street, are
no death; "near the end" beside the hospice or dying still is."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def shown(text: str, names=()) -> dict[str, str]:
    """Each pictured term of TEXT (lower case) -> what its picture shows (the concept's alt)."""
    return {m.term.lower(): m.concept.alt for m in find_all(text, names)}


def crossed(text: str) -> dict[str, bool]:
    """Each pictured term of TEXT (lower case) -> whether its picture has the not cross."""
    return {m.term.lower(): m.negated for m in find_all(text)}


def test_in_the_end_beside_care_is_no_death():
    for text in (
        "In the end we chose the care home nearest my daughter.",
        "My wife cared for me and in the end I got better.",
        "I worked in nursing until the end, retired at sixty.",
    ):
        assert shown(text).get("end") != "died", text
    found = shown("I'm not scared of dying, but I want my husband near me at the end.")
    assert found["end"] == "died"


def test_near_the_end_needs_dying_beside_it():
    for text in (
        "The film was good but I nodded off near the end.",
        "My bungalow is near the end, past the post box.",
        "We're nearing the end, only two more exercises with the physio.",
    ):
        found = shown(text)
        assert found.get("near the end") != "died", text
        assert found.get("nearing the end") != "died", text
    assert shown("Have the hospice nurse come near the end.")["near the end"] == "died"


def test_not_been_myself_beside_prunes_is_no_bowels():
    for text in (
        "I haven't been myself since the stroke, and the prunes don't help.",
        "I haven't been happy since my husband died; I take my senna at night.",
        "I haven't been bothered to eat, I just have prunes.",
        "I've not been right since the fall, and I take Movicol.",
        "She hasn't been for a visit since Christmas, but she sends prunes.",
    ):
        assert "bowels" not in shown(text).values(), text
    assert (
        shown("Tell the nurse if I haven't been for three days, and give me prunes.")[
            "haven't been"
        ]
        == "bowels"
    )
    assert shown("If I haven't been, I take senna.")["haven't been"] == "bowels"


def test_the_right_before_a_noun_is_correct_not_a_side():
    for text in (
        "Keep the bed at the right height for my back.",
        "Walk at the right speed for me.",
        "Keep the telly at the right level.",
        "Park at the right entrance of the hospital.",
        "Put my cup at the left end of the table.",
    ):
        assert not {"right", "left"} & set(shown(text).values()), text
    assert shown("The bathroom is on the right, past the lounge.")["the right"] == "right"
    assert shown("Stand on my left while I walk.")["my left"] == "left"


def test_the_english_people_are_no_language():
    for text in (
        "The English went out of the World Cup and I was so upset.",
        "The English came in 1066, I could talk about history all day.",
        "The English came to our village in the war and I was tired of them.",
        "The English and the Irish, my grandad would talk about them for hours.",
    ):
        assert "language" not in shown(text).values(), text
    text = "My father was English and my mother was Irish, so we spoke English at home."
    assert [m.concept.alt for m in find_all(text) if m.term == "English"] == ["language"]
    assert [m.start for m in find_all(text) if m.term == "English"] == [text.rindex("English")]
    assert (
        shown("His English went after the stroke, he speaks Punjabi now.")["english"] == "language"
    )
    assert shown("When I'm tired the English goes and I speak Welsh.")["english"] == "language"
    assert shown("English and Urdu, I speak both.")["english"] == "language"


def test_a_weighing_gets_one_scales_picture_however_the_gain_is_said():
    for text in (
        "Weigh me every Monday; if I've put on a pound ring the nurse.",
        "I've put on a few pounds, weigh me weekly.",
        "My carer weighs me, I'm ten stone now.",
    ):
        assert list(shown(text).values()).count("weighing scales") == 1, text
    assert shown("I've put on a few pounds since Christmas.")["put on a few pounds"] == (
        "weighing scales"
    )
    assert shown("I lost two stone last year.")["stone"] == "weighing scales"


def test_a_pound_bet_beside_lost_weight_is_still_money():
    found = shown("I lost weight but I still put a pound on the horses every Saturday.")
    assert found["pound"] == "coins"
    assert "pound" not in shown("Weigh me; I put a pound on last week.")


def test_a_working_life_in_another_clause_keeps_the_garden_gate():
    for text in (
        "Shut the gate, I used to work at the mill.",
        "Close the gate behind you; my son works at the steelworks.",
        "Lock the gate at night; my husband was made redundant from the pit.",
    ):
        assert shown(text).get("gate") == "garden", text
    assert "gates" not in shown("They shut the gates at the colliery in 1985.")


def test_being_one_of_the_poor_is_no_charity():
    for text in (
        "I grew up among the poor, we had no money for food.",
        "We were the poor ones on our street, Mum took in washing for money.",
    ):
        assert "charity" not in shown(text).values(), text
    assert shown("At Ramadan we give zakat to the poor.")["poor"] == "charity"
    assert shown("We feed the poor at the gurdwara.")["poor"] == "charity"


def test_the_left_in_politics_is_no_side():
    found = shown("My husband was always on the left in politics, a Labour man.")
    assert found.get("the left") != "left"
    assert shown("He voted Tory all his life, always on the right.").get("the right") != "right"
    assert shown("Stand on my left while I walk.")["my left"] == "left"


def test_a_side_is_never_crossed_out():
    assert crossed("I've no feeling down my right side.")["right side"] is False
    assert crossed("Don't sit on my left, I can't hear.")["my left"] is False
    assert crossed("I don't drink tea.")["tea"] is True


def test_a_tube_down_the_nose_is_no_drip():
    found = shown("I don't want any tube down my nose if I have another stroke.")
    assert found.get("tube") not in ("drip", "oxygen"), found
    assert shown("No tube if I have another stroke, let me go.")["tube"] == "drip"
