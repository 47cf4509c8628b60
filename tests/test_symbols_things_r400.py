"""Round 400: things a plan names that got no picture (plans43's misses, checked across sets)."""

from __future__ import annotations

import pytest

from tests.helpers import concepts, crossed


@pytest.mark.parametrize(
    "text",
    [
        "My pension goes to the post office and I don't trust them cards.",
        "My savings are in the Post Office; I don't hold with cards.",
    ],
)
def test_cards_refused_beside_the_money_are_bank_cards_even_at_the_post_office(text):
    """'them cards' and 'with cards' beside the person's pension or savings are the bank card,
    crossed; a post office is no posting of cards (it blocked these before round 400)."""
    assert concepts(text).get("cards") == "bank-card"
    assert crossed(text)["cards"] is True


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("No cards for my birthday, just a bit of money.", "greeting-card"),
        ("Please post my cards with the money for the grandchildren.", "greeting-card"),
        ("I play cards for money on a Friday night.", "dominoes-cards"),
    ],
)
def test_birthday_posted_and_playing_cards_stay_what_they_are(text, concept):
    """Money in the sentence does not make a birthday card, a card sent in the post or a
    game of cards a bank card."""
    assert concepts(text).get("cards") == concept


@pytest.mark.parametrize(
    "text",
    [
        "I need a hand to wash my back in the bath.",
        "Rub the cream well into my heels and back at night.",
        "Roll me slowly in the morning and mind me back, it's tender.",
        "Dry his back properly or he gets a rash.",
    ],
)
def test_the_back_washed_dried_or_creamed_is_pictured(text):
    """A back washed, dried, creamed or minded is the back, pictured beside the washing."""
    assert concepts(text).get("back") == "back"


@pytest.mark.parametrize(
    "text",
    [
        "Help me back into bed after my wash.",
        "Put my clothes back in the drawer after the wash.",
        "Wash me and bring me back to the lounge.",
        "I walk to the shops and back with my frame.",
    ],
)
def test_a_way_back_near_a_wash_is_no_back(text):
    """Going or putting back, even beside a wash, is no part of the body."""
    assert "back" not in concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Do my hair and put a bit of lippy on me before Mass.",
        "My lippy is in the handbag by the door.",
        "I keep my powder and lippy on the dressing table.",
    ],
)
def test_lippy_worn_or_kept_is_lipstick(text):
    """'Lippy' worn, put on or kept with the make-up is lipstick, the make-up picture."""
    assert concepts(text).get("lippy") == "make-up"


@pytest.mark.parametrize(
    "text",
    [
        "Don't get lippy with the carers.",
        "She's a bit lippy, my granddaughter, but she means well.",
        "He was a lippy lad at school.",
    ],
)
def test_a_lippy_person_is_cheeky_not_make_up(text):
    """'Lippy' said of a person is cheek, no lipstick."""
    assert "lippy" not in concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "No pork and no prawns, even if the label says there's only a trace.",
        "Look at the yoghurt labels for gelatine before you buy them.",
    ],
)
def test_a_label_read_for_what_the_food_holds_is_the_food_label(text):
    """The label read for pork, prawns or gelatine in the food is the food packet's label."""
    found = concepts(text)
    assert found.get("label", found.get("labels")) == "packet"


@pytest.mark.parametrize(
    "text",
    [
        "Cut the label out of my jumper, it scratches.",
        "The label on my tablets says no grapefruit juice.",
    ],
)
def test_a_label_on_clothes_or_tablets_is_no_food_label(text):
    """A label in a jumper or on the tablets is no food packet."""
    found = concepts(text)
    assert found.get("label") != "packet"


@pytest.mark.parametrize(
    "text",
    [
        "I slipped in the bathroom, so there's a grab rail and a mat now.",
        "Put the rubber mat in the bath before I step in.",
    ],
)
def test_a_mat_in_the_bathroom_is_the_bath_mat(text):
    """A mat said with the bathroom, the bath or the shower is the bath mat, not a rug."""
    assert concepts(text).get("mat") == "bath-mat"


@pytest.mark.parametrize(
    "text",
    [
        "The mat by the front door trips me, and my shower is upstairs.",
        "Wipe your feet on the mat when you come in.",
    ],
)
def test_a_door_mat_stays_a_rug_even_with_a_shower_said(text):
    """A mat at the door is a rug, though the sentence names the shower."""
    assert concepts(text).get("mat") == "rug"
