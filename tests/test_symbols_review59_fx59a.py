"""Code review 59a: the fixes of its items on rounds 401 and 407, each with a case that keeps its
picture."""

from __future__ import annotations

from tests.helpers import concepts


def test_a_flag_list_opening_the_text_keeps_its_first_member():
    # item 7: the first one or two words of the text were never reached
    found = concepts("Polish, Italian flags for the party.")
    assert (found.get("polish"), found.get("flags")) == ("flag-poland", "flag-italy")
    found = concepts("Welsh, Irish and Scottish flags hung in the hall.")
    assert (found.get("welsh"), found.get("irish"), found.get("flags")) == (
        "flag-wales",
        "flag-ireland",
        "flag-scotland",
    )
    found = concepts("Welsh, Irish flags hung in the hall.")
    assert (found.get("welsh"), found.get("flags")) == ("flag-wales", "flag-ireland")
    # kept: the same list further in
    found = concepts("We hung the Welsh, Irish flags in the hall.")
    assert (found.get("welsh"), found.get("flags")) == ("flag-wales", "flag-ireland")


def test_a_listed_people_keeps_the_flag_senses_own_exclusions():
    # item 1: "Northern Irish" is no Irish flag, "West Indian" no Indian, "Turkish Cypriot" no
    # Cypriot one, in a list as alone ("!<<northern", "!<<west", "!<<turkish")
    found = concepts("We put up the Northern Irish and Scottish flags for the Twelfth.")
    assert "irish" not in found
    found = concepts("We had West Indian and Jamaican flags at the carnival.")
    assert "flag-india" not in found.values()
    found = concepts("Turkish Cypriot and Greek flags hung in the restaurant.")
    assert "flag-cyprus" not in found.values()
    # kept: the peoples with no such word before them
    found = concepts("We had Indian and Jamaican flags at the carnival.")
    assert (found.get("indian"), found.get("flags")) == ("flag-india", "flag-jamaica")
    found = concepts("We put up the Irish and Scottish flags for the match.")
    assert (found.get("irish"), found.get("flags")) == ("flag-ireland", "flag-scotland")
