"""Doings and times still missed (issue 13, round 386): by LABELLING.md's ruling of stop 41 the
doings a sentence is about and the times it says in words are pictured.
"""

from __future__ import annotations

import pytest

from plugins.symbols.grammar import VERB, guess
from plugins.symbols.matcher import find_all


def pictured(text: str, names=()) -> dict[str, str]:
    return {m.term: m.concept.id for m in find_all(text, names)}


@pytest.mark.parametrize(
    "text",
    [
        "Push me along the prom in my chair on a fine day so I can feel the breeze and watch the "
        "yachts; I don't want the arcades.",
        "My nephew drives me up to the reservoir car park with a flask of coffee and a sandwich "
        "to watch the geese.",
    ],
)
def test_watching_things_go_by_is_kept_in_a_busy_sentence(text):
    """What the person goes out for: the watching, beside the things watched."""
    assert pictured(text)["watch"] == "watch-r40"


@pytest.mark.parametrize(
    "text",
    [
        "Watch out for the step by the back door when you bring my tea and biscuits and the "
        "paper up on a Sunday.",
        "I must watch my sugar, my salt and my cholesterol, the doctor at the surgery says, "
        "with my tablets at breakfast.",
    ],
)
def test_a_caution_in_a_busy_sentence_gets_no_looking_picture(text):
    """Watching out for a step, or watching one's sugar, is a caution, no doing."""
    assert pictured(text).get("watch") != "watch-r40"


@pytest.mark.parametrize(
    "text",
    [
        "My feet go numb, so check my toes for cuts when you cream them.",
        "The pump bleeps at night, so check the line is not kinked.",
        "Dry between my toes, then check my heels for red marks.",
    ],
)
def test_so_or_then_before_check_the_or_my_opens_the_next_thing_to_do(text):
    """After 'so' or 'then', 'check' before 'the' or 'my' is the care asked for, not a check."""
    assert pictured(text)["check"] == "check-doing-r374"


@pytest.mark.parametrize(
    ("words", "word"),
    [
        ("it is so warm the plants wilt on the sill", "warm"),
        ("i have my breakfast then tea at five", "tea"),
    ],
)
def test_so_meaning_very_or_then_before_a_meal_reads_no_doing(words, word):
    """'It is so warm the plants wilt' says how it is (so = very); 'then tea' is the meal:
    neither is read as something to do next (code review 57a items 10 and 12)."""
    tokens = words.split()
    assert guess(tokens, tokens.index(word)) != VERB


def test_so_after_a_full_clause_still_opens_the_next_thing_to_do():
    tokens = ["my", "feet", "go", "numb", "so", "check", "my", "toes"]
    assert guess(tokens, tokens.index("check")) == VERB


@pytest.mark.parametrize(
    ("text", "term", "concept"),
    [
        ("The nurse comes for a check and then a chat.", "check", "check-doing-r374"),
        ("So check my sugar before my dinner with the little meter.", "check", "check-doing-r374"),
    ],
)
def test_a_check_as_a_thing_stays_as_it_was(text, term, concept):
    """'A check' is a thing; the sugar test has its own picture."""
    assert pictured(text).get(term) != concept


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Losing the shop after forty years still eats at me, so don't ask.", "eats"),
        ("The care home fees are eating into my savings, and it worries my son.", "eating"),
        ("I don't eat pork or shellfish, and no gelatine sweets.", "eat"),
    ],
)
def test_a_gnawing_worry_or_eating_a_pictured_thing_shows_no_eating(text, word):
    """A worry that eats at someone is no meal; eating a thing gives way to the thing."""
    assert pictured(text).get(word) != "eat"


def test_changing_the_stoma_bag_oneself_is_the_doing():
    """What the person still manages: the changing, beside the bag."""
    text = "I've an ileostomy since the surgery, and I change the bag myself after my breakfast."
    assert pictured(text)["change"] == "change-doing"


@pytest.mark.parametrize(
    "text",
    [
        "I have a colostomy; the nurse taught me, and I change it myself.",
        "Change the bag in the hoover when it's full.",
        "I wear pads at night and I can change the pad myself.",
    ],
)
def test_change_it_a_hoover_bag_or_a_pad_shows_no_changing(text):
    """'Change it' is keyed as the bag, a hoover bag is no stoma, and a pad is keyed as the pad."""
    assert "change-doing" not in pictured(text).values()
