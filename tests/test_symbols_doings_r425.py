"""Doings said in words (LABELLING.md, ruling of stop 41): round r425's verbs and verb phrases."""

from __future__ import annotations

from helpers import concepts, crossed


def test_a_bag_or_commode_emptied_is_the_care_task():
    """ "empty it first thing", "the leg bag is emptied at six", "it needs emptying": the emptying
    of a bag, commode or bottle is the doing, however it is said; an empty house, bag or tummy
    is no emptying."""
    for text, word in (
        ("The commode stays by my bed; empty it before breakfast, please.", "empty"),
        ("My night bag is emptied by the carer at seven.", "emptied"),
        ("The catheter bag needs emptying twice in the evening.", "emptying"),
        ("I've a stoma pouch, and I empty and clean it myself.", "empty"),
    ):
        assert concepts(text).get(word) == "empty", text
    for text in (
        "Since Jim went, the house stands empty and his commode is still in the front room.",
        "The bins are emptied on Tuesday; my catheter bag is changed weekly.",
        "The bag is half empty and it needs changing.",
        "The bins are emptied on a Tuesday.",
    ):
        assert "empty" not in concepts(text).values(), text


def test_a_household_jug_pot_bottle_or_bag_emptied_is_no_care_task():
    """code review 61b item 2: the care item is a picture's (catheter, commode, stoma, urine
    bottle, toilet), not any pot, jug, bag or bottle: "the tea pot is emptied" is washing up."""
    for text in (
        "My water jug is emptied and refilled every morning so it stays fresh.",
        "The tea pot is emptied and washed after breakfast.",
        "The bottle bank is emptied on Fridays.",
        "The hoover bag is emptied by my daughter.",
        "The bin bags are emptied on Tuesday.",
    ):
        assert "empty" not in concepts(text).values(), text
    assert concepts("My leg bag is emptied by the carers at seven and ten.")["emptied"] == "empty"
    assert concepts("The urine bottle is emptied by the carer at night.")["emptied"] == "empty"


def test_bins_emptied_beside_a_care_bag_in_another_clause_are_no_care_task():
    """code review 61b item 1: the care item named in another clause does not make the bins'
    emptying the care task (the ~ list reads the whole sentence, so the bin words guard it)."""
    for text in (
        "The kitchen bin is emptied by my son and he helps with my stoma bag.",
        "The bins are emptied on a Tuesday, so my son puts the black bags out on Monday night.",
    ):
        assert "empty" not in concepts(text).values(), text
    assert concepts("My catheter bag is emptied by the nurse on Tuesday.")["emptied"] == "empty"


def test_empty_describing_a_house_a_person_or_a_bottle_is_no_emptying():
    """code review 61b item 3: "empty and" is the doing only after its doer or an asking word
    ("I empty and clean it", "Carers to empty and clean the commode"), not where "empty"
    describes a house, a person or a bottle ("the house stands empty and ...")."""
    for text in (
        "Since Jim died I'm empty and lost, and his bag is still by the door.",
        "The flat was left empty and my bags were packed.",
        "I like an empty and clean bottle by my bed at night.",
    ):
        assert "empty" not in concepts(text).values(), text
    for text in (
        "Carers to empty and clean the commode.",
        "Empty and rinse the commode pot each morning.",
        "The carer will empty and rinse my urine bottle.",
    ):
        assert "empty" in concepts(text).values(), text


def test_emptied_said_in_a_note_a_dialect_or_not_done_is_the_care_task():
    """code review 61b item 4: "Catheter bag emptied at 22:00", "needs emptied" (Scots and
    Northern Irish) and "the commode was not emptied" (crossed) are the emptying too."""
    for text in (
        "Catheter bag emptied at 22:00.",
        "Commode emptied, cleaned and put back.",
        "My catheter bag needs emptied before bed.",
        "The bag's emptied at six.",
    ):
        assert concepts(text).get("emptied") == "empty", text
    for text in (
        "The commode was not emptied last night and I was upset.",
        "My commode wasn't emptied and the room smelt.",
        "The bag is never emptied on time.",
    ):
        assert concepts(text).get("emptied") == "empty", text
        assert crossed(text)["emptied"] is True, text
    assert "empty" not in concepts("The bin wasn't emptied last week.").values()
