"""Code review 59c: fixes to rounds r404, r405 and r406 of the vocabulary (items 1-3, 7-11)."""

from __future__ import annotations

from tests.helpers import concepts


def test_seeing_family_there_or_seeing_little_of_them_is_no_hallucination():
    # item 1: 'there' is in almost any sentence, and 'see little of' is seeing rarely
    assert "hallucination" not in concepts("I see little of my family now there's no bus.").values()
    assert "hallucination" not in concepts("I see the children there every Sunday.").values()
    # the wee men in the corner are still seen
    assert concepts("I see wee men in the corner.")["see"] == "hallucination"
    assert "hallucination" in concepts("I see little men in the corner at night.").values()


def test_cloudy_sight_keeps_its_picture_beside_a_cataract_said_elsewhere():
    # item 2: only 'cloudy with cataracts' leaves the picture to the cataract
    for text in (
        "Since the cataract operation my eyes are still cloudy.",
        "My eyes are cloudy, I'm waiting for a cataract operation.",
        "My cataracts were removed years ago. Everything goes cloudy when I'm tired.",
    ):
        assert concepts(text)["cloudy"] == "blurred", text
    assert "blurred" not in concepts("My eyes are cloudy with cataracts.").values()


def test_missing_the_people_of_a_session_is_sad():
    # item 3: the session word names the people missed, not the session missed
    sad = {"sad", "sad-miss-r327"}
    for text in (
        "I still miss my physio group on Thursdays.",
        "I miss my chemo friends.",
        "I miss my dialysis nurses, they were like family.",
    ):
        assert concepts(text).get("miss") in sad, text
    # missing the session itself is still no sadness
    assert "miss" not in concepts("I miss my physio when the weather is bad.")
    assert "miss" not in concepts("When the ambulance is late I miss my dialysis and I fret.")


def test_loving_to_watch_someone_at_a_task_is_no_watching_over():
    # item 7: the 'watch him + verb' senses keep the older 'love to watch' guard
    assert "watch-r40" not in concepts("I love to watch him make the bread.").values()
    assert "watch-r40" not in concepts("She loves to watch them make the tea.").values()
    assert concepts("Please watch him take his tablets.")["watch him"] == "watch-r40"


def test_seeing_the_clinic_or_the_man_about_the_eyes_is_no_sight():
    # item 8: 'I see the clinic' is an appointment, not the person's sight
    for text in (
        "I see the eye clinic every six months.",
        "I see the hospital about my cataracts every year.",
        "I see the man from the blind society about my eyes.",
    ):
        assert "eyes-2" not in concepts(text).values(), text
    assert concepts("I still see the edges of things with my eyes.")["see"] == "eyes-2"


def test_parched_ground_is_no_drink():
    # item 9: a parched lawn or field is dry ground, a parched person wants a drink
    for text in (
        "The lawn was parched and I watered it.",
        "The garden was parched and I watered it.",
        "The fields were always parched in August back home.",
    ):
        assert "parched" not in concepts(text), text
    assert concepts("I was parched after the walk.")["parched"] == "drink"
    assert concepts("I'm always parched in the morning.")["parched"] == "drink"


def test_compost_and_soil_bought_yourself_is_the_garden():
    # item 10: 'soil myself' is the bowels only where a person does it
    for text in (
        "I mix the compost and soil myself.",
        "I buy compost and soil myself from the garden centre.",
    ):
        found = concepts(text)
        assert "continence-r31" not in found.values(), text
        assert found["soil"] == "garden-tools", text
    assert concepts("I sometimes soil myself at night.")["soil myself"] == "continence-r31"


def test_making_a_show_of_himself_or_herself_is_embarrassed_not_the_theatre():
    # item 11: every person one makes a show of, not only 'myself'
    for text, said in (
        ("She makes a show of herself when she's had a drink.", "makes a show of herself"),
        ("He makes a show of himself at parties.", "makes a show of himself"),
        ("They make a show of themselves.", "make a show of themselves"),
    ):
        found = concepts(text)
        assert "theatre" not in found.values(), text
        assert found[said] == "embarrassed-r247", text
    assert concepts("We went to a show at the theatre.")["show"] == "theatre"
