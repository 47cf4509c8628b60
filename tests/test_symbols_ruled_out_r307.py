"""Ruling out (issue 13, round 307): clause shapes the newest plans showed, each said in new
words: how often a thing is had, the one wanted before a refusal, a second dated thing given up."""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def crossed(text: str) -> dict[str, bool]:
    """words as written -> whether their picture carries the not cross."""
    return {m.term: m.negated for m in find_all(text)}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("My grandson takes me to the match when he can, but it's not every week.", "every week"),
        ("The chiropodist calls, though not every month.", "every month"),
    ],
)
def test_how_often_is_no_time_refused(text, word):
    """ "it's not every week" says how often, so the week keeps its plain picture."""
    assert crossed(text)[word] is False


@pytest.mark.parametrize(
    ("text", "wanted", "refused"),
    [
        ("Male carer only, a lady is no good for my shower.", "carer", "lady"),
        ("Decaf only, proper coffee is no good for my heart.", "Decaf", "coffee"),
    ],
)
def test_the_one_wanted_before_a_refusal_is_not_crossed(text, wanted, refused):
    """ "Male carer only, a lady is no good": the carer named with "only" is the one wanted,
    no part of a list the refusal reaches back over."""
    found = crossed(text)
    assert found[wanted] is False
    assert found[refused] is True


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I gave up the pipe in 1985 and the whisky in 1999, and I feel better for it.", "whisky"),
        ("I gave up the allotment in 2012 and the greenhouse in 2020.", "greenhouse"),
    ],
)
def test_a_second_thing_given_up_with_its_own_date_is_crossed(text, word):
    """ "I gave up the fags in 1990 and the drink in 2001": each is dated, so the second is
    a second thing given up, as "and then the drink" is."""
    assert crossed(text)[word] is True


def test_a_dated_clause_after_a_thing_given_up_is_not_a_thing_given_up():
    """ "...and my wife died in 2001" is a clause of its own: the wife is not given up."""
    assert crossed("I gave up the cigars in 1995 and my wife died in 2003.")["wife"] is False


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Don't pester me with the crossword of a morning, I can't see the clues.", "crossword"),
        ("Never bother me with the bank statements; my nephew sees to them.", "bank statements"),
    ],
)
def test_a_thing_pressed_on_the_person_is_crossed(text, word):
    """ "Don't mither me with the telly": the telly is pressed on the person, who refuses it
    (unlike "don't nag me about the fags", where the fags are the person's own business)."""
    assert crossed(text)[word] is True


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("No more going in to the day centre, the noise does my head in.", "day centre"),
        ("No going to the hospice; I'll end my days in my own bed.", "hospice"),
    ],
)
def test_where_a_refused_going_goes_is_crossed(text, place):
    """ "No more going in to the hospital": the going is refused, so where it goes is ruled
    out with it, as in "I stopped going to the club"."""
    assert crossed(text)[place] is True


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Thee cassn't hurry me with my dinner, I chew slow.", "hurry"),
        ("Dunna put sugar in my tea, I'm sweet enough.", "sugar"),
        ("Munna leave the gas on when you go.", "gas"),
    ],
)
def test_a_dialect_not_rules_out_what_follows(text, word):
    """West Country "cassn't", Staffordshire "dunna" and "munna" say "can't", "don't" and
    "mustn't": what follows is ruled out, as after "cannae" or "dinna"."""
    assert crossed(text)[word] is True


def test_a_thing_disliked_but_needed_after_an_aside_stays_plain():
    """ "I hate the hoist, it makes me feel like a sack of hops, but I know I need it": the
    aside says why; the hoist is still needed, so no cross (the aside's "like" is no liking)."""
    text = "I can't abide the commode, it looks like a throne, but I know I need it at night."
    assert crossed(text)["commode"] is False


def test_whose_a_refused_thing_is_is_not_crossed_after_the():
    """ "I don't hold with the doctor's pills": the pills are refused, not the doctor, as
    "my grandson's boat" keeps the grandson."""
    found = crossed("I won't have the nurse's cream on my legs, it stings.")
    assert found["cream"] is True
    assert found["nurse's"] is False


@pytest.mark.parametrize(
    "text",
    [
        "Please don't bother washing my clothes, my niece takes them to the launderette.",
        "I can't manage washing my sheets now, the carers see to them.",
    ],
)
def test_a_refused_washing_of_clothes_is_no_crossed_personal_wash(text):
    """ "washing my clothes" is the laundry: a crossed soap would tell the reader the
    person is to have no wash."""
    found = {m.term: m for m in find_all(text)}
    assert found["washing"].concept.id != "wash"


def test_washing_before_dressing_is_still_personal_washing():
    """ "I like washing before I put my clothes on": the clothes are no laundry here."""
    found = {
        m.term: m.concept.id for m in find_all("I like washing first, then I put my clothes on.")
    }
    assert found["washing"] == "wash"


def test_a_cause_said_to_be_only_sometimes_the_one_is_not_crossed():
    """ "it's not always the pain": sometimes it is, so the pain keeps its plain picture."""
    text = "When I shout at night it's not always the pain, sometimes it's the dark."
    assert crossed(text)["pain"] is False


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("When the end comes I'm not to be taken out of my cottage.", "cottage"),
        ("I don't want to be airlifted off the island when my time comes.", "island"),
    ],
)
def test_the_place_a_person_would_be_taken_from_is_not_crossed(text, place):
    """ "not flown off the island": the taking away is refused; the island is where the
    person wants to stay."""
    assert crossed(text)[place] is False


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("I don't want to be sent off to a care home.", "care home"),
        ("I don't want to be carted off to hospital.", "hospital"),
        ("Mum is not to be packed up and shipped off to a nursing home.", "nursing home"),
        ("I don't want to be whisked off to hospital again.", "hospital"),
        ("I won't be carted off to a nursing home like my mother was.", "nursing home"),
    ],
)
def test_the_place_a_person_would_be_taken_off_to_is_crossed(text, place):
    """ "not sent off to a care home": the care home is where the person refuses to go
    (code review: the "to" right after "off" was skipped)."""
    assert crossed(text)[place] is True
