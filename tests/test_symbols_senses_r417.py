"""Round r417: words whose sense the sentence around them decides (seeing family, missing a
session, being parched, flagging a worry, a named quay, iron as a mineral, the blind society)."""

from __future__ import annotations

from tests.helpers import concepts


def test_seeing_the_family_often_is_no_hallucination():
    # 'aren't far', 'don't live near' say no, but the people seen are real visitors
    for text in (
        "I see the kids most weeks, they aren't far.",
        "I see the grandchildren at Christmas, they don't live near.",
        "I see the children every weekend, not as much as I'd like.",
    ):
        assert "hallucination" not in concepts(text).values(), text
    # people and faces that are not there are still seen
    assert concepts("I see children in the garden that aren't there.")["see"] == "hallucination"
    assert (
        concepts("I see little men in the corner at night, they aren't real.")["see"]
        == "hallucination"
    )
    assert concepts("I see faces in the curtains.")["see"] == "eyes-2"


def test_seeing_people_that_are_not_real_is_a_hallucination_whenever_it_happens():
    # code review 60a item 3: an infection or Parkinson's is the typical cause, and 'aren't real'
    # or 'aren't there' outweighs a word of how often
    for text in (
        "I see people in my room when I have an infection.",
        "I have a water infection. I see children at the end of my bed.",
        "I see little men on the wardrobe, it's the Parkinson's, most weeks.",
        "I often see people in my bedroom who aren't there.",
        "I see people in the room, they aren't real, it happens most weeks.",
        "I see strangers in the house at Christmas that aren't real.",
    ):
        assert "hallucination" in concepts(text).values(), text
    # real visitors seen often, with only a word that says no, stay no hallucination
    assert "hallucination" not in concepts("I see the kids most weeks, they aren't far.").values()


def test_missing_a_treatment_is_no_sadness():
    # a session missed when the transport or the staff let the person down
    for text in (
        "I miss my dialysis when the nurses are off.",
        "I miss my treatment if the ambulance is late.",
        "I still miss my physio when the bus is late.",
        "I really miss the chemo, I forget the days.",
    ):
        assert "miss" not in concepts(text), text
    # the people missed stay sad, a session's people too
    assert concepts("I miss my late husband terribly.")["miss"] == "sad"
    assert concepts("I miss my husband, he took me to dialysis.")["miss"] == "sad"
    assert concepts("I miss my dialysis nurses, they were like family.")["miss"] == "sad-miss-r327"


def test_missing_the_people_of_a_treatment_stays_sad():
    # code review 60a item 8: a physio who was like a daughter, the nurses who were kind, the
    # staff who moved the person off the ward are people missed, not a session
    assert concepts("I really miss my physio, she was like a daughter to me.")["miss"] == "sad"
    for text in (
        "I miss my dialysis nurses because they were kind.",
        "I miss my dressings nurse because she was kind.",
        "I miss the clinic staff since they moved me off the ward.",
    ):
        assert concepts(text).get("miss") == "sad-miss-r327", text
    # the session missed when the physio is off stays no sadness
    assert "miss" not in concepts("I miss my physio when she is off.")


def test_a_person_always_so_parched_wants_a_drink():
    # words of how often and how much between the person and 'parched'
    for text in (
        "I'm always so parched.",
        "She is usually really parched after her nap.",
        "He's still very parched in the mornings.",
    ):
        assert concepts(text).get("parched") == "drink", text
    # dry fields stay no drink
    assert "parched" not in concepts("The fields were always so parched in August, I remember.")


def test_a_dry_place_always_so_parched_is_no_drink_though_the_person_speaks():
    # code review 60a item 12: the doer before the words of how often and how much decides, not
    # an 'I' anywhere in the sentence
    for text in (
        "Our back yard gets so parched in summer I can't grow anything.",
        "Everything was always so parched out in India, I loved the heat.",
        "My tomatoes are always so parched in July, I water them twice a day.",
        "The pasture was always so parched in August when I was a lad.",
    ):
        assert "parched" not in concepts(text), text
    for text in ("I get so parched at night.", "I'm often really parched when I wake."):
        assert concepts(text).get("parched") == "drink", text


