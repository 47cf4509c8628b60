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
    # no other mine word: the name alone gives the mine
    assert concepts("I worked at Littleton Colliery for forty years.")["colliery"] == "mine"
    # a colliery's name in a street or a pub's name stays a name
    assert "colliery" not in concepts("We lived on Colliery Road by the shops.")


def test_a_village_named_after_its_colliery_is_no_mine():
    # code review 58a item 6: Easington Colliery and Blackhall Colliery are villages
    assert "colliery" not in concepts("I was born and bred in Easington Colliery.")
    assert "colliery" not in concepts("My sister still lives in Blackhall Colliery, near the sea.")
    # the pit worked at keeps the mine
    assert concepts("Forty years I worked down Easington Colliery.")["colliery"] == "mine"


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
