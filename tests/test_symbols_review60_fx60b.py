"""Code review 60b (rounds 412 and 416): the fixes, each with a case that keeps its picture."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def concepts(text: str) -> dict[str, str]:
    """Each pictured phrase of TEXT (lower case) -> the concept whose picture it gets."""
    return {m.term.lower(): m.concept.id for m in find_all(text, ())}


def test_help_me_lug_is_carrying_not_the_ear():
    """Item 1: 'help me lug the shopping' carries; 'in me lug' is still the ear."""
    assert concepts("Can you help me lug the shopping up the stairs?")["lug"] == "carry"
    assert concepts("I get me grandson to help me lug the coal in.")["lug"] == "carry"
    assert concepts("I can't help her lug the coal in any more.")["lug"] == "carry"
    assert concepts("Mind his lug.")["lug"] == "ears-dialect"
    assert concepts("Shout in me lug, I'm deaf.")["lug"] == "ears-dialect"
    assert concepts("My left lug is the good one.")["lug"] == "ears-dialect"


def test_looking_after_a_person_is_not_undone_by_bills_or_skin_elsewhere():
    """Item 2: the money and skin words guard only what is looked after, not the sentence."""
    assert concepts("My daughter looks after me and sorts out my bills.")["looks after"] == (
        "look-after-r40"
    )
    found = concepts("My son does my bank for me. My daughter looks after me day to day.")
    assert found["looks after"] == "look-after-r40"
    assert concepts("My wife looks after me and puts cream on my skin.")["looks after"] == (
        "look-after-r40"
    )
    # looking after the money or the skin is no caring for a person
    assert "looks after" not in concepts("Our Sue looks after my pension and the bills.")
    assert "looks after" not in concepts("She looks after my bank account.")
    assert "looked after" not in concepts("The nurse looked after my skin.")


def test_not_hearing_whether_or_how_is_hearing_loss_and_heard_news_is_no_ear():
    """Item 3: 'can't hear whether/how/he's' is the ear, crossed; 'I heard she's' is news."""
    for text in (
        "I can't hear whether the phone is ringing.",
        "I can't hear how loud the telly is.",
        "I can't hear he's at the door unless he knocks hard.",
    ):
        assert concepts(text)["hear"] == "ears", text
    assert "heard" not in concepts("I heard she's had the baby.")
    assert concepts("I heard the doorbell this time.")["heard"] == "ears"
    assert "hear" not in concepts("I phone my sister on Sundays to hear how the garden is.")


def test_a_mouth_elsewhere_takes_the_skin_picture_only_from_dry_lips():
    """Item 4: the dry-mouth guard is for lips alone; dry heels and skin keep the skin picture."""
    found = concepts("My heels are very dry, so cream them after my wash; my mouth is sore too.")
    assert found["dry"] == "skin"
    assert concepts("My skin gets dry, and my throat is sore.")["dry"] == "skin"
    assert concepts("My lips are dry.")["dry"] == "skin"
    # a dry mouth is no skin
    assert "dry" not in concepts("My mouth gets dry and my lips are sore.")


def test_losing_the_thread_of_a_story_is_memory_even_where_talk_is_said():
    """Item 5: 'the thread of the story' is remembering; 'once' no longer makes it confusion."""
    for text in (
        "I love to talk about the old days but I lose the thread of the story.",
        "Once I lose the thread of a story, that's it.",
        "I lose the thread once I get tired in the afternoon.",
        "He loses the thread of a story halfway through.",
    ):
        found = concepts(text)
        key = next(k for k in found if k.endswith("the thread"))
        assert found[key] == "memory-gone-to-pot-r351", text
    # the thread of talk stays confusion
    assert concepts("He loses the thread when we chat.")["loses the thread"] == "confused-r351"
    assert concepts("I lose the thread when people talk too fast.")["lose the thread"] == (
        "confused-r351"
    )


def test_a_woman_asked_for_care_keeps_her_picture_whatever_word_comes_before():
    """Item 7: 'a Christian woman for my personal care' asks for a woman, as 'a Sikh woman' does."""
    assert concepts("Only ever a Christian woman for my personal care.")["woman"] == "woman"
    found = concepts("I'd only want a Polish woman to wash me, she speaks my language.")
    assert found["woman"] == "woman"
    # saying who she is still gets none
    assert "woman" not in concepts("I'm a Christian woman and I go to church.")
    assert "woman" not in concepts("I'm a Chapel Street woman, born and bred.")


def test_taking_it_lying_down_and_a_pet_lying_down_show_no_person_lying_down():
    """Item 8: the idiom and an animal doer get no lie-down picture; a person keeps it."""
    assert "lying down" not in concepts("I won't take it lying down.")
    assert "lying down" not in concepts("My son took it lying down when they closed the pit.")
    assert "lies down" not in concepts("My cat lies down on my knee of an evening.")
    assert "lies down" not in concepts("The dog lies down by my chair all evening.")
    assert concepts("She lies down in the afternoon.")["lies down"] == "lie-down"
    assert concepts("Mum lies down after lunch.")["lies down"] == "lie-down"
    assert concepts("I like lying down in the afternoon.")["lying down"] == "lie-down"


def test_lay_down_is_the_same_act_as_lying_down():
    """Item 9: 'I lay down' is the past of 'lie down': one picture for both; 'lay down the law'
    gets none."""
    lying = concepts("I'm lying down on the bed after my dinner.")["lying down"]
    assert lying == "lie-down"
    assert concepts("I lay down on the bed after my dinner.")["lay down"] == lying
    assert concepts("I lay down for an hour.")["lay down"] == lying
    assert "lay down" not in concepts("He lay down the law to the kids.")
    assert "lay down" not in concepts("I'll lay down a towel first.")


def test_the_engine_room_of_a_family_or_a_choir_is_no_engine():
    """Item 10: 'engine room' said of people is a saying; the ship's engine room keeps it."""
    assert "engine room" not in concepts("My daughter is the engine room of this family.")
    assert "engine room" not in concepts("The engine room of the choir is the tenors.")
    found = concepts("I worked in the engine room of a fishing boat out of Hull.")
    assert found["engine room"] == "engine"
    assert concepts("I'm deaf in one ear from years in the engine room.")["engine room"] == (
        "engine"
    )


def test_holding_raffle_tickets_is_holding():
    """Item 11: raffle tickets are held in the hands; a memorial or a puja is still an event."""
    assert concepts("I like to hold the raffle tickets at bingo.")["hold"] == "hold-thing"
    assert "hold" not in concepts("On his birthday we hold a memorial with his favourite songs.")
    assert "hold" not in concepts("The family hold a puja for Dad every spring.")


def test_hours_and_half_an_hour_are_one_concept_with_the_clock():
    """Item 12: 'half an hour', 'a half hour', 'two hours' and '2 hrs' are all the clock's
    hourglass; 'hrs' no longer says 'a few minutes'."""
    for text, word in (
        ("I sit out for a half hour after lunch.", "hour"),
        ("I sit out for half an hour after lunch.", "half an hour"),
        ("The nurse comes every two hours at night.", "hours"),
        ("The nurse comes every two hrs at night.", "hrs"),
    ):
        assert concepts(text)[word] == "clock", text
    # a few minutes keeps its own words beside the same picture
    assert concepts("Leave me ten minutes, then knock.")["minutes"] == "minutes"
