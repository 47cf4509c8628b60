"""Words whose picture depends on the words around them: the sense the clause gives them."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def concepts(text: str, names=()) -> dict[str, str]:
    """Each pictured word or phrase -> the concept it is shown as."""
    return {m.term: m.concept.id for m in find_all(text, names)}


def pictures(text: str) -> dict[str, str]:
    """Each pictured word or phrase -> the picture it is shown with."""
    return {m.term: m.concept.symbol for m in find_all(text, ())}


def test_wee_before_a_thing_is_small_not_urine():
    """Scots "wee" before a thing of its own is "small": "the wee lamp", "my wee budgerigar"
    show no bladder; "a wee in the night" is still the toilet."""
    assert "bladder" not in concepts("Leave the wee lamp on by the door for me.").values()
    assert "bladder" not in concepts("My wee budgerigar sings in the mornings.").values()
    assert "bladder" not in concepts("Put my glasses on the wee stool by the chair.").values()
    assert "bladder" in concepts("I get up for a wee in the night.").values()


def test_a_lady_carer_is_a_carer_not_a_woman():
    """ "a lady carer", "a woman carer", "a female carer" ask for a carer of that sex: the carer
    is the idea, not a picture of a woman beside it."""
    assert concepts("I would like a lady carer for my bath, please.").get("lady carer") == "carer"
    assert concepts("Only a female carer for washing me.").get("female carer") == "carer"
    found = concepts("A woman carer on Tuesdays if you can.")
    assert found.get("woman carer") == "carer"
    assert "woman" not in found.values()


def test_a_church_hall_is_a_hall_not_the_church():
    """ "the church hall" is the hall the club meets in, shown as the parish and village halls
    are, not the church itself: a lunch club in the church hall is no service."""
    assert concepts("The knit and natter group meets in the church hall on Mondays.").get(
        "church hall"
    ) == concepts("The knit and natter group meets in the village hall on Mondays.").get(
        "village hall"
    )
    assert "church" not in concepts("Take me to the tea dance at the church hall.").values()
    assert "church" in concepts("I go to church on a Sunday morning.").values()


def test_scrumpy_is_cider_like_the_cider_it_is():
    """Scrumpy is a rough farm cider: it shows what "cider" shows, not the general alcohol
    picture of a dram or a tipple."""
    assert concepts("A half of scrumpy on a Friday night suits me.").get("scrumpy") == concepts(
        "A half of cider on a Friday night suits me."
    ).get("cider")


def test_smoking_fish_or_ham_is_no_cigarette():
    """ "I smoked kippers", "we smoked the bacon": the smokehouse trade, no cigarette; "he
    smoked a pipe" and "I smoked for years" still show smoking."""
    assert "smoking" not in concepts("My dad smoked herrings in the yard behind the shop.").values()
    assert "smoking" not in concepts("We smoked the bacon ourselves at Christmas.").values()
    assert "smoking" in concepts("I smoked for forty years but I stopped.").values()


def test_talk_of_the_old_days_is_remembering_not_daydreaming():
    """ "the old days", "old times", "reminiscence" are memories shared, shown with remembering,
    not with a daydream; "I sit and daydream" keeps the daydream."""
    assert concepts("We have a good laugh about the old days on the farm.").get(
        "the old days"
    ) == concepts("I remember the farm.").get("remember")
    assert concepts("Ask me about old times in the mill.").get("old times") == "memory"
    assert concepts("I sit by the window and daydream.").get("daydream") == "daydream"


def test_hives_from_an_allergy_are_a_rash_not_a_beehive():
    """ "Eggs bring me out in hives" is a rash: the beehive is only for hives with bees about,
    and "hives" is no longer read as the plural of "hive" with no guard at all."""
    assert concepts("Eggs bring me out in hives, so none in my cake.").get("hives") == "rash"
    assert concepts("Aspirin gives me hives and my lips swell.").get("hives") == "rash"
    assert (
        concepts("We kept bees, and the hives stood at the bottom of the garden.").get("hives")
        == "beehive"
    )


def test_words_of_a_trade_keep_their_trade_sense():
    """A clicker in a boot factory cut leather, not a telly remote; the nets taken out for
    shrimps are fishing nets, not net curtains. The home senses stay where nothing says the
    trade."""
    assert "remote" not in concepts("Grandad was a clicker at the boot factory.").values()
    assert concepts("Pass me the clicker, the news is on.").get("clicker") == "remote"
    assert "curtains" not in concepts("We took the nets out for shrimps at low tide.").values()
    assert concepts("The nets in the front window need a wash.").get("nets") == "curtains"


def test_the_game_on_the_radio_is_the_football():
    """ "the Spurs game on the telly", "the games on the radio" are the football match, as a
    "match" there already is; a game of cards, a board game or a game on the tablet stays a
    game."""
    assert concepts("Put the Villa game on the radio at three, please.").get("game") == "football-5"
    assert concepts("I like the Saturday games on the telly.").get("games") == "football-5"
    assert concepts("We play a card game while the radio is on.").get("card game") == "games"
    assert concepts("I play word games on my tablet.").get("games") != "football-5"


def test_the_skin_of_a_fruit_or_vegetable_is_no_body_skin():
    """Onion skins, banana skins and potato skins are the food's peel: no skin-and-dressings
    picture, which is kept for the person's own skin."""
    assert "skin" not in concepts("Save the onion skins for dyeing the wool.").values()
    assert "skin" not in concepts("Mind the banana skins on the path.").values()
    assert concepts("Cream on my skin twice a day.").get("skin") == "skin"


def test_thin_skin_that_tears_is_no_crying():
    """ "it tears easily", "which tears if you pull" is skin or paper tearing, not tears of
    sadness; "I was in tears" keeps the upset picture."""
    assert "upset" not in concepts("Go gently with the tape, as it tears easily.").values()
    assert "upset" not in concepts("Lift the dressing slowly because it tears off.").values()
    assert concepts("I was in tears at the grave.").get("tears") == "upset"


def test_holding_her_hand_is_holding_hands_not_a_raised_hand():
    """ "she holds my hand", "I hold his hand", "he held my hand at the end": the comfort of
    holding hands, not one raised hand; "my left hand shakes" keeps the hand."""
    assert concepts("My granddaughter holds my hand at the clinic.").get("holds my hand") == (
        "hold-hands"
    )
    assert concepts("I sit and hold his hand when he is poorly.").get("hold his hand") == (
        "hold-hands"
    )
    assert concepts("Nobody held her hand in the ambulance.").get("held her hand") == "hold-hands"
    assert concepts("My left hand shakes in the morning.").get("hand") == "hands"


