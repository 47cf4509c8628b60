"""Where sentences begin and end, with pysbd (rule-based, offline, knows "Dr.", "e.g.", "8.30").

A sentence is the unit the voice speaks, the cache keeps and the page highlights, so the site and
the audio must split a text the same way: both call ``sentence_spans``.
"""

from __future__ import annotations

import re
from functools import cache

# Written before a word that continues the sentence: pysbd sometimes ends a sentence after them.
CONTINUES = re.compile(r"(?:\b(?:approx|no|tel|dr|mr|mrs|ms|st|e\.g|i\.e|c\.f|vs)\.)$", re.I)


# pysbd's rules per planbook language: Welsh punctuates as English does, Punjabi ends a
# sentence with the danda (।) as Hindi does, Urdu with its own full stop (۔) and question mark (؟).
PYSBD = {"en": "en", "cy": "en", "pl": "pl", "pa": "hi", "ur": "ur"}


@cache
def _segmenter(language: str = "en"):
    import pysbd

    return pysbd.Segmenter(language=PYSBD.get(language, "en"), clean=False, char_span=True)


def sentence_spans(text: str, language: str = "en") -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``, without the white space around it."""
    if not text.strip():
        return []
    spans: list[tuple[int, int]] = []
    for piece in _segmenter(language).segment(text):
        start, end = piece.start, piece.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        if spans and (CONTINUES.search(text[spans[-1][0] : spans[-1][1]]) or text[start].islower()):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def split_sentences(text: str, language: str = "en") -> list[str]:
    """The sentences of a text, each with its white space evened to single spaces."""
    return [" ".join(text[a:b].split()) for a, b in sentence_spans(text, language)]
