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


def test_a_number_before_a_count_of_seasons_or_countries_is_no_clock():
    clocks = {"clock-2", "clock-3", "clock-4"}
    assert not clocks & set(
        concepts("Mam has been gone three winters and I still miss her.").values()
    )
    assert not clocks & set(concepts("My family is spread over two countries now.").values())
    assert not clocks & set(concepts("Since four summers ago I have not left the house.").values())


def test_an_hour_before_a_season_word_in_the_clause_keeps_its_clock():
    assert "clock-4" in concepts("It gets dark at four in winter and I feel low.").values()
    assert "clock-2" in concepts("By two in the afternoon I need a lie down.").values()
