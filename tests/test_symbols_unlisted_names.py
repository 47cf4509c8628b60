"""Names a plan's people: list leaves out get no picture (issue 13, round 257): a station or a
channel is a name (tests/data/LABELLING.md, round 103), however the plan lists its people."""

from __future__ import annotations

import pytest

from plugins.symbols.matcher import find_all


def pictured(text: str) -> dict[str, str]:
    return {m.term: m.concept.id for m in find_all(text, [])}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Radio Solent keeps me company while I fold the towels.", "Radio"),
        ("My nephew tunes it to Radio 2 for the old songs.", "Radio"),
        ("We have the cricket on Radio 5 in the afternoon.", "Radio"),
        ("My wife puts on the serials from Zee TV after tea.", "TV"),
        ("He has Downtown Radio on while he shaves.", "Radio"),
        ("She still takes the Ayrshire News for the deaths column.", "News"),
        ("I want Premier Christian Radio on low at night.", "Christian"),
        ("My brother keeps Manx Radio on for the shipping forecast.", "Radio"),
        ("She hums along to Polish Radio while she irons.", "Radio"),
    ],
)
def test_a_station_or_channel_named_with_its_capital_gets_no_picture(text, name):
    assert not any(name in term for term in pictured(text))


@pytest.mark.parametrize(
    ("text", "term", "concept"),
    [
        ("The radio stays on low by my chair.", "radio", "radio"),
        ("Radio on low, please, when I nap.", "Radio", "radio"),
        ("I like the Greek TV channels with my dinner.", "TV channels", "tv-3"),
        ("We watch Polish TV with our supper.", "TV", "tv"),
        ("I watch the local news at six with my tea.", "news", "news"),
    ],
)
def test_the_radio_and_the_telly_themselves_keep_their_picture(text, term, concept):
    assert pictured(text).get(term) == concept


@pytest.mark.parametrize(
    "text",
    [
        "Her prayer rug must face Makkah, so leave it by the window.",
        "He likes his chair turned towards Mecca when the call to prayer comes.",
    ],
)
def test_the_city_a_prayer_faces_is_a_place_name_not_the_pilgrimage(text):
    assert "hajj" not in pictured(text).values()


def test_the_pilgrimage_itself_keeps_its_picture():
    assert pictured("My brother went on Hajj two summers ago.").get("Hajj") == "hajj"


def test_a_charity_named_by_its_letters_is_a_name_not_large_print():
    assert (
        "magnifier-2" not in pictured("A lady from the RNIB came to fit my talking clock.").values()
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Every summer we stayed at the Sea Breeze in Filey.", "Sea Breeze"),
        ("I made sandwiches for the Mothers' Union every month.", "Mothers' Union"),
        ("My brother drank at the Miners' Welfare on a Saturday.", "Miners' Welfare"),
    ],
)
def test_a_capitalised_phrase_after_the_is_a_name(text, name):
    assert name not in pictured(text)


@pytest.mark.parametrize(
    ("text", "term", "concept"),
    [
        ("She always baked a Victoria sponge for the fete.", "Victoria sponge", "cake"),
        ("He buys a Cornish pasty on market day.", "Cornish pasty", "pie"),
    ],
)
def test_a_capitalised_phrase_after_a_keeps_its_picture(text, term, concept):
    assert pictured(text).get(term) == concept


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On a Sunday he walks up to the Queen's Arms for a half.", "Queen's"),
        ("We danced every Saturday at the Sea Breeze Ballroom.", "Sea Breeze"),
    ],
)
def test_a_phrase_a_capitalised_name_goes_on_from_is_part_of_the_name(text, name):
    assert not any(name in term for term in pictured(text))


@pytest.mark.parametrize(
    ("text", "term", "concept"),
    [
        ("Mum took us all to Sunday Mass at St Anne's.", "Sunday", "sunday"),
        ("She made a Victoria Sponge Cake for my birthday.", "Victoria Sponge", "cake"),
    ],
)
def test_a_day_before_a_feast_or_a_kind_after_a_keeps_its_picture(text, term, concept):
    assert pictured(text).get(term) == concept


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mum never missed Strictly when the dancers came back in the autumn.", "Strictly"),
        ("My husband marched with the Salvation Army all through the war.", "Army"),
        ("He gets help with his pension forms from the Royal British Legion.", "Legion"),
        ("My brother-in-law sorted visas at the Home Office for years.", "Office"),
        ("Nan did the teas for the Sally Army every Christmas.", "Army"),
        ("They played the Last Post as we laid the wreath.", "Last Post"),
    ],
)
def test_a_programme_or_an_organisation_written_with_its_capitals_is_a_name(text, name):
    assert not any(name in term for term in pictured(text))


@pytest.mark.parametrize(
    ("text", "term", "concept"),
    [
        ("my aunt was in the salvation army, and she still sings", "salvation army", "christian"),
    ],
)
def test_the_same_words_in_small_letters_keep_their_picture(text, term, concept):
    assert pictured(text).get(term) == concept


@pytest.mark.parametrize(
    ("text", "term", "concept"),
    [
        ("the bugler played the last post at the cenotaph", "last post", "remembrance"),
        ("my mother was a bandswoman in the sally army", "sally army", "christian"),
    ],
)
def test_a_name_written_in_small_letters_keeps_its_picture(text, term, concept):
    assert pictured(text).get(term) == concept


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My cousin ran a chip shop on Easter Road for years.", "Easter"),
        ("The minibus picks me up from Khalsa Avenue at ten.", "Khalsa"),
        ("We courted on Sunday Lane behind the mill.", "Sunday"),
        ("Church Street floods every winter.", "Church"),
    ],
)
def test_a_word_before_a_street_word_is_part_of_the_streets_name(text, name):
    assert not any(name in term for term in pictured(text))


@pytest.mark.parametrize(
    ("text", "term", "concept"),
    [
        ("Easter Sunday is the day I like best.", "Easter Sunday", "easter"),
        ("I walk to church on Sunday, whatever the road is like.", "Sunday", "sunday"),
    ],
)
def test_a_feast_or_a_day_before_no_street_word_keeps_its_picture(text, term, concept):
    assert pictured(text).get(term) == concept


def test_the_letters_before_a_ships_name_are_part_of_the_name():
    assert "navy" not in pictured("Grandad served on HMS Ark Royal after the war.").values()


def test_a_meeting_of_a_group_named_by_its_letters_gets_no_picture_on_the_letters():
    found = pictured("My AA meeting is on a Monday night at the church.")
    assert not any("AA" in term for term in found)
    assert "no-alcohol" not in found.values()


def test_going_to_aa_itself_keeps_its_picture():
    found = pictured("I've been dry six years and I go to AA every Friday.")
    assert found.get("AA") == "no-alcohol-r44"