def test_checking_my_sugar_is_no_sugar_test_across_the_check():
    """ "check my sugar", "the nurse checks my sugars": the blood sugar test sits on the sugar,
    and the checking is its own word, not swallowed into one sugar-test picture."""
    found = concepts("The practice nurse checks my sugars on a Tuesday.")
    assert found.get("sugars", "").startswith("diabetes")
    assert not any(term.lower().startswith("check") for term in found)
    assert concepts("Could you test my sugar after tea?").get("sugar") == "diabetes"


def test_a_dogs_lead_is_the_pets_kit_not_the_dog_itself():
    """ "I can't hold her lead", "he pulls on the lead": the lead one walks a dog on, shown as a
    dog's lead is (the pets' kit), not a second picture of the dog; an electric lead stays the
    plug."""
    assert concepts("Rex pulls on the lead when we pass the butcher's.").get("lead") == "pet-care"
    assert concepts("I can't hold her lead with my bad wrist.").get("lead") == "pet-care"
    assert concepts("The lead on the lamp is frayed.").get("lead") == "plug"


def test_tablets_for_a_named_illness_show_the_illness_and_the_tablets():
    """ "my epilepsy tablets", "the diabetic tablets": the illness has its own picture and the
    tablets theirs; one tablets picture across both hid what they are for."""
    found = concepts("I keep my epilepsy tablets in the kitchen drawer.")
    assert found.get("epilepsy") == "seizure"
    assert found.get("tablets") == "tablets"
    found = concepts("Her diabetes tablets are on the windowsill.")
    assert found.get("diabetes") == "diabetes"
    assert found.get("tablets") == "tablets"
    assert concepts("My arthritis tablets upset my stomach.").get("arthritis") == "arthritis"


def picture_of(text: str, term: str) -> str:
    """The picture file shown beside one word of the text."""
    return next(m.concept.file for m in find_all(text, ()) if m.term == term)


def test_whatsapp_is_the_phone_call_not_a_mobile_handset():
    """ "we talk on WhatsApp", "my niece rings me on WhatsApp": the app is how the family ring,
    shown as the telephone a call is, not the mobile handset."""
    telephone = picture_of("We natter on the phone after tea.", "phone")
    assert picture_of("My niece rings me on WhatsApp from Lagos.", "WhatsApp") == telephone
    assert picture_of("We natter on WhatsApp after tea.", "WhatsApp") == telephone


def test_the_macular_is_the_eye_as_macular_degeneration_is():
    """ "I've got the macular", "my macular is worse": the short name of the eye illness shows
    the eye, as "macular degeneration" and "glaucoma" do, not the low-vision sign."""
    eye = picture_of("The glaucoma runs in our family.", "glaucoma")
    assert picture_of("My macular is worse this winter.", "macular") == eye
    assert picture_of("I've had the macular for ten years.", "macular") == eye


def test_a_weaving_loom_is_the_weaver_not_knitting():
    """ "she wove rugs on a loom", "the loom and the shuttle": a loom one weaves cloth on is the
    weaver's (as "loom" alone is), even with wool beside it; a knitting loom stays knitting."""
    assert concepts("My aunt wove rugs on a loom in the village.").get("loom") != "knitting-2"
    assert concepts("Put the loom by the window with the wool and the shuttle.").get("loom") != (
        "knitting-2"
    )
    assert concepts("I make hats on my knitting loom with chunky wool.").get("knitting loom") == (
        "knitting-2"
    )


def test_a_bottle_refused_for_the_toilet_shows_no_crossed_toilet():
    """ "I don't want a bottle, I want to walk to the toilet": the urine bottle has only the
    toilet's picture, and a crossed toilet beside the wanted toilet says both no and yes; the
    bottle goes unpictured there, and a bottle refused on its own keeps its crossed picture."""
    found = find_all("I don't want a bottle at night, just walk me to the toilet.", ())
    assert [(m.term, m.negated) for m in found if m.concept.alt == "toilet"] == [("toilet", False)]
    found = find_all("Please no bedpan, help me to the toilet instead.", ())
    assert [m.term for m in found if m.concept.alt == "toilet"] == ["toilet"]
    found = find_all("I'd sooner have the commode than a bottle by the bed.", ())
    assert any(m.term == "bottle" and m.negated for m in found)


def test_friday_prayers_are_the_prayer_not_a_calendar_day():
    """ "Friday prayers at the mosque", "Friday prayer on the radio": the prayer is the idea
    and has its picture; a calendar for the Friday beside it says a date the reader does not
    need. A Friday on its own keeps the calendar."""
    found = concepts("Abdul drives me to Friday prayers when my knees allow.")
    assert found.get("prayers") == "pray"
    assert "Friday" not in found
    assert concepts("My daughter comes on a Friday with the shopping.").get("Friday") == "friday"


def test_bruises_are_the_bruise_not_a_plaster():
    """ "bruises" are the bruise the carer looks for, shown as "a bruise" is, not the dressings
    picture for skin in general."""
    found = concepts("Tell my daughter if you see any new bruises on my shins.")
    assert found.get("bruises") == "bruise"


def test_insects_are_an_insect_not_a_butterfly_for_nature():
    """ "insects" in a room or a garden are the small creatures themselves: the insect picture,
    as "an insect" has, not the butterfly that stands for wildlife."""
    assert concepts("I do not like insects crawling on the kitchen windowsill.").get(
        "insects"
    ) == concepts("There is an insect on the kitchen windowsill.").get("insect")


def test_gherkins_are_the_pickle_not_green_vegetables():
    """ "gherkins" come out of a jar of vinegar as "a gherkin" does: the pickle picture, not
    the broccoli for greens."""
    assert concepts("Put two gherkins on the side of my plate.").get("gherkins") == concepts(
        "I like a gherkin with my cheese."
    ).get("gherkin")


def test_devotional_songs_are_hymns_not_a_microphone():
    """Bhajans, kirtan and Gurbani are sung worship: the hymn picture, as the plans' labellers
    give them, not a singer's microphone nor a person at prayer."""
    assert concepts("Put the bhajans on for me after my bath.").get("bhajans") == "hymns"
    assert concepts("Auntie plays kirtan on the speaker at night.").get("kirtan") == "hymns"
    found = concepts("I listen to Gurbani kirtan while I have my tea.")
    assert found.get("kirtan") == "hymns"
    assert "worship" not in found.values()
    assert concepts("We sang along at the party.").get("sang along") == "singing"


