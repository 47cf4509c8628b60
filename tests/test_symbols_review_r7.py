"""Causes found by blind review r7, fixed as general rules (tests on new sentences)."""

from plugins.symbols.matcher import find_all


def pictured(text: str) -> dict[str, str]:
    """Each matched term with its concept, "not:" before a ruled-out one."""
    return {m.term: ("not:" if m.negated else "") + m.concept.id for m in find_all(text, [])}


def test_a_medicine_written_with_a_capital_is_the_tablets_not_a_name():
    """Plans write drug names with a capital ("my Metformin"): a tablet, never a person."""
    assert pictured("The carer gives me my Metformin with breakfast.").get("Metformin") == (
        "tablets-r241"
    )
    assert pictured("Please leave the Amlodipine by the kettle.").get("Amlodipine") == (
        "tablets-r241"
    )
