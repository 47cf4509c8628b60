"""A refusal of what a thing or a person does, is or has, not of the whole thing (round 267).

The blind reviewers found "I don't want a carer who smokes" crossing the carer: the smoking is
refused, and the carer, who is needed, is not. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def crossed(text: str) -> dict[str, bool]:
    """Words as written -> whether their picture is crossed, for every picture TEXT gets."""
    return {m.term: m.negated for m in find_all(text)}


@pytest.mark.parametrize(
    ("text", "person", "doing"),
    [
        ("I won't have a carer who swears in my house.", "carer", None),
        ("I don't like nurses being rough with my arm.", "nurses", None),
        ("I don't want a doctor of an evening rushing me out.", "doctor", "rushing"),
        ("I'm not keen on carers who smoke in the garden.", "carers", "smoke"),
    ],
)
def test_a_person_refused_for_what_they_do_is_still_wanted(text, person, doing):
    found = crossed(text)
    assert found[person] is False
    if doing:
        assert found[doing] is True


@pytest.mark.parametrize(
    ("text", "medicine", "refused"),
    [
        ("I won't swallow pills with pork gelatine in them.", "pills", "pork gelatine"),
        ("Don't give me painkillers with codeine; they bung me up.", "painkillers", "codeine"),
        ("I won't take medicine that comes with gelatine in it.", "medicine", "gelatine"),
    ],
)
def test_a_medicine_refused_for_what_it_comes_with_is_still_taken(text, medicine, refused):
    """ "I won't take tablets with gelatine in": the gelatine is refused, not the tablets,
    which the person still takes (the blind reviewers' "tablets that come in gelatine
    capsules" left the gelatine bare)."""
    found = crossed(text)
    assert found[medicine] is False
    assert found[refused] is True


def test_a_medicine_taken_with_a_meal_is_no_refusal_of_the_meal():
    """ "with my breakfast" says when, not what the tablets have in them."""
    assert crossed("I don't take my tablets with my breakfast.")["breakfast"] is False


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("I don't want the radiator on high in the bedroom.", "radiator"),
        ("I don't want the curtains shut in the day.", "curtains"),
        ("I don't want the radio on loud when I'm resting.", "radio"),
    ],
)
def test_a_thing_refused_only_as_it_is_set_is_wanted(text, thing):
    """ "I don't want the heating on high": the high setting is refused, not the heating."""
    assert crossed(text)[thing] is False


def test_a_thing_refused_whole_is_still_crossed():
    assert crossed("I don't want the radio in my room.")["radio"] is True


@pytest.mark.parametrize(
    ("text", "helpers", "other"),
    [
        (
            "I don't want the carers putting my drops in, I want my husband to do it.",
            "carers",
            "husband",
        ),
        ("I don't want staff giving me my insulin; the nurse does that.", "staff", "nurse"),
    ],
)
def test_helpers_refused_a_task_another_person_does_are_crossed(text, helpers, other):
    """ "I don't want the carers giving me my medicine, I want my daughter to do it": who does
    the task is refused, so the carers are crossed (the blind reviewers found them bare); the
    person named to do it is wanted."""
    found = crossed(text)
    assert found[helpers] is True
    assert found[other] is False


def test_helpers_refused_only_a_doing_stay_wanted():
    found = crossed("I don't want carers rushing me at breakfast.")
    assert found["carers"] is False


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Please don't leave the wireless on when I've nodded off.", "wireless"),
        ("Don't leave the big light on in my room all night.", "big light"),
    ],
)
def test_a_thing_left_running_is_refused(text, thing):
    """ "Please don't leave the news on when I'm alone": the thing left running is what is
    refused, as a thing switched on is (the plans' labels cross it; it was bare)."""
    assert crossed(text)[thing] is True


def test_a_thing_left_in_a_place_keeps_its_own_reading():
    found = crossed("Don't leave the tray on the table after tea.")
    assert found["table"] is False


@pytest.mark.parametrize(
    ("text", "thing", "place"),
    [
        ("I don't want the hoist in the lounge; put it in the back bedroom.", "hoist", "lounge"),
        ("Please, I don't want the commode by the telly; put it upstairs.", "commode", "telly"),
    ],
)
def test_a_thing_refused_in_one_place_and_put_in_another_is_wanted(text, thing, place):
    """ "I don't want the commode in the living room; put it in the bedroom": only the place
    is refused; the commode is wanted where the person says (plans20's label)."""
    found = crossed(text)
    assert found[thing] is False
    assert found[place] is True


def test_a_thing_refused_in_a_place_with_no_other_place_is_still_crossed():
    assert crossed("I don't want a fish tank in the lounge.")["fish tank"] is True


def test_a_place_refused_for_now_is_crossed():
    """ "Don't put the paper in the recycling until I've read it": put off, but the place is
    refused until then; the paper, and tablets given later, stay wanted."""
    found = crossed("Please don't put the Echo in the recycling bin till my son has seen it.")
    assert found["recycling bin"] is True
    assert crossed("Don't give me my eye drops until after my wash.")["eye drops"] is False


def test_a_thing_a_helper_says_harms_the_person_is_crossed():
    """ "The doctor says alcohol makes me bleed": what follows "says" is the thing kept away,
    as "Strawberries make my lips swell" is; the doctor is not crossed, and the person's own
    tablets are still taken whatever they do."""
    found = crossed("No port at Christmas; my GP says alcohol makes me bleed with my pills.")
    assert found["alcohol"] is True
    assert found["GP"] is False
    assert crossed("The nurse says the tablets make me sick, but I need them.")["tablets"] is False


