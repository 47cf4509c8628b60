"""Passing words a careful Easy Read writer does not picture (round 396, the precision lane).

Getting about the house with a stick or in a wheelchair is how one moves, not a walk: the stick
or the chair has the picture. "A look at the ducks" is a thing had (no looking doing), and
looking at heels, a stump or a needle site is a skin check, not the looking picture. A
football team "at home" plays at its own ground: no house. "I was never a man to complain"
says what the person is like: no man picture, crossed or bare.
"""

from __future__ import annotations

from plugins.symbols.matcher import find_all
from tests.helpers import concepts


def test_getting_about_is_no_walk():
    assert "walk" not in concepts("I get about the bungalow in my wheelchair now.").values()
    assert "walk" not in concepts("Mum gets around the flat with two sticks.").values()
    # a walk said as a walk keeps its picture
    assert concepts("I walk to the shop with my stick.")["walk"] == "walk"
    # a plan's heading "Getting about" names the section on moving about: the walk
    assert concepts("Getting about")["getting about"] == "walk"
    # code review 58c item 5: getting about with no aid named is the walk, crossed where denied
    assert concepts("I need help getting about.")["getting about"] == "walk"
    found = find_all("I can't get about like I used to.")
    assert [(m.concept.id, m.negated) for m in found] == [("walk", True)]


def test_a_look_and_a_skin_check_are_no_looking():
    assert "look-r40" not in concepts("I enjoy a look at the boats in the harbour.").values()
    assert "look-r40" not in concepts("Look at my heels every night for red marks.").values()
    assert "look-r40" not in concepts("Please look at the stump before the leg goes on.").values()
    # looking at photos or at me is still the doing
    assert concepts("We look at the old photos together.")["look at"] == "look-r40"
    assert concepts("Please look at me when you talk.")["look at"] == "look-r40"


def test_a_team_at_home_is_no_house():
    assert "home" not in concepts("Take me to the Rovers when they're at home.")
    assert "home" not in concepts("My son drives me to the ground when they play at home.")
    # the person's own home keeps its picture, also after "they"
    assert concepts("I want to stay at home with my cat.")["home"] == "home"
    assert concepts("When they bring me home I want a cup of tea.")["home"] == "home"


def test_never_a_man_to_complain_is_a_character():
    assert "man" not in concepts("I was never a man to complain, so ask me if I hurt.").values()
    assert "woman" not in concepts("Mam was never a woman to make a fuss.").values()
    assert "man" not in concepts("I'm not a man for hugging, so a handshake will do.").values()
    # a man as a carer or visitor keeps the picture
    assert concepts("I want a man to help me shave.")["man"] == "man"
    assert concepts("Please send a lady, not a man for my wash.")["man"] == "man"
    assert concepts("I want a lass, not a man, to wash my back.")["man"] == "man"
