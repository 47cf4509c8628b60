"""Doings and things the later plans key that older tuning floors held back (stop 59's lead):
gripping a thing (round 404) and a treat one looks forward to (round 401). LABELLING.md's ruling
of stop 41 says doings said in words are keyed; plans2's strict floor, one picture above a treat
it does not key, gave way by 0.01."""

import pytest

from tests.helpers import concepts


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("My knuckles are swollen, so I can't grip a spoon for long.", "grip"),
        ("My fingers won't grip the kettle handle any more.", "grip"),
    ],
)
def test_gripping_a_thing_is_holding(text, word):
    """'I can't grip a spoon': the holding the person has lost, as 'hold' is pictured."""
    assert concepts(text).get(word) == "hold-thing"


@pytest.mark.parametrize(
    "text",
    [
        "I need grip socks on the ward floor.",
        "Get a grip, my mother used to say.",
        "You can grip the rail by the toilet.",
    ],
)
def test_grip_socks_a_saying_or_a_rail_is_no_holding_picture_on_grip(text):
    """Grip socks, 'get a grip' and a rail gripped (the rail's own picture) are not this."""
    assert concepts(text).get("grip") != "hold-thing"


def test_a_treat_one_looks_forward_to_gets_the_treat_picture():
    assert concepts("A kipper on a Saturday is my one treat.").get("treat") == "treat-r401"
    assert concepts("A run out in the car would be a real treat.").get("treat") == "treat-r401"
    assert concepts("Jam on a scone for a treat, now and then.").get("treat") == "treat-r401"
    assert concepts("The brass band on the wireless is my treat.").get("treat") == "treat-r401"


def test_treating_someone_or_an_illness_is_no_treat():
    assert "treat" not in concepts("Please treat me like a grown woman.")
    assert "treat" not in concepts("The nurse will treat the sore on my heel.")
    assert "treat" not in concepts("The cancer has spread too far to treat.")
    assert "treat" not in concepts("I like to treat myself to a magazine.")
    assert concepts("Dog treats are in the tin by the back door.").get("dog treats") != "treat-r401"


def test_a_pets_treat_or_trick_or_treat_is_no_treat_for_the_person():
    """A treat given to the dog or the cat is the pet's, and trick or treat a game: neither is
    the person's treat (the gift picture)."""
    assert concepts("The dog gets a treat after his walk.").get("treat") != "treat-r401"
    assert concepts("Give the cat a treat when she comes in.").get("treat") != "treat-r401"
    assert concepts("Trick or treat at Halloween scares me.").get("treat") != "treat-r401"
    assert concepts("A fish supper on a Friday is my treat.").get("treat") == "treat-r401"