def test_teatime_is_the_evening_meal_not_a_sunset():
    """ "by teatime", "at teatime" name the time of the evening meal: the meal picture, as the
    plans' labellers key it, not a sunset; "in the evening" keeps the sunset."""
    assert concepts("My feet ache by teatime most days.").get("teatime") == "meal"
    assert concepts("Ring my son at teatime on a Sunday.").get("teatime") == "meal"
    assert concepts("I like a sherry in the evening.").get("evening") == "evening"


def test_watching_beside_a_pictured_telly_is_the_watching_not_a_second_telly():
    """ "I watch the darts on the telly": the telly already has its picture, so the watching
    shows a person looking, not the television twice; "I watch the darts of an evening", with no
    telly said, keeps the television for the pastime."""
    found = concepts("Of an evening I watch the darts on the telly with Ron.")
    assert found.get("watch") == "watch-r40"
    assert found.get("telly") == "tv"
    assert concepts("Of an evening I watch the darts with Ron.").get("watch") == "watch-tv"


def test_a_season_ticket_is_a_ticket_whatever_the_game():
    """A season ticket is the ticket itself, for football as for the theatre: the ticket
    picture, as the plans' labellers key it, not a football (the club is a name)."""
    found = concepts("I kept my season ticket at Fratton Park for forty years.")
    assert found.get("season ticket") == "ticket"
    assert "football" not in found.values()
    assert (
        concepts("We never missed a football match on a Saturday.").get("football match")
        == "football"
    )


def test_my_tea_said_beside_my_breakfast_is_the_evening_meal():
    """ "with my breakfast and my tea": a meal named beside another meal is the evening meal,
    as the plans' labellers key it; "my tea is strong", "my tea at breakfast" stay the drink."""
    found = concepts("The water tablet goes with my breakfast and my tea.")
    assert found.get("tea") == "meal"
    assert concepts("I like my tea at breakfast.").get("tea") == "tea"
    assert concepts("Breakfast is toast, and my tea is strong.").get("tea") == "tea"


def test_hours_said_as_a_span_show_the_clock_not_a_few_minutes():
    """ "every three hours", "for two hours": time on the clock, as the plans' labellers key it,
    not the kitchen timer kept for "a few minutes"; "ten minutes" keeps the timer."""
    assert concepts("Turn me every three hours through the night.").get("hours") == "clock"
    assert concepts("I sat in casualty for two hours on Monday.").get("hours") == "clock"
    assert concepts("Let the tea brew for five minutes.").get("minutes") == "minutes"


def test_a_thing_that_drives_me_mad_shows_no_car():
    """ "drives me barmy", "drive me crazy", "drove me round the bend": being annoyed, not a
    drive, so neither the driving nor the car picture; "my son drives me to chapel" and "I still
    drive to the shops" keep theirs."""
    for text in (
        "The buzzing off the fridge drives me barmy at night.",
        "The dogs next door drive me crazy with their barking.",
        "That old boiler drove me round the bend last winter.",
    ):
        found = concepts(text).values()
        assert "driving" not in found and "car-lift" not in found, text
    assert concepts("My nephew drives me to chapel on a Sunday.").get("drives") == "car-lift"
    assert concepts("I still drive to the market on a Friday.").get("drive") == "driving"


def test_cards_kept_beside_the_pension_are_bank_cards():
    """ "my pension goes in the bank and my niece keeps the cards": cards said beside the
    pension, money or purse are bank cards, not playing cards, and never a greeting card;
    "we play cards on a Tuesday" and "I send them cards at Easter" keep theirs."""
    found = concepts("My pension is paid into the Co-op bank, and my niece looks after the cards.")
    assert found.get("cards") == "bank-card"
    found = concepts("Put my purse and the cards in the top drawer, please.")
    assert found.get("cards") == "bank-card"
    found = concepts(
        "I fetch my pension from the post office myself; I don't hold with them cards."
    )
    assert found.get("cards") not in {"greeting-card-r32", "dominoes-cards", "cards"}
    assert concepts("We play cards on a Tuesday afternoon.").get("cards") == "dominoes-cards"
    assert concepts("I send them cards at Easter.").get("cards") == "greeting-card-r32"


def test_the_black_dog_of_low_mood_is_no_dog():
    """ "the black dog" said with low mood or its tablets is the depression, not a pet: no dog
    picture; a black dog that is a pet keeps it."""
    found = concepts("When I stop the citalopram the black dog creeps back in.")
    assert "dog" not in found.values()
    assert concepts("Our black dog Nell sleeps by the fire.").get("dog") == "dog"


def test_a_doctor_who_does_something_is_a_doctor_not_the_programme():
    """ "a doctor who listens", "the doctor who came": an article before it makes it a doctor
    followed by what the doctor does, never the television; "doctor who on a Saturday" in small
    letters is still the programme, and "Doctor Who" with capitals is a name with no picture."""
    found = concepts("I would like a doctor who explains things slowly.")
    assert found.get("doctor") == "doctor"
    assert "tv" not in found.values()
    assert "tv" not in concepts("The doctor who saw me last week was very kind.").values()
    assert concepts("My grandson and I like doctor who on a Saturday.").get("doctor who") == "tv"
    assert concepts("My grandson and I like Doctor Who.") == {"grandson": "children"}


def test_archers_with_bows_are_archers_not_the_radio_serial():
    """ "the archers" beside bows, medals or a competition are people who shoot arrows, not the
    radio serial; "I listen to the archers" keeps the radio."""
    found = concepts("My father was one of the archers in the county competition.")
    assert "radio" not in found.values()
    assert concepts("I listen to the archers every evening.").get("the archers") == "radio"


def test_a_bedside_lamp_is_a_lamp_not_a_light_bulb():
    """ "the bedside lamp" is the lamp itself, as "a reading lamp" is, and as the plans'
    labellers key it; "the landing light" keeps the light bulb."""
    assert concepts("Please switch off my bedside lamp when I nod off.").get("bedside lamp") == (
        "lamp"
    )
    assert concepts("Please leave the landing light on all night.").get("landing light") == (
        "light"
    )


