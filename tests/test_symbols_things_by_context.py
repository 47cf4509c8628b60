"""Round 286: things and food the newest plans name with no picture yet (issue 13)."""

from plugins.symbols import matcher


def _ids(text: str) -> set[str]:
    """The concept ids the matcher pictures in a sentence."""
    return {m.concept.id for m in matcher.find_all(text, [])}


def _terms(text: str) -> set[str]:
    """The words the matcher gives a picture in a sentence."""
    return {m.term.lower() for m in matcher.find_all(text, [])}


def test_the_liver_checked_by_a_blood_test_is_the_liver():
    assert "liver" in _terms("The nurse takes bloods every month to check me liver.")
    assert "liver" in _terms("They did a scan of my liver last spring.")


def test_liver_on_the_plate_is_not_the_body_part():
    assert "liver-r286" not in _ids("I like my liver fried with onions and gravy.")


def test_the_wee_machine_for_the_sugar_is_the_meter():
    assert "machine" in _terms("Prick my finger for the sugar and read the wee machine.")


def test_a_sewing_machine_is_not_the_sugar_meter():
    assert "diabetes-r286" not in _ids("My sugar is fine; I still use the sewing machine.")


def test_the_machine_beside_a_cpap_mask_is_the_mask():
    assert "oxygen-mask-r286" in _ids("Switch the machine on when you fit my CPAP at night.")


def test_the_speaker_when_someone_rings_is_the_phone_speaker():
    assert "speaker-r286" in _ids("When my son rings, put the speaker on so I can hear.")


def test_the_sachets_for_being_bunged_up_are_medicine():
    assert "medicine-r286" in _ids("I get bunged up, so I take the sachets in a glass of water.")


def test_shrimpers_nets_are_fishing():
    assert "fishing-r286" in _ids("Dad took the nets down to the sands for the shrimps.")


def test_lace_made_with_bobbins_is_needlework():
    assert "sewing-r286" in _ids("I made the lace on a pillow with forty bobbins.")


def test_a_pattern_knitted_into_a_gansey_is_knitting():
    assert "knitting-r286" in _ids("Mum knitted the family pattern into every gansey.")


def test_a_staffordshire_lobby_is_a_stew():
    assert "stew-r286" in _ids("My son makes me lobby with oatcakes when it's cold.")


def test_a_hotel_lobby_is_no_stew():
    assert "stew-r286" not in _ids("We ate our dinner in the hotel lobby.")


def test_ful_medames_and_pondu_are_food():
    assert "meal-r286" in _ids("For breakfast I like ful medames with bread.")
    assert "vegetables-r286" in _ids("I like pondu with my fish.")


def test_a_suit_beside_a_tie_is_the_suit():
    assert "suit-r286" in _ids("For the wedding: suit, shirt and the blue tie.")


def test_a_suit_of_cards_is_no_clothes():
    assert "suit-r286" not in _ids("Follow suit with hearts; it's your card.")


def test_the_side_gate_is_the_garden_gate():
    assert "garden-r286" in _ids("The dog gets out through the side gate.")


def test_stones_in_the_shoes_are_stones():
    assert "stone-r286" in _ids("Shake my boots out first in case of stones.")


def test_banknotes_said_by_their_worth_are_money():
    assert "money-r286" in _ids("Keep the tens apart from the twenties in my purse.")


def test_fives_and_threes_is_dominoes_not_money():
    assert "money-r286" not in _ids("We play fives and threes with dominoes at the club.")


def test_the_first_star_on_christmas_eve_is_the_star():
    assert "stars-r286" in _ids("On Christmas Eve the children look out for the first star.")


def test_the_world_sailed_round_is_the_globe():
    assert "globe-r286" in _ids("I travelled the world on the merchant ships.")


def test_the_best_in_the_world_is_no_globe():
    assert "globe-r286" not in _ids("She makes the best soup in the world, my ship's cook.")


def test_the_page_read_by_a_lamp_is_the_book():
    assert "book-r286" in _ids("Turn the lamp up so I can see the page.")


def test_the_coloured_record_book_for_a_clinic_is_a_book():
    assert "book-r286" in _ids("The nurse writes my warfarin dose in the yellow book.")
    assert "book-r286" in _ids("My sugar readings go in the blue book.")


def test_the_referee_shouted_at_is_the_football():
    assert "football-r286" in _ids("I follow my team on the radio and shout at the referee.")


