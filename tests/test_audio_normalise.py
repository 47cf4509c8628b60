"""Written shorthand is said the way a person would say it aloud (British English)."""

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
    ],
)
def test_abbreviations(written, said):
    assert for_speech(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("at 8.30am.", "at half past eight in the morning."),
        ("at 9am", "at nine o'clock in the morning"),
        ("at 2:15 pm", "at quarter past two in the afternoon"),
        ("at 12pm", "at twelve noon"),
        ("at 19:45", "at quarter to eight in the evening"),
        ("at 10pm", "at ten o'clock at night"),
        ("at 7:05", "at five past seven"),
        ("at 7:07", "at seven oh seven"),
        ("at 9 a.m. Then tea.", "at nine o'clock in the morning. Then tea."),
    ],
)
def test_clock_times(written, said):
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
    ],
)
def test_dates(written, said):
    assert for_speech(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("Ring 01632 960123.", "Ring oh one six three two, nine six oh, one two three."),
        ("Sue: 07700 900123", "Sue: oh seven seven oh oh, nine oh oh, one two three"),
        ("020 7946 0018", "oh two oh, seven nine four six, oh oh one eight"),
        ("+44 7700 900123", "oh seven seven oh oh, nine oh oh, one two three"),
        ("In an emergency ring 999.", "In an emergency ring nine nine nine."),
    ],
)
def test_uk_phone_numbers_are_read_in_groups_of_digits(written, said):
    assert for_speech(written) == said


def test_ordinary_numbers_are_left_to_the_voice():
    assert (
        for_speech("I have 2 sugars and 3 grandchildren.") == "I have 2 sugars and 3 grandchildren."
    )
