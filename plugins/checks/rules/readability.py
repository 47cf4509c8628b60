"""Warnings for sentences and pages that are too hard to read.

Easy Read keeps to one idea per sentence; 20 words is the limit the issue sets and
most Easy Read guides agree with (about 15 is the aim).

Reading age: the average UK adult reads at about the level of a 9 year old, and
NHS and Easy Read guidance asks for a reading age of 9 to 11 at most. We warn
above 11, the top of that band: the example plans, written in short sentences in
the person's voice, score from 5 to 10 (names such as "Gurpreet" push a page up),
while a paragraph of staff writing ("Peggy requires assistance with personal
care...") scores 15 or more. Pages under 40 words are not scored: the formula
swings wildly on a handful of words, and long-sentence still checks them.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..context import PlanContext
from ..markdown_text import sentences
from ..readability import measure
from . import Hit

MAX_WORDS = 20
MAX_READING_AGE = 11.0
MIN_WORDS_TO_SCORE = 40


def _opening(text: str, words: int = 5) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("..." if len(parts) > words else "")


def check_long_sentences(ctx: PlanContext) -> Iterator[Hit]:
    for page in ctx.pages:
        for s in sentences(page.text):
            count = len(s.words)
            if count > MAX_WORDS:
                yield Hit(
                    "long-sentence",
                    page.file,
                    s.line,
                    (
                        f"the sentence '{_opening(s.text)}' has {count} words; keep to one "
                        f"idea and no more than {MAX_WORDS} words, e.g. split it where it says "
                        "'and' or 'but'"
                    ),
                )


def check_reading_age(ctx: PlanContext) -> Iterator[Hit]:
    """Fires only when the age it names is above the aim it names: never "about 11; aim 11"."""
    for page in ctx.pages:
        found = sentences(page.text)
        score = measure(found)
        about = round(score.reading_age)  # the number the message shows
        if score.words >= MIN_WORDS_TO_SCORE and about > MAX_READING_AGE:
            yield Hit(
                "reading-age",
                page.file,
                found[0].line if found else None,
                (
                    f"this page needs a reading age of about {about}; Easy Read aims for "
                    f"{MAX_READING_AGE:.0f} or under: use short everyday words and short "
                    "sentences, e.g. 'help' not 'assistance', 'walk' not 'mobilise'"
                ),
            )
