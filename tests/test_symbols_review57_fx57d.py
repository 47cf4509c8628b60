"""Code review 57b, items 10 to 18: guards that read too far (the sentence before, past a
comma) or too wide (a word that is also plain English), each with a case that keeps its
picture."""

from __future__ import annotations

from helpers import concepts


def test_a_finger_pricked_on_something_is_no_blood_sugar_test():
    # item 10: pricked "on" a thing is an injury; the knitting of the sentence before does not
    # decide a sentence that speaks of the nurse
    found = concepts("I pricked my finger on the stapler and it bled for ages.")
    assert "diabetes" not in found.values()
    assert "diabetes" not in concepts("I pricked my finger on a splinter in the shed.").values()
    assert "diabetes" not in concepts("I was sewing and pricked my finger.").values()
    assert concepts("Prick her finger at eight, write it down.")["prick her finger"] == "diabetes"
    found = concepts("I love my knitting. The nurse pricks my finger at teatime.")
    assert found["pricks my finger"] == "diabetes"
    found = concepts("I prick my finger to test my sugar before meals.")
    assert found["prick my finger"] == "diabetes"


def test_a_clock_striking_keeps_the_yard():
    # item 11: only a strike (the picket line, "on strike") takes the yard off the garden
    found = concepts("I sit out in the yard till the church clock strikes twelve.")
    assert found["yard"] == "garden"
    assert "garden" not in concepts("The whole yard came out on strike in 1972.").values()


def test_a_spread_on_toast_is_the_jam_not_a_meal():
    # item 12: a spread on bread, toast or crackers is what goes on them; a lovely spread at a
    # wake is still the meal
    assert concepts("I like a nice spread on my toast in the morning.")["spread"] == "jam"
    assert concepts("I like a lovely spread on my crackers.")["spread"] == "jam"
    assert concepts("We had a lovely spread at the wake.")["spread"] == "meal"
    assert concepts("A good spread on the table for my birthday.")["spread"] == "meal"


def test_the_wound_round_my_ankle_keeps_the_dressing():
    # item 13: after "the", "my" or "open", "wound" is the injury whatever follows it; a verb
    # winding wool round a chair still shows none
    found = concepts("The wound round my ankle needs dressing every other day.")
    assert found["wound"] == "skin"
    assert "wound" not in concepts("She wound the wool round the chair.")
    assert "wound" not in concepts("He wound it round his finger.")


def test_burying_a_thing_is_no_burial():
    # item 14: "burying" with a pictured thing after it buries that thing; wanting burying next
    # to someone is still the burial
    assert "cemetery" not in concepts("I like burying bulbs in the autumn.").values()
    assert concepts("I'd like burying next to my Bill.")["burying"] == "cemetery"
    assert concepts("I want burying with my husband.")["burying"] == "cemetery"


def test_eating_at_me_mams_is_eating():
    # item 15: "me" is also "my" (Northern English); only after what gnaws is it the worry
    assert concepts("I eat at me sister's on Fridays.")["eat"] == "eat"
    assert concepts("We always ate at me mam's on a Sunday.")["ate"] == "eat"
    assert "eat" not in concepts("It's been eating at me for weeks.").values()
    assert "eat" not in concepts("The guilt still eats at me.").values()


def test_shirt_cuffs_keep_the_shirt():
    # item 16: cuffs have no picture of their own, so the shirt keeps the clothes; buttons
    # still show the buttons
    assert concepts("Please fasten my shirt cuffs before I go out.")["shirt"] == "clothes"
    assert concepts("I need help with my shirt cuffs.")["shirt"] == "clothes"
    said = concepts("My fingers are stiff, so help me with my shirt buttons.")
    assert "shirt" not in said and said["buttons"] == "button"


def test_text_before_a_comma_is_no_text_message():
    # item 17: text that is big or large is the print, whatever follows the comma
    assert "phone-text" not in concepts("I need big text, my eyes are poor.").values()
    assert "phone-text" not in concepts("Please use large text; my eyes are bad.").values()
    assert concepts("Text my daughter if I fall.")["text"] == "phone-text"
    assert concepts("Text me when you're on your way.")["text"] == "phone-text"


def test_people_heard_are_people_unless_the_hearing_fails():
    # item 18: people heard in the corridor are there; people one cannot hear, or hears only
    # over the telly, are no picture
    found = concepts("I hear people in the corridor at night and it frightens me.")
    assert found["people"] == "people"
    assert "people" not in concepts("I can't hear people when the radio is on.")
    assert "people" not in concepts("I can't hear people over the telly.")
