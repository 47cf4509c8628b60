"""Written shorthand is said the way a person would say it aloud, in British English."""

import pytest

from plugins.audio.normalise import for_speech


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Dr Patel comes on Mondays.", "doctor Patel comes on Mondays."),
        ("I like soft food, e.g. soup.", "I like soft food, for example soup."),
        ("Mrs Jones & Mr Shah", "missus Jones and mister Shah"),
        ("tea/coffee", "tea or coffee"),
        ("see creativecommons.org/licenses/by/4.0", "see creativecommons.org/licenses/by/4.0"),
        ("I see my GP.", "I see my G P."),
        ("St Mary's on the High St.", "Saint Mary's on the High Street."),
    ],
)
def test_abbreviations(written, said):
    assert for_speech(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("at 8.30am.", "at half past eight in the morning."),
        ("at 9am", "at nine in the morning"),
        ("at 2:15 pm", "at quarter past two in the afternoon"),
        ("at 12pm", "at twelve noon"),
        ("at 19:45", "at quarter to eight in the evening"),
        ("at 10pm", "at ten at night"),
        ("at 7:05", "at five past seven"),
        ("at 7:07", "at seven oh seven"),
        ("at 9 a.m. Then tea.", "at nine in the morning. Then tea."),
        ("at 8.30", "at half past eight"),
        ("Amina comes 8-9am.", "Amina comes eight to nine in the morning."),
        ("Tea 5.30-6pm.", "Tea half past five to six in the evening."),
        ("Open 9am-5pm.", "Open nine in the morning to five in the afternoon."),
    ],
)
def test_clock_times_and_ranges_of_times(written, said):
    assert for_speech(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("2026-10-06", "the sixth of October, twenty twenty-six"),
        ("06/10/2026", "the sixth of October, twenty twenty-six"),
        ("6 October 2026", "the sixth of October, twenty twenty-six"),
        ("Monday 3rd Nov", "Monday the third of November"),
        ("on 21 May", "on the twenty-first of May"),
        ("born 1 Jan 1940", "born the first of January, nineteen forty"),
        ("in 2005-03-31", "in the thirty-first of March, two thousand and five"),
        ("I was born in 1948.", "I was born in nineteen forty-eight."),
        ("In March 2026 we check it.", "In March twenty twenty-six we check it."),
        ("From 1939-1945.", "From nineteen thirty-nine to nineteen forty-five."),
    ],
)
def test_dates_and_years(written, said):
    assert for_speech(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Ring 01632 960123.", "Ring oh one six three two, nine six oh, one two three."),
        ("Ring (01632) 960123.", "Ring oh one six three two, nine six oh, one two three."),
        ("Sue: 07700 900123", "Sue: oh seven seven oh oh, nine oh oh, one two three"),
        ("Sue: 07700900123", "Sue: oh seven seven oh oh, nine oh oh, one two three"),
        ("020 7946 0018", "oh two oh, seven nine four six, oh oh one eight"),
        ("+44 7700 900123", "oh seven seven oh oh, nine oh oh, one two three"),
        ("In an emergency ring 999.", "In an emergency ring nine nine nine."),
    ],
)
def test_uk_phone_numbers_are_read_in_groups_of_digits(written, said):
    assert for_speech(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("It costs £20.", "It costs twenty pounds."),
        ("It costs £3.50.", "It costs three pounds fifty."),
        ("The bus is 50p.", "The bus is fifty pence."),
        ("£1 a week", "one pound a week"),
        ("I take 500mg.", "I take five hundred milligrams."),
        ("10 ml of syrup", "ten millilitres of syrup"),
        ("Take 2 x 5mg tablets.", "Take two five-milligram tablets."),
        ("Take 2 x 5mg.", "Take two five-milligram tablets."),
        ("Take 1/2 a tablet.", "Take half a tablet."),
        ("1 1/2 tablets", "one and a half tablets"),
        ("Mon-Fri", "Monday to Friday"),
        ("3-4 times a week", "three to four times a week"),
        ("for 20 mins", "for twenty minutes"),
        ("Help is there 24/7.", "Help is there twenty-four seven."),
        ("I have 2 sugars and 3 grandchildren.", "I have two sugars and three grandchildren."),
        ("I walk 2000 steps.", "I walk two thousand steps."),
        ("I live on the 3rd floor.", "I live on the third floor."),
        ("I am 50% deaf.", "I am fifty per cent deaf."),
    ],
)
def test_money_medicine_fractions_ranges_and_numbers(written, said):
    assert for_speech(written) == said


def test_the_person_says_how_a_name_is_said_and_no_other_rule_touches_it():
    say = {"Okafor": "oh-KAH-for", "St Kilda": "saint KIL-da"}
    assert for_speech("Dr Okafor lives on St Kilda.", say) == (
        "doctor oh-KAH-for lives on saint KIL-da."
    )
