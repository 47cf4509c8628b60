"""Things the newest plans (plans31, plans32) named with no picture after stop 52: a bicycle's
wheels and the Chopper, a mare, coppers, a crate, camp guards, a purser and a shipmate, bespoke
suits, tops worn with trousers, the Pope, a sheepskin and the Dockyard with its capital
(round 332)."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def concept_on(text: str, word: str) -> str | None:
    """The concept WORD (as written) is pictured as in TEXT, or None where it gets no picture."""
    found = {m.term: m.concept.id for m in find_all(text, ())}
    return found.get(word)


def test_bicycle_wheels_and_spokes_are_the_wheel_and_the_chopper_is_the_bike():
    assert concept_on("My dad trued the wheels on every bike in the street.", "wheels") == (
        "wheel-r332"
    )
    assert concept_on("I still mend the spokes on the grandson's bicycle.", "spokes") == (
        "wheel-r332"
    )
    assert concept_on("We all wanted a Raleigh Chopper to ride to school.", "Chopper") == (
        "bicycle-r332"
    )
    assert concept_on("Meals on wheels come at twelve.", "wheels") != "wheel-r332"
    assert concept_on("Check the wheels on my wheelchair are pumped up.", "wheels") is None


def test_a_mare_or_foal_is_a_horse_but_a_bad_time_is_not():
    assert concept_on("I still go down the field to see my old mare.", "mare") == "horse"
    assert concept_on("The foals are out in the paddock now.", "foals") == "horse"
    assert concept_on("What a mare that bus journey was.", "mare") is None


def test_coppers_kept_in_a_tin_are_coins_but_the_police_are_not():
    # one rule for coppers as coins (round 333's, which round 332 had made too)
    assert (
        concept_on("Save your coppers in the jam jar for the grandkids.", "coppers") == "coins-r333"
    )
    assert concept_on("The coppers came when we were burgled.", "coppers") != "coins-r333"


def test_a_crate_is_a_box():
    assert concept_on("We packed the apples in a crate for market.", "crate") == "box-crate-r332"


def test_guards_at_a_camp_are_soldiers_but_a_trains_guard_is_not():
    assert concept_on("In the war the guards at the camp shouted at us.", "guards") == (
        "soldier-guards-r332"
    )
    assert concept_on("The guards on the train helped me with my case.", "guards") != (
        "soldier-guards-r332"
    )


def test_a_purser_and_a_shipmate_are_seafarers():
    assert concept_on("He was purser on the liners for years.", "purser") == "sailor-r332"
    assert concept_on("My old shipmate Bill rings on a Sunday.", "shipmate") == "sailor-r332"


def test_suits_a_tailor_made_are_the_suit_but_it_suits_me_is_not():
    assert concept_on("I cut bespoke suits for the gentlemen in town.", "suits") == "suit-r332"
    assert concept_on("The tailor measured me for two suits.", "suits") == "suit-r332"
    assert concept_on("Tea at four suits me fine.", "suits") != "suit-r332"


def test_tops_worn_with_trousers_are_the_jumper_but_carrot_tops_are_not():
    assert concept_on("I wear soft trousers and warm tops with no buttons.", "tops") == (
        "clothes-tops-r332"
    )
    assert concept_on("Save the carrot tops and trousers' turn-ups for later.", "tops") is None


def test_the_pope_is_the_christian_picture_but_a_surname_is_not():
    assert concept_on("I saw the Pope in Coventry in 1982.", "Pope") == "pope-r332"
    assert concept_on("Dr Pope comes on a Tuesday.", "Pope") is None


def test_a_sheepskin_under_the_heels_is_pictured():
    assert concept_on("Lay the sheepskin on the chair for my bottom.", "sheepskin") == (
        "sheepskin-r332"
    )


def test_the_dockyard_written_with_its_capital_is_the_dockyard():
    assert concept_on("He served his time in the Dockyard as a fitter.", "Dockyard") == (
        "dockyard-r332"
    )
    assert concept_on("My brother was a dockyard man like our dad.", "dockyard man") == (
        "dockyard-r332"
    )
