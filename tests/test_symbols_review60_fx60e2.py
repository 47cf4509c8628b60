"""Code review 60e, items 5 to 9 (matcher and grammar): the wrong pictures it found."""

from __future__ import annotations

from tests.helpers import concepts


def test_a_score_after_a_name_needs_football_in_its_own_sentence():
    for text in (
        "The district nursing team does my Waterlow score.",
        "The nurse does the Waterlow score every Saturday.",
        "The Lottery results are on the telly on a Saturday.",
        "My son phones me with the Lottery results. Then he goes to the match.",
    ):
        assert "score-r319" not in concepts(text).values(), text
    assert concepts("He reads me the Albion scores.")["scores"] == "score-r319"
    assert concepts("Tell me the Alex score after the match.")["score"] == "score-r319"


def test_who_reads_no_person_out_of_a_clause_before_the_doer():
    for text in (
        "The garden I had was always so parched.",
        "The farm we had was always so parched in summer.",
        "The fields she had were always that parched.",
    ):
        assert "drink" not in concepts(text).values(), text
    assert concepts("I am always so parched.")["parched"] == "drink"
    assert concepts("She has always been so parched.")["parched"] == "drink"


def test_who_takes_they_and_a_given_name_as_a_person():
    for text in (
        "Jim gets so parched at night.",
        "My husband Jim gets so parched.",
        "They get so parched in the heat, my wife and I.",
    ):
        assert concepts(text)["parched"] == "drink", text
    assert "drink" not in concepts("Summer gets so parched.").values()


def test_people_from_a_firm_who_park_are_no_park():
    for text in (
        "The carers from Bluebird park on the drive.",
        "The Smiths park on the drive.",
    ):
        assert "park" not in concepts(text).values(), text
    assert concepts("We had a walk in Almondell park.")["park"] == "park"
    assert concepts("We went to the Pittencrieff park on Sundays.")["park"] == "park"
