"""Black Country, Cornish, food, faith and family words the newest plans name (round 371): the cut
as the canal, a tump as a hill, a cob after its filling as bread, scraps with chips, a wench as a
woman, tay as a cup of tea, our lad as the son; Cornish splits with cream as scones, pork
scratchings as snacks, curry sauce, a lime and soda; Methodist born and bred;
the little one beside a cuddle as the baby, the beasts at market as cattle, a do at the pub
as a party, and Granfer or Grandmom with a capital as the grandparent. The other senses
of each (a cut on the skin, kitchen scraps, the splits, the little mug) keep their own picture or
none."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def shown(text: str, names=()) -> dict[str, str]:
    """Each pictured term of TEXT (lower case) -> what its picture shows (the concept's alt)."""
    return {m.term.lower(): m.concept.alt for m in find_all(text, names)}


def test_the_cut_by_the_locks_or_fished_is_the_canal():
    assert shown("Dad walked the dog along the cut to the locks every morning.")["cut"] == "canal"
    assert shown("We fished the cut at Tipton for roach as lads.")["cut"] == "canal"


def test_a_cut_on_the_skin_or_in_money_is_no_canal():
    assert shown("The cut on his thumb needs a clean plaster.").get("cut") != "canal"
    assert shown("The cut in my pension money worries me.").get("cut") != "canal"


def test_a_tump_is_a_hill():
    assert shown("Wheel me up the tump so I can see the town.")["tump"] == "hill"


def test_a_cob_after_its_filling_is_bread():
    assert shown("Pack me a beef and onion cob for the coach trip.")["cob"] == "bread"


def test_a_cob_at_the_stable_is_no_bread():
    assert shown("The old cob grazed in the paddock by the stable.").get("cob") != "bread"


def test_scraps_with_chips_are_chips():
    assert shown("Cod and chips with scraps from the chippy, please.")["scraps"] == "chips"


def test_kitchen_scraps_are_no_chips():
    assert "scraps" not in shown("Put the scraps in the compost bin by the back door.")


def test_a_wench_is_a_woman():
    assert shown("I'd like a wench to help me in the bath, not a bloke.")["wench"] == "woman"
    out = find_all("I don't want young wenches washing me.")
    wenches = [m for m in out if m.term.lower() == "wenches"]
    assert wenches and wenches[0].concept.alt == "woman" and wenches[0].negated


def test_tay_is_a_cup_of_tea():
    assert shown("A mug of tay with three sugars sets me up.")["mug of tay"] == "cup of tea"
    assert shown("I like me tay stewed.")["tay"] == "cup of tea"


def test_the_river_tay_is_no_tea():
    assert "tay" not in shown("We crossed the Tay at Perth on the way north.")


def test_our_lad_is_the_son():
    assert shown("Our lad drives me to the club on a Friday.")["lad"] == "son"


def test_splits_with_cream_are_scones():
    assert shown("Saffron buns and splits with clotted cream at the tea treat.")["splits"] == (
        "scone"
    )


def test_doing_the_splits_is_no_scone():
    assert "splits" not in shown("She could still do the splits at eighty, with cream on her face.")


def test_pork_scratchings_are_snacks():
    assert shown("A packet of pork scratchings with my mild.")["pork scratchings"] == "snacks"


def test_curry_sauce_is_a_sauce_not_a_curry():
    assert shown("Chips and curry sauce on a Friday night.")["curry sauce"] == "vinegar"


def test_a_lime_and_soda_is_a_soft_drink():
    assert shown("I'll have a lime and soda at the bar.")["lime and soda"] == "soft drink"


def test_methodist_born_and_bred_is_the_faith():
    assert shown("I'm Methodist born and bred.")["methodist"] == "church"


def test_the_little_one_beside_a_cuddle_is_the_baby():
    text = "My niece brings the little one on Fridays and I hold her on my lap."
    assert shown(text)["little one"] == "baby"


def test_the_little_one_of_mugs_or_tablets_is_no_baby():
    assert "little one" not in shown("Give me the little one, not the big mug.")
    assert "little one" not in shown("The little one of my tablets is for the water.")


def test_the_beasts_at_market_are_cattle():
    assert shown("Take me to the mart to see the beasts sold.")["beasts"] == "cow"


def test_a_do_at_the_pub_is_a_party():
    assert shown("After the funeral I want a do at the Royal Oak with a buffet.")["a do"] == "party"


def test_what_a_do_or_a_do_with_someone_is_no_party():
    assert "a do" not in shown("What a do at the surgery that was, all that waiting.")
    assert "a do" not in shown("He had a do with the neighbours over the hedge.")


def test_a_bag_of_food_is_no_handbag():
    assert "handbag" not in shown("Fetch me a bag of peanuts from the bar.").values()
    assert "handbag" not in shown("A bag of pork scratchings with my pint.").values()


def test_her_own_bag_is_still_the_handbag():
    assert shown("She never goes out without her bag.")["bag"] == "handbag"


def test_granfer_and_grandmom_with_a_capital_are_still_the_grandparent():
    """West Country and Black Country grandparents called by name, as Grandad and Nan are."""
    assert shown("I learned to milk from Granfer on the home farm.")["granfer"] == "father"
    assert shown("We lived with Grandmom in Tipton after the war.")["grandmom"] == "grandmother"


def test_a_roll_or_sandwich_with_two_fillings_is_one_picture():
    """As 'a cheese sandwich' is: the fillings get no pictures of their own."""
    roll = shown("Two cheese and pickle cobs for the bus trip.")
    assert roll["cheese and pickle cobs"] == "bread"
    assert "cheese" not in roll
    sandwich = shown("An egg and cress sandwich at four, cut small.")
    assert sandwich["egg and cress sandwich"] == "sandwich"
    assert "egg" not in sandwich


def test_the_fillings_said_alone_keep_their_pictures():
    assert shown("I like cheese and onion crisps.")["cheese"] == "cheese"


def test_a_wound_cut_beside_a_fall_a_boat_or_a_swim_is_no_canal():
    """Code review 56b bug 1: a fall's wound is the cut on the skin, not the canal."""
    for text in (
        "Since I fell, the cut on my elbow is weeping.",
        "I fell against the door and the cut on my forehead needs steri-strips.",
        "The district nurse checks the cut along my scar.",
        "The carer washes the cut in the basin each morning.",
        "I fell on the bridge and the cut on my chin needs cleaning.",
        "I can't go swimming till the cut on my knee closes up.",
        "The cut on my leg from the boat needs a clean dressing.",
        "I got a cut on my hand on the boat.",
        "I slipped by the bridge and the cut on my wrist has opened again.",
        "After my swim the cut on my lip stings.",
        "The cut on my ankle from the boat trip is healing nicely.",
    ):
        assert shown(text).get("cut") == "skin and dressings", text
    fishing = "I go fishing on the cut by the lock, then put the roach back."
    assert shown(fishing)["cut"] == "canal"


def test_cracked_heels_are_no_scones_and_their_cream_is_no_food():
    """Code review 56b bug 2: splits in the heels or hands are sore skin."""
    for text in (
        "The splits in my heels need cream every night.",
        "There's a split in my heel; the nurse puts cream on it.",
        "My feet are dry and the splits on my toes need the cream from the chemist.",
        "Rub cream into the split on my thumb after washing up.",
    ):
        out = shown(text)
        assert "scone" not in out.values(), text
        assert out.get("cream") != "cream", text
    assert shown("A Cornish tea for my birthday, with splits and cream.")["cream"] == "cream"


def test_a_do_for_the_bathroom_or_at_the_hairdressers_is_no_party():
    """Code review 56b bug 8: giving a room a do, or a do at the salon, is no party."""
    for text in (
        "Give the bathroom a do on Fridays.",
        "I have a do at the hairdresser's on Fridays.",
        "The carer gives the kitchen floor a do with the mop.",
        "I get a do at the salon every Thursday.",
    ):
        assert "a do" not in shown(text), text


def test_her_bag_beside_food_said_later_is_still_the_handbag():
    """Code review 56b bug 11: only "a bag of" crisps or sweets is the food, not a bag said
    before "and my mints" or "by the bread bin"."""
    for text in (
        "I keep my bag and my mints by the chair.",
        "Hang my bag by the bread bin.",
        "Put her bag next to the sweets on the table.",
        "My bag goes with my peanuts on the trolley.",
    ):
        assert shown(text).get("bag") == "handbag", text
    assert shown("Keep my bag of tablets by the chair.")["bag"] == "handbag"
    assert "handbag" not in shown("Fetch me a bag of peanuts from the bar.").values()


def test_tay_after_drink_no_or_any_is_still_the_tea():
    """Code review 56b bug 16: "drink tay", "no tay", "any tay" are the cup of tea."""
    out = find_all("I don't drink tay any more.")
    tay = [m for m in out if m.term.lower() == "tay"]
    assert tay and tay[0].concept.alt == "cup of tea" and tay[0].negated
    assert shown("No tay after six, it keeps me awake.").get("tay") == "cup of tea"
    assert shown("Ask if I want any tay when you come.").get("tay") == "cup of tea"
