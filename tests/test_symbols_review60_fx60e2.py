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
