"""Errors in person.yml (and the folder), as load_plan found them: reused, never re-checked."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import PlanContext
from ..findings import display_path
from . import Hit


def check(ctx: PlanContext) -> Iterator[Hit]:
    for problem in ctx.problems:
        yield Hit("invalid-plan", display_path(problem.file), problem.line, problem.message)
