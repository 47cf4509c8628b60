"""Food, drink, faith, family and dialect words the newest plans still missed (round 320): each
gets the picture of what it means, and its other senses keep theirs."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def shown(text: str, names=()) -> dict[str, str]:
    """Each pictured term of TEXT (lower case) -> the id of its concept."""
    return {m.term.lower(): m.concept.id for m in find_all(text, names)}


# ---- dishes and drinks


def test_tamil_and_filipino_breakfasts_and_soups_are_the_dish_on_the_plate():
    seen = shown("Mornings I like puttu with sambar, or a thosai if Devi has time.")
    assert seen["puttu"].startswith("rice")
    assert seen["thosai"].startswith("indian-food")
    seen = shown("When I'm poorly, a bowl of lugaw or some tinola, and warm pandesal after.")
    assert seen["lugaw"].startswith("rice")
    assert seen["tinola"].startswith("soup")
    assert seen["pandesal"].startswith("bread")


def test_skate_dab_and_bass_eaten_or_caught_are_fish():
    seen = shown("On a Friday I'll have skate and chips, or a couple of dabs fried in butter.")
    assert seen["skate"].startswith("fish")
    assert seen["dabs"].startswith("fish")
    assert shown("My son takes me off the beach at dawn to fish for bass with the rod.")[
        "bass"
    ].startswith("fish")


def test_the_ice_skate_a_dab_of_cream_and_the_bass_guitar_are_no_fish():
    assert "skate" not in shown("I used to skate at the ice rink every Saturday.")
    assert "dab" not in shown("Put a dab of cream on my heels after the wash.")
    assert "bass" not in shown("He still plays bass in the chapel band on a Sunday.")


def test_diet_pop_is_a_soft_drink():
    assert shown("I'm cutting back on sugar, so only diet pop with my dinner.")[
        "diet pop"
    ].startswith("squash")
