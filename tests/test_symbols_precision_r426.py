"""Round r426: pictures a careful Easy Read writer would not give, or would give another way
(precision on the plans' sets: going to bed shows the bed)."""

from __future__ import annotations

from tests.helpers import concepts, crossed


def pictures(text: str) -> dict[str, str]:
    """Each pictured phrase of TEXT (lower case) -> the picture file it shows."""
    from plugins.symbols.matcher import find_all

    return {m.term.lower(): m.concept.file for m in find_all(text, ())}


def test_going_to_bed_shows_the_bed():
    # the newer plans' labels picture the bed itself in 'I go to bed at ten'
    bed = pictures("Put me to bed after the news.")["bed"]
    for text, term in (
        ("I go to bed at eleven after the snooker.", "go to bed"),
        ("Take my hearing aid out before I go to bed.", "go to bed"),
        ("She went to bed early with a cold.", "went to bed"),
        ("He is going to bed later these days.", "going to bed"),
        ("Tom goes to bed with the radio on.", "goes to bed"),
        ("A cup of cocoa at bedtime.", "bedtime"),
    ):
        assert pictures(text)[term] == bed, text
    # it is still the time of going to bed, and a 'never ... without' leaves it done
    assert concepts("I go to bed at eleven after the snooker.")["go to bed"] == "bedtime"
    assert crossed("I never go to bed without my teddy.")["go to bed"] is False


def test_a_move_already_made_gets_no_moving_van():
    # the person's story ('we moved to this bungalow in 1985') is no move the plan is about
    for text in (
        "We moved to this bungalow in 1985 for my knees.",
        "I moved into this flat after Jim died.",
        "They moved out to the new town in 1962.",
        "I don't want to be moved to a home.",
    ):
        assert "move-house" not in concepts(text).values(), text
    # a move wished for or refused still gets the van, crossed where refused
    assert concepts("My son wants me moving nearer to him in town.")["moving"] == "move-house"
    assert concepts("She moves into her new flat on Friday.")["moves"] == "move-house"
    assert crossed("I do not want to move to a home.")["move"] is True


def test_like_the_old_days_is_a_comparison_not_reminiscing():
    # 'like the old days' says how, not that the person talks of the past
    for text in (
        "I want my tea at five on the dot, like the old days.",
        "Loud voices make me frightened like the old days.",
    ):
        got = concepts(text).values()
        assert "memory" not in got and "history" not in got, text
    # talking about, missing or longing for the old days is reminiscing
    assert concepts("Sit and chat with me about the old days.")["the old days"] == "memory"
    assert concepts("I miss the old days at the mill.")["the old days"] == "memory"
    assert concepts("We loved the good old days.")["old days"] == "history"


def test_a_move_to_come_said_as_being_moved_keeps_the_van():
    # code review 61b item 6: 'to be moved', 'I'll be moved', 'get moved' speak of a move to come
    for text in (
        "I'm hoping to be moved to a bungalow near my daughter.",
        "I'd like to be moved to a ground floor flat.",
        "The council say I'll be moved into a bungalow next month.",
        "I want to get moved nearer my son.",
    ):
        assert concepts(text).get("moved") == "move-house", text
    # a move made ('was moved', 'got moved') or to a care home is still none
    for text in (
        "I was moved into a flat by the council last year.",
        "I got moved into a flat by the council in 1990.",
        "I don't want to be moved to a home.",
    ):
        assert "move-house" not in concepts(text).values(), text


def test_like_in_the_old_days_and_the_good_old_days_are_comparisons_too():
    # code review 61b item 7: other ways of saying 'like the old days' say how, too
    for text in (
        "I like a coal fire, like in the old days.",
        "I want my dinner at twelve, same as in the old days.",
        "I like my tea strong, like the good old days.",
        "It's like the good old days when the carers sit and chat.",
        "It's like the old times.",
    ):
        got = concepts(text).values()
        assert "memory" not in got and "history" not in got, text
    # wishing for them back is missing them
    assert concepts("I'd like the good old days back.")["old days"] == "history"
    assert concepts("We loved the old times at the Palais.")["old times"] == "memory"


def test_liking_the_old_days_is_reminiscing():
    # code review 61b item 8: 'like' the verb is missing them, not a comparison
    for text in (
        "I'd like the old days back.",
        "I would like the old days back, when the street knew each other.",
        "I like the old days best, so talk to me about the mill.",
    ):
        assert concepts(text).get("the old days") == "memory", text
    for text in ("Like the old days.", "Just like the old days, I get up at six."):
        assert "memory" not in concepts(text).values(), text


def test_going_to_bed_said_as_an_idiom_shows_the_bed_too():
    # code review 61b item 9: one picture for the idea, however it is said
    bed = pictures("I go to bed at ten.")["go to bed"]
    for text, term in (
        ("I go up at ten.", "go up"),
        ("I retire to bed at ten.", "retire to bed"),
        ("I hit the hay about eleven.", "hit the hay"),
    ):
        assert pictures(text)[term] == bed, text


def test_moved_house_is_a_move_already_made():
    # code review 61b item 10: 'moved house' is the person's story too, no moving van
    for text in (
        "We moved house twice when the children were small.",
        "I moved house three times as a child.",
    ):
        assert "move-house" not in concepts(text).values(), text
    assert concepts("We are moving house next month.")["moving house"] == "move-house"
    assert concepts("I don't want to move house again.")["move house"] == "move-house"