def test_a_referee_for_a_job_is_no_football():
    assert "football-r286" not in _ids("My old boss was the referee on my job form.")


def test_voices_known_better_than_faces_are_talking():
    assert "speech-r286" in _ids("My eyes are gone; I recognise voices quicker than faces.")


def test_plumes_on_a_funeral_horse_are_feathers():
    assert "feather-r286" in _ids("Black horses with plumes will pull the hearse.")


def test_kada_baked_for_the_church_is_bread():
    assert "bread-r286" in _ids("Every Easter my sister bakes kada in the big oven.")


def test_a_kada_worn_on_the_wrist_is_no_bread():
    assert "bread-r286" not in _ids("He never takes off the steel kada on his wrist.")


def test_a_wrapper_worn_with_a_head_tie_is_clothes():
    assert "clothes-r286" in _ids("Help me tie my wrapper and gele before church.")


def test_a_sweet_wrapper_is_no_clothes():
    assert "clothes-r286" not in _ids("Put the sweet wrapper in the bin after church.")


def test_carved_whitby_jet_is_jewellery():
    assert "jewellery-r286" in _ids("Grandad carved Whitby jet into brooches.")


def test_a_pint_pot_is_a_mug():
    assert "mug-r286" in _ids("My cocoa goes in the pint pot, not a cup.")


def test_the_top_deck_of_the_bus_is_the_bus():
    assert "bus-r286" in _ids("I sit on the top deck when the bus goes to the coast.")


def test_a_pot_of_food_brought_in_is_the_saucepan():
    assert "saucepan-r286" in _ids("My niece brings it round in a pot on Sundays, still warm.")


def test_a_pot_of_cream_is_no_saucepan():
    assert "saucepan-r286" not in _ids("The cream in the pot is for my legs.")


def test_the_chart_each_drink_is_marked_on_is_the_chart():
    assert "chart" in _terms("I am on a fluid limit, so mark every drink on the chart.")


def test_the_charts_of_songs_are_no_care_chart():
    assert "chart" not in _ids("My song got to the top of the chart in 1965.")


def test_heels_named_after_another_body_part_are_the_heel():
    assert "heels" in _terms("Cream on my elbows and heels every night, they get so dry.")


def test_heels_worn_to_a_dance_are_no_heel():
    assert "heel" not in _ids("I wore my red shoes and heels to every dance.")


def test_a_will_made_with_the_solicitor_is_the_will():
    assert "will-document-r41" in _ids("Dad's will's signed and the money is all sorted.")


def test_the_modal_will_and_a_strong_will_are_no_document():
    assert "will-document-r41" not in _ids("My son will ring the solicitor about the money.")
    assert "will-document-r41" not in _ids("She always had a strong will, my mother.")


def test_an_icon_of_a_saint_is_a_holy_picture():
    assert "pray" in _ids("Keep the icon of the Theotokos by my bed.")


def test_an_icon_on_the_phone_is_no_holy_picture():
    assert "pray" not in _ids("Tap the green icon on my phone to ring the church.")


def test_the_lotto_written_with_its_capital_is_the_lottery():
    ids = _ids("My brother buys me a Lotto ticket on a Saturday.")
    assert any(concept.startswith("lottery") for concept in ids)


def test_a_back_in_pain_with_a_time_after_it_is_the_back():
    assert "back" in _terms("The ache in my back at bedtime keeps me awake.")
    assert "back" in _terms("Rub the cream on my lower back in the evening, it hurts.")


def test_coming_back_at_night_is_no_back():
    assert "back" not in _ids("My son came back at teatime and the pain had gone.")


def test_a_bottom_named_after_another_body_part_is_the_bottom():
    assert "bottom" in _terms("Check my hips and bottom for sore patches after my wash.")


def test_the_bottom_of_the_stairs_is_no_body_part():
    assert "bottom" not in _ids(
        "My hips hurt, so leave the washing at the foot and bottom of the stairs."
    )


def test_a_card_the_pension_is_paid_on_is_the_bank_card():
    assert "bank-card-3" in _ids("My pension goes on a card now, not in a book.")


def test_the_colours_a_person_picks_clothes_by_are_colours():
    assert "colours" in _ids("Tell me the colours of the jumpers and I will choose one.")


def test_the_colours_of_a_regiment_are_no_palette():
    assert "colours" not in _ids("Dad carried the colours of the regiment on parade.")
