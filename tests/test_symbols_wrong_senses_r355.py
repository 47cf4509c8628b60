"""Round 355: words still shown as the wrong sense in the newest plans (plans31-34), fixed by
guards in the vocabulary."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def concepts(text: str) -> dict[str, str]:
    """Each pictured word or phrase -> the concept it is shown as."""
    return {m.term.lower(): m.concept.id for m in find_all(text, ())}


def test_a_ghillie_is_the_fishing_guide_even_beside_the_hill():
    """A ghillie guides anglers on a river or loch: the fishing picture, even where no fish is
    named or he stalked deer as well. A shotgun keeps the shooting picture."""
    assert concepts("Dad was a ghillie on the Spey and a stalker up the glen.")["ghillie"] == (
        "fishing-r40"
    )
    assert concepts("He kept his shotgun in the locked cabinet.")["shotgun"] == "shooting"


def test_a_nose_turned_up_at_food_shows_no_nose():
    """ "the cat turns his nose up at the dry stuff" refuses the food: no nose picture. A
    runny nose keeps it."""
    assert "nose" not in concepts("My old tom turns his nose up at anything from a tin.")
    assert concepts("My nose runs all winter.")["nose"] == "nose"


def test_someone_getting_their_head_down_is_sleep_not_the_head():
    """ "so my daughter can get her head down" is her sleep, as "gets her head down" already
    was: the sleep picture, not the head. A head held up keeps the head."""
    found = concepts("The night sitter comes so my son can get his head down.")
    assert found["get his head down"] == "sleep-idiom"
    assert "head" not in found
    assert concepts("I can't hold my head up for long.")["head"] == "head"


def test_the_night_boat_is_the_ferry_not_the_night():
    """ "the night boat to Rotterdam", "the night ferry" name the crossing, not the night sky.
    Waking in the night keeps the night."""
    assert "night" not in concepts("I cooked on the night ferry to Zeebrugge.")
    assert concepts("I wake in the night needing the toilet.")["night"] == "night"


def test_likenesses_and_hot_dinners_show_no_thing():
    """ "I bawled like a babby", "stiff like an old engine" and "more ... than you've had hot
    dinners" liken or boast: no baby, engine or meal. A hot dinner to eat keeps the meal."""
    assert "babby" not in concepts("I bawled like a babby at the wedding.")
    assert "engine" not in concepts("Some mornings I creak like an old engine.")
    assert "dinners" not in concepts("I've baked more scones than you've had hot dinners.")
    assert concepts("A hot dinner at twelve, please.")["dinner"] == "meal"


def test_a_lasting_power_is_no_electricity():
    """ "my son has the lasting power for the money" is the power of attorney, not the mains
    electricity, even where a pension "goes" in. A power cut keeps the electricity."""
    found = concepts("My pension goes in on a Thursday and Anne has the lasting power for it.")
    assert "power" not in found
    assert concepts("The power goes off in the storms.")["power"] == "generator"


def test_a_nose_followed_by_up_to_is_still_the_nose():
    """code review r54b bug 8: "nose !>up" took the nose from any "nose up", not only the
    turned-up nose of the idiom."""
    assert concepts("I blow my nose up to ten times a day.")["nose"] == "nose"
    assert concepts("My nose ran up and down all night with this cold.")["nose"] == "nose"
    assert "nose" not in concepts("My old tom turns his nose up at anything from a tin.")
    assert "nose" not in concepts("She turned her nose up at the fish pie.")
