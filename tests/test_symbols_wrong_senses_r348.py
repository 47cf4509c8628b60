"""Round 348: words shown as the wrong sense in the newest plans (plans33, plans34, then
plans27-32), fixed by senses and guards in the vocabulary."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def concepts(text: str) -> dict[str, str]:
    """Each pictured word or phrase -> the concept it is shown as."""
    return {m.term.lower(): m.concept.id for m in find_all(text, ())}


def test_sweaty_is_sweating_not_feeling_hot():
    """ "shaky and sweaty" is a sign of a low sugar: the sweating picture named as sweating,
    not as feeling hot. Feeling too hot keeps the hot sense."""
    assert concepts("When my sugar drops I get sweaty and pale.")["sweaty"] == "sweating-r351"
    assert concepts("I get too hot in bed with the big duvet.")["hot"] == "hot"


def test_lost_at_sea_is_a_death_not_the_sea():
    """ "my uncle was lost at sea" says he died: the grave, not the waves. The sea air keeps
    the sea."""
    assert concepts("My uncle was lost at sea off Barra in 1959.")["lost at sea"] == "died"
    assert concepts("I love the sea air on my face.")["sea air"] == "sea"


def test_when_the_lord_calls_me_home_shows_no_house():
    """The whole saying is a death: "home" in it is no house picture."""
    found = concepts("When the Lord calls me home, sing 'The Old Rugged Cross' for me.")
    assert "home" not in found
    assert "died-idiom" in found.values()
    assert concepts("My nephew drives me home after chapel.")["home"] == "home"


def test_someone_else_walking_my_dog_is_the_dog_walk():
    """ "my grandson walks her", "a terrier that my neighbour walks": the dog is walked by
    someone else, so the picture is a dog being walked, not the person walking. The person's
    own walk with a stick keeps the walking picture."""
    assert concepts("Bonnie is my old collie and my grandson walks her.")["walks"] == "dog-walk"
    assert concepts("I have a terrier that my neighbour walks every day.")["walks"] == "dog-walk"
    assert concepts("I walk to the shop with my stick and my dog.")["walk"] == "walk"


def test_heart_failure_is_the_heart():
    """Heart failure is shown by the heart, as a heart condition or angina is."""
    assert concepts("My heart failure makes my feet swell.")["heart failure"] == "heart"


def test_playing_the_box_is_the_accordion():
    """ "He played the box at the dances" is the button accordion; a box of photos stays a
    box."""
    assert concepts("My father played the box at every wedding.")["box"] == "musical-instrument"
    assert concepts("I keep my letters in a box under the bed.")["box"] == "box-2"


def test_the_spray_in_the_shower_is_no_cleaning_spray():
    """The shower spray held for someone is no polish and duster; a cleaning spray is."""
    assert "duster" not in concepts("Hold the spray for me in the shower.").values()
    assert concepts("Use the cleaning spray on the worktops.")["spray"] == "duster"


def test_a_scarf_kept_on_the_head_is_the_headscarf():
    """ "I keep my scarf on my head" is a head covering worn for faith or modesty: the
    headscarf. A scarf round the neck stays a scarf."""
    assert concepts("I wear my scarf over my hair when I pray.")["scarf"] == "headscarf"
    assert concepts("Wrap my scarf round my neck when we go out.")["scarf"] == "scarf"


def test_the_heat_of_a_furnace_is_no_summer_sun():
    """ "the heat off the furnace" at work is no sunny summer's day; the summer heat keeps
    the sun."""
    assert "summer" not in concepts("I stoked the boilers and the heat near killed me.").values()
    assert concepts("Keep me out of the heat of the day in summer.")["heat of the day"] == "summer"


def test_a_stewardess_on_a_ferry_is_no_aeroplane():
    """A stewardess on the ferries or a liner worked at sea: no aeroplane. An air
    stewardess keeps it."""
    found = concepts("I was a stewardess on the cross-channel ferries for years.")
    assert "flying" not in found.values()
    assert concepts("I was a stewardess with British Airways.")["stewardess"] == "flying"


def test_the_trim_line_at_a_car_plant_is_no_haircut():
    """The trim line of a car factory is no trip to the hairdresser; a trim of the hair is."""
    found = concepts("I fitted seats on the trim line at Cowley for twenty years.")
    assert "hairdresser" not in found.values()
    assert concepts("I'd like a trim before the wedding.")["trim"] == "hairdresser"


def test_the_church_elders_are_church_people_not_the_building():
    """ "the elders help me up the steps" at the kirk are people of the church (the minister's
    picture), not the church building."""
    found = concepts("On a Sunday at church the elders carry my chair up to the front.")
    assert found["elders"] == "vicar-elders-r305"


def test_a_friend_on_the_army_patch_is_no_medicine_patch():
    """ "on the patch" is the forces' married quarters: no medicine. A patch put on the skin
    keeps the medicine."""
    found = concepts("We lived on the patch at Catterick, and every wife knew every other.")
    assert "more-medicines" not in found.values()
    assert concepts("Put a new patch on my arm every Monday.")["patch"] == "more-medicines"


def test_feeling_lost_at_sea_is_no_death():
    """Code review r54 bug 17: "I feel lost at sea" is the idiom of confusion, not a grave."""
    assert concepts("I feel lost at sea in new places.").get("lost at sea") != "died"
    assert concepts("I get a bit lost at sea with the forms.").get("lost at sea") != "died"
    assert concepts("She felt lost at sea after the move to Leeds.").get("lost at sea") != "died"
    assert concepts("Her father was lost at sea in the war.")["lost at sea"] == "died"
