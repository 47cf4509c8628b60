"""Round r405: likings, health and the body said in everyday words."""

from __future__ import annotations

import pytest

from tests.helpers import concepts, crossed


# ---- soiling oneself is the continence picture, not garden soil ----
@pytest.mark.parametrize(
    "text",
    [
        "Now and then I soil myself at night, so check my pad in the morning.",
        "He soiled himself on the bus and was very upset.",
        "If she is soiling herself, tell the district nurse.",
    ],
)
def test_soiling_oneself_is_continence(text: str) -> None:
    """'I soil myself', 'he soiled himself': an accident, the continence picture."""
    assert "continence-r31" in concepts(text).values(), concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "I still turn the soil myself in the raised beds.",
        "I dig the soil myself every spring.",
        "Mix the potting soil with a bit of sand.",
    ],
)
def test_garden_soil_is_no_accident(text: str) -> None:
    """Soil one digs or turns stays the garden's."""
    assert "continence-r31" not in concepts(text).values(), concepts(text)


# ---- "make a show of me": shaming someone in public ----
@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("Don't make a show of me in front of the other residents.", True),
        ("Our Kath made a show of me at the christening.", False),
        ("Please never make a show of him when he has wet himself.", True),
    ],
)
def test_a_show_of_me_is_embarrassment(text: str, negated: bool) -> None:
    """'make a show of me' is being shamed (flushed face), crossed after 'don't'; no theatre."""
    found = concepts(text)
    assert "embarrassed-r247" in found.values(), found
    assert "theatre" not in found.values(), found
    term = next(t for t, c in found.items() if c == "embarrassed-r247")
    assert {k.lower(): v for k, v in crossed(text).items()}[term] is negated


@pytest.mark.parametrize(
    "text",
    ["I love a show at the Grand Theatre.", "The carers put on a show for Christmas."],
)
def test_a_show_on_a_stage_stays_theatre(text: str) -> None:
    """A show one goes to is still the theatre."""
    assert "theatre" in concepts(text).values(), concepts(text)


# ---- parched: a person who is thirsty ----
@pytest.mark.parametrize(
    "text",
    [
        "I'm parched after my dinner, so leave a beaker by the chair.",
        "He gets parched in the night with the oxygen on.",
    ],
)
def test_a_parched_person_is_thirsty(text: str) -> None:
    """'I'm parched' is thirst: the drink picture, as 'thirsty' is. The word itself, not the
    sentence: "a beaker" is a drink of its own (code review 59a item 9)."""
    assert concepts(text).get("parched") == "drink", concepts(text)


def test_a_parched_lawn_is_no_drink() -> None:
    """A lawn or garden that is parched is no person's thirst."""
    assert "drink" not in concepts("The lawn is parched after the dry spell.").values()
