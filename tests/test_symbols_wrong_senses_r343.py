"""Round 343: words shown as the wrong sense in the newest plans (plans31, plans32, plans25),
fixed by guards in the vocabulary only."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def concepts(text: str) -> dict[str, str]:
    """Each pictured word or phrase -> the concept it is shown as."""
    return {m.term.lower(): m.concept.id for m in find_all(text, ())}


def test_a_body_paying_for_it_is_no_money():
    """ "my knees are paying for it" after years of work is wear on the body: no banknote.
    Paying for one's own care keeps the money picture."""
    found = concepts("I was a roofer for forty years and my knees are paying for it now.")
    assert "pay-r40" not in found.values()
    assert "knees" in found
    assert "pay-r40" in concepts("I am paying for it myself out of my savings.").values()


def test_the_illness_talking_is_no_conversation():
    """ "it's the tumour talking" or "that's the drink talking" says the illness or drink makes
    the person sharp, not that anyone talks: no speaking head. Talking to people keeps it."""
    assert "talk" not in concepts("If I swear at you, it's the tumour talking.").values()
    assert (
        "talk" not in concepts("Take no notice when I'm rude, that's the drink talking.").values()
    )
    assert "talk" in concepts("I love talking to the carers about my garden.").values()
    assert "talk" in concepts("Since my stroke talking is slow, so give me time.").values()


def test_the_drove_is_a_fen_track_not_driving():
    """In the Fens a drove is a farm track ("up the drove to the dyke"): no picture of
    driving. Someone who drove the person somewhere keeps the lift."""
    found = concepts("Push my chair up the drove so I can watch the sugar beet lifted.")
    assert "driving" not in found.values()
    assert found.get("drove") is None
    assert "drove" in concepts("My nephew drove me to the coast for an ice cream.")


def test_a_small_piece_of_a_cake_is_no_sandwich():
    """ "a small piece, and ..." after a cake is a portion of the cake, not the Scots piece (a
    sandwich); "a wee piece and jam" keeps the sandwich."""
    found = concepts(
        "My niece bakes a cake with sugar on top and I have a small piece, and that is all."
    )
    assert "sandwich-dialect" not in found.values()
    assert "sandwich-dialect" in concepts("A wee piece and jam with my tea at four.").values()


def test_a_head_that_spins_is_no_picture_of_the_head():
    """ "crowds make my head spin" says the person is overwhelmed or dizzy: no picture of the
    head itself. A head that is banged or itches keeps it."""
    assert "head" not in concepts("Crowds in the shop make my head spin.").values()
    assert "head" not in concepts("When I stand up too fast my head swims.").values()
    assert "head" in concepts("I banged my head on the cupboard door.").values()


def test_a_face_on_is_make_up_not_the_head():
    """ "without my face on" is the person's make-up: no picture of the head. Washing the face
    keeps its picture."""
    found = concepts("I won't answer the door to the nurse without my face on.")
    assert "head" not in found.values()
    assert "wash" in concepts("Wash my face and hands before breakfast.").values()


def test_play_said_of_a_song_is_no_theatre():
    """ "just play 'Danny Boy' at the end" asks for the music, not a stage play; a play at the
    Lyceum keeps the theatre."""
    assert "theatre" not in concepts("No sermon, just play Abide With Me as I go out.").values()
    assert "theatre" in concepts("We went to see a play at the Lyceum every spring.").values()


def test_things_to_be_blessed_are_no_happiness():
    """Food or a house taken "to be blessed" by the priest is a blessing, not the person feeling
    blessed (the happy face); "I feel blessed" keeps it."""
    found = concepts("The priest comes on Saturday so the new flat can be blessed.")
    assert "happy-2" not in found.values()
    assert "happy-2" not in concepts("We take the bread to church to be blessed.").values()
    assert "happy-2" in concepts("I feel blessed to have my girls close by.").values()
