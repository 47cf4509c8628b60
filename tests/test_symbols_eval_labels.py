"""The scorer reads a label's plain words as the vocabulary does."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from plugins.symbols.grammar import lemma
from plugins.symbols.matcher import find_all
from plugins.symbols.vocabulary import load
from plugins.symbols.words import tokenise

ROOT = Path(__file__).resolve().parents[1]


def _scorer():
    """benchmarks/symbols_eval.py, loaded as a module."""
    spec = importlib.util.spec_from_file_location(
        "symbols_eval", ROOT / "benchmarks" / "symbols_eval.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("symbols_eval", module)
    spec.loader.exec_module(module)
    return module


def _labels():
    return _scorer().Labels(load(), tokenise, lemma)


def test_a_hyphenated_label_names_the_hyphenated_word():
    # "daughter-in-law" is one word to the vocabulary; the label means that word's picture
    assert "daughter-in-law-r290" in _labels().concepts("daughter-in-law")
    assert _labels().concepts("eye-drops")  # a concept id with a hyphen still works


def test_a_never_words_unknown_wrong_picture_is_not_its_last_words():
    # "post: fence post": the wrong picture is a fence post, which the vocabulary lacks; the
    # letters picture its last word has is the right one, never a hit against the sentence
    labels = _labels()
    assert labels.concepts("fence post", wrong=True) == set()
    assert labels.concepts("post") <= labels.concepts("fence post")  # a key still falls back


def test_unlisted_names_are_not_given_to_the_matcher_but_still_scored():
    # round 95: --unlisted-names scores a name as a plan that does not list it gets it
    labels = _labels()
    module = sys.modules["symbols_eval"]
    seen = []

    def matcher(text, people):
        seen.append(list(people))
        return []

    items = [{"text": "Sue brings my paper.", "people": ["Sue"], "keys": {}}]
    module.score(items, matcher, labels, frozenset())
    module.score(items, matcher, labels, frozenset(), unlisted_names=True)
    assert seen == [["Sue"], []]


# Round 101: a label's -ing word ("stroking", "lifting", "watching") names the doing, so the
# scorer maps it to a concept of its lemma only where that concept names the -ing word itself:
# "stroke: stroking" is no hit on the stroke (illness) picture, "lift: lifting" none on the lift
# you ride in, "watch: watching" none on a wristwatch; "ironing" still names the iron.
@pytest.mark.parametrize(
    ("label", "meant", "not_meant"),
    [
        ("stroking", "stroke-pet", "stroke"),
        ("lifting", "lift-r32", "lift"),
        ("watching", "watch-r40", "watch"),
        ("ironing", "iron", None),
    ],
)
def test_round101_an_ing_label_names_the_doing_not_the_thing(label, meant, not_meant):
    labels = _labels()
    assert meant in labels.concepts(label, wrong=True)
    assert meant in labels.concepts(label)
    if not_meant:
        assert not_meant not in labels.concepts(label, wrong=True)
    assert "stroke" in labels.concepts("stroke")  # the bare word still names the illness


# Round 101: a picture that itself says no (the no-smoking sign) fits a key labelled "not:X"
# for the X it says no to ("No smoking in the house": not:smoking), and is no wrong sense; it
# does not fit a not:X it says nothing about.
def test_round101_a_no_sign_fits_a_not_label_for_what_it_says_no_to():
    module = _scorer()
    labels = _labels()

    def run(key_label):
        items = [{"text": "No smoking near me, please.", "keys": {"No smoking": key_label}}]
        return module.score(items, lambda text, people: find_all(text, people), labels, set())

    fig = run("not:smoking")
    assert (fig.found, fig.wrong_sense) == (1, 0)
    fig = run("not:alcohol")
    assert (fig.found, fig.wrong_sense) == (0, 1)


# Round 101: a key labelled with a doing ("sit", "cut", "sign") names the picture whose alt is
# that doing's -ing form ("sitting", "cutting", "signing"), as well as what the word itself
# names; a never-word's wrong picture is read as the thing ("cut: cut|wound" is the wound, not
# the cutting), so it gains nothing.
def test_round101_a_key_doing_names_the_picture_of_that_doing():
    labels = _labels()
    assert "sit-down" in labels.concepts("sit")  # the "sitting" picture
    assert "chair" in labels.concepts("sit")  # what "sit" named before stays
    assert "sit-down" not in labels.concepts("sit", wrong=True)
    assert labels.concepts("swim") >= labels.concepts("swimming")
