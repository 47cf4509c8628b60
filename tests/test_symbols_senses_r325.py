"""Round 325: everyday words from blind review r5 that took a neighbouring picture."""

from __future__ import annotations

from plugins.symbols.matcher import find_all


def concepts(text: str) -> dict[str, str]:
    """Each pictured word or phrase -> the concept it is shown as."""
    return {m.term: m.concept.id for m in find_all(text, ())}


def test_bad_heads_are_headaches():
    """ "I get bad heads" is the northern way of saying headaches."""
    assert "headache" in concepts("I get bad heads when the sun is too bright.").values()


def test_runner_and_broad_beans_are_beans_not_peas():
    """Runner, broad and green beans are beans: the vegetables picture, not the peas."""
    found = concepts("Grandad grew broad beans and runner beans on his plot.")
    assert "peas" not in found.values()
    assert "vegetables" in found.values()
    assert "peas" in concepts("I like fish with mushy peas on a Friday.").values()


def test_a_lamp_that_must_not_go_out_is_no_going_out():
    """A lamp or a wick that "must never go out" stays lit: no picture of going out for a walk;
    going out to the shops keeps it."""
    found = concepts("The oil lamp by his photo stays lit; it must never go out.")
    assert "walk" not in found.values()
    assert "walk" in concepts("I go out to the market with my son on a Saturday.").values()


def test_a_garden_shed_is_the_garden_unless_the_sentence_is_about_woodwork():
    """A shed where the bird seed or the mower is kept is the garden's; a saw says woodwork,
    which only a shed full of tools or making things means."""
    found = concepts("The mower and the bird seed are kept in the shed by the fence.")
    assert "woodwork" not in found.values()
    assert "garden-4" in found.values()
    assert "woodwork" in concepts("I spend my mornings in the shed making a bird table.").values()