def test_words_with_a_second_sense_keep_it_off_where_the_sentence_says_otherwise():
    """Guards on a word's other sense: glaucoma drops put in are the eye drops, not a visitor
    who drops in; "my partner" of thirty years is no savings club; a card number is no ID
    card; a greyhound off the racing track walks no road; a hymn played at a funeral is no
    play at the theatre. Each word keeps its other sense where that is meant."""
    assert "visitors" not in concepts("The nurse puts my glaucoma drops in before bed.").values()
    assert "visitors" in concepts("My neighbour drops in most mornings for a chat.").values()
    found = concepts("Ray was my partner for thirty years and we saw the sea every week.")
    assert "money-3" not in found.values()
    assert concepts("I paid into a partner every week with the ladies from church.").get(
        "partner"
    ) == ("money-3")
    assert "photo-id-2-r30" not in concepts("Never read out your card number to a caller.").values()
    found = concepts("My whippet came off the racing track and loves a walk by the canal.")
    assert "road" not in found.values()
    found = concepts("No flowers at my funeral; just play Danny Boy and have a drink.")
    assert "theatre" not in found.values()
    assert "theatre" in concepts("We went to see a play at the Lyceum.").values()


def test_my_sugar_and_the_water_in_a_catheter_bag_are_the_body_not_the_kitchen():
    """ "because of my sugar" is the blood sugar, as "because of the sugar" already was, not a
    bowl of sugar; "the water" beside a catheter or a cloudy, smelly bag is urine, not a glass
    of water; "sugar in my tea" and "the water in the kettle" stay the kitchen's."""
    found = concepts("I skip the pudding now, because of my sugar.")
    assert found.get("sugar") in ("diabetes", "diabetes-2")
    found = concepts("Check the catheter bag and tell me if the water smells.")
    assert found.get("water") == "bladder-r44"
    assert concepts("Please fill the kettle with fresh water.").get("water") == "water"


def test_when_its_my_time_beside_the_funeral_is_the_death():
    """ "When it's my time" says what "when my time comes" says: beside the coffin, the hymns
    or the funeral it is the death itself (the tomb), as round 236 made it for "when my time
    comes"; with nothing of the funeral in the sentence it keeps the end of life picture."""
    found = concepts("When it's my time, sing the old hymns and put a rose on the coffin.")
    assert found.get("When it's my time") == "died-r236"
    found = concepts("When my time comes, I'd like a funeral with bagpipes and a wee dram.")
    assert found.get("When my time comes") == "died-r236"
    found = concepts("When it is my time, I want my grandson sitting with me.")
    assert found.get("When it is my time") != "died-r236"


def test_rites_of_the_faith_show_the_rite_not_a_person_praying():
    """The sacrament brought to a person is holy communion, the anointing of the sick is the
    anointing, and Surah Yasin read for the dead is read from the Quran: each has its own
    picture, better than the general one of a person praying."""
    found = concepts("Every other Sunday the deacon brings the sacrament to my flat.")
    assert found.get("the sacrament") == "holy-communion"
    found = concepts("If I get very poorly, ask Father Tom for the Anointing of the Sick.")
    assert found.get("Anointing of the Sick") == "anointing-r193"
    assert concepts("My son reads Yasin to me on a Thursday evening.").get("Yasin") == "holy-book"


def test_eye_vitamins_are_the_tablets_not_an_eye():
    """ "eye vitamins" are tablets taken for the eyes: the tablets show, with no eye beside
    them; "my left eye" keeps the eye."""
    found = concepts("The eye vitamins go in the dosette box with my heart pills.")
    assert "eyes" not in found.values()
    assert found.get("vitamins") == "tablets"
    assert concepts("My left eye waters in the wind.").get("eye") == "eyes"


def test_a_wound_that_gets_dressed_is_the_dressing_not_getting_dressed():
    """A leg ulcer or a wound that "gets dressed" has a wound dressing put on it, not clothes:
    the sentence names the wound. "I get dressed after breakfast" stays getting dressed."""
    found = concepts("The nurse comes on Fridays and my heel ulcer gets dressed then.")
    assert found.get("gets dressed") == "wound-care"
    assert concepts("I get dressed after breakfast, slowly.").get("get dressed") == "dressing"


def test_the_driver_of_a_bus_is_the_bus_not_a_car():
    """ "the driver" in a sentence about the bus is the bus driver (the bus picture, as "bus
    driver" already is), not a car; "my son is a careful driver" keeps the car."""
    found = concepts("I always thank the driver when I get off the bus at the market.")
    assert found.get("driver") == "bus"
    assert concepts("My grandson is a careful driver.").get("driver") == "car"


def test_a_bottle_of_medicine_by_the_bed_is_no_urine_bottle():
    """The bottle by the bed is the urine bottle only where nothing says it holds medicine:
    "the Oramorph is in the brown bottle by my bed" is a bottle of medicine."""
    found = concepts("The Oramorph is in the brown bottle beside my bed, for bad nights.")
    assert found.get("bottle") != "urine-bottle-r38"
    found = concepts("Empty the bottle by my bed first thing, please.")
    assert found.get("bottle") in ("urine-bottle-r38", "toilet")


def test_a_bed_frame_or_door_frame_is_no_picture_frame():
    """A frame named by what it holds up (the bed frame, the door frame, a walking frame) is no
    picture frame, even where something hangs on it; a frame of medals on the wall still is."""
    found = concepts("My drainage bag hangs on the bed frame overnight.")
    assert "picture-frame" not in found.values()
    found = concepts("The hook for my dressing gown hangs on the door frame.")
    assert "picture-frame" not in found.values()
    assert "picture-frame" in concepts("Dad's medals are in a frame on the wall.").values()


def test_the_lift_seat_of_a_bath_is_no_shower_chair():
    """A "lift seat" in the bath is the bath lift, not a chair in the shower: the seat gets no
    shower chair (the lift shows the bath where it can); "the seat in the shower" keeps it."""
    found = concepts("Carers lower me into the bath on the lift seat on Sundays.")
    assert "shower-chair-r38" not in found.values()
    found = concepts("Please put the seat in the shower before I come in.")
    assert found.get("seat") == "shower-chair-r38"


def test_signing_a_form_shows_the_signing_and_the_form():
    """ "sign the forms", "signed the form": the signing hand on the doing and the form on the
    thing, as "sign the papers" already had; one writing hand across the whole phrase gave the
    form no picture of its own."""
    found = concepts("My son helps me when I have to sign the forms for the council.")
    assert found.get("sign") in ("signing", "signature", "signature-2")
    assert found.get("forms") in ("forms", "forms-2")
    found = concepts("I signed the form at the surgery last week.")
    assert found.get("form") in ("forms", "forms-2")
    found = concepts("I can only sign forms with my left hand now.")
    assert found.get("forms") in ("forms", "forms-2")


