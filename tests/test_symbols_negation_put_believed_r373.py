"""What a "not" rules out in round 373's clause shapes: a person or pet not to be put
somewhere ("She's not to be put in the kennel", plans37), what a person does not believe in
("I don't believe in God or heaven", plans38), a trek refused, a refused dying somewhere (the
place, not the dying), and a body part that is only the means or the one hurt ("I can't grip
with my right hand", "the strap's not rubbing my nose"). Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from helpers import crossed


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Our collie is old now and she's not to be put in the kennel at night.", "kennel"),
        ("I'm not to be put in the shed with the bikes.", "shed"),
        ("I don't want to be put in the back bedroom.", "bedroom"),
    ],
)
def test_a_person_or_pet_not_to_be_put_somewhere_crosses_the_place(text, place):
    """ "She's not to be put in the kennel": going there is refused, so the kennel is."""
    assert crossed(text)[place] is True


def test_a_thing_not_to_be_put_somewhere_leaves_the_place():
    """ "My tablets are not to be put in my tea": the tea is still drunk."""
    assert crossed("My tablets are not to be put in my tea.")["tea"] is False


@pytest.mark.parametrize(
    ("text", "things"),
    [
        ("I don't believe in doctors, I'd rather have my herbs.", ["doctors"]),
        ("He never believed in banks, so his money is in the tin.", ["banks"]),
        ("I don't believe in God or heaven, so no vicar please.", ["God", "heaven"]),
    ],
)
def test_what_is_not_believed_in_is_crossed(text, things):
    """ "I don't believe in banks": what is believed in is the object, not a place."""
    got = crossed(text)
    assert all(got[t] is True for t in things)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("I'd like a bath upstairs, not the traipse to the bathroom downstairs.", "bathroom"),
        ("Leave me the bottle at night, not the trek to the toilet.", "toilet"),
    ],
)
def test_a_trek_refused_crosses_where_it_goes(text, place):
    """ "not the trek to the toilet": the trek is the going there, so the toilet is refused."""
    assert crossed(text)[place] is True


@pytest.mark.parametrize(
    ("text", "place", "dying"),
    [
        ("Dad doesn't want to die in the hospital, he wants his own bed.", "hospital", "die"),
        ("I don't want to die at the hospice, I want my own room.", "hospice", "die"),
    ],
)
def test_a_refused_dying_somewhere_crosses_the_place_not_the_dying(text, place, dying):
    """ "I don't want to die in hospital": the place is refused, death is not a thing ruled out."""
    got = crossed(text)
    assert got[place] is True
    assert got[dying] is False


def test_whom_a_refused_dying_would_be_with_is_not_crossed():
    """ "...die in the hospital with strangers": the hospital is refused, the people are not."""
    got = crossed("Gran doesn't want to die in the hospital with strangers round her.")
    assert got["hospital"] is True
    assert got.get("strangers", False) is False


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("I can't write with my left hand since the stroke.", "hand"),
        ("If the remote isn't by my good hand, I can't reach it.", "hand"),
        ("Check the oxygen tube isn't rubbing my nose.", "nose"),
        ("Make sure the splint isn't digging into my arm.", "arm"),
    ],
)
def test_a_body_part_used_or_rubbed_in_a_refused_doing_is_not_crossed(text, body):
    """ "I can't grip with my right hand", "the strap's not rubbing my nose": the hand is the
    means and the nose the one hurt; neither is ruled out."""
    assert crossed(text)[body] is False


def test_a_body_part_done_to_is_still_crossed():
    """ "Please don't cut my hair short": an order about the hair itself, read as before."""
    assert crossed("Please don't cut my hair short.")["hair"] is True


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("I have never, ever eaten pork and I'm not starting now.", "pork"),
        ("Never, ever give me penicillin, it brings me out in a rash.", "penicillin"),
        ("She must never, ever have nuts.", "nuts"),
    ],
)
def test_never_ever_with_a_comma_still_crosses(text, thing):
    """ "I never, ever eat pork": the "ever" after the comma only stresses the not."""
    assert crossed(text)[thing] is True


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Do I smoke? I don't, ever. A cup of tea is my treat.", "cup of tea"),
        ("I never, ever. Pork is fine.", "Pork"),
        ("Wine? She doesn't, ever. The lemonade is her tipple.", "lemonade"),
        ("Dad never drinks, ever! Coffee keeps him going.", "Coffee"),
    ],
)
def test_never_ever_at_a_sentence_end_leaves_the_next_sentence(text, thing):
    """ "I don't, ever. The beer is fine.": the not ends with its sentence (code review 56a)."""
    assert crossed(text)[thing] is False


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Grandad won't admit he's tired, so sit him down with a brew.", "tired"),
        ("I won't admit that I'm lonely, but I am.", "lonely"),
    ],
)
def test_a_state_reported_after_a_refused_admitting_is_not_crossed(text, state):
    """ "He won't admit he's tired": the not is on the admitting; the tiredness is real, and a
    cross would say he is not tired."""
    assert crossed(text)[state] is False


def test_an_order_about_what_is_said_still_crosses():
    """ "Please don't say I look silly": the word itself is refused, read as before."""
    assert crossed("Please don't say I look silly in pink.")["silly"] is True


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("I don't want the tablets to be put in my tea.", "tea"),
        ("He doesn't want the tablets to be put in his yoghurt.", "yoghurt"),
        ("I don't want the commode to be put by my bed.", "bed"),
        ("We don't want the wheelchair to be put in the hall.", "hall"),
        ("She doesn't want the medicine to be put in her orange juice.", "orange juice"),
        ("I'd rather the photos weren't put in the loft.", "loft"),
    ],
)
def test_a_thing_someone_wants_not_put_somewhere_leaves_the_place(text, place):
    """ "I don't want the tablets to be put in my tea": the "I" wants, the tablets are put,
    and the tea is still drunk (code review 56a)."""
    assert crossed(text)[place] is False


def test_a_person_who_must_not_be_put_somewhere_still_crosses_it():
    assert crossed("He mustn't ever be put in a home.")["home"] is True


@pytest.mark.parametrize(
    ("text", "kit"),
    [
        ("I don't want to die in hospital with a catheter.", "catheter"),
        ("I don't want to die in a hospital bed with a drip in my arm.", "drip"),
        ("I don't want to die in hospital with an oxygen mask on.", "oxygen mask"),
        ("Mum doesn't want to die on the ward with wires everywhere.", "wires"),
    ],
)
def test_kit_a_refused_dying_would_be_with_is_crossed(text, kit):
    """ "...die in hospital with a catheter": the catheter is refused too; only the people one
    would die among are left bare (code review 56a)."""
    assert crossed(text)[kit] is True


def test_family_a_refused_dying_would_be_with_is_not_crossed():
    got = crossed("I don't want to die at the hospital with my son away.")
    assert got["hospital"] is True
    assert got["son"] is False


@pytest.mark.parametrize(
    ("text", "dying"),
    [
        ("I don't want to die on my own.", "die"),
        ("She doesn't want to die in her sleep.", "die"),
        ("I don't want to die in agony like my dad did.", "die"),
    ],
)
def test_a_refused_dying_with_no_place_keeps_its_cross(text, dying):
    """ "I don't want to die on my own": no place is refused, so the dying keeps the cross
    (code review 56a)."""
    assert crossed(text)[dying] is True


def test_a_refused_dying_in_ones_sleep_does_not_cross_the_sleep():
    assert crossed("I don't want to die in my sleep.")["sleep"] is False


def test_a_dying_place_a_word_after_the_dying_is_crossed():
    """ "die alone in hospital": the place one word further on is still where the person will not
    die (second code review)."""
    assert crossed("I don't want to die alone in hospital.")["hospital"] is True
    assert crossed("I don't want to die there in the hospice.")["hospice"] is True
