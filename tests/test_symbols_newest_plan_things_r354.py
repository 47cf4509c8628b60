"""Things plans33 and plans34 still named with no picture after round 353, each pictured only
where the sentence says which thing it is (round 354)."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def concept_on(text: str, word: str) -> str | None:
    """The concept WORD (as written) is pictured as in TEXT, or None where it gets no picture."""
    found = {m.term: m.concept.id for m in find_all(text, ())}
    return found.get(word)


def test_a_car_model_is_the_car():
    assert (
        concept_on("We went to Skegness in Dad's Ford Anglia.", "Ford Anglia") == "car-model-r354"
    )
    assert concept_on("He put the wheels on Cortinas for years.", "Cortinas") == "car-model-r354"
    assert concept_on("My first car was a Morris Minor.", "Morris Minor") == "car-model-r354"


def test_wee_or_several_strokes_are_the_stroke_but_strokes_of_a_brush_are_not():
    assert concept_on("Since her wee strokes she mixes up her words.", "strokes") == "stroke"
    assert concept_on("He had several strokes last year.", "strokes") == "stroke"
    assert concept_on("A few strokes of the brush tidy my hair.", "strokes") is None


def test_lumpia_are_spring_rolls_the_chinese_food():
    assert concept_on("My niece brings lumpia and pancit at Christmas.", "lumpia") == "chinese-food"


def test_a_referee_shouted_at_on_the_radio_is_the_football_but_a_job_referee_is_not():
    assert concept_on("I yell at that useless lump of a referee on the radio.", "referee") == (
        "football-r286"
    )
    assert concept_on("My old boss was a referee for my job.", "referee") is None


def test_a_fishing_boats_skipper_is_fishing_but_a_teams_skipper_is_not():
    assert concept_on("My father was skipper of a drifter out of Buckie.", "skipper") == (
        "fishing-skipper-r354"
    )
    assert concept_on("He was skipper of the bowls team.", "skipper") is None


def test_a_cooper_at_a_distillery_is_woodwork_but_mr_cooper_is_not():
    assert concept_on("He served his time as a cooper, making whisky barrels.", "cooper") == (
        "woodwork-cooper-r354"
    )
    assert concept_on("The cooperage smelled of oak.", "cooperage") == "woodwork-cooper-r354"
    assert concept_on("Mr Cooper from church visits on a Friday.", "Cooper") is None


def test_a_vauxhall_viva_or_cavalier_built_or_driven_is_the_car_but_viva_espana_is_not():
    assert concept_on("At Vauxhall he fitted doors on the Viva.", "Viva") == "car-model-r354"
    assert concept_on("Her first car was the Cavalier she drove to work.", "Cavalier") == (
        "car-model-r354"
    )
    assert concept_on("Viva Espana was our song.", "Viva") is None


def test_a_sports_teams_skipper_is_no_fishing_and_a_trawlers_skipper_is():
    # code review r54b bug 5: "was|my|his" with "lost", "sea" or "crew" anywhere caught any
    # team captain; and sailing's own "skipper" sense shadowed fishing beside a trawler
    assert concept_on(
        "He was skipper of the darts team and they never lost a match.", "skipper"
    ) != ("fishing-skipper-r354")
    assert concept_on(
        "My husband was skipper of the cricket team and they rarely lost.", "skipper"
    ) != ("fishing-skipper-r354")
    assert concept_on("Our Jim was skipper of the quiz side at the pub by the sea.", "skipper") != (
        "fishing-skipper-r354"
    )
    assert concept_on("The skipper of the trawler was lost at sea.", "skipper") == (
        "fishing-skipper-r354"
    )
    assert concept_on(
        "Uncle Tam was skipper of the Morning Star and drowned off Wick.", "skipper"
    ) == ("fishing-skipper-r354")
    assert concept_on("Grandad was skipper of a herring drifter for thirty years.", "skipper") == (
        "fishing-skipper-r354"
    )


def test_stroke_patients_or_a_stroke_unit_are_no_stroke_the_person_had():
    # code review r54b bug 9: "few|several" before "stroke" caught "a few stroke patients"
    assert concept_on("She had a few stroke patients on her ward.", "stroke") is None
    assert concept_on("After a few stroke nurses came round, I felt better.", "stroke") is None
    assert concept_on("He had several strokes last year.", "strokes") == "stroke"
    assert concept_on("Since my stroke I can't use my left hand.", "stroke") == "stroke"
