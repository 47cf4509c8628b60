"""Round 382: things and people's roles the newest plans name with no picture.

A role title before a name ("Nurse Pam", "Reverend Sue") shows the role, as the labels key it
(LABELLING.md stop 32); Dr, Doctor and a religious title before a name stay part of the name.
"""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def shown(text: str) -> dict[str, str]:
    """Each pictured phrase of TEXT (lower case) -> the concept whose picture it gets."""
    return {m.term.lower(): m.concept.id for m in find_all(text, ())}


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("Nurse Pam does my dressings on a Friday.", "nurse", "nurse"),
        ("If my ankles swell, phone the doctor at the health centre.", "doctor", "doctor"),
        ("On Sundays Reverend Tom says a prayer with me.", "reverend", "vicar-r347"),
        ("My sister rings, and Reverend Clare pops in after church.", "reverend", "vicar-r347"),
    ],
)
def test_a_role_title_before_a_name_shows_the_role(text, word, concept):
    assert shown(text).get(word) == concept


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Father Dermot brings me Holy Communion.", "father"),
        # Dr and Doctor before a capitalised word are part of a name (code review 57a item 2)
        ("If my ankles swell, phone Dr Osei at the health centre.", "dr"),
        ("Doctor Lamb wants my bloods done every month.", "doctor"),
        ("I don't want to go back into Dr Gray's Hospital; keep me at home.", "dr"),
        ("Just my family round me and a bit of Dr Feelgood.", "dr"),
        ("I fast in Ramadan if Dr Khan says my sugar levels are safe.", "dr"),
        ("Please use my title, Dr Marsh, in letters, but Alan is fine in person.", "dr"),
        ("I always wore my Dr Martens at the factory.", "dr"),
        ("I like a drop of Dr Pepper with my dinner.", "dr"),
        ("I was brought up in a Dr Barnardo's home from the age of six.", "dr"),
        ("Doctor Foster went to Gloucester, Mum used to sing.", "doctor"),
        # a religious title after Reverend makes a name: a nun (code review 57a item 4)
        ("The Reverend Mother at the convent taught me to sew.", "reverend"),
        ("Sister Bernadette taught me at school.", "sister"),
        ("Mrs Doctor lives next door.", "mrs"),
        ("I watch Doctor Who on a Saturday.", "doctor who"),
    ],
)
def test_a_doctor_religious_title_or_a_programme_stays_a_name(text, word):
    assert word not in shown(text)


def crosses(text: str) -> dict[str, tuple[str, bool]]:
    """Each pictured phrase of TEXT (lower case) -> (concept, crossed)."""
    return {m.term.lower(): (m.concept.id, m.negated) for m in find_all(text, ())}


@pytest.mark.parametrize(
    "text",
    [
        "When I'm dying I want no tubes, just my family round me.",
        "After this stroke I don't want tubes or a drip, let me go.",
        "If the end comes, I don't want to be kept alive on tubes.",
    ],
)
def test_tubes_refused_at_the_end_of_life_are_the_drip_crossed(text):
    assert crosses(text)["tubes"] == ("drip", True)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Clean the tubes of my hearing aids on a Sunday.", "hearing-aid-2"),
        ("She squeezes the tubes of paint for me.", None),
        ("I went on the tubes to work for forty years.", "train"),
    ],
)
def test_other_tubes_keep_their_own_picture(text, concept):
    assert shown(text).get("tubes") == concept


@pytest.mark.parametrize(
    "text",
    [
        "On a dry day wheel me round the park to see the ducks.",
        "I like being wheeled along the prom on a Sunday.",
        "Dave wheels me to the shop when he visits.",
    ],
)
def test_being_wheeled_somewhere_is_the_wheelchair(text):
    assert "wheelchair" in shown(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "My son wheels the bins out on a Thursday.",
        "I threw pots on the wheel for thirty years.",
        "The wheel came off my trolley.",
    ],
)
def test_other_wheels_are_no_wheelchair(text):
    assert "wheelchair" not in shown(text).values()


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("My eye jabs are at Farley Hospital, Tuesday mornings.", "hospital", "hospital"),
        ("I sang at St Luke's Church, Sundays and Wednesdays.", "church", "church"),
        ("We courted in Albert Park; Jim proposed by the lake.", "park", "park"),
    ],
)
def test_a_place_word_ending_a_name_before_a_comma_is_the_place(text, word, concept):
    assert shown(text).get(word) == concept


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("She works for the Farley Hospital Trust now.", "hospital"),
        ("My neighbour Mrs Church, Edna, pops in.", "church"),
    ],
)
def test_a_place_word_inside_a_longer_name_or_a_surname_is_no_place(text, word):
    assert word not in shown(text)


@pytest.mark.parametrize(
    "text",
    [
        "The cancer's spread to my liver and the doctors say there's nothing more to do.",
        "My liver and kidneys are failing, the specialist says.",
    ],
)
def test_the_liver_said_before_and_is_still_the_liver(text):
    assert shown(text).get("liver") == "liver"


def test_liver_and_onions_is_still_the_dinner():
    assert "liver" not in shown("My liver's fine, the scan says; I fancy liver and onions.")


@pytest.mark.parametrize(
    "text",
    ["Take me down the caff for a bacon butty.", "Dad ran a greasy spoon by the docks."],
)
def test_the_caff_and_the_greasy_spoon_are_the_cafe(text):
    assert "cafe" in shown(text).values()


def test_caffeine_is_no_cafe():
    assert "cafe" not in shown("No caffeine after six, it keeps me up.").values()


def test_a_shopping_trolley_is_one_picture_of_the_shopping():
    got = shown("I take my shopping trolley to the market on a Friday.")
    assert got.get("shopping trolley") == "shopping"
    assert "trolley" not in got


@pytest.mark.parametrize(
    "text",
    ["If the bag leaks, please change my sheets quietly.", "My bag leaked at the bingo once."],
)
def test_a_bag_that_leaks_is_the_stoma_bag(text):
    assert shown(text).get("bag") == "stoma"


@pytest.mark.parametrize(
    ("text", "word", "concept"),
    [
        ("The bag leaks at night; the catheter nurse is coming.", "bag", "catheter"),
        ("My shopping bag leaks when the milk tips over.", "shopping bag", "shopping-bag"),
    ],
)
def test_a_catheter_or_shopping_bag_that_leaks_keeps_its_picture(text, word, concept):
    assert shown(text).get(word) == concept


def test_a_bath_with_a_towel_and_bubbles_has_the_bubble_bath():
    assert (
        shown("A bath on a Sunday with a warm towel and bubbles.").get("bubbles") == "bubble-bath"
    )


def test_blowing_bubbles_by_the_bath_is_no_bubble_bath():
    assert "bubbles" not in shown("The children blow bubbles while I have my bath.")
