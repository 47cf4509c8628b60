"""The Scots messages (round 347): "my messages come from the Co-op on a Thursday" is the
shopping. The dialect sense had listed the word's own lemma, message, among the words that rule
it out, so it never matched; messages on a phone or from a medium are still no shopping."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def shown(text: str, names=()) -> dict[str, str]:
    """Each pictured term of TEXT (lower case) -> the id of its concept."""
    return {m.term.lower(): m.concept.id for m in find_all(text, names)}


def test_messages_brought_from_a_shop_are_the_shopping():
    assert shown("Her messages arrive from the Spar every Thursday.")["messages"].startswith(
        "shopping"
    )


def test_messages_on_a_phone_are_still_no_shopping():
    assert not shown("I read my messages on the phone after tea.")["messages"].startswith(
        "shopping"
    )


def test_messages_from_the_other_side_are_no_shopping():
    seen = shown("The medium at the Spiritualist church passes on messages from my husband.")
    assert seen.get("messages") not in {"shopping-dialect", "shopping-3"}