def test_flagging_a_worry_is_no_flag():
    # to flag a worry or a pain is to raise it with someone
    for text in (
        "I am Polish and Italian, flag my worries to my son.",
        "I'm Latvian, flag any pain to the nurse.",
        "I'm British, flag anything odd to my daughter.",
    ):
        assert "flag" not in concepts(text), text
    assert concepts("I want the Polish flag on my coffin.")["flag"] == "flag-poland"


def test_the_navy_beside_the_other_forces_is_the_navy():
    assert concepts("Navy and RAF flags hang in my room.").get("navy") == "navy"
    # code review 60a item 15: the navy itself is checked ('Navy flags' is the flag's phrase)
    assert concepts("He was in the Army and Navy.").get("navy") == "navy"
    # navy beside a colour stays a colour, army green and air force blue too (item 10)
    assert "navy" not in concepts("I like navy and red jumpers.").values()
    for text in ("My coat is navy and army green.", "My skirts are navy and air force blue."):
        assert concepts(text).get("navy") == "blue-dark", text
    # the Army and Navy is a department store (item 10)
    for text in (
        "I used to buy my coats at the Army and Navy in Guildford.",
        "I worked at the Army and Navy stores for years.",
    ):
        assert "navy" not in concepts(text).values(), text


def test_working_at_a_named_quay_is_the_harbour():
    assert concepts("I worked at Parkeston Quay for thirty years.").get("quay") == "boat"
    assert concepts("We took the ferry to Harwich Quay every summer.").get("quay") == "boat"
    # a quay's name that is a home address stays a name
    assert "quay" not in concepts("I live at Victoria Quay now.")
    assert "quay" not in concepts("We moved to Mariners Quay in 2010.")


def test_a_named_quay_is_the_harbour_only_where_its_clause_says_work_or_a_boat():
    # code review 60a item 11: an address or a place to go after 'at' is no port, however the
    # home is said; a move in the clause before does not undo the work
    for text in (
        "I live in sheltered housing at Albert Quay.",
        "My flat's at Victoria Quay.",
        "I have been living happily for many years at Victoria Quay.",
        "I like a coffee at Mermaid Quay with my daughter.",
    ):
        assert "quay" not in concepts(text), text
    assert concepts("When we moved, I worked at Albert Quay.").get("quay") == "boat"
    assert concepts("I was a docker at Albert Quay.").get("quay") == "boat"


def test_iron_for_the_blood_is_no_ironing():
    for text in (
        "Iron works best for my anaemia.",
        "Iron helps my blood levels.",
        "The doctor gave me iron for my anaemia.",
    ):
        assert "iron" not in concepts(text).values(), text
    # the clothes are still ironed
    assert concepts("Please iron my shirts on a Monday.")["iron"] == "iron"
    assert concepts("I do my own ironing.")["ironing"] == "iron"


def test_a_person_who_irons_is_ironing_beside_anaemia_or_liver():
    # code review 60a item 9: the verb after its doer is never the mineral, whatever the
    # sentence (or the one before) says of the blood or the dinner
    for text in (
        "I still iron my own blouses, even with my anaemia.",
        "I iron my husband's shirts on a Sunday, then we have liver and onions.",
        "I have liver and bacon on a Monday. I iron on a Tuesday.",
        "I can iron sitting down, but my haemoglobin is low so I tire.",
    ):
        assert concepts(text).get("iron") == "iron", text
    # iron taken for the blood stays no ironing
    assert "iron" not in concepts("I need to take iron for my anaemia.").values()


def test_the_blind_society_is_sight_loss_not_a_window_blind():
    for text in (
        "I go to the blind society on Tuesdays.",
        "I enjoy the blind club on Fridays.",
        "I was a teacher at the blind school.",
    ):
        assert concepts(text)["blind"] == "blind", text
    # the blind at the window, a roller blind, stay the window's
    assert concepts("Keep the blind down when you wash me.")["blind"] == "window"
    assert concepts("The roller blind is broken.")["blind"] == "window"
    # code review 60a item 13: every blind at a window is the window's, never the curtains'
    for text in (
        "My kitchen blind sticks, please help me with it.",
        "Shut the bedroom blind when I go to bed.",
        "Please close the venetian blind in the afternoon.",
    ):
        assert concepts(text).get("blind") == "window", text
    assert concepts("I like the blackout blind down at night.").get("blackout blind") == "window"
