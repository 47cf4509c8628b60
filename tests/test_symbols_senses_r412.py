"""Round 412: wrong senses that recur on the newer plans, each fixed in the concept that owns it."""

from __future__ import annotations

from plugins.symbols.matcher import find_all
from tests.helpers import concepts


def files(text: str) -> dict[str, str]:
    """Each pictured phrase of TEXT (lower case) -> the picture file it gets."""
    return {m.term.lower(): m.concept.file for m in find_all(text, ())}


def test_half_an_hour_is_a_length_of_time_shown_as_the_other_lengths_of_time():
    hours = files("I sit in the garden for two hours after lunch.")["hours"]
    for text in (
        "Leave the electric blanket on for half an hour before bed.",
        "I stay sitting up for half an hour after the bone tablet.",
        "Give me half-an-hour to wake up properly.",
    ):
        found = files(text)
        assert found.get("half an hour", found.get("half-an-hour")) == hours
    # a kitchen timer is still a timer, not the hours picture
    assert files("Set the kitchen timer when the pie goes in.")["timer"] != hours


def test_minutes_said_as_a_length_of_time_show_the_same_hourglass_as_hours():
    hours = files("I sit in the garden for two hours after lunch.")["hours"]
    assert files("Leave me ten minutes, then knock.")["minutes"] == hours
    assert files("The drip takes two hrs, so bring a book.")["hrs"] == hours
    # a kitchen timer is still a timer; minutes past the hour are no length of time
    assert files("Set the kitchen timer when the pie goes in.")["timer"] != hours
    assert "minutes" not in files("The bus comes at ten minutes past six.")


def test_copd_is_a_lung_disease_shown_with_the_other_lung_diseases():
    for text in (
        "I've got COPD from forty years down the pit.",
        "My COPD is worse in the damp, so keep the window shut.",
        "I have copd and get puffed on the stairs.",
    ):
        found = concepts(text)
        assert found["copd"] == "lungs"
        assert found["copd"] == concepts("I have emphysema from the dust.")["emphysema"]
    # being short of breath, breathing and asthma keep the breathing picture
    found = concepts("I have COPD, so I get short of breath and need to breathe slowly.")
    assert found["short of breath"] == "breathing"
    assert concepts("My asthma is bad in the cold.")["asthma"] == "breathing"
    # the inhaler named by COPD stays an inhaler
    assert concepts("Two puffs of my inhaler when the COPD flares.")["inhaler"] == "inhaler"


def test_the_engine_room_of_a_ship_is_shown_as_its_engine_not_as_a_boat():
    assert concepts("I'm deaf in one ear from years in the engine room.")["engine room"] == "engine"
    assert concepts("He stoked coal in the engine rooms of the liners.")["engine rooms"] == "engine"
    # the boat itself, and the engines of cars, keep their pictures
    found = concepts("I worked in the engine room of a fishing boat out of Hull.")
    assert found["engine room"] == "engine"
    assert found["fishing boat"] == "boat"
    assert concepts("I go down to the harbour to see the boats.")["boats"] == "boat"
    assert concepts("The fire engine came to the school fete.")["fire engine"] != "engine"


def test_a_jam_piece_is_a_sandwich_as_a_jeely_piece_is():
    assert concepts("A jam piece and a cup of tea at eleven.")["jam piece"] == "sandwich-dialect"
    assert concepts("Two jam pieces in my bag for the bus.")["jam pieces"] == "sandwich-dialect"
    # jam on its own, and a piece of something else, are unchanged
    assert concepts("Strawberry jam on my toast, please.")["strawberry jam"] != "sandwich-dialect"
    assert concepts("I made the jam myself from the damsons.")["jam"] == "jam"


def test_a_lug_after_my_or_left_is_the_ear_not_carrying():
    assert concepts("I'm a bit deaf in my left lug, so speak up.")["lug"] == "ears-dialect"
    assert concepts("Speak into my good lug, hen.")["lug"] == "ears-dialect"
    # to lug something is still to carry it
    assert concepts("I can't lug the shopping up the hill now.")["lug"] == "carry"
    assert concepts("I lugged bags of coal for forty years.")["lugged"] == "carry"


def test_a_dry_mouth_gets_no_skin_picture_though_the_lips_are_named():
    for text in (
        "My mouth gets dry, so wet it with the sponge and put balm on my lips.",
        "My mouth is very dry at night; Vaseline on my lips helps.",
        "My throat goes dry and my lips crack with the oxygen.",
    ):
        assert concepts(text).get("dry") != "skin"
    # dry skin, dry lips and dry heels keep the skin picture
    assert concepts("My skin is very dry, so cream my legs after the wash.")["dry"] == "skin"
    assert concepts("My lips are so dry in the winter.")["dry"] == "skin"


def test_losing_the_thread_of_talk_is_confusion_losing_a_story_is_memory():
    for text in (
        "I lose the thread when two people talk at once.",
        "Say one thing at a time, or I lose the thread of what you say.",
        "In a busy conversation I lost the thread and got upset.",
    ):
        found = concepts(text)
        key = next(k for k in found if k.endswith("the thread"))
        assert found[key] == "confused-r351"
    # the thread of a story or a memory stays remembering
    assert concepts("I start a story and lose the thread.")["lose the thread"] == (
        "memory-gone-to-pot-r351"
    )


def test_lying_down_shows_the_person_lying_down_as_lie_down_does():
    for text, word in (
        ("Please help me pray lying down when my back is bad.", "lying down"),
        ("I like lying down on the bed after my dinner.", "lying down"),
        ("She lies down in the afternoon and mustn't be woken.", "lies down"),
    ):
        assert concepts(text)[word] == concepts("I need to lie down after lunch.")["lie down"]
    # a rest and a breather keep the resting picture
    assert concepts("I have a little rest after lunch.")["rest"] == "rest"
