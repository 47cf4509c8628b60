"""How hard a page is to read, and how much of it is in the first person.

Flesch-Kincaid grade, turned into a UK reading age (grade + 5). Syllables come
from pyphen (textstat's own hyphenation dictionary) rather than textstat's
English path, because textstat 0.7.13 downloads the CMU dictionary from the
internet the first time it counts English syllables: planbook runs offline and
must give the same answer every time. Sentences come from the Markdown-aware
splitter so list items and headings are counted the way a reader meets them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pyphen

from .markdown_text import WORD, Sentence, sentences

FIRST_PERSON = re.compile(
    r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|mine|myself|we|us|our|ours)\b", re.I
)
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


@cache
def _dictionary() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="en_GB")


@cache
def syllables(word: str) -> int:
    word = word.lower().strip("'’-")
    if not word:
        return 0
    if word.isdigit():
        return max(1, len(word) - 1)  # "8" one, "30" about two
    by_dictionary = len(_dictionary().positions(word)) + 1
    by_vowels = len(_VOWEL_GROUPS.findall(re.sub(r"e$", "", word))) or 1
    return max(by_dictionary, min(by_vowels, by_dictionary + 1))


@dataclass(frozen=True)
class Readability:
    words: int
    sentences: int
    syllables: int

    @property
    def grade(self) -> float:
        """Flesch-Kincaid grade level (US school grade)."""
        if not self.words or not self.sentences:
            return 0.0
        return 0.39 * self.words / self.sentences + 11.8 * self.syllables / self.words - 15.59

    @property
    def reading_age(self) -> float:
        """UK reading age in years: a US grade plus five."""
        return max(self.grade, 0.0) + 5


def measure(found: list[Sentence]) -> Readability:
    prose = [s for s in found if not s.heading]
    words = [w for s in prose for w in WORD.findall(s.text)]
    return Readability(len(words), len(prose), sum(syllables(w) for w in words))


def page_readability(text: str) -> Readability:
    return measure(sentences(text))


def first_person_share(texts: list[str]) -> float | None:
    """The share of sentences with I, me, my, we... in them: the person speaking."""
    found = [s for t in texts for s in sentences(t) if not s.heading]
    if not found:
        return None
    return sum(1 for s in found if FIRST_PERSON.search(s.text)) / len(found)
