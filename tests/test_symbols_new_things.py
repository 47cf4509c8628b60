"""Things the care plans name that had no picture before round 273: old jobs (a housemaid, a
paper lad), the ambulance crew, kit by its everyday name (a tablets box, a light box, an electric
brush, a side rail, a slide board), floors of a house, foods by their own names, shown as the
pictures the vocabulary already has; and a compass, a volcano and an otter (new pictures)."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def concept_on(text: str, word: str) -> str | None:
    """The concept WORD (as written) gets in TEXT, or None where it gets no picture."""
    found = {m.term: m.concept.id for m in find_all(text, ())}
    return found.get(word)


def test_a_housemaid_shows_the_cleaner():
    assert concept_on("My aunt went into service as a housemaid at fourteen.", "housemaid") == (
        "cleaner-r226"
    )
    assert concept_on("She was a scullery maid in a big house in Bath.", "scullery maid") == (
        "cleaner-r226"
    )


def test_the_ambulance_crew_shows_the_paramedic():
    assert concept_on("Keep my papers by the door for the ambulance crew.", "ambulance crew") == (
        "paramedic"
    )
    assert concept_on("The ambulance men were very kind to me.", "ambulance men") == "paramedic"


def test_a_tatie_pot_shows_the_stew():
    assert concept_on("On a cold night I like a plate of tatie pot.", "tatie pot") == "stew"


def test_glaucoma_drops_show_the_eye_drops():
    assert concept_on("My glaucoma drops are in the fridge door.", "glaucoma drops") == "eye-drops"


def test_a_tablets_box_shows_the_pill_box():
    assert concept_on("Fill my tablets box on a Sunday night.", "tablets box") == "dosette"


def test_a_flat_up_on_a_high_floor_shows_the_stairs():
    assert concept_on("I live on the third floor and the stairs are hard.", "third floor") == (
        "upstairs"
    )
    assert concept_on("My bedroom is on the top floor of the house.", "top floor") == "upstairs"


def test_a_light_box_shows_the_lamp():
    assert concept_on("In winter I sit by my light box for half an hour.", "light box") == "lamp"


def test_the_pawnbrokers_shows_the_shop():
    assert concept_on(
        "My mother took her ring to the pawnbroker's every week.", "pawnbroker's"
    ) == ("shop-3")


def test_foods_by_their_own_names_show_what_they_are():
    assert concept_on("A pinch of ajwain goes in my paratha.", "ajwain") == "herbs"
    assert concept_on("My son brings me lahmajoun from the bakery.", "lahmajoun") == "flatbread"


def test_a_compass_a_volcano_and_an_otter_have_their_pictures():
    assert concept_on("I still have my father's compass from the war.", "compass") == (
        "compass-r273"
    )
    assert concept_on("We left Montserrat when the volcano woke up.", "volcano") == ("volcano-r273")
    assert concept_on("We watched the otters in the river at dusk.", "otters") == "otter-r273"


def test_kit_by_its_everyday_name_shows_the_kit():
    assert concept_on("Mum brushes with an electric brush now.", "electric brush") == "toothbrush"
    assert concept_on("Put the side rail up before you go.", "side rail") == "hospital-bed"
    assert concept_on("Use the slide board to get me into the car.", "slide board") == "hoist"
    assert concept_on("The CCTV reader makes the print big for me.", "CCTV reader") == "magnifier"
    assert concept_on("Tap my card on the card machine at the chemist.", "card machine") == (
        "bank-card"
    )
    assert concept_on("Show the paramedics my DNR form.", "DNR form") == "forms"


def test_rooms_on_the_ground_floor_show_downstairs():
    assert concept_on("Since the fall I sleep on the ground floor.", "ground floor") == "downstairs"


def test_old_jobs_places_and_things_show_what_they_are():
    assert concept_on("At twelve I was a paper lad for the corner shop.", "paper lad") == (
        "childhood"
    )
    assert concept_on("I kept the town records at the archive for years.", "archive") == "library"
    assert concept_on("We spent the summers on our cabin cruiser.", "cruiser") == "boat"
    assert concept_on("Mam paid the man and signed the rent book.", "rent book") == "bills-pay"
    assert concept_on("She wore her pearl pin to chapel.", "pearl pin") == "jewellery"


def test_foods_by_their_plain_names_show_the_food():
    assert concept_on("A fried slice and an egg on a Saturday.", "fried slice") == "bread"
    assert concept_on("I like my cod with parsley sauce.", "parsley sauce") == "gravy"


def test_the_library_van_shows_the_library_not_a_van():
    assert concept_on("The library van stops outside on a Thursday.", "library van") == "library"


def test_velcro_straps_show_the_fastening():
    assert concept_on("Buy me slippers with velcro straps, not laces.", "velcro straps") == (
        "button"
    )


def test_the_potbank_and_its_kilns_show_the_works_and_the_fire():
    assert concept_on("Grandad was a placer on a potbank in Longton.", "potbank") == (
        "factory-worker-r264"
    )
    assert concept_on("He stoked the kilns all through the night.", "kilns") == "fire-r264"


def test_a_chapter_read_shows_the_book_but_a_chapter_of_a_life_none():
    assert concept_on("Read me a chapter when I get into bed.", "chapter") == "book"
    assert concept_on("The war was a hard chapter of my life.", "chapter") is None


def test_a_pattie_shows_the_potatoes():
    assert concept_on("Get me a pattie with my fish on a Friday.", "pattie") == "potatoes"


def test_a_hall_table_shows_the_table():
    assert concept_on("My letters go on the hall table by the door.", "hall table") == "table"


def test_a_doorstep_loan_shows_the_money():
    assert concept_on("Mam got into trouble with a doorstep loan.", "doorstep loan") == "money"


def test_a_breakfast_cereal_by_its_name_is_the_cereal():
    """Round 268: "Weetabix with warm milk", "a bowl of cornflakes": the cereal box, as
    shreddies and bran flakes already are, not the breakfast bowl."""
    assert concept_on("Two Weetabix with hot milk and a sugar.", "Weetabix") == "cereal-r268"
    assert concept_on("A small bowl of cornflakes is plenty.", "cornflakes") == "cereal-r268"


def test_cook_up_rice_is_rice_and_a_green_fig_is_the_green_banana():
    """Round 276: Guyanese cook-up rice is the rice (it was a wrong sense); a green fig, the
    Caribbean name for a green banana, is the banana."""
    assert concept_on("Cook-up rice with a bit of chicken is my Sunday treat.", "Cook-up rice") == (
        "rice-r237"
    )
    assert concept_on("A boiled green fig with butter does me nicely.", "green fig") == "banana-r30"


def test_dishes_of_the_newest_plans_show_the_food_they_are():
    """Round 278: dumplings, cabbage rolls, a spiced sausage, kibbeh and a sesame ring by the
    names their cooks give them show the dumplings, the sausage, the meat and the bread."""
    assert concept_on("My niece boils halušky for me on a Friday.", "halušky") == "dumplings-r278"
    assert concept_on("At Christmas we roll sarmale all afternoon.", "sarmale") == "cabbage-r278"
    assert concept_on("Fry me a little chouriço with the eggs.", "chouriço") == "sausages-r278"
    assert concept_on("My sister sends linguiça from Porto.", "linguiça") == "sausages-r278"
    assert concept_on("Kibbeh is what my mother made best.", "Kibbeh") == "meat-r278"
    assert concept_on("I want a warm simit and a glass of tea.", "simit") == "bread-r278"


def test_milky_tea_shows_the_milk_but_a_milky_eye_does_not():
    """Round 278: "tea, milky, two sugars" shows the milk; "a milky eye" never does."""
    assert concept_on("A mug of tea, milky, no sugar.", "milky") == "milk-r278"
    assert concept_on("The nurse says my eye is milky; I drink my tea black.", "milky") is None


def test_eating_ital_shows_the_vegetables_and_an_amama_the_grandmother():
    assert concept_on("I eat Ital, so nothing from a tin.", "Ital") == "vegetables-r278"
    assert concept_on("My amama made the bread every Friday.", "amama") == "grandparents-2-r278"


def test_a_flag_or_ensign_on_a_coffin_and_a_funeral_wreath_show_the_flag_and_flowers():
    """Round 277: "the flag on my coffin", "the navy ensign on the casket" are the flag; a wreath
    at a burial or made of leaves is the flowers. A flag waved at a match stays unpictured, and a
    poppy wreath stays remembrance."""
    assert concept_on("Drape the flag over my coffin at the crematorium.", "flag") == "flag"
    assert concept_on("I would like the naval ensign on the casket.", "ensign") == "flag"
    assert concept_on("They waved the flag at the match.", "flag") is None
    assert concept_on("Put a wreath of ivy on my grave.", "wreath") == "flowers-3"
    assert concept_on("He laid a wreath at the war memorial.", "wreath") == "remembrance"


def test_dust_that_marks_the_chest_shows_the_dust_but_dusting_stays_cleaning():
    """Round 277: the dust of a quarry, a pit or a kiln that ruined a worker's chest has a picture
    of its own (a dust mask); dusting the shelves stays the cleaning."""
    assert concept_on("The slate dust at the quarry left my chest bad.", "dust") == "dust-r277"
    assert concept_on("Years of the dust mean I need oxygen now.", "dust") == "dust-r277"
    assert concept_on("Please dust the mantelpiece on a Friday.", "dust") != "dust-r277"


def test_everyday_rooms_and_kit_said_plainly_show_what_they_are():
    """Round 277: "stay in the room", "a goldfish tank", "my porridge bowl", "use the frame" in
    the house since a fall, "the paddock" name the room, the fish tank, the bowl, the walking
    frame and the field; "room for" stays none, and a frame on the wall stays the picture frame
    (round 112's frame beside a toilet stays none)."""
    assert concept_on("My nephew can stay in the room while the doctor talks.", "room") == "room"
    assert concept_on("There is room for two more in the car.", "room") is None
    assert concept_on("The goldfish tank needs cleaning on Sundays.", "goldfish tank") == (
        "fish-tank"
    )
    assert concept_on("Leave my porridge bowl to soak in the sink.", "bowl") == "bowl"
    assert concept_on("I always use the frame in the house now.", "frame") == ("walking-frame-r35")
    assert concept_on("Hang it with the frame on the wall above the fire.", "frame") == (
        "picture-frame"
    )
    assert concept_on("The donkeys graze in the paddock behind the house.", "paddock") == "field"


def test_a_bus_stop_and_the_bus_driver_and_a_blood_pressure_cuff_show_their_kit():
    """Round 277: "every stop on the route", "the wrong stop" where a bus is near are the bus
    stop; the driver of a bus is the bus; the cuff that takes blood pressure is the monitor."""
    assert concept_on("I rode that bus so long I know every stop by name.", "stop") == "bus-r48"
    assert concept_on("The driver waited while I got on the bus.", "driver") == "bus"
    assert concept_on("The driver parked the car outside.", "driver") == "car"
    assert concept_on("Put the cuff on my left arm for the blood pressure.", "cuff") == (
        "blood-pressure-r50"
    )


def test_a_memory_stick_shows_the_usb_stick():
    """Round 277: the talking paper or the photos "on a memory stick" or "on the USB" are the
    USB stick (a new Mulberry picture); the word memory alone stays none."""
    assert concept_on("My audio books come on a memory stick.", "memory stick") == (
        "usb-stick-r277"
    )
    assert concept_on("The grandchildren put my photos on a USB.", "USB") == "usb-stick-r277"


def test_a_uniform_at_the_door_that_frightens_shows_the_uniform():
    """Round 277: "men in uniform at the door scare me", "a uniform on the step frightens me":
    the uniform; "in uniform" with nothing frightening or official near stays none."""
    text = "Soldiers in uniform at the door scare me since the war."
    assert concept_on(text, "uniform") == "uniform-r31"
    assert concept_on("A uniform on the doorstep frightens me.", "uniform") == "uniform-r31"
    assert concept_on("The carers all dress in uniform.", "uniform") is None


def test_every_road_a_cherub_and_the_hearing_loop_show_their_pictures():
    """Round 277: "every road in the county", "the top road" are the road; "my little cherub" is
    the angel; "the loop at the bank" for a hearing aid user is the hearing aid, a loop of wool
    stays none."""
    assert concept_on("As a postman I walked every road in the parish.", "road") == "road"
    assert concept_on("Drive me home by the top road, it's prettier.", "road") == "road"
    assert concept_on("The baby is a proper little cherub.", "cherub") == "angel"
    text = "Ask them to turn the loop on at the bank counter for my hearing."
    assert concept_on(text, "loop") == "hearing-aid"
    assert concept_on("Make a loop with the wool and pull it through.", "loop") is None


def test_a_corridor_is_the_hall():
    assert concept_on("The nurses chat in the corridor by my door.", "corridor") == "hall-r291"


def test_the_knobs_off_the_cooker_are_the_cooker():
    assert concept_on("My son took the knobs off the oven last week.", "knobs") == "cooker-r291"


def test_the_knobs_of_a_drawer_are_no_cooker():
    assert concept_on("The knobs on my chest of drawers are loose.", "knobs") is None


def test_a_bride_is_the_wedding():
    assert concept_on("I was a bride in a borrowed dress in 1961.", "bride") == "wedding-r291"


def test_a_groom_for_the_horses_is_no_wedding():
    assert concept_on("My father was a groom for the horses at the big house.", "groom") is None


def test_singing_on_stage_is_the_theatre():
    assert concept_on("I was never happier than on stage with the band.", "stage") == (
        "theatre-r291"
    )


def test_a_stage_of_an_illness_is_no_theatre():
    assert concept_on("The doctor says the dementia is at a later stage.", "stage") is None
    assert concept_on("The cancer is on stage four now.", "stage") is None


def test_a_lake_ending_its_name_is_the_lake():
    assert concept_on("Take me to Rudyard Lake to see the ducks.", "Lake") == "pond"


def test_the_lake_district_is_a_name():
    assert concept_on("We had our honeymoon in the Lake District.", "Lake") is None


def test_a_t_shirt_written_with_its_capital_is_clothes():
    assert concept_on("In summer I like a plain T-shirt and shorts.", "T-shirt") == "clothes"


def test_a_name_with_a_hyphen_is_still_a_name():
    assert concept_on("Jean-Luc brings my paper.", "Jean-Luc") is None


def test_a_bay_ending_its_name_by_the_sea_is_the_seaside():
    assert concept_on("We paddled at Robin Hood's Bay every summer.", "Bay") == "beach-r291"


def test_a_bay_window_and_a_sick_bay_are_no_seaside():
    assert concept_on("Put my chair in the bay window facing the sea.", "bay") is None
    assert concept_on("I spent a week in the sick bay on the boat.", "bay") is None


def test_a_hospital_named_for_a_king_with_his_number_is_the_hospital():
    assert concept_on("My eye clinic is at the George V Hospital.", "Hospital") == "hospital"


def test_a_saz_and_a_duduk_are_musical_instruments():
    assert concept_on("My uncle plays the saz at every wedding.", "saz") == "instruments-r291"
    assert concept_on("The duduk makes me cry, it is so sad.", "duduk") == "instruments-r291"


def test_a_tulip_glass_is_a_glass_not_a_flower():
    assert concept_on("Black tea in a tulip glass, please, no milk.", "tulip glass") == (
        "drinking-glass-r291"
    )


def test_the_estate_a_person_lives_on_is_home():
    assert concept_on("I have lived on the estate since the houses were built.", "estate") == (
        "home-r291"
    )


def test_an_estate_left_in_a_will_is_no_home():
    assert concept_on("The solicitor is sorting out the estate for my son.", "estate") is None


def test_coloured_cobs_dealt_at_the_fair_are_horses():
    assert concept_on("Grandad bought piebald cobs at the fair every June.", "cobs") == (
        "horse-r291"
    )


def test_cobs_of_bread_are_no_horses():
    assert concept_on("Two cheese cobs for my dinner at the fair.", "cobs") != "horse-r291"


def test_a_tulip_glass_is_named_as_the_drinking_glass_is():
    found = {m.term: m.concept.alt for m in find_all("Tea in a tulip glass, please.", ())}
    assert found["tulip glass"] == "drinking glass"  # "glass" alone also names spectacles
