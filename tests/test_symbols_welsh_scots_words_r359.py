"""Welsh, Marches and Border Scots words, dishes and faith words the newest plans (plans35 and
plans36) still missed (round 359): each gets the picture of what it means, and the word's other
senses keep theirs or none."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def shown(text: str, names=()) -> dict[str, str]:
    """Each pictured term of TEXT (lower case) -> the id of its concept."""
    return {m.term.lower(): m.concept.id for m in find_all(text, names)}


def ruled_out(text: str) -> dict[str, bool]:
    """Each pictured term of TEXT (lower case) -> whether the text rules it out."""
    return {m.term.lower(): m.negated for m in find_all(text)}


# ---- Welsh and Marches words


def test_the_set_fawr_of_a_welsh_chapel_is_the_chapel_pew():
    assert shown("Keep me a seat near the sêt fawr at Salem.")["sêt fawr"].startswith("church")


def test_an_englyn_is_a_poem():
    assert shown("My brother wrote me an englyn when I turned eighty.")["englyn"].startswith(
        "poetry"
    )


def test_hiraeth_is_the_longing_of_homesickness():
    assert shown("On Sunday nights the hiraeth gets hold of me.")["hiraeth"].startswith("homesick")


def test_nos_da_is_good_night():
    assert shown("Please say 'Nos da' to me as you go.")["nos da"].startswith("night")


def test_the_ffridd_is_the_hill_above_the_farm():
    assert shown("The ponies were kept up on the ffridd.")["ffridd"].startswith("mountains")


def test_the_parlour_is_the_front_room_but_not_an_ice_cream_or_milking_parlour():
    assert shown("We only used the parlour for the minister.")["parlour"].startswith("sofa")
    assert "parlour" not in shown("I washed the cows' udders in the parlour at five.")
    assert shown("Dad ran the ice cream parlour by the pier.").get("ice cream parlour") == (
        "ice-cream"
    )


def test_a_cathedral_canon_is_a_priest_but_canon_law_is_not():
    assert shown("The canon brings me communion on a Friday.")["canon"].startswith("vicar")
    assert "canon" not in shown("He studied canon law at college.")


def test_a_spiritualist_minister_is_the_minister():
    assert shown("The Spiritualist minister will lead the service.")[
        "spiritualist minister"
    ].startswith("vicar")


def test_a_bun_fight_is_a_tea_party():
    assert shown("After the funeral have a bun fight in the vestry.")["bun fight"].startswith(
        "party"
    )


def test_the_quakers_meeting_written_with_a_capital_is_the_meeting():
    seen = shown("As a Quaker I go to Meeting each First Day.")
    assert seen["meeting"].startswith("meeting")


def test_a_family_or_care_meeting_of_a_quaker_is_no_quaker_meeting():
    """Code review 55b: round 339's guards hold for the Meeting written with a capital too."""
    for text in (
        "My family meeting is on Tuesday, I'm a Quaker so keep it calm.",
        "The care Meeting is on Friday; I'm a Quaker and I want quiet.",
    ):
        assert "meeting-quaker-r359" not in shown(text).values(), text
    seen = shown("I'm a Quaker, and Meeting on a Sunday is an hour of silence.")
    assert seen["meeting"].startswith("meeting")


def test_radox_is_the_bubble_bath():
    assert shown("Pour some Radox in the water for me.")["radox"].startswith("bubble-bath")


# ---- Border Scots words and dishes


def test_the_brethren_and_their_gospel_hall_are_the_church():
    seen = shown("We're Brethren, so Sunday is the Gospel Hall and the breaking of bread.")
    assert seen["brethren"].startswith("christian")
    assert seen["gospel hall"].startswith("christian")


def test_brose_is_porridge_and_doughballs_are_dumplings_of_a_stew():
    assert shown("A plate of brose keeps me going till dinner.")["brose"].startswith("porridge")
    assert shown("Stew and doughballs on a Thursday, please.")["doughballs"].startswith("stew")
    assert "doughballs" not in shown("We shared garlic doughballs at the pizza place.")


def test_scots_tablet_made_beside_scones_is_sweets_not_medicine():
    assert shown("I bake scones and tablet for the church sale.")["tablet"].startswith("sweets")
    assert shown("Take the tablet after breakfast.")["tablet"] == "tablets"


def test_millet_for_the_budgie_is_bird_seed():
    assert shown("A spray of millet keeps the budgie happy.")["millet"].startswith("bird-seed")
    assert "millet" not in shown("She cooks millet with vegetables.")


def test_let_me_greet_is_crying_but_greeting_the_visitors_is_not():
    assert shown("When I think of Bob, let me greet.")["greet"] == "cry-dialect"
    assert "greet" not in shown("Let me greet the visitors at the door.")


def test_dinnae_fash_rules_out_worry():
    assert ruled_out("Dinnae fash, I'll be fine.")["fash"] is True


def test_clydesdales_are_horses_but_the_clydesdale_bank_is_not():
    assert shown("Dad worked the Clydesdales at the ploughing.")["clydesdales"].startswith("horse")
    assert "clydesdale" not in shown("My pension goes into the Clydesdale Bank.")


def test_a_cob_ridden_or_bred_is_a_horse_but_a_ham_cob_is_bread():
    assert shown("We bred cobs up at the farm and showed them every summer.")["cobs"] == (
        "horse-cob-r359"
    )
    assert shown("I rode my grey cob to the chapel.")["cob"] == "horse-cob-r359"
    assert shown("A cob with cheese for my lunch, please.")["cob"] == "bread"


