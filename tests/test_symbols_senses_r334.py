"""Wrong senses round 334: a word pictured as another thing than the one its neighbours name."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def concepts(text: str) -> dict[str, str]:
    """Map each matched phrase to the concept whose picture it gets."""
    return {m.term.lower(): m.concept.id for m in find_all(text, ())}


def test_a_scots_greet_is_a_cry_not_a_frown():
    """ "a wee greet at the telly": in Scots a greet is a cry, so the picture is of crying."""
    assert concepts("I have a good greet at the weepy films.").get("greet") == "cry-dialect"
    assert "greet" not in concepts("We greet the visitors at the door.")


def test_festival_lights_are_no_traffic_lights():
    """The lights of Diwali or Christmas seen from the street are not the lights at a crossing."""
    found = concepts("At Diwali we go up the street to watch the lights from the car.")
    assert found.get("lights") != "traffic"
    road = concepts("Wait for the lights to go green before we cross the road.")
    assert road.get("lights") == "traffic"


def test_a_chapel_yard_is_a_graveyard_and_a_shift_at_the_yard_is_work():
    """ "the chapel yard" is where the dead lie; "his shift at the yard" is the shipyard."""
    assert concepts("Lay me in the church yard beside my mother.").get("church yard") == "cemetery"
    assert concepts("Lay me in the chapel yard beside my mother.").get("yard") != "garden"
    assert concepts("My brother did his shift at the yard for forty years.").get("yard") != "garden"
    assert concepts("I sit out in the yard when it is sunny.").get("yard") == "garden"


def test_a_stress_engineer_is_a_trade_not_a_worry():
    """ "a stress engineer" works out loads on metal; the worried face is for a person's stress."""
    assert concepts("My father was a stress engineer on the jet engines.").get("stress") is None
    assert concepts("The stress of moving house gets to me.").get("stress") == "worried"


def test_likenesses_with_things_in_them_picture_no_thing():
    """ "daft as a brush", "eat your dinner off it" say silly and clean, not a broom and a meal."""
    assert "brush" not in concepts("My grandson is daft as a brush but kind.")
    assert "dinner" not in concepts("Her floors were so clean you could eat your dinner off them.")


def test_a_union_or_lodge_banner_is_a_flag_not_a_strike():
    """A banner carried at a gala or laid on a coffin is pictured as a banner (round 339's
    triangular flag, one rule for it), not a picket."""
    assert concepts("Drape the union banner over my coffin.").get("union banner") == "banner-r339"
    assert concepts("Dad carried the lodge banner every year.").get("lodge banner") == "banner-r339"
    assert concepts("We were on the picket line for a year.").get("picket line") == "strike"


def test_change_counted_or_kept_in_a_purse_is_coins():
    """ "I can't count my change": the loose coins in the hand, not a banknote."""
    assert concepts("I can no longer count my change at the till.").get("change") == "change-money"


def test_dying_where_and_when_is_shown_as_death():
    """ "I want to die at home", "if I die in the night": the death itself, as labellers key it."""
    assert concepts("I want to die in my own bed with the cat on my feet.").get("die") == "died"
    assert concepts("I am dying for a cup of tea.").get("dying") is None


def test_being_called_home_to_the_lord_is_a_death():
    """ "when the Lord calls me", "going home to glory": the person's death, not God's picture."""
    assert (
        concepts("When the Lord calls me, play my hymns.").get("when the lord calls me")
        == "died-idiom"
    )
    assert concepts("If Allah takes me in the night, wash me soon.").get("allah takes me") == (
        "died-idiom"
    )
    assert concepts("When the end comes, keep my sisters close.").get("when the end comes") == (
        "died-idiom"
    )
    assert concepts("I pray to the Lord every morning.").get("lord") == "god"
    assert "dress" not in concepts("Don't dress it up, tell me how long I have.")


def test_a_knackered_body_part_is_worn_out_not_sleepy():
    """ "me chest is knackered", "my knuckles are knackered": worn out, so no yawning picture."""
    assert concepts("My chest is knackered from the pit dust.").get("knackered") is None
    assert concepts("I'm knackered after the hospital run.").get("knackered") == "tired-dialect"


def test_grey_flannels_are_trousers_not_face_cloths():
    """ "my grey flannels", "cricket flannels" are trousers; "the flannel" washes a face."""
    assert concepts("Put out my grey flannels and a clean shirt.").get("flannels") == (
        "trousers-dialect"
    )
    assert concepts("Use the flannel for my face, not the sponge.").get("flannel") == "flannel"
