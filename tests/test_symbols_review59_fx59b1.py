"""Code review 59b, items 1 and 4-8: the senses of rounds 400-407 that read too far."""

import pytest

from tests.helpers import concepts, crossed


@pytest.mark.parametrize(
    "text",
    [
        "I wash the face and hands of my husband; he was a miner.",
        "My husband was a miner; wash the face with a warm flannel.",
        "I was a miner, so the carer shaves the face gently.",
        "I worked down the pit, then I had a stroke and the face droops.",
        "The colliery doctor looked at the face and said it was fine.",
        "I was a pitman; cream on the face please, it's dry.",
    ],
)
def test_a_miners_washed_or_shaved_face_is_the_head(text: str) -> None:
    """Item 1: a pit word elsewhere in the sentence makes no coal face of a face cared for."""
    assert concepts(text)["face"] == "head", concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "I was a hewer at the pit for thirty years, on my knees at the face.",
        "Thirty years at the face in Easington colliery, and my chest paid for it.",
        "My dad was a collier, he worked on the face all his life.",
    ],
)
def test_at_the_face_of_a_pit_keeps_the_mine(text: str) -> None:
    assert concepts(text)["face"] == "mine", concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "I miss her lovely company.",
        "I enjoy their great company on a Sunday.",
        "I miss his grand company since he died.",
        "The dog is better company than most.",
    ],
)
def test_his_or_her_lovely_company_is_a_friend(text: str) -> None:
    """Item 4: after his, her or their, 'great/lovely/grand company' is still the friends."""
    assert concepts(text).get("company") == "friends", concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "He worked for a great company in Leeds.",
        "It was a grand company to work for.",
        "My son runs a big new company now.",
    ],
)
def test_a_great_company_to_work_for_is_no_friend(text: str) -> None:
    assert concepts(text).get("company") != "friends", concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "After my bath I sit by the fire on the mat.",
        "I had a bath and then sat on the mat by the telly.",
        "I kneel on a mat in the garden, then I have a bath.",
        "I need a mat under my plate; I spill things since the stroke, "
        "and I have a bath on Mondays.",
    ],
)
def test_a_mat_elsewhere_in_a_sentence_with_a_bath_is_no_bath_mat(text: str) -> None:
    """Item 5: the bath or shower must be where the mat is, not anywhere in the sentence."""
    assert concepts(text).get("mat") != "bath-mat", concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "I have a grippy mat in the shower.",
        "The mat in the bathroom is slippy.",
        "I fell in the bathroom, so I have a rail and a mat now.",
        "Put the rubber mat in the bath before I step in.",
    ],
)
def test_a_mat_in_the_bath_or_shower_keeps_the_bath_mat(text: str) -> None:
    assert concepts(text).get("mat") == "bath-mat", concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "I fell over a cone on the prom.",
        "I tripped on a cone on the prom.",
        "A cone of chips by the sea.",
        "I got a cone of sweets at the pier.",
        "I collect a cone from the woods by the sea.",
    ],
)
def test_a_cone_by_the_sea_fallen_over_or_holding_chips_is_no_ice_cream(text: str) -> None:
    """Item 6: only a cone one has, gets, eats or fancies by the sea is the ice cream."""
    assert concepts(text).get("cone") != "ice-cream", concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Take me down to the seafront for a cone when it's sunny.",
        "I like to see the sea and have a cone.",
        "We always got a strawberry cone on the prom.",
        "I'd love a cone on the pier.",
    ],
)
def test_a_cone_had_by_the_sea_keeps_the_ice_cream(text: str) -> None:
    assert concepts(text).get("cone") == "ice-cream", concepts(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The woodbine round the back door smells lovely; I gave up smoking.", "woodbine"),
        ("We had a Capstan lathe at the factory where I packed boxes.", "capstan"),
        ("I grew up in Embassy Court and my dad smoked.", "embassy"),
        ("I used to go dancing at the Embassy ballroom and smoke.", "embassy"),
    ],
)
def test_the_honeysuckle_a_lathe_or_a_name_are_no_cigarettes(text: str, word: str) -> None:
    """Item 7: a smoking word elsewhere in the sentence makes no cigarette brand of them."""
    assert concepts(text).get(word) != "smoking-brands-r401", concepts(text)


def test_the_woodbine_by_the_door_keeps_the_plant() -> None:
    text = "The woodbine round the back door smells lovely; I gave up smoking."
    assert concepts(text).get("woodbine") == "plants", concepts(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He smoked twenty Capstan a day.", "capstan"),
        ("He always had a packet of Embassy in his pocket.", "embassy"),
        ("My dad smoked Woodbine till the day he died.", "woodbine"),
    ],
)
def test_a_cigarette_brand_smoked_keeps_the_cigarettes(text: str, word: str) -> None:
    assert concepts(text).get(word) == "smoking-brands-r401", concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "I don't want a drip of whisky.",
        "I don't want a drip of sherry in the trifle.",
        "I haven't had a drip of drink all day.",
        "I don't want a drip of wee on the floor.",
    ],
)
def test_a_drip_of_something_refused_is_no_drip(text: str) -> None:
    """Item 8: 'a drip of' is a quantity, never the hospital drip, crossed or not."""
    assert "drip" not in concepts(text), concepts(text)


def test_a_refused_drip_keeps_the_crossed_drip() -> None:
    assert crossed("I don't want a drip at the end, just keep me comfy.").get("drip") is True
