"""Kinds pictured as their category (issue 13, round 338): data/categories.tsv, built from
WordNet by scripts/build_categories.py, each said here in new words."""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def concept_on(text: str, word: str) -> str | None:
    """The concept WORD (as written) gets in TEXT, or None where it gets no picture."""
    found = {m.term: m.concept.id for m in find_all(text)}
    return found.get(word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Our neighbour kept an old grey mare in the paddock behind the chapel.", "mare"),
        ("Grandad won a rosette with his stallion at the county show.", "stallion"),
        ("She rode a little palomino along the sands every summer.", "palomino"),
    ],
)
def test_a_kind_of_horse_gets_the_horse_picture(text, word):
    """A mare, a stallion, a palomino is pictured as the horse, as a careful Easy Read writer
    pictures a kind; "mare" is a horse though WordNet also files the moon's seas under it."""
    assert concept_on(text, word) == "horse"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("My coat and boots live in the cloakroom by the side door.", "cloakroom"),
        ("The grandchildren's toys are kept in the playroom upstairs.", "playroom"),
        ("Dad taught in a cold schoolroom in the Dales before the war.", "schoolroom"),
    ],
)
def test_a_kind_of_room_gets_the_room_picture(text, word):
    """A cloakroom, a playroom, a schoolroom is pictured as a room."""
    assert concept_on(text, word) == "room"


def test_a_parlour_is_no_room_picture():
    """A parlour is as often the funeral director's or the ice cream shop as the front room:
    no room picture."""
    assert concept_on("The funeral parlour on the high street has been told.", "parlour") != "room"
