"""Words whose picture depends on the words around them: the sense the clause gives them."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def concepts(text: str, names=()) -> dict[str, str]:
    """Each pictured word or phrase -> the concept it is shown as."""
    return {m.term: m.concept.id for m in find_all(text, names)}


def test_wee_before_a_thing_is_small_not_urine():
    """Scots "wee" before a thing of its own is "small": "the wee lamp", "my wee budgerigar"
    show no bladder; "a wee in the night" is still the toilet."""
    assert "bladder" not in concepts("Leave the wee lamp on by the door for me.").values()
    assert "bladder" not in concepts("My wee budgerigar sings in the mornings.").values()
    assert "bladder" not in concepts("Put my glasses on the wee stool by the chair.").values()
    assert "bladder" in concepts("I get up for a wee in the night.").values()
