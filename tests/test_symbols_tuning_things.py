"""Things the tuning sets name with no picture before round 303: glasses for the telly or for
reading, and those cards beside cash or a cashpoint; shown as pictures the vocabulary already
has."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def picture_on(text: str, word: str) -> tuple[str, bool] | None:
    """(concept, crossed) WORD (as written) gets in TEXT, or None where it gets no picture."""
    found = {m.term: (m.concept.id, m.negated) for m in find_all(text, ())}
    return found.get(word)


def test_glasses_for_the_telly_or_for_reading_are_spectacles():
    assert picture_on("I only need glasses for the crossword now.", "glasses") == (
        "glasses",
        False,
    )
    assert picture_on(
        "She keeps her glasses for the television on the arm of the chair.", "glasses"
    ) == (
        "glasses",
        False,
    )


def test_glasses_for_the_sherry_or_a_party_are_no_spectacles():
    assert picture_on("Put out the good glasses for the sherry at Christmas.", "glasses") != (
        "glasses",
        False,
    )


def test_those_cards_beside_cash_or_a_cashpoint_are_bank_cards():
    assert picture_on("I keep those cards for the cashpoint in my handbag.", "cards") == (
        "bank-card-3",
        False,
    )
    assert picture_on("These cards go in my purse with the receipt for the shop.", "cards") == (
        "bank-card-3",
        False,
    )


def test_those_birthday_or_playing_cards_are_no_bank_cards():
    assert (
        picture_on(
            "Keep these cards from the grandchildren, they sent them for my birthday.", "cards"
        )
        is None
    )
    assert picture_on("Those cards are for the whist drive, with the money tin.", "cards") is None
