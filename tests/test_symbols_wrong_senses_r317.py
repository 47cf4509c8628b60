"""Round 317: words that take a wrong picture from a sense the sentence rules out."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def concepts(text: str) -> dict[str, str]:
    """Each pictured word or phrase -> the concept it is shown as."""
    return {m.term: m.concept.id for m in find_all(text, ())}


def test_like_cotton_wool_is_a_likeness_not_cotton_wool_or_knitting():
    """ "soft as cotton wool", "the loaf is like cotton wool" say how a thing feels: no cotton
    wool and no ball of wool; cotton wool for the eyes keeps its picture."""
    found = concepts("The bread from the supermarket is like cotton wool.")
    assert "cotton-bud" not in found.values()
    assert "knitting" not in found.values()
    assert "cotton-bud" in concepts("Clean my eyes with cotton wool and warm water.").values()


def test_weight_kept_off_a_leg_is_no_weighing_scales():
    """ "keep my weight off it" is resting the foot, not the scales; "check my weight" is."""
    assert "weight" not in concepts("The nurse says to keep my weight off my bad ankle.").values()
    assert "weight" not in concepts("I sit down to take the weight off my sore heel.").values()
    assert "weight" in concepts("Please check my weight every Monday.").values()


def test_the_lords_my_shepherd_is_a_psalm_not_a_shepherd():
    """The psalm "The Lord's my shepherd" names no shepherd at work; a shepherd by trade keeps
    the picture."""
    assert "shepherd" not in concepts("Sing 'The Lord is my shepherd' at my funeral.").values()
    assert "shepherd" in concepts("My father was a shepherd on the hills above Bala.").values()


def test_burn_me_after_death_is_a_cremation_not_a_burn():
    """ "when I die, burn me" asks for a cremation: no burn injury; "don't let the kettle burn
    me" and "we burn their things" keep it."""
    assert "burn" not in concepts("When I die, burn me and scatter the ashes at sea.").values()
    assert "burn" in concepts("Pour the kettle for me so it doesn't burn me.").values()
    assert "burn" in concepts("When someone dies we burn their things.").values()