def test_examples_of_things_that_cannot_be_found_are_wanted():
    """ "I can't find them, like my purse and my keys": the finding fails; the purse and keys,
    given as examples, are wanted and not crossed (plans7's label)."""
    found = crossed("I tidy up and then I can't find them, like my hearing aids and my wallet.")
    assert found["hearing aids"] is False
    assert found["wallet"] is False


def test_not_many_of_a_thing_is_no_refusal():
    """ "I don't get many visitors": a few come and are wanted, so they are not crossed; a
    wish against many ("I don't want many people there") still refuses the crowd."""
    assert (
        crossed("We don't get many grandchildren round now they're grown.")["grandchildren"]
        is False
    )
    assert crossed("I don't want many people at my wake.")["people"] is True


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("I don't want my budgie let out of its cage.", "budgie"),
        ("I don't want my moustache trimmed off.", "moustache"),
        ("I don't like the kitchen window closed in summer.", "kitchen window"),
        ("I don't want my plants thrown away.", "plants"),
    ],
)
def test_a_thing_refused_only_for_what_is_done_to_it_is_kept(text, thing):
    """Stop 49's blind review: "I don't want my cat put out at night" crossed the cat; only
    the putting out is refused, and a cross on a loved pet or a beard upsets."""
    assert crossed(text)[thing] is False


def test_a_thing_said_as_it_must_be_after_a_refused_kind_is_wanted():
    """The next clause saying how the thing has to be wants it: "I can't abide cold food, my
    dinner has to be piping hot" crossed the dinner, which is wanted hot."""
    found = crossed("I can't stand lukewarm food, my supper must be hot.")
    assert found["food"] is True
    assert found["supper"] is False
    found = crossed("I won't eat fatty meat, my beef has to be lean.")
    assert found["beef"] is False


@pytest.mark.parametrize(
    ("text", "thing", "place"),
    [
        ("I don't want my breakfast in front of the television.", "breakfast", "television"),
        ("I don't like my chair in front of the fire.", "chair", "fire"),
        ("I don't want my bed next to the window.", "bed", "window"),
    ],
)
def test_where_a_thing_is_put_is_refused_not_the_thing(text, thing, place):
    """Stop 49's blind review: "I don't want my dinner in front of the telly" crossed the
    dinner and left the telly bare; the telly, where it is eaten, is what is refused."""
    found = crossed(text)
    assert found[thing] is False
    assert found[place] is True


@pytest.mark.parametrize(
    ("text", "person", "thing"),
    [
        ("I don't want my nephew having the car keys.", "nephew", "car keys"),
        ("I don't want my neighbour borrowing the ladder.", "neighbour", "ladder"),
    ],
)
def test_ones_own_person_is_kept_where_what_they_would_have_is_refused(text, person, thing):
    """Stop 49's blind review: "I don't want my neighbour having a key" crossed the neighbour;
    only the key is refused."""
    found = crossed(text)
    assert found[person] is False
    assert found[thing] is True


@pytest.mark.parametrize(
    ("text", "doing", "refused"),
    [
        ("Please don't cook my stew with cider, I can taste it.", "cook", "cider"),
        ("I won't eat anything with peanuts in, I swell up.", "eat", "peanuts"),
        ("I'll not eat soup with a spoon that's plastic.", "soup", "spoon"),
        ("No shaving with the blade razor, my skin bleeds.", "shaving", "razor"),
        ("I won't eat anything out of a jar, only home-made.", "eat", "jar"),
        ("I don't drink anything from a bottle at home.", "drink", "bottle"),
    ],
)
def test_a_doing_refused_only_for_what_it_is_done_with_keeps_the_doing(text, doing, refused):
    """Blind review r5: "I won't eat anything out of a tin" and "I don't eat anything with
    gluten" crossed the eating as well as the gluten; only what it is done with is refused."""
    found = crossed(text)
    assert found.get(doing, False) is False
    assert found[refused] is True


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("I don't eat ham or anything with gelatine in it.", "ham"),
        ("I don't like porridge with salt.", "porridge"),
        ("I won't drink milk out of a carton.", "milk"),
    ],
)
def test_a_thing_refused_in_its_own_right_keeps_its_cross_beside_a_with(text, thing):
    """The ham is refused as well as the gelatine; a disliked porridge is refused with its salt
    (the sets read "I don't like cold drinks with ice" so)."""
    assert crossed(text)[thing] is True


@pytest.mark.parametrize(
    "text",
    [
        "I cannae be doing with rice pudding, give me a scone.",
        "I canna be doing with the wireless on all day.",
    ],
)
def test_a_scots_dislike_rules_the_thing_out(text):
    """Blind review r5: "I cannae be doing with porridge" left a bare porridge."""
    found = crossed(text)
    thing = next(t for t in ("rice pudding", "wireless") if t in found)
    assert found[thing] is True


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("I've not been out of the bungalow since my hip went.", "bungalow"),
        ("She doesn't get out of the flat much now the lift is broken.", "flat"),
        ("I haven't set foot out of my bedroom since Easter.", "bedroom"),
    ],
)
def test_the_home_a_going_out_is_refused_from_is_not_crossed(text, home):
    """Blind review r5: "I haven't been out of the house since Christmas" crossed the house;
    the going out is what is not done, and the house is where the person lives."""
    assert crossed(text)[home] is False


@pytest.mark.parametrize(
    ("text", "place", "refused"),
    [
        ("Please don't put my brooch in the box with the earrings.", "box", None),
        ("Don't put my plate in the sink with the bleach in it.", "sink", "bleach"),
    ],
)
def test_where_a_thing_is_put_stays_wanted_when_what_it_is_put_with_is_refused(
    text, place, refused
):
    """Blind review r5: "don't put my teeth in the cup with bleach" crossed the cup, where the
    teeth still go; what the thing would be in there with is what is refused."""
    found = crossed(text)
    assert found[place] is False
    if refused:
        assert found[refused] is True
