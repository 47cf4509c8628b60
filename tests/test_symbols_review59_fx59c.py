"""Code review 59c: fixes to rounds r404, r405 and r406 of the vocabulary (items 1-3, 7-11)."""

from __future__ import annotations

from tests.helpers import concepts


def test_seeing_family_there_or_seeing_little_of_them_is_no_hallucination():
    # item 1: 'there' is in almost any sentence, and 'see little of' is seeing rarely
    assert "hallucination" not in concepts("I see little of my family now there's no bus.").values()
    assert "hallucination" not in concepts("I see the children there every Sunday.").values()
    # the wee men in the corner are still seen
    assert concepts("I see wee men in the corner.")["see"] == "hallucination"
    assert "hallucination" in concepts("I see little men in the corner at night.").values()
