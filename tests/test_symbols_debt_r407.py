"""Round 407: code debt left by stop 58, each rule in the one place that owns its job."""

from __future__ import annotations

from tests.helpers import concepts, crossed


def test_shifting_my_things_said_as_a_warning_is_a_crossed_moving_like_moving_them():
    found = crossed("If you shift my specs I canna find them.")
    assert found["shift"] is True
    assert found["specs"] is False
    assert concepts("If you shift my specs I canna find them.")["shift"] == "move-things"
    assert crossed("If you shift the teapot I'll trip over it.")["shift"] is True
    assert crossed("If you move things I get in a muddle.")["move"] is True
    # no harm after it, a harm kept off, the person's body or a moving of the carer: no moving
    assert "shift" not in crossed("If you shift my chair nearer the fire, that's lovely.")
    assert "shift" not in crossed("If you shift the rug I won't trip.")
    assert "move" not in crossed("If you move too fast I'll fall.")
    assert "move" not in crossed("If you move me in one go I get confused.")


def test_peoples_listed_before_flags_each_get_their_own_flag():
    found = concepts("We put up Polish and Italian flags for the party.")
    assert found["polish"] == "flag-poland"
    assert found["flags"] == "flag-italy"
    assert "italian" not in found  # the flag's own word, no language
    found = concepts("We hung the Welsh, Irish and Scottish flags in the hall.")
    assert (found["welsh"], found["irish"], found["flags"]) == (
        "flag-wales",
        "flag-ireland",
        "flag-scotland",
    )
    found = crossed("I don't want Polish or Italian flags at the funeral.")
    assert found["Polish"] is True and found["flags"] is True
    # not before a flag: the languages and the people stay as they were
    assert concepts("I speak Polish and Italian.")["polish"] == "languages-2"
    assert "polish" not in concepts("My Polish and Italian friends came to tea.")
    assert concepts("Put the Polish flag on my coffin.")["flag"] == "flag-poland"


def test_a_works_named_by_what_it_made_is_one_factory_concept():
    # the older concepts' "steel works", "iron works" and the like live with the works rule
    for text, term in [
        ("My dad worked at the steel works for forty years.", "steel works"),
        ("I grew up near the iron works.", "iron works"),
        ("She packed cups at the pottery works.", "pottery works"),
        ("He was a fitter at the engineering works.", "engineering works"),
    ]:
        assert concepts(text)[term] == "factory-works-r391"
    # written with a capital, as the works rule reads it
    assert concepts("My brother was at the Tinplate Works.")["tinplate works"] == (
        "factory-works-r391"
    )
    # a clothes iron that works is no factory; "the iron works" shows no clothes iron
    assert "iron works" not in concepts("I do my ironing still, the iron works fine.")
    assert "iron" not in concepts("I grew up near the iron works.")


def test_good_company_said_of_a_pet_or_the_radio_is_one_friends_sense():
    assert concepts("The radio is great company when I'm on my own.")["company"] == "friends"
    assert concepts("Our dog is nice company of an evening.")["company"] == "friends"
    assert concepts("She's lovely company, my neighbour.")["company"] == "friends"
    # a firm is no friend, whatever is said of it
    assert "company" not in concepts("He ran a lovely company that made shoes.")
    assert "company" not in concepts("A nice company sent the new bed.")
    assert concepts("The radio and the cat are my company.")["company"] == "friends-company-r254"


def test_a_person_who_plays_at_home_keeps_the_home_a_team_does_not():
    assert concepts("The grandchildren play at home with me.")["home"] == "home"
    assert concepts("The little ones play at home on Sundays.")["home"] == "home"
    assert concepts("My grandson plays at home with his trains.")["home"] == "home"
    # a team, named or said as "they", plays at its ground: no house, nor a theatre's play
    assert "home" not in concepts("My nephew takes me to the match when they play at home.")
    assert "home" not in concepts("When the Saddlers play at home my grandson takes me.")
    assert "home" not in concepts("Rovers play at home on Saturday.")
    assert "play" not in concepts("United play at home on Saturday.")
