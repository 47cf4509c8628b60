"""The scorer reads a label's plain words as the vocabulary does."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from plugins.symbols.grammar import lemma
from plugins.symbols.vocabulary import load
from plugins.symbols.words import tokenise

ROOT = Path(__file__).resolve().parents[1]


def _labels():
    spec = importlib.util.spec_from_file_location(
        "symbols_eval", ROOT / "benchmarks" / "symbols_eval.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("symbols_eval", module)
    spec.loader.exec_module(module)
    return module.Labels(load(), tokenise, lemma)


def test_a_hyphenated_label_names_the_hyphenated_word():
    # "daughter-in-law" is one word to the vocabulary; the label means that word's picture
    assert "daughter" in _labels().concepts("daughter-in-law")
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
