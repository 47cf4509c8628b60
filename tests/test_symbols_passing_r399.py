"""Round 399: words the plans' labellers pass over, where a picture only adds noise.

"Whether I ask or not" and "all I ask" say the routine or the wish is the point: the plans'
labels never key the asking there, while a person who asks for someone, or asks the same thing
again and again, keeps the asking picture.
"""

from tests.helpers import concepts


def test_a_routine_done_whether_i_ask_or_not_shows_no_asking():
    assert (
        "ask-me"
        not in concepts("Walk me to the loo after every meal whether I ask or not.").values()
    )
    assert (
        "ask-me"
        not in concepts("Whether or not I ask, turn me every four hours in the night.").values()
    )
    assert (
        "toilet"
        in concepts("Walk me to the toilet after every meal whether I ask or not.").values()
    )


def test_all_i_ask_is_a_wish_not_an_asking():
    assert "ask-me" not in concepts("A bit of peace and my crossword is all I ask.").values()
    assert (
        "ask-me" not in concepts("All I ask is that you ring the bell before you come in.").values()
    )


def test_asking_for_someone_or_asking_again_keeps_the_asking():
    assert (
        "ask-me" in concepts("If I ask for my brother Tom, tell me kindly he has passed.").values()
    )
    assert (
        "ask-me"
        in concepts("I ask the same question again and again, so answer me patiently.").values()
    )
    assert "ask-me" in concepts("Bring my tablets when I ask, and don't make me wait.").values()
