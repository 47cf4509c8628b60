"""Warnings for care jargon, each with the plain words to use instead (data/jargon.yml)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from ..context import PlanContext
from ..markdown_text import sentences
from . import Hit

DATA = Path(__file__).parent.parent / "data" / "jargon.yml"


@dataclass(frozen=True)
class Term:
    term: str
    forms: tuple[str, ...]
    say: str
    case: bool = False


@cache
def terms() -> tuple[Term, ...]:
    entries = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return tuple(
        Term(
            e["term"],
            tuple(str(f) for f in e.get("forms") or [e["term"]]),
            e["say"],
            bool(e.get("case")),
        )
        for e in entries
    )


def _key(text: str, case: bool) -> str:
    text = re.sub(r"\s+", " ", text)
    return text if case else text.lower()


@cache
def _matchers() -> list[tuple[re.Pattern[str], dict[str, Term], bool]]:
    """One regex for case-sensitive forms, one for the rest; the dict finds the term again."""
    out = []
    for case in (True, False):
        lookup = {_key(f, case): t for t in terms() if t.case == case for f in t.forms}
        forms = sorted(lookup, key=len, reverse=True)
        alternation = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
        pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", 0 if case else re.I)
        out.append((pattern, lookup, case))
    return out


def find_jargon(text: str) -> Iterator[tuple[int, str, Term]]:
    """(offset, the words as written, term) for every jargon word in a piece of text."""
    for pattern, lookup, case in _matchers():
        for m in pattern.finditer(text):
            yield m.start(), m.group(0), lookup[_key(m.group(0), case)]


def check(ctx: PlanContext) -> Iterator[Hit]:
    for page in ctx.pages:
        for s in sentences(page.text, with_headings=True):
            for offset, written, term in sorted(find_jargon(s.text), key=lambda f: f[0]):
                yield Hit(
                    "jargon",
                    page.file,
                    s.line_at(offset),
                    f"'{written}' is care jargon: {term.say}",
                )
