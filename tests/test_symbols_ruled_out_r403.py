"""Round 403: things a care plan rules out that got no picture, or the wrong reading of a not."""

from helpers import concepts, crossed


def test_a_pet_shut_out_of_the_room_is_a_shut_door_crossed():
    text = "Biscuit the cat sleeps on my bed; please don't shut her out of the bedroom."
    assert concepts(text)["shut her out"] == "close-door"
    assert crossed(text)["shut her out"] is True


def test_a_pet_not_to_be_shut_out_is_crossed():
    text = "Rex is my old collie and he's not to be shut out of the kitchen at night."
    assert crossed(text)["shut out"] is True


def test_shutting_a_person_out_of_a_life_is_no_door():
    assert "shut me out" not in concepts("My brother shut me out of his life after Mam died.")


def test_a_pet_shut_out_said_without_a_not_gets_no_plain_shut_door():
    assert "shut him out" not in concepts("Pip sleeps on my bed and he howls if you shut him out.")


def test_nobodys_to_rules_out_the_doing_as_nobody_is_to_does():
    text = "Tibbles sleeps on my bed at night and nobody's to shut her out."
    assert crossed(text)["shut her out"] is True
    assert crossed("Nobody's to smoke near me because of the oxygen.")["smoke"] is True


def test_nobodys_perfect_rules_nothing_out():
    text = "Nobody's perfect, and the carers do their best with my breakfast."
    assert not any(crossed(text).values())


def test_a_pet_the_person_will_not_have_shut_out_is_crossed():
    text = "Meg sleeps on my bed and I won't have her shut out of the room."
    assert crossed(text)["shut out"] is True


def test_what_a_person_will_not_be_kept_going_with_is_crossed():
    assert crossed("I don't want to be kept going with antibiotics near the end.")["antibiotics"]
    assert crossed("Please don't keep me going with tablets I don't need.")["tablets"]


def test_kept_waiting_with_a_coat_on_does_not_cross_the_coat():
    assert crossed("I don't want to be kept waiting with my coat on.").get("coat on") is False


def test_shutting_the_door_is_the_shut_door_picture_as_opening_it_is_the_open_one():
    assert concepts("Please shut the door behind you, I feel the cold.")["shut the door"] == (
        "close-door"
    )
    assert crossed("Don't close the door at night, I like the landing light.")["close the door"]
