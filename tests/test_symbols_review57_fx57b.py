"""Code review 57b, items 1 to 9: guards that read the whole sentence (or the one before) where the
words beside the term decide. A bed or chair position is no burial; a handbag near a leaking
tap is no stoma bag; a bin or commode that is wheeled is no wheelchair; wet weather keeps the
rain; the surname Smith keeps the clothes iron; the speaker's own lost words, or an interrupted
sleep, are no "don't interrupt"; a church bell in the sentence keeps the telephone call; a rail
in the hall on the way to bed is no bed rail."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def shown(text: str) -> dict[str, str]:
    """Each pictured term of TEXT (lower case) -> the concept id of its picture."""
    return {m.term.lower(): m.concept.id for m in find_all(text)}


def pictures(text: str) -> list[tuple[str, str, bool]]:
    """Each picture of TEXT: (term lower case, concept id, crossed)."""
    return [(m.term.lower(), m.concept.id, m.negated) for m in find_all(text)]


def test_a_bed_or_chair_position_is_no_burial():
    """Item 1: 'time' in the sentence (or a death said the sentence before) made any
    'lay me with ...' the grave."""
    assert "lay me" not in shown("When it's time for bed, lay me with my head on two pillows.")
    assert "lay me" not in shown("At nap time, lay me with my back to the window.")
    assert "lay me" not in shown("Lay me next to the radiator when it's time for my rest.")
    assert "lay me" not in shown(
        "The carers come at tea time. Lay me with my legs up on the pouffe."
    )
    assert "lay me" not in shown("I was lucky not to die. Lay me with two pillows now.")


def test_a_burial_beside_a_death_keeps_the_grave():
    assert shown("When my time comes, lay me beside Ken.")["lay me"] == "cemetery"
    assert shown("When I die, lay me beside my husband.")["lay me"] == "cemetery"


def test_a_leak_elsewhere_makes_no_stoma_bag():
    """Item 2: any leak in the sentence or the one before made 'my bag' the stoma bag."""
    assert "bag" not in shown("The kitchen tap leaks. Keep my bag on the hook by the door.")
    assert "bag" not in shown("My roof leaks when it rains. I keep my bag by my chair.")
    assert shown("If the bag on my leg leaks, ring the nurse.").get("bag") != "stoma"


def test_the_bag_that_leaks_keeps_the_stoma_bag():
    assert shown("If the bag leaks in the night, ring the nurse.")["bag"] == "stoma"
    assert shown("My bag is leaking, call the nurse.")["bag"] == "stoma"


def test_a_bin_or_commode_that_is_wheeled_is_no_wheelchair():
    """Item 3: 'be wheeled' with a thing as the doer, or 'wheel her bin', showed the wheelchair."""
    assert "be wheeled" not in shown("The bins need to be wheeled out on a Tuesday night.")
    assert "be wheeled" not in shown("The commode can be wheeled over the toilet.")
    assert "wheel her" not in shown("Wheel her bin out for her on Mondays.")


def test_a_person_wheeled_keeps_the_wheelchair():
    assert shown("I like to be wheeled round the park.")["be wheeled"] == "wheelchair"
    assert shown("She needs to be wheeled to the dining room.")["be wheeled"] == "wheelchair"
    assert shown("Wheel her to the lounge after lunch.")["wheel her"] == "wheelchair"


def test_wet_weather_before_my_or_the_keeps_the_rain():
    """Item 4: 'wet' before my/the/a, or with a mouth anywhere in the sentence, lost the rain."""
    assert shown("When it's very wet my knees ache.")["wet"] == "rain"
    assert shown("If it's too wet the bus is late and I miss my lunch.")["wet"] == "rain"
    assert shown("It's too wet a day for the garden.")["wet"] == "rain"
    assert shown("On days it is very wet, wrap a scarf round my mouth and nose.")["wet"] == "rain"


def test_wetting_a_dry_mouth_or_lips_is_still_no_rain():
    assert "wet" not in shown("My mouth gets dry, so wet it with the little sponge.")
    assert "wet" not in shown("My lips get dry, so wet my lips often.")


def test_the_surname_smith_keeps_the_clothes_iron():
    """Item 5: 'smith' in the iron's guard took the iron from anyone called Smith."""
    text = "Please ask Jean Smith to put the iron away after she's done my blouses."
    assert shown(text)["iron"] == "iron"
    found = [
        t for t, c, _ in pictures("Mrs Smith next door does my ironing and puts the iron away.")
    ]
    assert found.count("iron") == 1


def test_the_blacksmiths_iron_at_the_anvil_stays_no_clothes_iron():
    assert "iron" not in shown("The blacksmith held the iron while I struck it on the anvil.")


def test_my_own_lost_words_or_an_interrupted_sleep_are_no_interrupting():
    """Item 6: the speaker's own sentences ('I can't always finish my sentences'), a request to
    be let finish, or a sleep interrupted, showed the interrupting picture."""
    for text in (
        "I can't always finish my sentences now.",
        "Let me finish my sentence before you answer.",
        "Give me time to finish my sentences.",
        "Wait for me to finish my words.",
        "I struggle to finish my sentences since the stroke.",
        "The noise of the telly will interrupt my sleep.",
        "Please don't interrupt my nap.",
        "Don't let the carers interrupt my prayers.",
    ):
        assert "interrupt-r387" not in [c for _, c, _ in pictures(text)], text


def test_finishing_my_sentences_for_me_stays_interrupting_crossed():
    assert ("finish my sentences", "interrupt-r387", True) in pictures("Don't finish my sentences.")
    found = pictures("Please don't interrupt me when I am talking.")
    assert ("interrupt", "interrupt-r387", True) in found
    assert ("interrupt", "interrupt-r387", True) in pictures("Don't interrupt.")


def test_a_bell_elsewhere_in_the_sentence_keeps_the_phone_call():
    """Item 8: a bell, a doorbell or 'muffled' anywhere in the sentence, or the one before,
    took the telephone from 'I rang my daughter'."""
    for text in (
        "I rang my daughter when I heard the church bells.",
        "I rang the carers because the doorbell wasn't working.",
        "I rang the surgery this morning; the bells kept me awake.",
        "I rang the surgery but everything sounded muffled.",
        "The church bells woke me at six. I rang my daughter to tell her.",
        "Someone kept pressing the doorbell. I rang the police.",
    ):
        assert shown(text).get("rang") == "phone", text


def test_ringing_a_peal_or_the_bells_stays_no_phone_call():
    assert "phone" not in shown("The band rang a half-muffled peal for him.").values()
    assert "phone" not in shown("The ringers rang a muffled peal when Jack died.").values()
    assert "phone" not in shown("I rang a peal for the Queen.").values()


def test_a_rail_near_the_word_bed_is_no_bed_rail():
    """Item 9: 'bed' anywhere in the sentence made any rail the hospital bed's side rail."""
    assert shown("I hold the rail in the hall on my way to bed.")["rail"] == "grab-rail"
    assert shown("Hang my dressing gown on the rail by the bed.").get("rail") != "hospital-bed"
    assert shown("I keep my clothes on a rail next to my bed.").get("rail") != "hospital-bed"


def test_the_rail_on_the_bed_keeps_the_bed_rail():
    assert shown("I've a rail on the bed.")["rail"] == "hospital-bed"
    assert shown("The rail on my bed stops me falling out.")["rail"] == "hospital-bed"
    assert shown("Put the rail up when I'm in bed.")["rail"] == "hospital-bed"
