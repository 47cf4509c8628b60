"""A not that rules out one detail (when, how, where, which) is not put on the main thing
(round 297).

The r3 blind review found "I don't take my blood pressure tablets on an empty stomach" crossing
the tablets, "I don't like the frame but I'll use it" crossing the frame, and a "no good" said of
an arm crossing the stroke said before it: each tells the reader the opposite of the plan.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def crossed(text: str) -> dict[str, bool]:
    """Words as written -> whether their picture is crossed, for every picture TEXT gets."""
    return {m.term: m.negated for m in find_all(text)}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("I had a fall last winter and my hip's no good now.", "fall"),
        ("She had the shingles in May and her eye's no good since.", "shingles"),
    ],
)
def test_what_is_said_of_a_body_part_is_not_said_of_the_clause_before(text, fact):
    """ "...and my hip's no good": the hip's clause opens at "and my", so the fall stays."""
    assert crossed(text)[fact] is False


@pytest.mark.parametrize(
    ("text", "doing"),
    [
        ("I can't cut my toenails, cut them for me.", "cut"),
        ("I can't read the labels on my tins, read them to me.", "read"),
    ],
)
def test_a_lost_doing_asked_of_the_carer_is_wanted(text, doing):
    """The doing named again as an ask of the carer ("...write them out for me") is wanted."""
    terms = [m for m in find_all(text) if m.term.lower() == doing]
    assert terms and terms[-1].negated is False


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("I don't like the hoist, but I'll go in it when I have to.", "hoist"),
        ("I can't stand my stick, though I use it outside.", "stick"),
    ],
)
def test_a_thing_disliked_but_used_is_wanted(text, thing):
    assert crossed(text)[thing] is False


def test_a_thing_disliked_and_refused_stays_crossed():
    assert crossed("I don't like the hoist and I won't go in it.")["hoist"] is True


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("I never shave my beard, please trim it with the scissors.", "beard"),
        ("She never colours her hair, just brush it for her.", "hair"),
    ],
)
def test_a_body_part_in_a_custom_kept_is_not_crossed(text, part):
    """ "I never cut my hair": the cutting is ruled out, the hair is still cared for."""
    assert crossed(text)[part] is False


def test_an_order_never_to_cut_keeps_the_hair_crossed():
    assert crossed("Never cut my hair, please.")["hair"] is True


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Porridge please, but not too lumpy for my throat.", "throat"),
        ("Gravy on my dinner, but not too salty for my blood pressure.", "blood pressure"),
    ],
)
def test_the_body_a_thing_is_refused_for_is_no_thing_refused(text, part):
    assert crossed(text)[part] is False  # pictured, and not crossed


@pytest.mark.parametrize(
    ("text", "kept", "refused"),
    [
        ("I don't take my water tablets before a long journey.", "water tablets", None),
        ("I don't want my feet washed at the sink, I like a bowl.", "feet", "sink"),
        ("I don't have my insulin at the table, I go to my room.", "insulin", None),
    ],
)
def test_a_thing_of_ones_own_refused_only_so_is_still_had(text, kept, refused):
    """ "I don't take my tablets on an empty stomach": they are taken, only not so."""
    found = crossed(text)
    assert found[kept] is False
    if refused:
        assert found[refused] is True


def test_a_lost_use_of_ones_own_hand_is_no_refusal_of_the_place():
    assert crossed("I can't use my right hand at the sink.")["sink"] is False


@pytest.mark.parametrize(
    ("text", "doing", "hour"),
    [
        ("I worked nights at the bakery, so I never go to bed before three.", "go to bed", None),
        ("I don't like to have my bath at six, I'm not a baby.", "bath", "six"),
    ],
)
def test_a_habit_kept_to_another_hour_is_no_refusal_of_the_doing(text, doing, hour):
    """ "I never go to bed before two": bed is still gone to, only later; an hour named with
    "at" is the one refused."""
    found = crossed(text)
    assert found[doing] is False
    if hour:
        assert found[hour] is True


def test_an_order_at_an_hour_still_refuses_the_thing():
    assert crossed("Don't bring me my cocoa at ten.")["cocoa"] is True


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("I can't sleep on my shoulder since the operation.", "shoulder"),
        ("I can never get comfortable on my back these days.", "back"),
    ],
)
def test_the_body_part_a_doing_is_done_on_is_no_thing_refused(text, part):
    """ "I can never get comfy on my hip": where the doing is done; the hip is still there."""
    assert crossed(text)[part] is False


def test_a_thing_not_wanted_before_an_hour_stays_crossed():
    """ "I don't want the carers in before nine": not a habit of one's own; the carers are
    what is refused then."""
    assert crossed("I don't want visitors round before ten.")["visitors"] is True


def test_it_takes_back_the_thing_it_agrees_with():
    """ "I don't like crowds at the show, but I watch it": "it" is the show, not the crowds."""
    assert (
        crossed("I don't like queues at the post office, but I go to it every week.")["queues"]
        is True
    )


@pytest.mark.parametrize(
    ("text", "thing"),
    [  # the code review's probes: knowing, thinking or understanding is no using it all the same
        ("I don't want resuscitation, but I know it is offered.", "resuscitation"),
        ("I don't want a wheelchair, but I know they think it would help.", "wheelchair"),
        ("I don't want the hoist but I understand it is safer.", "hoist"),
    ],
)
def test_a_thing_refused_but_known_about_stays_crossed(text, thing):
    assert crossed(text)[thing] is True


def test_them_takes_back_every_thing_disliked_but_eaten():
    found = crossed("I don't like fish or chips but I'll eat them.")
    assert found["fish"] is False and found["chips"] is False


@pytest.mark.parametrize(
    ("text", "thing"),
    [  # an age or a time of life is no clock hour, and "and I" starts another clause
        ("I don't smoke and I stopped at 65.", "smoke"),
        ("I never eat pork and I won't at 90.", "pork"),
        ("I don't eat meat after my heart attack at 70.", "meat"),
    ],
)
def test_a_refusal_with_an_age_in_it_stays_crossed(text, thing):
    assert crossed(text)[thing] is True


def test_a_thing_another_person_handles_is_not_kept_from_the_person():
    """ "I can't be trusted with my tablets, my daughter gives them to me": still taken."""
    found = crossed("I can't be trusted with my tablets, my daughter gives them to me.")
    assert found["tablets"] is False
    assert crossed("I can't be trusted with my money now, my son manages it.")["money"] is False


def test_a_going_the_person_has_lost_leaves_where_it_ends_wanted():
    found = crossed("I'm no longer able to go down the lane to the pub.")
    assert found["pub"] is False


def test_men_refused_at_the_start_of_a_sentence_stay_crossed():
    assert crossed("Men must not wash me, I don't want any.")["Men"] is True
