"""The matcher against sentences from care plans labelled by hand (tests/data/symbols_labelled.yml).

Report the figures with:  python tests/test_symbols_labelled.py
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from plugins.symbols.matcher import find_all  # noqa: E402
from plugins.symbols.words import FUNCTION_WORDS, tokenise  # noqa: E402

LABELLED = Path(__file__).parent / "data" / "symbols_labelled.yml"


@dataclass
class Score:
    keys: int = 0
    found: int = 0
    missed: list[str] = field(default_factory=list)
    bad: list[str] = field(default_factory=list)  # name, function word or wrong sense

    @property
    def recall(self) -> float:
        return self.found / self.keys if self.keys else 1.0


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.find(words)
    assert start >= 0, f"{words!r} is not in {text!r}"
    return start, start + len(words)


def score(items: list[dict]) -> Score:
    result = Score()
    for item in items:
        text = item["text"]
        people = item.get("people", [])
        matches = find_all(text, people)  # every picture, as `build.py symbols` lists them
        keys = {
            _span(text, words): set(str(c).split("|")) for words, c in item.get("keys", {}).items()
        }
        never = [_span(text, words) for words in item.get("never", []) + people if words in text]
        for (start, end), concepts in keys.items():
            result.keys += 1
            if any(m.start < end and start < m.end and m.concept.id in concepts for m in matches):
                result.found += 1
            else:
                result.missed.append(f"{text[start:end]!r} ({'|'.join(concepts)}) in: {text}")
        for m in matches:
            where = f"{m.term!r} -> {m.concept.id} in: {text}"
            if (
                all(t.norm in FUNCTION_WORDS for t in tokenise(m.term))
                and len(tokenise(m.term)) == 1
            ):
                result.bad.append("function word " + where)
            if any(m.start < end and start < m.end for start, end in never):
                result.bad.append("name or wrong word " + where)
            for (start, end), concepts in keys.items():
                if m.start < end and start < m.end and m.concept.id not in concepts:
                    result.bad.append("wrong sense " + where)
            negated = [_span(text, words) for words in item.get("negated", [])]
            if any(m.start < end and start < m.end for start, end in negated) and not m.negated:
                result.bad.append("bare picture of a thing ruled out " + where)
    return result


def labelled() -> list[dict]:
    return yaml.safe_load(LABELLED.read_text(encoding="utf-8"))


def test_the_labelled_set_is_big_enough_to_mean_something():
    assert len(labelled()) >= 60


def test_at_least_85_percent_of_key_words_get_their_picture():
    result = score(labelled())
    assert result.recall >= 0.85, "\n".join(result.missed)


def test_no_name_function_word_or_wrong_sense_gets_a_picture():
    assert score(labelled()).bad == []


if __name__ == "__main__":
    items = labelled()
    result = score(items)
    print(f"{len(items)} sentences, {result.keys} key words")
    print(f"recall: {result.found}/{result.keys} = {result.recall:.1%}")
    print(f"bad pictures (name, function word, wrong sense): {len(result.bad)}")
    for line in result.missed:
        print("  missed:", line)
    for line in result.bad:
        print("  bad:", line)
