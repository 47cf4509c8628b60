"""Round 390: things plans from Northern Ireland and elsewhere name that had no picture."""

from plugins.symbols.matcher import find_all
from tests.helpers import concepts


def test_a_bank_in_a_sentence_about_fishing_is_the_river_bank():
    assert (
        concepts("Dad takes me down with a rod, though I just sit on the bank.")["bank"] == "river"
    )
    assert concepts("I fish off the bank below the weir on a Sunday.")["bank"] == "river"
    assert concepts("I can't get down the bank now, so Joe carries my tackle.")["bank"] == "river"


def test_a_money_bank_beside_fish_stays_the_bank():
    assert concepts("I go to the bank for my pension, then fish and chips.")["bank"] == "bank"
    assert concepts("Take me to the bank, then the fish market.")["bank"] == "bank"
    assert concepts("I used to go fishing; my son does my banking now.")["banking"] == "bank"


def test_fits_a_person_has_or_takes_are_seizures():
    assert concepts("I have fits sometimes; if I go down, put me on my side.")["fits"].startswith(
        "seizure"
    )
    assert concepts("He still takes fits at night.")["fits"].startswith("seizure")


def test_fits_of_laughing_a_temper_or_a_dress_that_fits_are_no_seizure():
    for text in (
        "I get fits of coughing in the morning.",
        "My mum would have fits if she saw the kitchen.",
        "This dress fits me well.",
        "I have fits of the giggles with our Mary.",
    ):
        assert not any(c.startswith("seizure") for c in concepts(text).values()), text


def test_ulster_wains_are_children_and_the_strand_is_the_beach():
    assert concepts("The wains come round on a Sunday after Mass.")["wains"].startswith("children")
    assert concepts("I walk the dog on the strand every morning.")["strand"] == "beach"


def test_a_strand_of_hair_or_wool_is_no_beach():
    assert "strand" not in concepts("A strand of hair in my soup puts me off it.")
    assert "strand" not in concepts("Pull a strand of wool through for me.")


def test_champ_talked_of_as_a_meal_is_the_potato_dish():
    assert concepts("Champ with lots of butter is my best dinner.")["champ"] == "potatoes"
    assert concepts("My tea at six: champ or a fry, and a mug of tea.")["champ"] == "potatoes"


def test_a_champ_at_boxing_or_darts_is_no_potato():
    assert "champ" not in concepts("The champ won the darts on the telly.")
    assert "champ" not in concepts("He was the champ at the boxing club.")


def test_a_poke_bought_at_the_shop_or_the_seaside_is_an_ice_cream():
    assert concepts("I like to buy a poke at the shop on a Friday.")["poke"].startswith("ice-cream")
    assert concepts("Get everyone a poke after the funeral, my treat.")["poke"].startswith(
        "ice-cream"
    )
    assert concepts("At the fair I get yellowman and a bag of dulse.")["yellowman"].startswith(
        "sweets"
    )


def test_a_poke_about_the_shop_or_at_the_fire_is_no_ice_cream():
    assert "poke" not in concepts("I have a poke about the shop on a Saturday.")
    assert "poke" not in concepts("Give the fire a poke after tea.")


def test_the_yard_a_worker_is_due_at_is_the_shipyard():
    assert (
        concepts("Some days I think I'm due at the yard and hunt for my piece tin.")["yard"]
        == "factory-worker"
    )
    assert concepts("I'd be up at six for the horn at the yard.")["yard"] == "factory-worker"


def test_a_yard_at_home_stays_a_garden():
    assert concepts("Let the dog out in the yard after his tea.")["yard"] == "garden"
    assert (
        concepts("I sit out in the yard when it's sunny, and I used to work on the buses.")["yard"]
        == "garden"
    )


def test_a_colour_said_as_a_thing_keeps_its_picture_in_a_busy_sentence():
    assert concepts("I like blue, so the blue cardigan please.").get("blue") == "blue-r390"
    said = {
        m.term: m.negated
        for m in find_all("I want my sons to wear white, and no red in the house at all.", ())
    }
    assert said["red"] is True
    assert concepts("Our Kayleigh paints my nails pink; I love it.")["pink"].startswith("pink")


def test_a_colour_before_its_thing_or_in_a_flag_list_gets_no_colour_picture():
    for text in (
        "No red meat, doctor's orders.",
        "Never red wine with my tea, just a glass of white.",
        "At my funeral, never red, gold and green on my brothers.",
    ):
        assert not any(c.startswith("red-r390") for c in concepts(text).values()), text


def test_a_crash_mat_by_the_bed_is_a_mat():
    assert concepts("I have a crash mat by the bed in case I roll out.")["crash mat"] == "rug"
    assert concepts("Put the falls mats down at night.")["falls mats"] == "rug"
    assert concepts("My floor mat is by the bed.")["floor mat"] == "rug"
    # 'floor' is the matched word itself, so it is no cue of a fall (code review 58b item 15)
    assert "floor mat" not in concepts("My floor mat is blue.")
