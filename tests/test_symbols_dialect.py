"""Dialect, slang and idioms (round 247): a regional word or set phrase gets the picture of
what it means, and its literal words get none."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def shown(text: str, names=()) -> dict[str, str]:
    """Each pictured term of TEXT (lower case) -> the alt text of its picture."""
    return {m.term.lower(): m.concept.alt for m in find_all(text, names)}


def test_meeting_ones_maker_or_going_home_to_glory_is_a_death():
    assert (
        shown("I'm ready to meet my Maker, and I'd like the old hymns sung.")["meet my maker"]
        == "died"
    )
    assert shown("When I go home to glory, put on a good spread.")["home to glory"] == "died"
    assert "home" not in shown("When I go home to glory, put on a good spread.")


def test_when_i_pass_alone_is_a_death_but_passing_a_place_is_not():
    assert shown("When I pass, I want the Salvation Army band.")["when i pass"] == "died"
    assert "died" not in shown("When I pass the butcher I get a pork pie.").values()


def test_the_boak_is_feeling_sick():
    assert shown("Onions gie me the boak, so keep them out of my soup.")["boak"] == "being sick"


def test_a_thing_that_does_the_heart_good_is_gladness_not_a_heart():
    pictures = shown("Seeing the bairns on a Sunday does my heart good.")
    assert pictures["does my heart good"] == "happy"
    assert "heart" not in pictures
    assert (
        shown("Bingo on a Tuesday does me the world of good.")["does me the world of good"]
        == "happy"
    )


def test_waking_like_a_dead_man_is_tiredness_not_a_man():
    pictures = shown("If I miss my tablets I feel like a dead man all morning.")
    assert pictures["like a dead man"] == "tired"
    assert "man" not in pictures


def test_a_holy_show_is_shame_not_a_theatre():
    assert shown("My kitchen is a holy show; please give it a wipe.")["holy show"] == "embarrassed"


def test_vex_with_and_short_with_someone_are_cross():
    assert shown("My son Dwayne vex with me when I skip my dinner.", ["Dwayne"])["vex"] == "angry"
    assert shown("I get short with folk when my back is bad.")["get short"] == "angry"


def test_never_seeing_a_soul_is_loneliness():
    assert shown("I dinnae see a soul from Monday to Friday.")["dinnae see a soul"] == "lonely"


def test_the_cwtch_dan_star_is_a_cupboard_under_the_stairs_not_a_cuddle():
    assert shown("My Christmas things are in the cwtch dan star.")["cwtch dan star"] == "house"


def test_to_lime_is_time_with_friends_but_a_lime_in_a_drink_is_fruit():
    assert shown("I love to lime on the verandah with my cousins.")["lime"] == "friends"
    assert shown("A gin with a slice of lime, please.").get("lime") != "friends"


def test_a_sweet_hand_is_a_good_cook():
    assert shown("My sister has a sweet hand with pepperpot.")["sweet hand"] == "cooking"


def test_jumping_the_broom_or_the_tongs_is_a_wedding():
    assert (
        shown("Me and Eli jumped the tongs on the common in 1958.")["jumped the tongs"] == "wedding"
    )
    assert shown("We jumped the broom in the front room.")["jumped the broom"] == "wedding"


def test_stopping_at_home_is_staying_at_home():
    assert shown("I'd sooner stop at home than go in a home.")["stop at home"] == "home"


def test_mazed_is_muddled():
    assert shown("I get proper mazed when the carers change every day.")["mazed"] == "confused"


def test_a_person_who_is_my_right_hand_is_my_helper_but_a_right_hand_that_shakes_is_a_hand():
    pictures = shown("Our Brenda has been my right hand since my hip went.")
    assert pictures["my right hand"] == "help"
    assert "hand" not in pictures
    assert shown("Alf was my right-hand man on the allotment.")["right-hand man"] == "help"
    assert shown("My right hand trembles when I hold a cup.").get("hand") == "hands"


def test_a_thing_that_weighs_on_me_is_a_worry_not_weighing_scales():
    pictures = shown("The gas bill weighs on my mind every winter.")
    assert pictures["weighs on my mind"] == "worried"
    assert "weighing scales" not in pictures.values()
    assert "worried" not in shown("The nurse will weigh me on a Monday.").values()


def test_needing_a_hand_to_do_something_is_help_but_a_hand_to_hold_is_not():
    assert shown("I need a hand to put my stockings on.")["a hand to"] == "help"
    assert "help" not in shown("I like a hand to hold when they take my blood.").values()


def test_bait_at_a_mealtime_is_a_packed_lunch_but_bait_with_worms_is_fishing():
    assert shown("Bring my bait through at dinnertime, pet.")["bait"] == "packed lunch"
    assert shown("We dug worms for bait on the sands.")["bait"] == "fishing"


def test_not_making_head_nor_tail_of_a_thing_is_muddle_shown_plainly():
    match = next(
        m
        for m in find_all("The bank sends letters and I can't make head nor tail of them.", ())
        if m.concept.alt == "confused"
    )
    assert match.term.lower() == "can't make head nor tail"
    assert not match.negated


def test_a_brew_beside_potted_meat_is_a_cup_of_tea_not_a_teapot():
    assert shown("Potted beef on toast and a brew, that's my supper.")["brew"] == "cup of tea"


def test_the_nights_drawing_in_are_autumn_not_a_night_sky():
    pictures = shown("I feel the cold once the nights draw in, so the fire goes on at four.")
    assert pictures["nights draw in"] == "autumn"
    assert "nights" not in pictures


def test_going_to_glory_or_to_be_with_the_lord_is_a_death():
    assert shown("When I go to glory, let the choir sing loud.")["go to glory"] == "died"
    pictures = shown("Auntie Grace went to be with the Lord last spring.", ["Grace"])
    assert pictures["went to be with the lord"] == "died"
    assert "lord" not in pictures


def test_slipping_away_quietly_is_a_death_but_slipping_away_to_a_place_is_not():
    assert shown("I'd like to slip away peacefully with my rosary.")["slip away"] == "died"
    assert "died" not in shown("I slip away to the shed when the grandchildren visit.").values()
    assert "died" not in shown("The weeks slipped away before my operation.").values()


def test_mithered_is_worried_not_cross():
    assert shown("I get mithered when the post is late.")["mithered"] == "worried"
    assert shown("She's a bit mithered about the hospital letter.")["mithered"] == "worried"


def test_notes_in_a_purse_and_twenty_pound_for_the_milkman_are_money_but_two_pound_gained_is_not():
    assert shown("Leave a few notes in my purse for the raffle.")["notes"] == "money"
    assert shown("I pay the milkman with notes and coins.")["notes"] == "money"
    assert shown("Keep ten pound in the tin for the window cleaner.")["pound"] == "money"
    assert "money" not in shown("I put on two pound over Easter, so weigh me on Monday.").values()


def test_regional_words_for_a_man_a_grandfather_visitors_and_a_chat():
    assert shown("I'd sooner a bloke helped me in the shower.")["bloke"] == "man"
    assert shown("My granfer kept bees behind the chapel.")["granfer"] == "father"
    assert shown("The emmets block the lane every August.")["emmets"] == "crowd"
    assert shown("I like a crack with the postman of a morning.")["crack"] == "chat"
    assert "chat" not in shown("There's a crack in the bathroom mirror.").values()


def test_dreckly_is_later_and_ow_at_or_shwmae_is_hello():
    assert shown("I'll take my tablets dreckly, my bird.")["dreckly"] == "later"
    assert shown("Ow at, love? Come in and sit down.")["ow at"] == "hello"
    assert shown("Shwmae! I like to be greeted in Welsh.")["shwmae"] == "hello"


def test_a_language_talked_or_called_by_its_own_name_is_the_language():
    assert shown("When I'm muddled I talk Creole to my sister.")["creole"] == "language"
    assert shown("My neighbour talks Gujarati to me over the fence.")["gujarati"] == "language"
    assert shown("I sing hymns in Cymraeg on a Sunday.")["cymraeg"] == "language"
    assert shown("Granny taught me a little Kernewek.")["kernewek"] == "language"


def test_ay_up_me_duck_is_a_greeting_and_the_duck_stays_unpictured():
    pictures = shown("Ay up me duck, come and sit by me.")
    assert pictures["ay up"] == "hello"
    assert "duck" not in pictures and "me duck" not in pictures
    assert "duck" not in shown("Ey up duck, the kettle's on.")


def test_pennies_are_the_coins_not_a_banknote():
    assert shown("My grandson saves his pennies in a tin on the dresser.")["pennies"] == "coins"


def test_family_and_dialect_words_for_people_show_the_person():
    """Round 278: "wor lass" is the wife, "the lasses" and a Norfolk "mawther" are women, and
    the Punjabi "Bapu ji" and "Nani ji" are the grandfather and the grandmother."""
    assert shown("Wor lass keeps the house spotless.")["lass"] == "wife"
    assert shown("The lasses at the day centre are canny.")["lasses"] == "woman"
    assert "woman" not in shown("The lads and lasses from the school sang.").values()
    assert shown("My sister was a proper mawther for work.")["mawther"] == "woman"
    assert shown("The little ones shout for Bapu ji when they come in.")["bapu ji"] == "father"
    assert shown("We still cook the dal the way Nani ji did.")["nani ji"] == "grandmother"


def test_dialect_words_for_food_and_drink_show_the_food():
    assert shown("My brother still keeps two grais on the common.")["grais"] == "horse"
    assert shown("Bring me a cup of pani before bed.")["pani"] == "water"
    assert shown("Scones with jam and clotted, please.")["clotted"] == "cream"
    assert shown("A wee poke from the ice cream van cheers me up.")["poke"] == "ice cream"
    assert shown("I'm allowed a scoop of vanilla on Sundays.")["scoop of vanilla"] == "ice cream"


def test_a_mother_or_grandmother_called_by_a_capitalised_family_word_is_still_pictured():
    assert shown("Tell me stories about Mammy when I get upset.")["mammy"] == "mother"
    assert shown("Amma taught me to cook, so I know my way round a kitchen.")["amma"] == "mother"
    assert shown("My grandson calls me Dadi and I love it.")["dadi"] == "grandmother"


def test_a_padi_is_a_friend_and_the_kiddies_are_children():
    assert shown("My old padi comes round on Tuesdays.")["padi"] == "friends"
    assert shown("I like to hear the kiddies playing outside.")["kiddies"] == "children"
    assert shown("They brought my great-grandbaby to see me.")["great-grandbaby"] == "baby"


def test_dimpsy_is_dusk():
    assert shown("Draw the curtains when it gets to dimpsy.")["dimpsy"] == "evening"


def test_a_trawlerman_and_a_deckie_learner_fished_for_a_living():
    assert shown("My grandad was a trawlerman out of Hull.")["trawlerman"] == "fishing"
    assert shown("He started as a deckie learner at fifteen.")["deckie learner"] == "fishing"


def test_the_lotto_with_a_capital_is_the_lottery_ticket():
    assert shown("Put a pound on the Lotto for me on Saturday.")["lotto"] == "lottery ticket"


def test_a_krio_or_irish_wake_is_a_funeral_but_waking_early_is_not():
    assert shown("Give me a proper Irish wake with a bit of music.")["wake"] == "funeral"
    assert shown("I wake early, so leave the radio by the bed.")["wake"] != "funeral"


def test_the_glasgow_fair_is_a_holiday_and_the_old_boys_at_the_club_are_friends():
    assert shown("We went to Rothesay every Glasgow Fair.")["glasgow fair"] == "holiday"
    assert shown("Take me for a game of dominoes with the old boys.")["old boys"] == "friends"


def test_a_welsh_grandad_called_by_name_mid_sentence_is_the_grandad():
    pictures = shown("When the hymns start, Taid will sing along with the choir.")
    assert pictures["taid"] == "father"
    assert shown("Once the doctor has been, Bampi likes a nap.")["bampi"] == "father"


def test_a_welsh_grandparent_word_set_off_by_commas_or_before_a_name_is_no_picture():
    assert "bampi" not in shown("Cheer up, Bampi, the sun is out.")
    assert "nain" not in shown("I see that Nain Evans has moved in next door.")


def test_grandparents_and_mothers_named_in_bengali_nepali_italian_and_polish():
    assert shown("The little ones call me Dadu and climb on my knee.")["dadu"] == "father"
    assert shown("At night I call out for my Aama.")["aama"] == "mother"
    assert shown("Everyone in the house calls me Hajur Aama.")["hajur aama"] == "grandmother"
    assert shown("On Sundays my Nonna made fresh pasta.")["nonna"] == "grandmother"
    assert shown("My granddaughter says Babcia when she rings.")["babcia"] == "grandmother"
