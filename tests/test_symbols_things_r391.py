"""Round 391: things the newest plans (the Potteries, Staffordshire, Cheshire) name with no
picture, written as rules that hold for what other plans say the same way."""

from __future__ import annotations

from tests.helpers import concepts


def test_a_countrys_flag_named_by_its_people_is_that_countrys_flag():
    assert concepts("Drape the Lithuanian flag over my coffin.")["flag"] == "flag-lithuania"
    assert concepts("My grandson hangs a Ghana flag in the window.")["flag"] == "flag-ghana"
    assert concepts("The Irish flags come out for St Patrick's Day.")["flags"] == "flag-ireland"
    # the people's word alone is the language or the food, and the union flag stays as it was
    found = concepts("I speak Polish with my son and like Italian food.")
    assert not any(c.startswith("flag") for c in found.values())
    assert concepts("The union flag on his coffin, he was navy.")["union flag"] == "flag"


def test_a_flag_is_the_country_the_sentence_names_and_no_flag_where_it_means_report():
    # code review 58c items 1, 8, 9 and 10: the word before "flag" is not the whole name
    for text in (
        "The Northern Ireland flag was on his coffin.",
        "The West Indian flag hangs in my room.",
        "The North Korean flag.",
        "The Turkish Cypriot flag by my chair.",
        "I only speak English, flag it up if I look lost.",
        "Staff who speak Polish flag this to the manager.",
    ):
        found = concepts(text)
        assert not any(c.startswith("flag-") for c in found.values()), text
    # a country named by its name, or after "the flag of", is that country's flag
    assert concepts("Please put the flag of Poland on my coffin.")["flag"] == "flag-poland"
    assert concepts("The flag of Jamaica on my coffin.")["flag"] == "flag-jamaica"
    assert concepts("A Sri Lanka flag by my bed.")["flag"] == "flag-sri-lanka"
    assert concepts("A Sierra Leone flag in my window.")["flag"] == "flag-sierra-leone"
    assert concepts("A Turkish flag in my room.")["flag"] == "flag-turkey"
    # these keep theirs
    assert concepts("The Irish flag was on his coffin.")["flag"] == "flag-ireland"
    assert concepts("The Indian flag hangs in my room.")["flag"] == "flag-india"
    assert concepts("The flag on his coffin.")["flag"] == "flag"


def test_the_bank_one_fishes_from_is_the_river_not_the_money_bank():
    assert concepts("Fishing the Dane from the bank is my pleasure.")["bank"] == "river"
    assert concepts("I sit on the bank with my rod of an afternoon.")["bank"] == "river"
    assert concepts("My son carries my tackle and I sit on a grassy bank.")["bank"] == "river"
    # the bank of money stays the bank where money is said
    assert concepts("My son takes my pension to the bank for me.")["bank"] == "bank"
    found = concepts("The bank rang about my savings while I was fishing.")
    assert found.get("bank") not in ("river", "river-r41")


def test_the_works_named_by_what_it_made_is_the_factory_but_a_thing_that_works_is_not():
    assert concepts("I did thirty years at the brick works.")["works"] == "factory-works-r391"
    assert concepts("Dad was a fitter at the LMS works in Crewe.")["works"] == "factory-works-r391"
    assert concepts("I packed soap at the Port Sunlight Soap Works.")["works"]
    assert "works" not in concepts("The gas works fine since the engineer came.")
    assert "works" not in concepts("A bit of salt works wonders in my porridge.")


def test_a_thing_that_works_is_no_factory_and_years_at_the_works_are():
    # code review 58c items 2 and 11: the works is the factory only where a job is said
    for text in (
        "The boiler works.",
        "The gas works but the electric is off.",
        "The soap works up a lather.",
        "The match works first time.",
        "The brass works loose on the door.",
        "The lead works its way loose.",
        "The gas works for me.",
    ):
        assert concepts(text).get("works") != "factory-works-r391", text
    assert concepts("I was at the Pyrex works for thirty years.")["works"] == "factory-works-r391"
    assert concepts("He worked at the gas works for years.")["works"] == "factory-works-r391"


def test_a_collierys_name_shows_the_mine_as_the_colliery_does():
    assert concepts("Dad was a collier at Bold Colliery till it shut.")["colliery"] == "mine"
    assert concepts("I did my time at Hem Heath Colliery, on the coal face.")["colliery"]
    # a colliery's name in a street or a pub's name stays a name
    assert "colliery" not in concepts("We lived on Colliery Road by the shops.")


def test_a_steel_glass_or_tumbler_is_a_drinking_glass():
    assert concepts("Pour my lassi into the steel glass, not a mug.")["steel glass"]
    assert concepts("My water in a steel tumbler, please.")["steel tumbler"]
    # steel alone is no glass
    assert "steel" not in concepts("Dad worked in steel and I drink from a mug.")


def test_bubbles_in_the_shower_are_bubble_bath_but_blown_or_fizzy_ones_are_not():
    assert concepts("A shower with plenty of bubbles sets me up.")["bubbles"] == "bubble-bath"
    assert "bubbles" not in concepts("Blowing bubbles with the grandchildren after my bath.")
    assert "bubbles" not in concepts("After my shower, the bubbles in pop make me burp.")


def test_a_prisoner_of_war_is_the_forces_but_a_prisoner_at_home_is_not():
    assert concepts("Grandad was a prisoner of war in Burma.")["prisoner of war"] == "army-2"
    assert concepts("He spent two winters in a POW camp.")["pow camp"] == "army-2"
    assert "prisoner" not in concepts("I'm a prisoner in my own flat when the lift breaks.")
