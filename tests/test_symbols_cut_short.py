"""A sentence cut short (a plan saved half written, a line that ends on "than" or "with") never
stops the build: the matcher's rules look ahead and behind, and a rule that reads one word past
the end would raise inside `find_all` and lose the person's whole page (a code review of stop
51 found "I'd rather die than." raising an IndexError)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from plugins.symbols.matcher import find_all

DATA = Path(__file__).parent / "data"
SETS = ["symbols_plans27_en.yml", "symbols_plans28_en.yml", "symbols_negation9_en.yml"]


def _sentences() -> list[str]:
    items = []
    for name in SETS:
        items += yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    return [item["text"] for item in items[::3]]


@pytest.mark.parametrize("ending", ["", ".", ","])
def test_every_sentence_cut_short_is_matched_without_an_error(ending):
    for text in _sentences():
        words = text.split()
        for cut in range(1, len(words)):
            find_all(" ".join(words[:cut]) + ending, ())
            find_all(" ".join(words[cut:]), ())
