"""Round 416: words a careful Easy Read writer would not picture (precision lane)."""

from plugins.symbols.matcher import find_all


def concepts(text: str) -> dict[str, str]:
    """Each pictured phrase of TEXT (lower case) -> the concept whose picture it gets."""
    return {m.term.lower(): m.concept.id for m in find_all(text, ())}


def test_a_woman_of_a_kind_says_who_she_is_and_gets_no_woman_picture():
    """'I'm a Wigan woman' says who she is, as 'I'm a Millwall man' does: no picture."""
    assert "woman" not in concepts("I'm a Chapel Street woman, born and bred.")
    assert "woman" not in concepts("I'm a skirts woman, never trousers.")


def test_a_woman_asked_for_keeps_her_picture():
    assert concepts("I want a woman to wash me.")["woman"] == "woman"
    assert concepts("Only ever a Sikh woman for my personal care.")["woman"] == "woman"
    assert concepts("I'm a grown woman and I pick my own clothes.")["woman"] == "woman"
    assert concepts("Women only for my bath, please.")["women"] == "woman"
    assert concepts("Lady carers or women, please, no men.")["women"] == "woman"


def test_hearing_news_is_no_ear_picture():
    """'to hear she passed' is learning news; the ear picture is for hearing itself."""
    assert "hear" not in concepts("It breaks my heart to hear he's gone, so don't tell me twice.")
    assert "hear" not in concepts("I phone my sister on Sundays to hear how the garden is.")


def test_hearing_itself_keeps_the_ear():
    assert concepts("I can't hear the doorbell, so it flashes.")["hear"] == "ears"
    assert concepts("I like to hear the church bells on a Sunday.")["hear"] == "ears"
    assert concepts("I hear better on my right side.")["hear"] == "ears"


def test_holding_an_event_is_no_holding_in_the_hands():
    """'we hold a remembrance' runs an event; nothing is held in the hands."""
    assert "hold" not in concepts("On his birthday we hold a memorial with his favourite songs.")
    assert "hold" not in concepts("The family hold a puja for Dad every spring.")


def test_holding_a_thing_keeps_the_picture():
    assert concepts("I hold my prayer beads when I can't sleep.")["hold"] == "hold-thing"
    assert concepts("I like to hold the baby on my knee.")["hold"] == "hold-thing"


def test_looking_after_the_bank_or_own_skin_is_no_carer_picture():
    """Minding the bank account, the pension or one's own skin is no one being cared for."""
    assert "looks after" not in concepts("My nephew looks after my bank account for me.")
    assert "looks after" not in concepts("Our Sue looks after my pension and the bills.")
    assert "looked after" not in concepts("I've always looked after my skin.")


def test_looking_after_a_person_keeps_the_carer_picture():
    found = concepts("My son looks after me since my fall.")
    assert found["looks after"] == "look-after-r40"
    found = concepts("Kath is worn out looking after me, so the sitter comes.")
    assert found["looking after"] == "look-after-r40"
