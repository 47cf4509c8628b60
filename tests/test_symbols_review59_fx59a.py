"""Code review 59a: the fixes of its items on rounds 401 and 407, each with a case that keeps its
picture."""

from __future__ import annotations

from tests.helpers import concepts, crossed


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


def test_a_flag_list_stays_in_its_clause_and_needs_a_real_flag():
    # item 2: past a stop or a comma, the verb "flag", and the Navy the person served in
    found = concepts("My parents were Polish and Italian. Flag any worries to my son.")
    assert "flag-poland" not in found.values() and "flag-italy" not in found.values()
    found = concepts("I speak Polish and Welsh. Flag it up if I seem lost.")
    assert "flag-poland" not in found.values() and "flag-wales" not in found.values()
    found = concepts("I am Irish and Scottish, flag it up to the nurse if I get upset.")
    assert "flag-ireland" not in found.values() and "flag-scotland" not in found.values()
    assert "navy" not in concepts("I was in the Navy and British flags make me proud.")
    # kept: a list that is one noun phrase, and "Navy and RAF" as flags of their own
    found = concepts("We had British and Irish flags at the wedding.")
    assert (found.get("british"), found.get("flags")) == ("flag", "flag-ireland")
    found = concepts("I was in the Navy and British flags make me proud.")
    assert found.get("flags") == "flag"


def test_moving_it_or_them_after_the_persons_limbs_is_no_crossed_moving_of_things():
    # item 3: "it" and "them" are the limbs named just before, moved with care
    for text in [
        "My legs are stiff, so if you move them too fast I fall.",
        "My arm is weak. If you move it quickly I'm lost.",
        "My leg is in plaster; if you move it I get confused with the pain.",
    ]:
        assert "move" not in crossed(text), text
    # kept: "them" after the person's things
    assert crossed("My glasses live on the table; if you move them I'm lost.")["move"] is True
    assert crossed("I keep my bag by my bed. If you move it I can't find it.")["move"] is True


def test_moving_furniture_or_that_chair_is_a_warning_but_moving_an_appointment_is_not():
    # item 8: moved furniture, "that chair", "this", "any of my things", a name's photos
    for text in [
        "If you move the furniture I get lost.",
        "If you rearrange the furniture I'm lost.",
        "If you move that chair I'll fall.",
        "If you move this I'm lost.",
        "If you move any of my things I get confused.",
        "If you move Mam's photos I can't find them.",
    ]:
        assert crossed(text).get(text.split()[2]) is True, text
    # a time put off is no thing moved
    for text in [
        "If you move my appointment I get muddled.",
        "If you move my visits about I get confused.",
    ]:
        assert "move" not in crossed(text), text
    # kept bare: a name's arm is the body, as "my arm" is
    text = "If you move Mam's arm too fast she gets confused."
    assert not crossed(text).get("move") and concepts(text).get("move") != "move-things"
    assert crossed("If you move my glasses I'm lost.")["move"] is True
