"""Care things the older plans (plans5-36) name with no picture, or the wrong one, before round
365: half time at the match, an elastic waist, a trade learned,
the legal paper a label names."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def picture_on(text: str, word: str) -> tuple[str, bool] | None:
    """(concept, crossed) WORD (as written) gets in TEXT, or None where it gets no picture."""
    found = {m.term: (m.concept.id, m.negated) for m in find_all(text, ())}
    return found.get(word)


def test_greeting_cards_or_word_cards_are_no_bank_cards():
    said = "No cards with money in them for my birthday, thank you."
    assert picture_on(said, "cards") == ("greeting-card", True)
    assert picture_on("Keep the picture cards by my chair so I can point.", "cards") != (
        "bank-card",
        False,
    )


def test_one_legal_paper_is_the_papers_as_legal_papers_are():
    said = "The solicitor brings a legal paper for me to sign on Friday."
    assert picture_on(said, "legal paper") == ("documents-2", False)
    assert picture_on("Our Jean keeps the legal papers in the bureau.", "legal papers") == (
        "documents-2",
        False,
    )


def test_half_time_at_the_match_is_the_football():
    said = "Our Kev brings me a hot pie at half time when Vale are at home."
    assert picture_on(said, "half time") == ("football-4", False)
    assert picture_on("Nobody talks to me till half time in the match.", "half time") == (
        "football-4",
        False,
    )


def test_half_time_at_a_concert_or_the_rugby_is_no_football():
    assert picture_on("We had ice cream at half time in the concert.", "half time") is None
    assert picture_on("At half time in the rugby I make a brew.", "half time") is None


def test_an_elastic_waist_is_the_trousers():
    said = "Buttons are beyond my fingers, so it's skirts and slacks with an elastic waist."
    assert picture_on(said, "elastic waist") == ("trousers", False)


def test_a_trade_learned_is_work():
    said = "Bricklaying was my trade, I was apprenticed at fifteen."
    assert picture_on(said, "trade") == ("work", False)
    assert picture_on("He learnt the trade from his father in the shop.", "trade") == (
        "work",
        False,
    )


def test_the_trade_of_a_shop_is_no_trade_learned():
    """Code review 55b: "was" and "years" say a trade is the person's only beside "my trade";
    the shop's trade that was slow is no work."""
    said = "The trade was slow in the shop in winter, that was years ago."
    assert picture_on(said, "trade") is None
    assert picture_on("We had a good trade at the stall, years ago.", "trade") is None
    assert picture_on("Plastering was my trade.", "trade") == ("work", False)


def test_a_trade_union_or_the_fish_trade_is_no_trade_learned():
    assert picture_on("My dad was in the trade union all his life at the pit.", "trade") is None
    said = "The herring trade was my father's living and he was busy every year."
    assert picture_on(said, "trade") != ("work", False)


def test_a_hospice_or_palliative_nurse_is_the_nurse():
    said = "If the pain gets bad at night, ring the hospice nurse on the card."
    assert picture_on(said, "hospice nurse") == ("nurse", False)
    assert picture_on("My palliative nurse comes on Tuesdays.", "palliative nurse") == (
        "nurse",
        False,
    )
    assert picture_on("I go to the hospice on a Thursday for a bath.", "hospice") == (
        "hospice",
        False,
    )


def test_an_eye_gaze_tablet_is_the_talking_aid_not_tablets():
    said = "I say what I want on my eye-gaze tablet, so wait while I look at the letters."
    assert picture_on(said, "eye-gaze tablet") == ("communication-board", False)


def test_a_day_off_the_person_is_told_of_is_rest():
    said = "When I fret about the shop, tell me it's my day off and put the kettle on."
    assert picture_on(said, "day off") == ("rest", False)


def test_a_day_off_booked_or_taken_sick_is_no_rest():
    assert picture_on("Our Sue took a day off to take me to the clinic.", "day off") is None
