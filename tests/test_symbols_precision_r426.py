"""Round r426: pictures a careful Easy Read writer would not give, or would give another way
(precision on the plans' sets: going to bed shows the bed)."""

from __future__ import annotations

from tests.helpers import concepts, crossed


def test_going_to_bed_shows_the_bed():
    # the newer plans' labels picture the bed itself in 'I go to bed at ten'
    for text, term in (
        ("I go to bed at eleven after the snooker.", "go to bed"),
        ("Take my hearing aid out before I go to bed.", "go to bed"),
        ("She went to bed early with a cold.", "went to bed"),
        ("He is going to bed later these days.", "going to bed"),
        ("Tom goes to bed with the radio on.", "goes to bed"),
    ):
        assert concepts(text)[term] == "bed", text
    # the time word keeps its own picture, and a bed is still a bed
    assert concepts("A cup of cocoa at bedtime.")["bedtime"] == "bedtime"
    assert concepts("Put me to bed after the news.")["bed"] == "bed"
    # a 'never ... without' still leaves going to bed done
    assert crossed("I never go to bed without my teddy.")["go to bed"] is False