def test_combing_or_doing_someone_s_hair_shows_the_hair():
    """ "she combs my hair", "brush my hair", "do my hair": the hair is the idea, so the hair
    picture sits on "hair"; a comb across the whole phrase left the hair unpictured. The comb
    keeps the word "comb"."""
    found = concepts("My granddaughter combs my hair when she visits.")
    assert found.get("hair") == "hair"
    assert found.get("combs") == "comb"
    assert concepts("Please brush my hair before church.").get("hair") == "hair"
    assert concepts("Could someone do my hair on a Saturday?").get("hair") == "hair"


def test_writing_letters_shows_the_writing_and_the_letters():
    """ "I write letters to my brother", "writing letters": the doing and the letters each get
    their own picture; one picture of writing a letter over the phrase gave the letters none.
    "letter writing" and a pen pal keep that picture."""
    found = concepts("I still write letters to my brother in Canada.")
    assert found.get("write") == "writing"
    assert found.get("letters") == "letter"
    assert concepts("Writing letters keeps my mind busy.").get("letters") == "letter"
    assert concepts("I had a pen pal in Australia for sixty years.").get("pen pal") == (
        "write-letter"
    )


def test_blood_pressure_tablets_show_the_blood_pressure_and_the_tablets():
    """ "my blood pressure tablets", "the blood pressure tablet": what the tablets are for and
    the tablets each get their picture, as "blood pressure pills" already did; one tablets
    picture over the phrase left the blood pressure unpictured."""
    found = concepts("The carer gives me my blood pressure tablets after breakfast.")
    assert found.get("blood pressure") == "blood-pressure"
    assert found.get("tablets") == "tablets"
    found = concepts("My blood pressure tablet makes me dizzy if I stand up fast.")
    assert found.get("blood pressure") == "blood-pressure"
    assert found.get("tablet") == "tablets"


def test_a_dog_s_walk_is_walking_the_dog_not_the_person_walking():
    """ "Biscuit is my beagle; he needs his walk", "she has a walk at six", "he needs walking":
    the walk is the dog's, shown as walking the dog; a person's own walk, or a walk in a
    sentence whose dog stays at home, is still the person walking."""
    assert (
        concepts("Biscuit is my beagle; he needs his walk after lunch.").get("walk") == "dog-walk"
    )
    assert concepts("Meg is my old sheepdog; she has a walk at six.").get("walk") == "dog-walk"
    assert concepts("Toby needs walking by teatime, he's our terrier.").get("walking") == "dog-walk"
    assert concepts("I take a short walk with my stick; the dog stays in.").get("walk") == "walk"
    assert concepts("I have her walk me to the door, then the dog goes out.").get("walk") == "walk"


def test_one_or_two_in_the_morning_is_the_night_not_the_morning():
    """ "at two in the morning", "till one in the morning" are the middle of the night, shown
    as the night, not the sunrise; "two in the morning" after a dose ("take two in the
    morning") and "at four in the morning" are still the morning."""
    found = concepts("My wife used to find me in the garden at two in the morning.")
    assert found.get("in the morning") == "night"
    assert "morning-routine" not in found.values()
    assert "night" in concepts("The neighbours played music till one in the morning.").values()
    assert concepts("I take two in the morning with my porridge.").get("morning") == (
        "morning-routine"
    )
    assert "night" not in concepts("The milkman came at four in the morning.").values()


def test_having_the_sugar_is_diabetes_not_the_sugar_bowl():
    """ "I have the sugar", "my dad had the sugar": the old way of saying diabetes, shown as
    the blood sugar test; sugar a person has in a drink or for a cake is still sugar."""
    diabetes = {"diabetes", "diabetes-2"}  # the blood sugar test, listed twice
    assert concepts("My dad had the sugar as well, and lost a toe.").get("sugar") in diabetes
    assert concepts("I have the sugar, so only fruit after dinner.").get("sugar") in diabetes
    assert concepts("I have the sugar in my coffee, two spoons.").get("sugar") == "sugar"
    assert concepts("Do we have the sugar for the scones?").get("sugar") == "sugar"


def test_a_broken_heart_is_sadness_not_the_heart_organ():
    """ "it breaks my heart", "they've broken my heart": sorrow, shown as sad, not the
    anatomical heart a heart condition shows; "my heart is weak" is still the heart."""
    assert concepts("It breaks my heart that I can't garden now.").get("heart") == "sad"
    assert concepts("Losing the farm broke my heart.").get("heart") == "sad"
    assert concepts("My heart has been weak since the operation.").get("heart") == "heart"


def test_god_rest_him_is_a_blessing_with_no_picture_of_a_grave():
    """ "my Eileen, God rest her", "Dad, God rest his soul": a blessing said after naming
    someone who has died, no idea of its own, so no grave picture on it; "he died" still is."""
    found = concepts("My brother Sean, God rest him, taught me to swim.")
    assert "died-idiom" not in found.values()
    assert not any("god" in term.lower() or "rest" in term.lower() for term in found)
    assert "died-idiom" not in concepts("Mam, God rest her soul, baked every Friday.").values()
    assert "died" in concepts("My brother died in the spring.").values()


def test_getting_my_coat_on_shows_the_coat_not_the_doing():
    """ "I get my coat on and head for the door": the coat is the thing the reader knows, shown
    as the coat; "put my coat on" is still the doing of putting a coat on."""
    found = concepts("At teatime I get my coat on and wait for the bus to the mill.")
    assert "put-on-coat" not in found.values()
    assert found.get("coat") == concepts("My coat is behind the door.").get("coat")
    assert "put-on-coat" in concepts("Help me put my coat on before we go out.").values()


def test_the_rail_held_in_the_bathroom_is_a_grab_rail_not_the_stairs():
    """ "I hold the rail in the shower", "the rail by the toilet": a grab rail, not the
    staircase; "hold the rail on the stairs" is still the stairs."""
    assert concepts("In the shower I stand and hold the rail.").get("rail") == "grab-rail"
    assert concepts("The rail by the toilet has come loose.").get("rail") == "grab-rail"
    assert concepts("Hold the rail when you take me up the stairs.").get("rail") == "stairs"


def test_food_cut_small_is_cutting_food_not_a_cut_on_the_skin():
    """ "pierogi, cut small, my teeth are weak": food cut into small pieces, shown as cutting,
    not the plaster of a cut on the skin; "I cut my thumb" is still a cut."""
    assert (
        concepts("I like pierogi with onion, cut small, as my teeth are weak.").get("cut")
        == "cut-food"
    )
    liver = concepts("Liver and bacon is my favourite, cut small so I can chew it.")
    assert liver.get("cut") == "cut-food"
    assert concepts("I cut my thumb on the bread knife.").get("cut") != "cut-food"


