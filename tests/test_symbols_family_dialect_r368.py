"""Family, dialect and custom words the newest plans name (round 368): the Scots ken and minds
as remembering, bides as where a person lives, her or his boys as the children, the lads or the
boys beside the family as the sons, the tea after a funeral as a meal, and the terrace a person
lives in as their house; the other senses of each (minding the bairns, bide your time, a cup of
tea after dinner, the lads at the club, the football terraces) keep their own picture or none."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def shown(text: str, names=()) -> dict[str, str]:
    """Each pictured term of TEXT (lower case) -> the id of its concept."""
    return {m.term.lower(): m.concept.id for m in find_all(text, names)}


def test_ken_and_minds_are_remembering():
    assert shown("I still ken every shepherd in the valley by his dog.")["ken"].startswith("memory")
    assert shown("My wife minds what the nurse tells her, I forget.")["minds"].startswith("memory")
    assert shown("I mind when the mills ran night and day.")["mind"].startswith("memory")


def test_not_knowing_looking_after_and_not_minding_are_no_memory():
    assert "ken" not in shown("I dinnae ken where my glasses are.")
    assert "ken" not in shown("My son Ken comes on a Tuesday.")
    assert "minds" not in shown("She minds the bairns on a Friday.")
    assert "mind" not in shown("I don't mind when you come, any time.")


def test_minding_as_caring_or_taking_care_is_no_memory():
    """English "minds when", "minds what" is objecting or taking care (code review r55c bug 7):
    remembering needs a word of saying, forgetting or the past near it."""
    for text in [
        "He minds when the carers are late.",
        "She minds what she eats because of her sugar.",
        "She minds where she puts her feet on the stairs.",
        "My husband minds how loud the telly is.",
        "I mind when people talk over me.",
    ]:
        assert not any(c.startswith("memory") for c in shown(text).values()), text
    assert shown("I can mind when we had the horses on the farm.")["mind"].startswith("memory")


def test_bides_is_where_a_person_lives():
    assert shown("My brother Alec bides in Peebles and I see him at the Games.")[
        "bides"
    ].startswith("home")
    assert shown("Jean bided with her auntie in the war.")["bided"].startswith("home")


def test_biding_in_a_chair_or_bed_is_no_home():
    """Staying in a seat or a bed says where the person sits, not where they live (code review
    r55c bug 8); biding in a house keeps the home."""
    assert "bide" not in shown("I have to bide in my chair most of the day.")
    assert "bide" not in shown("He'd rather bide in his bed till the carers come.")
    assert shown("I'd like to bide in my own house.")["bide"].startswith("home")


def test_biding_ones_time_is_no_home():
    assert "bide" not in shown("Bide your time, the tea will come.")


def test_her_and_his_boys_are_the_children():
    assert shown("Her boys come up from Leeds at Easter to cut my grass.")["boys"] == "children"
    assert shown("His boys took over the farm when his knees went.")["boys"] == "children"


def test_the_boys_at_the_club_are_not_the_children():
    assert shown("I play dominoes with the boys at the club.").get("boys") != "children"


def test_the_tea_after_a_funeral_is_a_meal():
    assert (
        shown("Have the funeral at St John's and a tea after in the church hall.")["tea"] != "tea"
    )
    assert shown("Bury me beside Tom and put on a good tea afterwards at the pub.")["tea"] != "tea"


def test_a_pot_of_tea_after_dinner_is_the_drink():
    found = shown("I like my tea after my dinner, strong with two sugars.")
    assert found["tea"] == "tea"


def test_the_terrace_a_person_lives_in_is_their_house():
    assert (
        shown("We've lived in this terrace since 1962 and know every neighbour.")["terrace"]
        == "home-rooms"
    )


def test_a_football_or_roof_terrace_is_no_house():
    assert shown("I stood on the terrace at every home match.").get("terrace") != "home-rooms"
    assert shown("We had lunch on the hotel terrace in Tenby.").get("terrace") != "home-rooms"


def test_the_lads_and_the_boys_beside_the_family_are_the_sons():
    found = shown("I had eleven children and the lads still deal horses at the fair.")
    assert found["lads"] == "son-the-lads-r368"
    found = shown("I knitted jumpers for my husband and the boys every winter.")
    assert found["boys"] == "son-the-lads-r368"


def test_the_lads_at_the_club_or_pub_are_no_sons():
    assert (
        shown("I play dominoes with the lads at the club on a Friday.")["lads"]
        != "son-the-lads-r368"
    )
    assert shown("My wife says the lads at the pub are a bad lot.")["lads"] != "son-the-lads-r368"
