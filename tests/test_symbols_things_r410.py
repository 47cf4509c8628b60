"""Round 410: things the plans name that got no picture (the freshest tuning set's misses)."""

from __future__ import annotations

from tests.helpers import concepts, crossed


def test_a_card_of_words_or_pictures_for_the_carers_is_a_card():
    assert concepts("Point to my picture card when you can't understand me.")["picture card"] == (
        "communication-card-r410"
    )
    assert concepts("My niece made a card with Punjabi words on it for the carers.")["card"] == (
        "communication-card-r410"
    )
    assert concepts("Jan wrote some words on cards for the staff.")["cards"] == (
        "communication-card-r410"
    )
    # a birthday card, a bank card and a game of cards are not
    assert concepts("I write a few words in every birthday card.").get("birthday card") != (
        "communication-card-r410"
    )
    assert "communication-card-r410" not in concepts("I play cards with the lads.").values()
    assert "communication-card-r410" not in concepts("My bank card has a PIN.").values()


def test_faces_a_person_cannot_make_out_are_faces():
    assert concepts("I can't make out faces across the room now.")["faces"] == "head"
    assert "faces" not in concepts("The window faces the sea.")


def test_how_much_after_a_thing_is_no_kind_of_thing():
    assert "tea" in concepts("My hands shake, so pour my tea half a cup at a time.")
    assert "door" in concepts("Don't leave a door half open, I walk into them.")
    # a thing before a thing that has no picture still names its kind
    assert "urine" not in concepts("Leave the urine bottle by the bed.")


def test_a_teams_score_said_with_its_name_or_told_is_the_score():
    assert concepts("Tell me the Rovers score on a Saturday.")["score"] == "score-r319"
    assert concepts("My son reads me the Argyle scores on a Saturday.")["scores"] == "score-r319"
    assert concepts("The Falkirk score comes up on my phone.")["score"] == "score-r319"
    assert concepts("Put the radio on so I hear the score.")["score"] == "score-r319"
    # a test's score, a score known in the saying, or music: no match
    assert "score" not in concepts("The memory clinic told me my test score.")
    assert "score" not in concepts("I know the score with my doctors.")
    assert "score" not in concepts("Tell me the music score.")


def test_drips_and_tubes_refused_at_the_end_are_the_drip_crossed():
    found = crossed("I don't want drips and tubes to keep me going when I'm dying.")
    assert found["drips"] is True and found["tubes"] is True
    assert concepts("No drips or tubes at the end, please.")["drips"] == "drip"
    # a dripping tap is no drip
    assert "drips" not in concepts("The kitchen tap drips all night and it drives me mad.")


def test_the_turner_i_stand_with_is_the_hoist_kit():
    assert concepts("Carers help me stand with the turner to get from bed to chair.")["turner"] == (
        "hoist"
    )
    # a turner at a lathe is a trade, not kit
    assert "turner" not in concepts("I was a turner at the works, on the lathes.")


def test_questions_put_to_the_person_or_asked_again_are_asking():
    found = crossed("My memory's poor, so don't mither me with questions first thing.")
    assert found["questions"] is True
    assert concepts("I ask the same question over and over.")["question"] == "ask-me"
    # a question said of a matter is no asking
    assert "question" not in concepts("That's out of the question now.")
    assert "question" not in concepts("The question is whether I can manage the stairs.")


def test_an_accident_on_the_way_to_the_toilet_is_continence():
    found = concepts("Take me to the netty after meals, or I forget and have an accident.")
    assert found["accident"] == "continence"
    assert concepts("If I've had an accident, help me get freshened up quietly.")["accident"] == (
        "continence"
    )
    # a crash, a fall or an accident at work is not
    assert "accident" not in concepts("I lost an eye in an accident at the pit.")
    assert "accident" not in concepts("He had an accident on the way to the shop.")
