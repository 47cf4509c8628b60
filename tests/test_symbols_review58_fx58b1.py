"""Code review 58b, items 1-8: the senses of round 38x-396 that read too far."""

import pytest

from tests.helpers import concepts


@pytest.mark.parametrize(
    "text",
    [
        "I stay at the bingo till the end, then my son drives me home.",
        "I stayed up at the pub till the end, then walked home.",
        "I get the bus home from the market after staying to the end.",
        "I like to sit through the quiz to the end, then go home.",
        "I keep my money here until the end.",
        "The football is on here till the end.",
        "We worked that farm right to the end.",
        "I kept the farm going till the end.",
    ],
)
def test_an_outing_or_a_farm_till_the_end_is_no_death(text: str) -> None:
    """Item 1: a 'home' in the next clause, or a farm kept going, says nothing of dying."""
    assert "died" not in concepts(text).values(), concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "I want to stay in my own home till the end.",
        "I want to stay here till the end.",
        "My daughter will look after me at home to the end, she says.",
    ],
)
def test_staying_at_home_till_the_end_keeps_the_death(text: str) -> None:
    assert "died" in concepts(text).values(), concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "I go to the bank on a Friday and have fish for my dinner.",
        "I need to get to the bank; my son has my rods in his car.",
        "I go to the bank, then sit in the park and feed the swans.",
        "My son takes me to the bank and then to the pond to see the swans.",
        "I worked at the bank for forty years and went fishing at weekends.",
        "Every Friday I go to the bank; I like boats on the telly.",
        "I can't get to the bank now, and I miss my fishing.",
        "My son pays my rod licence from the bank.",
        "I rely on the bank to pay my bills.",
    ],
)
def test_going_to_the_bank_beside_fish_or_swans_is_the_money_bank(text: str) -> None:
    """Item 2: a fishing word in another clause makes no river of the bank one goes to."""
    assert concepts(text).get("bank") == "bank", concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "I fish off the bank below the weir on a Sunday.",
        "I sit on the bank with my rod of an afternoon.",
        "I feed the ducks from the bank.",
        "I sit on the bank in the sun.",
    ],
)
def test_the_bank_one_fishes_off_stays_the_river(text: str) -> None:
    assert concepts(text).get("bank") == "river", concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "My son was an apprentice; I like to sit out in the yard in the sun.",
        "My grandson is an apprentice joiner; he sweeps the yard for me.",
        "I have my overalls on for pottering in the yard.",
        "Dad did his apprenticeship at Harland and Wolff, I grew up playing in our yard.",
        "I hear the car horn from the yard.",
    ],
)
def test_a_home_yard_beside_an_apprentice_or_a_horn_is_no_shipyard(text: str) -> None:
    """Item 3: the shipyard's weaker words count only with 'at/up the yard'."""
    assert "factory-worker" not in concepts(text).values(), concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "I think I'm due at the yard and look for my piece tin.",
        "He was a riveter in the yard for forty years.",
    ],
)
def test_the_yard_a_worker_is_due_at_stays_the_shipyard(text: str) -> None:
    assert concepts(text).get("yard") == "factory-worker", concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Book me a taxi so I can see the doctor.",
        "Help me get dressed so I can see the nurse at ten.",
        "I saved up so I could see the Pope in Dublin.",
    ],
)
def test_so_i_can_see_a_person_is_a_visit_not_the_eye(text: str) -> None:
    """Item 4: 'so I can see the doctor' is an appointment, not sight."""
    assert "eyes-2" not in concepts(text).values(), concepts(text)


def test_so_i_can_see_the_garden_keeps_the_eye() -> None:
    assert "eyes-2" in concepts("Turn my chair so I can see the garden.").values()


@pytest.mark.parametrize(
    "text",
    [
        "Don't make my day too long, I get tired.",
        "It will make my day a lot easier if you ring first.",
        "Making my day too busy wears me out.",
    ],
)
def test_a_day_made_long_or_easy_is_no_gladness(text: str) -> None:
    """Item 5: 'make my day' said of the day itself."""
    assert "happy-2" not in concepts(text).values(), concepts(text)


def test_the_greetings_make_my_day_keeps_happy() -> None:
    assert "happy-2" in concepts("The Irish greetings make my day.").values()


@pytest.mark.parametrize(
    "text",
    [
        "I played at home with my dolls as a girl.",
        "The boys played at home with their toys.",
        "I want to be sure they're at home before I ring.",
    ],
)
def test_playing_at_home_with_no_team_keeps_the_home(text: str) -> None:
    """Item 6: only a team plays 'at home' at its ground."""
    assert concepts(text).get("home") == "home", concepts(text)


def test_the_rovers_at_home_stays_no_house() -> None:
    assert "home" not in concepts("Take me to the Rovers when they're at home.")
    assert "home" not in concepts("My son drives me to the ground when they play at home.")


@pytest.mark.parametrize(
    "text",
    [
        "I wait for my tea to cool down.",
        "I use a straw for my tea.",
        "I need a straw for my tea as I spill it.",
        "I like boiling water for my tea, not from the tap.",
        "I get thirsty, so ask me for my tea often.",
    ],
)
def test_for_my_tea_with_a_straw_or_cooling_is_the_drink(text: str) -> None:
    """Item 7: 'for my tea' is the meal, unless the sentence is about the drink."""
    assert concepts(text).get("tea") == "tea", concepts(text)


def test_fish_and_chips_for_my_tea_stays_the_meal() -> None:
    assert concepts("I have fish and chips for my tea on a Friday.").get("tea") == "meal"


@pytest.mark.parametrize(
    "text",
    [
        "Give me a wee poke if I doze off after my tea.",
        "Give me a poke if I nod off in the summer sun.",
        "My son gives me a poke after I've dropped off in my chair.",
    ],
)
def test_a_poke_to_wake_me_is_no_ice_cream(text: str) -> None:
    """Item 8: a nudge given to someone dozing."""
    assert "ice-cream-r278" not in concepts(text).values(), concepts(text)


def test_a_poke_at_the_seaside_stays_the_ice_cream() -> None:
    assert concepts("We'd get a poke at the seaside on a Sunday.").get("poke") == "ice-cream-r278"
