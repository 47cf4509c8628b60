"""Round 400: things a plan names that got no picture (plans43's misses, checked across sets)."""

from __future__ import annotations

import pytest

from tests.helpers import concepts, crossed


@pytest.mark.parametrize(
    "text",
    [
        "My pension goes to the post office and I don't trust them cards.",
        "My savings are in the Post Office; I don't hold with cards.",
        "Mam is not to have cards or cash in her purse since the scam.",
        "I keep my money in the Post Office and I don't trust cards.",
    ],
)
def test_cards_refused_beside_the_money_are_bank_cards(text):
    """Cards the person won't trust or carry, said beside their cash, pension or bank, are the
    bank card, crossed; a post office is no posting of cards."""
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
