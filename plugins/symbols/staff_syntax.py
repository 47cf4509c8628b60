"""`[[words|picture]]` in a page: where staff name a picture, or `[[Rose|-]]` for none.

Kept in one small place so it can move onto the plan's shared Markdown scanner (fences, code,
comments) without touching the matcher: `staff_pictures` is the only reader of the source text.
A picture is named by its concept id ("walking-frame"), by the symbol's own name
("mulberry:kettle", "kettle"), or by a word the vocabulary knows ("zimmer frame").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .vocabulary import Concept, load
from .words import tokenise

NAME = r"[A-Za-z0-9\-_:' ]+"
FORCE = re.compile(rf"\[\[([^\[\]|\n]+)\|\s*({NAME}?)\s*\]\]")
FORCE_INLINE = rf"\[\[([^\[\]|\n]+)\|\s*({NAME}?)\s*\]\]"
NO_SYMBOL = "-"
FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
CODE_SPAN = re.compile(r"(`+).+?\1")


@dataclass(frozen=True)
class StaffPicture:
    line: int  # 1-based, in the lines given
    words: str
    name: str  # as written: a picture name, a concept id, or "-"
    snippet: str  # the whole [[...|...]] as written


def staff_pictures(lines: list[str]) -> Iterator[StaffPicture]:
    """Every [[words|picture]] outside fenced code and code spans, in order."""
    fence: str | None = None
    for number, line in enumerate(lines, start=1):
        opening = FENCE.match(line)
        if opening:
            mark = opening.group(1)
            if fence is None:
                fence = mark[0] * len(mark)
            elif mark.startswith(fence):
                fence = None
            continue
        if fence is not None:
            continue
        for m in FORCE.finditer(CODE_SPAN.sub("", line)):
            yield StaffPicture(number, m.group(1), m.group(2).strip(), m.group(0))


def resolve(name: str) -> Concept | None:
    """The concept a staff picture name means, or None when there is none."""
    concepts = load().concepts
    name = name.strip()
    if name in concepts:
        return concepts[name]
    lowered = name.lower()
    for concept in concepts.values():
        if lowered in (concept.symbol.lower(), concept.symbol.split(":", 1)[-1].lower()):
            return concept
        if lowered.replace("_", " ") == concept.alt.lower():
            return concept
    words = tuple(t.norm for t in tokenise(name.replace("-", " ").replace("_", " ")))
    senses = load().lookup(words)
    return senses[0].concept if senses else None
