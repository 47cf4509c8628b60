"""Errors for the pictures staff chose by name: ``[[words|name]]`` in a page.

The name must be one planbook has; ``python build.py symbols "words"`` shows the names. What a
name means is judged once, by the symbols package (``plugins.symbols.staff_syntax.resolve``);
this rule finds the names on the plan core's reading of the page.
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
    from ...symbols.staff_syntax import resolve  # only when a page names a picture

    for page, f in forced:
        if f.symbol != NO_SYMBOL and resolve(f.symbol) is None:
            yield Hit(
                "unknown-symbol",
                page.file,
                f.line,
                f"[[{f.term}|{f.symbol}]]: there is no symbol called '{f.symbol}'; "
                f'find one with: python build.py symbols "{f.term}", '
                f"or write [[{f.term}|-]] for no picture",
            )
