"""Ruling out in round 393. A going refused only "on my own" or "alone" rules out the being
alone, not the place: the person still goes to the shops, the town or the pier with someone, so
the place keeps a bare picture and only the alone is crossed. What one rides or climbs on that
going (the bus, the stairs) stays crossed, as does a place whose going is refused outright."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def crossed(text: str) -> dict[str, bool]:
    """Each pictured term of TEXT (lower case) -> whether its picture has the not cross."""
    return {m.term.lower(): m.negated for m in find_all(text)}


def test_the_persons_own_thing_a_refused_thing_comes_off_is_kept():
    assert crossed("Bess is not to be given titbits off my plate.")["plate"] is False
    assert crossed("Don't let the cat eat from my plate.")["plate"] is False
    assert crossed("Never take blood from my left arm.")["blood"] is True
    # a plate not the person's is how it is eaten, and refused with it
    assert crossed("I won't eat off a paper plate.")["plate"] is True
    assert crossed("I don't want my brother's plate.")["plate"] is True


def test_moving_my_things_said_as_a_warning_is_a_crossed_moving():
    found = crossed("Keep my room as it is; if you move my reading lamp I'm lost.")
    assert found["move"] is True
    assert found["reading lamp"] is False
    found = crossed("If you move the teapot I can't find it for days.")
    assert found["move"] is True
    assert found["teapot"] is False
    assert crossed("Don't move my radio, for if you do I'm lost.")["move"] is True
    # no harm after it, or no moving done by you: nothing refused, no moving picture
    assert "move" not in crossed("If you move my chair nearer the window, I like that.")
    assert "move" not in crossed("Ask me first if you need to move anything on my shelf.")
