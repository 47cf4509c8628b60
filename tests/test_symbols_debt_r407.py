"""Round 407: code debt left by stop 58, each rule in the one place that owns its job."""

from __future__ import annotations

from tests.helpers import concepts, crossed


def test_shifting_my_things_said_as_a_warning_is_a_crossed_moving_like_moving_them():
    found = crossed("If you shift my specs I canna find them.")
    assert found["shift"] is True
    assert found["specs"] is False
    assert concepts("If you shift my specs I canna find them.")["shift"] == "move-things"
    assert crossed("If you shift the teapot I'll trip over it.")["shift"] is True
    assert crossed("If you move things I get in a muddle.")["move"] is True
    # no harm after it, a harm kept off, the person's body or a moving of the carer: no moving
    assert "shift" not in crossed("If you shift my chair nearer the fire, that's lovely.")
    assert "shift" not in crossed("If you shift the rug I won't trip.")
    assert "move" not in crossed("If you move too fast I'll fall.")
    assert "move" not in crossed("If you move me in one go I get confused.")
