"""A warning where a paragraph's left-column picture is a guess staff should look at.

The picture beside a paragraph is chosen for its idea (plugins/symbols/idea.py); when the choice
is a general word ("time", "morning") or two ideas of different sentences score the same, the
person may see the wrong thing first. Staff fix it with [[words|picture]] or [[words|-]];
`python build.py symbols review SLUG` shows every picture and the choices.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..context import PlanContext
from ..findings import display_path
from . import Hit


def check(ctx: PlanContext) -> Iterator[Hit]:
    plan = ctx.plan
    if plan is None or plan.person.needs.symbols != "key-words":
        return
    from ...plan.errors import PlanError
    from ...symbols.review import review_plan

    try:
        pages = review_plan(plan)
    except PlanError:
        return  # a wrong [[...|...]] is reported when the site is built
    for page in pages:
        for k, block in enumerate(page.blocks):
            chosen = block.idea
            if chosen is None or chosen.confidence != "low":
                continue
            m = chosen.match
            yield Hit(
                "picture-guess",
                display_path(plan.folder / page.file),
                page.lines.get(k),
                f'the picture beside "{_start(block.text)}" is a guess: {m.concept.alt} for '
                f'"{m.term}"; keep it, or choose with [[{m.term}|picture-name]] '
                f"(python build.py symbols review {plan.slug})",
            )


def _start(text: str, words: int = 6) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" ..." if len(parts) > words else "")
