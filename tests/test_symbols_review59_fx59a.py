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
