"""Round 398: the thing a group of people works or gathers round, said before them."""

from tests.helpers import concepts


def test_the_lifeboat_lads_show_the_lifeboat_but_a_tea_lady_no_tea():
    """'lads', 'men', 'boys' have no picture: the word before them names what they work
    ("the lifeboat lads", "the pit men"), and shows it, where it was dropped as their kind.
    A noun before another unpictured word still names its kind ("the tea lady": no tea)."""
    said = concepts("When I die I'd like the lifeboat lads to carry my coffin.")
    assert said.get("lifeboat") == "boat"
    assert concepts("Our Tom was one of the pit men at Easington.").get("pit") == "mine"
    assert "tea" not in concepts("The tea lady came round at three.")
    assert concepts("The lads from the club come round on a Friday.").get("lads") == "friends-2"
