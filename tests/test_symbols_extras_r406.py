"""Round r406: pictures on words a careful Easy Read writer would not picture (passing words)."""

from tests.helpers import concepts


def test_cloudy_eyes_beside_a_named_cataract_show_only_the_cataract():
    """'My eyes are cloudy with cataracts': the cataract has its picture, so 'cloudy' beside it
    adds none; cloudy eyes said alone keep the blurred-sight picture, and cloudy water from a
    catheter keeps its own."""
    said = concepts("Both my eyes are cloudy with the cataracts, so read my letters to me.")
    assert "cloudy" not in said
    assert "cataracts" in said
    assert concepts("My eyes are cloudy in the mornings.").get("cloudy") == "blurred"
    water = concepts("Tell the nurse if the wee in my catheter bag is cloudy.")
    assert water.get("cloudy") != "blurred"


def test_missing_a_session_or_a_word_is_no_sadness():
    """Missing dialysis, a word said or half of what is said is failing to catch it, not
    longing: no sad face. Missing a person, a place or a time gone keeps it, even where the
    sentence names a late husband or the dialysis elsewhere."""
    assert "miss" not in concepts("When the ambulance is late I miss my dialysis and I fret.")
    assert "miss" not in concepts("If I miss something you said, write it on my whiteboard.")
    assert "miss" not in concepts("Even with my aids I still miss half of it.")
    assert concepts("I miss my late husband every day.").get("miss") == "sad"
    assert concepts("I miss my wife, and I go to dialysis on Mondays.").get("miss") == "sad"
    assert concepts("I still miss the farm something terrible.").get("miss") == "sad"
