"""A ruled-out thing out of the negation's first reach still gets its cross (round r312).

The r4 blind review found the refused side of "rather ... than" crossed only up to its first
noun, "anyone from the church" under a "don't bring" left bare, and a feared thing refused
later by "it" left bare: a bare picture of a refused thing tells the reader to bring it.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def crossed(text: str) -> dict[str, bool]:
    """Words as written -> whether their picture is crossed, for every picture TEXT gets."""
    return {m.term: m.negated for m in find_all(text)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("I'd sooner have my tea at the table than on my knee in the bedroom.", "bedroom"),
        ("I would rather sleep in my chair than on a camp bed in the kitchen.", "kitchen"),
    ],
)
def test_the_whole_place_after_rather_than_is_refused(text, place):
    """ "than on my knee in the bedroom": the bedroom is part of the place refused."""
    assert crossed(text)[place] is True


def test_a_thing_refused_after_rather_than_keeps_the_room_it_is_in():
    """ "than a shower in the bathroom": the shower is refused, not the bathroom."""
    got = crossed("I'd rather have a strip wash than a shower in the bathroom.")
    assert got["shower"] is True
    assert got["bathroom"] is False


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Please don't send anybody from the council to check on me.", "council"),
        ("I don't want anyone from the hospital ringing me at home.", "hospital"),
    ],
)
def test_someone_from_a_place_under_a_refusal_crosses_the_place(text, who):
    """ "don't send anybody from the council": the council is whom the person keeps away."""
    assert crossed(text)[who] is True


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Don't pester me with the radio when I'm resting.", "radio"),
        ("Please don't bother her with the newspaper in the morning.", "newspaper"),
    ],
)
def test_what_a_person_is_pestered_with_is_refused(text, thing):
    """ "don't pester me with the radio": the radio is kept from the person."""
    assert crossed(text)[thing] is True


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("I'm frightened of the hoist, I won't go in it.", "hoist"),
        ("He is terrified of the bath, so he won't get in it.", "bath"),
    ],
)
def test_a_feared_thing_refused_by_it_is_crossed(text, thing):
    """ "I'm frightened of the hoist, I won't go in it": "it" is the hoist."""
    assert crossed(text)[thing] is True


def test_a_feared_thing_used_all_the_same_stays_bare():
    """ "scared of the hoist, but I will use it": a fear, no refusal."""
    assert crossed("I'm scared of the hoist, but I will use it.")["hoist"] is False


@pytest.mark.parametrize(
    "text",
    [
        "Please don't touch my husband's medals, they stay in the cabinet.",
        "Never touch the clock on the mantelpiece, it was my father's.",
    ],
)
def test_touching_a_thing_refused_crosses_the_touching(text):
    """ "don't touch my medals": the touching is refused, so it is pictured crossed."""
    assert crossed(text)["touch"] is True


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I never touch the whisky these days.", "touch"),
        ("I don't mind you touching my books when you dust.", "touching"),
    ],
)
def test_touch_said_of_a_drink_or_allowed_gets_no_touch_picture(text, word):
    """ "never touch the whisky" is not drinking it; "don't mind you touching": allowed."""
    assert word not in crossed(text)


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Keep the knives from me, my hands shake.", "knives"),
        ("Please keep the scissors from him since his stroke.", "scissors"),
    ],
)
def test_a_thing_kept_from_the_person_is_refused(text, thing):
    """ "keep the lighter from me": as "keep it away from me", the thing is kept out of reach."""
    assert crossed(text)[thing] is True


def test_a_second_thing_given_up_with_its_own_year_is_refused_too():
    """ "gave up the cigarettes in 1980 and the beer in 1995": both are given up."""
    got = crossed("I gave up the cigarettes in 1980 and the beer in 1995.")
    assert got["cigarettes"] is True
    assert got["beer"] is True


def test_a_clause_after_the_year_given_up_is_no_second_thing():
    """ "...in 1980 and the family moved in 1990": the family is no thing given up."""
    assert crossed("I gave up the farm in 1980 and the family moved in 1990.")["family"] is False


@pytest.mark.parametrize(
    ("text", "spent", "thing"),
    [
        ("Don't waste your savings on a big funeral for me.", "savings", "funeral"),
        ("Please don't spend my money on taxis, the bus is fine.", "money", "taxis"),
    ],
)
def test_what_money_is_not_to_be_spent_on_is_refused_not_the_money(text, spent, thing):
    """ "don't waste your savings on a big funeral": the funeral is refused, the savings kept."""
    got = crossed(text)
    assert got[thing] is True
    assert got[spent] is False


def test_spending_little_on_a_thing_is_no_refusal():
    """ "I don't spend much on clothes": a limit, so the clothes keep a plain picture."""
    assert crossed("I don't spend much on clothes, I make do.")["clothes"] is False


@pytest.mark.parametrize(
    "text",
    [
        "I'd rather die than.",
        "I'd rather have tea than.",
        "I would sooner walk than",
        "She'd rather stay in bed than!",
    ],
)
def test_than_ending_the_sentence_does_not_break_the_page(text):
    """ "I'd rather die than.": nothing follows "than", so nothing is refused (code review)."""
    assert all(not negated for negated in crossed(text).values())


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("The stairs don't bother me with my stick.", "stick"),
        ("The noise doesn't bother me with my hearing aid out.", "hearing aid"),
        ("It doesn't bother her with her frame.", "frame"),
        ("The hill never troubles him with his walking stick.", "walking stick"),
        ("Getting in the car doesn't bother us with the wheelchair ramp.", "wheelchair ramp"),
    ],
)
def test_a_thing_that_makes_no_trouble_is_not_crossed(text, thing):
    """ "The stairs don't bother me with my stick": no trouble, the stick is wanted (code
    review); only "don't bother me with..." asked of someone presses a thing on the person."""
    assert crossed(text)[thing] is False


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Do not trouble me with the bills, my son deals with them.", "bills"),
        ("So never mither her with the telly after tea.", "telly"),
    ],
)
def test_what_a_person_is_asked_not_to_be_troubled_with_is_refused(text, thing):
    """ "Do not trouble me with the bills": trouble and mither are one list with bother."""
    assert crossed(text)[thing] is True


@pytest.mark.parametrize(
    ("text", "feared"),
    [
        (
            "I'm frightened of the hoist, my daughter bought me a new chair"
            " and I won't part with it.",
            "hoist",
        ),
        ("I'm scared of falling, the carers have a hoist but I won't use it.", "falling"),
        (
            "She's terrified of the dark, so we got her a night light and she won't give it up.",
            "dark",
        ),
        ("He is afraid of dogs, his son has a budgie and he won't part with it.", "dogs"),
    ],
)
def test_a_feared_thing_is_not_refused_by_an_it_that_is_another_thing(text, feared):
    """ "frightened of the hoist, ... a new chair and I won't part with it": "it" is the chair,
    so the hoist keeps its plain picture (code review)."""
    assert crossed(text)[feared] is False


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("I keep the letters from me mam in a box by the bed.", "letters"),
        ("I keep the photos from me nan in my handbag.", "photos"),
        ("Our Kath keeps the postcards from me dad in a biscuit tin.", "postcards"),
    ],
)
def test_things_kept_from_me_mam_in_dialect_are_not_refused(text, thing):
    """ "the letters from me mam": "me" is "my", the letters are treasured (code review)."""
    assert crossed(text)[thing] is False


def test_a_thing_kept_from_the_person_at_the_clause_end_is_refused():
    """ "They keep the pills from her, she'd take too many": the pills are kept out of reach."""
    assert crossed("The carers keep the pills from her, she would take too many.")["pills"]


@pytest.mark.parametrize(
    ("text", "refused", "wanted"),
    [
        ("Please don't blow the candles out on my cake.", "candles", "cake"),
        ("Don't blow the dust off on the bed, it gets in my chest.", "dust", "bed"),
    ],
)
def test_blowing_a_thing_is_no_spending(text, refused, wanted):
    """ "don't blow the candles out on my cake": the candles are refused, the cake wanted
    ("blow" spends only money named: "don't blow my savings on a cruise") (code review)."""
    got = crossed(text)
    assert got[refused] is True
    assert got[wanted] is False


def test_blowing_money_on_a_thing_refuses_the_thing():
    """ "Don't blow your pension on a cruise": the cruise is refused, the pension kept."""
    got = crossed("Don't blow your pension on a cruise, Mum.")
    assert got["cruise"] is True
    assert got["pension"] is False


@pytest.mark.parametrize(
    ("text", "place", "time"),
    [
        ("I'd rather be at home than in hospital at Christmas.", "hospital", "Christmas"),
        ("I'd rather sit in my chair than in bed at night.", "bed", "night"),
        (
            "I would sooner eat in the kitchen than in the dining room on Sundays.",
            "dining room",
            "Sundays",
        ),
        ("She'd rather stay at her flat than at the hospice at Easter.", "hospice", "Easter"),
    ],
)
def test_the_place_after_rather_than_does_not_run_on_into_a_time(text, place, time):
    """ "than in hospital at Christmas": the hospital is refused, Christmas is when (code
    review)."""
    got = crossed(text)
    assert got[place] is True
    assert got.get(time, False) is False