def test_buried_not_burned_is_cremation_not_a_fire():
    """ "I want to be buried, not burned": the burning is a cremation the person rules out,
    shown as the funeral with a not cross, not flames or a burn; "I burned my arm on the
    oven" is still a burn."""
    found = {m.term: m for m in find_all("Lay me in the churchyard with Jim; buried, not burned.")}
    assert found["burned"].concept.id.startswith("cremation")
    assert found["burned"].negated
    found = concepts("At my funeral I don't want to be burned, I want a proper grave.")
    assert found.get("burned", "").startswith("cremation")
    assert (
        not concepts("I burned my arm on the oven door.").get("burned", "").startswith("cremation")
    )


def test_a_bank_statement_is_a_letter_not_the_bank():
    """ "my son reads my bank statements to me", "she checks the statements": the paper that
    comes in the post, shown as a letter, not the bank building; "I go to the bank" is still
    the bank."""
    letter = concepts("A letter came from the council.").get("letter")
    assert concepts("My son reads my bank statements to me.").get("bank statements") == letter
    assert concepts("Alice checks the statements every month.").get("statements") == letter
    assert concepts("I go to the bank on a Thursday.").get("bank") == "bank"


def test_my_side_of_the_bed_is_no_turning_over():
    """ "I sleep on my side of the bed": the half of the bed that was the person's, no picture
    of being turned onto one's side; "I sleep on my side with a pillow" still is."""
    assert "turn-over" not in concepts("Since Ron went I sleep on my side of the bed.").values()
    assert "turn-over" in concepts("I sleep on my side with a pillow at my back.").values()


def test_being_taken_out_in_the_chair_is_the_wheelchair():
    """ "my son takes me to the seafront in the chair", "push me out in the chair": the chair
    a person is taken out in is their wheelchair; "I doze in the chair" is still a chair."""
    found = concepts("My son takes me along the seafront in the chair on Sundays.")
    assert found.get("chair") == "wheelchair"
    assert concepts("Push me out in the chair when it's dry.").get("chair") == "wheelchair"
    assert concepts("I doze in the chair after my dinner.").get("chair") == "chair"


def test_the_shipping_forecast_is_a_weather_forecast():
    """ "I like to hear the shipping forecast": the forecast of the weather at sea, shown as the
    weather, not a second radio picture; the radio the person hears it on keeps its own."""
    found = concepts("My dad always listened to the shipping forecast on the wireless.")
    assert found.get("shipping forecast") == "weather"
    assert concepts("The shipping forecast helps me drop off at night.").get(
        "shipping forecast"
    ) == concepts("The weather forecast says rain.").get("weather forecast")


def test_a_cup_of_tea_and_a_chat_is_the_tea_and_the_talking():
    """ "a cup of tea and a chat does me good": the tea and the talk, each with its picture, not
    one talking picture over the cup of tea."""
    found = concepts("When I feel low, a cup of tea and a chat does me good.")
    assert found.get("cup of tea") == concepts("I like a cup of tea at ten.").get("cup of tea")
    assert found.get("chat") == "talk"


def test_a_worry_that_sits_heavy_or_food_that_sits_on_the_plate_is_no_chair():
    """ "which sits heavy on me", "where things sit on the plate": a weight on the mind, or
    where a thing lies, not a person sitting down, so no chair; "I sit in my chair" still is."""
    assert "chair" not in concepts("Losing the farm sits heavy on me to this day.").values()
    assert "chair" not in concepts("He never rang again, which sits badly with me.").values()
    assert "chair" not in concepts("Say where things sit on the tray when you bring it.").values()
    assert concepts("I sit in the bay window with my crossword.").get("sit") == "chair"


def test_standing_someone_a_drink_or_a_spoon_is_no_person_standing():
    """ "stand the lads a round", "strong enough to stand a spoon in": stand with a thing or a
    person after it treats or props up, so no picture of a person standing; "I stand at the
    sink" and "help me stand" still are."""
    assert "standing" not in concepts("Stand the bowls team a round at the club for me.").values()
    assert "standing" not in concepts("My porridge thick enough to stand a spoon in.").values()
    assert concepts("I can stand at the sink for a few minutes.").get("stand") == "standing"


def test_a_calm_day_or_salt_air_is_the_weather_not_a_feeling_or_the_salt_pot():
    """ "a calm day", "calm sea" are the weather, and "the salt air", "salt spray" the seaside:
    no relieved face, no salt cellar. Feeling calm and salt on food keep their pictures."""
    assert "calm" not in concepts("Take me along the front on a calm morning.").values()
    assert "salt" not in concepts("The salt air off the firth does my chest good.").values()
    assert concepts("The music keeps me calm in the evenings.").get("calm") == "calm"
    assert concepts("Go easy on the salt in my soup.").get("salt") == "salt"


def test_a_butty_with_no_food_about_is_a_mate_not_a_sandwich():
    """In the Valleys and the Forest of Dean "butty" is a workmate or friend ("my old butties
    from the pit"): a sandwich only where the sentence talks of food ("a jam butty for my
    lunch")."""
    assert (
        "sandwich" not in concepts("My old butties from the colliery visit on a Monday.").values()
    )
    assert "sandwich" not in concepts("Alright, butty? That is how I greet the lads.").values()
    assert concepts("I like a cheese and pickle butty for my lunch.").get("butty") == "sandwich"


def test_god_willing_is_a_saying_with_no_picture_of_god():
    """ "God willing", like "God knows" and "God forbid", is a way of speaking, not the faith:
    no picture."""
    assert "god" not in concepts("I will be ninety in March, God willing.").values()


def test_parkinson_s_disease_is_one_idea_the_illness():
    """ "Parkinson's disease" is the illness, one picture over the phrase, as "Huntington's
    disease" is: no second, general illness picture for "disease"."""
    found = concepts("I was told I had Parkinson's disease at sixty-eight.")
    assert found.get("Parkinson's disease") == "parkinsons"


def test_a_simile_or_a_colour_is_no_glass_or_fruit():
    """ "my bones are like glass" says they break easily: no drinking glass; "the orange box"
    is a colour, no orange to eat. A glass of water and an orange after lunch keep theirs."""
    assert "drinking-glass" not in concepts("My hips are like glass since the fall.").values()
    assert "orange-fruit" not in concepts("My eye drops are in the orange box.").values()
    assert concepts("Cut up an orange for me after lunch.").get("orange") == "orange-fruit"