def test_born_and_bred_beside_a_cob_is_no_horse():
    """Code review 55b: "born and bred" breeds no horse, and a cob from the bakery is bread."""
    for text in (
        "I'm Birmingham born and bred, I like a cob with my dinner.",
        "I'm Nottingham born and bred and I still love a ham cob.",
        "I buy a cob from the bakery and ride the bus home.",
    ):
        assert shown(text)["cob"].startswith("bread"), text
    assert shown("A good cob bred on the farm, my old mare's foal.")["cob"] == "horse-cob-r359"
    assert shown("Dad bred cobs and Welsh ponies.")["cobs"] == "horse-cob-r359"


def test_the_sevens_are_rugby_but_sixes_and_sevens_are_not():
    assert shown("We never miss the Melrose sevens in April.")["sevens"].startswith("rugby")
    assert "sevens" not in shown("I'm all at sixes and sevens today.")


def test_the_academy_is_the_school_but_the_royal_academy_is_not():
    assert shown("I was head girl at the Academy.")["academy"].startswith("school")
    assert "academy" not in shown("We saw the pictures at the Royal Academy.")


def test_a_haaf_netter_fishes():
    assert shown("Grandad was a haaf-netter all his days.")["haaf-netter"].startswith("fishing")


def test_the_sunday_offering_is_the_church_collection():
    assert shown("Keep a pound aside for the offering at church.")["offering"].startswith("charity")


def test_a_skipper_whose_boat_comes_home_and_a_shepherds_crook_at_lambing():
    assert shown("My dad was skipper and we watched for the boat coming in.")["skipper"] == (
        "fishing-skipper-r354"
    )
    assert shown("At lambing I went nowhere without my crook.")["crook"] == "walking-stick"


# ---- food said as a habit


def test_eating_little_and_often_is_small_meals_but_visiting_little_and_often_is_not():
    assert shown("I manage little and often with my food now.")["little and often"].startswith(
        "meal"
    )
    assert "little and often" not in shown("Visit me little and often.")


# ---- the same words in the Welsh word list


def test_the_welsh_list_has_the_set_fawr_as_the_chapel_and_the_ffridd_as_the_hill():
    from plugins.symbols import languages

    found = {m.concept.id for m in languages.find_all("Eisteddais yn y sêt fawr.", "cy")}
    assert "church" in found
    found = {m.concept.id for m in languages.find_all("Mae'r ŵyn ar y ffridd.", "cy")}
    assert "mountains" in found


def test_a_big_seat_sedd_fawr_is_no_chapel():
    """Code review 55b: "sedd fawr" is any big seat (a bariatric chair): the chapel only where
    the sentence names the chapel; "sêt fawr" is the chapel's own name."""
    from plugins.symbols import languages

    for text in ("Mae angen sedd fawr arnaf i gysgu.", "Dw i eisiau sedd fawr yn y lolfa."):
        assert "church" not in {m.concept.id for m in languages.find_all(text, "cy")}, text
    assert "church-set-fawr-r359" not in shown("I need a sedd fawr in the lounge.").values()
    seen = shown("Dad sat in the sedd fawr at chapel as a deacon.")
    assert seen["sedd fawr"] == "church-set-fawr-r359"


def test_chopsing_is_talking():
    assert shown("Mam was chopsing on the phone all morning.")["chopsing"].startswith("talk")


# ---- festivals and customs


def test_the_gymanfa_is_the_hymn_singing_festival():
    assert shown("We never missed the Gymanfa at Whitsun.")["gymanfa"].startswith("festival")


def test_the_first_foot_at_new_year_is_new_year_not_a_foot():
    seen = shown("Dad was always our first foot at Hogmanay, with coal and shortbread.")
    assert seen["first foot"].startswith("new-year")
    assert shown("My first foot is sore after the walk.").get("foot") == "feet"


def test_the_swieconka_basket_is_easter_and_a_znicz_is_a_grave_candle():
    assert shown("Take the święconka to church to be blessed.")["święconka"].startswith("easter")
    assert shown("Light a znicz on Janusz's grave in November.")["znicz"].startswith("candle")


# ---- Polish words, with the pictures the Polish word list gives them


def test_polish_tea_pancakes_herring_and_pork_knuckle_are_the_tea_pancakes_fish_and_meat():
    assert shown("A glass of herbata with lemon at four.")["herbata"].startswith("tea")
    assert shown("Magda makes me naleśniki with cheese.")["naleśniki"].startswith("pancake")
    assert shown("Śledź in cream at Wigilia, always.")["śledź"].startswith("fish")
    assert shown("My son cooks golonka with mustard.")["golonka"].startswith("meat")


def test_the_polish_name_day_is_the_birthday_and_pasterka_the_midnight_mass():
    assert shown("My imieniny falls in June.")["imieniny"].startswith("birthday")
    assert shown("Take me to Pasterka if I'm well enough.")["pasterka"].startswith("mass")


def test_the_brethren_at_the_hall_are_its_people_not_the_faiths_picture():
    assert "brethren" not in shown("The brethren from the Gospel Hall visit on a Sunday.")


def test_pachelbels_canon_is_no_priest():
    """Code review 55b: the Canon in D played at a funeral is music, no priest."""
    assert "canon" not in shown("I'd like the Canon in D played at my funeral.")
    assert "canon" not in shown("Play Pachelbel's canon when they bring the coffin in.")
    assert shown("Canon Jones of the cathedral visits me.")["canon"].startswith("vicar")


def test_sevens_the_card_game_is_no_rugby():
    """Code review 55b: playing sevens with the cards is the card game, no rugby."""
    assert "sevens" not in shown("We play the sevens on Fridays.")
    assert "sevens" not in shown("Deal the cards for the sevens after tea.")
    assert shown("I played the sevens at Melrose when I was young.")["sevens"].startswith("rugby")
