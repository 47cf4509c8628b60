"""Ruling out (issue 13): a thing the person needs, or only the weather of a doing they have
lost, is shown bare; a cross on it would tell the reader to keep it away (round 248)."""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def got(text: str) -> dict[str, tuple[str, bool]]:
    """words as written -> (concept, negated), for every picture TEXT gets."""
    return {m.term: (m.concept.id, m.negated) for m in find_all(text)}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("My dad is as blind as a bat without his glasses, so leave them on the table.", "glasses"),
        ("She's deaf as a doorpost without her hearing aid.", "hearing aid"),
        ("Grandma is as deaf as a post without her hearing aids these days.", "hearing aids"),
    ],
)
def test_helpless_as_a_likeness_without_a_thing_needs_it(text, word):
    """ "as deaf as a post without my hearing aids" says, as "deaf without my aids" does, that
    the aids are needed: bare, never crossed."""
    found = got(text)
    assert word in found
    assert not found[word][1]


def test_a_plain_without_after_a_likeness_still_rules_out():
    assert got("I'm blind as a bat, and tea without sugar please.")["sugar"][1]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I feel low when I can't get out in the frost.", ["frost"]),
        ("Dad cannot go out in the rain or the snow now.", ["rain", "snow"]),
        ("Mam gets fed up when she cannae get out in the ice.", ["ice"]),
    ],
)
def test_weather_of_a_doing_the_person_cannot_do_is_bare(text, words):
    """ "I can't get out in the snow": the going out is lost, the snow is only when it is lost;
    as "I cannot walk to the synagogue in the rain" keeps the rain bare."""
    found = got(text)
    for word in words:
        assert word in found
        assert not found[word][1]


def test_weather_of_a_refused_doing_keeps_its_cross():
    assert got("I don't go out in the rain.")["rain"][1]
    assert got("Don't take me out in the snow.")["snow"][1]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Nowt fried for my tea, the doctor says.", "fried"),
        ("Nothin' spicy for me, love.", "spicy"),
        ("Nowt with onions in, ta.", "onions"),
        ("Nuffink with nuts in it, please.", "nuts"),
    ],
)
def test_a_spoken_nothing_rules_out_as_nothing_does(text, word):
    """ "Nowt fried", "Nothin' spicy" say "nothing fried", "nothing spicy": the thing gets its
    cross, never a bare picture."""
    assert got(text)[word][1] is True


def test_a_spoken_nothing_that_rules_nothing_out_keeps_the_thing():
    assert got("There's nowt wrong with my tea.")["tea"][1] is False


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I packed in the baccy ten year since.", "baccy"),
        ("I've packed in the cigs for good.", "cigs"),
    ],
)
def test_smoking_packed_in_is_given_up(text, word):
    """ "I packed in the baccy" is "I gave up the baccy", as "I packed in the fags" is: crossed."""
    assert got(text)[word][1] is True


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Don't leave them on the floor.", ["the floor"]),
        ("Never put my hearing aids on the radiator or in the drawer.", ["radiator", "drawer"]),
        ("Please don't leave my pills on the table or in the kitchen.", ["table", "kitchen"]),
        ("Don't put my teeth in the bin or on the windowsill.", ["bin", "windowsill"]),
    ],
)
def test_every_place_a_thing_must_not_be_put_is_crossed(text, words):
    """ "Don't leave them on the floor or in the laundry basket": each place is refused, and a
    bare floor would say to put them there; the thing itself is wanted."""
    found = got(text)
    for word in words:
        assert found[word][1] is True


def test_the_thing_put_somewhere_refused_stays_wanted():
    assert got("Never put my hearing aids on the radiator or in the drawer.")["hearing aids"][
        1
    ] is (False)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I don't want to be put on a ventilator.", "ventilator"),
        ("Do not keep me alive on a ventilator.", "ventilator"),
        ("Don't keep me on oxygen if there's no hope.", "oxygen"),
        ("I don't want to be kept alive on machines when my time comes.", "machines"),
    ],
)
def test_a_treatment_the_person_will_not_be_put_or_kept_on_is_crossed(text, word):
    """ "I don't want to be kept alive on machines": the machine is refused; a bare one beside
    an end-of-life wish would say the opposite."""
    assert got(text)[word][1] is True


def test_kept_alive_on_a_thing_without_a_not_is_bare():
    assert got("I'm kept alive on my inhalers.")["inhalers"][1] is False


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I've been off the fags since my stroke.", "fags"),
        ("Mam has been off the booze ten years.", "booze"),
    ],
)
def test_a_habit_been_off_is_given_up(text, word):
    """ "I've been off the drink for years" says the drink is given up, as "I'm off the drink"."""
    assert got(text)[word][1] is True