def test_funny_looks_and_making_fun_are_no_laughing():
    """ "funny looks" are stares and "making fun of" is teasing: no laughing face; a funny
    story and a bit of fun with the carers still laugh."""
    assert "laugh" not in concepts("The neighbours gave us funny looks when we moved in.").values()
    assert "laugh" not in concepts("The boys at school made fun of my accent.").values()
    assert concepts("I like a bit of fun with the girls who come in.").get("fun") == "laugh"


def test_a_sore_point_or_a_body_packing_in_is_neither_pain_nor_packing():
    """ "a sore point", "a sore thing" are a hurt feeling, not a pain; "my legs are packing in"
    are failing, not packing a case; "a dressed crab" is food, not getting dressed."""
    assert "pain" not in concepts("Money is a sore point with my brother.").values()
    assert "suitcase" not in concepts("My old legs are packing in at last.").values()
    assert "dressing" not in concepts("A dressed crab on a Friday is my treat.").values()
    assert concepts("My shoulder is sore in the mornings.").get("sore") == "pain"
    assert concepts("Help me with the packing before my holiday.").get("packing") == "suitcase"


def test_the_frame_in_a_sentence_about_frail_hips_is_the_walking_frame():
    """ "use the frame" beside a bad hip or osteoporosis is the walking frame, even where the
    sentence also says "glass", which otherwise marks a picture frame."""
    found = concepts("My hip is like glass now, so use the frame and go slow.")
    assert found.get("frame") != "picture-frame"


def test_being_baptised_is_the_blessing_not_the_church_building():
    """ "I was baptised", "we were christened": the rite, shown as the christening's blessing
    (what a baptism label names), not a church building; the church named after it keeps its
    own picture."""
    found = concepts("I was baptised in the river at Pentecost, 1961.")
    assert found.get("baptised") == "christening"
    assert concepts("Both my boys were christened at St Mark's.").get("christened") == (
        "christening"
    )


def test_cider_orchards_and_barrels_are_no_drink():
    """ "the cider orchards", "the cider barrels", "the cider works": the trade, not a drink
    poured, so no beer mug or glass; "a half of cider" still is the drink."""
    assert not {"pub", "wine-2"} & set(concepts("I picked apples in the cider orchards.").values())
    assert not {"pub", "wine-2"} & set(concepts("Do not let me lift the cider barrels.").values())
    assert concepts("A half of cider on a Saturday does me no harm.").get("cider") in {
        "pub",
        "wine-2",
    }


def test_warm_socks_and_a_rugby_game_are_no_heat_or_dice():
    """ "warm socks", "a warm coat" name the clothes, not the person too hot; "every game at
    the rugby ground" is a match, not the dice of a board game. Being warm in bed and a game
    of dominoes keep their pictures."""
    assert "hot" not in concepts("Bedsocks, and warm socks in the day, for my feet.").values()
    assert "games" not in concepts("I never missed a game when the team was at home.").values()
    assert concepts("I like a game after tea with my grandson.").get("game") == "games"


def test_out_of_doors_and_early_doors_name_no_door():
    """ "out of doors" is outside and "early doors" early on: sayings with no door in them; a
    door to lock still shows one."""
    assert "door" not in concepts("I like to be out of doors when the sun is on the hill.").values()
    assert "door" not in concepts("Get me to the allotment early doors, before it's hot.").values()
    assert concepts("Check the door is locked at night.").get("door") == "door"


def test_his_or_their_paper_is_the_newspaper():
    """ "his paper", "their paper", like "my paper", is the newspaper a person takes: the
    newsagent knew everyone by their paper."""
    assert concepts("Put his paper through the door by seven.").get("paper") == "newspaper"
    assert concepts("The paper boys knew the street by their paper.").get("paper") == "newspaper"


def test_the_dust_that_took_a_collier_is_dust_breathed_in_not_dusting():
    """ "the dust took him", beside a collier or a quarry, is the dust breathed in that harmed
    the lungs, not the duster; "dust the sideboard" is still cleaning."""
    found = concepts("My father was a collier all his life, and the dust finished him.")
    assert found.get("dust") == "dust-r277"
    assert concepts("Please dust the mantelpiece on a Friday.").get("dust") != "dust-r277"


def test_a_custard_slice_is_a_cake_not_chopping():
    """ "a vanilla slice", "two caramel slices": a cake from the baker's, shown as a cake, not
    the knife of "slice the bread thin"."""
    cake = concepts("I like a cream cake with my coffee.").get("cream cake")
    found = concepts("My niece brings me a vanilla slice on a Saturday.")
    assert found.get("vanilla slice") == cake
    found = concepts("Fetch me two caramel slices from the market, please.")
    assert found.get("caramel slices") == cake
    assert "chop" not in found.values()
    assert concepts("Slice the bread thin for me, please.").get("Slice") == "chop"


def test_a_pets_jelly_pouches_are_pet_food_not_pudding():
    """ "the cat has the gravy pouches", "the dog eats meaty pouches": pet food in a pouch, not
    the jelly pudding or the gravy jug; a bowl of jelly for pudding is still jelly."""
    found = concepts("Our cat Biscuit turns her nose up at anything but jelly pouches.")
    assert found.get("jelly pouches") == "cat-food-2"
    assert "jelly" not in found.values()
    found = concepts("The dog gets two meaty pouches at teatime.")
    assert found.get("meaty pouches") == "pet-food-2"
    assert concepts("A bowl of jelly for pudding, please.").get("jelly") == "jelly"


def test_a_leg_dressed_by_the_nurse_is_a_wound_dressing():
    """ "to have my shin dressed", "get my foot dressed": a wound dressing on the body part the
    nurse sees to, not getting dressed in clothes; "I get dressed sitting down" still is."""
    wound = pictures("My leg ulcer has a new wound dressing.")["wound dressing"]
    assert pictures("I go to the surgery to have my shin dressed every Monday.")["dressed"] == wound
    found = pictures("The district nurse comes on Thursdays to get my foot dressed.")
    assert found["dressed"] == wound
    found = concepts("My legs swell, so I get dressed sitting down.")
    assert found.get("get dressed") == "dressing"


def test_cutting_the_grass_or_hedge_is_no_scissors():
    """ "my grandson cuts my grass", "Trevor cuts the hedge": the lawn or hedge is the picture,
    no scissors beside it; "cut the label out of my jumper" is still cutting with scissors."""
    found = concepts("My grandson comes round to cut my grass in the summer.")
    assert found.get("grass") == "lawn"
    assert "cut-scissors" not in found.values()
    assert "cut-scissors" not in concepts("Trevor next door cuts my hedge for me.").values()
    assert concepts("Cut the label out of my jumper, it itches.").get("Cut") == "cut-scissors"


