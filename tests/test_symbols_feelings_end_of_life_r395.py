"""Round r395: feelings, health and the end of life said in everyday words."""

from __future__ import annotations

import pytest

from tests.helpers import concepts


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The brass band on a Sunday and the hymns make my day.", "make my day"),
        ("My great-grandchildren keep me young, running about.", "keep me young"),
        ("An old Jim Reeves record on the player still lifts me.", "lifts me"),
        ("Hearing the pipes always lifts me, even in winter.", "lifts me"),
    ],
)
def test_everyday_sayings_of_gladness_show_happy(text: str, phrase: str) -> None:
    """'make my day', 'keep me young', 'still lifts me' are gladness, as 'makes my day' is."""
    assert concepts(text).get(phrase, "").startswith("happy"), concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The carer still lifts me into bed with the sling.",
        "My son still lifts me.",
        "Two carers and the hoist; it always lifts me.",
        "Please make my bed in the morning.",
    ],
)
def test_a_lift_by_hand_or_hoist_is_no_gladness(text: str) -> None:
    """A carer, a son or a hoist that lifts me is not a feeling."""
    assert not any(c.startswith("happy") for c in concepts(text).values()), concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "I want to stay in my own home till the end.",
        "Let me stop here until the end.",
        "My daughter will look after me at home to the end, she says.",
    ],
)
def test_staying_home_till_the_end_is_the_death(text: str) -> None:
    """'stay at home till the end' speaks of dying, as 'at the end' beside the hospice does."""
    assert "died" in concepts(text).values(), concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "I watch the match at home to the end.",
        "I like to stay at the club till the end.",
        "Stay here till the end of the month.",
        "I sit here and read the paper to the end.",
    ],
)
def test_a_match_or_a_club_to_the_end_is_no_death(text: str) -> None:
    """A match watched to the end, a night out, the end of the month: no death."""
    assert "died" not in concepts(text).values(), concepts(text)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("I get travel sick on the coach if I sit at the back.", "travel sick"),
        ("A travel sickness tablet before the minibus, please.", "travel sickness"),
        ("I was always car sick as a girl.", "car sick"),
    ],
)
def test_travel_sick_is_being_sick(text: str, phrase: str) -> None:
    """Feeling travel sick shows being sick, not a suitcase."""
    assert concepts(text).get(phrase) == "vomit", concepts(text)


def test_travelling_keeps_its_picture() -> None:
    """Travelling to see family is still travel."""
    assert concepts("I love to travel to see my sister.").get("travel") == "travel-2"


@pytest.mark.parametrize(
    "text",
    ["The cat is better company than the telly.", "My sister is great company on a Sunday."],
)
def test_better_company_is_a_friends_company(text: str) -> None:
    """'better company', 'great company' is someone to be with, as 'good company' is."""
    assert concepts(text).get("company") == "friends", concepts(text)


@pytest.mark.parametrize(
    "text",
    ["I moved to a better company in 1970.", "He worked for a great company in Leeds."],
)
def test_a_better_firm_is_no_friend(text: str) -> None:
    """A company one works for is a firm: no friends' picture."""
    assert "company" not in concepts(text), concepts(text)


@pytest.mark.parametrize(
    "text",
    ["I'm up at all hours wandering about the house.", "He was up till all hours with the pain."],
)
def test_up_at_all_hours_is_awake(text: str) -> None:
    """Being up at all hours is lying awake in the night."""
    assert "awake" in concepts(text).values(), concepts(text)


def test_a_call_at_all_hours_is_not_awake() -> None:
    """Carers who ring at all hours say when, not that the person is awake."""
    assert "awake" not in concepts("The carers ring at all hours.").values()


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("A pipe band on the telly still fetches a tear.", "fetches a tear"),
        ("That old hymn brings a tear to my eye.", "brings a tear to my eye"),
        ("I lost my brother at sea and can't speak of it without filling up.", "filling up"),
        ("When I hear her name I still fill up.", "fill up"),
    ],
)
def test_moved_to_tears_is_crying(text: str, phrase: str) -> None:
    """'fetches a tear', 'without filling up': moved to tears, the crying face."""
    assert concepts(text).get(phrase) == "cry-lump-throat-r363", concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm filling up the kettle for the carers.",
        "Talk to me while you are filling up my water jug.",
        "I keep filling up on bread, so talk to me at dinner.",
    ],
)
def test_filling_a_kettle_or_a_stomach_is_no_crying(text: str) -> None:
    """Filling the kettle, a jug or oneself with bread is not crying."""
    assert "cry-lump-throat-r363" not in concepts(text).values(), concepts(text)


def test_a_call_that_picks_me_up_after_a_low_mood_is_gladness() -> None:
    """After 'down in the dumps', a call that picks me up is gladness."""
    text = "I get down in the dumps on a Sunday, so a phone call from my niece picks me up."
    assert concepts(text).get("picks me up") == "happy-lifts-me-r351", concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "I get low, and the minibus picks me up at ten for the day centre.",
        "When I'm lonely the bus picks me up and takes me to the club.",
    ],
)
def test_a_bus_that_picks_me_up_is_no_gladness(text: str) -> None:
    """The minibus or the bus that picks me up is a lift, even beside a low mood."""
    assert "picks me up" not in concepts(text), concepts(text)


def test_youth_denied_is_no_happiness() -> None:
    """'Nothing will keep me young now' denies it: no happy picture (code review 58c item 6);
    'the grandchildren keep me young' keeps it."""
    assert "happy-2" not in concepts("Nothing will keep me young now.").values()
    assert "happy-2" not in concepts("The pills won't keep me young, love.").values()
    assert concepts("The grandchildren keep me young.")["keep me young"] == "happy-2"
