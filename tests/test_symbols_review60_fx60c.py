"""Code review 60c (rounds 410 and 411, nouns and things): the wrong pictures it found."""

from __future__ import annotations

from tests.helpers import concepts, crossed


def test_an_accident_that_was_a_fall_is_no_continence():
    for text in (
        "I had an accident, I fell in the bathroom and broke my hip.",
        "I slipped on the bathroom floor, it was a bad accident.",
        "Since my accident last year I'm embarrassed to go out with my frame.",
        "After the accident I need help getting freshened up in the morning.",
    ):
        assert "continence" not in concepts(text).values(), text
    assert concepts("If I've had an accident, help me get freshened up quietly.")["accident"] == (
        "continence"
    )


def test_tubes_after_a_catheter_oxygen_or_the_bus_are_no_drip():
    found = concepts("The nurse changes my catheter bag and tubes at the end of each week.")
    assert found["tubes"] == "catheter"
    found = concepts("I have oxygen and tubes at night, the machine hums at the end of the bed.")
    assert found["tubes"] == "oxygen-r35"
    assert "drip" not in concepts("I went on the bus and tube to the hospital.").values()
    # drips and tubes refused at the end stay the drip
    assert concepts("No drips or tubes at the end, please.")["tubes"] == "drip"


def test_results_after_a_name_are_a_score_only_where_football_is_said():
    assert "score-r319" not in concepts("The Election results came in and Labour won.").values()
    assert "score-r319" not in concepts("I watch the Oscars results to see who won.").values()
    assert concepts("Tell me the Rovers result on a Saturday.")["result"] == "score-r319"
    assert concepts("Tell me the Rovers score on a Saturday.")["score"] == "score-r319"


def test_people_who_park_after_their_names_are_no_park():
    assert "park" not in concepts("Sue and Dave park on the drive when they visit.").values()
    assert "park" not in concepts("Jack and Tom park their van outside.").values()
    assert concepts("I like a walk in Almondell park.")["park"] == "park"


def test_a_bunker_round_the_back_and_links_of_course_are_no_golf():
    assert "golf" not in concepts("We kept coal in the bunker round the back.").values()
    assert "golf" not in concepts("Of course the links with my old church matter to me.").values()
    said = concepts("My daughter sends me the links on my tablet and I click the green button.")
    assert "golf" not in said.values()
    assert concepts("He played the old links every Sunday with his golf pals.")["links"] == "golf"


def test_a_tea_caddie_is_no_golf():
    assert "golf" not in concepts("The tea caddie came from my mother.").values()
    assert "golf" not in concepts("I keep my tea in a caddie on the shelf.").values()
    assert concepts("I was a caddie at the golf club as a lad.")["caddie"] == "golf"


def test_a_card_from_family_or_after_a_death_is_no_communication_card():
    said = concepts("My granddaughter made me a card with pictures of the dog.")
    assert "communication-card-r410" not in said.values()
    said = concepts("I got a card with lovely words from the vicar after John died.")
    assert "communication-card-r410" not in said.values()
    said = concepts("I point to the card with words on it when the carers can't understand me.")
    assert said["card"] == "communication-card-r410"


def test_one_concept_owns_the_picture_card_and_its_plural():
    one = concepts("I use my picture card to show what I want.")["picture card"]
    many = concepts("I use picture cards to show the carers what I want.")["picture cards"]
    assert one == many == "communication-card-r410"
    assert concepts("I point at my symbol cards.")["symbol cards"] == "communication-card-r410"


def test_a_coffin_a_hearse_or_the_frost_in_white_is_no_clothes():
    for text in (
        "I want the flowers on my coffin in white.",
        "I want the hearse in white, with horses.",
        "When I wake the garden is all in white with frost.",
        "My funeral is planned. I'd like the church decorated in white.",
    ):
        assert "clothes-r304" not in concepts(text).values(), text
    said = concepts("At my funeral I want the mourners in white.")
    assert said["white"] == "clothes-r304"


def test_flashes_with_no_doorbell_or_phone_are_no_light():
    for text in (
        "The diamond in my ring flashes in the sun.",
        "Memories come back in flashes and I hear my mother's voice.",
        "I see flashes in my eye; the optician rang me back.",
    ):
        assert "light-2" not in concepts(text).values(), text
    assert concepts("My doorbell flashes as I can't hear it.")["flashes"] == "light-2"


def test_a_turner_by_trade_or_in_the_kitchen_is_no_hoist():
    assert (
        "hoist"
        not in concepts("Use the turner to flip my egg, I like it on the bed of toast.").values()
    )
    said = concepts("My husband was a turner, he'd come home and fall asleep in his chair.")
    assert "hoist" not in said.values()
    assert concepts("I stand up on the turner with two carers.")["turner"] == "hoist"


def test_a_site_with_a_football_pitch_or_a_wagon_at_the_quarry_is_no_caravan():
    for text in (
        "The football pitch was on the site of the old pit.",
        "The children's football pitch is on the same site as the school.",
        "He drove a wagon at the quarry and the site was dusty.",
    ):
        assert "caravan" not in concepts(text).values(), text
    assert concepts("Our caravans have stood on the same site for years.")["site"] == "caravan"


def test_faces_a_person_cannot_make_out_are_bare():
    assert crossed("I can't make out faces across the room.")["faces"] is False
    assert crossed("I can't recognise faces across the room.")["faces"] is False
    assert crossed("I don't want a bath.")["bath"] is True


def test_easy_questions_on_a_quiz_are_no_asking():
    assert "ask-me" not in concepts("I like a quiz on the telly with easy questions.").values()
    assert concepts("Ask me simple questions I can answer with a nod.")["questions"] == "ask-me"
