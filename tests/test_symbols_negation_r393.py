"""Ruling out in round 393. The person's own thing a refused thing is given or taken off ("he's
not to have scraps off my plate") stays bare; the person's own plate they will not eat off is
crossed. Moving the person's things said as a warning ("if you move my glasses I'm lost") is a
crossed moving; a harm kept off, denied or in another clause crosses nothing."""

from __future__ import annotations

from tests.helpers import crossed


def test_the_persons_own_thing_a_refused_thing_comes_off_is_kept():
    assert crossed("Bess is not to be given titbits off my plate.")["plate"] is False
    assert crossed("He's not to have scraps off my plate.")["plate"] is False
    assert crossed("Don't take the photos off my wall.")["wall"] is False
    # a plate not the person's is how it is eaten, and refused with it
    assert crossed("I won't eat off a paper plate.")["plate"] is True
    assert crossed("I won't eat off my brother's plate.")["plate"] is True


def test_moving_my_things_said_as_a_warning_is_a_crossed_moving():
    found = crossed("Keep my room as it is; if you move my reading lamp I'm lost.")
    assert found["move"] is True
    assert found["reading lamp"] is False
    found = crossed("If you move the teapot I can't find it for days.")
    assert found["move"] is True
    assert found["teapot"] is False
    # no harm after it: nothing refused, no moving picture
    assert "move" not in crossed("If you move my chair nearer the window, I like that.")


def test_a_harm_kept_off_by_the_moving_or_tidying_crosses_nothing():
    # code review 58a items 1 and 3: the harm is prevented, denied or in another clause
    assert crossed("If you tidy the kitchen after lunch I won't have to worry.")["tidy"] is False
    assert "move" not in crossed("If you move the rug out of the way I won't trip.")
    assert "move" not in crossed("If you move my commode nearer the bed I won't fall at night.")
    assert crossed("If you tidy my room, that is fine, I never mind.")["tidy"] is False
    assert "move" not in crossed("If you move my chair, mind you don't trip on the wire.")
    assert "move" not in crossed("Even if you move my chair, I never fall.")
    assert "move" not in crossed("If you move my chair nearer the window I can't complain.")
    # but a harm said as happening still crosses the moving
    assert crossed("If you move my cup or my slippers I cannot find them.")["move"] is True


def test_moving_the_persons_own_body_is_never_crossed():
    # code review 58a item 2: the moving is care the person wants
    assert crossed("If you move my legs for me I won't get stiff.")["move"] is False
    assert crossed("If you move my arm slowly I can't feel any pain.")["move"] is False
    assert crossed("If you move my leg, go slowly, it can't take much.")["move"] is False


def test_a_moving_no_harm_after_it_refuses_gets_no_picture():
    # code review 58a item 4: a harm word before it or in another clause refuses nothing
    assert "move" not in crossed("I'm never lost at home, but tell me if you move my chair.")
    assert "move" not in crossed("I can't see well, so if you move my chair, tell me.")
    assert "move" not in crossed("If you move my chair, tell me; I can't see well.")
    assert crossed("If you move my chair I'm lost.")["move"] is True


def test_everyday_and_dialect_harms_after_a_moving_cross_it():
    # code review 58a item 7
    assert crossed("If you move my glasses I don't know where they are.")["move"] is True
    assert crossed("If you move my specs I cannae find them.")["move"] is True
    assert crossed("If you move my things about I get in a muddle.")["move"] is True
    assert crossed("If you move my specs I cannae find them.")["specs"] is False


def test_the_persons_own_plate_they_will_not_eat_off_is_crossed():
    # code review 58a item 5: the person is the eater, the plate is the refused thing
    assert crossed("I don't eat off my good plates, they are for best.")["plates"] is True
    assert crossed("I never eat off my best china.")["best china"] is True
    assert crossed("I don't want to eat off my plate today, use the blue one.")["plate"] is True
    # another eater: the plate is the person's, kept
    assert crossed("I don't want the dog to eat off my plate.")["plate"] is False
