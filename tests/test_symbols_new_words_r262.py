"""Words that got no picture before round 262: ticking a chart, a person's shift at work, and
how often in a season."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def concept_on(text: str, word: str) -> str | None:
    """The concept WORD (as written) gets in TEXT, or None where it gets no picture."""
    found = {m.term: m.concept.id for m in find_all(text, ())}
    return found.get(word)


def test_ticking_a_chart_shows_the_check_mark():
    assert concept_on("Could the carer tick the sheet once my drops are in?", "tick") == (
        "check-tick-r262"
    )


def test_a_tick_bite_or_a_ticking_clock_shows_no_check_mark():
    assert concept_on("I had a tick on my leg after walking the dog.", "tick") is None
    assert concept_on("The old clock ticks by my chair.", "ticks") is None


def test_a_shift_at_work_shows_work():
    assert concept_on("My daughter pops round before her shift at the care home.", "shift") == (
        "work-shift-r262"
    )


def test_shifting_a_person_in_bed_shows_no_work():
    assert concept_on("Please shift me over in the bed slowly.", "shift") is None


def test_how_often_in_a_season_shows_the_calendar():
    assert concept_on("My nephew drives me to the rugby once a season.", "once a season") == (
        "calendar-season-r262"
    )
