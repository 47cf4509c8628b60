"""Find the key words of a text, as a careful Easy Read writer would.

Rules, in order: the longest phrase wins ("walking frame" before "walking"); a sense only counts
where the words around it fit ("ring the doctor" is a telephone, "my ring" jewellery); a person's
own people (person.yml `people:`) and any other capitalised word in mid-sentence are names and get
no generic picture; single function words never match; a sentence keeps only its few heaviest
pictures.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .vocabulary import Concept, Vocabulary, load
from .words import (
    FUNCTION_WORDS,
    Token,
    is_capitalised,
    is_sentence_start,
    normalise,
    tokenise,
    without_possessive,
)

PER_SENTENCE = 3  # pictures in a sentence of up to LONG_SENTENCE words
LONG_SENTENCE = 12  # from this many words a sentence may have one more
SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


@dataclass(frozen=True)
class Match:
    term: str  # the words of the text, as written
    concept: Concept
    start: int  # character offsets into the text
    end: int

    def as_dict(self) -> dict[str, object]:
        return {
            "term": self.term,
            "concept": self.concept.id,
            "start": self.start,
            "end": self.end,
            "symbol": self.concept.file,
        }


def name_words(names: Iterable[str]) -> frozenset[str]:
    """Every word of every name ("Aunt Mary" -> aunt, mary), normalised."""
    return frozenset(t.norm for name in names for t in tokenise(name))


def _candidates(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    options = [words]
    stripped = without_possessive(words[-1])
    if stripped:
        options.append(words[:-1] + (stripped,))
    return options


def find_all(
    text: str,
    names: Iterable[str] = (),
    *,
    heading: bool = False,
    vocabulary: Vocabulary | None = None,
) -> list[Match]:
    """Every key word in TEXT, longest phrase first, before any per-sentence limit."""
    vocabulary = vocabulary or load()
    tokens = tokenise(text)
    names_ = name_words(names)
    blocked = {i for i, t in enumerate(tokens) if t.norm in names_ and not t.text.islower()}
    found: list[Match] = []
    i = 0
    while i < len(tokens):
        match = _match_at(text, tokens, i, blocked, heading, vocabulary)
        if match is None:
            i += 1
            continue
        found.append(match[0])
        i += match[1]
    return found


def _match_at(
    text: str, tokens: list[Token], i: int, blocked: set[int], heading: bool, vocabulary: Vocabulary
) -> tuple[Match, int] | None:
    if i in blocked:
        return None
    before = tokens[i - 1].norm if i else None
    before2 = tokens[i - 2].norm if i > 1 else None
    first = tokens[i]
    capital_name = (
        not heading
        and is_capitalised(first.text)
        and not is_sentence_start(text, first, tokens[i - 1] if i else None)
    )
    for n in range(min(vocabulary.longest, len(tokens) - i), 0, -1):
        if any(j in blocked for j in range(i, i + n)):
            continue
        words = tuple(t.norm for t in tokens[i : i + n])
        if n == 1 and words[0] in FUNCTION_WORDS:
            continue
        after = tokens[i + n].norm if i + n < len(tokens) else None
        for option in _candidates(words):
            for sense in vocabulary.lookup(option):
                if capital_name and not sense.concept.proper:
                    continue
                if sense.fits(before, after, before2):
                    last = tokens[i + n - 1]
                    return Match(
                        text[first.start : last.end], sense.concept, first.start, last.end
                    ), n
    return None


def sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for end in SENTENCE_END.finditer(text):
        spans.append((start, end.end()))
        start = end.end()
    spans.append((start, len(text)))
    return spans


def limit(found: list[Match], text: str, per_sentence: int = PER_SENTENCE) -> list[Match]:
    """A few pictures a sentence (3, 4 in a long one): heaviest, then first; each idea once."""
    kept: list[Match] = []
    seen: set[str] = set()  # one picture per idea in a paragraph
    for start, end in sentences(text):
        allowed = per_sentence + (len(tokenise(text[start:end])) >= LONG_SENTENCE)
        inside = [m for m in found if start <= m.start < end]
        unique = []
        for m in inside:
            if m.concept.id not in seen:
                seen.add(m.concept.id)
                unique.append(m)
        best = sorted(unique, key=lambda m: (-m.concept.weight, m.start))[:allowed]
        kept += sorted(best, key=lambda m: m.start)
    return kept


def key_words(
    text: str, names: Iterable[str] = (), *, heading: bool = False, per_sentence: int = PER_SENTENCE
) -> list[Match]:
    """What key-words mode attaches to TEXT: the matches after the per-sentence limit."""
    return limit(find_all(text, names, heading=heading), text, per_sentence)


def main_match(matches: list[Match]) -> Match | None:
    """The picture for the left column: the heaviest key word, the first of equals."""
    return min(matches, key=lambda m: (-m.concept.weight, m.start)) if matches else None


def says_the_same(match: Match) -> bool:
    """True when the word beside the picture already says what the picture shows (alt="")."""
    term = " ".join(t.norm for t in tokenise(match.term))
    concept = match.concept
    if normalise(concept.alt) == term or term in concept.words:
        return True
    stripped = without_possessive(term)
    return bool(stripped and stripped in concept.words) or _form_of(term, concept)


def _form_of(term: str, concept: Concept) -> bool:
    return any(s.concept.id == concept.id for s in load().lookup(tuple(term.split())))


def page_symbol(text: str, names: Iterable[str] = ()) -> Concept | None:
    """The one picture for a page title or short text (home page tiles, headings), or None."""
    found = find_all(text, names, heading=True)
    best = main_match(found)
    return best.concept if best else None
