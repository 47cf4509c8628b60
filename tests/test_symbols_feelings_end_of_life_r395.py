"""Round r395: feelings, health and the end of life said in everyday words."""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def pictured(text: str) -> dict[str, str]:
    """Each pictured phrase of TEXT (lower case) -> the concept whose picture it gets."""
    return {m.term.lower(): m.concept.id for m in find_all(text)}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The brass band on a Sunday and the hymns make my day.", "make my day"),
        ("My great-grandchildren keep me young, running about.", "keep me young"),
        ("An old Jim Reeves record on the player still lifts me.", "lifts me"),
        ("Hearing the pipes always lifts me, even in winter.", "lifts me"),
    ],
)
def test_everyday_sayings_of_gladness_show_happy(text: str, phrase: str) -> None:
    """'make my day', 'keep me young', 'still lifts me' are gladness, as 'makes my day' is."""
    assert pictured(text).get(phrase, "").startswith("happy"), pictured(text)


@pytest.mark.parametrize(
    "text",
    [
        "The carer still lifts me into bed with the sling.",
        "My son still lifts me.",
        "Two carers and the hoist; it always lifts me.",
        "Please make my bed in the morning.",
    ],
)
def test_a_lift_by_hand_or_hoist_is_no_gladness(text: str) -> None:
    """A carer, a son or a hoist that lifts me is not a feeling."""
    assert not any(c.startswith("happy") for c in pictured(text).values()), pictured(text)
