"""Round 388: words a careful Easy Read writer would not picture in passing (precision)."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def ids(text: str) -> list[str]:
    return [m.concept.id for m in find_all(text)]


def test_pounds_gained_beside_the_weighing_add_no_second_scales() -> None:
    found = ids("Weigh me every Friday and tell the nurse if I've put on three pounds.")
    assert found.count("weight") == 1 and "pounds-weight" not in found
    found = ids("My weight goes up two pounds overnight when my heart is bad.")
    assert "pounds-weight" not in found


def test_pounds_lost_with_no_weighing_keep_the_scales() -> None:
    assert "pounds-weight" in ids("I have lost ten pounds since Christmas and my rings are loose.")
    assert "pounds-weight" not in ids("I keep ten pounds in my purse for the paper.")


def test_pounds_put_on_beside_the_weighing_are_no_coins() -> None:
    found = ids("Weigh me on Mondays and tell the nurse if I've put on more than two pounds.")
    assert "coins" not in found and "money" not in found
    found = ids("I put a pound in the collection tin at chapel.")
    assert any(i.startswith("coins") for i in found)


def test_people_spoken_of_as_a_kind_get_no_picture() -> None:
    assert "people" not in ids("Some people at the club make remarks, so I stay in with my dog.")
    assert "people" not in ids("The vicar says the fast is not for sick people.")
    assert "people" not in ids("I can't hear people when the radio is on.")


def test_people_seen_or_met_keep_their_picture() -> None:
    assert "people" in ids("Please don't fuss over my pads in front of people.")
    assert "people" in ids("The people of the village have been good to me.")
