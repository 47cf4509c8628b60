"""Round 404: doings said in words (LABELLING.md, stop 41): seeing and watching someone do
a thing (soaking false teeth was left out at the merge: wrong senses on the gate)."""

from __future__ import annotations

import pytest

from tests.helpers import concepts


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The macular took the middle, so I see the edges of the plates but not faces.", "see"),
        ("I'm nearly blind with glaucoma; I see light and dark and little else.", "see"),
        ("I see far better in a bright room with the lamp on.", "see"),
        ("I see badly out of my right eye since the cataract came.", "see"),
    ],
)
def test_the_person_telling_how_they_see_gets_the_eye_picture(text, word):
    """'I see the edges', 'I see light and dark': the person's sight, what the plan is about."""
    assert concepts(text).get(word) == "eyes-2"


@pytest.mark.parametrize(
    "text",
    [
        "My eyes are bad, so I see the optician every spring.",
        "I see my daughter on Sundays and she cleans my glasses.",
        "I see what you mean about the brighter lamp for my eyes.",
        "Hang the calendar where I can see it.",
    ],
)
def test_seeing_someone_a_meaning_or_where_is_no_eye_picture(text):
    """A visit to the optician or to family, an 'I see what you mean', and 'where I can see it'
    (the sets split on it) stay without the eye picture."""
    assert "eyes-2" not in concepts(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "At night I see little men in the corner of the bedroom; I know they're not real.",
        "Some evenings I see children by the wardrobe who aren't there.",
    ],
)
def test_seeing_people_who_are_not_there_is_seeing_things(text):
    """'I see little men in the corner': things that are not there, the seeing-things picture."""
    assert concepts(text).get("see") == "hallucination"


def test_going_to_see_people_is_no_seeing_things():
    """'I go to see the children there': a visit, not things that are not there."""
    assert "hallucination" not in concepts("I go to see the children there every Sunday.").values()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I forget my tablets, so my son has to watch me take them with my tea.", "watch me"),
        ("Please watch me swallow the water tablet, or I'll leave it on the side.", "watch me"),
        ("I can still butter my toast if someone watches me do it.", "watches me"),
    ],
)
def test_watching_the_person_do_a_thing_is_the_watching_picture(text, word):
    """Watching someone take tablets or do a task is the support the plan asks for."""
    assert concepts(text).get(word) == "watch-r40"


@pytest.mark.parametrize(
    "text",
    [
        "Please watch my weight, the scales are in the bathroom.",
        "Watch out for the loose carpet on the stairs.",
        "Watch me on the stairs.",
    ],
)
def test_watching_a_weight_a_danger_or_a_place_is_not_this_watching(text):
    """'watch my weight', 'watch out' and a watching with no doing after it stay as they were."""
    assert "watch-r40" not in concepts(text).values()
