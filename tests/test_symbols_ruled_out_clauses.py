"""Ruling out (issue 13, round 266): clause shapes that rule a thing out however they are
spread over the sentence: a long wish before "than", a second "not" joined by "and", a "no"
said again inside a negated clause."""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def crossed(text: str) -> dict[str, bool]:
    """words as written -> whether their picture carries the not cross."""
    return {m.term: m.negated for m in find_all(text)}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "I'd rather sit in my big chair near the window and look at the hills than go to "
            "the lunch club.",
            "lunch club",
        ),
        (
            "I would sooner stay in bed with the radio and a pot of tea on the tray than go "
            "out to the bingo.",
            "bingo",
        ),
    ],
)
def test_what_comes_after_than_is_crossed_however_long_the_wish_before_it(text, word):
    """ "I'd rather ... than go to the day centre" rules out the day centre, even where the
    wanted half runs past a dozen words."""
    assert crossed(text)[word] is True


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Don't bring me no cake, I've had my dinner.", "cake"),
        ("Don't you be giving him no biscuits after his tea.", "biscuits"),
    ],
)
def test_a_no_said_again_after_a_negated_doing_still_rules_out(text, word):
    """ "Don't give me no porridge" is a double negative as people speak: the porridge is
    refused, so a bare porridge would tell the carer to serve it."""
    assert crossed(text)[word] is True


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I want to stay in my flat, not in a care home and not at my son's house.", "house"),
        ("I'd like to pass away in my own bed, not in a ward and not at the hospital.", "hospital"),
    ],
)
def test_a_second_not_joined_by_and_rules_out_its_own_place(text, word):
    """ "not in a hospice and not at the hospital": the first not must not swallow the second,
    or the hospital is shown bare."""
    assert crossed(text)[word] is True


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I don't sleep well in a hot bedroom, so open the window.", "bedroom"),
        ("Mum doesn't sleep well in a strange bed.", "bed"),
        ("He isn't sleeping well in a chair these nights.", "chair"),
    ],
)
def test_where_a_doing_goes_badly_is_not_refused(text, word):
    """ "I don't sleep well in a warm room" says the sleep goes badly there: the room is no
    thing refused, so it gets no cross."""
    assert crossed(text)[word] is False


def test_a_doing_that_goes_badly_keeps_its_cross():
    """The older sets read "I do not sleep well" as sleep ruled out; both readings are fair,
    and a bare picture of a thing a reader takes as ruled out is the worse error."""
    assert crossed("I do not sleep well when the wind is up.")["sleep"] is True


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("These tablets upset my stomach if I take them without breakfast.", "breakfast"),
        ("The writing is too faint without my reading glasses.", "reading glasses"),
    ],
)
def test_a_thing_things_go_wrong_without_is_needed(text, word):
    """ "My stomach is bad if I take it without food", "the print's too small without my
    magnifier": the food and the magnifier are needed, so a cross would tell the carer to
    keep them away."""
    assert crossed(text)[word] is False


def test_without_after_an_if_and_its_comma_still_rules_out():
    assert crossed("If you make me a coffee, without milk please.")["milk"] is True


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("You don't need to be bringing me chocolates, dear.", "chocolates"),
        ("Youse don't need to buy us a cake, we've plenty in the tin.", "cake"),
    ],
)
def test_you_need_not_bring_me_turns_the_gift_down(text, word):
    """ "Yous don't need to be buying me flowers" is a polite no: the flowers are not wanted,
    unlike "I don't need to take my tablets with food", where the tablets are still taken."""
    assert crossed(text)[word] is True


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("My wife died in the hospital and I never got to kiss her goodbye.", "kiss"),
        ("I never knew my mum, she died when I was a baby.", "mum"),
        ("I never met my grandad.", "grandad"),
    ],
)
def test_a_missed_chance_is_wanted_not_refused(text, word):
    """ "I never got to hold his hand", "I never knew my dad": a loss, so what was missed gets
    no cross, which would read as the person refusing it."""
    assert crossed(text)[word] is False


def test_never_getting_to_a_place_is_read_as_before():
    """ "I never get to the shops now" names a place the person cannot reach: it keeps its
    cross, as a lost skill's thing does."""
    assert crossed("I never get to the shops now.")["shops"] is True


def test_not_getting_to_a_service_keeps_its_cross():
    """ "If I can't get to Mass, the priest brings me Communion": Mass is a place to reach,
    not a doing missed, so it is read as before."""
    assert crossed("If I can't get to Mass, the priest comes to me on a Friday.")["Mass"] is True


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Mum sleeps with the big light off and the lamp on.", "big light"),
        ("I like to sit with my slippers off by the fire.", "slippers"),
    ],
)
def test_a_thing_wanted_off_is_crossed(text, word):
    """ "I sleep with the big light off" says, as "leave the light off" does, that the light
    is not wanted on: a bare light would tell the carer to switch it on."""
    assert crossed(text)[word] is True


