"""Code review 59b, items 9-15: pictures the review found wrong or missing, and the pictures
each fix must keep."""

from __future__ import annotations

import pytest

from tests.helpers import concepts


@pytest.mark.parametrize(
    "text",
    [
        "She gave me her cheek when I said my food was cold.",
        "His cheek, eating my food without asking.",
        "I won't have that cheek, he ate my food.",
        "I don't want that cheek from him when he brings my food.",
    ],
)
def test_cheekiness_beside_food_is_no_cheek(text):
    """Item 9: food named in the sentence does not make cheekiness the cheek."""
    assert "cheek" not in concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Crumbs get stuck in my right cheek at dinner.",
        "Food gets stuck in her cheek since the stroke.",
        "My left cheek is numb, so I chew on the right.",
    ],
)
def test_food_stuck_in_a_numb_cheek_keeps_the_cheek(text):
    assert concepts(text).get("cheek") == "cheek"