def test_a_thing_that_has_been_off_a_while_is_no_habit_given_up():
    assert got("The lights have been off the whole night.")["night"][1] is False


def test_eating_nothing_rules_out_the_eating():
    """ "On fast days I eat nothing before sunset": the eating is what is ruled out."""
    assert got("On fast days I eat nothing before sunset.")["eat"][1] is True
    assert got("I drink nothing after eight at night.")["drink"][1] is True


def test_eating_nothing_but_a_thing_is_still_eating():
    assert got("I eat nothing but porridge now.")["eat"][1] is False
    assert got("I drink nothing else but tea.")["drink"][1] is False


@pytest.mark.parametrize(
    ("text", "thing", "person"),
    [
        ("I won't take the painkillers the doctor gave me.", "painkillers", "doctor"),
        ("I don't use the frame the physio brought.", "frame", "physio"),
        ("No salt and no bacon, doctor's orders.", "bacon", "doctor's"),
    ],
)
def test_who_a_refused_thing_came_from_is_not_refused(text, thing, person):
    """ "I won't take the tablets the doctor gave me", "no bacon, doctor's orders": the thing is
    refused; the doctor is who it came from, and keeps a bare picture."""
    found = got(text)
    assert found[thing][1] is True
    assert found[person][1] is False


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Nobody must use that soap on me.", "soap"),
        ("Nobody must use the cream on me.", "cream"),
    ],
)
def test_a_thing_nobody_must_use_is_crossed(text, word):
    """ "Nobody must use that soap on me": the soap is refused, as in "nobody must touch it"."""
    assert got(text)[word][1] is True


def test_what_nobody_must_take_of_mine_stays_wanted():
    assert got("Nobody must take my stick away.")["stick"][1] is False


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I won't put on a dress.", "dress"),
        ("Don't ask me to put on a hat.", "hat"),
        ("I don't put on make-up now.", "make-up"),
    ],
)
def test_what_is_not_to_be_put_on_is_crossed(text, word):
    """ "Don't ask me to put on colours": what is put on is refused; "on" is no place here."""
    assert got(text)[word][1] is True


def test_what_is_not_to_be_taken_off_stays_wanted():
    assert got("Don't take off my wedding ring.")["wedding ring"][1] is False


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I can't cook for my grandchildren any more.", "grandchildren"),
        ("I cannot knit for the family now my hands are bad.", "family"),
    ],
)
def test_the_people_a_lost_doing_was_for_keep_no_cross(text, word):
    """ "I cannot cook for the family any more": the cooking is lost, the family is not."""
    assert got(text)[word][1] is False


def test_the_people_a_refused_doing_is_for_keep_the_cross():
    assert got("I won't cook for my son.")["son"][1] is True


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Please don't slam the door, it makes me jump.", "door"),
        ("Don't bang the cupboards at night.", "cupboards"),
    ],
)
def test_a_thing_not_to_be_slammed_is_still_used(text, word):
    """ "Please don't slam the door": the slamming startles; the door is kept, not crossed."""
    assert got(text)[word][1] is False


def test_a_refused_thing_put_by_pronoun_leaves_its_place_wanted():
    """ "The GP has stopped my statin, so don't put it in the dosette box": "it" is the refused
    statin; the dosette box is still used."""
    found = got("The GP has stopped my statin, so don't put it in the dosette box.")
    assert found["dosette box"][1] is False


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Honestly I'd go spare if I couldn't get down to the allotment.", "allotment"),
        ("If Mum could not go to the bingo of a Friday she would fret all week.", "bingo"),
        ("It would break his heart if he couldn't have the dog on his bed.", "dog"),
    ],
)
def test_a_loss_only_imagined_keeps_the_thing_bare(text, word):
    """ "I'd be lost if I couldn't get to the allotment": the loss is imagined, to say how much
    the allotment matters; a cross would tell the reader to keep the person from it."""
    found = got(text)
    assert word in found
    assert found[word][1] is False


def test_a_could_not_with_no_would_still_marks_what_is_missed():
    """ "If I can't get to the bingo, ..." with no "would" is a real limit: the cross stays."""
    assert got("If I couldn't get to the bingo, my daughter rang me.")["bingo"][1] is True


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("My knees are no good after the fall, so I sit to wash.", "knees"),
        ("His legs are no good in the cold weather.", "legs"),
    ],
)
def test_own_body_part_that_is_no_good_is_bare(text, word):
    """ "My knees are no good" says the knees work badly; they are still there and cared for,
    so a cross on them would read as "no knees"."""
    assert got(text)[word][1] is False


def test_a_thing_that_is_no_good_for_me_is_still_crossed():
    assert got("Fried bread is no good for me.")["Fried bread"][1] is True
