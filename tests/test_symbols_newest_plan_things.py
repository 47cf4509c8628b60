"""Things the newest plans (plans23-28) name with no picture before round 304 (black ruled out
at a funeral, the riveting that made a worker deaf, the pump the nurses check at the end of
life, a few words of kit, people and places), shown as pictures the vocabulary already has."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def picture_on(text: str, word: str) -> tuple[str, bool] | None:
    """(concept, crossed) WORD (as written) gets in TEXT, or None where it gets no picture."""
    found = {m.term: (m.concept.id, m.negated) for m in find_all(text, ())}
    return found.get(word)


def test_black_ruled_out_at_a_funeral_shows_the_clothes_crossed():
    assert picture_on("At my funeral there is to be no black, only bright colours.", "black") == (
        "clothes-r304",
        True,
    )
    assert picture_on("When I go I want the mourners in yellow and green, not black.", "black") == (
        "clothes-r304",
        True,
    )


def test_black_ink_a_black_tie_or_black_and_white_has_no_clothes_picture():
    assert picture_on("Write it in black, not blue, so I can read it.", "black") is None
    assert picture_on("No black ties at the crematorium, please.", "black") is None
    assert picture_on("At the funeral play my films, not black and white ones.", "black") is None


def test_the_riveting_that_made_a_worker_deaf_shows_the_hammer():
    assert picture_on("Years of riveting at the yard left me deaf in one ear.", "riveting") == (
        "riveting",
        False,
    )


def test_a_riveting_book_is_no_riveting():
    assert picture_on("My grandson gave me a riveting book about the war.", "riveting") is None


def test_the_pump_the_nurses_check_at_the_end_shows_the_syringe_driver():
    assert picture_on(
        "The hospice nurses come each evening to check the pump is running.", "pump"
    ) == ("syringe-driver", False)


def test_an_insulin_or_a_water_pump_is_no_syringe_driver():
    assert picture_on("The nurse checks the pump and my insulin every morning.", "pump") != (
        "syringe-driver",
        False,
    )
    assert picture_on("The water pump in the yard froze last winter.", "pump") is None


def test_a_stool_for_swollen_feet_after_a_dialect_small_is_the_footstool():
    assert picture_on("My ankles swell, so I rest my feet on the peedie stool.", "stool") == (
        "footstool",
        False,
    )


def test_a_felt_pen_shows_the_pen():
    assert picture_on("Leave me a note in felt pen by the kettle.", "felt pen") == (
        "pen-r31",
        False,
    )


def test_the_stallholders_show_the_market_stall():
    assert picture_on("I love a chat with the stallholders on a Saturday.", "stallholders") == (
        "stall",
        False,
    )


def test_a_crofting_township_shows_the_village():
    assert picture_on("Everyone in the township knew my mother.", "township") == (
        "village",
        False,
    )


def test_a_medicine_named_with_a_capital_shows_the_medicine():
    assert picture_on("Give me the Oramorph if I wince when you turn me.", "Oramorph") == (
        "medicine-r304",
        False,
    )
    assert picture_on("My Sinemet has to be on the dot of eight.", "Sinemet") == (
        "medicine-r304",
        False,
    )


def test_dairy_cattle_named_by_their_breed_show_the_cow():
    assert picture_on("We kept forty Friesians and a bull on the hill farm.", "Friesians") == (
        "cow-r304",
        False,
    )


def test_a_hall_named_by_its_faith_or_people_shows_the_community_hall():
    assert picture_on("After the funeral, sandwiches at the Baptist hall.", "hall") == (
        "people-r304",
        False,
    )
    assert picture_on("On Sundays I go to the Polish hall for a dance.", "hall") == (
        "people-r304",
        False,
    )


def test_the_hall_of_a_house_is_no_community_hall():
    assert picture_on("Leave my coat on the hook in the hall.", "hall") != ("people-r304", False)
    assert picture_on("Leave the hall light on at night.", "hall") is None


def test_the_card_marked_at_the_bingo_shows_the_bingo():
    assert picture_on("At the bingo my neighbour helps me dab the card.", "card") == (
        "bingo-r304",
        False,
    )


def test_a_birthday_card_is_no_bingo():
    assert picture_on("Help me write a card for my son's birthday.", "card") != (
        "bingo-r304",
        False,
    )


def test_cards_given_up_with_the_chequebook_show_the_bank_card_crossed():
    assert picture_on("My niece pays my bills, so no cards or cheques for me now.", "cards") == (
        "bank-card-r304",
        True,
    )