def test_a_cancer_that_has_spread_is_no_jam():
    """ "it has spread to my bones", "the pain spreads down my arm": the verb, no jar of jam;
    "a bit of spread on my crackers" is still the spread."""
    assert "jam" not in concepts("The tumour has spread to my bones now.").values()
    assert "jam" not in concepts("The ache spreads down my arm at night.").values()
    assert concepts("I like a bit of spread on my crackers.").get("spread") == "jam"


def test_a_rash_or_pain_that_spreads_is_no_jam():
    """Code review 14: "the rash itches and spreads", "the pain starts in my back and spreads":
    the verb after "and", with a rash or pain named, shows no jam; "cheese spreads" still does."""
    for text in (
        "The rash itches and spreads.",
        "The pain starts in my back and spreads.",
        "The redness comes up on my shin and spreads.",
        "The swelling starts at my ankle and spread by teatime.",
        "The ache begins in my neck and spreads.",
    ):
        assert "jam" not in concepts(text).values(), text
    assert concepts("I like the cheese spreads in little triangles.").get("spreads") == "jam"


def test_teeth_taken_out_or_worn_are_false_teeth():
    """ "take my teeth out and leave them in the pot", "I wear my teeth all day": false teeth,
    shown as dentures; "I grind my teeth" and "my teeth are bad" are still the person's teeth."""
    dentures = pictures("My false teeth need a soak.")["false teeth"]
    assert pictures("Take my teeth out after supper and leave them to soak.")["teeth"] == dentures
    assert pictures("I wear my teeth all day but not at night.")["teeth"] == dentures
    assert pictures("Help me put my teeth in before breakfast.")["teeth"] == dentures
    assert concepts("I grind my teeth in my sleep.").get("teeth") == "teeth"
    assert concepts("My teeth are bad, so soft food please.").get("teeth") == "teeth"


def test_teeth_ground_or_aching_at_night_are_the_persons_teeth():
    """Code review 9: "my teeth" with night, grinding or an ache are the person's own teeth, not
    false teeth; only teeth worn, soaked or kept in a pot or glass are dentures."""
    for text in (
        "I grind my teeth at night.",
        "My teeth ache at night.",
        "I clench my teeth at night and my jaw hurts.",
        "Her teeth are sore at night when it is cold.",
        "He grits his teeth at night in his sleep.",
    ):
        assert concepts(text).get("teeth") != "dentures", text
    dentures = pictures("My false teeth need a soak.")["false teeth"]
    assert (
        pictures("She wears her teeth in the day and soaks them in a glass.")["teeth"] == dentures
    )


def test_rain_or_shine_is_any_weather_not_rain():
    """ "the milkman comes every day, rain or shine": whatever the weather, shown as the weather,
    not a rain cloud; "it's raining" is still rain."""
    found = concepts("The milkman comes every day, rain or shine.")
    assert found.get("rain or shine") == "weather"
    assert "rain" not in found.values()
    found = concepts("I go to the allotment come rain or shine.")
    assert found.get("come rain or shine") == "weather"
    assert concepts("Bring my coat in if it starts to rain.").get("rain") == "rain"


def test_the_blue_one_for_my_breathing_is_the_inhaler():
    """ "two puffs of the blue one when I'm wheezy": where the sentence speaks of breathing but
    names no inhaler, the blue or brown one is the inhaler; a blue one among mugs is none."""
    inhaler = concepts("Keep my inhaler by the bed.").get("inhaler")
    found = concepts("If I'm wheezy, give me two puffs of the blue one before my wash.")
    assert found.get("blue one") == inhaler
    assert concepts("Give me the brown one at night, my asthma is bad.").get("brown one") == inhaler
    assert inhaler not in concepts("I like the blue one, not the red mug.").values()


def test_idioms_of_singing_ones_heart_out_or_standing_by_show_no_heart_or_standing():
    """ "the canary sings his heart out", "heaven help you if...", "it sits heavy on me",
    "stand by while I take them": sayings, with no heart, angel, chair or standing person;
    "I stand by the window" still stands."""
    assert "heart" not in concepts("My budgie sings his heart out every morning.").values()
    assert "angel" not in concepts("Heaven help you if you wake me before eight.").values()
    assert "chair" not in concepts("Losing Jack still sits heavy on me.").values()
    assert "standing" not in concepts("Stand by while I take my tablets, please.").values()
    assert concepts("I stand by the window to watch the birds.").get("stand") == "standing"


def test_a_dressed_crab_is_no_getting_dressed():
    """ "a dressed crab on a Sunday": the crab made ready to eat, no clothes picture; "I get
    dressed after breakfast" still is."""
    assert "dressing" not in concepts("I like a dressed crab for my Sunday tea.").values()
    assert concepts("I get dressed after breakfast.").get("get dressed") == "dressing"


def test_out_of_doors_is_outside_not_a_door():
    """ "I sit out of doors when it's warm": outdoors, not a door."""
    found = concepts("I like to sit out of doors when it's warm.")
    assert "door" not in found.values()
    assert found.get("out of doors") == "outside-r221"


def test_matches_kept_by_the_diya_or_incense_are_for_lighting_not_football():
    """ "help me light the diya, but keep the matches from me": matches to strike, shown as the
    lighter (crossed where ruled out), not a football match; "I watch the matches on the telly"
    is still football."""
    found = concepts("Help me light the diya at dusk, but keep the matches away from me.")
    assert found.get("matches") == "lighter"
    assert "football" not in found.values()
    found = concepts("I burn incense at my shrine; the matches are in the drawer.")
    assert "football" not in found.values()
    found = concepts("I watch the matches on the telly every Saturday.")
    assert found.get("the matches") == "football"
    assert concepts("Turn the lamp on for me when the match starts.").get("the match") == "football"


def test_matches_kept_or_hidden_from_the_person_are_for_lighting():
    """Code review 5: "keep the matches from me" with no fire word near is still the matches to
    strike, not a (crossed) football; a match kept on the telly is still football."""
    for text in (
        "Keep the matches from me.",
        "Please hide the matches from him.",
        "My daughter keeps the matches away from me now.",
        "The matches are kept out of reach in the top cupboard.",
    ):
        found = concepts(text)
        assert "football" not in found.values(), text
        assert any(v.startswith("lighter") for v in found.values()), text
    assert (
        concepts("I watch the matches on the telly every Saturday.").get("the matches")
        == "football"
    )
