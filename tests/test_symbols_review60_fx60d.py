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
