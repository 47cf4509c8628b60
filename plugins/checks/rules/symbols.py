"""Errors for the pictures staff chose by name: ``[[words|name]]`` in a page.

The name must be one planbook has; ``python build.py symbols "words"`` shows the names.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..context import PlanContext
from . import Hit

NO_SYMBOL = "-"  # [[Rose|-]]: no picture on "Rose"


def check(ctx: PlanContext) -> Iterator[Hit]:
    forced = [(page, f) for page in ctx.pages for f in page.source.forced]
    if not forced:
        return
    from ...symbols.vocabulary import load  # only when a page names a picture

    concepts = load().concepts
    for page, f in forced:
        if f.symbol != NO_SYMBOL and f.symbol not in concepts:
            yield Hit(
                "unknown-symbol",
                page.file,
                f.line,
                f"[[{f.term}|{f.symbol}]]: there is no symbol called '{f.symbol}'; "
                f'find one with: python build.py symbols "{f.term}", '
                f"or write [[{f.term}|-]] for no picture",
            )
