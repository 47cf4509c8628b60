"""What the carers are asked not to do to the person is refused; what it is about is not
(round r361).

Plans35 and plans36 crossed the eating in "don't nag me to eat": the nagging is refused, the
eating is what the person is still offered, and a cross on it would tell the carers to stop
feeding them. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def crossed(text: str) -> dict[str, bool]:
    """Words as written -> whether their picture is crossed, for every picture TEXT gets."""
    return {m.term: m.negated for m in find_all(text)}


@pytest.mark.parametrize(
    ("text", "doing"),
    [
        ("My appetite is poor, so please don't nag me to eat.", "eat"),
        ("I don't want to be nagged to eat, a little soup is enough.", "eat"),
        ("Don't keep pestering me to drink my tea, I'll have it when I'm ready.", "tea"),
    ],
)
def test_what_a_refused_nagging_urges_is_not_crossed(text, doing):
    """ "don't nag me to eat": the nagging is refused, the eating is still wanted."""
    assert crossed(text)[doing] is False


def test_a_nagging_about_a_refused_thing_still_leaves_the_thing_bare():
    """The older rule stays: "don't nag me about the cigarettes" refuses the nagging only."""
    assert crossed("Please don't nag me about the cigarettes.")["cigarettes"] is False


@pytest.mark.parametrize(
    ("text", "doing"),
    [
        ("Don't treat me as though I'm not here, look at me when you come in.", "look at"),
        ("Please don't rush me when I'm not ready, listen to me and wait.", "listen to me"),
        ("Don't act like I'm not in the room, speak to me and smile.", "speak"),
    ],
)
def test_a_wanted_order_to_the_person_after_a_comma_is_not_crossed(text, doing):
    """ "..., speak to me and look at me": a new order of its own, what the person wants."""
    assert crossed(text)[doing] is False


def test_a_wanted_doing_with_the_picture_of_the_refused_one_is_not_crossed():
    """ "Don't talk about me ..., speak to me": the same picture as the refused talk, yet a
    doing asked for, not an example of a refused kind."""
    got = crossed("Don't talk about me as if I'm not there, speak to me.")
    assert got["talk"] is True
    assert got["speak"] is False


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The old cat is not to be shut in the kitchen at night.", "kitchen"),
        ("I must not be locked in the bedroom, I panic.", "bedroom"),
        ("He doesn't want to be kept in hospital.", "hospital"),
    ],
)
def test_the_place_someone_is_not_to_be_shut_in_is_crossed(text, place):
    """ "She's not to be shut in the kitchen": the kitchen is where she must not be kept, and
    a bare picture of it would tell the carers to put her there."""
    assert crossed(text)[place] is True


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("The council fitted a stairlift I won't use, so I sleep downstairs.", "stairlift"),
        ("The physio left a walking frame I never use.", "walking frame"),
        ("I've got a hoist I won't have.", "hoist"),
    ],
)
def test_a_thing_refused_with_the_which_left_out_is_crossed(text, thing):
    """ "a stairlift I won't use" says "a stairlift which I won't use": the stairlift is
    refused, and a bare one would tell the carers to put the person on it."""
    assert crossed(text)[thing] is True


def test_a_thing_before_a_refusal_that_goes_on_is_not_crossed():
    """ "the frame I won't use is in the hall" goes on after the doing: no refusal read."""
    assert crossed("The frame I won't use is in the hall.")["frame"] is False


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("I don't want the hoist or this commode.", "commode"),
        ("I won't use the frame and this wheelchair.", "wheelchair"),
    ],
)
def test_this_naming_a_thing_in_a_refused_list_is_crossed(text, thing):
    """ "cards or this banking": "this" names a thing here, not a time as in "this morning"."""
    assert crossed(text)[thing] is True


def test_this_naming_a_time_after_a_refusal_is_still_when():
    """ "I didn't go out yesterday or this morning": the morning is when, not refused."""
    assert crossed("I didn't go out yesterday or this morning.")["morning"] is False


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Please don't take me out of my flat, I want to stay put.", "flat"),
        ("The cat sleeps with me, so don't put her out of the bedroom.", "bedroom"),
        ("Don't move me out of the lounge when visitors come.", "lounge"),
    ],
)
def test_the_place_someone_is_not_to_be_taken_or_put_out_of_is_not_crossed(text, place):
    """ "don't put her out of the room": the putting out is refused, the room is where she
    is to stay."""
    assert crossed(text)[place] is False


@pytest.mark.parametrize(
    "text",
    [
        "At the end I must not be left alone, somebody sit with me.",
        "He doesn't want to be left alone in the evenings.",
    ],
)
def test_being_left_alone_refused_in_the_passive_is_crossed(text):
    """ "I must not be left alone" refuses being alone, as "Don't leave me alone" does; a bare
    picture of a lone person would say the opposite."""
    assert crossed(text)["alone"] is True


def test_being_left_alone_for_a_while_without_a_refusal_is_not_crossed():
    """ "I don't mind being left alone": no refusal."""
    assert crossed("I don't mind being left alone for an hour.")["alone"] is False


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("My memory is poor, so don't ask me what I ate for breakfast.", "breakfast"),
        ("Please don't ask me where my glasses are, just look for them.", "glasses"),
    ],
)
def test_what_a_refused_question_asks_about_is_not_crossed(text, thing):
    """ "don't ask me what I had for dinner": the asking is refused, the dinner is still had."""
    assert crossed(text)[thing] is False


# code review r55a bug 3: a fronted place or time is where or when, not a thing refused
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In the garden I can't sit anymore.", "garden"),
        ("At the club I don't drink.", "club"),
        ("On the bus I can't sit.", "bus"),
        ("After a fall I don't sleep.", "fall"),
        ("At the day centre I don't eat now.", "day centre"),
    ],
)
def test_a_place_or_time_said_first_is_not_a_thing_refused(text, place):
    """ "In the garden I can't sit": the garden is where, still wanted."""
    assert crossed(text)[place] is False


def test_a_noun_ending_like_a_doing_refused_with_the_which_left_out_is_crossed():
    """ "a sling I won't use": "sling" ends in -ing, yet is a thing."""
    assert crossed("They gave me a sling I won't use.")["sling"] is True


# code review r55a bug 4: getting stuck on a thing, or kept awake, refuses no place
@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("I don't want to get stuck on the toilet.", "toilet"),
        ("I don't want to get stuck in the bath.", "bath"),
        ("He doesn't want to get stuck in the shower.", "shower"),
        ("I don't like being kept awake by the telly.", "telly"),
        ("I don't like being kept in my wheelchair.", "wheelchair"),
        ("She doesn't want to be kept in bed all day.", "bed"),
    ],
)
def test_a_thing_someone_fears_getting_stuck_on_is_not_crossed(text, thing):
    """ "I don't want to get stuck on the toilet": the toilet is still used."""
    assert crossed(text)[thing] is False


# code review r55c bug 2: shut away, or stuck (not by a mishap) in a place, refuses the place
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("I don't want to be locked away in a home.", "home"),
        ("I don't want to be stuck in my room all day.", "my room"),
        ("I don't want to be shut away in a care home.", "care home"),
        ("He doesn't want to be stuck inside the flat all weekend.", "flat"),
        ("She must not be locked away in her bedroom at night.", "bedroom"),
        ("I don't like being stuck in the house.", "house"),
    ],
)
def test_the_place_someone_is_not_to_be_shut_away_or_stuck_in_is_crossed(text, place):
    """ "I don't want to be locked away in a home": the home is where she must not be kept;
    being stuck in a room is being kept there, unlike getting stuck in the bath."""
    assert crossed(text)[place] is True


def test_a_fixture_someone_fears_being_stuck_in_is_not_crossed():
    """ "I don't want to be stuck in the bath again": a mishap, the bath is still used."""
    assert crossed("I don't want to be stuck in the bath again.")["bath"] is False


# code review r55a bug 5: "and this <person> <does>" is a new clause
@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("I don't want a bath and this carer knows it.", "carer"),
        ("I don't eat meat and this nurse knows that.", "nurse"),
        ("I won't take tablets and this pharmacist understands.", "pharmacist"),
        ("I don't want a bath and this carer helps me wash instead.", "carer"),
    ],
)
def test_this_person_doing_a_thing_after_a_refusal_is_not_crossed(text, person):
    """ "I don't want a bath and this carer knows it": the carer is no refused thing."""
    assert crossed(text)[person] is False


# code review r55c bug 3: a thing of two words ending in -s is no doing
@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("I don't eat pork or this lamb chops.", "lamb chops"),
        ("I don't want pork or this chicken stews.", "chicken stews"),
        ("I don't want soup or this fish cakes.", "fish cakes"),
        ("I don't want tablets or this eye drops.", "eye drops"),
    ],
)
def test_a_thing_after_or_this_ending_like_a_doing_is_crossed(text, thing):
    """ "I don't eat pork or this lamb chops": "chops" ends the thing, it is no doing."""
    assert crossed(text)[thing] is True


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("I don't want a bath and this carer cooks for me.", "carer"),
        ("I don't want a bath and this nurse dresses my leg.", "nurse"),
        ("I won't go to hospital and this doctor visits on Mondays.", "doctor"),
    ],
)
def test_this_person_doing_a_thing_said_with_an_s_is_not_crossed(text, person):
    """ "...and this carer cooks for me": the -s word after a person is a doing."""
    assert crossed(text)[person] is False


# code review r55a bug 6: "left alone" after a comma is out of the refused clause
@pytest.mark.parametrize(
    "text",
    [
        "Don't worry, I will be left alone for an hour and that's fine.",
        "I can't say no, being left alone is fine by me.",
        "Don't fret, she can be left alone in the afternoon.",
    ],
)
def test_being_left_alone_after_a_comma_is_not_crossed(text):
    """ "Don't worry, I will be left alone": the worry is refused, not being alone."""
    assert crossed(text)["alone"] is False


# code review r55a bug 7: a doing's -ing form after its refused kind is an example of it
@pytest.mark.parametrize(
    ("text", "doing"),
    [
        ("I can't have a bath, bathing makes me dizzy.", "bathing"),
        ("I can't have a bath, bathing is too much now.", "bathing"),
    ],
)
def test_a_doing_said_as_an_example_of_a_refused_kind_is_crossed(text, doing):
    """ "I can't have a bath, bathing makes me dizzy": the same refused bath."""
    assert crossed(text)[doing] is True


# code review r55c bug 5: a doing named again is an example of the refused one only where its
# clause speaks against it
@pytest.mark.parametrize(
    ("text", "doing"),
    [
        ("I can't walk far, walking to the shop keeps me going.", "walking"),
        ("I don't want a shower in the morning, showering at night helps me sleep.", "showering"),
        ("I don't want to swim in the sea, swimming at the baths suits me.", "swimming"),
        ("I don't want a bath at night, bathing in the morning does me good.", "bathing"),
        ("I don't want to dance at the club, dancing in the kitchen makes me smile.", "dancing"),
    ],
)
def test_a_doing_said_again_in_a_wanted_way_is_not_crossed(text, doing):
    """ "I can't walk far, walking to the shop keeps me going": this walking is wanted."""
    assert crossed(text)[doing] is False


@pytest.mark.parametrize(
    ("text", "doing"),
    [
        ("I can't walk far, walking hurts my hips.", "walking"),
        ("I don't want a shower, showering wears me out.", "showering"),
        ("I can't have a bath, bathing is a struggle these days.", "bathing"),
    ],
)
def test_a_doing_said_again_as_harm_keeps_its_cross(text, doing):
    """ "I can't walk far, walking hurts my hips": the same refused walking."""
    assert crossed(text)[doing] is True
