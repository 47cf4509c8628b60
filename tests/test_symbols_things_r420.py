"""Round 420: things that got no picture on plans47 (Norfolk and the Broads) and the sets before."""

from helpers import concepts


def test_a_bit_of_string_is_string():
    assert concepts("Grandad mended the gate with a bit of string.").get("string") == "string"
    said = concepts("Keep a ball of string in the kitchen drawer.")
    assert said.get("string") == "string" and said.get("ball") is None  # code review 61c item 14
    assert concepts("I throw the ball for the dog every morning.").get("throw the ball") == "ball"
    assert concepts("At bowls they lay a string along the green for me.").get("string") == "string"


def test_a_string_vest_hoppers_pearls_and_pulled_strings_are_no_string():
    said = concepts("I wear a string vest under my shirt in winter.")
    assert said.get("string vest") == "underwear" and "string" not in said
    assert "string" not in concepts("She wore a string of pearls to chapel.")
    assert concepts("I love string hoppers with curry.").get("string hoppers") == "noodles"
    said = concepts("My son pulled a string or two at the council to get me in here.")
    assert "string" not in said  # code review 61c item 15: the singular can be pictured
    assert "string" not in concepts("We went to hear a string quartet.")
    assert concepts("Tie the parcel up with some string.").get("string") == "string"


def test_a_dumpling_in_a_stew_is_the_stew_not_a_worry():
    said = concepts("I like a suet dumpling in a stew with plenty of gravy.")
    assert said.get("stew") == "stew" and "in a stew" not in said


def test_getting_in_a_stew_is_still_a_worry_and_a_stew_is_the_stew():
    assert concepts("I get in a stew when the carers are late.").get("in a stew") == "worried"
    assert concepts("Don't get me in a stew about the bills.").get("in a stew") == "worried"
    assert concepts("My son puts me in a stew with all his questions.").get("in a stew") == (
        "worried"
    )
    assert concepts("Make me a beef stew on a Sunday.").get("stew") == "stew"
    said = concepts("I have a dumpling in a stew with carrots and onions.")
    assert said.get("stew") == "stew"


def test_lobby_had_with_bread_is_the_stew_and_a_hall_lobby_is_not():
    assert concepts("On a Saturday I have lobby with crusty bread.").get("lobby") == "stew-r286"
    assert concepts("I had lobby and oatcakes for my tea.").get("lobby") == "stew-r286"
    assert concepts("I have the lobby light on at night.").get("lobby") != "stew-r286"


def test_gutting_and_filleting_at_the_fish_is_the_fish_trade_but_being_gutted_is_sad():
    said = concepts("I filleted and gutted on the fish docks at Lowestoft in all weathers.")
    assert said.get("filleted") == "fish-gutting-r136"
    assert said.get("gutted") == "fish-gutting-r136"
    said = concepts("I could fillet quicker than any man at the fish market.")
    assert said.get("fillet") == "fish-gutting-r136"
    assert concepts("I was gutted when the herring boats stopped.").get("gutted") == "sad"
    assert concepts("I'm gutted the fish van doesn't come now.").get("gutted") == "sad"
    assert "fillet" not in concepts("I like a fillet of haddock on a Friday.")


def test_samphire_is_a_vegetable_and_an_industrial_estate_is_where_the_factories_are():
    assert concepts("I like samphire with a bit of butter.").get("samphire") == "vegetables"
    said = concepts("I packed boxes on the industrial estate for years.")
    assert said.get("industrial estate") == "factory-worker-r264"
    assert "estate" not in concepts("I was a gamekeeper on the estate.") or (
        concepts("I was a gamekeeper on the estate.")["estate"] != "factory-worker-r264"
    )


def test_the_rooms_a_chambermaid_cleaned_are_bedrooms_but_not_the_rooms_of_home():
    said = concepts("I was a chambermaid at the Grand Hotel, making beds in the rooms.")
    assert said.get("rooms") == "bedroom-rooms-r420"
    said = concepts("Tell me the rooms are all done and the guests are happy.")
    assert said.get("rooms") == "bedroom-rooms-r420"
    assert concepts("All the rooms in my house are cold.").get("rooms") != "bedroom-rooms-r420"
    assert concepts("We had lodgers in the back rooms.").get("rooms") != "bedroom-rooms-r420"


def test_a_gypsy_traveller_or_roma_person_says_who_they_are():
    said = concepts("I'm a Romany Gypsy and I've lived on this site all my life.")
    assert said.get("romany gypsy") == "gypsy-traveller-r420"
    said = concepts("I'm an Irish Traveller and proud of it.")
    assert said.get("irish traveller") == "gypsy-traveller-r420"
    assert concepts("I want a proper Traveller wake.").get("traveller") == "gypsy-traveller-r420"
    said = concepts("My family are Roma people from Slovakia.")
    assert said.get("roma people") == "gypsy-traveller-r420"


def test_a_gypsy_tart_a_commercial_traveller_and_rome_are_no_gypsy_or_traveller():
    assert "gypsy" not in concepts("I love a gypsy tart with my tea.")
    assert "traveller" not in concepts("He was a commercial traveller for a biscuit firm.")
    assert "roma" not in concepts("We went to Roma for our honeymoon.")
    assert concepts("I'm a Traveller born and bred.").get("traveller") == "gypsy-traveller-r420"


def test_the_clues_of_a_crossword_are_the_crossword():
    said = concepts("My son reads me the crossword clues on a Sunday.")
    assert "crossword clues" in said or said.get("clues") == "crossword"
    assert concepts("Read me the clues when we do the crossword.").get("clues") == "crossword"
    assert "clues" not in concepts("The police had no clues.")


