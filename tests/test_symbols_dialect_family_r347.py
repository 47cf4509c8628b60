"""Dialect and family words the newest plans name (round 347): the mither, the wee loon,
the lassies, my own folk, the hosses, hame, cloots and greeting are pictured as what they mean,
and their other senses (mither as to bother, loon pants, greeting a visitor) keep none."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def shown(text: str, names=()) -> dict[str, str]:
    """Each pictured term of TEXT (lower case) -> the id of its concept."""
    return {m.term.lower(): m.concept.id for m in find_all(text, names)}


def test_mither_and_mamma_are_the_mother():
    assert shown("I keep asking the nurse for my mither.")["mither"].startswith("mother")
    assert shown("My mither's teapot sits on the dresser.")["mither's"].startswith("mother")
    assert shown("My mamma came from Barga in 1938.")["mamma"].startswith("mother")


def test_mither_as_to_bother_is_no_mother():
    assert "mither" not in shown("Don't mither me when the racing is on.")


def test_yiayia_is_the_grandmother():
    assert shown("Yiayia bakes koulourakia with the children.")["yiayia"].startswith("grandmother")


def test_loon_and_laddie_are_a_boy_but_loon_pants_are_not():
    assert shown("Her wee loon brings me the paper.")["loon"] == "boy-r347"
    assert shown("I learned to gut fish as a laddie.")["laddie"] == "boy-r347"
    assert "loon" not in shown("She found her old loon pants in the loft.")


def test_the_plain_word_boy_is_left_alone():
    # the plain word was taken out at the merge: 2 unwanted pictures to 1 fitting on the gate sets
    assert "boy" not in shown("Joey the budgie says pretty boy all morning.")
    assert "boy" not in shown("Oh boy, the stairs are hard today.")


def test_lassies_are_women():
    assert shown("The lassies from the church bring my soup.")["lassies"].startswith("woman")


def test_own_folk_are_the_family_and_folk_music_is_not():
    assert shown("I want my own folk beside me at the end.")["folk"].startswith("family")
    assert "folk" not in shown("Play me some folk songs on a Sunday.")


def test_mates_after_a_number_are_friends():
    assert shown("I cycled to the pit every day with four mates.")["mates"].startswith("friends")


def test_mardle_is_a_chat():
    assert shown("We mardle for hours at the gate.")["mardle"].startswith("talk")


def test_hosses_are_horses():
    assert shown("Dad kept two hosses for the plough.")["hosses"].startswith("horse")


def test_hame_after_the_person_taken_there_is_home():
    assert shown("My son drives me hame after church.")["hame"].startswith("home")
    assert shown("The taxi took us hame from the hospital.")["hame"].startswith("home")


def test_cloots_are_cloth():
    assert shown("Wipe my hands with the cloots by the sink.")["cloots"] == "cloth-r347"


def test_greet_is_crying_but_greeting_a_visitor_is_not():
    assert shown("When I think of Dod I greet a bit.")["greet"] == "cry-dialect"
    assert "greet" not in shown("I like to greet the minister at the door.")


def test_old_folks_are_no_family():
    # code review r54 bug 12: "old folks' home" and "the old folks at the club" are old people,
    # not the person's family (and the family was crossed in a refused care home)
    assert "folks" not in shown("I don't want to go into an old folks home.")
    assert "folks" not in shown("The old folks at the club play bingo.")
    assert "folks" not in shown("Mum ran the old folks lunch at the chapel.")
    assert shown("My folks farmed near Ballymena.")["folks"].startswith("family")


def test_mates_have_one_place_with_the_older_guard():
    # code review r54 bug 19: round 347's "mates" duplicated the dialect friends' entry, without
    # its "mates rates" guard; one place now, the older concept, with round 347's contexts
    assert shown("Three mates in the car to the match.")["mates"] == "friends-dialect"
    assert shown("I cycled to the pit every day with four mates.")["mates"] == "friends-dialect"
    assert shown("My son gets his tyres at mates rates.").get("mates") != "friends-r347"
    assert "mates" not in shown("My flat mates were noisy.")


def test_hame_loon_and_laddie_have_one_place_each():
    # code review r54 bug 19: round 347 added hame beside the older dialect home (one place now,
    # home-dialect); loon and laddie (a boy) have one place in round 347's boy, its alt the word
    # the labels give, outside the son's "my loon", "my laddie" and the child's "wee lass"
    assert shown("The police brought me hame last night.")["hame"] == "home-dialect"
    assert shown("The nurse walked me hame from the day centre.")["hame"] == "home-dialect"
    assert shown("Her wee loon carries my coal in.")["loon"] == "boy-r347"
    assert shown("A fine young laddie reads to me.")["laddie"] == "boy-r347"
    assert shown("My loon phones on a Sunday.")["loon"] == "son-dialect"
    assert shown("My laddie drives me to the kirk.")["laddie"] == "son-dialect"
