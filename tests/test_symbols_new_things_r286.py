"""Round 286: things and food the newest plans name with no picture yet (issue 13)."""

from plugins.symbols import matcher


def _ids(text: str) -> set[str]:
    """The concept ids the matcher pictures in a sentence."""
    return {m.concept.id for m in matcher.find_all(text, [])}


def _terms(text: str) -> set[str]:
    """The words the matcher gives a picture in a sentence."""
    return {m.term.lower() for m in matcher.find_all(text, [])}


def test_the_liver_checked_by_a_blood_test_is_the_liver():
    assert "liver" in _terms("The nurse takes bloods every month to check me liver.")
    assert "liver" in _terms("They did a scan of my liver last spring.")


def test_liver_on_the_plate_is_not_the_body_part():
    assert "liver-r286" not in _ids("I like my liver fried with onions and gravy.")
