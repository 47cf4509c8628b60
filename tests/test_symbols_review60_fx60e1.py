"""Code review 60e (negation): refused things the matcher showed bare."""

from __future__ import annotations

from tests.helpers import crossed


def test_a_home_refused_with_a_time_stays_crossed():
    # the time says when the refused move would be, not that only the timing is refused
    assert crossed("I don't want my son to move me into a home one day.")["home"] is True
    marks = crossed("Never move me to a nursing home after my husband dies.")
    assert marks["nursing home"] is True
    # a place the person is moved to every day, said with a time, is wanted
    assert crossed("Don't move me into the lounge before ten.")["lounge"] is False
    assert (
        crossed("Please don't move me to the chair too early, I like a lie-in.")["chair"] is False
    )


def test_a_reason_in_the_middle_of_a_list_does_not_end_it():
    assert crossed("No biscuits, too much sugar, or cake.")["cake"] is True
    marks = crossed("Not keen on crowds, too much noise, or the pub.")
    assert marks["crowds"] is True and marks["pub"] is True
    # a reason at the end of the list is no thing refused
    marks = crossed("I've not been a great one for the garden, too much rain.")
    assert marks["garden"] is True and marks["rain"] is False


def test_a_doing_after_make_out_or_is_still_refused():
    marks = crossed("I can't make out faces or go to the shops now.")
    assert marks["faces"] is False and marks["shops"] is True
    marks = crossed("I can't make out faces, or read the paper.")
    assert marks["faces"] is False and marks["read"] is True
    # what cannot be made out stays bare
    assert crossed("I can't make out faces across the room.")["faces"] is False


def test_only_the_next_clause_says_who_handles_ones_own_thing():
    text = "I don't want to be troubled with my bills. I like to sit with people in the lounge."
    assert crossed(text)["bills"] is True
    marks = crossed("I don't want to be troubled with my post or people at the door.")
    assert marks["post"] is True and marks["people"] is True
    marks = crossed("I don't want to be bothered with my tablets. The carer comes at eight.")
    assert marks["tablets"] is True
    assert crossed("I don't want to be bothered with my post and the carers.")["post"] is True
    # a person who is the subject of the next clause handles the thing: still wanted
    assert crossed("I don't want to be troubled with my bills, my son pays them.")["bills"] is False
    assert (
        crossed("I don't want to be troubled with my bills as my son pays them.")["bills"] is False
    )


def test_never_been_one_for_said_of_kin_or_with_the_subject_left_off():
    assert crossed("Dad's never been a great one for hospitals.")["hospitals"] is True
    assert crossed("Never been a great one for church.")["church"] is True
    assert crossed("Not been a big one for bingo, me.")["bingo"] is True
    assert crossed("My husband has never been a great one for the pub.")["pub"] is True
    # said of a year or a season, nothing is ruled out
    assert crossed("It's not been a great one for the roses this year.")["roses"] is False
    assert crossed("The summer has never been a great one for my hay fever.")["hay fever"] is False


def test_marking_a_scope_always_reads_the_gaps():
    import inspect

    from plugins.symbols import negation

    gaps = inspect.signature(negation._mark).parameters["gaps"]
    assert gaps.default is inspect.Parameter.empty  # so no caller reads past its clause
    # a time word in a later sentence does not uncross the place
    marks = crossed("Don't move me into a home. I go to bed at ten.")
    assert marks["home"] is True and marks["go to bed"] is False


def test_bare_feet_after_a_walk_somewhere_are_what_is_refused():
    marks = crossed("Don't let me walk about the house in my bare feet.")
    assert marks["bare feet"] is True and marks["walk"] is False and marks["house"] is False
    marks = crossed("I mustn't go in the garden barefoot.")
    assert marks["barefoot"] is True and marks["garden"] is False
    # the walk with no bare feet said is still refused
    assert crossed("Don't let me walk about the house at night.")["walk"] is True
