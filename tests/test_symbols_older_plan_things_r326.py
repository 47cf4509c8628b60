"""Things the older plans (plans5-30) name with no picture before round 326: food asked for soft,
a hand said as 'this hand' or laid on a shoulder, a will said as the document, and pictures asked
for by someone who cannot read."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def picture_on(text: str, word: str) -> tuple[str, bool] | None:
    """(concept, crossed) WORD (as written) gets in TEXT, or None where it gets no picture."""
    found = {m.term: (m.concept.id, m.negated) for m in find_all(text, ())}
    return found.get(word)


def test_food_asked_for_soft_shows_soft_food():
    assert picture_on("Give me dal and chapati, small and soft.", "soft") == ("soft-food", False)
    assert picture_on("A bit of chicken curry, soft, with rice.", "soft") == ("soft-food", False)


def test_soft_said_of_a_voice_or_a_blanket_is_no_food():
    assert picture_on("Speak to me low and soft when I wake.", "soft") is None
    assert picture_on("I like a warm and soft blanket on my knees.", "soft") is None


def test_this_hand_and_a_hand_on_my_shoulder_show_the_hand():
    assert picture_on("I can't grip the cards with this hand now.", "hand") == ("hands", False)
    assert picture_on("When I cry, put a hand on my shoulder.", "hand") == ("hands", False)
    assert picture_on("Give me a hand with the shopping.", "hand") is None


def test_my_will_where_it_is_or_talked_about_shows_the_will():
    """ "my son knows where my will is", "the will is in the bureau": a will before 'is' or
    right after 'the' is the document, never the verb; 'against my will' and 'the will to
    live' are none."""
    will = picture_on("My son knows where my will is kept.", "my will")
    assert will is not None and will[0].startswith("will-document")
    found = picture_on("The will is in the bureau drawer.", "The will")
    assert found is not None and found[0].startswith("will-document")
    assert picture_on("They moved me here against my will.", "my will") is None
    assert picture_on("After the stroke he lost the will to eat.", "the will") is None


def test_pictures_for_someone_who_cannot_read_show_a_picture():
    assert picture_on("I can't read well, so I go by pictures and signs.", "pictures") == (
        "photos-2",
        False,
    )
    assert picture_on("We went to the pictures and read the paper after.", "pictures") != (
        "photos-2",
        False,
    )
