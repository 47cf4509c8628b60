"""Round 423: what a ruling-out reaches, and what it leaves wanted."""

from __future__ import annotations

import pytest
from helpers import crossed


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Please don't lift me under the arms, it hurts my shoulder.", "arms"),
        ("Never haul him up under the arms when he slides down the bed.", "arms"),
        ("Don't pick her up under the arms, use the belt.", "arms"),
    ],
)
def test_a_part_a_person_is_lifted_by_is_how_not_what_is_ruled_out(text, part):
    assert crossed(text)[part] is False


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Don't put cream under my arms.", "arms"),
        ("Please don't cut my hair.", "hair"),
    ],
)
def test_a_part_something_is_done_to_is_still_ruled_out(text, thing):
    assert crossed(text)[thing] is True