def test_a_named_hill_walked_up_or_scattered_off_is_the_hill_but_a_district_is_a_name():
    assert concepts("A walk up the Carrock Hill always cheers me.").get("hill") == "mountains"
    assert concepts("Scatter my ashes off Bredon Hill.").get("hill") == "mountains"
    assert "hill" not in concepts("My sister lives in Forest Hill now.")
    assert "hill" not in concepts("I had a stall at the market in Tower Hill.")


def test_being_gutted_in_a_fishing_town_is_no_fish_trade_and_fillet_steak_is_no_fish():
    # code review 61c item 2: the work only after a doer or a joining word
    said = concepts("My husband fished from the harbour. We were all gutted when he died.")
    assert said.get("gutted") != "fish-gutting-r136"
    for sentence in (
        "We were all gutted when the trawlers were scrapped.",
        "Mum and I were both gutted when the boats were sold.",
        "It gutted me when the fish docks closed.",
        "Gutted, I was, when the smokehouse closed.",
    ):
        assert concepts(sentence).get("gutted") != "fish-gutting-r136", sentence
    assert concepts("I like fish, and fillet steak on a Sunday.").get("fillet") != (
        "fish-gutting-r136"
    )
    said = concepts("I filleted and gutted on the fish docks at Lowestoft in all weathers.")
    assert said.get("gutted") == "fish-gutting-r136"
    assert concepts("I gutted on the quay at Yarmouth.").get("gutted") == "fish-gutting-r136"


def test_a_passenger_a_cafe_and_a_figure_of_speech_are_no_gypsy_or_traveller():
    # code review 61c items 3 and 4: only the identity words written with a capital, Roma only
    # beside Gypsy, Traveller, people or community (the lead's ruling)
    for sentence in (
        "A traveller on the train helped me with my case.",
        "She's a real traveller, she's been to forty countries.",
        "I'm a proper traveller, I've been on every coach trip going.",
        "We're travellers at heart, we love our holidays.",
        "We are travellers, we went on a cruise every year.",
        "We eat at the Roma on a Friday.",
        "I like the Roma café in town.",
        "My grandson supports the Roma.",
        "I'm a gypsy at heart, I never stay in one place.",
        "A gypsy read my palm on the pier at Yarmouth.",
        "I bought pegs off a gypsy at the door.",
    ):
        assert "gypsy-traveller-r420" not in concepts(sentence).values(), sentence
    assert concepts("We're Travellers, we move about in the summer.").get("travellers") == (
        "gypsy-traveller-r420"
    )
    said = concepts("The Roma community here has been good to me.")
    assert said.get("roma community") == "gypsy-traveller-r420"


def test_in_a_stew_is_the_food_only_where_the_food_goes_in_it():
    # code review 61c item 5: the food right before the phrase, not a meal said elsewhere
    for sentence in (
        "It puts me in a stew when my dinner is late.",
        "My son puts me in a stew when he cooks.",
        "I like my dinner at five. It puts me in a stew if it's late.",
    ):
        assert concepts(sentence).get("in a stew") == "worried", sentence
    said = concepts("I put the beef and carrots all in a stew with gravy.")
    assert "in a stew" not in said and said.get("stew") == "stew"
    assert concepts("I get all in a stew about the bills.").get("in a stew") == "worried"


def test_not_having_a_clue_beside_a_crossword_is_no_crossword():
    # code review 61c item 6: one clue only after the words that pick a clue out
    for sentence in (
        "I do the crossword but I haven't a clue what day it is.",
        "I haven't a clue how to do the jigsaw puzzle.",
        "I like the crossword. I haven't got a clue about computers.",
        "I love a puzzle. The nurse gave me no clue what was happening.",
    ):
        assert concepts(sentence).get("clue") != "crossword", sentence
    said = concepts("I'm stuck on the last clue of the crossword.")
    assert said.get("clue") == "crossword"


def test_a_hill_after_a_given_name_or_where_one_lives_is_a_name():
    # code review 61c item 7: a surname, "off" meaning "from", and a district one lives up
    for sentence in (
        "I got a lift off Dave Hill from next door.",
        "I bought my car off Joan Hill at church.",
        "I used to live up Tower Hill.",
        "I got the flat up Primrose Hill when I married.",
        "My daughter lives over Denmark Hill way.",
    ):
        assert "hill" not in concepts(sentence), sentence
    said = concepts("We used to walk up Pendle Hill on a Sunday.")
    assert said.get("hill") == "mountains"


def test_the_rooms_are_bedrooms_only_where_the_sentence_says_the_work():
    # code review 61c item 10: a cleaning word, not guests or students said anywhere
    said = concepts("My mother ran a guest house in Great Yarmouth and I helped clean the rooms.")
    assert said.get("rooms") == "bedroom-rooms-r420"
    for sentence in (
        "The guests sit in the rooms downstairs with me for tea.",
        "When my guests come I show them the rooms downstairs.",
        "My grandson is a student. I don't like the rooms here.",
        "The students met in the common rooms.",
        "The hotel had rooms for functions and weddings.",
    ):
        assert concepts(sentence).get("rooms") != "bedroom-rooms-r420", sentence


def test_bread_left_in_the_lobby_is_the_hall_not_the_stew():
    # code review 61c item 11: the bread only right after a having, not anywhere in the sentence
    for sentence in (
        "The bread man leaves my loaf in the lobby.",
        "The baker used to leave the bread in the lobby.",
        "We had a lobby where we left the bread and milk.",
    ):
        assert concepts(sentence).get("lobby") != "stew-r286", sentence
    assert concepts("On a Saturday I have lobby with crusty bread.").get("lobby") == "stew-r286"
