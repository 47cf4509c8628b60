"""Round 413: ruling a thing out, as care plans say it (what the negation module reads)."""

from __future__ import annotations

from helpers import crossed


def test_not_been_one_for_a_thing_rules_it_out():
    # "not a great one for" said of a life so far is still a dislike
    assert crossed("I've not been a great one for the pub since Jack went.")["pub"] is True
    assert crossed("I've never been a big one for parties.")["parties"] is True
    # what the sentence goes on to want stays wanted
    marks = crossed("I've not been a great one for the telly, so put the radio on.")
    assert marks["telly"] is True and marks["radio"] is False
    assert crossed("I have never been one for bingo.")["bingo"] is True
    # why it is disliked, after a comma, is no thing ruled out (code review 60a item 6)
    marks = crossed("I've not been a great one for the garden, too much rain.")
    assert marks["garden"] is True and marks["rain"] is False
    # said of a year or a season, nothing is ruled out (code review 60a item 6)
    marks = crossed("It's not been a great one for the tomatoes, too much rain.")
    assert marks["tomatoes"] is False and marks["rain"] is False
    assert crossed("It's not been a great one for the roses this year.")["roses"] is False
    assert crossed("The summer has never been a great one for my hay fever.")["hay fever"] is False


def test_not_wanting_to_be_worried_with_a_thing_rules_the_thing_out():
    # said of the person, as "don't bother me with" is said to the carer
    assert crossed("My daughter pays the bills; I don't want to be troubled with them bills.")[
        "bills"
    ]
    assert crossed("Don't worry me with the bills, ask Susan.")["bills"] is True
    # worrying about a thing, or not wanting worry, leaves the thing alone
    assert crossed("Don't worry about the bills, Susan pays them.")["bills"] is False
    assert crossed("I don't want to be worried, so tell Susan about the bills.")["bills"] is False


def test_another_not_wanting_to_be_worried_rules_nothing_out():
    # code review 60a item 7: the son's wish is no refusal of the person's
    marks = crossed("My son doesn't want to be worried with the appointments, so please ring me.")
    assert marks["appointments"] is False
    marks = crossed("My daughter doesn't like to be troubled with the pension, so ring me.")
    assert marks["pension"] is False
    # the person's own, or a clause of their own, still refuses it
    assert crossed("I really don't want to be worried with the bills.")["bills"] is True
    assert crossed("I'm tired, don't want to be mithered with the telly.")["telly"] is True


def test_ones_own_thing_another_handles_is_not_ruled_out():
    # code review 60a item 2: another person named after the thing handles it for the person
    marks = crossed("I don't want to be bothered with my tablets, my daughter gives them to me.")
    assert marks["tablets"] is False
    assert crossed("I don't want to be troubled with my bills, my son pays them.")["bills"] is False
    assert (
        crossed("I don't want to be bothered with my post, my son opens it for me.")["post"]
        is False
    )
    # with nobody else to handle it, the thing is still refused
    assert crossed("I don't want to be troubled with my bills.")["bills"] is True
    assert crossed("I don't want to be bothered with letters from the bank.")["letters"] is True


def test_moving_the_person_somewhere_rules_out_the_place():
    # moving the person to a place is going there
    marks = crossed("Give me a wash in bed rather than moving me to the bathroom.")
    assert marks["bathroom"] is True and marks["bed"] is False
    assert crossed("Please don't move me into a home; I want to stay here.")["home"] is True
    assert crossed("Don't move me to the lounge, it is too noisy.")["lounge"] is True
    # when or how the moving is done is what is refused, not the place (code review 60a item 5)
    assert (
        crossed("Please don't move me to the chair too early, I like a lie-in.")["chair"] is False
    )
    assert crossed("Don't move me to the bed on my own, use the hoist.")["bed"] is False
    assert crossed("Don't move me into the lounge before ten.")["lounge"] is False
    assert crossed("Do not move me into the chair quickly, I get dizzy.")["chair"] is False
    # moving a thing keeps the thing and the place
    marks = crossed("Don't move my chair to the window.")
    assert marks["chair"] is False and marks["window"] is False
    assert crossed("Don't move them to the shed.")["shed"] is False


def test_a_thing_given_up_instead_is_still_given_up():
    assert crossed("I can't fast this year with my sugar, so I give up sweets instead.")["sweets"]
    # what is done instead, with no giving up of its own, is wanted
    marks = crossed("I can't get to church now, so I watch the Mass on the telly instead.")
    assert marks["telly"] is False
    marks = crossed("Don't give me a second cup of tea, ring the surgery instead.")
    assert marks["surgery"] is False


def test_walking_barefoot_rules_out_the_bare_feet_not_the_walk():
    marks = crossed("With my sugar I must not walk barefoot, even in the kitchen.")
    assert marks["barefoot"] is True and marks["walk"] is False
    marks = crossed("Never let him go out in his bare feet.")
    assert marks["bare feet"] is True and marks["go out"] is False
    # a walk refused outright is still crossed
    assert crossed("Please don't let me walk on the wet floor.")["walk"] is True
    # what is refused after the bare feet is still ruled out (code review 60a item 1)
    marks = crossed("I must not walk barefoot or have a hot water bottle.")
    assert marks["barefoot"] is True and marks["walk"] is False
    assert marks["hot water bottle"] is True
    marks = crossed("Don't let me walk barefoot or use the stairs alone.")
    assert marks["stairs"] is True and marks["walk"] is False
    assert crossed("I mustn't be in bare feet, or sit in wet pads.")["pads"] is True


def test_kin_who_did_it_before_is_a_likeness_not_ruled_out():
    marks = crossed("I don't want to die in the hospital like my father did.")
    assert marks["hospital"] is True and marks["father"] is False
    marks = crossed("I won't go into a home like my mother; let me stay here.")
    assert marks["home"] is True and marks["mother"] is False
    # what is refused after the likeness is still ruled out (code review 60a item 4)
    marks = crossed("I don't eat meat like my husband does, or fish.")
    assert marks["fish"] is True and marks["husband"] is False and marks["meat"] is True
    marks = crossed("I don't want to go in a home like my mum did, or a hospital.")
    assert marks["hospital"] is True and marks["mum"] is False
    # "like" said as a verb, with a word of how before it, refuses the kin (code review 60a
    # item 14)
    assert crossed("I don't really like my sister, we fell out.")["sister"] is True
    assert crossed("I don't much like my brother.")["brother"] is True
    # kin who are the refused thing are still crossed: "like" is the verb there (code review
    # 60a item 15)
    assert crossed("I don't like my sister, we fell out.")["sister"] is True
    assert crossed("I do not like my brother.")["brother"] is True


def test_a_refusal_because_of_my_faith_keeps_the_faith():
    marks = crossed("We don't keep birthdays, it's not in our faith.")
    assert marks["birthdays"] is True and marks["our faith"] is False
    marks = crossed("I don't drink alcohol, it isn't part of my religion.")
    assert marks["alcohol"] is True and marks["my religion"] is False
    # a thing not wanted in the person's room is still ruled out
    assert crossed("I don't want the telly in my room.")["telly"] is True
