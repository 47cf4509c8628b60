"""Round 321: words shown as the wrong sense in the newest plans (plans29, plans30), fixed by
guards and senses in the vocabulary."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def concepts(text: str) -> dict[str, str]:
    """Each pictured word or phrase -> the concept it is shown as."""
    return {m.term: m.concept.id for m in find_all(text, ())}


def test_an_alarm_that_wakes_someone_is_no_funeral_wake():
    """ "the buzzer wakes my son" is waking up; "the wake" after a death keeps the funeral."""
    assert "funeral" not in concepts("The buzzer by the bed wakes my son if I get up.").values()
    assert (
        "funeral" not in concepts("A pad under the mattress that wakes the night carer.").values()
    )
    assert "funeral" in concepts("We held the wake in the front room after the burial.").values()


def test_the_ashes_after_a_death_are_no_cricket():
    """ "scatter the ashes" after a cremation is no Test series; the Ashes on the telly is."""
    found = concepts("After the cremation, my sons will scatter the ashes on the hill.")
    assert "cricket-2" not in found.values()
    assert "cricket-2" in concepts("I stay up late to listen to the Ashes from Australia.").values()


def test_rings_beside_earrings_are_no_telephone():
    """ "my bangles, earrings and rings" are jewellery, not a phone call; "she rings me" is."""
    found = concepts("Help me put on my bangles, my earrings and rings each morning.")
    assert "phone" not in found.values()
    assert "phone" in concepts("My niece rings me every Sunday night.").values()


def test_a_native_tongue_is_a_language_not_a_mouth_or_ox_tongue():
    """ "my native tongue", "my own tongue" name a language: no mouth and no sliced tongue; a
    sore tongue keeps the mouth."""
    found = concepts("When I'm tired I only answer in my native tongue.")
    assert "mouth" not in found.values()
    assert "ham" not in found.values()
    assert "mouth" not in concepts("At the end I will pray in my own tongue.").values()
    assert "mouth" in concepts("My tongue is sore from the new dentures.").values()


def test_stamping_on_the_floor_is_no_postage_stamp():
    """A deaf person's "stamp on the floor" to call them is no stamp for a letter."""
    assert "letter" not in concepts("To call me, stamp on the floor by my chair.").values()
    assert concepts("I need a stamp for my niece's birthday card.").get("stamp")


def test_fishing_lines_are_no_factory_line():
    """Baiting the long lines at the fish quay is fishing, not a factory's production line;
    "worked on the line at the factory" keeps it."""
    found = concepts("On the fish quay I worked the lines with mussels for bait.")
    assert "mill-2" not in found.values()
    assert "mill-2" in concepts("I worked on the line at the biscuit factory for years.").values()


def test_home_games_at_the_rugby_are_no_board_games():
    """Rugby and cricket games at the ground are no dice and board games; a games afternoon at
    the day centre keeps them."""
    found = concepts("I never miss the home games at the rugby ground.")
    assert "games" not in found.values()
    assert "games" in concepts("I love the games afternoon at the day centre.").values()


def test_a_sheitel_is_a_wig():
    """A sheitel, the wig an Orthodox Jewish married woman wears, is a wig, not a hat."""
    assert concepts("Please brush my sheitel on a Friday morning.").get("sheitel") == "wig"


def test_cocoa_is_hot_chocolate_not_coffee():
    """Cocoa is a chocolate drink: the hot chocolate picture, not the coffee cup."""
    assert concepts("A mug of cocoa before bed helps me sleep.").get("mug of cocoa") == (
        "hot-chocolate"
    )
    assert concepts("I like cocoa at night.").get("cocoa") == "hot-chocolate"


def test_sign_said_by_a_deaf_person_is_signing_not_a_placard():
    """ "tell me in sign" to a deaf man is sign language, not a placard; "a sign on the door"
    keeps the placard."""
    found = concepts("I am deaf, so tell me the news in sign and go slowly.")
    assert "sign" not in found.values()
    assert "sign-language" in found.values()
    assert "sign" in concepts("Put a sign on the door saying no cold callers.").values()


def test_having_sugar_beside_other_illnesses_is_diabetes():
    """ "I have angina and sugar", "I've got sugar and take metformin" name the illness: the
    blood sugar test, not the sugar bowl; "I can't have sugar" and "sugar in my tea" keep it."""
    assert concepts("I have angina and sugar, so the nurse comes weekly.").get("sugar") == (
        "diabetes-2"
    )
    assert concepts("I've got sugar and take metformin at breakfast.").get("sugar") == (
        "diabetes-2"
    )
    assert concepts("I have sugar in my coffee, two spoons.").get("sugar") == "sugar"
    assert concepts("I can't have sugar because of my diabetes.").get("sugar") == "sugar"


def test_holding_on_to_a_frame_is_no_picture_frame():
    """ "hung on to the frame" is gripping a walking or toilet frame, not a frame on the wall;
    a photo frame hung on the wall keeps it."""
    assert (
        "picture-frame"
        not in concepts("I hung on to the frame till the room stopped spinning.").values()
    )
    assert "picture-frame" in concepts("Please dust the frame on the wall above the fire.").values()


def test_going_to_the_matches_is_no_box_of_matches():
    """ "I keep going to the matches" is football, not the matches kept from a fire; "keep the
    matches away" keeps them."""
    assert "lighter-r41" not in concepts("I keep going to the matches with my brother.").values()
    assert concepts("Keep the matches away from the candles.").get("matches")


def test_paan_is_a_betel_leaf_not_a_cigarette():
    """Paan is betel leaf chewed after a meal: the leaves, not the cigarette of smoking."""
    assert concepts("After dinner I like a sweet paan.").get("paan") == "leaves"


def test_pins_for_a_sari_or_a_bone_are_no_bank_pin():
    """Pins in a sari or a dupatta, or metal pins in a hip, are no bank card PIN; "my pin for
    the card" keeps it."""
    assert (
        "bank-card" not in concepts("Please fix the pins in my sari before the wedding.").values()
    )
    assert "bank-card" not in concepts("The pins in my hip ache when it is damp.").values()
    assert "bank-card" in concepts("I always forget the pin for my card.").values()


def test_a_racing_page_is_no_book():
    """The racing or sports page is the newspaper's, no book; "read the page" keeps it."""
    assert "book-r286" not in concepts("Hold the magnifier over the racing page for me.").values()
    assert "book-r286" in concepts("I read the page slowly with my magnifier.").values()


def test_cherry_and_white_is_a_colour_not_cherries():
    """ "the cherry and white shirt" names a team's colours: no cherries; a cherry on a cake is."""
    assert (
        "cherries" not in concepts("Dress me in my cherry and white hoops for the match.").values()
    )
    assert "cherries" in concepts("I like a cherry on top of my trifle.").values()


def test_numbers_on_a_pen_dial_are_no_phone_number():
    """The numbers on an insulin pen's dial are no telephone number; "her number is on the
    fridge" keeps the phone."""
    found = concepts("I can't read the numbers on the dial of my insulin pen.")
    assert "phone-r50" not in found.values()
    assert "phone-r50" in concepts("My daughter's number is on the fridge.").values()


def test_the_sorting_office_is_the_post_office():
    """A postman's sorting office is the Royal Mail's: the post office picture, no office
    block."""
    assert concepts("I worked nights at the sorting office.").get("sorting office") == (
        "post-office"
    )