def test_off_before_a_place_says_where_from():
    assert crossed("I walk the dog with the lead off the hook.").get("lead") is not True


def test_you_need_not_do_to_my_thing_keeps_the_thing():
    """ "You needn't slice my bread, I like it thick": the bread is still wanted."""
    assert crossed("You needn't slice my bread, I like it thick.").get("bread") is False


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Please don't leave me leaflets; my eyes are too poor to read them.", "leaflets"),
        ("Don't leave me biscuits by the bed, I get crumbs everywhere.", "biscuits"),
    ],
)
def test_what_is_left_for_the_person_is_crossed(text, word):
    """ "Please don't leave me leaflets" rules out the leaflets, as "don't give me leaflets"
    does; a bare picture would ask the carer to leave them."""
    assert crossed(text)[word] is True


def test_leaving_the_person_alone_crosses_no_thing():
    found = crossed("Don't leave me in the chair all day.")
    assert found["chair"] is False


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A stairlift will be over my dead body, I manage the stairs fine.", "stairlift"),
        ("The hoist is over my dead body.", "hoist"),
    ],
)
def test_over_my_dead_body_crosses_what_it_is_said_of(text, word):
    """ "A stairlift will be over my dead body" refuses the stairlift, and the body of the
    idiom gets no picture."""
    found = crossed(text)
    assert found[word] is True
    assert "body" not in found


def test_will_be_alone_crosses_nothing():
    """ "will be" rules a thing out only with the refusal said after it."""
    assert crossed("A care home will be lovely for my sister.")["care home"] is False


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Please don't send my grandson away when he calls late.", "grandson"),
        ("Don't send the cat away when I go into hospital.", "cat"),
    ],
)
def test_sending_away_keeps_who_is_sent(text, word):
    """ "Do not send my grandson away" rules out the sending: the grandson is wanted."""
    assert crossed(text)[word] is False


def test_sending_without_away_still_crosses_the_thing():
    assert crossed("Please don't send me leaflets in the post.")["leaflets"] is True


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I fret in case I can't get to the chapel on a Sunday.", "chapel"),
        ("I worry in case I cannot get to the market on Saturday.", "market"),
    ],
)
def test_what_the_person_fears_missing_is_not_crossed(text, word):
    """ "in case I can't get to the chapel": a loss feared, the chapel is wanted."""
    assert crossed(text)[word] is False


def test_cannot_get_to_without_in_case_still_crosses():
    assert crossed("I can't get to the chapel now my legs are bad.")["chapel"] is True


def test_stopping_the_clocks_is_a_custom_not_a_refusal():
    """ "open the windows and stop the clocks after I pass": the clocks are no thing refused."""
    assert crossed("Open the windows and stop the clocks after I pass.")["clocks"] is False


def test_stopping_tablets_still_crosses_them():
    assert crossed("Please stop the tablets that make me sick.")["tablets"] is True


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Nobody smokes near me, not even my son with his cigars.", "cigars"),
        ("Nobody brings drink into the house, not even me with my sherry at Christmas.", "sherry"),
    ],
)
def test_not_even_me_with_my_thing_after_nobody_crosses_the_thing(text, word):
    """ "nobody smokes in my trailer, not even me with my old pipe": the pipe is ruled out;
    the person is one of the nobody."""
    assert crossed(text)[word] is True


def test_not_even_my_son_after_nobody_still_leaves_the_son():
    assert crossed("Nobody smokes near me, not even my son with his cigars.")["son"] is False


@pytest.mark.parametrize(
    "text",
    [
        "Please don't wrap the leftovers in foil and bin them.",
        "Mind you never roll my hearing aid up in a hanky and bin it.",
    ],
)
def test_a_second_doing_to_it_in_a_refused_order_is_crossed(text):
    """ "mind you don't wrap them in a tissue and bin them": the binning is refused too."""
    assert crossed(text)["bin"] is True


def test_a_new_order_after_a_comma_is_not_crossed():
    assert crossed("Don't rush me, and wash them after.")["wash"] is False


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I can't understand the nurse when she talks fast.", "nurse"),
        ("I don't understand my nephew on the telephone, so he writes.", "nephew"),
    ],
)
def test_who_the_person_cannot_understand_is_still_wanted(text, word):
    """ "I cannot understand the doctor on the phone": the doctor is wanted, as who cannot
    be heard is."""
    assert crossed(text)[word] is False


def test_a_thing_not_understood_is_still_crossed():
    """The older sets cross "the forms" in "I can't understand the forms from the council"."""
    assert crossed("I don't understand the bills from the bank, so my son does them.")["bills"]
