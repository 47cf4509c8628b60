"""Wrong senses round 366: a word pictured as another thing than the one its neighbours name."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def concepts(text: str) -> dict[str, str]:
    """Map each matched phrase to the concept whose picture it gets."""
    return {m.term.lower(): m.concept.id for m in find_all(text, ())}


def test_dry_as_a_bone_is_no_bone():
    """ "dry as a bone" says how dry a mouth or a garden is: no bone picture; a broken bone
    keeps it."""
    assert "bones" not in concepts("My lips get as dry as a bone by the evening.").values()
    assert concepts("The doctor said I broke a bone in my foot.").get("bone") == "bones"


def test_a_sponge_on_a_stick_is_no_walking_stick():
    """A mouth sponge or swab on a stick is mouth care, not the walking stick; the person's
    own stick keeps its picture."""
    assert "walking-stick" not in concepts("Wet my lips with the sponge on a stick.").values()
    assert concepts("Leave my stick by the armchair.").get("stick") == "walking-stick"


def test_a_hand_washing_my_hair_is_no_hand_washing():
    """ "I need a hand washing my back" asks for help with a wash, not the washing of hands;
    plain hand washing keeps that picture."""
    assert "wash-hands" not in concepts("I need a hand washing my feet.").values()
    assert concepts("Hand washing before you touch my food.").get("hand washing") == "wash-hands"


def test_the_bag_full_is_no_handbag():
    """ "check the bag full" beside restlessness is the drainage bag, not a handbag."""
    assert (
        "handbag"
        not in concepts("If I get fidgety at night it may be the bag full, so look there.").values()
    )
    assert concepts("Pass me my bag from the hall.").get("bag") == "handbag"


def test_turning_your_back_is_no_back():
    """ "turn your back" asks for privacy, not the back the picture shows; a sore back keeps
    its picture."""
    assert "back" not in concepts("Just turn your back while I use the commode.").values()
    assert concepts("Rub the cream into my back after the bath.").get("back") == "back"


def test_the_illness_talking_is_no_talk():
    """ "it's the infection talking, not me" blames the illness for words said in temper: no
    talking picture; a chat keeps it."""
    assert "talk" not in concepts("If I snap at you, it's the infection talking.").values()
    assert concepts("I like talking to my neighbour over the fence.").get("talking") == "talk"


def test_a_treat_that_wont_hurt_is_no_pain():
    """ "a small whisky won't hurt" says a treat does no harm: no pain picture, not even
    crossed; a pain the person has keeps it."""
    assert "pain" not in concepts("A small whisky at bedtime won't hurt, the GP says.").values()
    assert concepts("My hip hurts when I climb the stairs.").get("hurts") == "pain"


def test_barley_baked_or_drunk_is_no_crop():
    """Barley bread, a barley bannock or barley water is the food or drink, not the crop in
    the field; barley grown keeps the crop picture."""
    assert "crops" not in concepts("Mum made barley bannocks on the girdle.").values()
    assert "crops" not in concepts("A glass of barley water when it's hot.").values()
    assert concepts("We grew barley on the top field.").get("barley") == "crops"


def test_the_guards_leave_the_plain_senses():
    """The r366 guards are narrow (code review r55c bug 8): "as soon as the bone" is a bone,
    the person's own stick beside a sponge is the stick, and "my bag full of tissues" the
    handbag."""
    assert concepts("The cast comes off as soon as the bone has healed.").get("bone") == "bones"
    assert concepts("The x-ray showed the bone as well as the joint.").get("bone") == "bones"
    text = "I use my stick to get to the bathroom and wash with a sponge."
    assert concepts(text).get("stick") == "walking-stick"
    assert concepts("He needs his stick and a sponge for his wash.").get("stick") == "walking-stick"
    assert concepts("I keep my bag full of tissues.").get("bag") == "handbag"
    assert (
        concepts("She keeps her bag full of sweets for the grandchildren.").get("bag") == "handbag"
    )
