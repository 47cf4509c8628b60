"""Round 414: doings said in words, pictured where care plans say them."""

from __future__ import annotations

from tests.helpers import concepts


def test_watching_on_a_computer_or_tablet_is_watching_not_a_television():
    assert concepts("I watch the Polish news on the laptop.")["watch"] == "watch-r40"
    assert concepts("Mum likes to watch old westerns on her iPad.")["watch"] == "watch-r40"
    assert concepts("I watch my grandson's matches on the computer.")["watch"] == "watch-r40"
    # on the telly, the satellite or Sky it is watching television
    assert concepts("I watch the boxing on Sky.")["watch"] == "watch-tv"
    # the satellite is pictured as the television itself: the watching beside it is no
    # second television (code review 60d item 6)
    found = concepts("I watch the Turkish serials on the satellite.")
    assert found["satellite"] == "tv-r31" and found["watch"] == "watch-r40"
    assert concepts("I like to watch Turkish dramas on my tablet.")["watch"] == "watch-r40"
    assert concepts("I watch the darts every night.")["watch"] == "watch-tv"
    # a warning, a wristwatch or tablets to swallow are no watching of a screen
    assert "watch" not in concepts("Watch your step by the computer, the cable is loose.")
    assert concepts("I lost my watch behind the computer.")["watch"] == "watch"
    assert concepts("Watch me take my tablets.")["watch me"] == "watch-r40"


def test_watching_the_sky_is_no_television():
    # code review 60d item 4: the sky itself, not Sky the broadcaster
    assert concepts("I like to watch the sky from my window.").get("watch") != "watch-tv"
    assert concepts("I like to watch the birds in the sky.").get("watch") != "watch-tv"
    assert concepts("On a clear night I watch the stars in the sky.").get("watch") != "watch-tv"
    assert concepts("I watch Sky Sports every night.")["watch"] == "watch-tv"


def test_a_caution_or_keeping_an_eye_on_the_weight_by_a_screen_is_no_watching():
    # code review 60d item 5: the device sense reads its doer and what is watched
    for text in (
        "Watch the wires behind the computer, I trip on them.",
        "I watch my weight on the computer app.",
        "I watch my sugars with the app on my laptop.",
        "I worked with computers all my life. I like to watch the sport.",
    ):
        assert concepts(text).get("watch") != "watch-r40", text
    assert concepts("I like watching films on my laptop.")["watching"] == "watch-r40"
