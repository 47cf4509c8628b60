"""Round 420: things that got no picture on plans47 (Norfolk and the Broads) and the sets before."""

from helpers import concepts


def test_a_bit_of_string_is_string():
    assert concepts("Grandad mended the gate with a bit of string.").get("string") == "string"
    assert concepts("Keep a ball of string in the kitchen drawer.").get("string") == "string"
    assert concepts("At bowls they lay a string along the green for me.").get("string") == "string"


def test_a_string_vest_hoppers_pearls_and_pulled_strings_are_no_string():
    said = concepts("I wear a string vest under my shirt in winter.")
    assert said.get("string vest") == "underwear" and "string" not in said
    assert "string" not in concepts("She wore a string of pearls to chapel.")
    assert concepts("I love string hoppers with curry.").get("string hoppers") == "noodles"
    assert "strings" not in concepts("My brother pulled strings at the council.")
    assert "string" not in concepts("We went to hear a string quartet.")
