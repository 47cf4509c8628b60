"""Things the newest plans (plans27, plans28) still named with no picture after round 310: a
standing frame, a team's jersey, a tree's branches and a person's own picture board (round
316)."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def concept_on(text: str, word: str) -> str | None:
    """The concept WORD (as written) is pictured as in TEXT, or None where it gets no picture."""
    found = {m.term: m.concept.id for m in find_all(text, ())}
    return found.get(word)


def test_a_standing_frame_is_the_hoist_not_a_walking_frame():
    assert concept_on("Bring the standing frame round before you move me.", "standing frame") == (
        "hoist-r316"
    )


def test_a_teams_jersey_shows_the_shirt_and_a_bank_branch_no_tree():
    assert concept_on("He came straight from the match in his club jersey.", "club jersey") == (
        "clothes-jersey-r316"
    )
    assert concept_on("The birds sit in the bare branches of the tree.", "branches") == (
        "trees-r316"
    )
    assert concept_on("The bank shut two of its branches near us.", "branches") is None


def test_my_picture_board_is_the_communication_board_and_a_bread_board_is_not():
    assert concept_on("Hold up my board so I can point at the pictures.", "board") == (
        "communication-board-r316"
    )
    assert concept_on("Cut the loaf on the board by the sink.", "board") is None
