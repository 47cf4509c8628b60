"""Things the newest plans (plans31, plans32) still named with no picture after round 332: a
nightlight, paper to write on beside a pen, an army officer, a flower's first bloom, a mason
who cuts stone and the steam of a bath or shower (round 344)."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def concept_on(text: str, word: str) -> str | None:
    """The concept WORD (as written) is pictured as in TEXT, or None where it gets no picture."""
    found = {m.term: m.concept.id for m in find_all(text, ())}
    return found.get(word)


def test_a_nightlight_is_the_light():
    assert concept_on("Leave a nightlight on by the bathroom for me.", "nightlight") == (
        "light-night-r344"
    )
    assert concept_on("The night-light in the hall helps me find my way.", "night-light") == (
        "light-night-r344"
    )


def test_paper_beside_a_pen_is_writing_paper_but_the_paper_one_reads_is_not():
    assert concept_on("Keep paper and a biro on the table so I can write.", "paper") == ("paper")
    assert concept_on("I read the paper and do the crossword with a pen.", "paper") != ("paper")


def test_an_army_officer_is_the_forces_but_a_police_officer_is_not():
    assert concept_on("My brother was an officer in the Royal Artillery.", "officer") == (
        "army-officer-r344"
    )
    assert concept_on("A housing officer came from the council about the flat.", "officer") != (
        "army-officer-r344"
    )


def test_a_first_bloom_is_the_flowers():
    assert concept_on("She cut the first bloom off the sweet peas for me.", "bloom") == (
        "flowers-bloom-r344"
    )


def test_a_banker_mason_is_a_workman_but_the_masons_lodge_is_not():
    assert concept_on("My father was a banker mason in the quarry.", "banker mason") == (
        "tradesperson-mason-r344"
    )
    assert concept_on("He was a mason at the lodge on Tuesdays.", "mason") is None


def test_the_steam_of_a_shower_is_steam_but_a_steam_train_is_not():
    assert concept_on("Open the window, the steam in the shower makes me cough.", "steam") == (
        "steam-r344"
    )
    assert concept_on("We went on the steam train at the rally.", "steam") is None
    assert concept_on("He goes to the gym to let off steam after a shower.", "steam") is None
