"""Code review 60d: fixes to rounds 414 and 415."""

import pytest
from helpers import concepts

from plugins.symbols.vocabulary import parse_term


def test_the_loader_turns_down_thing_where_no_list_reads_it():
    # item 2: "!<<THING" never matched in died-r228; the loader now says so
    with pytest.raises(ValueError):
        parse_term("been dead <has !<<THING|it")
    parse_term("passed <<my !<THING")  # "!<THING" is read


def test_a_limb_or_a_phone_dead_since_tuesday_is_no_death():
    assert "been dead" not in concepts("My mobile has been dead since Tuesday.")
    assert "been dead" not in concepts("My foot has been dead since I sat on it.")
    assert concepts("My brother has been dead thirty years.")["been dead"] == "died-r228"


def test_been_dead_good_or_tired_or_a_dead_limb_is_no_death():
    # item 1: "dead" for "very" and a limb or a town gone quiet
    for text in (
        "He's been dead good to me since I came home.",
        "I've been dead tired all week with the new tablets.",
        "Things have been dead quiet since Christmas.",
        "My left side has been dead since the stroke.",
    ):
        assert "been dead" not in concepts(text), text
    assert concepts("She's been dead a long time now.")["been dead"] == "died-r228"
    assert concepts("My husband has been dead since 2015.")["been dead"] == "died-r228"


def test_a_death_counted_in_years_beside_think_or_tell_is_the_death():
    # item 12: the guard reads the words just before, not the whole sentence
    assert concepts("I think of Jim every day, he's been dead ten years now.")["been dead"] == (
        "died-r228"
    )
    assert concepts("I like to tell the carers about Frank; he's been dead six years.")[
        "been dead"
    ] == ("died-r228")
    assert "been dead" not in concepts("Don't tell me she's been dead five years.")
