"""Round 394: doings said in words (LABELLING.md, stop 41) that plans key beside the thing."""

from __future__ import annotations

import pytest

from tests.helpers import concepts


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Just check my heels for red marks after my bath.", "check"),
        ("I check my bank statements every month.", "check"),
        ("The nurse checks my dressing every Tuesday.", "checks"),
        ("My nephew checked the gas bill with me last month.", "checked"),
    ],
)
def test_checking_asked_or_done_by_someone_is_pictured_as_looking_it_over(text, word):
    """Checking is keyed wherever a carer, a nurse or family look something over, not only
    after 'so', 'and' or at the start of the sentence."""
    assert concepts(text).get(word) == "check-doing-r374"


@pytest.mark.parametrize(
    "text",
    [
        "My grandson checks on me when he finishes work.",
        "We checked in at the guest house at two.",
        "I always wore a checked shirt to the mart.",
        "Please check my sugar before my tea with the little meter.",
        "I have my blood checked at the clinic every month.",
        "Have a quick check of my feet after my bath.",
    ],
)
def test_a_visit_a_pattern_a_test_of_its_own_or_a_noun_is_no_looking_over(text):
    """'check on' is a visit, 'checked in' a hotel, a checked shirt a pattern; the sugar and the
    blood have their own test pictures; 'a check' is a noun."""
    assert "check-doing-r374" not in concepts(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "Leave the curtains open so I can see the robins on the feeder.",
        "Park my chair by the door so I could see the boats come in.",
        "I've had the cataract done, so I can still see the hills from my window.",
    ],
)
def test_seeing_what_the_person_wants_to_see_is_pictured(text):
    """'so I can see the robins' is the seeing the plan asks for (the eye picture)."""
    assert "eyes-2" in concepts(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "Leave the hall light on so I can see where I am going.",
        "Tell me the plan so I can see why it matters.",
        "Hang the calendar where I can see it.",
        "I can see the doctor on a Thursday.",
    ],
)
def test_seeing_where_why_or_a_visit_is_no_eye_picture(text):
    """A way found, a reason understood or a visit is no seeing; 'where I can see it' is left,
    as the sets split on it."""
    assert "eyes-2" not in concepts(text).values()
