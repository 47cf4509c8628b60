"""Things the older plans (plans5-20) name bare with no picture before round 299: the garden
path, the land a person farmed, a post-mortem ruled out in the wishes for after death, and an
operation named with "another" or bare beside its date; shown as pictures the vocabulary
already has."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def picture_on(text: str, word: str) -> tuple[str, bool] | None:
    """(concept, crossed) WORD (as written) gets in TEXT, or None where it gets no picture."""
    found = {m.term: (m.concept.id, m.negated) for m in find_all(text, ())}
    return found.get(word)


def test_the_garden_path_a_person_sweeps_or_walks_shows_the_path():
    assert picture_on("Every morning I sweep the path and the front step.", "path") == (
        "path-r299",
        False,
    )
    assert picture_on("Mind the path by the lawn, it gets icy in the winter.", "path") == (
        "path-r299",
        False,
    )


def test_a_career_path_or_the_path_to_getting_better_has_no_path_picture():
    assert picture_on("My career path took me from the docks to the office.", "path") is None
    assert picture_on("The path to getting better is long, the nurse says.", "path") is None


def test_the_land_a_person_worked_or_misses_shows_the_farm():
    assert picture_on("My father worked on the land from the age of twelve.", "land") == (
        "farm-r299",
        False,
    )
    assert picture_on("In town I miss the land and the fields of home.", "land") == (
        "farm-r299",
        False,
    )


def test_a_land_far_away_or_the_land_army_is_no_farm_land():
    assert picture_on("We sailed for a foreign land and I never went back.", "land") is None
    assert picture_on("My aunt was in the Land Army.", "land") is None


def test_a_post_mortem_ruled_out_is_crossed():
    assert picture_on(
        "After I die, I want no post-mortem if it can be avoided.", "post-mortem"
    ) == (
        "post-mortem-r299",
        True,
    )
    assert picture_on("My family do not want an autopsy done.", "autopsy") == (
        "post-mortem-r299",
        True,
    )


def test_another_operation_or_one_named_beside_its_date_shows_the_operation():
    assert picture_on("The surgeon says I will need another operation.", "operation") == (
        "operation-r299",
        False,
    )
    assert picture_on("Hernia on the right side, operation in March.", "operation") == (
        "operation-r299",
        False,
    )


def test_a_rescue_or_a_machine_operation_is_no_surgery():
    assert (
        picture_on("He led the rescue operation on the cliffs near the hospital.", "operation")
        is None
    )
    assert picture_on("Operation of the loom needed two hands.", "operation") is None


def test_a_tube_to_feed_a_person_shows_the_tube_feed():
    assert picture_on("If I stop swallowing, I want no tube put in my nose.", "tube") == (
        "peg-feed-r299",
        True,
    )


def test_a_tube_of_cream_or_the_tube_train_is_no_tube_feed():
    assert picture_on("Keep the tube of cream for my feet by the bed.", "tube") is None


def test_the_number_to_ring_shows_the_phone_number():
    assert picture_on("If I fall, ring my son first; his number is on the fridge.", "number") == (
        "telephone-r299",
        False,
    )


def test_a_house_number_or_a_blood_test_number_is_no_phone_number():
    assert picture_on("Ring the bell, the number on the door is hard to see.", "number") is None
    assert picture_on("The nurse rings me with the number from my blood test.", "number") is None
