"""Health, care and faith words the newest plans say (round 387): "at the end" beside dying,
resuscitation or the hospice is the death itself (the tomb picture, as "when my time comes"),
not the hospice; a song played at the end of a funeral, or the end of a road, is no death. The
Reverend before a name is the minister (a role title, as LABELLING.md says), where Mrs and
Father before a name stay part of the name. Wanting "burying" where the sentence speaks of dying
or a grave is the burial; a dog burying bones is not. Finishing someone's sentences for them, or
talking over them, is interrupting (crossed where the plan says not to)."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def crossed(text: str) -> dict[str, bool]:
    """Each pictured term of TEXT (lower case) -> whether its picture has the not cross."""
    return {m.term.lower(): m.negated for m in find_all(text)}


def shown(text: str, names=()) -> dict[str, str]:
    """Each pictured term of TEXT (lower case) -> what its picture shows (the concept's alt)."""
    return {m.term.lower(): m.concept.alt for m in find_all(text, names)}


def test_at_the_end_beside_dying_is_a_death():
    found = shown("I'm not scared of dying, but I want my husband near me at the end.")
    assert found["end"] == "died"
    assert shown("No machines and no resuscitation at the end, please.")["end"] == "died"
    assert shown("Have the hospice nurse come near the end.")["near the end"] == "died"


def test_a_song_at_the_end_of_the_funeral_is_no_death():
    found = shown("At my funeral I want 'Jerusalem' sung at the end.")
    assert found.get("end") != "died"
    assert shown("My sister sings at the end of the funeral.").get("end") != "died"
    found = shown("Wear bright colours to my funeral, and 'Sailing' at the end.")
    assert found.get("end") != "died"


def test_the_end_of_a_road_or_of_life_keeps_its_picture():
    assert "end" not in shown("I walk to the end of the lane with my frame.")
    found = shown("At the end of my life I want my family round me.")
    assert found["end of my life"] == "end of life"


def test_the_reverend_before_a_name_is_the_minister():
    assert shown("On Fridays Reverend Hazel brings me the sacrament.")["reverend"] == "vicar"
    assert shown("I'd like the Reverend Owen to take my funeral.")["reverend"] == "vicar"


def test_other_titles_before_a_name_stay_the_name():
    assert "father" not in shown("Father Declan hears my confession at home.")
    assert "mrs" not in shown("Mrs Baker from next door feeds the cat.")


def test_wanting_burying_after_death_is_the_grave():
    assert shown("When I go, I want burying with Harold at Rock Cemetery.")["burying"] == "cemetery"


def test_burying_bones_is_no_grave():
    assert "burying" not in shown("The dog goes burying bones in the garden.")


def test_not_having_been_beside_laxatives_or_prunes_is_the_bowels():
    found = shown("Senna at night for the morphine; ring the nurse if I haven't been by Friday.")
    assert found["haven't been"] == "bowels"
    found = shown("Lactulose in the morning, and mark the chart when I've been.")
    assert found["i've been"] == "bowels"


def test_not_having_been_out_or_to_church_is_no_bowels():
    assert "haven't been" not in shown("I haven't been out since the snow, so take me to the shop.")
    found = shown("I haven't been to chapel since my fall; prunes help my tummy though.")
    assert "haven't been" not in found


def test_not_having_been_where_constipation_is_already_said_gets_no_second_picture():
    found = shown("I get constipated, so senna at night, and tell the nurse if I've not been.")
    assert "not been" not in found and found["constipated"] == "bowels"


def test_finishing_my_sentences_for_me_is_interrupting_and_crossed():
    text = "Since the stroke my words come slowly, so please don't finish my sentences for me."
    assert shown(text)["finish my sentences"] == "interrupting"
    assert crossed(text)["finish my sentences"] is True
    assert shown("Give me time to answer; don't talk over me.")["talk over me"] == "interrupting"


def test_finishing_my_dinner_or_someone_speaking_up_for_me_is_no_interrupting():
    found = shown("I finish my dinner by six and then watch the quiz.")
    assert "interrupting" not in found.values()
    found = shown("My daughter can speak for me at the doctor's.")
    assert "interrupting" not in found.values()


def test_finishing_sentences_after_hurry_me_or_gets_no_bare_picture():
    """No bare talking or interrupting picture on any word of "finish my sentence(s)" (code
    review 57b item 7: the shown term had become "sentences", so a check on the term "finish my
    sentences" could not fail). "my words are slow" keeps its own talking picture."""
    for text in (
        "Don't hurry me or finish my sentences when my words are slow.",
        "Don't rush me or finish my sentences.",
        "Let me finish my sentence before you answer.",
    ):
        found = find_all(text)
        bare = [
            m.term
            for m in found
            if m.concept.alt in ("talking", "interrupting")
            and not m.negated
            and set(m.term.lower().split()) & {"finish", "sentence", "sentences"}
        ]
        assert not bare, (text, bare)
    assert crossed("Don't rush me or finish my sentences.")["rush"] is True
