"""Round 256: doings and care kit the labels key that had no picture (playing music or a game)."""

from __future__ import annotations

import re

from plugins.symbols.matcher import find_all


def pictured(text: str) -> dict[str, tuple[str, bool]]:
    """Each pictured word of TEXT -> (its concept id without a round's suffix, crossed out)."""
    return {m.term: (re.sub(r"-r\d+$", "", m.concept.id), m.negated) for m in find_all(text, ())}


def test_playing_an_instrument_or_records_is_playing_music():
    """'I play the fiddle': the playing is the doing, shown beside the instrument."""
    found = pictured("On a Sunday I play the fiddle for my neighbours.")
    assert found.get("play") == ("play-music", False)
    assert found.get("fiddle") == ("musical-instrument", False)
    assert pictured("She plays her old jazz records after tea.").get("plays") == (
        "play-music",
        False,
    )


def test_playing_a_game_is_playing_games():
    """'We play whist': the playing is the doing, beside the game's own picture."""
    assert pictured("We play whist in the lounge after lunch.").get("play") == (
        "play-game",
        False,
    )
    assert pictured("Tom and I played chess most evenings.").get("played") == (
        "play-game",
        False,
    )


def test_play_with_no_music_or_game_gets_no_doing_picture():
    """Children playing, a knee playing up, playing tricks: no music and no game."""
    assert "play" not in pictured("The little ones play in my garden when they visit.")
    assert "playing" not in pictured("My bad knee is playing up again today.")
    assert "play" not in pictured("My eyes play tricks on me in the dark.")


def test_a_mask_for_the_breathing_is_the_breathing_mask():
    """The mask worn at night for sleep apnoea is the breathing kit, not a paper face mask."""
    assert pictured("At night I sleep with a mask on for my apnoea.").get("mask") == (
        "oxygen-mask",
        False,
    )
    assert pictured("The carers put on a mask when they have a cough.").get("mask") == (
        "face-mask",
        False,
    )


def test_a_flare_up_of_gout_or_arthritis_is_pain():
    assert pictured("When my arthritis flares up I stay in bed.").get("flares up") == (
        "pain",
        False,
    )
    assert "flared up" not in pictured("My eczema flared up on my hands last week.")


def test_joints_that_seize_up_or_lock_are_stiff_joints():
    assert pictured("If I sit still too long my legs seize up.").get("seize up") == (
        "joints",
        False,
    )
    assert pictured("Since the operation my left knee locks on the stairs.").get("locks") == (
        "joints",
        False,
    )
    assert pictured("My daughter locks the front door at night.").get("locks") == (
        "lock",
        False,
    )


def test_slurred_words_are_the_persons_speech():
    assert pictured("After a bad night my words are slurred.").get("slurred") == (
        "slurred",
        False,
    )


def test_fragile_skin_that_tears_is_the_skin_not_crying():
    found = pictured("Be gentle with the sling on my arms; my thin skin, it tears so easily.")
    assert found.get("tears") == ("skin", False)
    assert pictured("She sheds tears when she hears that song.").get("tears") == ("upset", False)


def test_the_seat_lift_in_the_bath_is_the_bath_lift():
    assert pictured("On Tuesdays I bathe using the seat lift.").get("seat lift") == ("bath", False)
